#include "fields.h"

#include <QHash>

namespace Marquee {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

FieldInfo field(const char *name, FieldKind kind, std::initializer_list<const char *> synonyms = {},
                bool computed = false)
{
    return {QString::fromLatin1(name), kind, computed, words(synonyms)};
}

const QList<FieldInfo> &filmFields()
{
    using K = FieldKind;
    static const QList<FieldInfo> fields = {
        field("title", K::Text,
              {"name", "film", "movie", "film title", "movie title", "primary title"}),
        field("original_title", K::Text, {"original name", "original title"}),
        field("year", K::Integer, {"release year"}),
        field("release_date", K::Date, {"released", "release", "release date"}),
        field("runtime_minutes", K::Integer,
              {"runtime", "runtime (mins)", "runtime minutes", "duration", "length", "running time",
               "minutes"}),
        field("status", K::Enum, {"production status"}),
        field("type", K::Enum, {"title type", "film type", "kind"}),
        field("certification", K::Text,
              {"mpaa rating", "mpaa", "rated", "content rating", "age rating", "certificate"}),
        field("original_language", K::Text, {"language", "original language"}),
        field("countries", K::List, {"country", "production countries", "production country"}),
        field("genres", K::List, {"genre"}),
        field("companies", K::List,
              {"company", "production companies", "production company", "studio", "studios"}),
        field("providers", K::List, {"where to watch", "watch providers", "provider"}),
        field("synopsis", K::Text, {"overview", "plot", "description", "summary"}),
        field("tmdb_popularity", K::Real, {"popularity"}),
        field("tmdb_vote_average", K::Real, {"vote average", "tmdb rating", "tmdb vote"}),
        field("tmdb_vote_count", K::Integer, {"vote count", "total vote", "tmdb votes"}),
        field("imdb_id", K::Text, {"const", "tconst", "imdb", "imdb const"}),
        field("imdb_rating", K::Real, {"imdb score"}),
        field("imdb_votes", K::Integer, {"num votes", "imdb vote count"}),
        field("metascore", K::Integer, {"meta score", "metacritic"}),
        field("critics_score", K::Real, {}, true),
        field("critics_count", K::Integer, {}, true),
        field("my_rating", K::Real, {"your rating", "rating", "personal rating", "my score"}),
        field("watched_on", K::Date, {"watched date", "date watched", "watched"}),
        field("notes", K::Text, {"comments", "comment", "note"}),
        field("directors", K::List, {"director", "directed by", "directing"}),
        field("writers", K::List, {"writer", "written by", "screenplay", "writing"}),
        field("cast", K::List, {"actors", "actor", "stars", "starring"}),
        field("tags", K::List, {"tag", "labels", "keywords"}),
    };
    return fields;
}

const QList<FieldInfo> &companyFields()
{
    using K = FieldKind;
    static const QList<FieldInfo> fields = {
        field("name", K::Text, {"company", "company name"}),
        field("country", K::Text, {"origin country", "country code"}),
        field("notes", K::Text, {"comments", "comment", "note"}),
        field("film_count", K::Integer, {"films"}, true),
    };
    return fields;
}

const QList<FieldInfo> &reviewFields()
{
    using K = FieldKind;
    static const QList<FieldInfo> fields = {
        field("film_title", K::Text, {"film", "title", "movie", "movie title"}),
        field("film_year", K::Integer, {"year"}),
        field("date", K::Date, {"review date", "published", "published on"}),
        field("critic", K::Text, {"author", "reviewer", "critic name"}),
        field("publication", K::Text, {"source", "outlet", "publisher"}),
        field("quote", K::Text, {"review", "text", "excerpt", "summary"}),
        field("original_score", K::Text, {"written score", "score as written", "original score"}),
        field("score", K::Real, {"normalized score", "normalised score"}),
        field("url", K::Text, {"link", "address", "review url"}),
    };
    return fields;
}

const QList<FieldInfo> &personFields()
{
    using K = FieldKind;
    static const QList<FieldInfo> fields = {
        field("name", K::Text, {"person", "full name"}),
        field("roles", K::Text, {"role", "credited as"}, true),
        field("film_count", K::Integer, {"films"}, true),
        field("notes", K::Text, {"comments", "comment", "note", "biography"}),
    };
    return fields;
}

} // namespace

const QList<FieldInfo> &fieldsOf(Table table)
{
    switch (table) {
    case Table::Films:
        return filmFields();
    case Table::Companies:
        return companyFields();
    case Table::Reviews:
        return reviewFields();
    case Table::People:
        return personFields();
    }
    return filmFields();
}

QStringList fieldNames(Table table)
{
    QStringList names;
    for (const FieldInfo &f : fieldsOf(table))
        names.append(f.name);
    return names;
}

QString tableName(Table table)
{
    switch (table) {
    case Table::Films:
        return QStringLiteral("films");
    case Table::Companies:
        return QStringLiteral("companies");
    case Table::Reviews:
        return QStringLiteral("reviews");
    case Table::People:
        return QStringLiteral("people");
    }
    return {};
}

std::optional<Table> parseTable(QStringView name)
{
    for (const Table t : AllTables) {
        if (name.compare(tableName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString normalizeHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

int fieldForHeader(Table table, QStringView header)
{
    const QString key = normalizeHeader(header);
    if (key.isEmpty())
        return -1;
    const QList<FieldInfo> &fields = fieldsOf(table);
    // Exact names first, so that "rating" in a reviews file never shadows a field's own name.
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (normalizeHeader(fields[i].name) == key)
            return int(i);
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        for (const QString &synonym : fields[i].synonyms) {
            if (normalizeHeader(synonym) == key)
                return int(i);
        }
    }
    return -1;
}

} // namespace Marquee
