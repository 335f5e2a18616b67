// atrium-bench: the load client and measuring tool of the benchmark harness (run-bench.sh).
// Every workload prints one JSON object on standard output.
#include "workloads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Atrium benchmark workloads: seed, writes, latency, propagation, fanout, sendfloor, storm, idle, coldsync, coldsync-floor, search, start, frames, desktop-profile, mine, apply, mail, notify"_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"server"_s, u"Server URL."_s, u"URL"_s},
        {u"data"_s, u"Server data folder (seed, apply)."_s, u"DIR"_s},
        {u"members"_s, u"Members to seed."_s, u"N"_s, u"5000"_s},
        {u"bookings"_s, u"Bookings to seed or to search among."_s, u"N"_s, u"100000"_s},
        {u"resources"_s, u"Resources in the search cache."_s, u"N"_s, u"500"_s},
        {u"queries"_s, u"Search queries."_s, u"N"_s, u"1000"_s},
        {u"clients"_s, u"Concurrent writer processes."_s, u"N"_s, u"8"_s},
        {u"seconds"_s, u"How long a timed workload runs."_s, u"S"_s, u"10"_s},
        {u"rate"_s, u"Offered operations per second (latency)."_s, u"N"_s, u"1000"_s},
        {u"samples"_s, u"Samples (propagation)."_s, u"N"_s, u"200"_s},
        {u"count"_s, u"Mutations (apply), mails (mail)."_s, u"N"_s, u"100"_s},
        {u"conflict"_s, u"Share of bookings that ask for a taken slot."_s, u"F"_s, u"0.1"_s},
        {u"token"_s, u"Access token (writes-worker)."_s, u"T"_s},
        {u"index"_s, u"Worker index (writes-worker)."_s, u"N"_s, u"0"_s},
        {u"subscribers"_s, u"Subscribers (fanout)."_s, u"N"_s, u"1000"_s},
        {u"procs"_s, u"Subscriber processes (fanout)."_s, u"N"_s, u"4"_s},
        {u"sign-ins"_s, u"Clients that sign in at once (signins)."_s, u"N"_s, u"50"_s},
        {u"stalled"_s, u"Of the subscribers, how many never read after Hello (fanout)."_s, u"N"_s, u"0"_s},
        {u"connections"_s, u"Idle connections (idle)."_s, u"N"_s, u"10000"_s},
        {u"server-pid"_s, u"The server's process id (idle, fanout: its RSS)."_s, u"PID"_s},
        {u"checkins"_s, u"Offline check-ins per client (storm)."_s, u"N"_s, u"20"_s},
        {u"tokens"_s, u"File of tokens (storm-clients)."_s, u"FILE"_s},
        {u"cursor"_s, u"Cursor the clients resume from (storm-clients)."_s, u"N"_s, u"0"_s},
        {u"app"_s, u"The desktop app (start), atrium-frames (frames)."_s, u"FILE"_s},
        {u"runs"_s, u"Runs (start, frames)."_s, u"N"_s, u"3"_s},
        {u"changes"_s, u"Bookings in the sync batch (frames)."_s, u"N"_s, u"1000"_s},
        {u"dir"_s, u"Folder of result files (report)."_s, u"DIR"_s},
        {u"mode"_s, u"quick or full (report)."_s, u"MODE"_s, u"full"_s},
        {u"json"_s, u"Where report writes its JSON."_s, u"FILE"_s},
        {u"no-audit"_s, u"apply: without the audit trail's row (to show what it costs)."_s},
    });
    parser.addPositionalArgument(u"workload"_s, u"seed | writes | latency | signins | propagation | fanout | sendfloor | storm | idle | coldsync | coldsync-floor | search | start | apply"_s);
    parser.process(app);
    if (parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << parser.helpText();
        return 1;
    }
    const QString workload = parser.positionalArguments().first();
    // writes takes several nodes' URLs, comma-separated: its workers are spread over them.
    const QStringList servers = parser.value(u"server"_s).split(u',', Qt::SkipEmptyParts);
    const QUrl server(servers.value(0));
    auto num = [&](const QString &name) { return parser.value(name).toInt(); };
    if (workload == u"freeport"_s) {
        QTextStream(stdout) << atrium::bench::freePort() << '\n';
        return 0;
    }
    if (workload == u"report"_s)
        return atrium::bench::report(parser.value(u"dir"_s), parser.value(u"mode"_s), parser.value(u"json"_s));
    QJsonObject result;
    if (workload == u"seed"_s)
        result = atrium::bench::seed(parser.value(u"data"_s), num(u"members"_s), num(u"bookings"_s));
    else if (workload == u"writes"_s)
        result = atrium::bench::writes(servers, num(u"clients"_s), num(u"seconds"_s), parser.value(u"conflict"_s).toDouble(),
                                       QCoreApplication::applicationFilePath());
    else if (workload == u"writes-worker"_s)
        result = atrium::bench::writesWorker(server, parser.value(u"token"_s), num(u"index"_s), num(u"clients"_s), num(u"seconds"_s),
                                             parser.value(u"conflict"_s).toDouble());
    else if (workload == u"latency"_s)
        result = atrium::bench::latency(server, num(u"rate"_s), num(u"seconds"_s));
    else if (workload == u"signins"_s)
        result = atrium::bench::signInBurst(server, num(u"rate"_s), num(u"seconds"_s), num(u"sign-ins"_s));
    else if (workload == u"propagation"_s)
        result = atrium::bench::propagation(server, num(u"samples"_s));
    else if (workload == u"coldsync-floor"_s)
        result = atrium::bench::coldSyncFloor(parser.value(u"data"_s));
    else if (workload == u"coldsync"_s)
        result = atrium::bench::coldSync(server);
    else if (workload == u"fanout"_s)
        result = atrium::bench::fanout(server, num(u"subscribers"_s), num(u"procs"_s), num(u"samples"_s), QCoreApplication::applicationFilePath(),
                                       num(u"stalled"_s), parser.value(u"server-pid"_s).toLongLong());
    else if (workload == u"sendfloor"_s)
        result = atrium::bench::sendFloor(num(u"subscribers"_s), num(u"samples"_s), 256);
    else if (workload == u"fanout-sub"_s)
        return atrium::bench::fanoutSubscriber(server, parser.value(u"token"_s), num(u"count"_s));
    else if (workload == u"idle"_s)
        result = atrium::bench::idle(server, parser.value(u"server-pid"_s).toLongLong(), num(u"connections"_s), num(u"procs"_s),
                                     QCoreApplication::applicationFilePath());
    else if (workload == u"idle-clients"_s)
        return atrium::bench::idleClients(server, parser.value(u"token"_s), num(u"count"_s), parser.value(u"cursor"_s).toLongLong());
    else if (workload == u"storm"_s)
        result = atrium::bench::storm(server, parser.value(u"data"_s), num(u"clients"_s), num(u"checkins"_s), num(u"procs"_s),
                                      QCoreApplication::applicationFilePath());
    else if (workload == u"notify"_s)
        result = atrium::bench::notifyAll(server, parser.value(u"data"_s), num(u"clients"_s), num(u"procs"_s),
                                          parser.value(u"server-pid"_s).toLongLong(), QCoreApplication::applicationFilePath());
    else if (workload == u"notify-clients"_s)
        return atrium::bench::notifyClients(server, parser.value(u"tokens"_s), num(u"index"_s), num(u"count"_s),
                                            parser.value(u"cursor"_s).toLongLong());
    else if (workload == u"storm-clients"_s)
        return atrium::bench::stormClients(server, parser.value(u"tokens"_s), num(u"index"_s), num(u"count"_s), num(u"checkins"_s),
                                           parser.value(u"cursor"_s).toLongLong());
    else if (workload == u"start"_s)
        result = atrium::bench::desktopStart(parser.value(u"app"_s), num(u"bookings"_s), num(u"runs"_s));
    else if (workload == u"frames"_s)
        result = atrium::bench::syncFrames(parser.value(u"app"_s), num(u"bookings"_s), num(u"changes"_s), num(u"runs"_s));
    else if (workload == u"desktop-profile"_s)
        result = atrium::bench::desktopProfile(parser.value(u"data"_s), num(u"bookings"_s));
    else if (workload == u"mine"_s)
        result = atrium::bench::memberBookings(num(u"bookings"_s), num(u"runs"_s));
    else if (workload == u"mail"_s)
        result = atrium::bench::mailRate(num(u"count"_s), num(u"runs"_s));
    else if (workload == u"search"_s)
        result = atrium::bench::search(num(u"resources"_s), num(u"bookings"_s), num(u"queries"_s));
    else if (workload == u"apply"_s)
        result = atrium::bench::applyPath(parser.value(u"data"_s), num(u"count"_s), !parser.isSet(u"no-audit"_s));
    else {
        QTextStream(stderr) << "atrium-bench: unknown workload " << workload << '\n';
        return 1;
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return result.contains(u"error"_s) ? 2 : 0;
}
