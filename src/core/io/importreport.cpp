#include "importreport.h"

#include "csvreader.h"

namespace Marquee {

QString toText(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::Update:
        return QStringLiteral("update");
    case DuplicatePolicy::Add:
        return QStringLiteral("add");
    }
    return {};
}

std::optional<DuplicatePolicy> parseDuplicatePolicy(QStringView text)
{
    for (const auto p : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Add}) {
        if (text.compare(toText(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

void ImportReport::addIssue(qint64 line, const QString &field, const QString &message,
                            const QString &file)
{
    if (issues.size() < MaxIssues)
        issues.append({line, field, message, file});
    else
        ++issuesLeftOut;
}

QString ImportReport::summary() const
{
    if (!fatal.isEmpty())
        return fatal;
    const QString verb =
        dryRun ? QStringLiteral("Dry run, nothing was written: would have ") : QString();
    QString text = verb + QStringLiteral("%1 imported, %2 updated, %3 skipped, %4 failed")
                              .arg(imported)
                              .arg(updated)
                              .arg(skipped)
                              .arg(failed);
    if (incomplete) {
        text += QStringLiteral(". The file could not be read to the end: the rows of the whole "
                               "batches committed before (%1) are kept, the rest was not imported.")
                    .arg(committed);
    } else if (cancelled) {
        text += rolledBack ? QStringLiteral(". Cancelled: nothing was written.")
                           : QStringLiteral(". Cancelled: the %1 rows of the whole batches "
                                            "committed before are kept; the batch in progress "
                                            "was discarded.")
                                 .arg(committed);
    } else if (rolledBack && !dryRun) {
        text += QStringLiteral(". Strict mode: nothing was written because rows failed.");
    } else {
        text += u'.';
    }
    return text;
}

QString ImportReport::text() const
{
    QStringList lines;
    if (fatal.isEmpty() && !format.isEmpty()) {
        lines.append(QStringLiteral("%1: read as %2").arg(fileName, format));
    } else if (fatal.isEmpty()) {
        lines.append(QStringLiteral("%1: read as %2, %3-separated")
                         .arg(fileName, toText(encoding), CsvReader::delimiterName(delimiter)));
    }
    lines.append(notes);
    for (const ImportIssue &issue : issues) {
        lines.append(
            QStringLiteral("%1:%2: %3%4")
                .arg(issue.file.isEmpty() ? fileName : issue.file)
                .arg(issue.line)
                .arg(issue.field.isEmpty() ? QString() : issue.field + QStringLiteral(": "),
                     issue.message));
    }
    if (issuesLeftOut > 0)
        lines.append(QStringLiteral("... and %1 more rows not listed").arg(issuesLeftOut));
    lines.append(summary());
    return lines.join(u'\n');
}

} // namespace Marquee
