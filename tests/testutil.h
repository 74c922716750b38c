#pragma once

// Small helpers shared by the tests: files with given bytes, fresh catalogs in temporary
// folders, a file's bytes for "left untouched" checks.

#include "core/db/catalog.h"

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>
#include <utility>

namespace TestUtil {

// The steps of SQLite's plan for `sql`, one line each; none when it does not run.
inline QStringList queryPlan(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery plan(db);
    QStringList steps;
    if (plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        while (plan.next())
            steps.append(plan.value(3).toString());
    return steps;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {}; // the caller's next step fails on the empty path
    file.write(bytes);
    return path;
}

// A films CSV of `count` rows: title, year and runtime.
inline QByteArray manyFilms(int count)
{
    QByteArray bytes = "title,year,runtime\n";
    for (int i = 0; i < count; ++i)
        bytes += "Film " + QByteArray::number(i) + "," + QByteArray::number(1950 + i % 70) + "," +
                 QByteArray::number(80 + i % 60) + "\n";
    return bytes;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A plain connection to the file at `path`, as another program would open it, outside the
// Catalog class; the caller checks isOpen(), and removes it by `name` once its queries are gone.
inline QSqlDatabase otherConnection(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

inline std::unique_ptr<Marquee::Catalog> newCatalog(const QTemporaryDir &dir,
                                                    const QString &name = QStringLiteral("test.db"))
{
    return Marquee::Catalog::open(dir.filePath(name));
}

// A catalog at an older schema, as an older Marquee left it: for tests of upgrades.
inline std::unique_ptr<Marquee::Catalog> catalogAtSchema(const QString &path, int schema)
{
    Marquee::Catalog::Options options;
    options.schemaVersion = schema;
    return Marquee::Catalog::open(path, options);
}

// Adds `count` films in one statement, in a transaction of its own (`indexing` as
// Transaction's): `columns` of films take `values`, SQL expressions of i, 1 to `count`.
// Quicker than a row at a time by far, for catalogs of 10,000 films and more.
inline void
addFilms(Marquee::Catalog &catalog, int count, const QString &columns, const QString &values,
         Marquee::Transaction::Indexing indexing = Marquee::Transaction::Indexing::Immediate)
{
    Marquee::Transaction transaction(catalog, indexing);
    QSqlQuery q(catalog.database());
    const QString sql = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                       "FROM n WHERE i < %1) INSERT INTO films (%2) SELECT %3 "
                                       "FROM n")
                            .arg(count)
                            .arg(columns, values);
    if (!q.exec(sql))
        throw std::runtime_error(qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    transaction.commit();
}

// How film_search differs from an index built afresh from the film_text view: the words
// (term, film, column, position) only one of them holds, or an empty string when they are the
// same. FTS5's own integrity check does not compare an external-content index with its text.
inline QString filmSearchDifference(Marquee::Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    const auto run = [&](const QString &sql) {
        if (!q.exec(sql))
            throw std::runtime_error(qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    };
    QString difference;
    run(QStringLiteral("SAVEPOINT film_search_check"));
    try {
        run(QStringLiteral(
            "CREATE VIRTUAL TABLE film_search_fresh USING fts5(title, original_title, synopsis, "
            "companies, people, quotes, content = 'film_text', content_rowid = 'id', "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"));
        run(QStringLiteral("INSERT INTO film_search_fresh (film_search_fresh) VALUES ('rebuild')"));
        run(QStringLiteral("CREATE VIRTUAL TABLE temp.live_words USING fts5vocab(main, "
                           "film_search, instance)"));
        run(QStringLiteral("CREATE VIRTUAL TABLE temp.fresh_words USING fts5vocab(main, "
                           "film_search_fresh, instance)"));
        for (const auto &[from, to] :
             {std::pair("live_words", "fresh_words"), std::pair("fresh_words", "live_words")}) {
            run(QStringLiteral("SELECT term, doc, col, offset FROM %1 EXCEPT SELECT term, doc, "
                               "col, offset FROM %2 LIMIT 5")
                    .arg(QLatin1String(from), QLatin1String(to)));
            while (q.next())
                difference +=
                    QStringLiteral("only in %1: %2 film %3 %4 @%5\n")
                        .arg(QLatin1String(from), q.value(0).toString(), q.value(1).toString(),
                             q.value(2).toString(), q.value(3).toString());
        }
        run(QStringLiteral("DROP TABLE temp.live_words"));
        run(QStringLiteral("DROP TABLE temp.fresh_words"));
    } catch (const std::exception &e) {
        difference = QString::fromUtf8(e.what());
    }
    q.exec(QStringLiteral("ROLLBACK TO film_search_check"));
    q.exec(QStringLiteral("RELEASE film_search_check"));
    return difference;
}

} // namespace TestUtil
