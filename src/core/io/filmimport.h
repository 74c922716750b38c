#pragma once

#include "../db/filmrepository.h"
#include "importexport.h"

#include <functional>
#include <memory>

namespace Marquee {

class Catalog;
class Savepoint;
class Transaction;

// The writing side of the importers that read whole films from another program's files (TMDB,
// Kodi): one transaction for the file, a savepoint per film, the duplicate policy, and the
// report's counts and issues. A damaged file, a cancel, a dry run or a strict import with
// faults leaves the catalog as it was.
class FilmImportSession
{
public:
    FilmImportSession(Catalog &catalog, const ImportOptions &options, ImportReport &report);
    ~FilmImportSession();

    // Writes a film read at `line`, following the duplicate policy (update keeps what the file
    // does not know). `after` runs inside the film's savepoint with its id (a poster ...).
    // Returns the id, or 0 when the film was skipped or refused; both are reported.
    qint64 write(const Film &film, qint64 line,
                 const std::function<void(FilmRepository &, qint64)> &after = {});
    void fail(qint64 line, const QString &field, const QString &message);
    // The file the next films and faults come from, for an import of a folder.
    void setFile(const QString &file) { m_file = file; }
    QString file() const { return m_file; }
    // Commits, or rolls back for a dry run, a cancel, a fatal fault or a strict import with
    // faults.
    void finish();

private:
    Catalog &m_catalog;
    const ImportOptions &m_options;
    ImportReport &m_report;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Savepoint> m_savepoint;
    FilmRepository m_films;
    QString m_file;
};

} // namespace Marquee
