#pragma once

#include "importexport.h"

#include <functional>

namespace Marquee {

class Catalog;

// The printable catalog: a page per film (poster, facts, credits, ratings with the Metascore
// and critics' score in their colour bands, synopsis) or a compact list, as HTML that both
// browsers and Qt's rich text (for PDF) lay out. Written a film at a time.
class HtmlCatalog
{
public:
    // The address an image is shown from: a data: URL in a file, a resource name for PDF.
    using ImageUrl =
        std::function<QString(qint64 filmId, const QByteArray &image, const QString &mimeType)>;

    HtmlCatalog(Catalog &catalog, const ExportOptions &options, ImageUrl imageUrl);
    // Hands the document to `write` in pieces; returns the films written, or -1 when
    // `progress` cancelled. Throws Error when the catalog cannot be read.
    qint64 write(const std::function<void(const QString &html)> &write);

private:
    Catalog &m_catalog;
    ExportOptions m_options;
    ImageUrl m_imageUrl;
};

// The printable catalog as one HTML file, posters inside it.
class HtmlCatalogExporter : public Exporter
{
public:
    HtmlCatalogExporter(Catalog &catalog, const ExportOptions &options);
    ExportReport exportTo(QIODevice *device) override;

private:
    Catalog &m_catalog;
    ExportOptions m_options;
};

} // namespace Marquee
