#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/io/formats.h"
#include "core/io/htmlcatalog.h"
#include "core/io/samplecatalog.h"
#include "print/pdfcatalog.h"
#include "testutil.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// The printable catalog: HTML a page per film or a compact list, and PDF laid out from it.
class TestPrintCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPagePerFilmWithPosterCreditsAndRatings();
    void aCompactListOfTheSearchedFilms();
    void pdfHasAPagePerFilmAndItsPosters();

private:
    QByteArray exportWith(const QString &format, const ExportOptions &options);

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestPrintCatalog::initTestCase()
{
    registerPrintFormats();
    m_catalog = TestUtil::newCatalog(m_dir);
    loadSampleCatalog(*m_catalog);
    QImage poster(60, 90, QImage::Format_RGB32);
    poster.fill(QColor(0x33, 0x66, 0x99));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(poster.save(&buffer, "PNG"));
    FilmRepository films(*m_catalog);
    films.setPoster(*films.findByTitleYear(QStringLiteral("Backstage"), 2005), png,
                    QStringLiteral("image/png"));
}

QByteArray TestPrintCatalog::exportWith(const QString &format, const ExportOptions &options)
{
    const FileFormat *f = findFormat(format);
    if (!f || !f->printable)
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportReport report = f->exporter(*m_catalog, options)->exportTo(&buffer);
    if (!report.error.isEmpty())
        qWarning("%s", qPrintable(report.error));
    return buffer.data();
}

void TestPrintCatalog::aPagePerFilmWithPosterCreditsAndRatings()
{
    const QString html = QString::fromUtf8(exportWith(QStringLiteral("html"), {}));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QCOMPARE(html.count(QStringLiteral("<h1>")), 16);
    QCOMPARE(html.count(QStringLiteral("page-break-before: always")), 15);
    QVERIFY(html.contains(QStringLiteral("<h1>Backstage (2005)</h1>")));
    QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    QVERIFY(html.contains(QStringLiteral("Emmanuelle Seigner <i>(Lauren)</i>")));
    // Backstage (2000): a Metascore of 29, in the red band.
    QVERIFY(html.contains(QStringLiteral("background-color:#d23f31; color:white; "
                                         "font-weight:bold\">&nbsp;29&nbsp;")));
    // The 2005 film's critics: 61.8 over 14 scored reviews, green.
    QVERIFY(html.contains(QStringLiteral("#2e9d4f; color:white; font-weight:bold\">&nbsp;62&nbsp;"
                                         "</span> of 14 reviews")));
}

void TestPrintCatalog::aCompactListOfTheSearchedFilms()
{
    ExportOptions options;
    options.compact = true;
    options.filter = QStringLiteral("backstage");
    const QString html = QString::fromUtf8(exportWith(QStringLiteral("html"), options));
    QVERIFY(
        html.contains(QStringLiteral("<table class=\"list\" width=\"100%\" cellpadding=\"3\"")));
    QCOMPARE(html.count(QStringLiteral("<tr><td>")), 2);
    QVERIFY(!html.contains(QStringLiteral("page-break")));
    QVERIFY(html.contains(QStringLiteral("<b>Backstage (2000)</b>")));
    QVERIFY(html.contains(QStringLiteral("Chris Fiore")));
}

void TestPrintCatalog::pdfHasAPagePerFilmAndItsPosters()
{
    const QByteArray pages = exportWith(QStringLiteral("pdf"), {});
    QVERIFY(pages.startsWith("%PDF-"));
    const auto pageCount = [](const QByteArray &pdf) {
        const auto m =
            QRegularExpression(QStringLiteral("/Count (\\d+)")).match(QString::fromLatin1(pdf));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    };
    // A page per film at least; a long synopsis takes a second one.
    QVERIFY2(pageCount(pages) >= 16, qPrintable(QString::number(pageCount(pages))));
    QVERIFY(pages.contains("/Subtype /Image"));

    ExportOptions list;
    list.compact = true;
    const QByteArray compact = exportWith(QStringLiteral("pdf"), list);
    QVERIFY(compact.startsWith("%PDF-"));
    QVERIFY(pageCount(compact) >= 1);
    QVERIFY(pageCount(compact) < pageCount(pages));
}

QTEST_MAIN(TestPrintCatalog)
#include "tst_printcatalog.moc"
