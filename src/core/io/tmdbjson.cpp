#include "tmdbjson.h"

#include "../db/companyrepository.h"
#include "../domain/error.h"
#include "../domain/validation.h"
#include "filmimport.h"
#include "jsonscanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Marquee {

namespace {

// What TMDB gave that Marquee keeps, and where the file had it.
struct TmdbFilm
{
    Film film;
    QHash<QString, QString> companyCountries; // name -> origin country
};

struct Fault
{
    QString field;
    QString message;
};

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString())
        throw Fault{QLatin1String(key), QStringLiteral("expected a text")};
    return v.toString().trimmed();
}

template <typename T> std::optional<T> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isDouble())
        throw Fault{QLatin1String(key), QStringLiteral("expected a number, found %1")
                                            .arg(v.isString() ? u'"' + v.toString() + u'"'
                                                              : QStringLiteral("another value"))};
    return T(v.toDouble());
}

QStringList names(const QJsonArray &list, const char *key = "name")
{
    QStringList out;
    for (const QJsonValue &v : list) {
        const QString name = v.toObject().value(QLatin1String(key)).toString().trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    }
    return out;
}

// The certification of `country`: a theatrical release's first, else any.
QString certification(const QJsonObject &o, const QString &country)
{
    for (const QJsonValue &r : o.value(QLatin1String("release_dates"))
                                   .toObject()
                                   .value(QLatin1String("results"))
                                   .toArray()) {
        const QJsonObject result = r.toObject();
        if (result.value(QLatin1String("iso_3166_1")).toString() != country)
            continue;
        QString any;
        for (const QJsonValue &d : result.value(QLatin1String("release_dates")).toArray()) {
            const QJsonObject date = d.toObject();
            const QString c = date.value(QLatin1String("certification")).toString().trimmed();
            if (c.isEmpty())
                continue;
            if (date.value(QLatin1String("type")).toInt() == 3)
                return c;
            if (any.isEmpty())
                any = c;
        }
        return any;
    }
    return {};
}

QList<Credit> credits(const QJsonObject &o)
{
    const QJsonObject credits = o.value(QLatin1String("credits")).toObject();
    QList<Credit> out;
    for (const QJsonValue &c : credits.value(QLatin1String("crew")).toArray()) {
        const QJsonObject crew = c.toObject();
        const QString name = crew.value(QLatin1String("name")).toString().trimmed();
        if (crew.value(QLatin1String("job")).toString() == u"Director")
            out.append({CreditRole::Director, name, {}});
        else if (crew.value(QLatin1String("department")).toString() == u"Writing")
            out.append({CreditRole::Writer, name, {}});
    }
    QList<QJsonObject> cast;
    for (const QJsonValue &c : credits.value(QLatin1String("cast")).toArray())
        cast.append(c.toObject());
    std::stable_sort(cast.begin(), cast.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("order")).toInt() < b.value(QLatin1String("order")).toInt();
    });
    for (qsizetype i = 0; i < cast.size() && i < TmdbImporter::TopCast; ++i)
        out.append({CreditRole::Cast, cast[i].value(QLatin1String("name")).toString().trimmed(),
                    cast[i].value(QLatin1String("character")).toString().trimmed()});
    out.removeIf([](const Credit &c) { return c.name.isEmpty(); });
    sortCredits(out);
    return out;
}

QList<WatchProvider> providers(const QJsonObject &o, const QString &country)
{
    const QJsonObject local = o.value(QLatin1String("watch/providers"))
                                  .toObject()
                                  .value(QLatin1String("results"))
                                  .toObject()
                                  .value(country)
                                  .toObject();
    QList<WatchProvider> out;
    static const std::pair<const char *, WatchOffer> offers[] = {
        {"flatrate", WatchOffer::Stream}, {"free", WatchOffer::Free}, {"ads", WatchOffer::Free},
        {"rent", WatchOffer::Rent},       {"buy", WatchOffer::Buy},
    };
    for (const auto &[key, offer] : offers) {
        for (const QString &name :
             names(local.value(QLatin1String(key)).toArray(), "provider_name")) {
            const WatchProvider provider{name, offer};
            if (!out.contains(provider))
                out.append(provider);
        }
    }
    return out;
}

TmdbFilm filmFrom(const QJsonObject &o, const ImportOptions &options)
{
    TmdbFilm t;
    Film &f = t.film;
    f.title = text(o, "title");
    if (f.title.isEmpty())
        throw Fault{QStringLiteral("title"), QStringLiteral("a title is required")};
    f.originalTitle = text(o, "original_title");
    if (f.originalTitle == f.title)
        f.originalTitle.clear();
    const QString released = text(o, "release_date");
    if (!released.isEmpty()) {
        f.releaseDate = QDate::fromString(released, Qt::ISODate);
        if (!f.releaseDate.isValid())
            throw Fault{QStringLiteral("release_date"),
                        QStringLiteral("\"%1\" is not a date written as YYYY-MM-DD").arg(released)};
        f.year = f.releaseDate.year();
    }
    f.runtimeMinutes = number<int>(o, "runtime");
    if (f.runtimeMinutes == 0)
        f.runtimeMinutes.reset(); // TMDB's "not known"
    f.status = parseFilmStatus(text(o, "status"));
    f.synopsis = text(o, "overview");
    f.tmdbPopularity = number<double>(o, "popularity");
    f.tmdbVoteAverage = number<double>(o, "vote_average");
    f.tmdbVoteCount = number<qint64>(o, "vote_count");
    if (f.tmdbVoteCount == 0) {
        f.tmdbVoteAverage.reset(); // an average of no votes
        f.tmdbVoteCount.reset();
    }
    f.imdbId = text(o, "imdb_id");
    f.originalLanguage = text(o, "original_language");
    if (!isLanguageCode(f.originalLanguage))
        f.originalLanguage.clear(); // "xx": no language
    f.genres = names(o.value(QLatin1String("genres")).toArray());
    // TMDB says a documentary or a TV movie by genre; else its runtime tells a short (40
    // minutes or less, as the Academy counts) from a feature. Without either, the type stays
    // unknown, and an update keeps the catalog's.
    if (f.genres.contains(QStringLiteral("Documentary")))
        f.type = FilmType::Documentary;
    else if (f.genres.contains(QStringLiteral("TV Movie")))
        f.type = FilmType::TvMovie;
    else if (f.runtimeMinutes)
        f.type = *f.runtimeMinutes <= 40 ? FilmType::Short : FilmType::Movie;
    for (const QJsonValue &c : o.value(QLatin1String("production_companies")).toArray()) {
        const QJsonObject company = c.toObject();
        const QString name = company.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty() || f.companies.contains(name))
            continue;
        f.companies.append(name);
        const QString country = company.value(QLatin1String("origin_country")).toString();
        if (isCountryCode(country))
            t.companyCountries.insert(name, country);
    }
    for (const QJsonValue &c : o.value(QLatin1String("production_countries")).toArray()) {
        const QString code = c.toObject().value(QLatin1String("iso_3166_1")).toString();
        if (isCountryCode(code) && !f.countries.contains(code))
            f.countries.append(code);
    }
    f.certification = certification(o, QStringLiteral("US"));
    f.credits = credits(o);
    f.providers = providers(o, options.providerCountry);
    return t;
}

// A parse error's line, from its offset in the bytes.
qint64 lineAt(QByteArrayView data, qsizetype offset)
{
    return 1 + data.first(qBound(qsizetype(0), offset, data.size())).count('\n');
}

} // namespace

TmdbImporter::TmdbImporter(Catalog &catalog, const ImportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

ImportReport TmdbImporter::import(QIODevice *device, const QString &fileName)
{
    ImportReport report;
    report.fileName = fileName;
    report.format = QStringLiteral("TMDB movie JSON");
    const JsonScanner::MappedBytes bytes(device);
    const QByteArrayView data = bytes.data();
    try {
        FilmImportSession session(m_catalog, m_options, report);
        const auto write = [&](const QJsonValue &value, qint64 line) {
            if (!value.isObject()) {
                session.fail(line, QString(), QStringLiteral("expected a movie object"));
                return;
            }
            try {
                const TmdbFilm t = filmFrom(value.toObject(), m_options);
                session.write(t.film, line, [this, &t](FilmRepository &, qint64) {
                    // Companies TMDB knows the country of get it, unless they have one.
                    CompanyRepository companies(m_catalog);
                    for (auto it = t.companyCountries.cbegin(); it != t.companyCountries.cend();
                         ++it) {
                        if (auto company = companies.findByName(it.key());
                            company && company->country.isEmpty()) {
                            company->country = it.value();
                            companies.update(*company);
                        }
                    }
                });
            } catch (const Fault &fault) {
                session.fail(line, fault.field, fault.message);
            }
        };
        const qsizetype start = JsonScanner::textStart(data);
        if (start < data.size() && data[start] == '[') {
            JsonScanner scanner(data, {});
            qint64 items = 0;
            const bool scanned = scanner.scanList([&](const JsonScanner::Item &item) {
                QString error;
                qint64 errorLine = item.line;
                const QJsonValue value = JsonScanner::parse(item, error, &errorLine);
                if (!error.isEmpty())
                    session.fail(errorLine, QString(),
                                 QStringLiteral("not valid JSON: %1").arg(error));
                else
                    write(value, item.line);
                if (items++ % 64 == 0 && m_options.progress &&
                    !m_options.progress(scanner.position(), data.size())) {
                    report.cancelled = true;
                    return false;
                }
                return true;
            });
            if (!scanned)
                report.fatal = QStringLiteral("%1:%2: the file is damaged: %3. Nothing was "
                                              "imported.")
                                   .arg(fileName)
                                   .arg(scanner.errorLine())
                                   .arg(scanner.error());
        } else {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
            if (error.error != QJsonParseError::NoError) {
                report.fatal = QStringLiteral("%1:%2: the file is not valid JSON: %3. Nothing was "
                                              "imported.")
                                   .arg(fileName)
                                   .arg(lineAt(data, error.offset))
                                   .arg(error.errorString());
            } else {
                write(document.object(), lineAt(data, start));
            }
        }
        session.finish();
    } catch (const Error &e) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(fileName, e.message());
        report.rolledBack = true;
        report.imported = report.updated = 0;
    }
    if (m_options.progress)
        m_options.progress(data.size(), data.size());
    return report;
}

int TmdbImporter::recognize(QByteArrayView head, QStringView suffix)
{
    Q_UNUSED(suffix);
    const QByteArrayView text = head.sliced(JsonScanner::textStart(head));
    const bool json = text.startsWith('{') || text.startsWith('[');
    if (head.contains("\"format\": \"marquee\""))
        return 0; // a Marquee catalog holds the same names
    return json && head.contains("\"original_title\"") &&
                   (head.contains("\"vote_average\"") || head.contains("\"overview\"") ||
                    head.contains("\"release_date\""))
               ? 2
               : 0;
}

FilePreview TmdbImporter::preview(const QString &path, int maxRows)
{
    FilePreview preview;
    QFile file(path);
    if (!openForReading(file, preview.error))
        return preview;
    preview.header = QStringList{QStringLiteral("Title"), QStringLiteral("Released"),
                                 QStringLiteral("Directors"), QStringLiteral("TMDB")};
    const auto add = [&](const QJsonObject &o) {
        if (preview.rows.size() < maxRows) {
            const QStringList directors = creditNames(credits(o), CreditRole::Director);
            preview.rows.append({o.value(QLatin1String("title")).toString(),
                                 o.value(QLatin1String("release_date")).toString(),
                                 directors.join(QStringLiteral(", ")),
                                 o.value(QLatin1String("vote_average")).toVariant().toString()});
        }
        ++preview.films;
    };
    const JsonScanner::MappedBytes bytes(&file);
    const QByteArrayView data = bytes.data();
    const qsizetype start = JsonScanner::textStart(data);
    if (start < data.size() && data[start] == '[') {
        // A list is read film by film, and only the first ones are parsed.
        JsonScanner scanner(data, {});
        const bool scanned = scanner.scanList([&](const JsonScanner::Item &item) {
            if (preview.rows.size() >= maxRows) {
                ++preview.films;
                return true;
            }
            QString error;
            add(JsonScanner::parse(item, error).toObject());
            return true;
        });
        if (!scanned)
            preview.error = QStringLiteral("Line %1: the file is damaged: %2.")
                                .arg(scanner.errorLine())
                                .arg(scanner.error());
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            preview.error = QStringLiteral("Line %1: the file is not valid JSON: %2.")
                                .arg(lineAt(data, error.offset))
                                .arg(error.errorString());
            return preview;
        }
        add(document.object());
    }
    preview.summary = QStringLiteral("%1 films").arg(preview.films);
    return preview;
}

} // namespace Marquee
