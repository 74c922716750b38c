#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/io/marqueejson.h"
#include "core/io/samplecatalog.h"
#include "importdialog.h"
#include "testutil.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void mapsColumnsAndReportsTheBadRowsLine();
    void previewFollowsTheChosenDelimiter();
    void cancelKeepsOnlyWholeBatches();
    void marqueeJsonIsDetectedPreviewedAndImported();
    void damagedJsonIsNamedBeforeImporting();
};

void TestImportDialog::mapsColumnsAndReportsTheBadRowsLine()
{
    QTemporaryDir dir;
    const QString catalog = dir.filePath(QStringLiteral("c.db"));
    Catalog::open(catalog).reset();
    const QString csv = TestUtil::writeFile(dir, QStringLiteral("films.csv"),
                                            "Name,Release Year,Shoe size,Runtime (mins)\n"
                                            "Backstage,2005,42,112\n"
                                            "Broken,20x5,43,90\n"
                                            "Perfect Sense,2011,44,92\n");
    ImportDialog dialog(catalog, Table::Films);
    dialog.setFile(csv);
    QCOMPARE(dialog.columnFields(), (QList<int>{int(FilmField::Title), int(FilmField::Year), -1,
                                                int(FilmField::RuntimeMinutes)}));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Broken"));
    dialog.setColumnField(3, -1); // leave the runtime out
    QSignalSpy changed(&dialog, &ImportDialog::catalogChanged);
    dialog.start();
    QTRY_VERIFY(!dialog.isRunning());
    const ImportReport &report = dialog.report();
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.issues.first().line, 3);
    QCOMPARE(report.issues.first().field, QStringLiteral("year"));
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reportText"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("films.csv:3: year:")));
    QCOMPARE(changed.size(), 1);
    auto opened = Catalog::open(catalog);
    FilmRepository films(*opened);
    QCOMPARE(films.count(), 2);
    QVERIFY(!films.find(*films.findByTitleYear(QStringLiteral("Backstage"), 2005))->runtimeMinutes);
}

void TestImportDialog::previewFollowsTheChosenDelimiter()
{
    QTemporaryDir dir;
    const QString catalog = dir.filePath(QStringLiteral("c.db"));
    const QString csv =
        TestUtil::writeFile(dir, QStringLiteral("semi.csv"), "title;year\nA;2001\n");
    ImportDialog dialog(catalog, Table::Films);
    dialog.setFile(csv);
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(preview->columnCount(), 2);
    auto *delimiter = dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    delimiter->setCurrentIndex(delimiter->findData(int(',')));
    QCOMPARE(preview->columnCount(), 1);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("A;2001"));
}

void TestImportDialog::cancelKeepsOnlyWholeBatches()
{
    QTemporaryDir dir;
    const QString catalog = dir.filePath(QStringLiteral("c.db"));
    Catalog::open(catalog).reset();
    QByteArray bytes = "title,year,companies\n";
    for (int i = 0; i < 200000; ++i)
        bytes += "Film " + QByteArray::number(i) + "," + QByteArray::number(1900 + i % 100) +
                 ",Studio " + QByteArray::number(i % 50) + "\n";
    const QString csv = TestUtil::writeFile(dir, QStringLiteral("big.csv"), bytes);
    ImportDialog dialog(catalog, Table::Films);
    dialog.setFile(csv);
    dialog.start();
    // Cancel while importing, past the first batches (a tenth of the file is 20,000 rows).
    const auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > bar->minimum() + (bar->maximum() - bar->minimum()) / 10,
                             20000);
    dialog.reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    const ImportReport &report = dialog.report();
    QVERIFY(report.cancelled);
    QVERIFY(report.committed > 0);
    QCOMPARE(report.committed % ImportOptions().batchSize, 0);
    QVERIFY(report.summary().contains(QStringLiteral("whole batches")));
    auto opened = Catalog::open(catalog);
    QCOMPARE(FilmRepository(*opened).count(), report.committed);
    QCOMPARE(opened->check(), QStringList());
}

void TestImportDialog::marqueeJsonIsDetectedPreviewedAndImported()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.db"));
    const QString json = dir.filePath(QStringLiteral("catalog.json"));
    {
        auto catalog = Catalog::open(source);
        loadSampleCatalog(*catalog);
        QVERIFY(MarqueeJsonExporter(*catalog, {}).exportFile(json).error.isEmpty());
    }
    const QString catalog = dir.filePath(QStringLiteral("c.db"));
    Catalog::open(catalog).reset();
    ImportDialog dialog(catalog, Table::Companies);
    dialog.setFile(json);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    QCOMPARE(format->currentText(), QStringLiteral("Detect from the file: Marquee JSON"));
    auto *detected = dialog.findChild<QLabel *>(QStringLiteral("detectedLabel"));
    QCOMPARE(detected->text(),
             QStringLiteral("Marquee JSON: 16 films, 3 companies, 7 people, 0 saved searches."));
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("mappingTable"))->isHidden());
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("tableCombo"))->isHidden());
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 16);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Backstage"));
    QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("20"));
    QSignalSpy changed(&dialog, &ImportDialog::catalogChanged);
    dialog.start();
    QTRY_VERIFY(!dialog.isRunning());
    QCOMPARE(dialog.report().imported, 16);
    QCOMPARE(changed.size(), 1);
    auto opened = Catalog::open(catalog);
    QCOMPARE(FilmRepository(*opened).count(), 16);
}

void TestImportDialog::damagedJsonIsNamedBeforeImporting()
{
    QTemporaryDir dir;
    const QString catalog = dir.filePath(QStringLiteral("c.db"));
    const QString json = TestUtil::writeFile(
        dir, QStringLiteral("cut.json"), "{\"format\": \"marquee\",\n\"films\": [\n{\"title\":");
    ImportDialog dialog(catalog, Table::Films);
    dialog.setFile(json);
    auto *detected = dialog.findChild<QLabel *>(QStringLiteral("detectedLabel"));
    QVERIFY2(detected->text().contains(QStringLiteral("Line 3: the file is damaged")),
             qPrintable(detected->text()));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                 ->buttons()
                 .first()
                 ->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
