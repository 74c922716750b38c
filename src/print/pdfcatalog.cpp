#include "pdfcatalog.h"

#include "core/domain/error.h"
#include "core/io/formats.h"
#include "core/io/htmlcatalog.h"

#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Marquee {

PdfCatalogExporter::PdfCatalogExporter(Catalog &catalog, const ExportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

ExportReport PdfCatalogExporter::exportTo(QIODevice *device)
{
    ExportReport report;
    try {
        QTextDocument document;
        // Posters go in as resources of the document, scaled to what the page shows.
        HtmlCatalog html(m_catalog, m_options,
                         [&document, this](qint64 id, const QByteArray &bytes, const QString &) {
                             const QUrl url(QStringLiteral("poster:%1").arg(id));
                             QImage image = QImage::fromData(bytes);
                             const int width = m_options.compact ? 80 : 360;
                             if (!image.isNull() && image.width() > width)
                                 image = image.scaledToWidth(width, Qt::SmoothTransformation);
                             document.addResource(QTextDocument::ImageResource, url, image);
                             return url.toString();
                         });
        QString text;
        const qint64 rows = html.write([&text](const QString &part) { text += part; });
        if (rows < 0) {
            report.cancelled = true;
            return report;
        }
        document.setHtml(text);
        QPdfWriter writer(device);
        writer.setTitle(QStringLiteral("Films"));
        writer.setCreator(QStringLiteral("Marquee"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        document.print(&writer);
        report.rows = rows;
    } catch (const Error &e) {
        report.error = e.message();
    }
    return report;
}

void registerPrintFormats()
{
    FileFormat pdf;
    pdf.name = QStringLiteral("pdf");
    pdf.title = QStringLiteral("Printable catalog (PDF)");
    pdf.suffixes = {QStringLiteral("pdf")};
    pdf.oneTable = false;
    pdf.recognize = nullptr;
    pdf.importer = nullptr;
    pdf.exporter = [](Catalog &catalog, const ExportOptions &options) -> std::unique_ptr<Exporter> {
        return std::make_unique<PdfCatalogExporter>(catalog, options);
    };
    pdf.preview = nullptr;
    pdf.printable = true;
    registerFileFormat(pdf);
}

} // namespace Marquee
