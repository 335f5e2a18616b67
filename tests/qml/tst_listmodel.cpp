// The one list model the pages instantiate (app/gui/listmodel): what a refresh signals.
#include "listmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;

namespace {

// A list model whose rows a test hands over, to watch the diff.
class FixedRows : public gui::ListModel
{
public:
    FixedRows() : gui::ListModel({"id", "title"}) {}
    QList<QVariantMap> next;

protected:
    QList<QVariantMap> rows() override { return next; }
};

QVariantMap row(const char *id, const char *title)
{
    return {{u"id"_s, QString::fromLatin1(id)}, {u"title"_s, QString::fromLatin1(title)}};
}

} // namespace

class TestListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The pages' list model applies what changed by id: never a reset; a row that stays keeps its
    // index (and a view its delegate and current item) through removals, moves and inserts.
    void listModelDiffsById()
    {
        FixedRows model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.loading());
        model.next = {row("a", "A"), row("b", "B"), row("c", "C"), row("d", "D")};
        model.refresh();
        QVERIFY(!model.loading());
        QCOMPARE(model.count(), 4);
        const QPersistentModelIndex c = model.index(2);
        // b goes, d moves to the front, e arrives, c's title changes.
        model.next = {row("d", "D"), row("a", "A"), row("e", "E"), row("c", "C2")};
        model.refresh();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(inserted.size(), 2); // the first fill, then e
        QCOMPARE(changed.size(), 1);
        QStringList ids;
        for (int i = 0; i < model.count(); ++i)
            ids << model.get(i).value(u"id"_s).toString();
        QCOMPARE(ids, (QStringList{u"d"_s, u"a"_s, u"e"_s, u"c"_s}));
        QVERIFY(c.isValid());
        QCOMPARE(c.row(), 3);
        QCOMPARE(model.data(c, Qt::UserRole + 2).toString(), u"C2"_s);
        QCOMPARE(model.indexOf(u"e"_s), 2);
        // The same rows again: nothing is signalled.
        const qsizetype before = changed.size() + moved.size() + inserted.size() + removed.size();
        model.refresh();
        QCOMPARE(changed.size() + moved.size() + inserted.size() + removed.size(), before);
        model.next.clear();
        model.refresh();
        QCOMPARE(model.count(), 0);
        QCOMPARE(resets.size(), 0);
    }

};

QTEST_GUILESS_MAIN(TestListModel)
#include "tst_listmodel.moc"
