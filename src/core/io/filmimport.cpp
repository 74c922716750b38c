#include "filmimport.h"

#include "../db/catalog.h"
#include "../db/savepoint.h"
#include "../domain/error.h"

namespace Marquee {

FilmImportSession::FilmImportSession(Catalog &catalog, const ImportOptions &options,
                                     ImportReport &report)
    : m_catalog(catalog), m_options(options), m_report(report),
      m_transaction(std::make_unique<Transaction>(catalog, Transaction::Indexing::Deferred)),
      m_savepoint(std::make_unique<Savepoint>(catalog)), m_films(catalog)
{
    m_report.dryRun = options.dryRun;
}

FilmImportSession::~FilmImportSession() = default;

void FilmImportSession::fail(qint64 line, const QString &field, const QString &message)
{
    ++m_report.failed;
    m_report.addIssue(line, field, message, m_file);
}

qint64 FilmImportSession::write(const Film &film, qint64 line,
                                const std::function<void(FilmRepository &, qint64)> &after)
{
    if (const FieldErrors errors = validate(film); !errors.isEmpty()) {
        fail(line, errors.first().field, errors.first().message);
        return 0;
    }
    m_savepoint->begin();
    try {
        qint64 id = 0;
        bool updated = false;
        const auto existing = m_options.onDuplicate == DuplicatePolicy::Add
                                  ? std::nullopt
                                  : m_films.findDuplicate(film);
        if (existing && m_options.onDuplicate == DuplicatePolicy::Skip) {
            m_savepoint->release();
            ++m_report.skipped;
            m_report.addIssue(line, QString(),
                              QStringLiteral("\"%1\" is already in the catalog (same IMDb id, or "
                                             "same title and year); skipped")
                                  .arg(film.title),
                              m_file);
            return 0;
        }
        if (existing) {
            const Film merged = withKnownFields(m_films.find(*existing).value(), film);
            if (const FieldErrors errors = validate(merged); !errors.isEmpty())
                throw Error(joinErrors(errors), Error::Kind::Invalid);
            m_films.update(merged);
            id = *existing;
            updated = true;
        } else {
            id = m_films.insert(film);
        }
        if (after)
            after(m_films, id);
        m_savepoint->release();
        ++(updated ? m_report.updated : m_report.imported);
        return id;
    } catch (const Error &e) {
        m_savepoint->rollback();
        m_films.clearCache();
        if (e.kind() != Error::Kind::Invalid && e.kind() != Error::Kind::Conflict)
            throw;
        fail(line, QString(), e.message());
        return 0;
    }
}

void FilmImportSession::finish()
{
    const bool discard = !m_report.fatal.isEmpty() || m_report.cancelled || m_options.dryRun ||
                         (m_options.strict && m_report.failed > 0);
    if (discard) {
        m_transaction->rollback();
        m_report.rolledBack = true;
        if (!m_report.fatal.isEmpty() || m_report.cancelled)
            m_report.imported = m_report.updated = 0;
        return;
    }
    m_transaction->commit();
    m_report.committed = m_report.imported + m_report.updated;
}

} // namespace Marquee
