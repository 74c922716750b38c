#include "kodinfo.h"

#include "../db/filmrepository.h"
#include "../domain/error.h"
#include "../domain/validation.h"
#include "fieldtext.h"
#include "filmimport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Marquee {

namespace {

// Older Kodi versions wrote several values in one element: "Drama / Music".
QStringList values(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QStringLiteral(" / "), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

// "Rated R", "US:R", "USA: PG-13" -> "R", "PG-13".
QString certification(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral(R"(^(?:rated\s+|[a-z]{2,3}\s*:\s*))"),
                                           QRegularExpression::CaseInsensitiveOption);
    return QString(text).remove(prefix).trimmed();
}

struct Rating
{
    std::optional<double> value;
    std::optional<qint64> votes;
    double max = 10;
};

Rating readRating(QXmlStreamReader &xml)
{
    Rating r;
    if (const auto max = xml.attributes().value(QLatin1String("max")); !max.isEmpty())
        r.max = max.toDouble();
    while (xml.readNextStartElement()) {
        const QString text = xml.readElementText().trimmed();
        if (xml.name() == u"value" && !text.isEmpty())
            r.value = text.toDouble();
        else if (xml.name() == u"votes" && !text.isEmpty())
            r.votes = QString(text).remove(u',').toLongLong();
    }
    return r;
}

void writeText(QXmlStreamWriter &xml, const char *name, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!text.contains(u'\r')) {
        xml.writeTextElement(QLatin1String(name), text);
        return;
    }
    // A reader turns a written CR LF into LF; as a character reference, the CR stays.
    xml.writeStartElement(QLatin1String(name));
    const QStringList parts = text.split(u'\r');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(QStringLiteral("#13"));
        xml.writeCharacters(parts[i]);
    }
    xml.writeEndElement();
}

template <typename T> QString numberText(const std::optional<T> &value)
{
    if (!value)
        return {};
    if constexpr (std::is_floating_point_v<T>)
        return QString::number(*value, 'g', QLocale::FloatingPointShortest);
    else
        return QString::number(*value);
}

void writeRating(QXmlStreamWriter &xml, const char *name, std::optional<double> value,
                 std::optional<qint64> votes, int max, bool isDefault)
{
    if (!value)
        return;
    xml.writeStartElement(QStringLiteral("rating"));
    xml.writeAttribute(QStringLiteral("name"), QLatin1String(name));
    xml.writeAttribute(QStringLiteral("max"), QString::number(max));
    if (isDefault)
        xml.writeAttribute(QStringLiteral("default"), QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("value"), numberText(value));
    if (votes)
        xml.writeTextElement(QStringLiteral("votes"), QString::number(*votes));
    xml.writeEndElement();
}

void write(QIODevice *device, const Film &f)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("movie"));
    writeText(xml, "title", f.title);
    writeText(xml, "originaltitle", f.originalTitle);
    if (f.imdbRating || f.tmdbVoteAverage || f.metascore) {
        xml.writeStartElement(QStringLiteral("ratings"));
        writeRating(xml, "imdb", f.imdbRating, f.imdbVotes, 10, true);
        writeRating(xml, "themoviedb", f.tmdbVoteAverage, f.tmdbVoteCount, 10, !f.imdbRating);
        writeRating(xml, "metacritic",
                    f.metascore ? std::optional<double>(*f.metascore) : std::nullopt, {}, 100,
                    !f.imdbRating && !f.tmdbVoteAverage);
        xml.writeEndElement();
    }
    writeText(xml, "userrating", numberText(f.myRating));
    writeText(xml, "plot", f.synopsis);
    writeText(xml, "runtime", numberText(f.runtimeMinutes));
    writeText(xml, "mpaa", f.certification);
    if (!f.imdbId.isEmpty()) {
        xml.writeStartElement(QStringLiteral("uniqueid"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("imdb"));
        xml.writeAttribute(QStringLiteral("default"), QStringLiteral("true"));
        xml.writeCharacters(f.imdbId);
        xml.writeEndElement();
    }
    for (const QString &genre : f.genres)
        writeText(xml, "genre", genre);
    for (const QString &country : f.countries)
        writeText(xml, "country", countryName(country));
    for (const Credit &c : f.credits) {
        if (c.role == CreditRole::Writer)
            writeText(xml, "credits", c.name);
    }
    for (const Credit &c : f.credits) {
        if (c.role == CreditRole::Director)
            writeText(xml, "director", c.name);
    }
    if (f.releaseDate.isValid())
        writeText(xml, "premiered", f.releaseDate.toString(Qt::ISODate));
    writeText(xml, "year", numberText(f.year));
    if (f.status)
        writeText(xml, "status", toText(*f.status));
    for (const QString &studio : f.companies)
        writeText(xml, "studio", studio);
    int order = 0;
    for (const Credit &c : f.credits) {
        if (c.role != CreditRole::Cast)
            continue;
        xml.writeStartElement(QStringLiteral("actor"));
        xml.writeTextElement(QStringLiteral("name"), c.name);
        writeText(xml, "role", c.character);
        xml.writeTextElement(QStringLiteral("order"), QString::number(order++));
        xml.writeEndElement();
    }
    for (const QString &tag : f.tags)
        writeText(xml, "tag", tag);
    if (f.watchedOn.isValid()) {
        writeText(xml, "playcount", QStringLiteral("1"));
        writeText(xml, "lastplayed", f.watchedOn.toString(Qt::ISODate));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
}

} // namespace

namespace KodiNfo {

bool read(QIODevice *device, Film &film, QString &error, qint64 &line, QStringList &ignored)
{
    QXmlStreamReader xml(device);
    if (!xml.readNextStartElement()) {
        error = xml.hasError() ? QStringLiteral("not XML: %1").arg(xml.errorString())
                               : QStringLiteral("the file is empty");
        line = xml.lineNumber();
        return false;
    }
    if (xml.name() != u"movie") {
        error = QStringLiteral("a Kodi <%1> file, not a movie").arg(xml.name());
        line = xml.lineNumber();
        return false;
    }
    Rating oldRating;
    bool namedRatings = false;
    QList<std::pair<int, Credit>> cast;
    const auto set = [&](FilmField field, const QString &text, qint64 at) {
        const QString why = setFilmField(film, field, text);
        if (why.isEmpty())
            return true;
        error = fieldsOf(Table::Films)[int(field)].name + QStringLiteral(": ") + why;
        line = at;
        return false;
    };
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        const qint64 at = xml.lineNumber();
        if (name == u"ratings") {
            namedRatings = true;
            while (xml.readNextStartElement()) {
                const QString source =
                    xml.attributes().value(QLatin1String("name")).toString().toLower();
                const Rating r = readRating(xml);
                if (!r.value || r.max <= 0)
                    continue;
                const double outOfTen = r.max == 10 ? *r.value : *r.value * 10 / r.max;
                if (source == u"imdb") {
                    film.imdbRating = outOfTen;
                    film.imdbVotes = r.votes;
                } else if (source == u"themoviedb" || source == u"tmdb") {
                    film.tmdbVoteAverage = outOfTen;
                    film.tmdbVoteCount = r.votes;
                } else if (source == u"metacritic") {
                    film.metascore = qRound(*r.value * 100 / r.max);
                } else {
                    ignored.append(QStringLiteral("rating \"%1\"").arg(source));
                }
            }
            continue;
        }
        if (name == u"actor") {
            Credit credit{CreditRole::Cast, {}, {}};
            int order = int(cast.size());
            while (xml.readNextStartElement()) {
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (xml.name() == u"name")
                    credit.name = text.trimmed();
                else if (xml.name() == u"role")
                    credit.character = text.trimmed();
                else if (xml.name() == u"order")
                    order = text.toInt();
            }
            if (!credit.name.isEmpty())
                cast.append({order, credit});
            continue;
        }
        if (name == u"uniqueid") {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString id = xml.readElementText().trimmed();
            if (type == u"imdb" && !set(FilmField::ImdbId, id, at))
                return false;
            continue;
        }
        const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
        const QString trimmed = text.trimmed();
        if (name == u"title") {
            film.title = trimmed;
        } else if (name == u"originaltitle") {
            if (trimmed != film.title || film.title.isEmpty())
                film.originalTitle = trimmed;
        } else if (name == u"plot") {
            film.synopsis = text; // as written: line breaks and indentation belong to it
        } else if (name == u"outline") {
            if (film.synopsis.isEmpty())
                film.synopsis = trimmed;
        } else if (name == u"year") {
            if (trimmed != u"0" && !set(FilmField::Year, trimmed, at))
                return false;
        } else if (name == u"premiered" || name == u"releasedate") {
            if (!set(FilmField::ReleaseDate, trimmed.left(10), at))
                return false;
        } else if (name == u"runtime") {
            if (trimmed != u"0" && !set(FilmField::RuntimeMinutes, trimmed, at))
                return false;
        } else if (name == u"mpaa") {
            film.certification = certification(trimmed);
        } else if (name == u"userrating") {
            if (trimmed != u"0" && !set(FilmField::MyRating, trimmed, at))
                return false;
        } else if (name == u"lastplayed") {
            if (!set(FilmField::WatchedOn, trimmed.left(10), at))
                return false;
        } else if (name == u"rating") {
            if (!trimmed.isEmpty())
                oldRating.value = trimmed.toDouble();
        } else if (name == u"votes") {
            if (!trimmed.isEmpty())
                oldRating.votes = QString(trimmed).remove(u',').toLongLong();
        } else if (name == u"id") {
            if (trimmed.startsWith(u"tt") && film.imdbId.isEmpty() &&
                !set(FilmField::ImdbId, trimmed, at))
                return false;
        } else if (name == u"status") {
            film.status = parseFilmStatus(trimmed);
        } else if (name == u"genre") {
            for (const QString &g : values(trimmed)) {
                if (!film.genres.contains(g))
                    film.genres.append(g);
            }
        } else if (name == u"country") {
            for (const QString &c : values(trimmed)) {
                const QString code = countryCodeFor(c);
                if (code.isEmpty())
                    ignored.append(QStringLiteral("country \"%1\"").arg(c));
                else if (!film.countries.contains(code))
                    film.countries.append(code);
            }
        } else if (name == u"tag") {
            if (!trimmed.isEmpty() && !film.tags.contains(trimmed, Qt::CaseInsensitive))
                film.tags.append(trimmed);
        } else if (name == u"studio") {
            for (const QString &s : values(trimmed)) {
                if (!film.companies.contains(s))
                    film.companies.append(s);
            }
        } else if (name == u"director" || name == u"credits") {
            const CreditRole role = name == u"director" ? CreditRole::Director : CreditRole::Writer;
            for (const QString &person : values(trimmed))
                film.credits.append({role, person, {}});
        } else {
            ignored.append(name);
        }
    }
    if (xml.hasError()) {
        error = QStringLiteral("not valid XML: %1").arg(xml.errorString());
        line = xml.lineNumber();
        return false;
    }
    if (!namedRatings && oldRating.value && *oldRating.value > 0) {
        film.imdbRating = oldRating.value;
        film.imdbVotes = oldRating.votes;
    }
    std::stable_sort(cast.begin(), cast.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[order, credit] : cast)
        film.credits.append(credit);
    sortCredits(film.credits);
    if (film.title.isEmpty()) {
        error = QStringLiteral("title: a title is required");
        line = 1;
        return false;
    }
    return true;
}

QString fileName(const Film &film)
{
    QString name =
        film.year ? QStringLiteral("%1 (%2)").arg(film.title).arg(*film.year) : film.title;
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    name.replace(unsafe, QStringLiteral("_"));
    name = name.trimmed();
    while (name.endsWith(u'.'))
        name.chop(1);
    return (name.isEmpty() ? QStringLiteral("film") : name.left(200)) + QStringLiteral(".nfo");
}

} // namespace KodiNfo

NfoImporter::NfoImporter(Catalog &catalog, const ImportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

namespace {

// Reads one .nfo into the session; a file that is not a movie is skipped and said so.
void importOne(FilmImportSession &session, ImportReport &report, QIODevice *device,
               QSet<QString> &ignored)
{
    Film film;
    QString error;
    qint64 line = 0;
    QStringList skipped;
    if (!KodiNfo::read(device, film, error, line, skipped)) {
        if (error.startsWith(QStringLiteral("a Kodi <"))) {
            ++report.skipped;
            report.addIssue(line, QString(), error + QStringLiteral("; skipped"), session.file());
        } else {
            const qsizetype colon = error.indexOf(QStringLiteral(": "));
            const bool field = colon > 0 && !error.left(colon).contains(u' ');
            session.fail(line, field ? error.left(colon) : QString(),
                         field ? error.mid(colon + 2) : error);
        }
        return;
    }
    for (const QString &name : skipped)
        ignored.insert(name);
    session.write(film, 1);
}

void noteIgnored(ImportReport &report, const QSet<QString> &ignored)
{
    if (ignored.isEmpty())
        return;
    QStringList names(ignored.begin(), ignored.end());
    names.sort();
    report.notes.append(
        QStringLiteral("Not kept from the files: %1.").arg(names.join(QStringLiteral(", "))));
}

} // namespace

ImportReport NfoImporter::import(QIODevice *device, const QString &fileName)
{
    ImportReport report;
    report.fileName = fileName;
    report.format = QStringLiteral("Kodi .nfo");
    try {
        FilmImportSession session(m_catalog, m_options, report);
        QSet<QString> ignored;
        importOne(session, report, device, ignored);
        noteIgnored(report, ignored);
        session.finish();
    } catch (const Error &e) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(fileName, e.message());
        report.imported = report.updated = 0;
    }
    return report;
}

ImportReport NfoImporter::importFile(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return Importer::importFile(path);
    ImportReport report;
    report.fileName = path;
    report.format = QStringLiteral("a folder of Kodi .nfo files");
    QStringList files;
    QDirIterator it(path, {QStringLiteral("*.nfo")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty()) {
        report.fatal = QStringLiteral("%1 holds no .nfo file.").arg(path);
        return report;
    }
    try {
        FilmImportSession session(m_catalog, m_options, report);
        QSet<QString> ignored;
        const QDir base(path);
        for (qsizetype i = 0; i < files.size(); ++i) {
            QFile file(files[i]);
            session.setFile(base.relativeFilePath(files[i]));
            if (!file.open(QIODevice::ReadOnly)) {
                session.fail(0, QString(),
                             QStringLiteral("cannot read: %1").arg(file.errorString()));
                continue;
            }
            importOne(session, report, &file, ignored);
            if (m_options.progress && !m_options.progress(i + 1, files.size())) {
                report.cancelled = true;
                break;
            }
        }
        noteIgnored(report, ignored);
        session.finish();
    } catch (const Error &e) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(path, e.message());
        report.imported = report.updated = 0;
    }
    return report;
}

int NfoImporter::recognize(QByteArrayView head, QStringView suffix)
{
    if (head.contains("<movie>") || head.contains("<movie "))
        return 2;
    return suffix.compare(u"nfo", Qt::CaseInsensitive) == 0 ? 1 : 0;
}

int NfoImporter::recognizePath(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return 0;
    QDirIterator it(path, {QStringLiteral("*.nfo")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? 2 : 0;
}

FilePreview NfoImporter::preview(const QString &path, int maxRows)
{
    FilePreview preview;
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, {QStringLiteral("*.nfo")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
    } else {
        files.append(path);
    }
    preview.header = QStringList{QStringLiteral("File"), QStringLiteral("Title"),
                                 QStringLiteral("Year"), QStringLiteral("Directors")};
    for (const QString &name : std::as_const(files)) {
        if (preview.rows.size() >= maxRows)
            break;
        QFile file(name);
        Film film;
        QString error;
        qint64 line = 0;
        QStringList ignored;
        if (!file.open(QIODevice::ReadOnly) || !KodiNfo::read(&file, film, error, line, ignored)) {
            preview.rows.append({QFileInfo(name).fileName(), error, QString(), QString()});
            continue;
        }
        const QStringList directors = creditNames(film.credits, CreditRole::Director);
        preview.rows.append({QFileInfo(name).fileName(), film.title,
                             film.year ? QString::number(*film.year) : QString(),
                             directors.join(QStringLiteral(", "))});
    }
    preview.films = files.size();
    preview.summary = QStringLiteral("%1 .nfo files").arg(files.size());
    return preview;
}

NfoExporter::NfoExporter(Catalog &catalog, const ExportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

ExportReport NfoExporter::exportTo(QIODevice *device)
{
    ExportReport report;
    try {
        FilmRepository films(m_catalog);
        const QList<qint64> ids = films.ids(m_options.filter, m_options.ids);
        if (ids.size() != 1) {
            report.error = QStringLiteral("A Kodi export writes a file per film (%1 here): "
                                          "choose a folder.")
                               .arg(ids.size());
            return report;
        }
        write(device, films.find(ids.first()).value());
        report.rows = 1;
    } catch (const Error &e) {
        report.error = e.message();
    }
    return report;
}

ExportReport NfoExporter::exportFile(const QString &folder)
{
    if (folder.endsWith(QStringLiteral(".nfo"), Qt::CaseInsensitive))
        return Exporter::exportFile(folder); // one film to one file
    ExportReport report;
    if (!QDir().mkpath(folder)) {
        report.error = QStringLiteral("Cannot create the folder %1.").arg(folder);
        return report;
    }
    try {
        FilmRepository films(m_catalog);
        QSet<QString> used;
        const QDir dir(folder);
        for (const qint64 id : films.ids(m_options.filter, m_options.ids)) {
            const std::optional<Film> film = films.find(id);
            if (!film)
                continue;
            // Two films of one title and year get "Title (Year) 2.nfo" and so on.
            QString name = KodiNfo::fileName(*film);
            for (int n = 2; used.contains(name.toCaseFolded()); ++n)
                name = KodiNfo::fileName(*film).chopped(4) + QStringLiteral(" %1.nfo").arg(n);
            used.insert(name.toCaseFolded());
            QSaveFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly)) {
                report.error =
                    QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
                return report;
            }
            write(&file, *film);
            QString mime;
            const QByteArray poster = films.poster(id, &mime);
            if (!file.commit()) {
                report.error =
                    QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
                return report;
            }
            if (!poster.isEmpty()) {
                // Kodi finds "<name>-poster.jpg" beside the .nfo.
                QSaveFile image(dir.filePath(
                    name.chopped(4) + QStringLiteral("-poster.") +
                    (mime == u"image/png" ? QStringLiteral("png") : QStringLiteral("jpg"))));
                if (image.open(QIODevice::WriteOnly)) {
                    image.write(poster);
                    image.commit();
                }
            }
            ++report.rows;
            if (report.rows % 256 == 0 && m_options.progress && !m_options.progress(report.rows)) {
                report.cancelled = true;
                return report;
            }
        }
    } catch (const Error &e) {
        report.error = e.message();
    }
    return report;
}

} // namespace Marquee
