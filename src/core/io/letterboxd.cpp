#include "letterboxd.h"

#include "../db/reviewrepository.h"
#include "../domain/error.h"
#include "../domain/validation.h"
#include "csvreader.h"
#include "filmimport.h"
#include "ziparchive.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Marquee {

namespace {

// The files read, in the order they are applied: later ones refine earlier ones.
const char *const Files[] = {"watchlist.csv", "watched.csv", "diary.csv", "ratings.csv",
                             "reviews.csv"};

// The export's files by their name: from a folder or a .zip, wherever they sit inside it.
class ExportFiles
{
public:
    bool open(const QString &path, QString &error)
    {
        if (QFileInfo(path).isDir()) {
            m_folder = path;
            return true;
        }
        if (!m_zip.open(path)) {
            error = m_zip.errorString();
            return false;
        }
        // The export's files sit at its root, or in one folder holding it all. Its own folders
        // (deleted/, orphaned/, likes/, lists/) hold files of the same names that are not the
        // person's current ones: the shallowest file of a name counts, never those.
        static const QStringList ownFolders = {QStringLiteral("deleted"),
                                               QStringLiteral("orphaned"), QStringLiteral("likes"),
                                               QStringLiteral("lists")};
        for (const QString &name : m_zip.names()) {
            const QStringList parts = name.split(u'/');
            if (parts.size() > 2 || (parts.size() == 2 && ownFolders.contains(parts[0].toLower())))
                continue;
            const QString base = parts.last().toLower();
            const auto known = m_inZip.constFind(base);
            if (known == m_inZip.cend() || known->count(u'/') > name.count(u'/'))
                m_inZip.insert(base, name);
        }
        return true;
    }

    bool has(const char *name) const
    {
        return m_folder.isEmpty() ? m_inZip.contains(QLatin1String(name))
                                  : QFileInfo::exists(QDir(m_folder).filePath(QLatin1String(name)));
    }

    QByteArray read(const char *name, QString &error)
    {
        if (!m_folder.isEmpty()) {
            QFile file(QDir(m_folder).filePath(QLatin1String(name)));
            if (!file.open(QIODevice::ReadOnly)) {
                error = file.errorString();
                return {};
            }
            return file.readAll();
        }
        const QByteArray bytes = m_zip.read(m_inZip.value(QLatin1String(name)));
        error = m_zip.errorString();
        return bytes;
    }

private:
    QString m_folder;
    ZipArchive m_zip;
    QHash<QString, QString> m_inZip;
};

// What the export says of one film, gathered over its files.
struct Entry
{
    QString name;
    std::optional<int> year;
    std::optional<double> rating; // 0-10
    QDate ratedOn;
    bool currentRating = false;  // from ratings.csv, which holds the rating as it is now
    bool watchedInDiary = false; // the diary's dates say when; watched.csv's when it was logged
    QDate watched;
    QList<QDate> viewings; // the diary's days
    QStringList tags;
    bool onWatchlist = false;
    QList<Review> reviews;
    QString file; // where the film first appears
    qint64 line = 0;
};

// "letterboxd-anna-2024-03-01-10-00-utc" -> "anna".
QString userFromName(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^letterboxd-(.+?)-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-utc)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(QFileInfo(path).completeBaseName());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString stars(double outOfFive)
{
    QString s(int(outOfFive), QChar(0x2605));
    if (outOfFive - int(outOfFive) >= 0.5)
        s += QChar(0x00BD);
    return s;
}

class Reader
{
public:
    Reader(FilmImportSession &session, ImportReport &report) : m_session(session), m_report(report)
    {}

    QString user;

    void readFile(const char *name, const QByteArray &bytes)
    {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        const QString file = QLatin1String(name);
        m_session.setFile(file);
        CsvReader reader(&buffer, file);
        CsvReader::Record header;
        if (!reader.start() || !reader.next(header)) {
            m_session.fail(1, QString(), QStringLiteral("the file has no header line"));
            return;
        }
        QHash<QString, int> column;
        for (qsizetype c = 0; c < header.fields.size(); ++c)
            column.insert(header.fields[c].trimmed().toLower(), int(c));
        for (const char *required : {"name", "year"}) {
            if (!column.contains(QLatin1String(required))) {
                m_session.fail(header.line, QString(),
                               QStringLiteral("the header has no \"%1\" column; the file was not "
                                              "read")
                                   .arg(QLatin1String(required)));
                return;
            }
        }
        CsvReader::Record record;
        while (reader.next(record)) {
            if (!record.error.isEmpty()) {
                m_session.fail(record.line, QString(), record.error);
                continue;
            }
            const auto cell = [&](const char *key) {
                const int c = column.value(QLatin1String(key), -1);
                return c >= 0 && c < record.fields.size() ? record.fields[c].trimmed() : QString();
            };
            row(file, record.line, cell);
        }
    }

    template <typename Cell> void row(const QString &file, qint64 line, const Cell &cell)
    {
        const QString name = cell("name");
        if (name.isEmpty()) {
            m_session.fail(line, QStringLiteral("Name"), QStringLiteral("a film name is required"));
            return;
        }
        std::optional<int> year;
        if (const QString y = cell("year"); !y.isEmpty()) {
            bool ok = false;
            const int value = y.toInt(&ok);
            if (!ok || value < Film::MinYear || value > Film::MaxYear) {
                m_session.fail(line, QStringLiteral("Year"),
                               QStringLiteral("\"%1\" is not a year").arg(y));
                return;
            }
            year = value;
        }
        std::optional<double> rating;
        if (const QString r = cell("rating"); !r.isEmpty()) {
            bool ok = false;
            const double value = r.toDouble(&ok);
            if (!ok || value < 0.5 || value > 5 || value * 2 != std::floor(value * 2)) {
                m_session.fail(line, QStringLiteral("Rating"),
                               QStringLiteral("\"%1\" is not a rating of 0.5 to 5 stars").arg(r));
                return;
            }
            rating = value;
        }
        QDate watched;
        if (const QString w = cell("watched date"); !w.isEmpty()) {
            watched = QDate::fromString(w, Qt::ISODate);
            if (!watched.isValid()) {
                m_session.fail(line, QStringLiteral("Watched Date"),
                               QStringLiteral("\"%1\" is not a date written as YYYY-MM-DD").arg(w));
                return;
            }
        }
        const QDate logged = QDate::fromString(cell("date"), Qt::ISODate);

        const QString key = foldedKey(name) + u'\n' + (year ? QString::number(*year) : QString());
        auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            Entry entry;
            entry.name = name;
            entry.year = year;
            entry.file = file;
            entry.line = line;
            it = m_entries.insert(key, entry);
            m_order.append(key);
        }
        Entry &e = *it;
        if (file == u"watchlist.csv") {
            e.onWatchlist = true;
        } else if (file == u"watched.csv") {
            if (!e.watched.isValid())
                e.watched = logged; // the day it was marked watched, until the diary says more
        } else {
            const QDate seen = watched.isValid() ? watched : logged;
            if (file == u"diary.csv" || file == u"reviews.csv") {
                if (seen.isValid() && !e.viewings.contains(seen))
                    e.viewings.append(seen);
                if (seen.isValid() &&
                    (!e.watchedInDiary || !e.watched.isValid() || seen > e.watched)) {
                    e.watched = seen;
                    e.watchedInDiary = true;
                }
            }
            // The latest rating counts; ratings.csv holds the current one.
            if (rating && (file == u"ratings.csv" ||
                           (!e.currentRating && (!e.ratedOn.isValid() || logged >= e.ratedOn)))) {
                e.rating = *rating * 2;
                e.ratedOn = logged;
                e.currentRating = file == u"ratings.csv";
            }
            for (const QString &tag : cell("tags").split(u',', Qt::SkipEmptyParts)) {
                const QString t = tag.trimmed().remove(u';');
                if (!t.isEmpty() && !e.tags.contains(t, Qt::CaseInsensitive))
                    e.tags.append(t);
            }
            if (file == u"reviews.csv" && !cell("review").isEmpty()) {
                Review review;
                review.date = seen;
                review.critic = user;
                review.publication = QStringLiteral("Letterboxd");
                review.quote = cell("review");
                if (rating) {
                    review.originalScore = stars(*rating);
                    review.score = *rating * 20;
                }
                review.url = cell("letterboxd uri");
                e.reviews.append(review);
            }
        }
    }

    void write()
    {
        for (const QString &key : std::as_const(m_order)) {
            const Entry &e = m_entries[key];
            Film film;
            film.title = e.name;
            film.year = e.year;
            film.myRating = e.rating;
            film.watchedOn = e.watched;
            film.viewings = e.viewings;
            std::sort(film.viewings.begin(), film.viewings.end());
            film.tags = e.tags;
            if (e.onWatchlist && !e.watched.isValid())
                film.tags.append(QStringLiteral("watchlist"));
            m_session.setFile(e.file);
            const qint64 id = m_session.write(film, e.line);
            if (id != 0 && !e.reviews.isEmpty())
                m_reviewsOf.append({id, &e});
        }
    }

    // The person's reviews, once their films are in; the same review is not added twice.
    void writeReviews(Catalog &catalog)
    {
        ReviewRepository reviews(catalog);
        for (const auto &[id, e] : std::as_const(m_reviewsOf)) {
            m_session.setFile(QStringLiteral("reviews.csv"));
            for (Review review : e->reviews) {
                review.filmId = id;
                try {
                    if (reviews.findDuplicate(review))
                        continue;
                    reviews.insert(review);
                    ++m_reviewsAdded;
                } catch (const Error &error) {
                    if (error.kind() != Error::Kind::Invalid)
                        throw;
                    m_session.fail(e->line, QStringLiteral("Review"), error.message());
                }
            }
        }
        if (m_reviewsAdded > 0)
            m_report.notes.append(
                QStringLiteral("%1 reviews by %2 added.").arg(m_reviewsAdded).arg(user));
    }

private:
    FilmImportSession &m_session;
    ImportReport &m_report;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QList<std::pair<qint64, const Entry *>> m_reviewsOf; // film id, and what the export says
    qint64 m_reviewsAdded = 0;
};

} // namespace

LetterboxdImporter::LetterboxdImporter(Catalog &catalog, const ImportOptions &options)
    : m_catalog(catalog), m_options(options)
{
    // Letterboxd holds a person's own data on films: it goes onto the films already there.
    m_options.onDuplicate = DuplicatePolicy::Update;
}

ImportReport LetterboxdImporter::import(QIODevice *device, const QString &fileName)
{
    Q_UNUSED(device);
    ImportReport report;
    report.fileName = fileName;
    report.fatal = QStringLiteral("A Letterboxd export is read from its folder or its .zip file, "
                                  "not from one of its files.");
    return report;
}

ImportReport LetterboxdImporter::importFile(const QString &path)
{
    ImportReport report;
    report.fileName = path;
    report.format = QStringLiteral("Letterboxd export");
    ExportFiles files;
    QString error;
    if (!files.open(path, error)) {
        report.fatal = error;
        return report;
    }
    if (std::none_of(std::begin(Files), std::end(Files),
                     [&](const char *name) { return files.has(name); })) {
        report.fatal = QStringLiteral("%1 is not a Letterboxd export: it has none of watched.csv, "
                                      "watchlist.csv, ratings.csv, diary.csv or reviews.csv.")
                           .arg(path);
        return report;
    }
    try {
        FilmImportSession session(m_catalog, m_options, report);
        Reader reader(session, report);
        reader.user = userFromName(path);
        if (files.has("profile.csv")) {
            // profile.csv: Date Joined, Username, Given Name, ...
            QByteArray bytes = files.read("profile.csv", error);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader csv(&buffer, QStringLiteral("profile.csv"));
            CsvReader::Record header;
            CsvReader::Record first;
            if (csv.start() && csv.next(header) && csv.next(first)) {
                const qsizetype c = header.fields.indexOf(QStringLiteral("Username"));
                if (c >= 0 && c < first.fields.size() && !first.fields[c].trimmed().isEmpty())
                    reader.user = first.fields[c].trimmed();
            }
        }
        if (reader.user.isEmpty())
            reader.user = QStringLiteral("Me");
        int done = 0;
        for (const char *name : Files) {
            if (files.has(name)) {
                const QByteArray bytes = files.read(name, error);
                if (bytes.isNull() && !error.isEmpty())
                    session.fail(0, QString(),
                                 QStringLiteral("%1: %2").arg(QLatin1String(name), error));
                else
                    reader.readFile(name, bytes);
            }
            if (m_options.progress && !m_options.progress(++done, std::size(Files) + 1)) {
                report.cancelled = true;
                break;
            }
        }
        if (!report.cancelled) {
            reader.write();
            reader.writeReviews(m_catalog);
        }
        session.finish();
    } catch (const Error &e) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(path, e.message());
        report.imported = report.updated = 0;
    }
    return report;
}

int LetterboxdImporter::recognize(QByteArrayView head, QStringView suffix)
{
    Q_UNUSED(head);
    Q_UNUSED(suffix);
    return 0; // known by its folder or archive: recognizePath
}

int LetterboxdImporter::recognizePath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() && info.suffix().compare(u"zip", Qt::CaseInsensitive) != 0)
        return 0;
    ExportFiles files;
    QString error;
    if (!files.open(path, error))
        return 0;
    return std::any_of(std::begin(Files), std::end(Files),
                       [&](const char *name) { return files.has(name); })
               ? 3
               : 0;
}

FilePreview LetterboxdImporter::preview(const QString &path, int maxRows)
{
    FilePreview preview;
    ExportFiles files;
    if (!files.open(path, preview.error))
        return preview;
    preview.header = QStringList{QStringLiteral("File"), QStringLiteral("Rows")};
    qint64 rows = 0;
    for (const char *name : Files) {
        if (!files.has(name) || preview.rows.size() >= maxRows)
            continue;
        QString error;
        const QByteArray bytes = files.read(name, error);
        const qint64 lines = std::max<qint64>(0, bytes.count('\n') - 1);
        rows += lines;
        preview.rows.append({QLatin1String(name), QString::number(lines)});
    }
    preview.films = rows;
    preview.summary = QStringLiteral("%1 rows in %2 files").arg(rows).arg(preview.rows.size());
    return preview;
}

} // namespace Marquee
