// The wire codec from both ends: every message round-trips, and every malformed input is refused
// with a reason instead of reaching a handler.
#include "cborcursor.h"
#include "protocol.h"
#include "uuid.h"

#include <QCborStreamWriter>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::proto;

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QCborMap>("body");
        QCborMap hello;
        hello.insert("protocol"_L1, 1);
        hello.insert("clientId"_L1, u"c-1"_s);
        hello.insert("token"_L1, u"abc.def.ghi"_s);
        hello.insert("cursor"_L1, 42);
        QTest::newRow("hello") << int(MessageType::Hello) << hello;
        QCborMap item;
        item.insert("seq"_L1, 7);
        item.insert("entity"_L1, u"booking"_s);
        item.insert("id"_L1, u"b1"_s);
        item.insert("op"_L1, u"upsert"_s);
        QCborMap changes;
        changes.insert("items"_L1, QCborArray{item});
        changes.insert("cursor"_L1, 7);
        changes.insert("more"_L1, false);
        QTest::newRow("changes") << int(MessageType::Changes) << changes;
        QCborMap result;
        result.insert("opId"_L1, u"op"_s);
        result.insert("status"_L1, u"rejected"_s);
        result.insert("code"_L1, u"conflict"_s);
        result.insert("message"_L1, u"Porto está ocupada"_s);
        result.insert("alternatives"_L1, QCborArray{QCborMap{{u"resource"_s, u"r2"_s}}});
        QTest::newRow("result") << int(MessageType::Result) << result;
        QTest::newRow("logout") << int(MessageType::Logout) << QCborMap();
    }

    void roundTrip()
    {
        QFETCH(int, type);
        QFETCH(QCborMap, body);
        const Message sent{static_cast<MessageType>(type), body};
        const DecodeResult got = decode(encode(sent));
        QVERIFY2(got.message.has_value(), qPrintable(got.error));
        QCOMPARE(*got.message, sent);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not cbor") << QByteArray("\xff\xfe", 2) << u"not valid CBOR"_s;
        QTest::newRow("not a map") << QCborValue(5).toCbor() << u"must be a CBOR map"_s;
        QCborMap noType;
        noType.insert("b"_L1, QCborMap());
        QTest::newRow("no type") << noType.toCborValue().toCbor() << u"no integer type id"_s;
        QTest::newRow("unknown type") << encode({static_cast<MessageType>(999), {}}) << u"unknown message type 999"_s;
        QCborMap hello;
        hello.insert("protocol"_L1, 1);
        QTest::newRow("missing field") << encode({MessageType::Hello, hello}) << u"missing field 'clientId'"_s;
        hello.insert("clientId"_L1, 12);
        QTest::newRow("wrong type") << encode({MessageType::Hello, hello}) << u"field 'clientId' must be text"_s;
        QCborMap login;
        login.insert("email"_L1, QString(300, u'a'));
        login.insert("password"_L1, u"x"_s);
        login.insert("clientId"_L1, u"c"_s);
        QTest::newRow("too long") << encode({MessageType::Login, login}) << u"field 'email' is longer than 256"_s;
        QTest::newRow("too big") << QByteArray(kMaxMessageBytes + 1, '\0') << u"exceeds the limit"_s;
        // Numbers every handler reads with toInteger(): a double past 64 bits (fuzz_protocol's
        // first find), NaN and infinity, anywhere in the body, are refused by the decoder.
        auto mutateWith = [](const QCborValue &start) {
            QCborMap args{{u"id"_s, u"x"_s}, {u"resource"_s, u"mad-room-s"_s}, {u"start"_s, start}, {u"end"_s, 1}};
            return encode({MessageType::Mutate, QCborMap{{u"opId"_s, u"o"_s}, {u"kind"_s, u"book"_s}, {u"args"_s, args}}});
        };
        QTest::newRow("double past 64 bits") << mutateWith(1.77262e19) << u"not finite, is out of the 64-bit range"_s;
        QTest::newRow("nan") << mutateWith(std::nan("")) << u"not finite"_s;
        QTest::newRow("infinity in an array") << mutateWith(QCborArray{1, std::numeric_limits<double>::infinity()}) << u"not finite"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const DecodeResult got = decode(bytes);
        QVERIFY(!got.message.has_value());
        QVERIFY2(got.error.contains(reason), qPrintable(got.error));
    }

    void largeBatchesTravelCompressed()
    {
        QCborArray items;
        for (int i = 0; i < 500; ++i) {
            QCborMap item;
            item.insert("seq"_L1, i + 1);
            item.insert("entity"_L1, u"booking"_s);
            item.insert("id"_L1, u"b%1"_s.arg(i));
            item.insert("op"_L1, u"upsert"_s);
            item.insert("data"_L1, QCborMap{{u"resource"_s, u"mad-room-m"_s}, {u"status"_s, u"confirmed"_s}});
            items.append(item);
        }
        const Message m = makeChanges(items, 500, true);
        QCOMPARE(m.type, MessageType::ChangesZ);
        const QByteArray wire = encode(m);
        QVERIFY(wire.size() * 4 < items.toCborValue().toCbor().size()); // it is worth it
        const DecodeResult got = decode(wire);
        QVERIFY2(got.message, qPrintable(got.error));
        QString error;
        QCOMPARE(changesItems(*got.message, &error), items);
        QVERIFY(error.isEmpty());
        // Small batches (live pushes) stay plain.
        QCOMPARE(makeChanges(QCborArray{items.first()}, 1, false).type, MessageType::Changes);
    }

    void changesBuiltFromStoredRowsDecodeAsMadeFromMaps_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("firstSeq");
        QTest::newRow("empty") << 0 << qint64(1);
        QTest::newRow("one live push") << 1 << qint64(7);
        QTest::newRow("just below compression") << kCompressFromItems - 1 << qint64(23);
        QTest::newRow("compressed, large seqs") << 300 << qint64(4'294'967'000LL);
    }

    void changesBuiltFromStoredRowsDecodeAsMadeFromMaps()
    {
        QFETCH(int, rows);
        QFETCH(qint64, firstSeq);
        QCborArray items;
        ChangesBuilder builder;
        for (int i = 0; i < rows; ++i) {
            const bool deleted = i % 5 == 4;
            QCborMap data{{u"resource"_s, u"mad-room-m"_s}, {u"title"_s, u"Reunión ñ %1 \u2014 ✓"_s.arg(i)}, {u"start"_s, -1 - i * 300}};
            QCborMap item{{u"seq"_s, firstSeq + i}, {u"entity"_s, u"booking"_s}, {u"id"_s, u"b%1"_s.arg(i)},
                          {u"op"_s, deleted ? u"delete"_s : u"upsert"_s}};
            if (!deleted)
                item.insert("data"_L1, data);
            items.append(item);
            builder.add(firstSeq + i, u"booking"_s, u"b%1"_s.arg(i), deleted ? u"delete"_s : u"upsert"_s,
                        deleted ? QByteArray() : data.toCborValue().toCbor());
        }
        const QByteArray built = builder.finish(firstSeq + rows, true);
        const DecodeResult got = decode(built);
        QVERIFY2(got.message, qPrintable(got.error));
        const DecodeResult expected = decode(encode(makeChanges(items, firstSeq + rows, true)));
        QCOMPARE(got.message->type, expected.message->type);
        QCOMPARE(got.message->integer("cursor"_L1), firstSeq + rows);
        QVERIFY(got.message->body.value("more"_L1).toBool());
        QString error;
        QCOMPARE(changesItems(*got.message, &error), items);
        QVERIFY(error.isEmpty());
        // The client reads the same items without building CBOR trees; data stays as it was encoded.
        const auto read = readChangeItems(*got.message, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), rows);
        for (int i = 0; i < rows; ++i) {
            const QCborMap want = items.at(i).toMap();
            const ChangeItem &item = read->at(i);
            QCOMPARE(item.seq, want.value("seq"_L1).toInteger());
            QCOMPARE(item.entity, want.value("entity"_L1).toString());
            QCOMPARE(item.id, want.value("id"_L1).toString());
            QCOMPARE(item.isDelete(), want.value("op"_L1).toString() == u"delete"_s);
            QCOMPARE(QCborValue::fromCbor(item.data).toMap(), want.value("data"_L1).toMap());
        }
    }

    void malformedItemsAreRefusedWhole()
    {
        // Compressed items that are not change items: refused with a reason, nothing half-read.
        const QList<QByteArray> bad{QCborValue(QCborMap{{u"seq"_s, 1}}).toCbor(),                          // not an array
                                    QCborArray{QCborMap{{u"seq"_s, 1}, {u"entity"_s, u"booking"_s}}}.toCborValue().toCbor(), // no id
                                    QCborArray{42}.toCborValue().toCbor(),                                    // not a map
                                    QCborArray{QCborMap{{u"entity"_s, u"b"_s}, {u"id"_s, u"x"_s}}}.toCborValue().toCbor().chopped(1)};
        for (const QByteArray &cbor : bad) {
            QCborMap body{{u"cursor"_s, 1}, {u"more"_s, false}, {u"z"_s, qCompress(cbor, 1)}};
            QString error;
            QVERIFY(!readChangeItems(Message{MessageType::ChangesZ, body}, &error));
            QVERIFY2(error.startsWith(u"ChangesZ"_s), qPrintable(error));
        }
    }

    void cborCursorSkipsAnythingWellFormedAndRefusesTheRest()
    {
        // Every kind of item, definite and indefinite, nested: skip() lands exactly at the end.
        QByteArray indefinite;
        {
            QCborStreamWriter w(&indefinite);
            w.startMap(); // indefinite map
            w.append("chunked"_L1);
            w.startArray();
            w.append(QByteArray("bytes"));
            w.append(-5);
            w.append(std::numeric_limits<qint64>::max());
            w.append(2.5);
            w.append(QCborSimpleType::Null);
            w.append(QCborKnownTags::DateTimeString);
            w.append("2026-11-29T00:00:00Z"_L1);
            w.endArray();
            w.endMap();
        }
        QCborMap nested{{u"a"_s, QCborArray{1, -2, 3.25, true, QCborValue(), QCborMap{{u"deep"_s, QCborArray{QByteArray("x")}}}}},
                        {u"text"_s, u"Reunión ✓"_s}};
        for (const QByteArray &cbor : {indefinite, nested.toCborValue().toCbor()}) {
            CborCursor c(cbor);
            QVERIFY(c.skip());
            QVERIFY(c.ok());
            QVERIFY(c.atEnd());
            // Cut anywhere: refused, never read past the end.
            for (qsizetype n = 0; n < cbor.size(); ++n) {
                CborCursor cut(QByteArrayView(cbor).first(n));
                QVERIFY2(!cut.skip(), qPrintable(u"accepted %1 of %2 bytes"_s.arg(n).arg(cbor.size())));
            }
        }
        // Fields read by name from a map, text read from a definite or a chunked string.
        const QByteArray nestedBytes = nested.toCborValue().toCbor();
        CborCursor m(nestedBytes);
        qint64 pairs = 0;
        QVERIFY(m.enterMap(pairs));
        QCOMPARE(pairs, 2);
        QCOMPARE(m.readTextView().value_or(QByteArrayView()), QByteArrayView("a"));
        QVERIFY(m.skip());
        QCOMPARE(m.readTextView().value_or(QByteArrayView()), QByteArrayView("text"));
        QCOMPARE(m.readText().value_or(QString()), u"Reunión ✓"_s);
        QVERIFY(m.atEnd());
        // Nesting deeper than any message of ours, and a count larger than the bytes left.
        const QByteArray deep(100000, '\x81'), huge("\x9b\xff\xff\xff\xff\xff\xff\xff\xff", 9);
        QVERIFY(!CborCursor(deep).skip());
        QVERIFY(!CborCursor(huge).skip());
    }

    void compressedBatchesAreBounded()
    {
        auto changesZ = [](const QByteArray &z) {
            QCborMap body;
            body.insert("z"_L1, z);
            body.insert("cursor"_L1, 1);
            body.insert("more"_L1, false);
            return Message{MessageType::ChangesZ, body};
        };
        QString error;
        // A header that claims 4 GiB: refused before anything is allocated.
        QVERIFY(changesItems(changesZ(QByteArray("\xff\xff\xff\xff\x78\x9c", 6)), &error).isEmpty());
        QVERIFY2(error.contains(u"over the limit"_s), qPrintable(error));
        error.clear();
        QVERIFY(changesItems(changesZ(qCompress(QCborValue(42).toCbor())), &error).isEmpty());
        QVERIFY(error.contains(u"not a compressed CBOR array"_s));
    }

    void typeIdsAreStable()
    {
        // Append-only: these numbers are on the wire of every installed client.
        QCOMPARE(int(MessageType::Error), 1);
        QCOMPARE(int(MessageType::Hello), 5);
        QCOMPARE(int(MessageType::Changes), 7);
        QCOMPARE(int(MessageType::Mutate), 10);
        QCOMPARE(int(MessageType::Result), 11);
        QCOMPARE(int(MessageType::Logout), 12);
        QCOMPARE(int(MessageType::ChangesZ), 13);
    }

    void uuidV7IsTimeOrdered()
    {
        const QString a = newUuidV7(1'700'000'000'000);
        const QString b = newUuidV7(1'700'000'000'001);
        QVERIFY(isUuid(a));
        QCOMPARE(a.at(14), u'7');
        QVERIFY(a < b);
        QVERIFY(newUuidV7(5) != newUuidV7(5));
        QVERIFY(!isUuid(u"not-a-uuid"_s));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
