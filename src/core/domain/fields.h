#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marquee {

// The tables a person imports and exports, and their fields under the snake_case names used
// by CSV headers, the command line and (later) the search language.
enum class Table { Films, Companies, Reviews, People };
inline constexpr Table AllTables[] = {Table::Films, Table::Companies, Table::Reviews,
                                      Table::People};

enum class FieldKind { Text, Integer, Real, Date, Enum, List };

struct FieldInfo
{
    QString name;
    FieldKind kind;
    bool computed; // derived from other rows: exported, never imported
    QStringList synonyms;
};

// In export order; the enums below index these lists.
enum class FilmField {
    Title,
    OriginalTitle,
    Year,
    ReleaseDate,
    RuntimeMinutes,
    Status,
    Type,
    Certification,
    OriginalLanguage,
    Countries,
    Genres,
    Companies,
    Providers,
    Synopsis,
    TmdbPopularity,
    TmdbVoteAverage,
    TmdbVoteCount,
    ImdbId,
    ImdbRating,
    ImdbVotes,
    Metascore,
    CriticsScore,
    CriticsCount,
    MyRating,
    WatchedOn,
    Notes,
    Directors,
    Writers,
    Cast,
    Tags,
};
enum class CompanyField { Name, Country, Notes, FilmCount };
enum class PersonField { Name, Roles, FilmCount, Notes };
enum class ReviewField {
    FilmTitle,
    FilmYear,
    Date,
    Critic,
    Publication,
    Quote,
    OriginalScore,
    Score,
    Url
};

const QList<FieldInfo> &fieldsOf(Table table);
QStringList fieldNames(Table table);

QString tableName(Table table); // "films"
std::optional<Table> parseTable(QStringView name);

// Lower case, letters and digits only: "Runtime (mins)" -> "runtimemins".
QString normalizeHeader(QStringView header);
// The field a CSV header names (by name or synonym), or -1.
int fieldForHeader(Table table, QStringView header);

} // namespace Marquee
