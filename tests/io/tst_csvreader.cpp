#include "core/io/csvreader.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

using namespace Marquee;

using Records = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data();
    void readsRecords();
    void recordsKnowTheLineTheyStartOn();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
    void unterminatedQuoteIsReportedWithItsLine();
    void textAfterClosingQuoteIsReported();
    void emptyInputHasNoRecords();
    void autoEncodingFallsBackToWindows1252WithAWarning();
    void invalidByteFarIntoTheFileIsFoundBeforeTheFirstRecord();
    void explicitEncodingIsObeyed();
    void utf16IsRefusedWithAMessage();
    void fieldsSpanningChunksAreWhole();
    void crlfSplitByAChunkCountsOnce();

private:
    static Records readAll(const QByteArray &bytes, CsvReader::Options options = {},
                           QStringList *warnings = nullptr);
};

Records TestCsvReader::readAll(const QByteArray &bytes, CsvReader::Options options,
                               QStringList *warnings)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("test.csv"), options);
    Records records;
    if (!reader.start())
        return records;
    CsvReader::Record record;
    while (reader.next(record))
        records.append(record.fields);
    if (warnings)
        *warnings = reader.warnings();
    return records;
}

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("expected");

    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << Records{ab, {"c", "d"}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << Records{ab, {"c", "d"}};
    QTest::newRow("CR") << QByteArray("a,b\rc,d") << Records{ab, {"c", "d"}};
    QTest::newRow("no final line break") << QByteArray("a,b\nc,d") << Records{ab, {"c", "d"}};
    QTest::newRow("blank lines are skipped")
        << QByteArray("a,b\n\n\r\nc,d\n\n") << Records{ab, {"c", "d"}};
    QTest::newRow("empty fields") << QByteArray(",\n,x,\n") << Records{{"", ""}, {"", "x", ""}};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Records{{"a,b", "c"}};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << Records{{"say \"hi\"", "x"}};
    QTest::newRow("quoted LF") << QByteArray("\"line1\nline2\",x\n")
                               << Records{{"line1\nline2", "x"}};
    QTest::newRow("quoted CRLF kept")
        << QByteArray("\"l1\r\nl2\",x\r\n") << Records{{"l1\r\nl2", "x"}};
    QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << Records{{"", "x"}};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("5\" floppy,x\n") << Records{{"5\" floppy", "x"}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records{{" a ", " b "}};
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFtitle,year\nCinéma,2005\n")
                               << Records{{"title", "year"}, {QString::fromUtf8("Cinéma"), "2005"}};
    QTest::newRow("UTF-8 without BOM")
        << QByteArray("Cin\xC3\xA9ma,\xF0\x9F\x8E\xAC\n")
        << Records{{QString::fromUtf8("Cinéma"), QString::fromUtf8("🎬")}};
    QTest::newRow("header only") << QByteArray("title,year\n") << Records{{"title", "year"}};
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, expected);
    QCOMPARE(readAll(bytes), expected);
}

void TestCsvReader::recordsKnowTheLineTheyStartOn()
{
    QBuffer buffer;
    buffer.setData("h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,y\r\n\"a\nb\nc\",z\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    QVERIFY(reader.start());
    CsvReader::Record r;
    QList<qint64> lines;
    while (reader.next(r))
        lines.append(r.line);
    QCOMPARE(lines, (QList<qint64>{1, 2, 5, 6}));
}

void TestCsvReader::detectsTheDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("title,year,runtime\n") << ',';
    QTest::newRow("semicolon") << QByteArray("title;year;runtime\nA,B;2005;90\n") << ';';
    QTest::newRow("tab") << QByteArray("title\tyear\n") << '\t';
    QTest::newRow("pipe") << QByteArray("title|year\n") << '|';
    QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d\n") << ';';
    QTest::newRow("single column") << QByteArray("title\nBackstage\n") << ',';
}

void TestCsvReader::detectsTheDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    QVERIFY(reader.start());
    QCOMPARE(reader.delimiter(), delimiter);
}

void TestCsvReader::unterminatedQuoteIsReportedWithItsLine()
{
    QBuffer buffer;
    buffer.setData("a,b\nc,\"never closed\nd,e\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    QVERIFY(reader.start());
    CsvReader::Record r;
    QVERIFY(reader.next(r));
    QVERIFY(r.error.isEmpty());
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, 2);
    QVERIFY2(r.error.contains(QStringLiteral("never closed")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("line 2")));
    QVERIFY(!reader.next(r));
}

void TestCsvReader::textAfterClosingQuoteIsReported()
{
    QBuffer buffer;
    buffer.setData("\"ab\"cd,x\nnext,y\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    QVERIFY(reader.start());
    CsvReader::Record r;
    QVERIFY(reader.next(r));
    QVERIFY(r.error.contains(QStringLiteral("after its closing quote")));
    QVERIFY(reader.next(r)); // the reader goes on with the next record
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.fields, (QStringList{QStringLiteral("next"), QStringLiteral("y")}));
}

void TestCsvReader::emptyInputHasNoRecords()
{
    QCOMPARE(readAll(QByteArray()), Records());
    QCOMPARE(readAll(QByteArray("\n\n")), Records());
}

void TestCsvReader::autoEncodingFallsBackToWindows1252WithAWarning()
{
    QStringList warnings;
    // 0xE9 is é and 0x80 the euro sign in Windows-1252; neither is valid UTF-8 here.
    const Records records = readAll(QByteArray("title\nCin\xE9ma \x80\n"), {}, &warnings);
    QCOMPARE(records.last().first(), QString::fromUtf8("Cinéma €"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("Windows-1252")));
    QVERIFY(warnings.first().contains(QStringLiteral("line 2")));
    QVERIFY(warnings.first().contains(QStringLiteral("test.csv")));
}

void TestCsvReader::invalidByteFarIntoTheFileIsFoundBeforeTheFirstRecord()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("title\n");
    for (int i = 0; i < 200000; ++i)
        file.write("Film number ", 12), file.write(QByteArray::number(i)), file.write("\n");
    file.write("Caf\xE9\n");
    file.seek(0);
    CsvReader reader(&file, QStringLiteral("big.csv"));
    QVERIFY(reader.start());
    QCOMPARE(reader.encoding(), Encoding::Windows1252);
    QVERIFY(reader.warnings().first().contains(QStringLiteral("line 200002")));
    CsvReader::Record r;
    QString last;
    while (reader.next(r))
        last = r.fields.first();
    QCOMPARE(last, QString::fromUtf8("Café"));
}

void TestCsvReader::explicitEncodingIsObeyed()
{
    CsvReader::Options options;
    options.encoding = Encoding::Windows1252;
    QStringList warnings;
    // Valid UTF-8 read as Windows-1252 on request: no guessing, no warning.
    const Records records = readAll(QByteArray("Caf\xC3\xA9\n"), options, &warnings);
    QCOMPARE(records.first().first(), QString::fromUtf8("CafÃ©"));
    QVERIFY(warnings.isEmpty());
}

void TestCsvReader::utf16IsRefusedWithAMessage()
{
    QBuffer buffer;
    buffer.setData(QByteArray("\xFF\xFEt\0i\0", 6));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("wide.csv"));
    QVERIFY(!reader.start());
    QVERIFY(reader.errorString().contains(QStringLiteral("UTF-16")));
    QVERIFY(reader.errorString().contains(QStringLiteral("wide.csv")));
}

void TestCsvReader::fieldsSpanningChunksAreWhole()
{
    // Fields longer than the reader's 1 MiB chunks, quoted and not, with a multi-byte
    // character straddling a chunk boundary.
    const QByteArray longText(1500000, 'x');
    QByteArray bytes = "a,b\n\"" + longText + "\"\"q\",plain\n";
    bytes += QByteArray(1048576 - 3, 'y') + "\xC3\xA9" + ",z\n";
    const Records records = readAll(bytes);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1][0].size(), longText.size() + 2);
    QVERIFY(records[1][0].endsWith(QStringLiteral("x\"q")));
    QCOMPARE(records[1][1], QStringLiteral("plain"));
    QVERIFY(records[2][0].endsWith(QString::fromUtf8("yé")));
    QCOMPARE(records[2][1], QStringLiteral("z"));
}

void TestCsvReader::crlfSplitByAChunkCountsOnce()
{
    // The CR of a CRLF inside a quoted field is the last byte of the reader's first 1 MiB.
    QByteArray bytes = "h\n\"";
    bytes += QByteArray(1048575 - bytes.size(), 'a');
    bytes += "\r\nx\"\nnext\n";
    QCOMPARE(bytes.indexOf('\r'), 1048575);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    QVERIFY(reader.start());
    CsvReader::Record r;
    QList<qint64> lines;
    while (reader.next(r))
        lines.append(r.line);
    QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
