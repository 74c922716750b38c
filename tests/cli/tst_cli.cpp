#include "core/db/catalog.h"
#include "core/db/deferredindexes.h"
#include "core/db/filmrepository.h"
#include "core/io/importexport.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// marquee-cli run as a person runs it: a real process on real files, checked by exit code,
// output and the catalog's contents.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void sampleInfoAndCheck();
    void defaultCatalogIsCreatedWithTheSample();
    void rejectedRowsExitWithThreeAndNameTheLine();
    void failuresExitWithOneAndChangeNothing_data();
    void failuresExitWithOneAndChangeNothing();
    void strictImportWithBadRowsExitsWithOne();
    void dryRunWritesNothing();
    void exportWritesChosenColumnsToStandardOutput();
    void exportThenImportCopiesACatalog();
    void searchPrintsATableCsvOrJson();
    void searchWritesEveryRowWhateverTheArgumentsOrder();
    void exportOnlyWhatASearchFinds();
    void invalidSearchShowsWhereAndExitsWithTwo();
    void killedImportLeavesOnlyWholeBatches();
    void indexesAnInterruptedImportLeftOutAreBuiltSayingSo();
    void anOlderCatalogIsUpgradedSayingSo();
    void jsonExportThenImportCopiesTheWholeCatalog();
    void damagedJsonExitsWithOneAndNamesTheLine();
    void duplicatesAreListedAndMerged();
    void printableCatalogAsHtmlAndPdf();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCli::cleanup()
{
    m_dir.reset();
}

TestCli::Result TestCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The default catalog goes to the test's own folder, never the user's.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MARQUEE_CLI), arguments);
    Result result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "no command";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
    QTest::newRow("unknown option") << QStringList{"info", "--colour"} << "colour";
    QTest::newRow("option of another command")
        << QStringList{"info", "--strict"} << "does not take --strict";
    QTest::newRow("import without file") << QStringList{"import"} << "one FILE";
    QTest::newRow("bad table") << QStringList{"export", "--table", "actors", "-"} << "--table";
    QTest::newRow("bad policy") << QStringList{"import", "--on-duplicate", "merge", "x.csv"}
                                << "--on-duplicate";
    QTest::newRow("bad encoding") << QStringList{"import", "--encoding", "ebcdic", "x.csv"}
                                  << "--encoding";
    QTest::newRow("bad column") << QStringList{"export", "--columns", "title,shoe_size", "-"}
                                << "shoe_size";
    QTest::newRow("search without query") << QStringList{"search"} << "one QUERY";
    QTest::newRow("bad format") << QStringList{"search", "--format", "xml", "x"} << "--format";
    QTest::newRow("bad limit") << QStringList{"search", "--limit", "many", "x"} << "--limit";
    QTest::newRow("bad import format")
        << QStringList{"import", "--format", "xml", "x.xml"} << "--format is auto, csv, json";
    QTest::newRow("bad export format")
        << QStringList{"export", "--format", "xml", "-"} << "--format is auto, csv, json";
    QTest::newRow("CSV option for JSON") << QStringList{"export", "--columns", "title", "out.json"}
                                         << "--columns applies to CSV, not to Marquee JSON";
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r =
        run(QStringList{QStringLiteral("--catalog"), path(QStringLiteral("c.db"))} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Usage:")));
}

void TestCli::sampleInfoAndCheck()
{
    const QString catalog = path(QStringLiteral("sample.db"));
    Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("16 films added")));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Films: 16\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Reviews: 20\n")));
    QVERIFY(r.out.contains(QStringLiteral("Companies: 3\n")));
    QVERIFY(r.out.contains(QStringLiteral("Schema version: ")));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("check")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral(": ok")));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")});
    QVERIFY(r.out.contains(QStringLiteral("0 films added, 16 already present")));
}

void TestCli::defaultCatalogIsCreatedWithTheSample()
{
    const Result r = run({QStringLiteral("info")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Films: 16\n")));
    QVERIFY(QFile::exists(path(QStringLiteral("xdg/marquee/catalog.db"))));
    QVERIFY(r.err.contains(QStringLiteral("Created the default catalog")));
    // A --catalog that does not exist is new and empty.
    const Result named = run(
        {QStringLiteral("--catalog"), path(QStringLiteral("empty.db")), QStringLiteral("info")});
    QCOMPARE(named.code, 0);
    QVERIFY(named.out.contains(QStringLiteral("Films: 0\n")));
}

void TestCli::rejectedRowsExitWithThreeAndNameTheLine()
{
    const QString csv = TestUtil::writeFile(*m_dir, QStringLiteral("films.csv"),
                                            "title,year\nGood,2001\nBad,20x1\nAlso good,2002\n");
    const Result r = run(
        {QStringLiteral("--catalog"), path(QStringLiteral("c.db")), QStringLiteral("import"), csv});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(csv + QStringLiteral(":3: year: \"20x1\" is not a whole number")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("2 imported, 0 updated, 0 skipped, 1 failed")));
}

void TestCli::failuresExitWithOneAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("catalogBytes");
    QTest::addColumn<bool>("csvExists");
    QTest::addColumn<QString>("message");
    QTest::newRow("junk catalog") << QByteArray("this is not a database at all") << true
                                  << "not a Marquee catalog";
    QTest::newRow("missing CSV") << QByteArray() << false << "no such file";
}

void TestCli::failuresExitWithOneAndChangeNothing()
{
    QFETCH(QByteArray, catalogBytes);
    QFETCH(bool, csvExists);
    QFETCH(QString, message);
    const QString catalog = path(QStringLiteral("c.db"));
    if (!catalogBytes.isEmpty())
        TestUtil::writeFile(*m_dir, QStringLiteral("c.db"), catalogBytes);
    const QString csv = csvExists
                            ? TestUtil::writeFile(*m_dir, QStringLiteral("f.csv"), "title\nA\n")
                            : path(QStringLiteral("missing.csv"));
    const Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("import"), csv});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    if (!catalogBytes.isEmpty())
        QCOMPARE(TestUtil::readFile(catalog), catalogBytes);
    else
        QVERIFY(!QFile::exists(catalog));
}

void TestCli::strictImportWithBadRowsExitsWithOne()
{
    const QString catalog = path(QStringLiteral("c.db"));
    const QString csv =
        TestUtil::writeFile(*m_dir, QStringLiteral("f.csv"), "title,year\nA,2001\nB,x\n");
    Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("import"),
                    QStringLiteral("--strict"), csv});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("f.csv:3:")));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QVERIFY(r.out.contains(QStringLiteral("Films: 0\n")));
}

void TestCli::dryRunWritesNothing()
{
    const QString catalog = path(QStringLiteral("c.db"));
    const QString csv =
        TestUtil::writeFile(*m_dir, QStringLiteral("f.csv"), "title,year\nA,2001\nB,2002\n");
    Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("import"),
                    QStringLiteral("--dry-run"), csv});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains(QStringLiteral("Dry run")));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QVERIFY(r.out.contains(QStringLiteral("Films: 0\n")));
}

void TestCli::exportWritesChosenColumnsToStandardOutput()
{
    const QString catalog = path(QStringLiteral("c.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")}).code, 0);
    const Result r =
        run({QStringLiteral("--catalog"), catalog, QStringLiteral("export"),
             QStringLiteral("--columns"), QStringLiteral("title,year,critics_score,critics_count"),
             QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 17);
    QCOMPARE(lines[0], QStringLiteral("title,year,critics_score,critics_count"));
    QCOMPARE(lines[1], QStringLiteral("Backstage,2005,61.8,14"));
    QCOMPARE(lines[2], QStringLiteral("Backstage,2000,,0"));
    QVERIFY(r.err.contains(QStringLiteral("Exported 16 films")));
}

void TestCli::searchPrintsATableCsvOrJson()
{
    const QString catalog = path(QStringLiteral("c.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")}).code, 0);
    const QStringList base{QStringLiteral("--catalog"), catalog, QStringLiteral("search")};

    Result r = run(base + QStringList{QStringLiteral("backstage -type:documentary")});
    QCOMPARE(r.code, 0);
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, rule, one film
    QVERIFY(lines[0].startsWith(QStringLiteral("title      year  type")));
    QVERIFY(lines[2].startsWith(QStringLiteral("Backstage  2005  movie")));
    QCOMPARE(r.err, QStringLiteral("1 film.\n"));

    r = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--columns"), QStringLiteral("title,year"),
                               QStringLiteral("year:>=2015 year:<=2018")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("title,year\r\nEx Machina,2015\r\nGreen Book,2018\r\n"
                                   "Inside Out,2015\r\nTime Freak,2018\r\n"));

    r = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--table"), QStringLiteral("reviews"),
                               QStringLiteral("--limit"), QStringLiteral("1"),
                               QStringLiteral("score:>=80")});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("film_title")).toString(),
             QStringLiteral("Backstage"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("score")).toDouble(), 87.5);
    QVERIFY(!rows[0].toObject().contains(QStringLiteral("critic"))); // missing, not ""

    r = run(base + QStringList{QStringLiteral("--limit"), QStringLiteral("2"),
                               QStringLiteral("year:>=2000")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 4);
    QVERIFY2(r.err.startsWith(QStringLiteral("2 of 12 films shown")), qPrintable(r.err));
}

void TestCli::searchWritesEveryRowWhateverTheArgumentsOrder()
{
    const QString catalog = path(QStringLiteral("c.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")}).code, 0);
    const QStringList base{QStringLiteral("--catalog"), catalog, QStringLiteral("search")};

    // The QUERY first, then the options, as the usage puts them.
    Result r = run(base + QStringList{QStringLiteral("year:>=2000"), QStringLiteral("--limit"),
                                      QStringLiteral("0"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QStringLiteral("12 films.\n"));
    // Written a row at a time, the same text as a whole array written at once.
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 12);
    QCOMPARE(r.out, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
    QStringList titles;
    for (const QJsonValue &row : rows)
        titles.append(row.toObject().value(QStringLiteral("title")).toString());
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(titles, sorted); // in the view's order, by title

    r = run(base + QStringList{QStringLiteral("year:<1800"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("[\n]\n"));
    QCOMPARE(r.err, QStringLiteral("0 films.\n"));

    r = run(base + QStringList{QStringLiteral("--table"), QStringLiteral("companies"),
                               QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--columns"), QStringLiteral("name"),
                               QStringLiteral("haut")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("name\r\nHaut et Court\r\n"));

    // A QUERY that begins with "-" goes after "--".
    const Result all = run(base + QStringList{QStringLiteral("--limit"), QStringLiteral("0"),
                                              QStringLiteral("--format"), QStringLiteral("csv"),
                                              QStringLiteral("--columns"), QStringLiteral("type"),
                                              QStringLiteral("")});
    QCOMPARE(all.code, 0);
    r = run(base + QStringList{QStringLiteral("--limit"), QStringLiteral("0"),
                               QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--columns"), QStringLiteral("type"),
                               QStringLiteral("--"), QStringLiteral("-type:documentary")});
    QCOMPARE(r.code, 0);
    const QStringList allLines = all.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QCOMPARE(lines.size(), allLines.size() - allLines.count(QStringLiteral("documentary")));
    QVERIFY(!lines.contains(QStringLiteral("documentary")));
    // More rows than the table keeps in memory: read twice, the widths first; every line
    // as wide as the widest title, which comes among the last rows ("Film 999 ...").
    const QString many = path(QStringLiteral("many.db"));
    TestUtil::addFilms(*Marquee::Catalog::open(many), 2500,
                       QStringLiteral("title, title_key, year"),
                       QStringLiteral("'Film ' || i || CASE WHEN i = 999 THEN ' of the longest "
                                      "title' ELSE '' END, 'film ' || i, 2000"));
    r = run({QStringLiteral("--catalog"), many, QStringLiteral("search"), QStringLiteral("--limit"),
             QStringLiteral("0"), QStringLiteral("--columns"), QStringLiteral("title,year"),
             QStringLiteral("year:2000")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QStringLiteral("2500 films.\n"));
    const QStringList tableLines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(tableLines.size(), 2502);
    const qsizetype yearAt = tableLines[0].indexOf(QStringLiteral("year"));
    QCOMPARE(yearAt, qsizetype(QStringLiteral("Film 999 of the longest title  ").size()));
    for (const QString &line : tableLines.mid(2))
        QCOMPARE(line.mid(yearAt), QStringLiteral("2000"));
    // Without "--", the query is taken for an option and refused with the usage.
    r = run(base + QStringList{QStringLiteral("-type:documentary")});
    QCOMPARE(r.code, 2);
}

void TestCli::exportOnlyWhatASearchFinds()
{
    const QString catalog = path(QStringLiteral("c.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")}).code, 0);
    const Result r =
        run({QStringLiteral("--catalog"), catalog, QStringLiteral("export"),
             QStringLiteral("--columns"), QStringLiteral("title,year"), QStringLiteral("--search"),
             QStringLiteral("company:\"haut et court\" OR genre:music"), QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("title,year\r\nBackstage,2005\r\nBackstage,2000\r\n"));
    QVERIFY(r.err.contains(QStringLiteral("Exported 2 films")));
}

void TestCli::invalidSearchShowsWhereAndExitsWithTwo()
{
    const QString catalog = path(QStringLiteral("c.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")}).code, 0);
    for (const QString &command : {QStringLiteral("search"), QStringLiteral("export")}) {
        const QStringList arguments =
            command == u"search"
                ? QStringList{QStringLiteral("backstage year:abc")}
                : QStringList{QStringLiteral("--search"), QStringLiteral("backstage year:abc"),
                              path(QStringLiteral("out.csv"))};
        const Result r =
            run(QStringList{QStringLiteral("--catalog"), catalog, command} + arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("  backstage year:abc\n            ^^^^^^^^\n")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("column 11: year: expects a whole number")));
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("out.csv"))));
}

void TestCli::exportThenImportCopiesACatalog()
{
    const QString from = path(QStringLiteral("from.db"));
    const QString to = path(QStringLiteral("to.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), from, QStringLiteral("sample")}).code, 0);
    for (const QString &table :
         {QStringLiteral("companies"), QStringLiteral("films"), QStringLiteral("reviews")}) {
        const QString file = path(table + QStringLiteral(".csv"));
        QCOMPARE(run({QStringLiteral("--catalog"), from, QStringLiteral("export"),
                      QStringLiteral("--table"), table, file})
                     .code,
                 0);
        const Result r = run({QStringLiteral("--catalog"), to, QStringLiteral("import"),
                              QStringLiteral("--table"), table, file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    const Result info = run({QStringLiteral("--catalog"), to, QStringLiteral("info")});
    QVERIFY(info.out.contains(QStringLiteral("Films: 16\n")));
    QVERIFY(info.out.contains(QStringLiteral("Reviews: 20\n")));
}

void TestCli::jsonExportThenImportCopiesTheWholeCatalog()
{
    const QString from = path(QStringLiteral("from.db"));
    const QString to = path(QStringLiteral("to.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), from, QStringLiteral("sample")}).code, 0);
    // The format goes by the file's suffix on export and by its content on import.
    const QString first = path(QStringLiteral("catalog.json"));
    Result r = run({QStringLiteral("--catalog"), from, QStringLiteral("export"), first});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Exported 16 films as Marquee JSON")),
             qPrintable(r.err));
    const QString renamed = path(QStringLiteral("catalog.backup"));
    QVERIFY(QFile::copy(first, renamed));
    r = run({QStringLiteral("--catalog"), to, QStringLiteral("import"), renamed});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("read as Marquee JSON")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("16 imported")));

    r = run({QStringLiteral("--catalog"), to, QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.toUtf8(), TestUtil::readFile(first));

    const Result info = run({QStringLiteral("--catalog"), to, QStringLiteral("info")});
    QVERIFY(info.out.contains(QStringLiteral("Films: 16\n")));
    QVERIFY(info.out.contains(QStringLiteral("Reviews: 20\n")));
}

void TestCli::damagedJsonExitsWithOneAndNamesTheLine()
{
    const QString catalog = path(QStringLiteral("c.db"));
    const QString file = TestUtil::writeFile(
        *m_dir, QStringLiteral("cut.json"),
        "{\"format\": \"marquee\",\n\"films\": [\n{\"title\": \"A\"},\n{\"title\": \"B\",");
    const Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("import"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cut.json:4: the file is damaged: the file ends inside "
                                           "the object that starts here. Nothing was imported.")),
             qPrintable(r.err));
    const Result info = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QVERIFY2(info.out.contains(QStringLiteral("Films: 0\n")), qPrintable(info.out));
}

void TestCli::duplicatesAreListedAndMerged()
{
    const QString catalog = path(QStringLiteral("c.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")}).code, 0);
    const QString csv = TestUtil::writeFile(*m_dir, QStringLiteral("dup.csv"),
                                            "title,year,imdb_id\nbackstage,2005,tt0475289\n");
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("import"),
                  QStringLiteral("--on-duplicate"), QStringLiteral("add"), csv})
                 .code,
             0);
    Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("duplicates")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("1. same title and year: \"Backstage\" (2005)\n"
                                             "   #1 Backstage (2005, 112 min, 20 reviews)\n"
                                             "   #17 backstage (2005, tt0475289, 0 reviews)\n")),
             qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("merge"),
                  QStringLiteral("1"), QStringLiteral("99")})
                 .code,
             1);
    QCOMPARE(
        run({QStringLiteral("--catalog"), catalog, QStringLiteral("merge"), QStringLiteral("1")})
            .code,
        2);
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("merge"), QStringLiteral("1"),
             QStringLiteral("#17")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Merged 1 film into #1 Backstage (2005, 112 min, "
                                          "tt0475289, 20 reviews).")));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("duplicates")});
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("No likely duplicates.")));
}

void TestCli::printableCatalogAsHtmlAndPdf()
{
    const QString catalog = path(QStringLiteral("c.db"));
    QCOMPARE(run({QStringLiteral("--catalog"), catalog, QStringLiteral("sample")}).code, 0);
    Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("export"),
                    QStringLiteral("--search"), QStringLiteral("backstage"),
                    path(QStringLiteral("films.pdf"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Exported 2 films as Printable catalog (PDF)")));
    QVERIFY(TestUtil::readFile(path(QStringLiteral("films.pdf"))).startsWith("%PDF-"));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("export"),
             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(QStringLiteral("<h1>")), 16);
}

void TestCli::killedImportLeavesOnlyWholeBatches()
{
    constexpr int Rows = 300000; // several seconds of work, so that the kill lands mid-import
    QByteArray bytes = "title,year,companies,synopsis\n";
    for (int i = 0; i < Rows; ++i) {
        bytes += "Film " + QByteArray::number(i) + "," + QByteArray::number(1900 + i % 120) +
                 ",Studio " + QByteArray::number(i % 97) +
                 ",\"A synopsis long enough to make the import take a while, film " +
                 QByteArray::number(i) + ".\"\n";
    }
    const QString csv = TestUtil::writeFile(*m_dir, QStringLiteral("big.csv"), bytes);
    const QString catalog = path(QStringLiteral("killed.db"));
    QProcess process;
    process.start(QStringLiteral(MARQUEE_CLI),
                  {QStringLiteral("--catalog"), catalog, QStringLiteral("import"), csv});
    QVERIFY(process.waitForStarted());
    process.waitForFinished(500);
    process.kill();
    process.waitForFinished();

    auto opened = Marquee::Catalog::open(catalog);
    const qint64 films = Marquee::FilmRepository(*opened).count();
    qInfo("%lld films survived the kill", films);
    QVERIFY(films < Rows);                                   // it was killed while importing
    QCOMPARE(films % Marquee::ImportOptions().batchSize, 0); // whole batches
    QCOMPARE(opened->check(), QStringList());
}

void TestCli::indexesAnInterruptedImportLeftOutAreBuiltSayingSo()
{
    const QString catalog = path(QStringLiteral("interrupted.db"));
    {
        auto opened = Marquee::Catalog::open(catalog);
        Marquee::Transaction transaction(*opened);
        QVERIFY(Marquee::DeferredIndexes::deferFor(*opened, 100000));
        transaction.commit(); // and then the import was killed
    }
    Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Building the indexes that an interrupted "
                                           "import left out")),
             qPrintable(r.err));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QCOMPARE(r.code, 0);
    QVERIFY2(!r.err.contains(QStringLiteral("Building")), qPrintable(r.err)); // done
    auto opened = Marquee::Catalog::open(catalog);
    QSqlQuery q(opened->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                  "'films_year'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestCli::anOlderCatalogIsUpgradedSayingSo()
{
    const QString catalog = path(QStringLiteral("old.db"));
    {
        TestUtil::catalogAtSchema(catalog, 10).reset();
    }
    Result r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QCOMPARE(r.code, 0);
    QVERIFY2(
        r.err.contains(
            QStringLiteral("from schema 10 to %1").arg(Marquee::Catalog::latestSchemaVersion())),
        qPrintable(r.err));
    r = run({QStringLiteral("--catalog"), catalog, QStringLiteral("info")});
    QCOMPARE(r.code, 0);
    QVERIFY2(!r.err.contains(QStringLiteral("Upgrading")), qPrintable(r.err)); // done once
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
