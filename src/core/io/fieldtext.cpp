#include "fieldtext.h"

#include "../domain/score.h"
#include "../domain/validation.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Marquee {

namespace {

// Whole numbers; a thousands separator is not accepted (it is ambiguous with decimals).
QString parseInteger(const QString &text, qint64 min, qint64 max, std::optional<qint64> &out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return QStringLiteral("\"%1\" is not a whole number").arg(text);
    if (value < min || value > max)
        return QStringLiteral("%1 is outside %2-%3").arg(value).arg(min).arg(max);
    out = value;
    return {};
}

// Decimal numbers with a '.' or, when it is the only separator, a ',' ("5,7").
QString parseReal(const QString &text, double min, double max, std::optional<double> &out)
{
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok && text.count(u',') == 1 && !text.contains(u'.')) {
        QString dotted = text;
        value = dotted.replace(u',', u'.').toDouble(&ok);
    }
    if (!ok || !std::isfinite(value))
        return QStringLiteral("\"%1\" is not a number").arg(text);
    if (value < min || value > max)
        return QStringLiteral("%1 is outside %2-%3").arg(text).arg(min).arg(max);
    out = value;
    return {};
}

QString parseDate(const QString &text, QDate &out)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!iso.match(text).hasMatch() || !date.isValid())
        return QStringLiteral("\"%1\" is not a date written as YYYY-MM-DD").arg(text);
    out = date;
    return {};
}

QString parseRuntime(const QString &text, std::optional<int> &out)
{
    static const QRegularExpression minutesOnly(
        QStringLiteral(R"(^(\d+)\s*(?:m|min|mins|minutes)?\.?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hoursMinutes(
        QStringLiteral(
            R"(^(\d+)\s*(?:h|hr|hrs|hour|hours)\.?\s*(?:(\d+)\s*(?:m|min|mins|minutes)?\.?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    std::optional<qint64> minutes;
    if (const auto m = minutesOnly.match(text); m.hasMatch()) {
        minutes = m.capturedView(1).toLongLong();
    } else if (const auto hm = hoursMinutes.match(text); hm.hasMatch()) {
        minutes = hm.capturedView(1).toLongLong() * 60 + hm.capturedView(2).toLongLong();
    } else {
        return QStringLiteral("\"%1\" is not a runtime in minutes (such as 112 or 1 h 52 min)")
            .arg(text);
    }
    if (*minutes < Film::MinRuntime || *minutes > Film::MaxRuntime) {
        return QStringLiteral("%1 minutes is outside %2-%3")
            .arg(*minutes)
            .arg(Film::MinRuntime)
            .arg(Film::MaxRuntime);
    }
    out = int(*minutes);
    return {};
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(ListSeparator)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

// The credits of one role from "Name; Name": the cast's as "Name (Character)". The other
// roles' credits stay, and the film's credits stay in role order.
void setCredits(Film &film, CreditRole role, const QString &text)
{
    QList<Credit> credits;
    for (const Credit &c : std::as_const(film.credits)) {
        if (c.role < role)
            credits.append(c);
    }
    static const QRegularExpression withCharacter(QStringLiteral(R"(^(.*?\S)\s+\((.*)\)$)"));
    for (const QString &item : splitList(text)) {
        const auto m = withCharacter.match(item);
        if (role == CreditRole::Cast && m.hasMatch())
            credits.append({role, m.captured(1), m.captured(2).trimmed()});
        else
            credits.append({role, item, QString()});
    }
    for (const Credit &c : std::as_const(film.credits)) {
        if (c.role > role)
            credits.append(c);
    }
    film.credits = credits;
}

template <typename T> QString assign(std::optional<T> &target, const std::optional<qint64> &value)
{
    target = value ? std::optional<T>(T(*value)) : std::nullopt;
    return {};
}

} // namespace

QString setFilmField(Film &film, FilmField field, const QString &raw)
{
    const QString text = raw.trimmed();
    const bool empty = text.isEmpty();
    QString error;
    std::optional<qint64> integer;
    std::optional<double> real;
    switch (field) {
    case FilmField::Title:
        film.title = text;
        return empty ? QStringLiteral("a title is required") : QString();
    case FilmField::OriginalTitle:
        film.originalTitle = text;
        return {};
    case FilmField::Year:
        if (!empty &&
            !(error = parseInteger(text, Film::MinYear, Film::MaxYear, integer)).isEmpty())
            return error;
        return assign(film.year, integer);
    case FilmField::ReleaseDate:
        film.releaseDate = QDate();
        return empty ? QString() : parseDate(text, film.releaseDate);
    case FilmField::RuntimeMinutes:
        film.runtimeMinutes.reset();
        return empty ? QString() : parseRuntime(text, film.runtimeMinutes);
    case FilmField::Status:
        film.status = parseFilmStatus(text);
        if (!empty && !film.status) {
            return QStringLiteral("\"%1\" is not a status (%2)")
                .arg(text, filmStatusNames().join(QStringLiteral(", ")));
        }
        return {};
    case FilmField::Type:
        film.type = parseFilmType(text);
        if (!empty && !film.type) {
            return QStringLiteral("\"%1\" is not a film type (%2)")
                .arg(text, filmTypeNames().join(QStringLiteral(", ")));
        }
        return {};
    case FilmField::Certification:
        film.certification = text;
        return {};
    case FilmField::OriginalLanguage:
        film.originalLanguage = empty ? QString() : languageCodeFor(text);
        if (!empty && film.originalLanguage.isEmpty())
            return QStringLiteral("\"%1\" is not an ISO 639-1 language code such as fr").arg(text);
        return {};
    case FilmField::Countries:
        film.countries.clear();
        for (const QString &item : splitList(text)) {
            const QString code = countryCodeFor(item);
            if (code.isEmpty())
                return QStringLiteral("\"%1\" is not a country code such as FR").arg(item);
            film.countries.append(code);
        }
        return {};
    case FilmField::Genres:
        film.genres = splitList(text);
        return {};
    case FilmField::Companies:
        film.companies = splitList(text);
        return {};
    case FilmField::Providers: {
        static const QRegularExpression entry(QStringLiteral(R"(^(.*\S)\s*\(([^()]+)\)$)"));
        film.providers.clear();
        for (const QString &item : splitList(text)) {
            const auto m = entry.match(item);
            const auto offer = m.hasMatch() ? parseWatchOffer(m.capturedView(2)) : std::nullopt;
            if (!offer) {
                return QStringLiteral("\"%1\" is not written as Provider (offer), the offer being "
                                      "one of %2")
                    .arg(item, watchOfferNames().join(QStringLiteral(", ")));
            }
            film.providers.append({m.captured(1), *offer});
        }
        return {};
    }
    case FilmField::Synopsis:
        film.synopsis = raw; // kept as written: line breaks and indentation are part of it
        return {};
    case FilmField::TmdbPopularity:
        if (!empty && !(error = parseReal(text, 0, 1e12, real)).isEmpty())
            return error;
        film.tmdbPopularity = real;
        return {};
    case FilmField::TmdbVoteAverage:
        if (!empty && !(error = parseReal(text, 0, 10, real)).isEmpty())
            return error;
        film.tmdbVoteAverage = real;
        return {};
    case FilmField::TmdbVoteCount:
        if (!empty &&
            !(error = parseInteger(text, 0, std::numeric_limits<qint64>::max(), integer)).isEmpty())
            return error;
        return assign(film.tmdbVoteCount, integer);
    case FilmField::ImdbId: {
        // IMDb's own URLs are accepted: https://www.imdb.com/title/tt0111161/
        static const QRegularExpression inUrl(QStringLiteral(R"(\b(tt\d{7,})\b)"));
        const auto m = inUrl.match(text);
        film.imdbId = m.hasMatch() ? m.captured(1) : text;
        if (!empty && !isImdbId(film.imdbId))
            return QStringLiteral("\"%1\" is not an IMDb id (tt followed by digits)").arg(text);
        return {};
    }
    case FilmField::ImdbRating:
        if (!empty && !(error = parseReal(text, 0, 10, real)).isEmpty())
            return error;
        film.imdbRating = real;
        return {};
    case FilmField::ImdbVotes:
        if (!empty &&
            !(error = parseInteger(text, 0, std::numeric_limits<qint64>::max(), integer)).isEmpty())
            return error;
        return assign(film.imdbVotes, integer);
    case FilmField::Metascore:
        if (!empty && !(error = parseInteger(text, 0, 100, integer)).isEmpty())
            return error;
        return assign(film.metascore, integer);
    case FilmField::MyRating:
        if (!empty && !(error = parseReal(text, 0, 10, real)).isEmpty())
            return error;
        film.myRating = real;
        return {};
    case FilmField::WatchedOn:
        film.watchedOn = QDate();
        return empty ? QString() : parseDate(text, film.watchedOn);
    case FilmField::Notes:
        film.notes = raw;
        return {};
    case FilmField::Directors:
        setCredits(film, CreditRole::Director, text);
        return {};
    case FilmField::Writers:
        setCredits(film, CreditRole::Writer, text);
        return {};
    case FilmField::Cast:
        setCredits(film, CreditRole::Cast, text);
        return {};
    case FilmField::Tags:
        film.tags = splitList(text);
        return {};
    case FilmField::CriticsScore:
    case FilmField::CriticsCount:
        return {}; // computed from the reviews
    }
    return {};
}

QString setCompanyField(Company &company, CompanyField field, const QString &raw)
{
    const QString text = raw.trimmed();
    switch (field) {
    case CompanyField::Name:
        company.name = text;
        return text.isEmpty() ? QStringLiteral("a name is required") : QString();
    case CompanyField::Country:
        company.country = text.isEmpty() ? QString() : countryCodeFor(text);
        if (!text.isEmpty() && company.country.isEmpty())
            return QStringLiteral("\"%1\" is not a country code such as FR").arg(text);
        return {};
    case CompanyField::Notes:
        company.notes = raw;
        return {};
    case CompanyField::FilmCount:
        return {};
    }
    return {};
}

QString setPersonField(Person &person, PersonField field, const QString &raw)
{
    switch (field) {
    case PersonField::Name:
        person.name = raw.trimmed();
        return person.name.isEmpty() ? QStringLiteral("a name is required") : QString();
    case PersonField::Notes:
        person.notes = raw;
        return {};
    case PersonField::Roles:
    case PersonField::FilmCount:
        return {};
    }
    return {};
}

QString setReviewField(Review &review, ReviewField field, const QString &raw)
{
    const QString text = raw.trimmed();
    std::optional<double> real;
    QString error;
    switch (field) {
    case ReviewField::Date:
        review.date = QDate();
        return text.isEmpty() ? QString() : parseDate(text, review.date);
    case ReviewField::Critic:
        review.critic = text;
        return {};
    case ReviewField::Publication:
        review.publication = text;
        return {};
    case ReviewField::Quote:
        review.quote = raw;
        return {};
    case ReviewField::OriginalScore:
        review.originalScore = text;
        return {};
    case ReviewField::Score:
        if (!text.isEmpty() && !(error = parseReal(text, 0, 100, real)).isEmpty())
            return error;
        review.score = real;
        return {};
    case ReviewField::Url:
        review.url = text;
        return {};
    case ReviewField::FilmTitle:
    case ReviewField::FilmYear:
        return {};
    }
    return {};
}

QString filmFieldText(const Film &f, FilmField field)
{
    const auto number = [](const auto &v) {
        if (!v)
            return QString();
        if constexpr (std::is_floating_point_v<std::decay_t<decltype(*v)>>)
            return QString::number(*v, 'g', QLocale::FloatingPointShortest);
        else
            return QString::number(*v);
    };
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    const auto credits = [&f](CreditRole role) {
        QStringList names;
        for (const Credit &c : f.credits) {
            if (c.role == role)
                names.append(c.character.isEmpty()
                                 ? c.name
                                 : QStringLiteral("%1 (%2)").arg(c.name, c.character));
        }
        return names.join(QStringLiteral("; "));
    };
    switch (field) {
    case FilmField::Title:
        return f.title;
    case FilmField::OriginalTitle:
        return f.originalTitle;
    case FilmField::Year:
        return number(f.year);
    case FilmField::ReleaseDate:
        return date(f.releaseDate);
    case FilmField::RuntimeMinutes:
        return number(f.runtimeMinutes);
    case FilmField::Status:
        return f.status ? toText(*f.status) : QString();
    case FilmField::Type:
        return f.type ? toText(*f.type) : QString();
    case FilmField::Certification:
        return f.certification;
    case FilmField::OriginalLanguage:
        return f.originalLanguage;
    case FilmField::Countries:
        return f.countries.join(QStringLiteral("; "));
    case FilmField::Genres:
        return f.genres.join(QStringLiteral("; "));
    case FilmField::Companies:
        return f.companies.join(QStringLiteral("; "));
    case FilmField::Providers: {
        QStringList items;
        for (const WatchProvider &p : f.providers)
            items.append(QStringLiteral("%1 (%2)").arg(p.provider, toText(p.offer)));
        return items.join(QStringLiteral("; "));
    }
    case FilmField::Synopsis:
        return f.synopsis;
    case FilmField::TmdbPopularity:
        return number(f.tmdbPopularity);
    case FilmField::TmdbVoteAverage:
        return number(f.tmdbVoteAverage);
    case FilmField::TmdbVoteCount:
        return number(f.tmdbVoteCount);
    case FilmField::ImdbId:
        return f.imdbId;
    case FilmField::ImdbRating:
        return number(f.imdbRating);
    case FilmField::ImdbVotes:
        return number(f.imdbVotes);
    case FilmField::Metascore:
        return number(f.metascore);
    case FilmField::CriticsScore:
    case FilmField::CriticsCount:
        return {};
    case FilmField::MyRating:
        return number(f.myRating);
    case FilmField::WatchedOn:
        return date(f.watchedOn);
    case FilmField::Notes:
        return f.notes;
    case FilmField::Directors:
        return credits(CreditRole::Director);
    case FilmField::Writers:
        return credits(CreditRole::Writer);
    case FilmField::Cast:
        return credits(CreditRole::Cast);
    case FilmField::Tags:
        return f.tags.join(QStringLiteral("; "));
    }
    return {};
}

QString formatValue(const QVariant &value, FieldKind kind)
{
    if (value.isNull())
        return {};
    switch (kind) {
    case FieldKind::Integer:
        return QString::number(value.toLongLong());
    case FieldKind::Real:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return value.toString();
    }
}

QString formatRuntime(int minutes)
{
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QStringLiteral("%1 h").arg(minutes / 60);
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace Marquee
