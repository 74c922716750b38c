#include "csvimporter.h"

#include "../db/catalog.h"
#include "../db/companyrepository.h"
#include "../db/deferredindexes.h"
#include "../db/filmrepository.h"
#include "../db/filmsearchbuilder.h"
#include "../db/personrepository.h"
#include "../db/reviewrepository.h"
#include "../db/savepoint.h"
#include "../domain/error.h"
#include "../domain/score.h"
#include "csvdialect.h"
#include "csvreader.h"
#include "fieldtext.h"
#include "formulaguard.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <vector>

namespace Marquee {

namespace {

enum class Outcome { Imported, Updated, Skipped, Failed };

// What a writer makes of a row before it reaches the catalog: a film read and checked.
struct Prepared
{
    std::optional<Film> film;
};

// Turns the cells of one record into a row of one table and writes it.
class RowWriter
{
public:
    virtual ~RowWriter() = default;
    // The part of the work that needs no catalog, which may run on another thread than
    // write(): false (with `reason`, and `field` when one field is at fault) when the row is
    // bad. Writers that prepare nothing return true.
    virtual bool prepare(const QList<Cell> &cells, Prepared &prepared, QString &field,
                         QString &reason) const
    {
        Q_UNUSED(cells);
        Q_UNUSED(prepared);
        Q_UNUSED(field);
        Q_UNUSED(reason);
        return true;
    }
    // Sets `reason` (with `field` when one field is at fault) for skipped and failed rows.
    // `prepared`, when given, is what prepare() made of the same cells.
    virtual Outcome write(const QList<Cell> &cells, const Prepared *prepared,
                          DuplicatePolicy policy, QString &field, QString &reason) = 0;
    virtual void clearCache() {}
};

template <typename Record, typename FieldEnum, typename Setter>
bool applyCells(Record &record, const QList<Cell> &cells, Setter setter, QString &field,
                QString &reason, Table table)
{
    for (const Cell &cell : cells) {
        const QString error = setter(record, FieldEnum(cell.field), cell.text);
        if (!error.isEmpty()) {
            field = fieldsOf(table)[cell.field].name;
            reason = error;
            return false;
        }
    }
    return true;
}

bool validRecord(const FieldErrors &errors, QString &field, QString &reason)
{
    if (errors.isEmpty())
        return true;
    field = errors.first().field;
    reason = errors.first().message;
    return false;
}

class FilmWriter : public RowWriter
{
public:
    explicit FilmWriter(Catalog &catalog) : m_films(catalog) {}

    bool prepare(const QList<Cell> &cells, Prepared &prepared, QString &field,
                 QString &reason) const override
    {
        Film film;
        if (!applyCells<Film, FilmField>(film, cells, setFilmField, field, reason, Table::Films) ||
            !validRecord(validate(film), field, reason))
            return false;
        prepared.film = std::move(film);
        return true;
    }

    Outcome write(const QList<Cell> &cells, const Prepared *prepared, DuplicatePolicy policy,
                  QString &field, QString &reason) override
    {
        Prepared own;
        if (!prepared || !prepared->film) {
            if (!prepare(cells, own, field, reason))
                return Outcome::Failed;
            prepared = &own;
        }
        const Film &film = *prepared->film;
        const auto duplicate =
            policy == DuplicatePolicy::Add ? std::nullopt : m_films.findDuplicate(film);
        if (!duplicate) {
            m_films.insert(film);
            return Outcome::Imported;
        }
        if (policy == DuplicatePolicy::Skip) {
            reason = QStringLiteral("\"%1\" is already in the catalog (same IMDb id, or same "
                                    "title and year); skipped")
                         .arg(film.title);
            return Outcome::Skipped;
        }
        // Update: the file's columns overwrite the stored film's; the rest is kept.
        Film stored = m_films.find(*duplicate).value();
        if (!applyCells<Film, FilmField>(stored, cells, setFilmField, field, reason,
                                         Table::Films) ||
            !validRecord(validate(stored), field, reason))
            return Outcome::Failed;
        m_films.update(stored);
        return Outcome::Updated;
    }

    void clearCache() override { m_films.clearCache(); }

private:
    FilmRepository m_films;
};

// Companies and people: unique by name, so "add" cannot add a second one of a name.
template <typename Record, typename FieldEnum, typename Repository>
class NamedWriter : public RowWriter
{
public:
    using Setter = QString (*)(Record &, FieldEnum, const QString &);
    NamedWriter(Catalog &catalog, Table table, Setter setter, const char *noun)
        : m_repository(catalog), m_table(table), m_setter(setter), m_noun(noun)
    {}

    Outcome write(const QList<Cell> &cells, const Prepared *, DuplicatePolicy policy,
                  QString &field, QString &reason) override
    {
        Record record;
        if (!applyCells<Record, FieldEnum>(record, cells, m_setter, field, reason, m_table) ||
            !validRecord(validate(record), field, reason))
            return Outcome::Failed;
        const auto stored = m_repository.findByName(record.name);
        if (!stored) {
            m_repository.insert(record);
            return Outcome::Imported;
        }
        if (policy == DuplicatePolicy::Update) {
            Record updated = *stored;
            if (!applyCells<Record, FieldEnum>(updated, cells, m_setter, field, reason, m_table))
                return Outcome::Failed;
            m_repository.update(updated);
            return Outcome::Updated;
        }
        reason = QStringLiteral("%1 named \"%2\" is already in the catalog; skipped")
                     .arg(QLatin1String(m_noun), record.name);
        return Outcome::Skipped;
    }

    void clearCache() override { m_repository.clearCache(); }

private:
    Repository m_repository;
    Table m_table;
    Setter m_setter;
    const char *m_noun;
};

class ReviewWriter : public RowWriter
{
public:
    explicit ReviewWriter(Catalog &catalog) : m_films(catalog), m_reviews(catalog) {}

    Outcome write(const QList<Cell> &cells, const Prepared *, DuplicatePolicy policy,
                  QString &field, QString &reason) override
    {
        Review review;
        QString title;
        std::optional<int> year;
        bool scoreGiven = false;
        bool originalGiven = false;
        for (const Cell &cell : cells) {
            const auto f = ReviewField(cell.field);
            if (f == ReviewField::FilmTitle) {
                title = cell.text.trimmed();
            } else if (f == ReviewField::FilmYear && !cell.text.trimmed().isEmpty()) {
                Film probe;
                const QString error = setFilmField(probe, FilmField::Year, cell.text);
                if (!error.isEmpty()) {
                    field = QStringLiteral("film_year");
                    reason = error;
                    return Outcome::Failed;
                }
                year = probe.year;
            } else if (f == ReviewField::Score) {
                scoreGiven = !cell.text.trimmed().isEmpty();
            } else if (f == ReviewField::OriginalScore) {
                originalGiven = true;
            }
        }
        if (!applyCells<Review, ReviewField>(review, cells, setReviewField, field, reason,
                                             Table::Reviews))
            return Outcome::Failed;
        if (title.isEmpty()) {
            field = QStringLiteral("film_title");
            reason = QStringLiteral("the film's title is required");
            return Outcome::Failed;
        }
        const auto filmId = m_films.findByTitleYear(title, year);
        if (!filmId) {
            field = QStringLiteral("film_title");
            reason = QStringLiteral("there is no film \"%1\"%2 in the catalog; import the films "
                                    "first")
                         .arg(title, year ? QStringLiteral(" (%1)").arg(*year) : QString());
            return Outcome::Failed;
        }
        review.filmId = *filmId;
        // A score given in the file wins; otherwise the written score is normalized.
        if (!scoreGiven)
            review.score = normalizeScore(review.originalScore);
        if (!validRecord(validate(review), field, reason))
            return Outcome::Failed;

        const auto duplicate =
            policy == DuplicatePolicy::Add ? std::nullopt : m_reviews.findDuplicate(review);
        if (!duplicate) {
            m_reviews.insert(review);
            return Outcome::Imported;
        }
        if (policy == DuplicatePolicy::Skip) {
            reason = QStringLiteral("the same review of \"%1\" is already in the catalog; skipped")
                         .arg(title);
            return Outcome::Skipped;
        }
        Review stored = m_reviews.find(*duplicate).value();
        const std::optional<double> storedScore = stored.score;
        if (!applyCells<Review, ReviewField>(stored, cells, setReviewField, field, reason,
                                             Table::Reviews))
            return Outcome::Failed;
        // The score changes only when the file says something about it.
        if (!scoreGiven)
            stored.score = originalGiven ? normalizeScore(stored.originalScore) : storedScore;
        m_reviews.update(stored);
        return Outcome::Updated;
    }

private:
    FilmRepository m_films;
    ReviewRepository m_reviews;
};

std::unique_ptr<RowWriter> makeWriter(Catalog &catalog, Table table)
{
    switch (table) {
    case Table::Films:
        return std::make_unique<FilmWriter>(catalog);
    case Table::Companies:
        return std::make_unique<NamedWriter<Company, CompanyField, CompanyRepository>>(
            catalog, table, setCompanyField, "a company");
    case Table::Reviews:
        return std::make_unique<ReviewWriter>(catalog);
    case Table::People:
        return std::make_unique<NamedWriter<Person, PersonField, PersonRepository>>(
            catalog, table, setPersonField, "a person");
    }
    return nullptr;
}

// The field that must be mapped for a row to mean anything.
int requiredField(Table)
{
    return 0; // title, name, film_title: the first field of each table
}

// A record read, its cells mapped, adapted and prepared, ready to be written.
struct ReadRow
{
    qint64 line = 0;      // where the record starts
    qint64 bytesRead = 0; // of the file, once the record was read
    QString error;        // a malformed record: nothing else is set
    QList<Cell> cells;
    CsvDialect::Verdict verdict = CsvDialect::Verdict::Keep;
    bool prepared = false; // false with field and reason: the row is bad
    QString field;
    QString reason;
    Prepared values;
};

// Reads, decodes, maps and checks the records on a thread of its own, a chunk of rows at a
// time, while the importing thread writes the rows before them.
class ReadAhead
{
public:
    struct Setup
    {
        CsvReader *reader;
        qsizetype headerFields;
        QList<int> columnField;
        bool formulaGuard;
        const CsvDialect *dialect;
        const RowWriter *writer;
    };

    explicit ReadAhead(const Setup &setup) : m_setup(setup)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    ~ReadAhead()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_changed.wakeAll();
        }
        m_thread->wait();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next row; false at the end of the records, or after an error that ends them.
    bool next(ReadRow &row)
    {
        if (m_next == m_current.size()) {
            m_current.clear();
            m_next = 0;
            QMutexLocker lock(&m_mutex);
            while (m_chunks.empty() && !m_done)
                m_changed.wait(&m_mutex);
            if (m_chunks.empty())
                return false;
            m_current = std::move(m_chunks.front());
            m_chunks.pop_front();
            m_changed.wakeAll();
        }
        row = std::move(m_current[m_next++]);
        return true;
    }

    // Once next() returned false: why the records ended early, if they did.
    QString errorString() const
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }

private:
    static constexpr int ChunkRows = 256;
    static constexpr size_t MaxChunks = 16; // a few megabytes of rows at most

    void run()
    {
        std::vector<ReadRow> chunk;
        const auto publish = [&](bool last) {
            QMutexLocker lock(&m_mutex);
            while (!last && m_chunks.size() >= MaxChunks && !m_stop)
                m_changed.wait(&m_mutex);
            if (!chunk.empty())
                m_chunks.push_back(std::move(chunk));
            chunk.clear();
            m_done = last;
            m_changed.wakeAll();
            return !m_stop;
        };
        CsvReader &reader = *m_setup.reader;
        CsvReader::Record record;
        QString error;
        try {
            while (reader.next(record)) {
                chunk.emplace_back();
                read(record, chunk.back());
                if (!reader.errorString().isEmpty())
                    break;
                if (chunk.size() == ChunkRows && !publish(false))
                    return;
            }
            error = reader.errorString();
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what()); // out of memory, most likely
        }
        {
            QMutexLocker lock(&m_mutex);
            m_error = error;
        }
        publish(true);
    }

    void read(const CsvReader::Record &record, ReadRow &row) const
    {
        row.line = record.line;
        row.bytesRead = m_setup.reader->bytesRead();
        if (!record.error.isEmpty()) {
            row.error = record.error;
            return;
        }
        if (record.fields.size() != m_setup.headerFields) {
            row.error = QStringLiteral("the record has %1 fields, the header has %2")
                            .arg(record.fields.size())
                            .arg(m_setup.headerFields);
            return;
        }
        const QList<int> &columnField = m_setup.columnField;
        for (qsizetype c = 0; c < record.fields.size() && c < columnField.size(); ++c) {
            if (columnField[c] < 0)
                continue;
            row.cells.append({columnField[c], m_setup.formulaGuard
                                                  ? unguardFormula(record.fields[c])
                                                  : record.fields[c]});
        }
        if (m_setup.dialect)
            row.verdict = m_setup.dialect->adapt(row.cells, row.field, row.reason);
        if (row.verdict == CsvDialect::Verdict::Keep)
            row.prepared = m_setup.writer->prepare(row.cells, row.values, row.field, row.reason);
    }

    const Setup m_setup;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<std::vector<ReadRow>> m_chunks;
    bool m_done = false;
    bool m_stop = false;
    QString m_error;
    // The chunk being written, on the importing thread.
    std::vector<ReadRow> m_current;
    size_t m_next = 0;
};

} // namespace

CsvImporter::CsvImporter(Catalog &catalog, const ImportOptions &options, const CsvDialect *dialect)
    : m_catalog(catalog), m_options(options), m_dialect(dialect)
{}

ImportReport CsvImporter::import(QIODevice *device, const QString &fileName)
{
    ImportReport report;
    report.fileName = fileName;
    report.dryRun = m_options.dryRun;
    const Table table = m_dialect ? Table::Films : m_options.table;
    const QList<FieldInfo> &fields = fieldsOf(table);

    CsvReader reader(device, fileName, {m_options.encoding, m_options.delimiter});
    if (!reader.start()) {
        report.fatal = reader.errorString();
        return report;
    }
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    report.notes.append(reader.warnings());

    CsvReader::Record header;
    if (!reader.next(header)) {
        report.fatal = reader.errorString().isEmpty()
                           ? QStringLiteral("%1 is empty: a CSV file starts with a header line "
                                            "naming its columns.")
                                 .arg(fileName)
                           : reader.errorString();
        return report;
    }
    if (!header.error.isEmpty()) {
        report.fatal = QStringLiteral("%1:%2: the header line is malformed: %3")
                           .arg(fileName)
                           .arg(header.line)
                           .arg(header.error);
        return report;
    }

    // Column -> field, by the given mapping or by the header's names.
    QList<int> columnField = m_options.columnFields;
    if (columnField.isEmpty() && m_dialect) {
        report.format = QStringLiteral("%1 (%2, %3-separated)")
                            .arg(m_dialect->title(), toText(report.encoding),
                                 CsvReader::delimiterName(report.delimiter));
        columnField = m_dialect->mapHeader(header.fields, report.notes);
    } else if (columnField.isEmpty()) {
        QList<bool> taken(fields.size(), false);
        for (qsizetype c = 0; c < header.fields.size(); ++c) {
            const QString name = header.fields[c].trimmed();
            int f = fieldForHeader(table, name);
            if (f < 0) {
                report.notes.append(QStringLiteral("Column %1 \"%2\" is not a field of %3; it "
                                                   "was ignored.")
                                        .arg(c + 1)
                                        .arg(name, tableName(table)));
            } else if (fields[f].computed) {
                report.notes.append(QStringLiteral("Column %1 \"%2\" is computed by Marquee; it "
                                                   "was ignored.")
                                        .arg(c + 1)
                                        .arg(name));
                f = -1;
            } else if (taken[f]) {
                report.notes.append(QStringLiteral("Column %1 \"%2\" repeats the field %3; only "
                                                   "the first such column is read.")
                                        .arg(c + 1)
                                        .arg(name, fields[f].name));
                f = -1;
            } else {
                taken[f] = true;
            }
            columnField.append(f);
        }
    }
    if (!columnField.contains(requiredField(table))) {
        report.fatal = QStringLiteral("%1: no column gives the %2 field, which every row of %3 "
                                      "needs (the header has: %4).")
                           .arg(fileName, fields[requiredField(table)].name, tableName(table),
                                header.fields.join(QStringLiteral(", ")));
        return report;
    }

    const bool single = m_options.strict || m_options.dryRun;
    const int batchSize = std::max(1, m_options.batchSize);
    std::unique_ptr<RowWriter> writer = makeWriter(m_catalog, table);
    std::unique_ptr<Transaction> transaction;
    qint64 inBatch = 0;
    qint64 rowsInBatch = 0;

    QList<QList<Cell>> written; // the rows of the batch in progress that wrote something
    const auto beginBatch = [&] {
        transaction = std::make_unique<Transaction>(m_catalog, Transaction::Indexing::Deferred);
        inBatch = 0;
        rowsInBatch = 0;
        written.clear();
    };
    const auto rollbackBatch = [&] {
        transaction.reset();
        writer->clearCache();
    };
    bool indexesDeferred = false;
    // Started once the sort indexes are dropped, by the commit after (once: another import's
    // may be at work).
    std::unique_ptr<FilmSearchBuilder> searchBuilder;
    bool searchBuilderTried = false;
    const auto restoreDeferredIndexes = [&] {
        if (!indexesDeferred)
            return;
        indexesDeferred = false; // once, however the import ends
        if (m_options.finishing)
            m_options.finishing();
        if (searchBuilder) {
            try {
                searchBuilder->finish();
            } catch (const Error &e) {
                report.notes.append(QStringLiteral("The full-text index of the films imported "
                                                   "could not be completed (%1); the next open "
                                                   "of the catalog completes it.")
                                        .arg(e.message()));
            }
            searchBuilder.reset();
        }
        try {
            DeferredIndexes::restore(m_catalog);
        } catch (const Error &e) {
            report.notes.append(
                QStringLiteral(
                    "The indexes dropped during the import could not be built again (%1); "
                    "the next open of the catalog builds them.")
                    .arg(e.message()));
        }
    };

    try {
        beginBatch();
        Savepoint savepoint(m_catalog);
        const qint64 totalBytes = reader.totalBytes();
        auto records = std::make_unique<ReadAhead>(
            ReadAhead::Setup{&reader, header.fields.size(), columnField, m_options.formulaGuard,
                             m_dialect, writer.get()});
        ReadRow read;
        qint64 row = 0;
        bool readAll = false; // the records ended, rather than this loop
        for (;;) {
            if (!records->next(read)) {
                readAll = true;
                break;
            }
            ++row;
            if (!read.error.isEmpty()) {
                ++report.failed;
                report.addIssue(read.line, QString(), read.error);
                continue;
            }
            const QList<Cell> &cells = read.cells;
            QString &field = read.field;
            QString &reason = read.reason;
            Outcome outcome = Outcome::Failed;
            if (read.verdict != CsvDialect::Verdict::Keep) {
                outcome =
                    read.verdict == CsvDialect::Verdict::Skip ? Outcome::Skipped : Outcome::Failed;
            } else if (!read.prepared) {
                outcome = Outcome::Failed;
            } else if (single) {
                // One transaction for the whole file: a savepoint undoes a failed row alone.
                savepoint.begin();
                try {
                    outcome =
                        writer->write(cells, &read.values, m_options.onDuplicate, field, reason);
                    savepoint.release();
                } catch (const Error &e) {
                    savepoint.rollback();
                    writer->clearCache();
                    reason = e.message();
                }
            } else {
                // No savepoint per row (it costs a fifth of the import): when the database
                // refuses part of a row, the batch is undone and its earlier rows written again,
                // which from the same starting point gives the same result.
                try {
                    outcome =
                        writer->write(cells, &read.values, m_options.onDuplicate, field, reason);
                } catch (const Error &e) {
                    rollbackBatch();
                    transaction =
                        std::make_unique<Transaction>(m_catalog, Transaction::Indexing::Deferred);
                    QString ignoredField;
                    QString ignoredReason;
                    for (const QList<Cell> &done : std::as_const(written))
                        writer->write(done, nullptr, m_options.onDuplicate, ignoredField,
                                      ignoredReason);
                    reason = e.message();
                }
                if (outcome == Outcome::Imported || outcome == Outcome::Updated)
                    written.append(cells);
            }
            switch (outcome) {
            case Outcome::Imported:
                ++report.imported;
                ++rowsInBatch;
                break;
            case Outcome::Updated:
                if (searchBuilder)
                    searchBuilder->filmChanged();
                ++report.updated;
                ++rowsInBatch;
                break;
            case Outcome::Skipped:
                ++report.skipped;
                report.addIssue(read.line, field, reason);
                break;
            case Outcome::Failed:
                ++report.failed;
                report.addIssue(read.line, field, reason);
                break;
            }

            if (++inBatch >= batchSize && !single) {
                transaction->commit();
                report.committed += rowsInBatch;
                if (searchBuilder) {
                    searchBuilder->committed();
                } else if (indexesDeferred && !searchBuilderTried) {
                    searchBuilderTried = true;
                    searchBuilder = FilmSearchBuilder::start(m_catalog);
                }
                beginBatch();
                // After the first batch, the rows still to come are known roughly: many films
                // are added faster with some indexes built once at the end.
                if (table == Table::Films && !indexesDeferred && read.bytesRead > 0 &&
                    totalBytes > read.bytesRead)
                    indexesDeferred = DeferredIndexes::deferFor(
                        m_catalog, (totalBytes - read.bytesRead) * row / read.bytesRead);
            }
            if (row % 256 == 0 && m_options.progress &&
                !m_options.progress(read.bytesRead, totalBytes)) {
                report.cancelled = true;
                break;
            }
        }
        const QString readError = readAll ? records->errorString() : QString();
        records.reset(); // the reader is this thread's again
        if (!readError.isEmpty()) {
            // Like a cancel, whole batches stay; unlike one, it is reported as a failure.
            report.notes.append(readError);
            report.cancelled = true;
            report.incomplete = true;
        }

        const bool discardAll =
            m_options.dryRun || (m_options.strict && (report.failed > 0 || report.cancelled));
        if (report.cancelled || discardAll) {
            rollbackBatch();
            report.rolledBack = discardAll;
        } else {
            transaction->commit();
            report.committed += rowsInBatch;
            if (searchBuilder)
                searchBuilder->committed();
        }
        restoreDeferredIndexes();
        if (m_options.progress)
            m_options.progress(reader.bytesRead(), reader.totalBytes());
    } catch (const Error &e) {
        transaction.reset();
        restoreDeferredIndexes();
        report.fatal = QStringLiteral("%1: the import stopped: %2. Whole batches committed before "
                                      "(%3 rows) are kept.")
                           .arg(fileName, e.message())
                           .arg(report.committed);
    }
    return report;
}

} // namespace Marquee
