#include "filmcommands.h"

#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/error.h"

#include <QObject>

namespace Marquee {

FilmLifeCommand::FilmLifeCommand(Catalog &catalog, Kind kind, const Film &film,
                                 std::function<void(qint64)> changed,
                                 std::function<void(QString)> failed)
    : m_catalog(catalog), m_kind(kind), m_film(film), m_id(kind == Kind::Add ? 0 : film.id),
      m_changed(std::move(changed)), m_failed(std::move(failed))
{
    setText(kind == Kind::Add ? QObject::tr("Add \"%1\"").arg(film.title)
                              : QObject::tr("Delete \"%1\"").arg(film.title));
}

FilmLifeCommand *FilmLifeCommand::deleting(Catalog &catalog, qint64 id,
                                           std::function<void(qint64)> changed,
                                           std::function<void(QString)> failed)
{
    FilmRepository films(catalog);
    const auto film = films.find(id);
    if (!film)
        throw Error(QObject::tr("The film is no longer in the catalog."), Error::Kind::NotFound);
    auto *command =
        new FilmLifeCommand(catalog, Kind::Delete, *film, std::move(changed), std::move(failed));
    command->m_relatedFrom = films.filmsRelatingTo(id);
    command->m_reviews = ReviewRepository(catalog).forFilm(id);
    command->m_poster = films.poster(id, &command->m_posterType);
    return command;
}

void FilmLifeCommand::create()
{
    Transaction transaction(m_catalog);
    FilmRepository films(m_catalog);
    // Related films deleted meanwhile are left out rather than failing the whole restore.
    Film film = m_film;
    film.relatedFilmIds.removeIf([&films](qint64 related) { return !films.exists(related); });
    if (m_id == 0) {
        m_id = films.insert(film);
    } else {
        film.id = m_id;
        films.restore(film);
    }
    ReviewRepository reviews(m_catalog);
    for (const Review &review : std::as_const(m_reviews))
        reviews.restore(review);
    if (!m_poster.isEmpty())
        films.setPoster(m_id, m_poster, m_posterType);
    for (const auto &[other, position] : std::as_const(m_relatedFrom)) {
        auto linking = films.find(other);
        if (!linking)
            continue;
        linking->relatedFilmIds.insert(
            std::clamp<qsizetype>(position, 0, linking->relatedFilmIds.size()), m_id);
        films.update(*linking);
    }
    transaction.commit();
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
    } catch (const Error &e) {
        setObsolete(true);
        m_changed(0);
        m_failed(e.message());
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
    } catch (const Error &e) {
        setObsolete(true);
        m_changed(0);
        m_failed(e.message());
    }
}

PosterCommand::PosterCommand(Catalog &catalog, qint64 filmId, const Image &before,
                             const Image &after, std::function<void(qint64)> changed,
                             std::function<void(QString)> failed)
    : m_catalog(catalog), m_filmId(filmId), m_before(before), m_after(after),
      m_changed(std::move(changed)), m_failed(std::move(failed))
{
    setText(after.bytes.isEmpty() ? QObject::tr("Remove poster") : QObject::tr("Set poster"));
}

void PosterCommand::apply(const Image &image)
{
    try {
        FilmRepository films(m_catalog);
        if (image.bytes.isEmpty())
            films.removePoster(m_filmId);
        else
            films.setPoster(m_filmId, image.bytes, image.mimeType);
        m_changed(m_filmId);
    } catch (const Error &e) {
        setObsolete(true);
        m_failed(e.message());
    }
}

void PosterCommand::redo()
{
    apply(m_after);
}

void PosterCommand::undo()
{
    apply(m_before);
}

RelatedFilmsCommand::RelatedFilmsCommand(Catalog &catalog, qint64 filmId,
                                         const QList<qint64> &before, const QList<qint64> &after,
                                         std::function<void(qint64)> changed,
                                         std::function<void(QString)> failed)
    : m_catalog(catalog), m_filmId(filmId), m_before(before), m_after(after),
      m_changed(std::move(changed)), m_failed(std::move(failed))
{
    setText(QObject::tr("Change related films"));
}

void RelatedFilmsCommand::apply(const QList<qint64> &related)
{
    try {
        FilmRepository films(m_catalog);
        auto film = films.find(m_filmId);
        if (!film)
            throw Error(QObject::tr("The film is no longer in the catalog."),
                        Error::Kind::NotFound);
        film->relatedFilmIds = related;
        films.update(*film);
        m_changed(m_filmId);
    } catch (const Error &e) {
        setObsolete(true);
        m_failed(e.message());
    }
}

RowLifeCommand::RowLifeCommand(const QString &text, Kind kind, qint64 id,
                               std::function<qint64(qint64)> create,
                               std::function<void(qint64)> destroy,
                               std::function<void(qint64)> changed,
                               std::function<void(QString)> failed)
    : m_kind(kind), m_id(id), m_create(std::move(create)), m_destroy(std::move(destroy)),
      m_changed(std::move(changed)), m_failed(std::move(failed))
{
    setText(text);
}

void RowLifeCommand::step(bool bringBack)
{
    try {
        if (bringBack)
            m_id = m_create(m_id);
        else
            m_destroy(m_id);
        m_changed(bringBack ? m_id : 0);
    } catch (const Error &e) {
        setObsolete(true);
        m_changed(0);
        m_failed(e.message());
    }
}

void RowLifeCommand::redo()
{
    step(m_kind == Kind::Add);
}

void RowLifeCommand::undo()
{
    step(m_kind == Kind::Delete);
}

MergeCommand::MergeCommand(Catalog &catalog, qint64 keep, const QList<qint64> &others,
                           const FilmMerger::Choices &choices, const QString &title,
                           std::function<void(qint64)> changed, std::function<void(QString)> failed)
    : m_catalog(catalog), m_keep(keep), m_others(others), m_choices(choices),
      m_changed(std::move(changed)), m_failed(std::move(failed))
{
    setText(QObject::tr("Merge duplicates of \"%1\"").arg(title));
}

void MergeCommand::redo()
{
    try {
        m_record = FilmMerger(m_catalog).merge(m_keep, m_others, m_choices);
        if (m_changed)
            m_changed(m_keep);
    } catch (const Error &e) {
        setObsolete(true);
        if (m_changed)
            m_changed(m_keep);
        if (m_failed)
            m_failed(e.message());
    }
}

void MergeCommand::undo()
{
    try {
        FilmMerger(m_catalog).undo(m_record);
        if (m_changed)
            m_changed(m_keep);
    } catch (const Error &e) {
        if (m_changed)
            m_changed(m_keep);
        if (m_failed)
            m_failed(e.message());
    }
}

} // namespace Marquee
