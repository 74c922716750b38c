#pragma once

#include "importexport.h"

namespace Marquee {

class Catalog;

// TMDB's movie details (the /movie/{id} response), with release_dates, credits and
// watch/providers when they were appended; one film per file, or a list of them. The US
// certification, the director, writers and top cast, and the providers of the options' country
// by offer are read; a film already in the catalog (same IMDb id, else title and year) follows
// the duplicate policy.
class TmdbImporter : public Importer
{
public:
    TmdbImporter(Catalog &catalog, const ImportOptions &options);
    ImportReport import(QIODevice *device, const QString &fileName) override;

    static int recognize(QByteArrayView head, QStringView suffix);
    static FilePreview preview(const QString &path, int maxRows);

    static constexpr int TopCast = 15; // the cast members kept, in billing order

private:
    Catalog &m_catalog;
    ImportOptions m_options;
};

} // namespace Marquee
