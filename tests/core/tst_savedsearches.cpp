// Saved searches: kept under a name per table, checked before they are kept, counted.

#include "../testutil.h"

#include "core/db/catalog.h"
#include "core/db/savedsearchrepository.h"
#include "core/db/sql.h"
#include "core/domain/error.h"
#include "core/io/samplecatalog.h"
#include "core/models/savedsearchmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Marquee;

class TestSavedSearches : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keptInOrderAndCounted();
    void refusedWithTheReason_data();
    void refusedWithTheReason();
    void editedAndDeleted();
    void modelShowsCountsAndReportsRefusals();
    void largeTablesAreCountedInTheBackground();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestSavedSearches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = TestUtil::newCatalog(*m_dir);
    loadSampleCatalog(*m_catalog);
}

void TestSavedSearches::keptInOrderAndCounted()
{
    SavedSearchRepository repository(*m_catalog);
    const qint64 a = repository.insert(
        {0, QStringLiteral("Both Backstages"), Table::Films, QStringLiteral("title:backstage")});
    const qint64 b = repository.insert(
        {0, QStringLiteral("Scored reviews"), Table::Reviews, QStringLiteral("has:score")});
    // The same name may serve another table.
    repository.insert(
        {0, QStringLiteral("Both Backstages"), Table::Reviews, QStringLiteral("film:backstage")});
    const QList<SavedSearch> list = repository.list();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].id, a);
    QCOMPARE(list[1].id, b);
    QCOMPARE(list[0].query, QStringLiteral("title:backstage"));
    QCOMPARE(repository.count(list[0]), 2);
    QCOMPARE(repository.count(list[1]), 14);
    QCOMPARE(repository.count(list[2]), 20);
}

void TestSavedSearches::refusedWithTheReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no name") << "  "
                             << "year:2000"
                             << "needs a name";
    QTest::newRow("invalid query") << "Broken"
                                   << "year:>=20x0"
                                   << "column 1: year: expects";
    QTest::newRow("field of another table") << "Scores"
                                            << "score:>80"
                                            << "Unknown field";
    QTest::newRow("name taken") << "Taken"
                                << "year:2000"
                                << "already called \"Taken\"";
}

void TestSavedSearches::refusedWithTheReason()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QFETCH(QString, reason);
    SavedSearchRepository repository(*m_catalog);
    repository.insert({0, QStringLiteral("Taken"), Table::Films, QStringLiteral("year:1999")});
    try {
        repository.insert({0, name, Table::Films, query});
        QFAIL("the search was kept");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
    QCOMPARE(repository.list().size(), 1);
}

void TestSavedSearches::editedAndDeleted()
{
    SavedSearchRepository repository(*m_catalog);
    SavedSearch search{0, QStringLiteral("Old"), Table::Films, QStringLiteral("year:<1990")};
    search.id = repository.insert(search);
    search.name = QStringLiteral("Recent");
    search.query = QStringLiteral("year:>=2015");
    repository.update(search);
    QCOMPARE(repository.list(), QList<SavedSearch>{search});
    QCOMPARE(repository.count(search), 8);
    SavedSearch broken = search;
    broken.query = QStringLiteral("(year:2015");
    QVERIFY_THROWS_EXCEPTION(Error, repository.update(broken));
    QCOMPARE(repository.list().first().query, QStringLiteral("year:>=2015")); // unchanged
    repository.remove(search.id);
    QVERIFY(repository.list().isEmpty());
}

void TestSavedSearches::modelShowsCountsAndReportsRefusals()
{
    SavedSearchModel model(*m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model
                .add({0, QStringLiteral("Documentaries"), Table::Films,
                      QStringLiteral("type:documentary")})
                .isEmpty());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("Documentaries (1)"));
    QCOMPARE(first.data(SavedSearchModel::CountRole).toLongLong(), 1);
    QCOMPARE(first.data(SavedSearchModel::QueryRole).toString(),
             QStringLiteral("type:documentary"));
    QVERIFY(model.add({0, QStringLiteral("Bad"), Table::Films, QStringLiteral("type:")})
                .contains(QStringLiteral("needs a value")));
    QCOMPARE(model.rowCount(), 1);
    SavedSearch changed = model.searchAt(0);
    changed.query = QStringLiteral("type:movie");
    QVERIFY(model.change(changed).isEmpty());
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Documentaries (15)"));
    QVERIFY(model.remove(changed.id).isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestSavedSearches::largeTablesAreCountedInTheBackground()
{
    // 20,000 films more: a table too large to count every saved search in the foreground
    // after every write.
    TestUtil::addFilms(*m_catalog, 20000, QStringLiteral("title, title_key, year"),
                       QStringLiteral("'Film ' || i, 'film ' || i, 1900 + i % 100"));
    SavedSearchRepository repository(*m_catalog);
    const QList<SavedSearch> searches = {
        {0, QStringLiteral("Old"), Table::Films, QStringLiteral("year:<1950")},
        {0, QStringLiteral("Companies"), Table::Companies, QStringLiteral("haut")},
        {0, QStringLiteral("Recent"), Table::Films, QStringLiteral("year:>=1990 film")},
    };
    for (SavedSearch search : searches)
        repository.insert(search);
    const auto expected = [&] {
        QList<qint64> counts;
        for (const SavedSearch &search : repository.list())
            counts.append(repository.count(search));
        return counts;
    };
    const auto shown = [](const SavedSearchModel &model) {
        QList<qint64> counts;
        for (int row = 0; row < model.rowCount(); ++row)
            counts.append(model.index(row).data(SavedSearchModel::CountRole).toLongLong());
        return counts;
    };

    SavedSearchModel model(*m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy known(&model, &SavedSearchModel::countsKnown);
    // The films' searches wait for the background; the companies (a small table) are counted
    // at once.
    QVERIFY(model.isCounting());
    QCOMPARE(shown(model), (QList<qint64>{-1, expected()[1], -1}));
    QVERIFY(known.wait(20000));
    QVERIFY(!model.isCounting());
    QCOMPARE(shown(model), expected());
    QVERIFY(expected()[0] >= 10000);
    QCOMPARE(changed.size(), 2); // one row at a time, as each count came

    // After a write, the counts from before stay until the new ones come.
    const QList<qint64> before = expected();
    Sql::exec(m_catalog->database(), QStringLiteral("DELETE FROM films WHERE year < 1910"));
    model.refresh();
    QVERIFY(model.isCounting());
    QCOMPARE(shown(model), before);
    QVERIFY(known.wait(20000));
    QCOMPARE(shown(model), expected());
    QVERIFY(shown(model) != before);

    // A write and a refresh while counting: the counts in flight, of the films before the
    // write, are dropped; the new ones are right.
    model.refresh();
    const QList<qint64> beforeWrite = expected();
    Sql::exec(m_catalog->database(), QStringLiteral("DELETE FROM films WHERE year < 1920"));
    model.refresh();
    QVERIFY(known.wait(20000));
    QTest::qWait(200); // a stale count arriving late would change them
    QCOMPARE(known.size(), 3);
    QCOMPARE(shown(model), expected());
    QVERIFY(shown(model) != beforeWrite);

    // A refresh that leaves nothing to count ends the counting, and says so.
    model.refresh();
    QVERIFY(model.isCounting());
    for (const SavedSearch &search : repository.list()) {
        if (search.table == Table::Films)
            repository.remove(search.id);
    }
    model.refresh();
    QVERIFY(!model.isCounting());
    QCOMPARE(known.size(), 4);
}

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
