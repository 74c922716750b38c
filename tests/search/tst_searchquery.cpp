// The search language's grammar: every form of term, precedence, errors with their places,
// and hostile input that must never reach the SQL's text.

#include "core/search/searchquery.h"

#include <QTest>
#include <QTimeZone>

using namespace Marquee;

Q_DECLARE_METATYPE(Marquee::Table)

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryForm_data();
    void readsEveryForm();
    void saysWhereAQueryGoesWrong_data();
    void saysWhereAQueryGoesWrong();
    void emptyQueryMatchesEverything();
    void valuesReachSqlOnlyAsBoundValues_data();
    void valuesReachSqlOnlyAsBoundValues();
    void sameShapeGivesTheSameSql();
    void phraseHelperQuotesSafely();
    void fullTextTermsOfOneIndexBecomeOneQuery_data();
    void fullTextTermsOfOneIndexBecomeOneQuery();
    void wordsBesideAnIndexedComparisonAreCountedAlone_data();
    void wordsBesideAnIndexedComparisonAreCountedAlone();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC); }
};

void TestSearchQuery::readsEveryForm_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    const auto films = [](const char *name, const char *query, const char *expected) {
        QTest::newRow(name) << Table::Films << QString::fromUtf8(query)
                            << QString::fromUtf8(expected);
    };
    films("word", "backstage", R"((WORD "backstage"))");
    films("words are ANDed", "Haut et Court", R"((AND (WORD "Haut") (WORD "et") (WORD "Court")))");
    films("phrase", R"("haut et court")", R"((PHRASE "haut et court"))");
    films("explicit AND", "a AND b", R"((AND (WORD "a") (WORD "b")))");
    films("AND binds tighter than OR, right", "a OR b c",
          R"((OR (WORD "a") (AND (WORD "b") (WORD "c"))))");
    films("AND binds tighter than OR, left", "a b OR c",
          R"((OR (AND (WORD "a") (WORD "b")) (WORD "c")))");
    films("parentheses group", "(a OR b) c", R"((AND (OR (WORD "a") (WORD "b")) (WORD "c")))");
    films("minus negates", "-a", R"((NOT (WORD "a")))");
    films("NOT negates", "NOT a", R"((NOT (WORD "a")))");
    films("NOT binds tighter than AND", "NOT a b", R"((AND (NOT (WORD "a")) (WORD "b")))");
    films("double negation", "NOT -a", R"((NOT (NOT (WORD "a"))))");
    films("negated group", "-(a OR b)", R"((NOT (OR (WORD "a") (WORD "b"))))");
    films("lower-case operators are words", "a or not b",
          R"((AND (WORD "a") (WORD "or") (WORD "not") (WORD "b")))");
    films("hyphen inside a word", "spider-man", R"((WORD "spider-man"))");
    films("a colon ending a word that names no field", "Mission: Impossible",
          R"((AND (WORD "Mission") (WORD "Impossible")))");
    films("punctuation alone is no word", "mission - impossible & co",
          R"((AND (WORD "mission") (WORD "impossible") (WORD "co")))");
    films("nothing but punctuation matches everything", "  & ... ", "");
    films("chained ORs", "a OR b OR c", R"((OR (WORD "a") (WORD "b") (WORD "c")))");
    films("year", "year:2005", "(year = 2005)");
    films("field names ignore case", "Year:2005", "(year = 2005)");
    films("year at least", "year:>=2000", "(year >= 2000)");
    films("year range", "year:1990..1999", "(year 1990..1999)");
    films("open range", "year:2000..", "(year 2000..)");
    films("runtime below", "runtime:<90", "(runtime < 90)");
    films("tmdb above", "tmdb:>7", "(tmdb > 7)");
    films("imdb rating", "imdb:>=6.5", "(imdb >= 6.5)");
    films("imdb id", "imdb:tt0213847", "(imdb_id = tt0213847)");
    films("metascore", "metascore:<40", "(metascore < 40)");
    films("critics", "critics:>=60", "(critics >= 60)");
    films("personal rating", "rating:<=4", "(rating <= 4)");
    films("votes", "votes:>1000", "(votes > 1000)");
    films("review count", "reviews:>=10", "(reviews >= 10)");
    films("company phrase", R"(company:"Haut et Court")", R"((company PHRASE "Haut et Court"))");
    films("company word", "company:studio", R"((company "studio"))");
    films("title", "title:back", R"((title "back"))");
    films("country upper-cased", "country:fr", "(country = FR)");
    films("language lower-cased", "language:FR", "(language = fr)");
    films("genre folded", "genre:Documentary", R"((genre = "documentary"))");
    films("status canonical", "status:released", R"((status = "Released"))");
    films("type synonym", "type:tv-movie", R"((type = "TV movie"))");
    films("certification", "certification:R", R"((certification = "R"))");
    films("provider", "provider:Vudu", R"((provider = "Vudu"))");
    films("has", "has:poster", "(has poster)");
    films("no", "no:synopsis", "(no synopsis)");
    films("added younger than", "added:<30d", "(added > 2026-10-24T12:00:00Z)");
    films("added older than", "added:>2w", "(added < 2026-11-09T12:00:00Z)");
    films("added within", "added:1y", "(added >= 2025-11-23T12:00:00Z)");
    films("released in a year", "released:2005", "(released 2005-01-01..2006-01-01)");
    films("released in a month", "released:2005-11", "(released 2005-11-01..2005-12-01)");
    films("released on a day", "released:2005-11-16", "(released 2005-11-16..2005-11-17)");
    films("released after a year", "released:>2005", "(released >= 2006-01-01)");
    films("released up to a year", "released:<=2005", "(released < 2006-01-01)");
    films("watched from a month", "watched:>=2024-06", "(watched >= 2024-06-01)");
    films("released in a decade", "released:2000..2009", "(released 2000-01-01..2010-01-01)");
    films("a combination", "year:2005 OR (genre:music -has:reviews)",
          R"((OR (year = 2005) (AND (genre = "music") (NOT (has reviews)))))");
    films("words and fields", "backstage year:>=2000 -type:documentary",
          R"((AND (WORD "backstage") (year >= 2000) (NOT (type = "documentary"))))");
    QTest::newRow("company name") << Table::Companies << R"(name:"haut et" country:FR)"
                                  << R"((AND (name PHRASE "haut et") (country = FR)))";
    QTest::newRow("company film count") << Table::Companies << "films:>10"
                                        << "(films > 10)";
    QTest::newRow("review fields")
        << Table::Reviews << "critic:ebert score:>=80 date:2024"
        << R"((AND (critic "ebert") (score >= 80) (date 2024-01-01..2025-01-01)))";
    QTest::newRow("review film") << Table::Reviews << "film:backstage no:score"
                                 << R"((AND (film "backstage") (no score)))";
}

void TestSearchQuery::readsEveryForm()
{
    QFETCH(Table, table);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const SearchQuery search = SearchQuery::parse(table, query, now());
    QVERIFY2(search.isValid(), qPrintable(search.errorText()));
    QCOMPARE(search.describe(), expected);
    QVariantList binds;
    const QString sql = search.sql(binds);
    QCOMPARE(sql.isEmpty(), expected.isEmpty());
    QCOMPARE(sql.count(u'?'), binds.size());
}

void TestSearchQuery::saysWhereAQueryGoesWrong_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    const auto films = [](const char *name, const QString &query, int position,
                          const char *message) {
        QTest::newRow(name) << Table::Films << query << position << QString::fromUtf8(message);
    };
    films("field without a value", "backstage year:", 10, "year: needs a value");
    films("not a number", "year:abc", 0, "year: expects a whole number");
    films("decimal for a whole number", "year:2000.5", 0, "expects a whole number");
    films("empty range", "year:..", 0, "expects a whole number");
    films("unknown field", "a yaer:2005", 2, "Unknown field \"yaer\"");
    films("quote not closed", "a \"haut et", 2, "This quote is not closed");
    films("field quote not closed", "company:\"haut", 8, "This quote is not closed");
    films("parenthesis not closed", "a (b OR c", 2, "This parenthesis is not closed");
    films("parenthesis closing nothing", "a b)", 3, "This parenthesis closes nothing");
    films("OR at the start", "OR a", 0, "OR needs a term on its left");
    films("OR at the end", "a OR", 2, "OR needs a term on its right");
    films("OR OR", "a OR OR b", 2, "OR needs a term on its right");
    films("AND at the end", "a AND", 2, "AND needs a term on its right");
    films("NOT alone", "NOT", 0, "NOT needs a term after it");
    films("minus before a parenthesis that closes", "a -)", 3, "closes nothing");
    films("empty parentheses", "a ( )", 2, "These parentheses are empty");
    films("parenthesis left open at the end", "foo (", 4, "This parenthesis is not closed");
    films("lone closing parenthesis", ")", 0, "This parenthesis closes nothing");
    films("field phrase without words", "title:\"&\"", 0, "title: expects a word");
    films("year 9999", "released:9999", 0, "a date such as 2005");
    films("empty phrase", "\"\"", 0, "These quotes are empty");
    films("phrase of punctuation", "a \"!?\"", 2, "no word to look for");
    films("minus being typed", "backstage -", 10, "- needs a term after it");
    films("country name", "country:France", 0, "two-letter country code");
    films("language name", "language:french", 0, "two-letter language code");
    films("unknown status", "status:finished", 0, "one of Rumored");
    films("unknown type", "type:series", 0, "one of movie");
    films("unknown presence", "has:everything", 0, "one of poster");
    films("bad month", "released:2005-13", 0, "a date such as 2005");
    films("relative range", "added:1d..2d", 0, "a date such as 2005");
    films("too deep", QString(40, u'(') + u'a' + QString(40, u')'), 33, "nests too deeply");
    QStringList many;
    for (int i = 0; i < 65; ++i)
        many.append(QStringLiteral("w%1").arg(i));
    films("too many terms", many.join(u' '), int(many.join(u' ').lastIndexOf(u'w')),
          "at most 64 terms");
    QTest::newRow("field of another table")
        << Table::Companies << "year:2000" << 0 << "Unknown field \"year\". Fields here: name";
    QTest::newRow("review field on films")
        << Table::Films << "score:>80" << 0 << "Unknown field \"score\"";
}

void TestSearchQuery::saysWhereAQueryGoesWrong()
{
    QFETCH(Table, table);
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(QString, message);
    const SearchQuery search = SearchQuery::parse(table, query, now());
    QVERIFY(!search.isValid());
    QVERIFY2(search.error().message.contains(message), qPrintable(search.error().message));
    QCOMPARE(search.error().position, position);
    QVERIFY(search.error().length >= 1);
    QVERIFY(search.error().position + search.error().length <= query.size());
    QVERIFY(search.errorText().startsWith(QStringLiteral("column %1: ").arg(position + 1)));
    QVariantList binds;
    QVERIFY(search.sql(binds).isEmpty());
    QVERIFY(binds.isEmpty());
}

void TestSearchQuery::emptyQueryMatchesEverything()
{
    for (const QString &text : {QString(), QStringLiteral("   "), QStringLiteral("\t\n")}) {
        const SearchQuery search = SearchQuery::parse(Table::Films, text);
        QVERIFY(search.isValid());
        QVERIFY(search.isEmpty());
        QVariantList binds;
        QVERIFY(search.sql(binds).isEmpty());
    }
}

void TestSearchQuery::valuesReachSqlOnlyAsBoundValues_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("payload"); // must not appear in the SQL text
    QTest::newRow("statement") << "'; DROP TABLE films; --"
                               << "DROP TABLE";
    QTest::newRow("tautology") << "\" OR 1=1 --\""
                               << "1=1";
    QTest::newRow("in a field phrase") << "company:\"x' OR '1'='1\""
                                       << "'1'='1";
    QTest::newRow("in a field word") << "certification:R'||'x"
                                     << "'||'";
    QTest::newRow("in a provider") << "provider:a)OR(1"
                                   << "OR(1";
    QTest::newRow("fts syntax") << "NEAR(a b) col:x* ^a"
                                << "NEAR";
    QTest::newRow("fts column filter") << "title:{synopsis}:x"
                                       << "{synopsis}";
    QTest::newRow("like wildcards") << "notes:%_%"
                                    << "%_%";
    QTest::newRow("nul and controls")
        << QStringLiteral("a\u0000b\u0001") << QStringLiteral("\u0001");
    QTest::newRow("long word") << QString(100000, u'x') << QString(100, u'x');
}

void TestSearchQuery::valuesReachSqlOnlyAsBoundValues()
{
    QFETCH(QString, query);
    QFETCH(QString, payload);
    for (const Table table : AllTables) {
        const SearchQuery search = SearchQuery::parse(table, query, now());
        QVariantList binds;
        const QString sql = search.sql(binds);
        QVERIFY2(!sql.contains(payload), qPrintable(sql));
        QCOMPARE(sql.count(u'?'), binds.size());
    }
}

void TestSearchQuery::sameShapeGivesTheSameSql()
{
    // Only the structure decides the SQL; the values go to the bound list.
    QVariantList a, b;
    const QString one =
        SearchQuery::parse(Table::Films, R"(alpha year:>=2000 company:"X" -genre:drama)").sql(a);
    const QString two =
        SearchQuery::parse(Table::Films, R"(omega year:>=1950 company:"Y Z" -genre:music)").sql(b);
    QCOMPARE(one, two);
    QVERIFY(a != b);
    // Reading along the order's index changes how, not what: the same values, the
    // full-text sets marked with a unary plus.
    QVariantList c;
    const QString scan =
        SearchQuery::parse(Table::Films, R"(alpha year:>=2000 company:"X" -genre:drama)")
            .sql(c, SearchQuery::Plan::ScanOrder);
    QCOMPARE(c, a);
    // alpha and company:"X" are one full-text query: one set.
    QCOMPARE(scan.count(QStringLiteral("+f.id IN")), 1);
    QCOMPARE(QString(scan).remove(u'+'), QString(one).remove(u'+'));
}

void TestSearchQuery::fullTextTermsOfOneIndexBecomeOneQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("sets");         // full-text matches in the SQL
    QTest::addColumn<QVariantList>("fts"); // the FTS5 queries bound, in order
    QTest::addColumn<QString>("count");    // how the whole query is counted
    const QString ftsCount =
        QStringLiteral("SELECT count(*) FROM film_search WHERE film_search MATCH ?");
    QTest::newRow("one word") << "harbor" << 1 << QVariantList{R"("harbor"*)"} << ftsCount;
    QTest::newRow("two words") << "harbor lights" << 1
                               << QVariantList{R"(("harbor"*) AND ("lights"*))"} << ftsCount;
    QTest::newRow("fields of the same index")
        << R"(title:fog company:"Haut et Court")" << 1
        << QVariantList{R"(({title original_title} : "fog"*) AND (companies : "Haut et Court"))"}
        << ftsCount;
    QTest::newRow("OR") << "fog OR mist" << 1 << QVariantList{R"(("fog"*) OR ("mist"*))"}
                        << ftsCount;
    QTest::newRow("NOT beside a word")
        << "fog -island" << 1 << QVariantList{R"((("fog"*)) NOT ("island"*))"} << ftsCount;
    QTest::newRow("nested")
        << "(fog OR mist) -island sea" << 1
        << QVariantList{R"(((("fog"*) OR ("mist"*)) AND ("sea"*)) NOT ("island"*))"} << ftsCount;
    // A field term keeps its own condition; the words beside it still merge.
    QTest::newRow("beside a field term")
        << "harbor year:>=2000 lights" << 1 << QVariantList{R"(("harbor"*) AND ("lights"*))", 2000}
        << QString();
    // director: looks through the people's index: a set of its own.
    QTest::newRow("another index") << "harbor director:kubrick" << 2
                                   << QVariantList{R"("harbor"*)", R"("kubrick"*)"} << QString();
    QTest::newRow("NOT alone") << "-island" << 1 << QVariantList{R"("island"*)"} << QString();
}

void TestSearchQuery::fullTextTermsOfOneIndexBecomeOneQuery()
{
    QFETCH(QString, query);
    QFETCH(int, sets);
    QFETCH(QVariantList, fts);
    QFETCH(QString, count);
    const SearchQuery search = SearchQuery::parse(Table::Films, query, now());
    QVERIFY2(search.isValid(), qPrintable(search.errorText()));
    QVariantList binds;
    const QString sql = search.sql(binds);
    QCOMPARE(sql.count(QStringLiteral("MATCH ?")), sets);
    QCOMPARE(binds, fts);
    QVariantList countBinds;
    QCOMPARE(search.setCountSql(countBinds), count);
    if (!count.isEmpty())
        QCOMPARE(countBinds, QVariantList{fts.front()});
}

void TestSearchQuery::wordsBesideAnIndexedComparisonAreCountedAlone_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QVariantList>("fts"); // the words' query, or nothing
    QTest::newRow("the combination")
        << "harbor year:>=2000 -genre:drama" << QVariantList{R"("harbor"*)"};
    QTest::newRow("two words and a range")
        << "harbor lights runtime:90..120" << QVariantList{R"(("harbor"*) AND ("lights"*))"};
    QTest::newRow("a date") << "fog released:>=2005" << QVariantList{R"("fog"*)"};
    QTest::newRow("no indexed comparison") << "harbor -genre:drama" << QVariantList{};
    QTest::newRow("no words") << "year:>=2000 -genre:drama" << QVariantList{};
    QTest::newRow("an OR") << "harbor OR year:>=2000" << QVariantList{};
    QTest::newRow("a negated comparison") << "harbor -year:>=2000" << QVariantList{};
    QTest::newRow("people's index") << "director:kubrick year:>=2000" << QVariantList{};
}

void TestSearchQuery::wordsBesideAnIndexedComparisonAreCountedAlone()
{
    QFETCH(QString, query);
    QFETCH(QVariantList, fts);
    const SearchQuery search = SearchQuery::parse(Table::Films, query, now());
    QVERIFY2(search.isValid(), qPrintable(search.errorText()));
    const auto drivers = search.drivers();
    QCOMPARE(bool(drivers), !fts.isEmpty());
    if (!drivers)
        return;
    QCOMPARE(drivers->setBinds, fts);
    QCOMPARE(drivers->setCountSql,
             QStringLiteral("SELECT count(*) FROM film_search WHERE film_search MATCH ?"));
    const QString counted = QStringLiteral("SELECT count(*) FROM films f WHERE ");
    QVERIFY2(drivers->indexedCountSql.startsWith(counted), qPrintable(drivers->indexedCountSql));
    QCOMPARE(drivers->indexedCountSql.count(u'?'), drivers->indexedBinds.size());
}

void TestSearchQuery::phraseHelperQuotesSafely()
{
    const QString text =
        SearchQuery::phrase(QStringLiteral("name"), QStringLiteral("The \"Q\" Co"));
    const SearchQuery search = SearchQuery::parse(Table::Companies, text);
    QVERIFY2(search.isValid(), qPrintable(search.errorText()));
    QCOMPARE(search.describe(), QStringLiteral(R"((name PHRASE "The Q Co"))"));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
