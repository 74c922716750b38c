#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/io/samplecatalog.h"
#include "exportdialog.h"
#include "testutil.h"
#include "translations.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheChosenColumnsOfTheSelectedRows();
    void writesTheFilteredRowsWithAnotherDelimiter();
    void writesTheSearchedFilmsAsMarqueeJson();
    void filterOfAnotherTableDoesNotApplyToJson();
    void kodiExportWritesAFolder();
    void printableCatalogAsACompactPdf();

private:
    QTemporaryDir m_dir;
    QString m_catalog;
    QList<qint64> m_backstage;
};

void TestExportDialog::initTestCase()
{
    installTranslations(*QCoreApplication::instance());
    m_catalog = m_dir.filePath(QStringLiteral("sample.db"));
    auto catalog = Catalog::open(m_catalog);
    loadSampleCatalog(*catalog);
    FilmRepository films(*catalog);
    m_backstage = {*films.findByTitleYear(QStringLiteral("Backstage"), 2000),
                   *films.findByTitleYear(QStringLiteral("Backstage"), 2005)};
}

void TestExportDialog::writesTheChosenColumnsOfTheSelectedRows()
{
    ExportDialog::Scope scope;
    scope.selection = m_backstage;
    ExportDialog dialog(m_catalog, Table::Films, scope);
    const QString out = m_dir.filePath(QStringLiteral("selected.csv"));
    dialog.setFile(out);
    dialog.setColumns({QStringLiteral("year"), QStringLiteral("title"),
                       QStringLiteral("critics_score"), QStringLiteral("companies")});
    QCOMPARE(dialog.columns().size(), 4);
    dialog.start();
    QTRY_VERIFY(!dialog.isRunning());
    QVERIFY2(dialog.status().contains(QStringLiteral("Exported 2 rows")),
             qPrintable(dialog.status()));
    QCOMPARE(
        TestUtil::readFile(out),
        QByteArray("year,title,critics_score,companies\r\n"
                   "2005,Backstage,61.8,Haut et Court; ARTE France Cin\xC3\xA9ma; StudioCanal\r\n"
                   "2000,Backstage,,\r\n"));
}

void TestExportDialog::writesTheFilteredRowsWithAnotherDelimiter()
{
    ExportDialog::Scope scope;
    scope.filter = QStringLiteral("title:the");
    ExportDialog dialog(m_catalog, Table::Films, scope);
    const QString out = m_dir.filePath(QStringLiteral("filtered.csv"));
    dialog.setFile(out);
    dialog.setRows(1);
    dialog.setColumns({QStringLiteral("title")});
    auto *delimiter = dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    delimiter->setCurrentIndex(delimiter->findData(int(';')));
    dialog.start();
    QTRY_VERIFY(!dialog.isRunning());
    const QList<QByteArray> lines = TestUtil::readFile(out).split('\n');
    // Header, then The Cider House Rules, The Truman Show, The Shawshank Redemption,
    // Once Upon a Time... in Hollywood (no) -- every title with a word starting "the".
    QCOMPARE(lines.first(), QByteArray("title\r"));
    QVERIFY(lines.contains("The Truman Show\r"));
    QVERIFY(!lines.contains("Backstage\r"));
}

void TestExportDialog::writesTheSearchedFilmsAsMarqueeJson()
{
    ExportDialog::Scope scope;
    scope.filter = QStringLiteral("backstage");
    ExportDialog dialog(m_catalog, Table::Films, scope);
    dialog.setFile(m_dir.filePath(QStringLiteral("search.csv")));
    dialog.setFormat(QStringLiteral("json"));
    // The CSV choices go away, and the file's name follows the format.
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("columnsBox"))->isHidden());
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("delimiterCombo"))->isHidden());
    const QString out = m_dir.filePath(QStringLiteral("search.json"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text(), out);
    dialog.start();
    QTRY_VERIFY(!dialog.isRunning());
    QVERIFY2(dialog.status().contains(QStringLiteral("Exported 2 films")),
             qPrintable(dialog.status()));
    const QJsonObject json = QJsonDocument::fromJson(TestUtil::readFile(out)).object();
    QCOMPARE(json[QLatin1String("format")].toString(), QStringLiteral("marquee"));
    const QJsonArray films = json[QLatin1String("films")].toArray();
    QCOMPARE(films.size(), 2);
    QCOMPARE(films[0][QLatin1String("title")].toString(), QStringLiteral("Backstage"));
    QCOMPARE(films[0][QLatin1String("reviews")].toArray().size(), 20);
}

void TestExportDialog::filterOfAnotherTableDoesNotApplyToJson()
{
    ExportDialog::Scope scope;
    scope.filter = QStringLiteral("haut");
    ExportDialog dialog(m_catalog, Table::Companies, scope);
    auto *filtered = dialog.findChild<QRadioButton *>(QStringLiteral("filteredRadio"));
    QVERIFY(filtered->isEnabled() && filtered->isChecked());
    dialog.setFormat(QStringLiteral("json"));
    QVERIFY(!filtered->isEnabled());
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("allRadio"))->isChecked());
    dialog.setFormat(QStringLiteral("csv"));
    QVERIFY(filtered->isEnabled());
}

void TestExportDialog::kodiExportWritesAFolder()
{
    ExportDialog dialog(m_catalog, Table::Films, {});
    dialog.setFile(m_dir.filePath(QStringLiteral("kodi.csv")));
    dialog.setFormat(QStringLiteral("nfo"));
    const QString folder = m_dir.filePath(QStringLiteral("kodi"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text(), folder);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("fileCaption"))->text(),
             QStringLiteral("Folder:"));
    dialog.start();
    QTRY_VERIFY(!dialog.isRunning());
    QVERIFY2(dialog.status().contains(QStringLiteral("Exported 16 films")),
             qPrintable(dialog.status()));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.nfo")}).size(), 16);
    dialog.setFormat(QStringLiteral("json"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text(),
             folder + QStringLiteral(".json"));
}

void TestExportDialog::printableCatalogAsACompactPdf()
{
    ExportDialog::Scope scope;
    scope.selection = m_backstage;
    ExportDialog dialog(m_catalog, Table::Films, scope);
    dialog.setFile(m_dir.filePath(QStringLiteral("print.csv")));
    dialog.setFormat(QStringLiteral("pdf"));
    auto *layout = dialog.findChild<QComboBox *>(QStringLiteral("layoutCombo"));
    QVERIFY(!layout->isHidden());
    layout->setCurrentIndex(layout->findData(true));
    const QString out = m_dir.filePath(QStringLiteral("print.pdf"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text(), out);
    dialog.start();
    QTRY_VERIFY(!dialog.isRunning());
    QVERIFY2(dialog.status().contains(QStringLiteral("Exported 2 films")),
             qPrintable(dialog.status()));
    QVERIFY(TestUtil::readFile(out).startsWith("%PDF-"));
    dialog.setFormat(QStringLiteral("csv"));
    QVERIFY(layout->isHidden());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
