#pragma once

#include "../domain/fields.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace Marquee {

// Where a query goes wrong: a message a person can act on and the span of the text it is
// about, so that the filter box can mark it.
struct SearchError
{
    QString message;
    int position = 0; // in UTF-16 units of the query text
    int length = 0;
};

// A query of the search language, parsed for one table: free words and "phrases" matched
// through the full-text index, field terms (year:>=2000, company:"Haut et Court", has:poster,
// added:<30d ...), AND (a space), OR, NOT or -, and parentheses. The same grammar serves the
// filter boxes, saved searches and the command line. Every value reaches SQL as a bound value;
// the SQL's shape depends only on the query's structure and the table's whitelist of fields.
class SearchQuery
{
public:
    struct Node;

    SearchQuery();
    ~SearchQuery();
    SearchQuery(const SearchQuery &);
    SearchQuery &operator=(const SearchQuery &);

    // `now` anchors relative dates (added:<30d); it is the current time unless a test fixes it.
    static SearchQuery parse(Table table, const QString &text, const QDateTime &now = {});

    Table table() const { return m_table; }
    QString text() const { return m_text; }
    bool isValid() const { return m_error.message.isEmpty(); }
    bool isEmpty() const { return !m_root; } // valid and matching every row
    const SearchError &error() const { return m_error; }
    // The error with its place, for one line of output: "column 7: unknown field ...".
    QString errorText() const;

    // How SQLite should read the rows a query finds, when they are wanted in an indexed order.
    enum class Plan {
        Default,   // let SQLite choose (reads the full-text matches, then sorts them)
        ScanOrder, // read the order's index, testing each row (many matches)
    };
    // The condition over the table's usual alias (f, c or r), with the values to bind
    // appended to `binds` in order; empty when the query is empty or invalid.
    QString sql(QVariantList &binds, Plan plan = Plan::Default) const;
    // When the whole query is one set of full-text matches (a free word, title:, company:
    // ...), a statement counting the set's distinct ids directly, with its values appended to
    // `binds`: every id in it is a row of the table, so no row needs looking up. Otherwise
    // empty.
    QString setCountSql(QVariantList &binds) const;
    // For an AND of full-text terms of one index and a comparison that a sort index serves
    // (harbor year:>=2000 ...): a statement counting the full-text matches alone and one
    // counting the comparison's rows alone, each with its values. SQLite reads the rows from
    // the full-text set; when the comparison finds fewer, they are better read along its
    // index (Plan::ScanOrder). Otherwise nothing.
    struct Drivers
    {
        QString setCountSql;
        QVariantList setBinds;
        QString indexedCountSql;
        QVariantList indexedBinds;
    };
    std::optional<Drivers> drivers() const;
    // The structure in a canonical form, e.g. (AND (WORD "haut") (OR (year >= 2000) (NOT
    // (has poster)))): what the tests compare and what a person reads to see how a query
    // was understood.
    QString describe() const;

    // The same query refused for a reason found when it ran (the catalog could not be read).
    SearchQuery failed(const QString &message) const;

    // A field term matching `text` as a phrase, e.g. name:"Haut et Court".
    static QString phrase(const QString &field, const QString &text);

    // The field names a table takes, for help texts and completion.
    static QStringList fieldNames(Table table);

private:
    Table m_table = Table::Films;
    QString m_text;
    std::shared_ptr<const Node> m_root;
    SearchError m_error;
};

} // namespace Marquee
