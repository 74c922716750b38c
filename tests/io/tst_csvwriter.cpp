#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/io/formulaguard.h"

#include <QBuffer>
#include <QTest>

using namespace Marquee;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void whatItWritesReadsBackTheSame();
    void failedDeviceStopsWritingSafely();
    void guardsFormulas_data();
    void guardsFormulas();
};

void TestCsvWriter::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{"a", "b c"} << ',' << QByteArray("a,b c\r\n");
    QTest::newRow("comma") << QStringList{"a,b", "c"} << ',' << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("comma with semicolon delimiter")
        << QStringList{"a,b", "c"} << ';' << QByteArray("a,b;c\r\n");
    QTest::newRow("quote") << QStringList{"say \"hi\""} << ','
                           << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("line break") << QStringList{"l1\nl2"} << ',' << QByteArray("\"l1\nl2\"\r\n");
    QTest::newRow("empty") << QStringList{"", ""} << ',' << QByteArray(",\r\n");
    QTest::newRow("utf-8") << QStringList{QString::fromUtf8("Cinéma")} << ','
                           << QByteArray("Cin\xC3\xA9ma\r\n");
}

void TestCsvWriter::quotesOnlyWhatNeedsIt()
{
    QFETCH(QStringList, fields);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, delimiter);
    writer.writeRecord(fields);
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::whatItWritesReadsBackTheSame()
{
    const QList<QStringList> records = {
        {"title", "synopsis"},
        {"Backstage", "Line one\nline two, with \"quotes\""},
        {QString::fromUtf8("مرحبا"), QString::fromUtf8("🎬\ttab")},
        {"", "\r\nstarts with CRLF"},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &r : records)
        writer.writeRecord(r);
    QVERIFY(writer.flush());
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    QVERIFY(reader.start());
    CsvReader::Record r;
    QList<QStringList> read;
    while (reader.next(r))
        read.append(r.fields);
    QCOMPARE(read, records);
}

void TestCsvWriter::failedDeviceStopsWritingSafely()
{
    // A device that takes nothing, like a full disk: the writer reports it and stays within
    // its buffer however much more it is given.
    QBuffer full;
    full.open(QIODevice::ReadOnly);
    CsvWriter writer(&full);
    const QString field(70000, u'x');
    for (int i = 0; i < 200; ++i)
        writer.writeRecord({field, field});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.errorString().isEmpty());
}

void TestCsvWriter::guardsFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("=") << "=1+1"
                       << "'=1+1";
    QTest::newRow("+") << "+33 1 23"
                       << "'+33 1 23";
    QTest::newRow("-") << "-5"
                       << "'-5";
    QTest::newRow("@") << "@SUM(A1)"
                       << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=x"
                         << "'\t=x";
    QTest::newRow("CR") << "\rx"
                        << "'\rx";
    QTest::newRow("guarded already") << "'=1+1"
                                     << "''=1+1";
    QTest::newRow("two apostrophes") << "''-x"
                                     << "'''-x";
    QTest::newRow("'Round Midnight") << "'Round Midnight"
                                     << "'Round Midnight";
    QTest::newRow("lone apostrophe") << "'"
                                     << "'";
    QTest::newRow("plain") << "Backstage"
                           << "Backstage";
    QTest::newRow("inner =") << "a=b"
                             << "a=b";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvWriter::guardsFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, guarded);
    QCOMPARE(guardFormula(text), guarded);
    QCOMPARE(unguardFormula(guarded), text);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
