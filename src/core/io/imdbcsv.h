#pragma once

#include "importexport.h"

namespace Marquee {

class Catalog;

// The CSV files IMDb exports: a person's ratings and their lists (the watchlist is one), in
// every header generation since 2010 ("You rated" / "Your Rating", "Num. Votes" / "Num Votes",
// "Title type" / "Title Type", with or without "Original Title"). Rows of series, episodes and
// games are reported and skipped; the IMDb id is the key that finds a film already there.
class ImdbImporter : public Importer
{
public:
    ImdbImporter(Catalog &catalog, const ImportOptions &options);
    ImportReport import(QIODevice *device, const QString &fileName) override;

    // 2 when the first line is an IMDb export's header.
    static int recognize(QByteArrayView head, QStringView suffix);
    static FilePreview preview(const QString &path, int maxRows);

private:
    Catalog &m_catalog;
    ImportOptions m_options;
};

} // namespace Marquee
