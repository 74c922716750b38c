#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/io/formats.h"
#include "core/io/tellico.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// Tellico video collections, as a .tc archive with its images and as plain XML with the
// images inside.
class TestTellico : public QObject
{
    Q_OBJECT

private slots:
    void videoCollectionsImport_data();
    void videoCollectionsImport();
    void otherCollectionsAreRefused();
};

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MARQUEE_TEST_DATA "/tellico/") + QLatin1String(name);
}

} // namespace

void TestTellico::videoCollectionsImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("badLine");
    QTest::newRow(".tc archive") << fixture("videos.tc") << 65ll;
    QTest::newRow("plain XML") << fixture("videos.xml") << 65ll;
}

void TestTellico::videoCollectionsImport()
{
    QFETCH(QString, file);
    QFETCH(qint64, badLine);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const FileFormat *format = detectImportFormat(file);
    QVERIFY(format);
    QCOMPARE(format->name, QStringLiteral("tellico"));
    const ImportReport report = format->importer(*catalog, {})->importFile(file);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.issues.first().line, badLine);
    QCOMPARE(report.issues.first().field, QStringLiteral("year"));

    FilmRepository films(*catalog);
    const qint64 id = *films.findByTitleYear(QStringLiteral("Backstage"), 2005);
    const Film f = films.find(id).value();
    QCOMPARE(f.certification, QStringLiteral("R"));
    QCOMPARE(f.runtimeMinutes, 112);
    QCOMPARE(f.genres, (QStringList{"Drama", "Music"}));
    QCOMPARE(f.countries, QStringList{"FR"});
    QCOMPARE(f.originalLanguage, QStringLiteral("fr"));
    QCOMPARE(f.imdbId, QStringLiteral("tt0475289"));
    QCOMPARE(f.myRating, 8.0); // 4 of 5 stars
    QCOMPARE(f.notes, QStringLiteral("Bought in Paris."));
    QCOMPARE(f.tags, (QStringList{"DVD", "festival"}));
    QCOMPARE(f.companies, QStringList{"Haut et Court"});
    QCOMPARE(f.credits,
             (QList<Credit>{
                 {CreditRole::Director, QStringLiteral("Emmanuelle Bercot"), {}},
                 {CreditRole::Writer, QStringLiteral("Emmanuelle Bercot"), {}},
                 {CreditRole::Writer, QStringLiteral("Jérôme Tonnerre"), {}},
                 {CreditRole::Cast, QStringLiteral("Emmanuelle Seigner"), QStringLiteral("Lauren")},
                 {CreditRole::Cast, QStringLiteral("Isild Le Besco"), QStringLiteral("Lucie")}}));
    QString mime;
    QVERIFY(films.poster(id, &mime).startsWith("\x89PNG"));
    QCOMPARE(mime, QStringLiteral("image/png"));
    QVERIFY(films.findByTitleYear(QStringLiteral("Vivre sa vie"), 1962));
}

void TestTellico::otherCollectionsAreRefused()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report = TellicoImporter(*catalog, {}).importFile(fixture("books.xml"));
    QVERIFY2(report.fatal.contains(QStringLiteral("a Tellico collection of type 2, not of videos")),
             qPrintable(report.fatal));
    const QString cut = TestUtil::writeFile(dir, QStringLiteral("cut.xml"),
                                            TestUtil::readFile(fixture("videos.xml")).left(900));
    const ImportReport damaged = TellicoImporter(*catalog, {}).importFile(cut);
    QVERIFY2(damaged.fatal.contains(QStringLiteral("the file is damaged")),
             qPrintable(damaged.fatal));
    QCOMPARE(FilmRepository(*catalog).count(), 0);
}

QTEST_GUILESS_MAIN(TestTellico)
#include "tst_tellico.moc"
