// Mail to a local sink: how fast notices' mails are staged (one transaction, as a notice to
// every member of a location stages them) and how fast Effects hands them to the relay, with the
// real SMTP client and its limit of sessions under way.
#include "workloads.h"

#include "effects.h"
#include "mailer.h"
#include "smtpsink.h"
#include "store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace atrium::bench {

QJsonObject mailRate(int mails, int runs)
{
    std::vector<double> stagedPerSecond, sentPerSecond;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        server::Store store;
        store.open(dir.filePath(u"atrium.sqlite"_s));
        test::SmtpSink sink;
        server::Mailer mailer(server::MailSettings{sink.url(), u"atrium@bench.example"_s, u"bench.example"_s, false});
        server::Effects effects(store, *SystemClock::instance());
        effects.setDeliverer(u"mail"_s, [&](const QCborMap &payload, const server::Effects::Done &done) {
            mailer.send(server::mailFromPayload(payload), [done](const server::Mailer::Sent &sent) {
                done({sent.ok ? server::Effects::Delivery::Accepted : server::Effects::Delivery::TryLater, sent.why});
            });
        });
        QElapsedTimer t;
        t.start();
        store.begin();
        for (int i = 0; i < mails; ++i) {
            server::Mail m;
            m.to = u"member%1@bench.example"_s.arg(i);
            m.subject = u"Friday drinks on the terrace is cancelled"_s;
            m.body = u"Dana Desk cancelled Friday drinks on the terrace (Fri 11 Dec, 18:30).\n"_s.repeated(4);
            m.html = u"<p>Dana Desk cancelled <b>Friday drinks on the terrace</b> (Fri 11 Dec, 18:30).</p>"_s.repeated(4);
            m.language = u"en"_s;
            effects.stage(u"mail"_s, server::mailPayload(m));
        }
        store.commit();
        const double stagedS = static_cast<double>(t.nsecsElapsed()) / 1e9;
        t.restart();
        effects.soon();
        if (!waitUntil(600000, [&]() { return sink.mail().size() >= mails; }))
            return {{u"error"_s, u"%1 of %2 mails reached the sink"_s.arg(sink.mail().size()).arg(mails)}};
        const double sentS = static_cast<double>(t.nsecsElapsed()) / 1e9;
        stagedPerSecond.push_back(mails / stagedS);
        sentPerSecond.push_back(mails / sentS);
    }
    return {{u"mails"_s, mails},
            {u"runs"_s, runs},
            {u"in_flight"_s, server::Effects::kMaxInFlight},
            {u"staged_per_s_median"_s, percentile(stagedPerSecond, 50)},
            {u"sent_per_s_median"_s, percentile(sentPerSecond, 50)}};
}

} // namespace atrium::bench
