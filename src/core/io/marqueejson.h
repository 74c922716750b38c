#pragma once

#include "importexport.h"

namespace Marquee {

class Catalog;

// Marquee JSON: a whole catalog in one file, nothing left out. Companies and people come once
// each, then the films with their links, credits, poster and reviews nested, then the saved
// searches:
//
//   {"format": "marquee", "version": 1, "companies": [...], "people": [...], "films": [...],
//    "saved_searches": [...]}
//
// Members hold the CSV columns' names; a value not known is left out. Films refer to each other
// by "key". Exporting a catalog, importing the file into an empty catalog and exporting again
// gives the same bytes.
namespace MarqueeJson {
inline constexpr char FormatName[] = "marquee";
inline constexpr int Version = 1;
} // namespace MarqueeJson

// Writes the catalog, or the films of a search or a selection with the companies they name.
class MarqueeJsonExporter : public Exporter
{
public:
    MarqueeJsonExporter(Catalog &catalog, const ExportOptions &options);
    ExportReport exportTo(QIODevice *device) override;

private:
    Catalog &m_catalog;
    ExportOptions m_options;
};

// Reads a Marquee JSON file one film at a time, in one transaction: a file that turns out to be
// damaged part-way, a cancel or a strict import with faults leaves the catalog as it was. A
// film that cannot go in is reported with its line, field and reason; the others go in.
// Films already in the catalog (same IMDb id, else title and year) follow `onDuplicate`.
class MarqueeJsonImporter : public Importer
{
public:
    MarqueeJsonImporter(Catalog &catalog, const ImportOptions &options);
    ImportReport import(QIODevice *device, const QString &fileName) override;
    // The first `maxRows` films and the counts of what the file holds, without importing.
    static FilePreview preview(const QString &path, int maxRows);

private:
    Catalog &m_catalog;
    ImportOptions m_options;
};

} // namespace Marquee
