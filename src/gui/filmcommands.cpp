#include "filmcommands.h"

#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/error.h"

#include <QObject>

namespace Marquee {

FilmLifeCommand::FilmLifeCommand(Catalog &catalog, Kind kind, const Film &film,
                                 std::function<void(qint64)> changed)
    : m_catalog(catalog), m_kind(kind), m_film(film), m_id(film.id), m_changed(std::move(changed))
{
    setText(kind == Kind::Add ? QObject::tr("Add \"%1\"").arg(film.title)
                              : QObject::tr("Delete \"%1\"").arg(film.title));
}

FilmLifeCommand *FilmLifeCommand::deleting(Catalog &catalog, qint64 id,
                                           std::function<void(qint64)> changed)
{
    FilmRepository films(catalog);
    const auto film = films.find(id);
    if (!film)
        throw Error(QObject::tr("The film is no longer in the catalog."), Error::Kind::NotFound);
    auto *command = new FilmLifeCommand(catalog, Kind::Delete, *film, std::move(changed));
    command->m_reviews = ReviewRepository(catalog).forFilm(id);
    command->m_poster = films.poster(id, &command->m_posterType);
    return command;
}

void FilmLifeCommand::create()
{
    Transaction transaction(m_catalog);
    FilmRepository films(m_catalog);
    m_id = films.insert(m_film);
    ReviewRepository reviews(m_catalog);
    for (Review review : std::as_const(m_reviews)) {
        review.filmId = m_id;
        reviews.insert(review);
    }
    if (!m_poster.isEmpty())
        films.setPoster(m_id, m_poster, m_posterType);
    transaction.commit();
    m_film.id = m_id;
}

void FilmLifeCommand::destroy()
{
    FilmRepository(m_catalog).remove(m_id);
}

void FilmLifeCommand::redo()
{
    try {
        if (m_kind == Kind::Add)
            create();
        else
            destroy();
        m_changed(m_kind == Kind::Add ? m_id : 0);
    } catch (const Error &) {
        setObsolete(true);
        m_changed(0);
    }
}

void FilmLifeCommand::undo()
{
    try {
        if (m_kind == Kind::Add)
            destroy();
        else
            create();
        m_changed(m_kind == Kind::Add ? 0 : m_id);
    } catch (const Error &) {
        setObsolete(true);
        m_changed(0);
    }
}

} // namespace Marquee
