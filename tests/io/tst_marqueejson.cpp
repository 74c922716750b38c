#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/db/savedsearchrepository.h"
#include "core/io/csvexporter.h"
#include "core/io/csvimporter.h"
#include "core/io/formats.h"
#include "core/io/marqueejson.h"
#include "core/io/samplecatalog.h"
#include "io/awkwardcatalog.h"
#include "testutil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// Marquee JSON: lossless round trips, the same catalog as through CSV, and every damaged or
// wrong file reported with its line and field.
class TestMarqueeJson : public QObject
{
    Q_OBJECT

private slots:
    void sampleCatalogRoundTripsToTheSameBytes();
    void generatedCatalogsRoundTripLosslessly_data();
    void generatedCatalogsRoundTripLosslessly();
    void csvAndJsonImportsGiveEqualCatalogs_data();
    void csvAndJsonImportsGiveEqualCatalogs();
    void emptyTextNullAndMissingReadAlike();
    void scoreIsWorkedOutOnlyWhenTheFileLeavesItOut();
    void damagedFilesImportNothingAndNameTheLine_data();
    void damagedFilesImportNothingAndNameTheLine();
    void badFilmsAreReportedAndTheOthersGoIn_data();
    void badFilmsAreReportedAndTheOthersGoIn();
    void strictDryRunAndCancelLeaveTheCatalogAsItWas_data();
    void strictDryRunAndCancelLeaveTheCatalogAsItWas();
    void duplicatesFollowThePolicy();
    void exportOfASearchHoldsItsFilmsAndTheirCompaniesOnly();
    void formatsAreDetectedByContentThenName_data();
    void formatsAreDetectedByContentThenName();
};

namespace {

// Everything a catalog holds, without the ids and versions that differ between copies:
// related films by their position in catalog order.
struct Snapshot
{
    QList<Film> films;
    QList<QList<Review>> reviews;
    QList<QByteArray> posters;
    QList<Company> companies;
    QList<SavedSearch> searches;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Catalog &catalog, bool withTimes = true)
{
    Snapshot s;
    FilmRepository films(catalog);
    ReviewRepository reviews(catalog);
    const QList<qint64> ids = films.ids();
    for (const qint64 id : ids) {
        Film f = films.find(id).value();
        for (qint64 &related : f.relatedFilmIds)
            related = ids.indexOf(related);
        f.id = f.rowVersion = 0;
        if (!withTimes)
            f.createdAt = f.updatedAt = QDateTime();
        s.films.append(f);
        QList<Review> list = reviews.forFilm(id);
        for (Review &r : list)
            r.id = r.filmId = r.rowVersion = 0;
        s.reviews.append(list);
        QString type;
        s.posters.append(films.poster(id, &type) + type.toUtf8());
    }
    for (Company c : CompanyRepository(catalog).list()) {
        c.id = c.rowVersion = 0;
        s.companies.append(c);
    }
    for (SavedSearch search : SavedSearchRepository(catalog).list()) {
        search.id = 0;
        s.searches.append(search);
    }
    return s;
}

QByteArray exportJson(Catalog &catalog, const ExportOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportReport report = MarqueeJsonExporter(catalog, options).exportTo(&buffer);
    if (!report.error.isEmpty())
        qWarning("%s", qPrintable(report.error));
    return buffer.data();
}

ImportReport importJson(Catalog &catalog, const QByteArray &json, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return MarqueeJsonImporter(catalog, options).import(&buffer, QStringLiteral("in.json"));
}

// What the CSV-only awkward catalog lacks: related films, posters, companies' countries and
// notes, saved searches, and times that are not "now".
void addExtras(Catalog &catalog, quint32 seed)
{
    QRandomGenerator random(seed);
    FilmRepository films(catalog);
    CompanyRepository companies(catalog);
    Transaction transaction(catalog);
    const QList<qint64> ids = films.ids();
    for (const qint64 id : ids) {
        Film f = films.find(id).value();
        if (random.bounded(3) == 0) {
            for (int n = random.bounded(4); n > 0; --n) {
                const qint64 other = ids[random.bounded(int(ids.size()))];
                if (other != id && !f.relatedFilmIds.contains(other))
                    f.relatedFilmIds.append(other);
            }
            films.update(f);
        }
        if (random.bounded(3) == 0) {
            f = films.find(id).value();
            for (int n = 1 + random.bounded(3); n > 0; --n)
                f.viewings.append(QDate(2010, 1, 1).addDays(random.bounded(5000)));
            films.update(f);
        }
        if (random.bounded(4) == 0) {
            QByteArray image(1 + random.bounded(300), Qt::Uninitialized);
            for (char &c : image)
                c = char(random.bounded(256));
            films.setPoster(id, image, QStringLiteral("image/png"));
        }
        if (random.bounded(2) == 0) {
            const QDateTime created = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC)
                                          .addSecs(random.bounded(1000000000));
            films.setTimestamps(id, created, created.addSecs(random.bounded(1000000)));
        }
    }
    for (Company c : companies.list()) {
        if (random.bounded(2) == 0) {
            c.country = QStringLiteral("FR");
            c.notes = QStringLiteral("Founded \"here\"\nand\tthere 🎞 ש");
            companies.update(c);
        }
    }
    companies.insert({0, QStringLiteral("Without films"), QStringLiteral("DE"), QString(), 0});
    transaction.commit();
    SavedSearchRepository searches(catalog);
    searches.insert({0, QStringLiteral("Recent \"good\" ones"), Table::Films,
                     QStringLiteral("year:>=2000 tmdb:>7")});
    searches.insert({0, QStringLiteral("Long quotes"), Table::Reviews, QStringLiteral("quote:a")});
}

const char GoodFilm[] = R"({"key": 1, "title": "First", "year": 2001})";
const char OtherGoodFilm[] = R"({"key": 3, "title": "Third", "year": 2003})";

// A file with a good film, `middle` on line 4, and another good film.
QByteArray fileAround(const QByteArray &middle)
{
    return QByteArray("{\"format\": \"marquee\", \"version\": 1,\n\"films\": [\n") + GoodFilm +
           ",\n" + middle + ",\n" + OtherGoodFilm + "\n]}\n";
}

} // namespace

void TestMarqueeJson::sampleCatalogRoundTripsToTheSameBytes()
{
    QTemporaryDir dir;
    auto from = TestUtil::newCatalog(dir, QStringLiteral("from.db"));
    loadSampleCatalog(*from);
    const QByteArray first = exportJson(*from);
    QVERIFY(first.contains("\"title\": \"Backstage\""));
    QCOMPARE(QJsonDocument::fromJson(first)[QLatin1String("films")].toArray().size(), 16);

    auto to = TestUtil::newCatalog(dir, QStringLiteral("to.db"));
    const ImportReport report = importJson(*to, first);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.imported, 16);
    QCOMPARE(report.failed, 0);
    QCOMPARE(exportJson(*to), first);
    QCOMPARE(snapshot(*to), snapshot(*from));
}

void TestMarqueeJson::generatedCatalogsRoundTripLosslessly_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestMarqueeJson::generatedCatalogsRoundTripLosslessly()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    auto from = TestUtil::newCatalog(dir, QStringLiteral("from.db"));
    TestUtil::fillAwkwardCatalog(*from, seed);
    addExtras(*from, seed);
    const QByteArray first = exportJson(*from);
    QVERIFY(QJsonDocument::fromJson(first).isObject()); // valid JSON for any other reader

    auto to = TestUtil::newCatalog(dir, QStringLiteral("to.db"));
    const ImportReport report = importJson(*to, first);
    QVERIFY2(report.fatal.isEmpty() && report.failed == 0, qPrintable(report.text()));
    const Snapshot original = snapshot(*from);
    QCOMPARE(report.imported, original.films.size());
    QCOMPARE(snapshot(*to), original);
    QCOMPARE(exportJson(*to), first);
    // Awkward text in every searchable field, indexed as a fresh index would.
    QCOMPARE(TestUtil::filmSearchDifference(*to), QString());
    QCOMPARE(TestUtil::filmSearchDifference(*from), QString());
}

void TestMarqueeJson::csvAndJsonImportsGiveEqualCatalogs_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 11; seed <= 13; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestMarqueeJson::csvAndJsonImportsGiveEqualCatalogs()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    auto from = TestUtil::newCatalog(dir, QStringLiteral("from.db"));
    TestUtil::fillAwkwardCatalog(*from, seed);

    auto viaCsv = TestUtil::newCatalog(dir, QStringLiteral("csv.db"));
    for (const Table table : {Table::Companies, Table::Films, Table::Reviews}) {
        const QString path = dir.filePath(tableName(table) + QStringLiteral(".csv"));
        ExportOptions out;
        out.table = table;
        QVERIFY(CsvExporter(*from, out).exportFile(path).error.isEmpty());
        ImportOptions in;
        in.table = table;
        const ImportReport report = CsvImporter(*viaCsv, in).importFile(path);
        QVERIFY2(report.failed == 0 && report.fatal.isEmpty(), qPrintable(report.text()));
    }
    auto viaJson = TestUtil::newCatalog(dir, QStringLiteral("json.db"));
    const ImportReport report = importJson(*viaJson, exportJson(*from));
    QVERIFY2(report.failed == 0 && report.fatal.isEmpty(), qPrintable(report.text()));

    const Snapshot csv = snapshot(*viaCsv, false);
    QVERIFY(!csv.films.isEmpty());
    QCOMPARE(csv, snapshot(*viaJson, false));
    QCOMPARE(csv, snapshot(*from, false));
}

void TestMarqueeJson::emptyTextNullAndMissingReadAlike()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report = importJson(*catalog, R"({"format": "marquee", "films": [
        {"title": "A", "notes": "", "year": null, "genres": [], "certification": null},
        {"title": "B"}
    ]})");
    QCOMPARE(report.imported, 2);
    FilmRepository films(*catalog);
    const QList<qint64> ids = films.ids();
    Film a = films.find(ids[0]).value();
    Film b = films.find(ids[1]).value();
    QVERIFY(a.notes.isEmpty() && !a.year && a.genres.isEmpty() && a.certification.isEmpty());
    a.title = b.title;
    a.id = b.id;
    QCOMPARE(a, b);
}

void TestMarqueeJson::scoreIsWorkedOutOnlyWhenTheFileLeavesItOut()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report = importJson(*catalog, R"({"format": "marquee", "films": [
        {"title": "A", "reviews": [{"quote": "q1", "original_score": "3/4"},
                                   {"quote": "q2", "original_score": "3/4", "score": null},
                                   {"quote": "q3", "original_score": "3/4", "score": 70}]}]})");
    QCOMPARE(report.imported, 1);
    const QList<Review> reviews =
        ReviewRepository(*catalog).forFilm(FilmRepository(*catalog).ids().first());
    QCOMPARE(reviews.size(), 3);
    QCOMPARE(reviews[0].score, 75.0);
    QVERIFY(!reviews[1].score);
    QCOMPARE(reviews[2].score, 70.0);
    // The score left unknown is written as null, so that it stays unknown.
    QVERIFY(
        exportJson(*catalog).contains("\"original_score\": \"3/4\",\n          \"score\": null"));
}

void TestMarqueeJson::damagedFilesImportNothingAndNameTheLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QByteArray good = fileAround(R"({"key": 2, "title": "Second"})");
    QTest::newRow("cut in a film") << good.left(good.indexOf("Third") + 6)
                                   << QStringLiteral("in.json:5: the file is damaged: the file "
                                                     "ends inside the object that starts here");
    QTest::newRow("cut in a text")
        << QByteArray("{\"format\": \"marquee\",\n\"films\": [{\"title\": \"Open")
        << QStringLiteral("in.json:2: the file is damaged: the text that "
                          "starts here has no closing quote");
    QTest::newRow("bad version value")
        << QByteArray("{\"format\": \"marquee\",\n\"version\": 1x}")
        << QStringLiteral("in.json:2: \"version\" is not valid JSON: ");
    QTest::newRow("missing comma")
        << QByteArray("{\"format\": \"marquee\",\n\"films\": [{\"title\": "
                      "\"A\"}\n{\"title\": \"B\"}]}")
        << QStringLiteral("in.json:3: the file is damaged: a comma or ] "
                          "was expected after element 1 of \"films\"");
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QStringLiteral("a JSON object ({ ... }) was expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("in.json:1: the file is damaged");
    QTest::newRow("another format")
        << QByteArray(R"({"format": "tellico", "films": []})")
        << QStringLiteral("in.json is not a Marquee JSON file: its format is the text \"tellico\"");
    QTest::newRow("no format") << QByteArray(R"({"films": [{"title": "A"}]})")
                               << QStringLiteral("does not begin with \"format\": \"marquee\"");
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"marquee\",\n\"version\": 2, \"films\": []}")
        << QStringLiteral("in.json:2: the file is of version 2; this Marquee reads version 1");
    QTest::newRow("text after the end") << QByteArray("{\"format\": \"marquee\"}\n}")
                                        << QStringLiteral("in.json:2: the file is damaged: there "
                                                          "is more text after the closing }");
}

void TestMarqueeJson::damagedFilesImportNothingAndNameTheLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report = importJson(*catalog, json);
    QVERIFY2(report.fatal.contains(message), qPrintable(report.fatal));
    QCOMPARE(report.imported, 0);
    QCOMPARE(FilmRepository(*catalog).count(), 0);
}

void TestMarqueeJson::badFilmsAreReportedAndTheOthersGoIn_data()
{
    QTest::addColumn<QByteArray>("film");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("year as a word")
        << QByteArray(R"({"title": "X", "year": "soon"})") << 4ll << "year"
        << "\"soon\" is not a whole number";
    QTest::newRow("year out of range")
        << QByteArray(R"({"title": "X", "year": 3000})") << 4ll << "year"
        << "3000 is outside 1870-2100";
    QTest::newRow("no title") << QByteArray(R"({"year": 2000})") << 4ll << "title"
                              << "a title is required";
    QTest::newRow("title is a list") << QByteArray(R"({"title": ["X"]})") << 4ll << "title"
                                     << "expected a text or a number, found a list";
    QTest::newRow("a number, not a film") << QByteArray("42") << 4ll << "films[2]"
                                          << "expected an object, found the number 42";
    QTest::newRow("bad number") << QByteArray("{\"title\": \"X\",\n\"year\": 20x5}") << 5ll
                                << "films[2]"
                                << "not valid JSON: ";
    QTest::newRow("bad country") << QByteArray(R"({"title": "X", "countries": ["Atlantis"]})")
                                 << 4ll << "countries"
                                 << "\"Atlantis\" is not a country code such as FR";
    QTest::newRow("country not a text")
        << QByteArray(R"({"title": "X", "countries": [1]})") << 4ll << "countries[1]"
        << "expected a text, found the number 1";
    QTest::newRow("bad offer")
        << QByteArray(R"({"title": "X", "providers": [{"provider": "P", "offer": "lend"}]})") << 4ll
        << "providers[1].offer"
        << "\"lend\" is not an offer";
    QTest::newRow("bad review score")
        << QByteArray(
               R"({"title": "X", "reviews": [{"quote": "q"}, {"quote": "q", "score": 140}]})")
        << 4ll << "reviews[2].score"
        << "140 is outside 0-100";
    QTest::newRow("empty review") << QByteArray(R"({"title": "X", "reviews": [{}]})") << 4ll
                                  << "reviews[1].quote"
                                  << "a review needs a quote";
    QTest::newRow("unknown review member")
        << QByteArray(R"({"title": "X", "reviews": [{"quote": "q", "stars": 3}]})") << 4ll
        << "reviews[1].stars"
        << "a review has no such member";
    QTest::newRow("poster not base64")
        << QByteArray(R"({"title": "X", "poster": {"mime_type": "image/png", "data": "!!"}})")
        << 4ll << "poster.data"
        << "the image is not written in base64";
    QTest::newRow("poster not an image")
        << QByteArray(R"({"title": "X", "poster": {"mime_type": "text/plain", "data": "aGk="}})")
        << 4ll << "poster.mime_type"
        << "\"text/plain\" is not an image type";
    QTest::newRow("key used twice") << QByteArray(R"({"key": 1, "title": "X"})") << 4ll << "key"
                                    << "another film of the file has the key 1";
    QTest::newRow("bad time") << QByteArray(R"({"title": "X", "created_at": "yesterday"})") << 4ll
                              << "created_at"
                              << "\"yesterday\" is not a time";
}

void TestMarqueeJson::badFilmsAreReportedAndTheOthersGoIn()
{
    QFETCH(QByteArray, film);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report = importJson(*catalog, fileAround(film));
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues[0].line, line);
    QCOMPARE(report.issues[0].field, field);
    QVERIFY2(report.issues[0].message.contains(message), qPrintable(report.issues[0].message));
    QVERIFY(report.text().contains(QStringLiteral("in.json:%1: %2: ").arg(line).arg(field)));
    QCOMPARE(FilmRepository(*catalog).count(), 2);
    QCOMPARE(ReviewRepository(*catalog).count(), 0); // nothing of the bad film stays
}

void TestMarqueeJson::strictDryRunAndCancelLeaveTheCatalogAsItWas_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("strict with a fault") << 0;
    QTest::newRow("dry run") << 1;
    QTest::newRow("cancelled") << 2;
}

void TestMarqueeJson::strictDryRunAndCancelLeaveTheCatalogAsItWas()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    const QByteArray before = exportJson(*catalog);

    auto other = TestUtil::newCatalog(dir, QStringLiteral("other.db"));
    TestUtil::fillAwkwardCatalog(*other, 5);
    QByteArray json = exportJson(*other);
    ImportOptions options;
    if (mode == 0) {
        options.strict = true;
        json.replace("\"key\": 30,", "\"key\": 30, \"poster\": 5,");
    } else if (mode == 1) {
        options.dryRun = true;
    } else {
        options.progress = [](qint64 done, qint64) {
            return done == 0;
        };
    }
    const ImportReport report = importJson(*catalog, json, options);
    QVERIFY(report.rolledBack);
    QCOMPARE(report.failed, mode == 0 ? 1 : 0);
    QCOMPARE(report.cancelled, mode == 2);
    QCOMPARE(exportJson(*catalog), before);
}

void TestMarqueeJson::duplicatesFollowThePolicy()
{
    QTemporaryDir dir;
    auto from = TestUtil::newCatalog(dir, QStringLiteral("from.db"));
    loadSampleCatalog(*from);
    QByteArray json = exportJson(*from);
    json.replace("\"runtime_minutes\": 112", "\"runtime_minutes\": 113");

    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    const qint64 reviews = ReviewRepository(*catalog).count();
    ImportOptions options;
    ImportReport report = importJson(*catalog, json, options);
    QCOMPARE(report.skipped, 16);
    QCOMPARE(report.imported, 0);

    options.onDuplicate = DuplicatePolicy::Update;
    report = importJson(*catalog, json, options);
    QCOMPARE(report.updated, 16);
    QCOMPARE(ReviewRepository(*catalog).count(), reviews); // the same reviews are not doubled
    FilmRepository films(*catalog);
    QCOMPARE(films.find(films.findByTitleYear(QStringLiteral("Backstage"), 2005).value())
                 ->runtimeMinutes,
             113);

    options.onDuplicate = DuplicatePolicy::Add;
    report = importJson(*catalog, json, options);
    QCOMPARE(report.imported, 16);
    QCOMPARE(films.count(), 32);
}

void TestMarqueeJson::exportOfASearchHoldsItsFilmsAndTheirCompaniesOnly()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    CompanyRepository(*catalog).insert({0, QStringLiteral("Unused"), {}, {}, 0});
    ExportOptions options;
    options.filter = QStringLiteral("backstage");
    const QJsonObject search = QJsonDocument::fromJson(exportJson(*catalog, options)).object();
    const QJsonArray films = search[QLatin1String("films")].toArray();
    QCOMPARE(films.size(), 2);
    QCOMPARE(search[QLatin1String("companies")].toArray().size(), 3);
    QVERIFY(!search.contains(QLatin1String("saved_searches")));
    // The 2005 film's related films are not in the file, so the links are left out.
    for (const QJsonValue &film : films)
        QVERIFY(!film.toObject().contains(QLatin1String("related")));

    const QJsonObject whole = QJsonDocument::fromJson(exportJson(*catalog)).object();
    QCOMPARE(whole[QLatin1String("companies")].toArray().size(), 4);
    QVERIFY(whole.contains(QLatin1String("saved_searches")));
}

void TestMarqueeJson::formatsAreDetectedByContentThenName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::newRow("json by content")
        << "catalog.txt" << QByteArray("\xEF\xBB\xBF \n{ \"format\" : \"marquee\", \"films\": []}")
        << "json";
    QTest::newRow("json by name") << "catalog.json" << QByteArray("{}") << "json";
    QTest::newRow("csv by name") << "films.csv" << QByteArray("title\nA\n") << "csv";
    QTest::newRow("anything else is csv") << "films" << QByteArray("title\nA\n") << "csv";
}

void TestMarqueeJson::formatsAreDetectedByContentThenName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QTemporaryDir dir;
    const FileFormat *detected = detectImportFormat(TestUtil::writeFile(dir, name, bytes));
    QVERIFY(detected);
    QCOMPARE(detected->name, format);
    QCOMPARE(findFormat(format), detected);
    QCOMPARE(exportFormatFor(QStringLiteral("out.JSON")).name, QStringLiteral("json"));
    QCOMPARE(exportFormatFor(QStringLiteral("out.csv")).name, QStringLiteral("csv"));
}

QTEST_GUILESS_MAIN(TestMarqueeJson)
#include "tst_marqueejson.moc"
