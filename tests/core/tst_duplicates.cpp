#include "core/db/catalog.h"
#include "core/db/duplicates.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/error.h"
#include "core/io/marqueejson.h"
#include "core/io/samplecatalog.h"
#include "testutil.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// Finding likely duplicates with their evidence, merging them without losing anything, and
// undoing a merge.
class TestDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void titleKeysSetSpellingAside_data();
    void titleKeysSetSpellingAside();
    void duplicatesAreFoundWithTheirEvidence();
    void distinctFilmsAreNotDuplicates();
    void titlesAFewEditsApartAreAllFound();
    void mergeKeepsEverythingOfBoth();
    void undoPutsTheCatalogBack();
};

namespace {

qint64 addFilm(Catalog &catalog, const QString &title, std::optional<int> year,
               std::optional<int> runtime = {}, const QString &imdb = {})
{
    Film f;
    f.title = title;
    f.year = year;
    f.runtimeMinutes = runtime;
    f.imdbId = imdb;
    return FilmRepository(catalog).insert(f);
}

// The whole catalog as Marquee JSON, the times rows were added and changed included.
QByteArray wholeCatalog(Catalog &catalog)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MarqueeJsonExporter(catalog, {}).exportTo(&buffer);
    return buffer.data();
}

} // namespace

void TestDuplicates::titleKeysSetSpellingAside_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");
    QTest::newRow("case and punctuation") << "The Matrix!"
                                          << "matrix";
    QTest::newRow("accents") << "Cléo de 5 à 7"
                             << "cleo de 5 a 7";
    QTest::newRow("French article") << "Les Misérables"
                                    << "miserables";
    QTest::newRow("elided article") << "L'Avventura"
                                    << "avventura";
    QTest::newRow("an article alone stays") << "The"
                                            << "the";
    QTest::newRow("inner spaces") << "Dune:  Part Two"
                                  << "dune part two";
}

void TestDuplicates::titleKeysSetSpellingAside()
{
    QFETCH(QString, title);
    QFETCH(QString, key);
    QCOMPARE(DuplicateFinder::titleKey(title), key);
}

void TestDuplicates::duplicatesAreFoundWithTheirEvidence()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    FilmRepository films(*catalog);
    const qint64 truman = *films.findByTitleYear(QStringLiteral("The Truman Show"), 1998);
    const qint64 shutter = *films.findByTitleYear(QStringLiteral("Shutter Island"), 2010);
    Film s = films.find(shutter).value();
    s.runtimeMinutes = 138;
    films.update(s);
    const qint64 a = addFilm(*catalog, QStringLiteral("Truman Show"), 1998);
    const qint64 b = addFilm(*catalog, QStringLiteral("Shuter Island"), 2010, 138);
    const qint64 c =
        addFilm(*catalog, QStringLiteral("Backstage"), 2005, 112, QStringLiteral("tt0475289"));
    const qint64 d = addFilm(*catalog, QStringLiteral("Backstage (director's cut)"), 2006, 120,
                             QStringLiteral("tt0475289"));

    const QList<DuplicateGroup> groups = DuplicateFinder(*catalog).find();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[0].reason, DuplicateGroup::Reason::ImdbId);
    QCOMPARE(groups[0].films, (QList<qint64>{c, d}));
    QCOMPARE(groups[0].evidence, QStringLiteral("same IMDb id tt0475289"));
    // The Backstage added is in the IMDb group already: a film is in one group at most.
    bool trumanFound = false;
    bool shutterFound = false;
    for (const DuplicateGroup &g : groups) {
        if (g.films == QList<qint64>{truman, a}) {
            trumanFound = true;
            QCOMPARE(g.evidence, QStringLiteral("same title and year: \"The Truman Show\" (1998)"));
        }
        if (g.films == QList<qint64>{shutter, b}) {
            shutterFound = true;
            QCOMPARE(g.reason, DuplicateGroup::Reason::SimilarTitle);
            QVERIFY(g.evidence.contains(QStringLiteral("same year 2010 and runtime 138 min")));
        }
    }
    QVERIFY(trumanFound);
    QVERIFY(shutterFound);
}

void TestDuplicates::distinctFilmsAreNotDuplicates()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog); // two films called Backstage, 2000 and 2005
    addFilm(*catalog, QStringLiteral("Heat"), 1995, 170);
    addFilm(*catalog, QStringLiteral("Heal"), 1995, 95); // one letter apart, other runtime
    QVERIFY(DuplicateFinder(*catalog).find().isEmpty());
}

void TestDuplicates::titlesAFewEditsApartAreAllFound()
{
    // Pairs of titles one or two edits apart (a letter added, dropped or changed, anywhere),
    // each pair alone with its year and runtime: every pair is found. Three edits apart, none.
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    QRandomGenerator random(11);
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    const auto edited = [&](QString key, int edits) {
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(key.size()));
            const QChar letter = alphabet[random.bounded(alphabet.size())];
            switch (random.bounded(3)) {
            case 0:
                key.insert(at, letter);
                break;
            case 1:
                key.remove(at, 1);
                break;
            default:
                // A different letter, so that the edit counts.
                key[at] = key[at] == letter ? (letter == u'a' ? u'b' : u'a') : letter;
            }
        }
        return key;
    };
    QList<QList<qint64>> near, far;
    for (int i = 0; i < 300; ++i) {
        QString title;
        for (int n = 12 + random.bounded(10); n > 0; --n)
            title += alphabet[random.bounded(26)];
        const int edits = 1 + i % 3;
        const QString other = edited(title, edits);
        if (DuplicateFinder::titleKey(other).size() < 10 || other == title)
            continue;
        const int year = 1900 + i % 120;
        const int runtime = 60 + i;
        const QList<qint64> pair = {addFilm(*catalog, title, year, runtime),
                                    addFilm(*catalog, other, year, runtime)};
        // A third edit may undo an earlier one: far only when truly three apart.
        (edits < 3 ? near : far).append(pair);
    }
    QSet<QList<qint64>> found;
    for (const DuplicateGroup &group : DuplicateFinder(*catalog).find()) {
        QCOMPARE(group.reason, DuplicateGroup::Reason::SimilarTitle);
        found.insert(group.films);
    }
    for (const QList<qint64> &pair : std::as_const(near))
        QVERIFY2(found.contains(pair),
                 qPrintable(QStringLiteral("%1 and %2").arg(pair[0]).arg(pair[1])));
    QVERIFY(near.size() > 150);
    int farFound = 0;
    for (const QList<qint64> &pair : std::as_const(far))
        farFound += found.contains(pair);
    QVERIFY(farFound < far.size() / 4); // three edits can cancel out; most stay apart
}

void TestDuplicates::mergeKeepsEverythingOfBoth()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    FilmRepository films(*catalog);
    const qint64 keep = *films.findByTitleYear(QStringLiteral("Backstage"), 2005);
    const qint64 reviewsBefore = ReviewRepository(*catalog).count();

    Film other;
    other.title = QStringLiteral("backstage");
    other.year = 2005;
    other.imdbId = QStringLiteral("tt0475289");
    other.synopsis = QStringLiteral("A shorter synopsis.");
    other.genres = {QStringLiteral("Drama")};
    other.tags = {QStringLiteral("festival")};
    other.viewings = {QDate(2024, 2, 14), QDate(2023, 1, 9)};
    other.credits = {{CreditRole::Writer, QStringLiteral("Jérôme Tonnerre"), {}}};
    const qint64 dup = films.insert(other);
    films.setPoster(dup, QByteArray("\x89PNG fake", 9), QStringLiteral("image/png"));
    Review review;
    review.filmId = dup;
    review.quote = QStringLiteral("Seen twice.");
    ReviewRepository(*catalog).insert(review);
    // A film that names the duplicate as related names the kept film after the merge.
    const qint64 perfect = *films.findByTitleYear(QStringLiteral("Perfect Sense"), 2011);
    Film p = films.find(perfect).value();
    p.relatedFilmIds = {dup};
    films.update(p);

    FilmMerger merger(*catalog);
    const Film preview = merger.preview(keep, {dup}, {{int(FilmField::Synopsis), dup}});
    QCOMPARE(preview.synopsis, QStringLiteral("A shorter synopsis."));
    QCOMPARE(preview.title, QStringLiteral("Backstage"));  // the kept film's, by default
    QCOMPARE(preview.imdbId, QStringLiteral("tt0475289")); // filled from the other
    merger.merge(keep, {dup}, {{int(FilmField::Synopsis), dup}});

    QVERIFY(!films.exists(dup));
    const Film merged = films.find(keep).value();
    QCOMPARE(merged.synopsis, QStringLiteral("A shorter synopsis."));
    QCOMPARE(merged.imdbId, QStringLiteral("tt0475289"));
    QVERIFY(merged.genres.contains(QStringLiteral("Drama")));
    QCOMPARE(merged.tags, QStringList{"festival"});
    QCOMPARE(merged.viewings, (QList<QDate>{QDate(2023, 1, 9), QDate(2024, 2, 14)}));
    QVERIFY(
        merged.credits.contains(Credit{CreditRole::Writer, QStringLiteral("Jérôme Tonnerre"), {}}));
    QVERIFY(merged.credits.contains(
        Credit{CreditRole::Director, QStringLiteral("Emmanuelle Bercot"), {}}));
    QCOMPARE(merged.relatedFilmIds.size(), 14);
    QCOMPARE(ReviewRepository(*catalog).count(), reviewsBefore + 1);
    QCOMPARE(ReviewRepository(*catalog).forFilm(keep).size(), 21);
    QVERIFY(films.hasPoster(keep));
    QCOMPARE(films.find(perfect)->relatedFilmIds, QList<qint64>{keep});
    QCOMPARE(catalog->check(), QStringList());
    QCOMPARE(TestUtil::filmSearchDifference(*catalog), QString());
}

void TestDuplicates::undoPutsTheCatalogBack()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    FilmRepository films(*catalog);
    const qint64 keep = *films.findByTitleYear(QStringLiteral("Backstage"), 2005);
    const qint64 other = *films.findByTitleYear(QStringLiteral("Backstage"), 2000);
    const qint64 perfect = *films.findByTitleYear(QStringLiteral("Perfect Sense"), 2011);
    Film p = films.find(perfect).value();
    p.relatedFilmIds = {other, keep};
    films.update(p);
    // Times long past, so that an undo stamping "now" anywhere would show.
    const QDateTime past(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    for (const qint64 id : films.ids())
        films.setTimestamps(id, past, past.addDays(id));
    const QByteArray before = wholeCatalog(*catalog);

    FilmMerger merger(*catalog);
    const FilmMerger::Record record = merger.merge(keep, {other});
    QVERIFY(!films.exists(other));
    QVERIFY(wholeCatalog(*catalog) != before);
    merger.undo(record);
    QCOMPARE(wholeCatalog(*catalog), before);
    QCOMPARE(catalog->check(), QStringList());
    QCOMPARE(TestUtil::filmSearchDifference(*catalog), QString());

    QVERIFY_THROWS_EXCEPTION(Error, merger.merge(keep, {}));

    // The kept film deleted elsewhere after a merge: undo says so, and changes nothing.
    const FilmMerger::Record again = merger.merge(keep, {other});
    films.remove(keep);
    const QByteArray gone = wholeCatalog(*catalog);
    QVERIFY_THROWS_EXCEPTION(Error, merger.undo(again));
    QCOMPARE(wholeCatalog(*catalog), gone);
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
