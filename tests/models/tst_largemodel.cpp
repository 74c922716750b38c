// The table model over a catalog of 100,000 films: Qt's model tester watching every change,
// exact counts, and a bounded number of rows held however far the view scrolls.

#include "../testutil.h"

#include "core/db/catalog.h"
#include "core/db/sql.h"
#include "core/db/tablequery.h"
#include "core/models/catalogtablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace Marquee;

class TestLargeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTesterFindsNoFaultWhileSortingFilteringAndEditing();
    void scrollingEndToEndHoldsABoundedNumberOfRows();
    void lastRowsAreTheLastInTheOrder();
    void manyMatchesReadAlongTheIndexKeepTheOrder();
    void aSlowCountComesFromTheBackground();
    void aSearchTypedOnFromASlowOneIsCountedInTheBackground();
    void theCountRacesTheFirstPage();
    void selectionAndCurrentRowFollowTheirRowsThroughEverySort();
    void reviewsAndCompaniesHoldABoundedNumberOfRows();

private:
    // Drags the view's scroll bar from one end to the other and back in `steps` steps each
    // way, drawing each time; returns the most rows the model held meanwhile.
    static int scrollEndToEnd(QTableView &view, const CatalogTableModel &model, int steps);

    static constexpr int Films = 100000;
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestLargeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = TestUtil::newCatalog(m_dir);
    // One statement for the bulk: titles in a scrambled order, some values missing, so that
    // sorting has work to do and NULLs to place.
    TestUtil::addFilms(
        *m_catalog, Films,
        QStringLiteral("title, title_key, year, runtime_minutes, tmdb_vote_average, synopsis"),
        QStringLiteral("'Film ' || printf('%06d', (i * 7919) % 100003), 'film ' || "
                       "printf('%06d', (i * 7919) % 100003), CASE WHEN i % 13 = 0 THEN NULL ELSE "
                       "1900 + i % 120 END, 60 + i % 100, CASE WHEN i % 7 = 0 THEN NULL ELSE "
                       "(i % 97) / 9.7 END, 'Story ' || i || ' of harbours and rivers'"));
}

void TestLargeModel::modelTesterFindsNoFaultWhileSortingFilteringAndEditing()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.setCountBudget(-1); // counts asserted at once, whatever the machine
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), Films);
    QCOMPARE(model.totalCount(), Films);

    model.sort(int(FilmField::Year), Qt::DescendingOrder);
    model.sort(int(FilmField::TmdbVoteAverage), Qt::AscendingOrder);
    QVERIFY(model.index(0, int(FilmField::TmdbVoteAverage)).data(Qt::EditRole).isNull());
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Film 000001"));

    QVERIFY(model.setFilter(QStringLiteral("year:>=2000")).isValid());
    qint64 expected = 0;
    for (int i = 1; i <= Films; ++i)
        if (i % 13 != 0 && 1900 + i % 120 >= 2000)
            ++expected;
    QCOMPARE(qint64(model.rowCount()), expected); // exact, not an estimate
    QVERIFY(model.setFilter(QStringLiteral("year:>=2000 -runtime:<100")).isValid());
    QVERIFY(model.rowCount() < expected);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), Films);

    // An edit that moves its row from the top to the end of the order, with the row current.
    const QModelIndex first = model.index(0, 0);
    const qint64 id = model.idAt(0);
    QPersistentModelIndex current(first);
    QVERIFY(model.setData(first, QStringLiteral("Zzz last of all")));
    QCOMPARE(current.row(), Films - 1);
    QCOMPARE(model.idAt(Films - 1), id);
    model.refresh();
    QCOMPARE(model.rowCount(), Films);
}

int TestLargeModel::scrollEndToEnd(QTableView &view, const CatalogTableModel &model, int steps)
{
    int most = 0;
    QScrollBar *bar = view.verticalScrollBar();
    const int step = std::max(1, bar->maximum() / steps);
    for (const int by : {step, -step}) {
        for (int value = by > 0 ? 0 : bar->maximum(); value >= 0 && value <= bar->maximum();
             value += by) {
            bar->setValue(value);
            view.grab(); // paints, reading the rows in sight
            most = std::max(most, model.cachedRows());
        }
    }
    return most;
}

void TestLargeModel::scrollingEndToEndHoldsABoundedNumberOfRows()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.setCountBudget(-1); // counts asserted at once, whatever the machine
    QTableView view;
    view.setModel(&model);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int most = 0;
    // Every row read once, from the first to the last ...
    for (int row = 0; row < model.rowCount(); row += 64) {
        QVERIFY(model.index(row, 0).data().isValid());
        most = std::max(most, model.cachedRows());
    }
    // ... and the view's scroll bar dragged from one end to the other and back.
    QVERIFY(view.verticalScrollBar()->maximum() > Films / 2);
    most = std::max(most, scrollEndToEnd(view, model, 150));
    QVERIFY(most > 0);
    QVERIFY2(most <= CatalogTableModel::MaxCachedRows,
             qPrintable(QStringLiteral("%1 rows held").arg(most)));
}

void TestLargeModel::lastRowsAreTheLastInTheOrder()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.setCountBudget(-1); // counts asserted at once, whatever the machine
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    // Read from the far end in reverse; they must be the rows the order puts last.
    QSqlQuery q(m_catalog->database());
    QVERIFY(q.exec(QStringLiteral("SELECT title FROM films ORDER BY title_key DESC, id DESC "
                                  "LIMIT 3")));
    const int last = model.rowCount() - 1;
    for (int back = 0; back < 3; ++back) {
        QVERIFY(q.next());
        QCOMPARE(model.index(last - back, 0).data().toString(), q.value(0).toString());
    }
    QCOMPARE(model.rowOfId(model.idAt(last - 1)), last - 1);
}

void TestLargeModel::manyMatchesReadAlongTheIndexKeepTheOrder()
{
    // Every film matches: read along the sort's index instead of sorted, the rows and their
    // order must be those of the unfiltered view, from both ends.
    CatalogTableModel all(*m_catalog, Table::Films);
    CatalogTableModel matched(*m_catalog, Table::Films);
    matched.setCountBudget(-1); // counts asserted at once, whatever the machine
    QVERIFY(matched.setFilter(QStringLiteral("rivers")).isValid());
    for (const int column : {int(FilmField::Title), int(FilmField::Year)}) {
        all.sort(column, Qt::DescendingOrder);
        matched.sort(column, Qt::DescendingOrder);
        QCOMPARE(matched.rowCount(), all.rowCount());
        for (const int row : {0, 1, 500, Films / 2 + 3, Films - 2, Films - 1})
            QCOMPARE(matched.idAt(row), all.idAt(row));
    }
}

void TestLargeModel::aSlowCountComesFromTheBackground()
{
    const auto exact = [&](const QString &filter) {
        CatalogTableModel model(*m_catalog, Table::Films);
        model.setCountBudget(-1);
        model.setFilter(filter);
        return model.rowCount();
    };
    const QString slow = QStringLiteral("harbours year:>=1950 runtime:<150");
    const int expected = exact(slow);
    QVERIFY(expected > CatalogTableModel::PageSize);

    CatalogTableModel model(*m_catalog, Table::Films);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCountBudget(0); // always in the background
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    QSignalSpy counts(&model, &CatalogTableModel::countsChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The first page at once, in order, then the count.
    QVERIFY(model.setFilter(slow).isValid());
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    const qint64 firstId = model.idAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(model.idAt(0), firstId);
    CatalogTableModel reference(*m_catalog, Table::Films);
    reference.setCountBudget(-1);
    reference.sort(int(FilmField::Title), Qt::AscendingOrder);
    reference.setFilter(slow);
    for (const int row : {0, 127, 128, expected / 2, expected - 1})
        QCOMPARE(model.idAt(row), reference.idAt(row));

    // Words alone are counted by their index (with more time in the foreground); a word
    // beside a field term is not.
    TableQuery words(*m_catalog, Table::Films);
    words.setFilter(QStringLiteral("harbours -rivers OR title:film"));
    QVERIFY(words.countsInOneIndex());
    words.setFilter(slow);
    QVERIFY(!words.countsInOneIndex());

    // A search typed over one still counting: only the last count is applied.
    const QString other = QStringLiteral("harbours year:>=1990");
    const int expectedOther = exact(other);
    QVERIFY(model.setFilter(QStringLiteral("harbours year:>=1960")).isValid());
    QVERIFY(model.setFilter(other).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QTest::qWait(200); // a stale count arriving late would change it
    QCOMPARE(model.rowCount(), expectedOther);

    // Fewer rows than a page are counted by the page itself.
    QVERIFY(model.setFilter(QStringLiteral("harbours year:1950 runtime:60..61")).isValid());
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), exact(QStringLiteral("harbours year:1950 runtime:60..61")));

    // An edit while counting counts at once, and the count in flight is dropped.
    QVERIFY(model.setFilter(slow).isValid());
    QVERIFY(model.isCounting());
    model.refresh();
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), expected);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), expected);
}

void TestLargeModel::aSearchTypedOnFromASlowOneIsCountedInTheBackground()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString slow = QStringLiteral("harbours year:>=1950 runtime:<150");
    model.setCountBudget(0); // a count too slow for the foreground
    QVERIFY(model.setFilter(slow).isValid());
    QVERIFY(model.isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);

    // With all the time in the world for a count in the foreground, one more term typed on
    // is not counted there: it goes to the background at once, and its count comes right.
    model.setCountBudget(60000);
    const QString typedOn = slow + QStringLiteral(" year:1950");
    CatalogTableModel reference(*m_catalog, Table::Films);
    reference.setCountBudget(-1);
    reference.setFilter(typedOn);
    QVERIFY(reference.rowCount() > CatalogTableModel::PageSize);
    QVERIFY(model.setFilter(typedOn).isValid());
    QVERIFY(model.isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(model.rowCount(), reference.rowCount());
    for (const int row : {0, 1, CatalogTableModel::PageSize, reference.rowCount() - 1})
        QCOMPARE(model.idAt(row), reference.idAt(row));

    // That count came quickly: the next letters are counted in the foreground again, and so
    // is a search that does not go on from a slow one.
    QVERIFY(model.setFilter(typedOn + QStringLiteral(" runtime:<140")).isValid());
    QVERIFY(!model.isCounting());
    model.setCountBudget(0);
    QVERIFY(model.setFilter(slow).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    model.setCountBudget(60000);
    QVERIFY(model.setFilter(QStringLiteral("year:1950")).isValid());
    QVERIFY(!model.isCounting());
}

void TestLargeModel::theCountRacesTheFirstPage()
{
    const QString slow = QStringLiteral("harbours year:>=1950 runtime:<150");
    const QString few = QStringLiteral("harbours year:1950 runtime:60..61");
    CatalogTableModel reference(*m_catalog, Table::Films);
    reference.setCountBudget(-1);
    reference.sort(int(FilmField::Title), Qt::AscendingOrder);
    reference.setFilter(slow);
    const int expected = reference.rowCount();
    QVERIFY(expected > CatalogTableModel::PageSize);

    // The first page read while the count runs elsewhere is the page fetch() reads, unless
    // the count comes first: then nothing is read.
    TableQuery query(*m_catalog, Table::Films);
    query.setSort(int(FilmField::Title), Qt::AscendingOrder);
    query.setFilter(SearchQuery::parse(Table::Films, slow));
    const auto raced = query.fetchFirstUnless(CatalogTableModel::PageSize, [] { return false; });
    QVERIFY(raced.has_value());
    const QList<TableQuery::Row> fetched = query.fetch(0, CatalogTableModel::PageSize, -1, true);
    QCOMPARE(raced->size(), fetched.size());
    for (qsizetype i = 0; i < fetched.size(); ++i)
        QCOMPARE(raced->at(i).id, fetched[i].id);
    // A few rows read along the order's index: a long read, given up at the first ask.
    query.setFilter(SearchQuery::parse(Table::Films, few));
    int asked = 0;
    QVERIFY(!query.fetchFirstUnless(CatalogTableModel::PageSize, [&] { return ++asked > 0; }));
    QCOMPARE(asked, 1);
    QVERIFY(query.fetchFirstUnless(CatalogTableModel::PageSize, [] { return false; }));

    // Time enough: the count comes with the first rows, and they are the reference's.
    CatalogTableModel model(*m_catalog, Table::Films);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    model.setCountBudget(60000);
    QVERIFY(model.setFilter(slow).isValid());
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), expected);
    for (const int row :
         {0, CatalogTableModel::PageSize - 1, CatalogTableModel::PageSize, expected - 1})
        QCOMPARE(model.idAt(row), reference.idAt(row));
    QVERIFY(model.setFilter(few).isValid());
    QVERIFY(!model.isCounting());
    reference.setFilter(few);
    QCOMPARE(model.rowCount(), reference.rowCount());
    for (int row = 0; row < reference.rowCount(); ++row)
        QCOMPARE(model.idAt(row), reference.idAt(row));

    // No time: the first page at once, the count when it comes, once.
    reference.setFilter(slow);
    model.setCountBudget(1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.setFilter(slow).isValid());
    if (model.isCounting()) { // unless the count beat the page on a quick machine
        QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
        QCOMPARE(inserted.size(), 1);
    }
    QCOMPARE(model.rowCount(), expected);
    for (const int row : {0, CatalogTableModel::PageSize, expected - 1})
        QCOMPARE(model.idAt(row), reference.idAt(row));
}

void TestLargeModel::selectionAndCurrentRowFollowTheirRowsThroughEverySort()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.setCountBudget(-1); // counts asserted at once, whatever the machine
    QItemSelectionModel selection(&model);
    const auto selectedIds = [&] {
        QList<qint64> ids;
        for (const QModelIndex &i : selection.selectedRows())
            ids.append(model.idAt(i.row()));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const auto select = [&](int first, int last) {
        selection.select(
            QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1)),
            QItemSelectionModel::Select);
    };
    // A few rows (each placed by counting) and then many (numbered in one pass), among them
    // rows without a year or a vote, which tie under those sorts.
    for (const bool many : {false, true}) {
        selection.clear();
        model.sort(int(FilmField::Title), Qt::AscendingOrder);
        select(3, 3);
        select(Films / 2, Films / 2 + 1);
        select(Films - 1, Films - 1);
        if (many)
            select(1000, 1040);
        selection.setCurrentIndex(model.index(Films / 3, 2), QItemSelectionModel::NoUpdate);
        const qint64 current = model.idAt(Films / 3);
        const QList<qint64> selected = selectedIds();
        QCOMPARE(selected.size(), many ? 45 : 4);
        for (const auto &[field, order] :
             {std::pair(FilmField::Year, Qt::DescendingOrder),
              std::pair(FilmField::TmdbVoteAverage, Qt::AscendingOrder),
              std::pair(FilmField::RuntimeMinutes, Qt::DescendingOrder),
              std::pair(FilmField::Title, Qt::DescendingOrder)}) {
            model.sort(int(field), order);
            QVERIFY(selection.currentIndex().isValid());
            QCOMPARE(model.idAt(selection.currentIndex().row()), current);
            QCOMPARE(selection.currentIndex().column(), 2);
            QCOMPARE(selectedIds(), selected);
        }
        // Narrowed by a search that keeps the current row, then widened again.
        QVERIFY(model.setFilter(QStringLiteral("harbours")).isValid());
        model.sort(int(FilmField::Year), Qt::AscendingOrder);
        QVERIFY(model.setFilter(QString()).isValid());
        model.sort(int(FilmField::Title), Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), Films);
    }
}

void TestLargeModel::reviewsAndCompaniesHoldABoundedNumberOfRows()
{
    // A review for every film and a company for every tenth, in one statement each.
    Sql::exec(m_catalog->database(),
              QStringLiteral("INSERT INTO reviews (film_id, critic, quote, score) SELECT id, "
                             "'Critic ' || (id % 500), 'Quote ' || id || ' of harbours', CASE "
                             "WHEN id % 5 = 0 THEN NULL ELSE id % 101 END FROM films"));
    Sql::exec(m_catalog->database(),
              QStringLiteral("INSERT INTO companies (name, name_key, country) SELECT 'Studio ' "
                             "|| printf('%06d', id), 'studio ' || printf('%06d', id), 'FR' FROM "
                             "films WHERE id % 10 = 0"));
    for (const auto &[table, rows] :
         {std::pair(Table::Reviews, Films), std::pair(Table::Companies, Films / 10)}) {
        CatalogTableModel model(*m_catalog, table);
        model.setCountBudget(-1); // counts asserted at once, whatever the machine
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), rows);
        QTableView view;
        view.setModel(&model);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int most = scrollEndToEnd(view, model, 30);
        // Sorted by every sortable column, going down: read from the far end as well.
        for (int field = 0; field < model.columnCount(); ++field) {
            if (!TableQuery::isSortable(table, field))
                continue;
            model.sort(field, Qt::DescendingOrder);
            QVERIFY(model.index(rows - 1, field).data(CatalogTableModel::IdRole).toLongLong() > 0);
            most = std::max(most, model.cachedRows());
        }
        const QString search = table == Table::Reviews ? QStringLiteral("harbours score:>=50")
                                                       : QStringLiteral("studio");
        QVERIFY(model.setFilter(search).isValid());
        QVERIFY(model.rowCount() > CatalogTableModel::PageSize);
        most = std::max(most, scrollEndToEnd(view, model, 30));
        QVERIFY(most > 0);
        QVERIFY2(most <= CatalogTableModel::MaxCachedRows,
                 qPrintable(QStringLiteral("%1 rows held").arg(most)));
    }
}

QTEST_MAIN(TestLargeModel)
#include "tst_largemodel.moc"
