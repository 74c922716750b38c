#include "searchquery.h"

#include "../domain/filmenums.h"
#include "../domain/validation.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Marquee {

namespace {

constexpr int MaxDepth = 32; // parentheses and NOTs inside one another
constexpr int MaxTerms = 64; // words and field terms in one query

// ---- The fields each table takes -------------------------------------------------------------

enum class TermKind {
    Text,      // full-text: `sql` has one ? for an FTS5 query; `column` filters its columns
    Like,      // substring of `sql`, ignoring case
    Integer,   // `sql` is a number compared with =, <, <=, >, >= or a range a..b
    Real,      //   the same, with decimals
    Date,      // `sql` is a yyyy-mm-dd text: 2005, 2005-06, 2005-06-01 or relative 30d
    Timestamp, // `sql` is a yyyy-mm-ddThh:mm:ssZ text, compared like a date
    Upper,     // a two-letter code: `sql` has one ? for the code in capitals
    Lower,     //   the same, in small letters
    Folded,    // `sql` has one ? for the value case-folded (genre names)
    NoCase,    // `sql` has one ? for the value as typed, compared ignoring case
    Status,    // a film status, as the tolerant parser reads it
    Type,      // a film type, likewise
    Role,      // a credit's role: director, writer, cast
    Presence,  // has: and no:, which look the value up in the table's presence list
};

struct TermSpec
{
    const char *name;
    TermKind kind;
    const char *sql;
    const char *column = nullptr; // Text only
};

struct PresenceSpec
{
    const char *name;
    const char *sql; // true when the row has it
};

// The sub-queries that turn full-text matches into rows.
#define FILM_MATCH "f.id IN (SELECT rowid FROM film_search WHERE film_search MATCH ?)"
#define REVIEW_FILMS_MATCH                                                                         \
    "f.id IN (SELECT film_id FROM reviews WHERE id IN (SELECT rowid FROM review_search WHERE "     \
    "review_search MATCH ?))"
#define PERSON_FILMS_MATCH(role)                                                                   \
    "f.id IN (SELECT fp.film_id FROM film_people fp WHERE " role "fp.person_id IN (SELECT rowid "  \
    "FROM person_search WHERE person_search MATCH ?))"
#define COMPANY_MATCH "c.id IN (SELECT rowid FROM company_search WHERE company_search MATCH ?)"
#define REVIEW_MATCH "r.id IN (SELECT rowid FROM review_search WHERE review_search MATCH ?)"
#define REVIEW_FILM_MATCH "r.film_id IN (SELECT rowid FROM film_search WHERE film_search MATCH ?)"
#define FILLED(x) "coalesce(" x ", '') <> ''"

const std::vector<TermSpec> filmTerms = {
    {"title", TermKind::Text, FILM_MATCH, "{title original_title}"},
    {"synopsis", TermKind::Text, FILM_MATCH, "synopsis"},
    {"company", TermKind::Text, FILM_MATCH, "companies"},
    {"director", TermKind::Text, PERSON_FILMS_MATCH("fp.role = 'director' AND "), nullptr},
    {"writer", TermKind::Text, PERSON_FILMS_MATCH("fp.role = 'writer' AND "), nullptr},
    {"cast", TermKind::Text, PERSON_FILMS_MATCH("fp.role = 'cast' AND "), nullptr},
    {"person", TermKind::Text, FILM_MATCH, "people"},
    {"quote", TermKind::Text, FILM_MATCH, "quotes"},
    {"critic", TermKind::Text, REVIEW_FILMS_MATCH, "{critic publication}"},
    {"notes", TermKind::Like, "f.notes"},
    {"year", TermKind::Integer, "f.year"},
    {"runtime", TermKind::Integer, "f.runtime_minutes"},
    {"tmdb", TermKind::Real, "f.tmdb_vote_average"},
    {"votes", TermKind::Integer, "f.tmdb_vote_count"},
    {"popularity", TermKind::Real, "f.tmdb_popularity"},
    {"imdb", TermKind::Real, "f.imdb_rating"},
    {"imdbvotes", TermKind::Integer, "f.imdb_votes"},
    {"metascore", TermKind::Integer, "f.metascore"},
    // Rounded as the Critics column shows it, so that what is seen is what is found.
    {"critics", TermKind::Real, "round(f.critics_average, 1)"},
    {"rating", TermKind::Real, "f.my_rating"},
    {"reviews", TermKind::Integer, "(SELECT count(*) FROM reviews WHERE film_id = f.id)"},
    {"released", TermKind::Date, "f.release_date"},
    {"watched", TermKind::Date, "f.watched_on"},
    {"added", TermKind::Timestamp, "f.created_at"},
    {"country", TermKind::Upper,
     "EXISTS (SELECT 1 FROM film_countries WHERE film_id = f.id AND country_code = ?)"},
    {"language", TermKind::Lower, "f.original_language = ?"},
    {"genre", TermKind::Folded,
     "EXISTS (SELECT 1 FROM film_genres fg JOIN genres g ON g.id = fg.genre_id WHERE fg.film_id "
     "= f.id AND g.name_key = ?)"},
    {"provider", TermKind::NoCase,
     "EXISTS (SELECT 1 FROM watch_providers WHERE film_id = f.id AND provider = ? COLLATE "
     "NOCASE)"},
    {"certification", TermKind::NoCase, "f.certification = ? COLLATE NOCASE"},
    {"tag", TermKind::NoCase,
     "f.id IN (SELECT film_id FROM film_tags WHERE tag = ? COLLATE NOCASE)"},
    {"status", TermKind::Status, "f.status = ?"},
    {"type", TermKind::Type, "f.type = ?"},
    {"has", TermKind::Presence, ""},
    {"no", TermKind::Presence, ""},
};

const std::vector<PresenceSpec> filmPresence = {
    {"poster", "EXISTS (SELECT 1 FROM film_posters WHERE film_id = f.id)"},
    {"reviews", "EXISTS (SELECT 1 FROM reviews WHERE film_id = f.id)"},
    {"critics", "f.critics_count > 0"},
    {"companies", "EXISTS (SELECT 1 FROM film_companies WHERE film_id = f.id)"},
    {"countries", "EXISTS (SELECT 1 FROM film_countries WHERE film_id = f.id)"},
    {"genres", "EXISTS (SELECT 1 FROM film_genres WHERE film_id = f.id)"},
    {"providers", "EXISTS (SELECT 1 FROM watch_providers WHERE film_id = f.id)"},
    {"related", "EXISTS (SELECT 1 FROM related_films WHERE film_id = f.id)"},
    {"director", "EXISTS (SELECT 1 FROM film_people WHERE film_id = f.id AND role = 'director')"},
    {"tags", "EXISTS (SELECT 1 FROM film_tags WHERE film_id = f.id)"},
    {"cast", "EXISTS (SELECT 1 FROM film_people WHERE film_id = f.id AND role = 'cast')"},
    {"synopsis", FILLED("f.synopsis")},
    {"original", FILLED("f.original_title")},
    {"notes", FILLED("f.notes")},
    {"certification", FILLED("f.certification")},
    {"year", "f.year IS NOT NULL"},
    {"released", "f.release_date IS NOT NULL"},
    {"runtime", "f.runtime_minutes IS NOT NULL"},
    {"status", "f.status IS NOT NULL"},
    {"type", "f.type IS NOT NULL"},
    {"language", "f.original_language IS NOT NULL"},
    {"tmdb", "f.tmdb_vote_average IS NOT NULL"},
    {"imdb", "f.imdb_id IS NOT NULL"},
    {"metascore", "f.metascore IS NOT NULL"},
    {"rating", "f.my_rating IS NOT NULL"},
    {"watched", "f.watched_on IS NOT NULL"},
};

const std::vector<TermSpec> companyTerms = {
    {"name", TermKind::Text, COMPANY_MATCH, nullptr},
    {"country", TermKind::Upper, "c.country = ?"},
    {"notes", TermKind::Like, "c.notes"},
    {"films", TermKind::Integer, "(SELECT count(*) FROM film_companies WHERE company_id = c.id)"},
    {"added", TermKind::Timestamp, "c.created_at"},
    {"has", TermKind::Presence, ""},
    {"no", TermKind::Presence, ""},
};

const std::vector<PresenceSpec> companyPresence = {
    {"country", "c.country IS NOT NULL"},
    {"notes", FILLED("c.notes")},
    {"films", "EXISTS (SELECT 1 FROM film_companies WHERE company_id = c.id)"},
};

const std::vector<TermSpec> reviewTerms = {
    {"film", TermKind::Text, REVIEW_FILM_MATCH, "{title original_title}"},
    {"critic", TermKind::Text, REVIEW_MATCH, "critic"},
    {"publication", TermKind::Text, REVIEW_MATCH, "publication"},
    {"quote", TermKind::Text, REVIEW_MATCH, "quote"},
    {"year", TermKind::Integer, "(SELECT year FROM films WHERE id = r.film_id)"},
    {"score", TermKind::Real, "r.score"},
    {"date", TermKind::Date, "r.review_date"},
    {"added", TermKind::Timestamp, "r.created_at"},
    {"has", TermKind::Presence, ""},
    {"no", TermKind::Presence, ""},
};

const std::vector<PresenceSpec> reviewPresence = {
    {"score", "r.score IS NOT NULL"}, {"quote", FILLED("r.quote")},
    {"critic", FILLED("r.critic")},   {"publication", FILLED("r.publication")},
    {"url", FILLED("r.url")},         {"date", "r.review_date IS NOT NULL"},
};

#define PERSON_MATCH "p.id IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)"

const std::vector<TermSpec> personTerms = {
    {"name", TermKind::Text, PERSON_MATCH, nullptr},
    {"role", TermKind::Role,
     "EXISTS (SELECT 1 FROM film_people WHERE person_id = p.id AND role = ?)"},
    {"films", TermKind::Integer,
     "(SELECT count(DISTINCT film_id) FROM film_people WHERE person_id = p.id)"},
    {"notes", TermKind::Like, "p.notes"},
    {"added", TermKind::Timestamp, "p.created_at"},
    {"has", TermKind::Presence, ""},
    {"no", TermKind::Presence, ""},
};

const std::vector<PresenceSpec> personPresence = {
    {"notes", FILLED("p.notes")},
    {"films", "EXISTS (SELECT 1 FROM film_people WHERE person_id = p.id)"},
};

const std::vector<TermSpec> &termsOf(Table table)
{
    return table == Table::Films       ? filmTerms
           : table == Table::Companies ? companyTerms
           : table == Table::People    ? personTerms
                                       : reviewTerms;
}

const std::vector<PresenceSpec> &presenceOf(Table table)
{
    return table == Table::Films       ? filmPresence
           : table == Table::Companies ? companyPresence
           : table == Table::People    ? personPresence
                                       : reviewPresence;
}

// ---- Tokens ------------------------------------------------------------------------------

struct Token
{
    enum Kind { Word, Phrase, Field, Open, Close, And, Or, Not, End };
    Kind kind = End;
    int position = 0;
    int length = 0;
    QString text;        // a word or phrase; a field's name
    QString value;       // a field's value
    bool quoted = false; // a field's value was in quotes
};

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    // Fills `tokens`, or returns the error.
    std::optional<SearchError> run(std::vector<Token> &tokens)
    {
        const int n = int(m_text.size());
        int i = 0;
        while (true) {
            while (i < n && isSpace(m_text[i]))
                ++i;
            Token t;
            t.position = i;
            if (i >= n) {
                t.kind = Token::End;
                tokens.push_back(t);
                return std::nullopt;
            }
            const QChar c = m_text[i];
            if (c == u'(' || c == u')') {
                t.kind = c == u'(' ? Token::Open : Token::Close;
                t.length = 1;
                ++i;
            } else if (c == u'-' &&
                       (i + 1 == n || (!isSpace(m_text[i + 1]) && m_text[i + 1] != u')'))) {
                // A minus at the very end is a NOT still being typed.
                t.kind = Token::Not;
                t.length = 1;
                ++i;
            } else if (c == u'"') {
                const int close = int(m_text.indexOf(u'"', i + 1));
                if (close < 0)
                    return SearchError{QObject::tr("This quote is not closed."), i, n - i};
                t.kind = Token::Phrase;
                t.text = m_text.mid(i + 1, close - i - 1);
                t.length = close + 1 - i;
                i = close + 1;
            } else {
                int end = i;
                while (end < n && !isSpace(m_text[end]) && m_text[end] != u'(' &&
                       m_text[end] != u')' && m_text[end] != u'"')
                    ++end;
                // A field term is letters followed by a colon: year:2005, company:"Haut et Court".
                int name = i;
                while (name < end && m_text[name].isLetter())
                    ++name;
                if (name > i && name < n && m_text[name] == u':') {
                    t.kind = Token::Field;
                    t.text = m_text.mid(i, name - i).toLower();
                    int v = name + 1;
                    if (v < n && m_text[v] == u'"') {
                        const int close = int(m_text.indexOf(u'"', v + 1));
                        if (close < 0)
                            return SearchError{QObject::tr("This quote is not closed."), v, n - v};
                        t.value = m_text.mid(v + 1, close - v - 1);
                        t.quoted = true;
                        end = close + 1;
                    } else {
                        end = v;
                        while (end < n && !isSpace(m_text[end]) && m_text[end] != u')' &&
                               m_text[end] != u'(')
                            ++end;
                        t.value = m_text.mid(v, end - v);
                    }
                } else {
                    const QString word = m_text.mid(i, end - i);
                    if (!hasWordCharacter(word)) {
                        // Punctuation alone ("-", "&") has no words to look for, as in titles.
                        i = end;
                        continue;
                    }
                    t.kind = word == u"AND"   ? Token::And
                             : word == u"OR"  ? Token::Or
                             : word == u"NOT" ? Token::Not
                                              : Token::Word;
                    t.text = word;
                }
                t.length = end - i;
                i = end;
            }
            tokens.push_back(t);
        }
    }

private:
    const QString &m_text;
};

QString ftsString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// An FTS5 query for a word (matched as a prefix, for search as you type) or a phrase. Words
// of one or two letters are words of their own: as prefixes they match most rows of a large
// catalog ("ha" found 95% of a million films, taking seconds) for a result nobody reads.
constexpr int ShortestPrefix = 3;

QString ftsQuery(const QString &text, bool phrase, const char *column)
{
    QString query = ftsString(text);
    if (!phrase && text.size() >= ShortestPrefix)
        query += u'*';
    if (column)
        query = QLatin1String(column) + QStringLiteral(" : ") + query;
    return query;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString likeCondition(const QString &expression)
{
    return expression + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

} // namespace

// ---- The tree ------------------------------------------------------------------------------

struct SearchQuery::Node
{
    enum class Kind { And, Or, Not, Term };
    Kind kind = Kind::Term;
    std::vector<std::shared_ptr<const Node>> children;
    QString sql; // a term's condition
    QVariantList binds;
    QString description;   // a term's canonical form
    bool fullText = false; // a set of full-text matches: "<alias>.id IN (...)" or an OR of such
    // For a term that is the rows of one full-text index's matches,
    // "<alias>.id IN (SELECT rowid FROM <index> WHERE <index> MATCH ?)": the index.
    QString ftsIndex;
    // A comparison of a films column that a sort index serves (year:>=2000): SQLite can read
    // the rows it finds along that index.
    bool indexed = false;
};

namespace {

using NodePtr = std::shared_ptr<const SearchQuery::Node>;
using Node = SearchQuery::Node;

NodePtr term(QString sql, QVariantList binds, QString description, bool fullText = false)
{
    auto node = std::make_shared<Node>();
    node->sql = std::move(sql);
    node->binds = std::move(binds);
    node->description = std::move(description);
    node->fullText = fullText;
    static const QRegularExpression ownRows(
        QStringLiteral("^[a-z]\\.id IN \\(SELECT rowid FROM (\\w+) WHERE \\1 MATCH \\?\\)$"));
    if (const auto m = ownRows.match(node->sql);
        fullText && m.hasMatch() && node->binds.size() == 1)
        node->ftsIndex = m.captured(1);
    // The columns of the films' sort indexes (migrations 0003, 0006, 0007), compared.
    static const QRegularExpression indexedComparison(
        QStringLiteral("^\\(?f\\.(year|release_date|runtime_minutes|tmdb_vote_average|imdb_rating|"
                       "metascore|my_rating|watched_on) (=|<|>|<=|>=) \\?"));
    node->indexed = indexedComparison.match(node->sql).hasMatch();
    return node;
}

NodePtr combine(Node::Kind kind, std::vector<NodePtr> children)
{
    if (children.size() == 1 && kind != Node::Kind::Not)
        return children.front();
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->children = std::move(children);
    return node;
}

struct ParseFailure
{
    SearchError error;
};

[[noreturn]] void fail(const QString &message, int position, int length)
{
    throw ParseFailure{{message, position, length}};
}

// A comparison taken from the front of a value: "", "=", "<", "<=", ">", ">=".
QString takeOperator(QString &value)
{
    for (const char *op : {">=", "<=", ">", "<", "="}) {
        const QLatin1String text(op);
        if (value.startsWith(text)) {
            value.remove(0, text.size());
            return text;
        }
    }
    return {};
}

class Parser
{
public:
    Parser(Table table, const QString &text, const QDateTime &now, std::vector<Token> tokens)
        : m_table(table), m_text(text), m_now(now), m_tokens(std::move(tokens))
    {}

    NodePtr run()
    {
        if (peek().kind == Token::End)
            return nullptr;
        NodePtr root = orExpression(0);
        const Token &t = peek();
        if (t.kind == Token::Close)
            fail(QObject::tr("This parenthesis closes nothing."), t.position, 1);
        if (t.kind != Token::End)
            fail(QObject::tr("Unexpected text here."), t.position, t.length);
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_at]; }
    const Token &next() { return m_tokens[m_at++]; }

    bool startsTerm(const Token &t) const
    {
        return t.kind == Token::Word || t.kind == Token::Phrase || t.kind == Token::Field ||
               t.kind == Token::Open || t.kind == Token::Not;
    }

    NodePtr orExpression(int depth)
    {
        std::vector<NodePtr> alternatives{andExpression(depth)};
        while (peek().kind == Token::Or) {
            const Token &op = next();
            if (!startsTerm(peek()))
                fail(QObject::tr("OR needs a term on its right."), op.position, op.length);
            alternatives.push_back(andExpression(depth));
        }
        return combine(Node::Kind::Or, std::move(alternatives));
    }

    NodePtr andExpression(int depth)
    {
        const Token &first = peek();
        if (first.kind == Token::Or || first.kind == Token::And)
            fail(QObject::tr("%1 needs a term on its left.").arg(first.text), first.position,
                 first.length);
        std::vector<NodePtr> all{unary(depth)};
        while (true) {
            const Token &t = peek();
            if (t.kind == Token::And) {
                next();
                if (!startsTerm(peek()))
                    fail(QObject::tr("AND needs a term on its right."), t.position, t.length);
            } else if (!startsTerm(t)) {
                break;
            }
            all.push_back(unary(depth));
        }
        return combine(Node::Kind::And, std::move(all));
    }

    NodePtr unary(int depth)
    {
        if (depth > MaxDepth)
            fail(QObject::tr("The query nests too deeply."), peek().position, peek().length);
        const Token &t = peek();
        if (t.kind == Token::Not) {
            next();
            if (!startsTerm(peek()))
                fail(QObject::tr("%1 needs a term after it.").arg(m_text.mid(t.position, t.length)),
                     t.position, t.length);
            return combine(Node::Kind::Not, {unary(depth + 1)});
        }
        return primary(depth);
    }

    NodePtr primary(int depth)
    {
        const Token &t = next();
        switch (t.kind) {
        case Token::Open: {
            if (peek().kind == Token::Close)
                fail(QObject::tr("These parentheses are empty."), t.position,
                     peek().position + 1 - t.position);
            if (peek().kind == Token::End)
                fail(QObject::tr("This parenthesis is not closed."), t.position, 1);
            NodePtr inner = orExpression(depth + 1);
            if (peek().kind != Token::Close)
                fail(QObject::tr("This parenthesis is not closed."), t.position, 1);
            next();
            return inner;
        }
        case Token::Word:
        case Token::Phrase:
            countTerm(t);
            return word(t);
        case Token::Field:
            countTerm(t);
            return field(t);
        case Token::Close:
            fail(QObject::tr("This parenthesis closes nothing."), t.position, 1);
        default:
            fail(QObject::tr("A word, a field term or a parenthesis was expected here."),
                 t.position, t.length);
        }
    }

    void countTerm(const Token &t)
    {
        if (++m_terms > MaxTerms)
            fail(QObject::tr("A query may have at most %1 terms.").arg(MaxTerms), t.position,
                 t.length);
    }

    NodePtr word(const Token &t)
    {
        const bool phrase = t.kind == Token::Phrase;
        const QString description = phrase ? QStringLiteral("(PHRASE %1)").arg(ftsString(t.text))
                                           : QStringLiteral("(WORD %1)").arg(ftsString(t.text));
        if (!hasWordCharacter(t.text))
            fail(t.text.isEmpty() ? QObject::tr("These quotes are empty.")
                                  : QObject::tr("These quotes hold no word to look for."),
                 t.position, t.length);
        switch (m_table) {
        case Table::Films:
            // A film's row in film_search holds its titles, synopsis, companies, people and
            // quotes (migration 0011).
            return term(QStringLiteral(FILM_MATCH), {ftsQuery(t.text, phrase, nullptr)},
                        description, true);
        case Table::Companies:
            return term(QStringLiteral(COMPANY_MATCH), {ftsQuery(t.text, phrase, nullptr)},
                        description, true);
        case Table::People:
            return term(QStringLiteral(PERSON_MATCH), {ftsQuery(t.text, phrase, nullptr)},
                        description, true);
        case Table::Reviews:
            return term(QStringLiteral("(" REVIEW_MATCH " OR " REVIEW_FILM_MATCH ")"),
                        {ftsQuery(t.text, phrase, nullptr),
                         ftsQuery(t.text, phrase, "{title original_title}")},
                        description, true);
        }
        return nullptr;
    }

    NodePtr field(const Token &t)
    {
        const TermSpec *spec = nullptr;
        for (const TermSpec &s : termsOf(m_table))
            if (t.text == QLatin1String(s.name))
                spec = &s;
        if (!spec && !t.quoted && t.value.trimmed().isEmpty()) {
            // "Mission: Impossible": a colon ending a word that names no field is punctuation.
            Token word = t;
            word.kind = Token::Word;
            word.text = m_text.mid(t.position, int(t.text.size()));
            return this->word(word);
        }
        if (!spec)
            fail(QObject::tr("Unknown field \"%1\". Fields here: %2.")
                     .arg(t.text, SearchQuery::fieldNames(m_table).join(QStringLiteral(", "))),
                 t.position, int(t.text.size()) + 1);
        QString value = t.value.trimmed();
        if (value.isEmpty())
            fail(QObject::tr("%1: needs a value, for example %2.").arg(t.text, example(*spec)),
                 t.position, t.length);
        m_term = &t;
        const QString sql = QLatin1String(spec->sql);
        switch (spec->kind) {
        case TermKind::Text:
            if (!hasWordCharacter(value))
                bad(QObject::tr("a word to look for"));
            return term(sql, {ftsQuery(value, t.quoted, spec->column)},
                        QStringLiteral("(%1 %2%3)")
                            .arg(t.text, t.quoted ? QStringLiteral("PHRASE ") : QString(),
                                 ftsString(value)),
                        true);
        case TermKind::Like:
            return term(likeCondition(sql), {likePattern(value)},
                        QStringLiteral("(%1 LIKE %2)").arg(t.text, ftsString(value)));
        case TermKind::Integer:
        case TermKind::Real:
            if (spec->kind == TermKind::Real && t.text == u"imdb" &&
                QRegularExpression(QStringLiteral("^tt[0-9]{7,}$")).match(value).hasMatch())
                return term(QStringLiteral("f.imdb_id = ?"), {value},
                            QStringLiteral("(imdb_id = %1)").arg(value));
            return number(sql, value, spec->kind == TermKind::Integer);
        case TermKind::Date:
        case TermKind::Timestamp:
            return date(sql, value, spec->kind == TermKind::Timestamp);
        case TermKind::Upper:
        case TermKind::Lower: {
            if (value.size() != 2 || !value[0].isLetter() || !value[1].isLetter() ||
                value[0].unicode() > 127 || value[1].unicode() > 127)
                bad(spec->kind == TermKind::Upper
                        ? QObject::tr("a two-letter country code such as FR")
                        : QObject::tr("a two-letter language code such as fr"));
            value = spec->kind == TermKind::Upper ? value.toUpper() : value.toLower();
            return term(sql, {value}, QStringLiteral("(%1 = %2)").arg(t.text, value));
        }
        case TermKind::Folded:
            return term(sql, {foldedKey(value)},
                        QStringLiteral("(%1 = %2)").arg(t.text, ftsString(foldedKey(value))));
        case TermKind::NoCase:
            return term(sql, {value}, QStringLiteral("(%1 = %2)").arg(t.text, ftsString(value)));
        case TermKind::Role: {
            const auto role = parseCreditRole(value);
            if (!role)
                bad(QObject::tr("one of director, writer, cast"));
            return term(sql, {toText(*role)},
                        QStringLiteral("(%1 = %2)").arg(t.text, ftsString(toText(*role))));
        }
        case TermKind::Status:
        case TermKind::Type: {
            const bool status = spec->kind == TermKind::Status;
            QString canonical;
            if (status) {
                if (const auto s = parseFilmStatus(value))
                    canonical = toText(*s);
            } else if (const auto s = parseFilmType(value)) {
                canonical = toText(*s);
            }
            if (canonical.isEmpty())
                bad(QObject::tr("one of %1")
                        .arg((status ? filmStatusNames() : filmTypeNames())
                                 .join(QStringLiteral(", "))));
            return term(sql, {canonical},
                        QStringLiteral("(%1 = %2)").arg(t.text, ftsString(canonical)));
        }
        case TermKind::Presence: {
            const QString what = value.toLower();
            for (const PresenceSpec &p : presenceOf(m_table)) {
                if (what == QLatin1String(p.name)) {
                    const QString condition = QLatin1String(p.sql);
                    const bool has = t.text == u"has";
                    return term(has ? condition : QStringLiteral("NOT (%1)").arg(condition), {},
                                QStringLiteral("(%1 %2)").arg(t.text, what));
                }
            }
            QStringList names;
            for (const PresenceSpec &p : presenceOf(m_table))
                names.append(QLatin1String(p.name));
            bad(QObject::tr("one of %1").arg(names.join(QStringLiteral(", "))));
        }
        }
        return nullptr;
    }

    static QString example(const TermSpec &spec)
    {
        const QString name = QLatin1String(spec.name);
        switch (spec.kind) {
        case TermKind::Integer:
        case TermKind::Real:
            return name == u"year" ? QStringLiteral("year:2005, year:>=2000 or year:1990..1999")
                                   : name + QStringLiteral(":>=7");
        case TermKind::Date:
        case TermKind::Timestamp:
            return name + QStringLiteral(":2005, ") + name + QStringLiteral(":>=2005-06-01 or ") +
                   name + QStringLiteral(":<30d");
        case TermKind::Presence:
            return name + QStringLiteral(":poster");
        default:
            return name + QStringLiteral(":\"…\"");
        }
    }

    [[noreturn]] void bad(const QString &expected)
    {
        fail(QObject::tr("%1: expects %2.").arg(m_term->text, expected), m_term->position,
             m_term->length);
    }

    NodePtr number(const QString &expression, QString value, bool integer)
    {
        const QString typed = value;
        const auto parse = [&](const QString &text) -> QVariant {
            bool ok = false;
            if (integer) {
                const qlonglong n = text.toLongLong(&ok);
                if (ok)
                    return n;
            } else {
                const double d = text.toDouble(&ok);
                if (ok && std::isfinite(d))
                    return d;
            }
            bad(integer ? QObject::tr("a whole number, a comparison such as >=2000 or a range "
                                      "such as 1990..1999")
                        : QObject::tr("a number, a comparison such as >=7.5 or a range such as "
                                      "6..8"));
        };
        const qsizetype range = value.indexOf(QStringLiteral(".."));
        if (range >= 0) {
            const QString low = value.left(range), high = value.mid(range + 2);
            if (low.isEmpty() && high.isEmpty())
                parse(QString()); // fails with the message
            QStringList conditions;
            QVariantList binds;
            if (!low.isEmpty()) {
                conditions.append(expression + QStringLiteral(" >= ?"));
                binds.append(parse(low));
            }
            if (!high.isEmpty()) {
                conditions.append(expression + QStringLiteral(" <= ?"));
                binds.append(parse(high));
            }
            return term(QStringLiteral("(%1)").arg(conditions.join(QStringLiteral(" AND "))), binds,
                        QStringLiteral("(%1 %2..%3)").arg(m_term->text, low, high));
        }
        QString op = takeOperator(value);
        const QVariant n = parse(value);
        if (op.isEmpty())
            op = QStringLiteral("=");
        return term(QStringLiteral("%1 %2 ?").arg(expression, op), {n},
                    QStringLiteral("(%1 %2 %3)").arg(m_term->text, op, n.toString()));
    }

    // A date as the half-open interval of days it names: 2005 is the whole year.
    std::pair<QDate, QDate> interval(const QString &text)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^([1-8]\\d{3})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
        const auto m = pattern.match(text);
        if (m.hasMatch()) {
            const int y = m.captured(1).toInt();
            if (m.captured(2).isEmpty())
                return {QDate(y, 1, 1), QDate(y + 1, 1, 1)};
            const int mo = m.captured(2).toInt();
            if (m.captured(3).isEmpty()) {
                const QDate first(y, mo, 1);
                if (first.isValid())
                    return {first, first.addMonths(1)};
            } else {
                const QDate day(y, mo, m.captured(3).toInt());
                if (day.isValid())
                    return {day, day.addDays(1)};
            }
        }
        bad(QObject::tr("a date such as 2005, 2005-06 or 2005-06-01, a comparison such as "
                        ">=2005-06-01, a range such as 2000..2009, or an age such as <30d"));
    }

    NodePtr date(const QString &expression, QString value, bool timestamp)
    {
        const QString name = m_term->text;
        const auto text = [&](const QDateTime &t) {
            return timestamp ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                             : t.toLocalTime().date().toString(Qt::ISODate);
        };
        const auto day = [](const QDate &d) {
            return d.toString(Qt::ISODate);
        };
        QString op = takeOperator(value);
        // An age: 30d, 2w, 6m, 1y. "<30d" is younger than 30 days, that is after the moment
        // 30 days ago.
        static const QRegularExpression age(QStringLiteral("^(\\d{1,5})([dwmy])$"));
        if (const auto m = age.match(value); m.hasMatch()) {
            const int n = m.captured(1).toInt();
            const QChar unit = m.captured(2)[0];
            const QDateTime moment = unit == u'd'   ? m_now.addDays(-n)
                                     : unit == u'w' ? m_now.addDays(-7 * n)
                                     : unit == u'm' ? m_now.addMonths(-n)
                                                    : m_now.addYears(-n);
            const QString flipped = op == u"<"    ? QStringLiteral(">")
                                    : op == u"<=" ? QStringLiteral(">=")
                                    : op == u">"  ? QStringLiteral("<")
                                    : op == u">=" ? QStringLiteral("<=")
                                                  : QStringLiteral(">=");
            return term(QStringLiteral("%1 %2 ?").arg(expression, flipped), {text(moment)},
                        QStringLiteral("(%1 %2 %3)").arg(name, flipped, text(moment)));
        }
        const qsizetype range = value.indexOf(QStringLiteral(".."));
        if (range >= 0 && op.isEmpty()) {
            const QString low = value.left(range), high = value.mid(range + 2);
            if (low.isEmpty() && high.isEmpty())
                interval(QString()); // fails with the message
            QStringList conditions;
            QVariantList binds;
            if (!low.isEmpty()) {
                conditions.append(expression + QStringLiteral(" >= ?"));
                binds.append(day(interval(low).first));
            }
            if (!high.isEmpty()) {
                conditions.append(expression + QStringLiteral(" < ?"));
                binds.append(day(interval(high).second));
            }
            return term(QStringLiteral("(%1)").arg(conditions.join(QStringLiteral(" AND "))), binds,
                        QStringLiteral("(%1 %2..%3)")
                            .arg(name, low.isEmpty() ? QString() : binds.first().toString(),
                                 high.isEmpty() ? QString() : binds.last().toString()));
        }
        const auto [first, after] = interval(value);
        if (op == u"<")
            return term(expression + QStringLiteral(" < ?"), {day(first)},
                        QStringLiteral("(%1 < %2)").arg(name, day(first)));
        if (op == u"<=")
            return term(expression + QStringLiteral(" < ?"), {day(after)},
                        QStringLiteral("(%1 < %2)").arg(name, day(after)));
        if (op == u">")
            return term(expression + QStringLiteral(" >= ?"), {day(after)},
                        QStringLiteral("(%1 >= %2)").arg(name, day(after)));
        if (op == u">=")
            return term(expression + QStringLiteral(" >= ?"), {day(first)},
                        QStringLiteral("(%1 >= %2)").arg(name, day(first)));
        return term(QStringLiteral("(%1 >= ? AND %1 < ?)").arg(expression),
                    {day(first), day(after)},
                    QStringLiteral("(%1 %2..%3)").arg(name, day(first), day(after)));
    }

    Table m_table;
    const QString &m_text;
    QDateTime m_now;
    std::vector<Token> m_tokens;
    size_t m_at = 0;
    int m_terms = 0;
    const Token *m_term = nullptr; // the field term being read, for its error messages
};

// One full-text query for a whole node, when all its terms look in the same index for the
// table's own rows: "harbor year" is then one MATCH that FTS5 answers from its word lists,
// instead of two sets of 200,000 ids that SQLite intersects.
struct FtsSet
{
    QString sql;   // the term's condition, "<alias>.id IN (SELECT rowid FROM ... MATCH ?)"
    QString index; // its full-text index
    QString query; // the FTS5 query
};

std::optional<FtsSet> ftsSet(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Term:
        if (node.ftsIndex.isEmpty())
            return std::nullopt;
        return FtsSet{node.sql, node.ftsIndex, node.binds.front().toString()};
    case Node::Kind::Not:
        return std::nullopt; // only beside a positive term of an AND
    case Node::Kind::And:
    case Node::Kind::Or: {
        const bool isAnd = node.kind == Node::Kind::And;
        QStringList positive, negative;
        std::optional<FtsSet> first;
        for (const auto &child : node.children) {
            const bool negated = isAnd && child->kind == Node::Kind::Not;
            const auto set = ftsSet(negated ? *child->children.front() : *child);
            if (!set || (first && set->sql != first->sql))
                return std::nullopt;
            if (!first)
                first = set;
            (negated ? negative : positive).append(u'(' + set->query + u')');
        }
        if (positive.isEmpty())
            return std::nullopt;
        // FTS5's NOT is binary and binds tighter than AND, which binds tighter than OR.
        QString query = positive.join(isAnd ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
        if (!negative.isEmpty())
            query =
                u'(' + query + QStringLiteral(") NOT ") + negative.join(QStringLiteral(" NOT "));
        first->query = query;
        return first;
    }
    }
    return std::nullopt;
}

// The children of an AND or an OR that are full-text sets of one index (in an AND, negated
// ones too), gathered into a node of the same kind with its one query, and the children left;
// when at least `least` of them gather.
struct Gathered
{
    Node group;
    FtsSet set;
    std::vector<std::shared_ptr<const Node>> rest;
};

std::optional<Gathered> gatherSets(const Node &node, size_t least)
{
    Gathered gathered;
    gathered.group.kind = node.kind;
    const bool isAnd = node.kind == Node::Kind::And;
    QString index;
    for (const auto &child : node.children) {
        const bool negated = isAnd && child->kind == Node::Kind::Not;
        const auto set = ftsSet(negated ? *child->children.front() : *child);
        if (set && (gathered.group.children.empty() || set->sql == index)) {
            index = set->sql;
            gathered.group.children.push_back(child);
        } else {
            gathered.rest.push_back(child);
        }
    }
    const auto &sets = gathered.group.children;
    if (sets.size() < least)
        return std::nullopt;
    const auto set = sets.size() == 1 ? ftsSet(*sets.front()) : ftsSet(gathered.group);
    if (!set)
        return std::nullopt;
    gathered.set = *set;
    return gathered;
}

void appendSql(const Node &node, QString &sql, QVariantList &binds, bool scanOrder)
{
    // A unary + changes no value, but keeps SQLite from reading rows through the set of
    // full-text matches: it then reads the order's index and tests each row against it.
    if (node.kind != Node::Kind::Term) {
        if (const auto set = ftsSet(node)) {
            if (scanOrder)
                sql += u'+';
            sql += set->sql;
            binds += set->query;
            return;
        }
    }
    switch (node.kind) {
    case Node::Kind::Term:
        if (scanOrder && node.fullText)
            sql += u'+';
        sql += node.sql;
        binds += node.binds;
        return;
    case Node::Kind::Not:
        // A missing value is neither a match nor a non-match in SQL; NOT keeps such rows.
        sql += QStringLiteral("(");
        appendSql(*node.children.front(), sql, binds, scanOrder);
        sql += QStringLiteral(") IS NOT 1");
        return;
    case Node::Kind::And:
    case Node::Kind::Or: {
        const QString op =
            node.kind == Node::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
        // The children that are full-text sets of one index become one term of their own.
        const auto gathered = gatherSets(node, 2);
        sql += u'(';
        bool firstTerm = true;
        if (gathered) {
            appendSql(gathered->group, sql, binds, scanOrder);
            firstTerm = false;
        }
        for (const auto &child : gathered ? gathered->rest : node.children) {
            if (!firstTerm)
                sql += op;
            firstTerm = false;
            appendSql(*child, sql, binds, scanOrder);
        }
        sql += u')';
        return;
    }
    }
}

QString describeNode(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Term:
        return node.description;
    case Node::Kind::Not:
        return QStringLiteral("(NOT %1)").arg(describeNode(*node.children.front()));
    case Node::Kind::And:
    case Node::Kind::Or: {
        QStringList parts{node.kind == Node::Kind::And ? QStringLiteral("(AND")
                                                       : QStringLiteral("(OR")};
        for (const auto &child : node.children)
            parts.append(describeNode(*child));
        return parts.join(u' ') + u')';
    }
    }
    return {};
}

} // namespace

SearchQuery::SearchQuery() = default;
SearchQuery::~SearchQuery() = default;
SearchQuery::SearchQuery(const SearchQuery &) = default;
SearchQuery &SearchQuery::operator=(const SearchQuery &) = default;

SearchQuery SearchQuery::parse(Table table, const QString &text, const QDateTime &now)
{
    SearchQuery query;
    query.m_table = table;
    query.m_text = text;
    // Control characters (a NUL pasted in, a tab) separate words, as spaces do: FTS5 would
    // read a NUL as the end of its query. One for one, so that positions stay the same.
    QString spaced = text;
    for (QChar &c : spaced)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    std::vector<Token> tokens;
    if (auto error = Lexer(spaced).run(tokens)) {
        query.m_error = *error;
        return query;
    }
    try {
        Parser parser(table, spaced, now.isValid() ? now : QDateTime::currentDateTimeUtc(),
                      std::move(tokens));
        query.m_root = parser.run();
    } catch (const ParseFailure &failure) {
        query.m_error = failure.error;
        query.m_root.reset();
    }
    return query;
}

QString SearchQuery::errorText() const
{
    if (isValid())
        return {};
    return QObject::tr("column %1: %2").arg(m_error.position + 1).arg(m_error.message);
}

QString SearchQuery::sql(QVariantList &binds, Plan plan) const
{
    if (!m_root || !isValid())
        return {};
    QString sql;
    appendSql(*m_root, sql, binds, plan == Plan::ScanOrder);
    return sql;
}

QString SearchQuery::setCountSql(QVariantList &binds) const
{
    if (!m_root || !isValid())
        return {};
    // One full-text query: FTS5 counts its matches from its word lists, each row once.
    if (const auto set = ftsSet(*m_root)) {
        binds += set->query;
        return QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(set->index);
    }
    if (m_root->kind != Node::Kind::Term)
        return {};
    const QString &sql = m_root->sql;
    const QString prefix = (m_table == Table::Films       ? QStringLiteral("f")
                            : m_table == Table::Companies ? QStringLiteral("c")
                            : m_table == Table::People    ? QStringLiteral("p")
                                                          : QStringLiteral("r")) +
                           QStringLiteral(".id IN (");
    if (!m_root->fullText || !sql.startsWith(prefix) || !sql.endsWith(u')'))
        return {};
    // The set may name a row twice (a film with two matching people): UNION keeps one.
    const QString set = sql.mid(prefix.size() - 1);
    binds += m_root->binds;
    return QStringLiteral("SELECT count(*) FROM (SELECT * FROM %1 UNION SELECT NULL WHERE 0)")
        .arg(set);
}

std::optional<SearchQuery::Drivers> SearchQuery::drivers() const
{
    if (!m_root || !isValid() || m_root->kind != Node::Kind::And)
        return std::nullopt;
    const auto indexed =
        std::find_if(m_root->children.begin(), m_root->children.end(),
                     [](const std::shared_ptr<const Node> &child) { return child->indexed; });
    // The same full-text set as in sql(): the words and their negations, in one query.
    const auto gathered = gatherSets(*m_root, 1);
    if (indexed == m_root->children.end() || !gathered)
        return std::nullopt;
    const FtsSet *set = &gathered->set;
    Drivers drivers;
    drivers.setCountSql =
        QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(set->index);
    drivers.setBinds = {set->query};
    drivers.indexedCountSql =
        QStringLiteral("SELECT count(*) FROM films f WHERE ") + (*indexed)->sql;
    drivers.indexedBinds = (*indexed)->binds;
    return drivers;
}

QString SearchQuery::describe() const
{
    return m_root ? describeNode(*m_root) : QString();
}

SearchQuery SearchQuery::failed(const QString &message) const
{
    SearchQuery query = *this;
    query.m_root.reset();
    query.m_error = {message, 0, int(m_text.size())};
    return query;
}

QString SearchQuery::phrase(const QString &field, const QString &text)
{
    // A phrase cannot hold a quote; the full-text index ignores punctuation anyway.
    QString words = text;
    words.replace(u'"', u' ');
    return field + QStringLiteral(":\"") + words.simplified() + u'"';
}

QStringList SearchQuery::fieldNames(Table table)
{
    QStringList names;
    for (const TermSpec &spec : termsOf(table))
        names.append(QLatin1String(spec.name));
    return names;
}

} // namespace Marquee
