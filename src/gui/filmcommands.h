#pragma once

#include "core/domain/film.h"
#include "core/domain/review.h"

#include <QByteArray>
#include <QUndoCommand>

#include <functional>

namespace Marquee {

class Catalog;

// Adding and deleting a film as undoable steps. A deleted film is kept whole (its links,
// reviews and poster) so that undo brings all of it back; it comes back under a new id, which
// the command follows for a later redo.
class FilmLifeCommand : public QUndoCommand
{
public:
    enum class Kind { Add, Delete };
    // `changed` is told the id to show after each step (0 when the film is gone).
    FilmLifeCommand(Catalog &catalog, Kind kind, const Film &film,
                    std::function<void(qint64)> changed);

    // For Delete: reads the film, its reviews and poster now, before it goes.
    static FilmLifeCommand *deleting(Catalog &catalog, qint64 id,
                                     std::function<void(qint64)> changed);

    void redo() override;
    void undo() override;
    qint64 filmId() const { return m_id; }

private:
    void create();
    void destroy();

    Catalog &m_catalog;
    Kind m_kind;
    Film m_film;
    QList<Review> m_reviews;
    QByteArray m_poster;
    QString m_posterType;
    qint64 m_id = 0;
    std::function<void(qint64)> m_changed;
};

} // namespace Marquee
