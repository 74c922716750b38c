#pragma once

#include "textencoding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marquee {

enum class DuplicatePolicy { Skip, Update, Add };
QString toText(DuplicatePolicy policy);
std::optional<DuplicatePolicy> parseDuplicatePolicy(QStringView text);

// One row that did not go in as it was: where it starts in the file, the field and why.
struct ImportIssue
{
    qint64 line = 0;
    QString field; // empty when the whole record is at fault
    QString message;
    QString file; // for an import of a folder: the file, when it is not the report's
};

// What an import did, for the command line, the import dialog and a saved report.
struct ImportReport
{
    QString fileName;
    QString format; // the format's title when it is not CSV: "Marquee JSON"
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;        // duplicates left as they were
    qint64 failed = 0;         // rejected rows
    QList<ImportIssue> issues; // the first MaxIssues rejected or skipped rows
    qint64 issuesLeftOut = 0;  // rejected or skipped rows beyond MaxIssues
    QStringList notes;         // about the file: encoding, ignored columns ...
    QString fatal;             // set when nothing could be imported (unreadable file ...)
    bool dryRun = false;
    bool cancelled = false;
    bool incomplete = false; // reading the file failed part-way; the rest was not read
    bool rolledBack = false; // strict mode with failures, dry run, or cancel in strict mode
    qint64 committed = 0;    // rows in committed batches

    static constexpr int MaxIssues = 1000;

    void addIssue(qint64 line, const QString &field, const QString &message,
                  const QString &file = QString());
    // "file.csv:12: year: ..." lines, then the totals.
    QString text() const;
    QString summary() const;
};

} // namespace Marquee
