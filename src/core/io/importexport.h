#pragma once

#include "../domain/fields.h"
#include "importreport.h"
#include "textencoding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QFile;
class QIODevice;

namespace Marquee {

struct ImportOptions
{
    Table table = Table::Films; // for formats of one table (CSV)
    Encoding encoding = Encoding::Auto;
    char delimiter = 0; // 0: detect
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool strict = false;                            // all or nothing
    bool dryRun = false;                            // report only, write nothing
    bool formulaGuard = true;                       // remove the spreadsheet guard apostrophe
    int batchSize = 5000;                           // rows per committed transaction
    QString providerCountry = QStringLiteral("US"); // whose watch providers a TMDB file gives
    // The field each column goes to (an index into fieldsOf(table), -1 to ignore it); empty
    // means matching the header's names.
    QList<int> columnFields;
    // Called now and then with the bytes read so far and the file's size (-1 if unknown);
    // returning false cancels the import.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Called once when a large import has read its rows and builds the sort indexes it left
    // to its end (ten seconds at a million films), which cannot be cancelled.
    std::function<void()> finishing;
};

struct ExportOptions
{
    Table table = Table::Films; // for formats of one table (CSV)
    QStringList columns;        // field names in the order wanted; empty means all
    char delimiter = ',';
    bool header = true;
    bool formulaGuard = true;
    QString filter;       // only the rows that pass a view's filter ...
    QList<qint64> ids;    // ... and, when not empty, only these rows (a selection)
    bool compact = false; // a printable catalog as a list, rather than a page per film
    // Threads that read a large table at once (CSV); 0: one per core, at most four.
    int threads = 0;
    // Called every few thousand rows with the rows written; returning false cancels.
    std::function<bool(qint64 rows)> progress;
};

struct ExportReport
{
    qint64 rows = 0;
    int threads = 1; // that read the catalog at once (a large table's CSV)
    bool cancelled = false;
    QString error; // empty when the export succeeded
};

// What a file to import holds, for the import dialog: the first films as a table, how many
// there are in all, and what the file holds besides.
struct FilePreview
{
    QString error; // set when the file cannot be read
    QStringList header;
    QList<QStringList> rows;
    qint64 films = 0;
    QString summary; // "16 films, 3 companies, 2 saved searches"
};

// Opens `file` for reading; false with `error` saying "Cannot read PATH: why".
bool openForReading(QFile &file, QString &error);

// Reads one file format into a catalog. Every format's importer works on a QIODevice and
// reports what it did, row by row, in an ImportReport.
class Importer
{
public:
    virtual ~Importer() = default;
    virtual ImportReport import(QIODevice *device, const QString &fileName) = 0;
    // A file; formats that read folders (Kodi) take a folder too.
    virtual ImportReport importFile(const QString &path);
};

// Writes a catalog, or the rows of a search or a selection, in one file format.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual ExportReport exportTo(QIODevice *device) = 0;
    // Through QSaveFile: a failed or cancelled export leaves any earlier file as it was.
    // Formats of a file per film (Kodi) write into the folder `path` instead.
    virtual ExportReport exportFile(const QString &path);
};

} // namespace Marquee
