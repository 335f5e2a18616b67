// Writes one file per kind of message into the folder given: real encoded messages, so the fuzzer
// starts from frames a client and a server actually exchange.
#include "domain.h"
#include "protocol.h"

#include <QDir>
#include <QFile>

using namespace atrium;
using namespace Qt::Literals::StringLiterals;
using proto::Message;
using proto::MessageType;

int main(int argc, char **argv)
{
    if (argc != 2)
        return 1;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    auto write = [&](const char *name, const Message &m) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        return f.open(QIODevice::WriteOnly) && f.write(proto::encode(m)) > 0;
    };
    const qint64 t = 1'893'456'000'000;
    const QString id = u"018f0000-0000-7000-8000-000000000001"_s;
    QCborMap login{{u"email"_s, u"member1@demo.atrium"_s}, {u"password"_s, u"atrium-demo"_s}, {u"clientId"_s, id}};
    QCborMap hello{{u"protocol"_s, proto::kProtocolVersion}, {u"clientId"_s, id}, {u"token"_s, u"a.b.c"_s}, {u"cursor"_s, 42}};
    auto mutate = [&](QLatin1StringView kind, const QCborMap &args) {
        return Message{MessageType::Mutate, QCborMap{{u"opId"_s, id}, {u"kind"_s, QString(kind)}, {u"args"_s, args}}};
    };
    QCborArray items;
    for (int i = 0; i < 80; ++i) // enough to travel compressed too
        items.append(QCborMap{{u"seq"_s, i + 1}, {u"entity"_s, u"booking"_s}, {u"id"_s, id}, {u"op"_s, u"upsert"_s},
                              {u"data"_s, Booking{}.toCbor()}});
    bool ok = write("login", {MessageType::Login, login}) && write("hello", {MessageType::Hello, hello})
              && write("ack", {MessageType::Ack, QCborMap{{u"cursor"_s, 7}}})
              && write("error", proto::makeError(proto::code::RateLimited, u"slow down"_s))
              && write("book", mutate(mutation::Book, bookArgs(id, u"mad-room-s"_s, t, t + 3600000, u"m-05"_s, u"Planning"_s)))
              && write("series", mutate(mutation::BookSeries, bookSeriesArgs(id, u"mad-room-s"_s, t, t + 3600000, u"FREQ=WEEKLY;COUNT=4"_s)))
              && write("policy", mutate(mutation::SetPolicy, setPolicyArgs(u"kind"_s, u"meeting_room"_s,
                                                                           QCborMap{{u"maxMinutes"_s, 240}, {u"closedDays"_s, QCborArray{6, 7}}})))
              && write("checkin", mutate(mutation::Checkin, credentialCheckinArgs(id, "pin"_L1, u"123456"_s, u"mad"_s)))
              && write("changes", proto::makeChanges(QCborArray{items.at(0)}, 1, false))
              && write("changesz", proto::makeChanges(items, 80, true));
    return ok ? 0 : 2;
}
