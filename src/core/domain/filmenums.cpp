#include "filmenums.h"

#include <QHash>

namespace Marquee {

namespace {

// Letters and digits only, lower case: "Post-Production" -> "postproduction".
QString squash(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

template <typename Enum>
std::optional<Enum> lookup(const QHash<QString, Enum> &table, QStringView text)
{
    const auto it = table.constFind(squash(text));
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

} // namespace

QString toText(FilmStatus status)
{
    switch (status) {
    case FilmStatus::Rumored:
        return QStringLiteral("Rumored");
    case FilmStatus::Planned:
        return QStringLiteral("Planned");
    case FilmStatus::InProduction:
        return QStringLiteral("In Production");
    case FilmStatus::PostProduction:
        return QStringLiteral("Post Production");
    case FilmStatus::Released:
        return QStringLiteral("Released");
    case FilmStatus::Canceled:
        return QStringLiteral("Canceled");
    }
    return {};
}

QString toText(FilmType type)
{
    switch (type) {
    case FilmType::Movie:
        return QStringLiteral("movie");
    case FilmType::TvMovie:
        return QStringLiteral("TV movie");
    case FilmType::Short:
        return QStringLiteral("short");
    case FilmType::Documentary:
        return QStringLiteral("documentary");
    }
    return {};
}

QString toText(WatchOffer offer)
{
    switch (offer) {
    case WatchOffer::Stream:
        return QStringLiteral("stream");
    case WatchOffer::Rent:
        return QStringLiteral("rent");
    case WatchOffer::Buy:
        return QStringLiteral("buy");
    case WatchOffer::Free:
        return QStringLiteral("free");
    }
    return {};
}

QString toText(CreditRole role)
{
    switch (role) {
    case CreditRole::Director:
        return QStringLiteral("director");
    case CreditRole::Writer:
        return QStringLiteral("writer");
    case CreditRole::Cast:
        return QStringLiteral("cast");
    }
    return {};
}

std::optional<CreditRole> parseCreditRole(QStringView text)
{
    static const QHash<QString, CreditRole> table = {
        {QStringLiteral("director"), CreditRole::Director},
        {QStringLiteral("directors"), CreditRole::Director},
        {QStringLiteral("directing"), CreditRole::Director},
        {QStringLiteral("writer"), CreditRole::Writer},
        {QStringLiteral("writers"), CreditRole::Writer},
        {QStringLiteral("writing"), CreditRole::Writer},
        {QStringLiteral("screenplay"), CreditRole::Writer},
        {QStringLiteral("credits"), CreditRole::Writer},
        {QStringLiteral("cast"), CreditRole::Cast},
        {QStringLiteral("actor"), CreditRole::Cast},
        {QStringLiteral("actors"), CreditRole::Cast},
        {QStringLiteral("acting"), CreditRole::Cast},
    };
    return lookup(table, text);
}

std::optional<FilmStatus> parseFilmStatus(QStringView text)
{
    static const QHash<QString, FilmStatus> table = {
        {QStringLiteral("rumored"), FilmStatus::Rumored},
        {QStringLiteral("rumoured"), FilmStatus::Rumored},
        {QStringLiteral("planned"), FilmStatus::Planned},
        {QStringLiteral("inproduction"), FilmStatus::InProduction},
        {QStringLiteral("postproduction"), FilmStatus::PostProduction},
        {QStringLiteral("released"), FilmStatus::Released},
        {QStringLiteral("canceled"), FilmStatus::Canceled},
        {QStringLiteral("cancelled"), FilmStatus::Canceled},
    };
    return lookup(table, text);
}

std::optional<FilmType> parseFilmType(QStringView text)
{
    static const QHash<QString, FilmType> table = {
        {QStringLiteral("movie"), FilmType::Movie},
        {QStringLiteral("film"), FilmType::Movie},
        {QStringLiteral("featurefilm"), FilmType::Movie},
        {QStringLiteral("feature"), FilmType::Movie},
        {QStringLiteral("tvmovie"), FilmType::TvMovie},
        {QStringLiteral("televisionmovie"), FilmType::TvMovie},
        {QStringLiteral("madefortvmovie"), FilmType::TvMovie},
        {QStringLiteral("short"), FilmType::Short},
        {QStringLiteral("shortfilm"), FilmType::Short},
        {QStringLiteral("documentary"), FilmType::Documentary},
    };
    return lookup(table, text);
}

std::optional<WatchOffer> parseWatchOffer(QStringView text)
{
    static const QHash<QString, WatchOffer> table = {
        {QStringLiteral("stream"), WatchOffer::Stream},
        {QStringLiteral("flatrate"), WatchOffer::Stream},
        {QStringLiteral("subscription"), WatchOffer::Stream},
        {QStringLiteral("rent"), WatchOffer::Rent},
        {QStringLiteral("rental"), WatchOffer::Rent},
        {QStringLiteral("buy"), WatchOffer::Buy},
        {QStringLiteral("purchase"), WatchOffer::Buy},
        {QStringLiteral("free"), WatchOffer::Free},
        {QStringLiteral("ads"), WatchOffer::Free},
    };
    return lookup(table, text);
}

QStringList filmStatusNames()
{
    QStringList names;
    for (const auto s : {FilmStatus::Rumored, FilmStatus::Planned, FilmStatus::InProduction,
                         FilmStatus::PostProduction, FilmStatus::Released, FilmStatus::Canceled})
        names.append(toText(s));
    return names;
}

QStringList filmTypeNames()
{
    QStringList names;
    for (const auto t :
         {FilmType::Movie, FilmType::TvMovie, FilmType::Short, FilmType::Documentary})
        names.append(toText(t));
    return names;
}

QStringList watchOfferNames()
{
    QStringList names;
    for (const auto o : {WatchOffer::Stream, WatchOffer::Rent, WatchOffer::Buy, WatchOffer::Free})
        names.append(toText(o));
    return names;
}

} // namespace Marquee
