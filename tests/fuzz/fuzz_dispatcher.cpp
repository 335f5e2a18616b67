// The mutation dispatcher and every handler behind it, inside a transaction that is rolled back:
// whatever a client sends as a Mutate (any kind, any arguments, any role), the server answers
// applied or rejected, never crashes, never leaves undefined behaviour, and writes nothing it
// did not roll back. Each input picks a role and a mutation from the registry; its arguments are
// either the input itself (when it is a CBOR map) or built from the input field by field,
// following the mutation's schema with values of the demo (its spaces, members, bookings, times
// around now), so most inputs reach the handlers rather than stopping at the schema.
#include "auth.h"
#include "demodata.h"
#include "domain.h"
#include "modules.h"
#include "store.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

namespace {

constexpr qint64 kNow = 1'796'000'000'000; // a fixed Tuesday in 2026: the same demo every run
constexpr qint64 kQuarter = 15 * 60 * 1000;

struct World
{
    QTemporaryDir dir;
    Store store;
    ManualClock clock{kNow};
    std::unique_ptr<Modules> modules;
    std::vector<Principal> actors; // one per role
    QStringList texts;             // ids and words the handlers know
    qint64 changesBefore = 0; // rows the handlers write, before any input
};

// What the handlers write, counted.
qint64 written(Store &store)
{
    SqlQuery &q = store.exec(u"SELECT (SELECT COUNT(*) FROM bookings) + (SELECT COUNT(*) FROM checkins) + (SELECT COUNT(*) FROM users)"
                             " + (SELECT COUNT(*) FROM resources) + (SELECT COUNT(*) FROM policies)"_s);
    const qint64 n = q.next() ? q.int64(0) : -1;
    q.finish();
    return n;
}

World &world()
{
    static World *w = [] {
        auto *made = new World;
        made->store.open(made->dir.filePath(u"fuzz.sqlite"_s));
        made->modules = std::make_unique<Modules>(made->store, made->clock);
        DemoData::seed(made->store, *made->modules, made->clock, true);
        for (const char *id : {"u-admin", "u-desk", "m-01"})
            made->actors.push_back(*loadPrincipal(made->store, QString::fromLatin1(id)));
        Principal kiosk = made->actors.back();
        kiosk.role = Role::Kiosk;
        kiosk.homeLocation = u"mad"_s;
        made->actors.push_back(kiosk);
        made->texts = {u"mad"_s, u"nyc"_s, u"mad-room-s"_s, u"mad-desk-01"_s, u"mad-booth-1"_s, u"mad-office-2"_s, u"m-01"_s,
                       u"m-02"_s, u"u-desk"_s, u"member2@demo.atrium"_s, u"organisation"_s, u"*"_s, u"resource"_s, u"location"_s,
                       u"kind"_s, u"meeting_room"_s, u"hot_desk"_s, u"FREQ=WEEKLY;COUNT=3"_s, u"FREQ=DAILY;UNTIL=20270101T000000Z"_s,
                       u"resident"_s, u"member"_s, u"qr"_s, u"pin"_s, u"123456"_s, u"following"_s, u"all"_s, u""_s,
                       u"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261202T100000Z\r\nDTEND:20261202T110000Z\r\n"
                       "RRULE:FREQ=DAILY;COUNT=5\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"_s};
        SqlQuery &q = made->store.exec(u"SELECT id FROM bookings ORDER BY start_ms LIMIT 40"_s);
        while (q.next())
            made->texts << q.text(0);
        q.finish();
        made->changesBefore = written(made->store);
        return made;
    }();
    return *w;
}

// Reads the input a byte at a time; zeros when it runs out.
struct Bytes
{
    const uint8_t *data;
    size_t size, at = 0;
    uint8_t next() { return at < size ? data[at++] : 0; }
    quint16 next16() { return static_cast<quint16>(next() | (next() << 8)); }
};

QCborValue valueFor(const kernel::Field &field, Bytes &in, const World &w)
{
    const uint8_t pick = in.next();
    switch (field.type) {
    case kernel::FieldType::Text:
        if (pick < 0xf0)
            return w.texts.at(pick % w.texts.size());
        return QString::fromUtf8(reinterpret_cast<const char *>(in.data + in.at), static_cast<qsizetype>(std::min<size_t>(in.size - in.at, 40)));
    case kernel::FieldType::Integer:
    case kernel::FieldType::Number:
        if (pick < 0xc0)
            return kNow + (static_cast<qint64>(in.next16()) - 2000) * kQuarter; // a time on the grid, mostly ahead
        return static_cast<qint64>(static_cast<qint16>(in.next16()));
    case kernel::FieldType::Boolean: return (pick & 1) != 0;
    case kernel::FieldType::Map: {
        static const char *const rules[] = {"graceMinutes", "maxMinutes", "minMinutes", "approvalRequired", "closedDays", "allowedRoles",
                                            "name", "timezone", "capacity", "features", "parent", "kind"};
        QCborMap m;
        for (int i = 0, n = pick % 4; i < n; ++i) {
            const uint8_t k = in.next();
            const QString key = QString::fromLatin1(rules[k % std::size(rules)]);
            m.insert(key, k & 0x80 ? QCborValue(static_cast<qint64>(in.next() % 200)) : QCborValue(w.texts.at(in.next() % w.texts.size())));
        }
        return m;
    }
    case kernel::FieldType::TextList: {
        QCborArray a;
        for (int i = 0, n = pick % 4; i < n; ++i)
            a.append(w.texts.at(in.next() % w.texts.size()));
        return a;
    }
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qputenv("QT_LOGGING_RULES", "*.warning=false");
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    Bytes in{data, size};
    const Principal &actor = w.actors.at(in.next() % w.actors.size());
    const auto &specs = w.modules->host.registry().specs();
    const uint8_t which = in.next();
    QString kind = QString(specs.at(which % specs.size()).name);
    if (which == 0xff)
        kind = u"no_such_mutation"_s;
    QCborMap args;
    // As the server would have it: only what decodes without error (proto::decode refuses the rest).
    QCborParserError parseError;
    const QCborValue asCbor = QCborValue::fromCbor(QByteArray(reinterpret_cast<const char *>(data + in.at), static_cast<qsizetype>(size - in.at)), &parseError);
    if (parseError.error == QCborError::NoError && asCbor.isMap()) {
        args = asCbor.toMap();
    } else if (const kernel::MutationSpec *spec = w.modules->host.registry().find(kind)) {
        for (const kernel::Field &field : spec->schema.fields) {
            const uint8_t presence = in.next();
            if (field.required ? presence == 0xff : presence < 0x40)
                continue; // a required field left out, now and then; optional ones mostly given
            args.insert(field.name, valueFor(field, in, w));
        }
    }
    w.clock.setMs(kNow + (in.next() % 8) * kQuarter);
    w.store.begin();
    const Outcome o = w.modules->apply(actor, kind, args);
    if (!o.applied && QLatin1StringView(o.code).isEmpty())
        std::abort(); // a refusal always says why
    if (!o.applied && o.message.isEmpty())
        std::abort();
    w.store.rollback();
    if (written(w.store) != w.changesBefore)
        std::abort(); // nothing survives the rollback
    return 0;
}
