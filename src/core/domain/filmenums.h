#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Marquee {

enum class FilmStatus { Rumored, Planned, InProduction, PostProduction, Released, Canceled };
enum class FilmType { Movie, TvMovie, Short, Documentary };
enum class WatchOffer { Stream, Rent, Buy, Free };
enum class CreditRole { Director, Writer, Cast }; // in the order credits are listed

// The stored and displayed spelling ("Post Production", "TV movie", "rent").
QString toText(FilmStatus status);
QString toText(FilmType type);
QString toText(WatchOffer offer);
QString toText(CreditRole role); // "director", "writer", "cast"

// Tolerant parsing: case, spaces and hyphens are ignored, and common synonyms are understood
// ("post-production", "Feature Film", "tvMovie", "subscription"). Empty or unknown gives nullopt.
std::optional<FilmStatus> parseFilmStatus(QStringView text);
std::optional<FilmType> parseFilmType(QStringView text);
std::optional<WatchOffer> parseWatchOffer(QStringView text);
std::optional<CreditRole> parseCreditRole(QStringView text); // also "Directing", "actor" ...

QStringList filmStatusNames();
QStringList filmTypeNames();
QStringList watchOfferNames();

} // namespace Marquee
