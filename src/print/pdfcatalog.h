#pragma once

#include "core/io/importexport.h"

namespace Marquee {

class Catalog;

// The printable catalog as PDF (A4): the HTML catalog laid out by Qt's rich text, posters
// included. It needs a QGuiApplication. The whole document is laid out in memory: meant for a
// search or a selection, or a catalog of thousands of films rather than a million.
class PdfCatalogExporter : public Exporter
{
public:
    PdfCatalogExporter(Catalog &catalog, const ExportOptions &options);
    ExportReport exportTo(QIODevice *device) override;

private:
    Catalog &m_catalog;
    ExportOptions m_options;
};

// Adds PDF to the format registry (once).
void registerPrintFormats();

} // namespace Marquee
