#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/io/samplecatalog.h"
#include "core/models/catalogtablemodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

class TestCatalogTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyTablePassesTheModelTester_data();
    void everyTablePassesTheModelTester();
    void showsTheSampleFilmsWithFormattedValues();
    void sortsInTheDatabase();
    void filterNarrowsByTitleCompanyOrCritic();
    void editIsSavedWithItsRowVersion();
    void creditsAreEditedAsText();
    void tagsAreEditedAndFound();
    void peopleAreListedRenamedAndSearched();
    void invalidEditIsRefusedAndNothingChanges_data();
    void invalidEditIsRefusedAndNothingChanges();
    void rowChangedElsewhereIsReportedNotOverwritten();
    void editThatMovesARowKeepsEveryRowInItsPlace();
    void editThatTakesARowOutOfTheFilterUpdatesTheCount();
    void newWrittenScoreBringsItsNormalizedScore();
    void reviewMovesToTheFilmPicked();
    void readOnlyCatalogHasNoEditableCells();
    void memoryStaysBoundedWhileScrolling();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestCatalogTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = TestUtil::newCatalog(*m_dir);
    loadSampleCatalog(*m_catalog);
}

void TestCatalogTableModel::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestCatalogTableModel::everyTablePassesTheModelTester_data()
{
    QTest::addColumn<Table>("table");
    QTest::newRow("films") << Table::Films;
    QTest::newRow("companies") << Table::Companies;
    QTest::newRow("reviews") << Table::Reviews;
    QTest::newRow("people") << Table::People;
}

void TestCatalogTableModel::everyTablePassesTheModelTester()
{
    QFETCH(Table, table);
    CatalogTableModel model(*m_catalog, table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int c = 0; c < model.columnCount(); ++c)
        model.sort(c, c % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    model.setFilter(QStringLiteral("back"));
    model.setFilter(QString());
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
}

void TestCatalogTableModel::showsTheSampleFilmsWithFormattedValues()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(model.totalCount(), 16);
    model.sort(int(FilmField::Year), Qt::DescendingOrder);
    QCOMPARE(model.index(0, int(FilmField::Title)).data().toString(),
             QStringLiteral("Dune: Part Two"));
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    const int row = model.rowOfId(
        *FilmRepository(*m_catalog).findByTitleYear(QStringLiteral("Backstage"), 2005));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, int(FilmField::RuntimeMinutes)).data().toString(),
             QStringLiteral("1 h 52 min"));
    QCOMPARE(model.index(row, int(FilmField::RuntimeMinutes)).data(Qt::EditRole).toInt(), 112);
    QCOMPARE(model.index(row, int(FilmField::Companies)).data().toString(),
             QStringLiteral("Haut et Court; ARTE France Cinéma; StudioCanal"));
    QCOMPARE(model.index(row, int(FilmField::CriticsScore)).data(Qt::EditRole).toDouble(), 61.8);
    QCOMPARE(model.index(row, int(FilmField::CriticsCount)).data().toString(),
             QStringLiteral("14"));
    QCOMPARE(model.index(row, int(FilmField::ReleaseDate)).data(Qt::EditRole).toDate(),
             QDate(2005, 11, 16));
}

void TestCatalogTableModel::sortsInTheDatabase()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.sort(int(FilmField::TmdbVoteAverage), Qt::DescendingOrder);
    QCOMPARE(model.index(0, int(FilmField::Title)).data().toString(),
             QStringLiteral("The Shawshank Redemption"));
    model.sort(int(FilmField::Year), Qt::AscendingOrder);
    QList<int> years;
    for (int r = 0; r < model.rowCount(); ++r)
        years.append(model.index(r, int(FilmField::Year)).data(Qt::EditRole).toInt());
    QVERIFY(std::is_sorted(years.begin(), years.end()));
    QCOMPARE(years.first(), 1989);
}

void TestCatalogTableModel::filterNarrowsByTitleCompanyOrCritic()
{
    CatalogTableModel films(*m_catalog, Table::Films);
    QSignalSpy counts(&films, &CatalogTableModel::countsChanged);
    films.setFilter(QStringLiteral("backstage"));
    QCOMPARE(films.rowCount(), 2);
    QCOMPARE(films.totalCount(), 16);
    films.setFilter(QStringLiteral("studiocanal"));
    QCOMPARE(films.rowCount(), 1);
    films.setFilter(QStringLiteral("title:the  title:SHOW"));
    QCOMPARE(films.rowCount(), 1);
    films.setFilter(QStringLiteral("ARTE FRANCE CINÉMA"));
    QCOMPARE(films.rowCount(), 1); // case ignored beyond ASCII too
    films.setFilter(QStringLiteral("100%_"));
    QCOMPARE(films.rowCount(), 0); // LIKE wildcards are matched literally
    QCOMPARE(counts.size(), 5);
    // An invalid query changes nothing and says where it goes wrong.
    films.setFilter(QStringLiteral("backstage"));
    const SearchQuery bad = films.setFilter(QStringLiteral("backstage year:"));
    QVERIFY(!bad.isValid());
    QCOMPARE(bad.error().position, 10);
    QCOMPARE(films.rowCount(), 2);
    QCOMPARE(films.filter(), QStringLiteral("backstage"));
    QCOMPARE(counts.size(), 6);

    CatalogTableModel reviews(*m_catalog, Table::Reviews);
    reviews.setFilter(QStringLiteral("All About Eve"));
    QCOMPARE(reviews.rowCount(), 1);
}

void TestCatalogTableModel::editIsSavedWithItsRowVersion()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    const QModelIndex cell = model.index(0, int(FilmField::MyRating));
    const qint64 id = model.idAt(0);
    const qint64 version = FilmRepository(*m_catalog).find(id)->rowVersion;
    QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
    QVERIFY(model.setData(cell, 8.5));
    QVERIFY(model.setData(model.index(0, int(FilmField::WatchedOn)), QDate(2025, 12, 24)));
    QVERIFY(model.setData(model.index(0, int(FilmField::Genres)), QStringLiteral("Drama; Music")));
    const Film stored = FilmRepository(*m_catalog).find(id).value();
    QCOMPARE(stored.myRating, 8.5);
    QCOMPARE(stored.watchedOn, QDate(2025, 12, 24));
    QCOMPARE(stored.genres, (QStringList{QStringLiteral("Drama"), QStringLiteral("Music")}));
    QCOMPARE(stored.rowVersion, version + 3); // one saved update per edit
    QCOMPARE(model.index(0, int(FilmField::MyRating)).data(Qt::EditRole).toDouble(), 8.5);
}

void TestCatalogTableModel::peopleAreListedRenamedAndSearched()
{
    CatalogTableModel model(*m_catalog, Table::People);
    QCOMPARE(model.rowCount(), 7);
    model.sort(int(PersonField::Name), Qt::AscendingOrder);
    QCOMPARE(model.index(0, int(PersonField::Name)).data().toString(),
             QStringLiteral("Chris Fiore"));
    QCOMPARE(model.index(0, int(PersonField::Roles)).data().toString(), QStringLiteral("director"));
    QCOMPARE(model.index(0, int(PersonField::FilmCount)).data().toInt(), 1);
    QVERIFY(!(model.flags(model.index(0, int(PersonField::FilmCount))) & Qt::ItemIsEditable));
    model.setFilter(QStringLiteral("role:cast emmanuelle"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.setData(model.index(0, int(PersonField::Name)),
                          QStringLiteral("Emmanuelle Seigner-Polanski")));
    QVERIFY(!model.setData(model.index(0, int(PersonField::Name)), QStringLiteral("dmx")));
    CatalogTableModel films(*m_catalog, Table::Films);
    films.setFilter(QStringLiteral("cast:polanski"));
    QCOMPARE(films.rowCount(), 1);
    QCOMPARE(films.index(0, int(FilmField::Cast)).data().toString(),
             QStringLiteral("Emmanuelle Seigner-Polanski (Lauren); Isild Le Besco (Lucie)"));
}

void TestCatalogTableModel::tagsAreEditedAndFound()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    QVERIFY(model.setData(model.index(0, int(FilmField::Tags)),
                          QStringLiteral("Festival 2024; watchlist; festival 2024")));
    const qint64 id = model.idAt(0);
    QCOMPARE(FilmRepository(*m_catalog).find(id)->tags,
             (QStringList{"Festival 2024", "watchlist"})); // the same tag once, ignoring case
    model.setFilter(QStringLiteral("tag:\"festival 2024\""));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), id);
    model.setFilter(QStringLiteral("no:tags"));
    QCOMPARE(model.rowCount(), 15);
}

void TestCatalogTableModel::creditsAreEditedAsText()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.setFilter(QStringLiteral("director:bercot"));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex cast = model.index(0, int(FilmField::Cast));
    QCOMPARE(cast.data().toString(),
             QStringLiteral("Emmanuelle Seigner (Lauren); Isild Le Besco (Lucie)"));
    QVERIFY(model.setData(cast, QStringLiteral("Isild Le Besco (Lucie); Emmanuelle Seigner "
                                               "(Lauren); Noémie Lvovsky")));
    QVERIFY(model.setData(model.index(0, int(FilmField::Writers)),
                          QStringLiteral("Emmanuelle Bercot; Jérôme Tonnerre")));
    const Film stored = FilmRepository(*m_catalog).find(model.idAt(0)).value();
    QCOMPARE(stored.credits,
             (QList<Credit>{
                 {CreditRole::Director, QStringLiteral("Emmanuelle Bercot"), {}},
                 {CreditRole::Writer, QStringLiteral("Emmanuelle Bercot"), {}},
                 {CreditRole::Writer, QStringLiteral("Jérôme Tonnerre"), {}},
                 {CreditRole::Cast, QStringLiteral("Isild Le Besco"), QStringLiteral("Lucie")},
                 {CreditRole::Cast, QStringLiteral("Emmanuelle Seigner"), QStringLiteral("Lauren")},
                 {CreditRole::Cast, QStringLiteral("Noémie Lvovsky"), {}}}));
}

void TestCatalogTableModel::invalidEditIsRefusedAndNothingChanges_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty title") << int(FilmField::Title) << QVariant(QString())
                                 << "title is required";
    QTest::newRow("year 1700") << int(FilmField::Year) << QVariant(1700) << "outside 1870-2100";
    QTest::newRow("runtime text") << int(FilmField::RuntimeMinutes)
                                  << QVariant(QStringLiteral("long")) << "not a runtime";
    QTest::newRow("status") << int(FilmField::Status) << QVariant(QStringLiteral("Lost"))
                            << "not a status";
    QTest::newRow("rating 11") << int(FilmField::MyRating) << QVariant(11.0) << "outside 0-10";
    QTest::newRow("country") << int(FilmField::Countries) << QVariant(QStringLiteral("Atlantis"))
                             << "not a country";
}

void TestCatalogTableModel::invalidEditIsRefusedAndNothingChanges()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QString, reason);
    CatalogTableModel model(*m_catalog, Table::Films);
    const qint64 id = model.idAt(0);
    const Film before = FilmRepository(*m_catalog).find(id).value();
    const QModelIndex cell = model.index(0, field);
    QVERIFY2(model.validateCell(cell, value).contains(reason),
             qPrintable(model.validateCell(cell, value)));
    QSignalSpy failed(&model, &CatalogTableModel::editFailed);
    QVERIFY(!model.setData(cell, value));
    QCOMPARE(failed.size(), 1);
    QVERIFY(model.lastError().contains(reason));
    QVERIFY(FilmRepository(*m_catalog).find(id).value() == before);
}

void TestCatalogTableModel::rowChangedElsewhereIsReportedNotOverwritten()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    const qint64 id = model.idAt(0);
    QVERIFY(model.index(0, 0).data().isValid()); // the row is read
    // Another window or process saves the film meanwhile.
    {
        auto other = Catalog::open(m_catalog->path());
        FilmRepository films(*other);
        Film film = films.find(id).value();
        film.notes = QStringLiteral("saved elsewhere");
        films.update(film);
    }
    QVERIFY(!model.setData(model.index(0, int(FilmField::Notes)), QStringLiteral("mine")));
    QVERIFY(model.lastError().contains(QStringLiteral("changed elsewhere")));
    QCOMPARE(FilmRepository(*m_catalog).find(id)->notes, QStringLiteral("saved elsewhere"));
    // The row was re-read, so the next edit goes through.
    QVERIFY(model.setData(model.index(0, int(FilmField::Notes)), QStringLiteral("mine")));
}

void TestCatalogTableModel::editThatMovesARowKeepsEveryRowInItsPlace()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(int(FilmField::Title), Qt::AscendingOrder);
    const auto titles = [this] {
        QHash<qint64, QString> byId;
        FilmRepository films(*m_catalog);
        for (qint64 id = 1; id <= 16; ++id)
            byId.insert(id, films.find(id)->title);
        return byId;
    };
    const QHash<qint64, QString> before = titles();
    const int last = model.rowCount() - 1;
    const qint64 id = model.idAt(last);
    const QString old = model.index(last, 0).data().toString();
    QPersistentModelIndex current(model.index(last, 0));
    QVERIFY(model.index(0, 0).data().isValid()); // the first page is read and kept
    QVERIFY(model.setData(model.index(last, 0), QStringLiteral("Aaa")));
    QCOMPARE(model.idAt(0), id); // it moved to the top of the order
    QCOMPARE(current.row(), 0);  // and the current row went with it
    QVERIFY(model.setValue(id, model.storedRowVersion(id), 0, old)); // as undo does
    QCOMPARE(titles(), before);                                      // no other film was touched
    QCOMPARE(model.idAt(last), id);
}

void TestCatalogTableModel::editThatTakesARowOutOfTheFilterUpdatesTheCount()
{
    CatalogTableModel model(*m_catalog, Table::Films);
    model.setFilter(QStringLiteral("title:backstage"));
    QCOMPARE(model.rowCount(), 2);
    const qint64 id = model.idAt(0);
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Frontstage")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 16);
    // Undo reaches the row by id although the filter no longer shows it.
    QVERIFY(model.setValue(id, model.storedRowVersion(id), 0, QStringLiteral("Backstage")));
    QCOMPARE(model.rowCount(), 2);
    // A stale version is a conflict, shown or not.
    QVERIFY(!model.setValue(id, model.storedRowVersion(id) - 1, 0, QStringLiteral("X")));
    QVERIFY(model.lastError().contains(QStringLiteral("changed elsewhere")));
}

void TestCatalogTableModel::newWrittenScoreBringsItsNormalizedScore()
{
    CatalogTableModel model(*m_catalog, Table::Reviews);
    const qint64 id = model.idAt(0);
    QVERIFY(model.setData(model.index(0, int(ReviewField::OriginalScore)), QStringLiteral("B+")));
    QCOMPARE(ReviewRepository(*m_catalog).find(id)->score, 83.0);
    QVERIFY(!(model.flags(model.index(0, int(ReviewField::FilmYear))) & Qt::ItemIsEditable));
}

void TestCatalogTableModel::reviewMovesToTheFilmPicked()
{
    CatalogTableModel model(*m_catalog, Table::Reviews);
    const qint64 id = model.idAt(0);
    const QModelIndex film = model.index(0, int(ReviewField::FilmTitle));
    QCOMPARE(film.data(Qt::EditRole).toString(), QStringLiteral("Backstage (2005)"));
    QVERIFY(model.validateCell(film, QStringLiteral("Nowhere (1999)"))
                .contains(QStringLiteral("no film")));
    QVERIFY(model.setData(film, QStringLiteral("Backstage (2000)")));
    QCOMPARE(ReviewRepository(*m_catalog).find(id)->filmId,
             *FilmRepository(*m_catalog).findByTitleYear(QStringLiteral("Backstage"), 2000));
    QCOMPARE(model.index(0, int(ReviewField::FilmYear)).data().toString(), QStringLiteral("2000"));
    QCOMPARE(FilmRepository(*m_catalog).titlesStartingWith(QStringLiteral("back"), 10),
             (QStringList{QStringLiteral("Backstage (2000)"), QStringLiteral("Backstage (2005)")}));
}

void TestCatalogTableModel::readOnlyCatalogHasNoEditableCells()
{
    const QString path = m_catalog->path();
    m_catalog.reset();
    Catalog::Options options;
    options.readOnly = true;
    m_catalog = Catalog::open(path, options);
    CatalogTableModel model(*m_catalog, Table::Films);
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!(model.flags(model.index(0, c)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("X")));
}

void TestCatalogTableModel::memoryStaysBoundedWhileScrolling()
{
    {
        FilmRepository films(*m_catalog);
        Transaction transaction(*m_catalog);
        for (int i = 0; i < 20000; ++i) {
            Film f;
            f.title = QStringLiteral("Generated %1").arg(i, 5, 10, QLatin1Char('0'));
            f.year = 1900 + i % 120;
            films.insert(f);
        }
        transaction.commit();
    }
    CatalogTableModel model(*m_catalog, Table::Films);
    QCOMPARE(model.rowCount(), 20016);
    int peak = 0;
    for (int r = 0; r < model.rowCount(); r += 37) {
        QVERIFY(model.index(r, 0).data().isValid());
        peak = std::max(peak, model.cachedRows());
    }
    QVERIFY(model.index(model.rowCount() - 1, 0).data().isValid()); // the last row, directly
    QVERIFY2(peak <= 24 * 128, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestCatalogTableModel)
#include "tst_catalogtablemodel.moc"
