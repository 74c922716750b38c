#pragma once

#include "importexport.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>

namespace Marquee {

class Catalog;

// The file formats Marquee reads and writes, in one list that the import and export dialogs
// and marquee-cli's --format all take their names and choices from.
struct FileFormat
{
    QString name;         // on the command line: "csv", "json"
    QString title;        // for people: "Marquee JSON"
    QStringList suffixes; // without the dot; the first is the one written
    bool oneTable;        // holds one table (CSV) rather than a whole catalog
    // How surely a file is in this format, from its first bytes and its suffix: 0 not at all,
    // 1 by its name only, 2 by what it holds.
    int (*recognize)(QByteArrayView head, QStringView suffix);
    std::unique_ptr<Importer> (*importer)(Catalog &, const ImportOptions &);
    std::unique_ptr<Exporter> (*exporter)(Catalog &, const ExportOptions &);
    // The first films of a file of a whole catalog; CSV has its own preview with the columns.
    FilePreview (*preview)(const QString &path, int maxRows);
    bool folders = false; // reads a folder of files, and exports into one
    // How surely a folder or an archive at `path` is in this format (as recognize()).
    int (*recognizePath)(const QString &path) = nullptr;
    bool printable = false; // a printable catalog: a page per film or a compact list

    bool imports() const { return importer != nullptr; }
    bool exports() const { return exporter != nullptr; }
    // "Marquee JSON (*.json)" for file dialogs.
    QString fileFilter() const;
};

const QList<FileFormat> &fileFormats();
// Adds a format the core cannot provide itself (PDF, which needs Qt Gui); once per name.
void registerFileFormat(const FileFormat &format);
const FileFormat *findFormat(QStringView name);
// "csv, json": the names of the formats that import (or export).
QString formatNames(bool forImport);
// The format a file to import is in; nullptr with `error` set when no format reads it.
const FileFormat *detectImportFormat(const QString &path, QString *error = nullptr);
// The format an export to `path` is written in, by its suffix; CSV when nothing says.
const FileFormat &exportFormatFor(const QString &path);

} // namespace Marquee
