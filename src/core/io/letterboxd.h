#pragma once

#include "importexport.h"

namespace Marquee {

class Catalog;

// A Letterboxd export: its folder or its .zip. watched.csv, watchlist.csv, ratings.csv,
// diary.csv and reviews.csv are read together, a film at a time (matched on name and year):
// the rating (half stars of 5 become the 0-10 scale), the latest watched date, the tags (and
// "watchlist" for films on it), and the person's reviews as reviews by them on Letterboxd.
// Films already in the catalog take these and keep the rest.
class LetterboxdImporter : public Importer
{
public:
    LetterboxdImporter(Catalog &catalog, const ImportOptions &options);
    ImportReport import(QIODevice *device, const QString &fileName) override;
    ImportReport importFile(const QString &path) override;

    static int recognize(QByteArrayView head, QStringView suffix);
    // 3 for a Letterboxd export's folder or .zip.
    static int recognizePath(const QString &path);
    static FilePreview preview(const QString &path, int maxRows);

private:
    Catalog &m_catalog;
    ImportOptions m_options;
};

} // namespace Marquee
