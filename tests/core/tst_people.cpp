#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/personrepository.h"
#include "core/domain/error.h"
#include "core/io/csvimporter.h"
#include "core/io/samplecatalog.h"
#include "testutil.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// Directors, writers and cast: stored once per person, listed per film in role and billing
// order, found by the search language, read from CSV.
class TestPeople : public QObject
{
    Q_OBJECT

private slots:
    void creditsAreStoredInRoleAndBillingOrder();
    void aPersonIsOneRowWhateverTheSpelling();
    void aPersonCreditedTwiceInOneRoleIsOneCredit();
    void renamedAndRemovedPeople();
    void searchFindsFilmsByTheirPeople_data();
    void searchFindsFilmsByTheirPeople();
    void bulkWritesIndexPeopleAtCommit();
    void csvColumnsCarryCredits();
};

namespace {

QStringList titlesFound(Catalog &catalog, const QString &query)
{
    QStringList titles;
    FilmRepository films(catalog);
    for (const qint64 id : films.ids(query)) {
        const Film film = films.find(id).value();
        titles.append(QStringLiteral("%1 (%2)").arg(film.title).arg(film.year.value_or(0)));
    }
    return titles;
}

bool indexIsSound(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    return q.exec(QStringLiteral(
        "INSERT INTO person_search (person_search, rank) VALUES ('integrity-check', 1)"));
}

} // namespace

void TestPeople::creditsAreStoredInRoleAndBillingOrder()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    FilmRepository films(*catalog);
    Film film;
    film.title = QStringLiteral("Vivre sa vie");
    film.credits = {{CreditRole::Director, QStringLiteral("Jean-Luc Godard"), {}},
                    {CreditRole::Cast, QStringLiteral("Anna Karina"), QStringLiteral("Nana")},
                    {CreditRole::Cast, QStringLiteral("Sady Rebbot"), QStringLiteral("Raoul")},
                    {CreditRole::Writer, QStringLiteral("Jean-Luc Godard"), {}}};
    const qint64 id = films.insert(film);
    const Film stored = films.find(id).value();
    QCOMPARE(stored.credits,
             (QList<Credit>{
                 {CreditRole::Director, QStringLiteral("Jean-Luc Godard"), {}},
                 {CreditRole::Writer, QStringLiteral("Jean-Luc Godard"), {}},
                 {CreditRole::Cast, QStringLiteral("Anna Karina"), QStringLiteral("Nana")},
                 {CreditRole::Cast, QStringLiteral("Sady Rebbot"), QStringLiteral("Raoul")}}));
    QCOMPARE(PersonRepository(*catalog).count(), 3);

    Film changed = stored;
    std::swap(changed.credits[2], changed.credits[3]);
    changed.credits.removeAt(1);
    films.update(changed);
    QCOMPARE(films.find(id)->credits, changed.credits);
    // The person stays when a film no longer credits them: people are kept until deleted.
    QCOMPARE(PersonRepository(*catalog).count(), 3);
}

void TestPeople::aPersonIsOneRowWhateverTheSpelling()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    FilmRepository films(*catalog);
    Film a;
    a.title = QStringLiteral("Cléo de 5 à 7");
    a.credits = {{CreditRole::Director, QStringLiteral("Agnès Varda"), {}}};
    Film b;
    b.title = QStringLiteral("Sans toit ni loi");
    b.credits = {{CreditRole::Director, QStringLiteral("agnès  VARDA"), {}}};
    films.insert(a);
    const qint64 second = films.insert(b);
    PersonRepository people(*catalog);
    QCOMPARE(people.count(), 1);
    const Person varda = people.findByName(QStringLiteral("AGNÈS VARDA")).value();
    QCOMPARE(varda.name, QStringLiteral("Agnès Varda")); // the first spelling is kept
    QCOMPARE(people.filmCount(varda.id), 2);
    QCOMPARE(films.find(second)->credits.first().name, QStringLiteral("Agnès Varda"));
}

void TestPeople::aPersonCreditedTwiceInOneRoleIsOneCredit()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    FilmRepository films(*catalog);
    Film film;
    film.title = QStringLiteral("Coming to America");
    film.credits = {{CreditRole::Cast, QStringLiteral("Eddie Murphy"), QStringLiteral("Akeem")},
                    {CreditRole::Cast, QStringLiteral("Arsenio Hall"), QStringLiteral("Semmi")},
                    {CreditRole::Cast, QStringLiteral("Eddie Murphy"), QStringLiteral("Saul")},
                    {CreditRole::Writer, QStringLiteral("David Sheffield"), {}},
                    {CreditRole::Writer, QStringLiteral("David Sheffield"), {}}};
    const qint64 id = films.insert(film);
    QCOMPARE(films.find(id)->credits,
             (QList<Credit>{
                 {CreditRole::Writer, QStringLiteral("David Sheffield"), {}},
                 {CreditRole::Cast, QStringLiteral("Eddie Murphy"), QStringLiteral("Akeem / Saul")},
                 {CreditRole::Cast, QStringLiteral("Arsenio Hall"), QStringLiteral("Semmi")}}));
}

void TestPeople::renamedAndRemovedPeople()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    PersonRepository people(*catalog);
    Person fiore = people.findByName(QStringLiteral("Chris Fiore")).value();
    fiore.name = QStringLiteral("Christopher Fiore");
    people.update(fiore);
    QCOMPARE(titlesFound(*catalog, QStringLiteral("director:christopher")),
             QStringList{"Backstage (2000)"});
    QVERIFY(titlesFound(*catalog, QStringLiteral("director:chris*")).size() == 1);
    QVERIFY(indexIsSound(*catalog));

    try {
        people.remove(fiore.id);
        QFAIL("a credited person was removed");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::InUse);
        QVERIFY(e.message().contains(QStringLiteral("Christopher Fiore")));
    }
    const qint64 unused = people.insert({0, QStringLiteral("Nobody Yet"), {}, 0});
    people.remove(unused);
    QVERIFY(!people.find(unused));
    QVERIFY_THROWS_EXCEPTION(Error, people.insert({0, QStringLiteral("dmx"), {}, 0}));
}

void TestPeople::searchFindsFilmsByTheirPeople_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("director") << "director:bercot" << QStringList{"Backstage (2005)"};
    QTest::newRow("director, accents ignored")
        << "director:\"emmanuelle bercot\"" << QStringList{"Backstage (2005)"};
    QTest::newRow("cast") << "cast:seigner" << QStringList{"Backstage (2005)"};
    QTest::newRow("cast prefix") << "cast:meth" << QStringList{"Backstage (2000)"};
    QTest::newRow("a director is not cast") << "cast:bercot" << QStringList{};
    QTest::newRow("person, any role") << "person:emmanuelle" << QStringList{"Backstage (2005)"};
    QTest::newRow("writer") << "writer:bercot" << QStringList{};
    QTest::newRow("has director") << "has:director"
                                  << QStringList{"Backstage (2005)", "Backstage (2000)"};
    QTest::newRow("combined") << "backstage -cast:jay" << QStringList{"Backstage (2005)"};
}

void TestPeople::searchFindsFilmsByTheirPeople()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    QCOMPARE(titlesFound(*catalog, query), titles);
}

void TestPeople::bulkWritesIndexPeopleAtCommit()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    {
        Transaction transaction(*catalog, Transaction::Indexing::Deferred);
        FilmRepository films(*catalog);
        for (int i = 0; i < 50; ++i) {
            Film film;
            film.title = QStringLiteral("Film %1").arg(i);
            film.credits = {{CreditRole::Director, QStringLiteral("Director %1").arg(i % 5), {}}};
            films.insert(film);
        }
        transaction.commit();
    }
    QCOMPARE(titlesFound(*catalog, QStringLiteral("director:\"director 3\"")).size(), 10);
    QVERIFY(indexIsSound(*catalog));
}

void TestPeople::csvColumnsCarryCredits()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    QBuffer csv;
    csv.setData("title,directed by,stars\n"
                "Vivre sa vie,Jean-Luc Godard,Anna Karina (Nana); Sady Rebbot (Raoul (the pimp))\n"
                "Le Mépris,Jean-Luc Godard,Brigitte Bardot; Michel Piccoli (Paul)\n");
    csv.open(QIODevice::ReadOnly);
    const ImportReport report = CsvImporter(*catalog, {}).import(&csv, QStringLiteral("f.csv"));
    QCOMPARE(report.imported, 2);
    FilmRepository films(*catalog);
    const Film vivre = films.find(films.ids().first()).value();
    QCOMPARE(
        vivre.credits,
        (QList<Credit>{{CreditRole::Director, QStringLiteral("Jean-Luc Godard"), {}},
                       {CreditRole::Cast, QStringLiteral("Anna Karina"), QStringLiteral("Nana")},
                       {CreditRole::Cast, QStringLiteral("Sady Rebbot"),
                        QStringLiteral("Raoul (the pimp)")}}));
    QCOMPARE(films.find(films.ids().last())->credits.at(1),
             (Credit{CreditRole::Cast, QStringLiteral("Brigitte Bardot"), {}}));
    QCOMPARE(PersonRepository(*catalog).count(), 5);
}

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
