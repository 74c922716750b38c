#pragma once

#include "../domain/film.h"
#include "companyrepository.h"
#include "personrepository.h"
#include "sqlitestatement.h"

#include <QByteArray>
#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace Marquee {

class Catalog;

// Reads and writes films with their links (companies, countries, genres, providers, related
// films) and posters. Each write is atomic: it joins the caller's Transaction or runs in its
// own. Updates check the row version, so a film changed or deleted elsewhere is reported.
class FilmRepository
{
public:
    explicit FilmRepository(Catalog &catalog);

    // Validates and inserts; throws Error(Invalid) with every reason when the film is invalid.
    qint64 insert(const Film &film);
    // Puts back a deleted film under its own id (undo of a delete); throws when the id is
    // taken meanwhile.
    void restore(const Film &film);
    // Returns the new row version; throws Error(Conflict) when the stored row version differs.
    qint64 update(const Film &film);
    // Deletes the film with its reviews and links.
    void remove(qint64 id);

    std::optional<Film> find(qint64 id) const;
    // A film that the catalog already holds: same IMDb id, else same title (ignoring case) and
    // year.
    std::optional<qint64> findDuplicate(const Film &film) const;
    std::optional<qint64> findByTitleYear(const QString &title, std::optional<int> year) const;
    qint64 count() const;
    // The ids of the films that pass `filter` (the search language) and, when `only` is not
    // empty, are among `only`, in catalog order.
    QList<qint64> ids(const QString &filter = QString(), const QList<qint64> &only = {}) const;
    // Sets when a film was added and last changed, as a file being imported says.
    void setTimestamps(qint64 id, const QDateTime &created, const QDateTime &updated);
    qint64 reviewCount(qint64 id) const;
    bool exists(qint64 id) const;
    bool hasPoster(qint64 id) const;
    // The films that list `id` among their related films, with its position in each list.
    QList<std::pair<qint64, int>> filmsRelatingTo(qint64 id) const;
    // Up to `limit` films whose title starts with `prefix` (ignoring case), written
    // "Title (Year)" as parseTitleYear() reads them: for pickers.
    QStringList titlesStartingWith(const QString &prefix, int limit) const;
    // "Backstage (2005)" -> ("Backstage", 2005); a title without a year -> (title, nullopt).
    static std::pair<QString, std::optional<int>> parseTitleYear(const QString &text);

    void setPoster(qint64 id, const QByteArray &image, const QString &mimeType);
    void removePoster(qint64 id);
    QByteArray poster(qint64 id, QString *mimeType = nullptr) const;

    // Forget remembered name -> id lookups (after a rollback undid rows they point to).
    void clearCache();

private:
    // Statements prepared on first use and kept: inserts and lookups run once per imported row.
    SqliteStatement &statement(SqliteStatement &slot, const char *sql) const;
    struct StoredLists;
    // The lists' order keys, where the catalog's schema keeps them.
    std::optional<QStringList> orderKeys(const StoredLists &lists) const;
    void writeLinks(qint64 id, const Film &film, const StoredLists &lists, bool replace);
    void writeCredits(qint64 id, const QList<Credit> &credits);
    qint64 genreId(const QString &name);
    std::optional<qint64> firstId(SqliteStatement &query) const;

    Catalog &m_catalog;
    CompanyRepository m_companies;
    PersonRepository m_people;
    QHash<QString, qint64> m_genreIdByKey;
    SqliteStatement m_insert;
    SqliteStatement m_restore;
    SqliteStatement m_update;
    SqliteStatement m_insertCompany;
    SqliteStatement m_insertCountry;
    SqliteStatement m_insertGenre;
    SqliteStatement m_insertProvider;
    SqliteStatement m_insertRelated;
    SqliteStatement m_insertCredit;
    SqliteStatement m_insertTag;
    SqliteStatement m_insertViewing;
    SqliteStatement m_deleteLinks[8];
    SqliteStatement m_selectGenre;
    SqliteStatement m_insertGenreName;
    mutable SqliteStatement m_byImdb;
    mutable SqliteStatement m_byTitleYear;
    mutable SqliteStatement m_byTitleNoYear;
};

} // namespace Marquee
