#pragma once

#include "importexport.h"

namespace Marquee {

class Catalog;

// Tellico's files of video collections: the .tc archive (tellico.xml with its images) or the
// plain XML, images inside or not. Title and original title, year, running time, plot,
// certification ("R (USA)" becomes R), genres, nationalities, language, directors, writers,
// cast with roles, studios, the IMDb link, the personal rating (1-5 stars onto 0-10), keywords
// and medium as tags, comments as notes, the cover as poster. Collections of anything but
// videos are refused; a bad entry is reported with its line.
class TellicoImporter : public Importer
{
public:
    TellicoImporter(Catalog &catalog, const ImportOptions &options);
    ImportReport import(QIODevice *device, const QString &fileName) override;

    static int recognize(QByteArrayView head, QStringView suffix);
    static FilePreview preview(const QString &path, int maxRows);

private:
    Catalog &m_catalog;
    ImportOptions m_options;
};

} // namespace Marquee
