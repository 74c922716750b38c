#pragma once

#include "importexport.h"

class QXmlStreamReader;

namespace Marquee {

class Catalog;
struct Film;

// Kodi's movie .nfo files: the XML Kodi reads beside a film and writes when it exports its
// library. Ratings by source (imdb, themoviedb, metacritic) and the older single <rating>,
// <uniqueid> and the older <id>, directors, writers (<credits>), actors with their roles and
// order, studios, countries by name, the user's rating and last play.
namespace KodiNfo {
// Reads a <movie> document into `film`. Returns false with `error` (at `line`) when the file is
// not a Kodi movie or a value is wrong; `ignored` collects the elements Marquee does not keep.
bool read(QIODevice *device, Film &film, QString &error, qint64 &line, QStringList &ignored);
// The file name a film's .nfo gets: "Title (Year).nfo", without characters file systems refuse.
QString fileName(const Film &film);
} // namespace KodiNfo

// One .nfo file, or a folder of them read recursively, in one transaction.
class NfoImporter : public Importer
{
public:
    NfoImporter(Catalog &catalog, const ImportOptions &options);
    ImportReport import(QIODevice *device, const QString &fileName) override;
    ImportReport importFile(const QString &path) override;

    static int recognize(QByteArrayView head, QStringView suffix);
    // 2 for a folder with .nfo files in it.
    static int recognizePath(const QString &path);
    static FilePreview preview(const QString &path, int maxRows);

private:
    Catalog &m_catalog;
    ImportOptions m_options;
};

// A .nfo per film into a folder; to a single device, one film's.
class NfoExporter : public Exporter
{
public:
    NfoExporter(Catalog &catalog, const ExportOptions &options);
    ExportReport exportTo(QIODevice *device) override;
    ExportReport exportFile(const QString &folder) override;

private:
    Catalog &m_catalog;
    ExportOptions m_options;
};

} // namespace Marquee
