#pragma once

#include "core/db/duplicates.h"
#include "core/domain/film.h"
#include "core/domain/review.h"

#include <QByteArray>
#include <QUndoCommand>

#include <functional>

namespace Marquee {

class Catalog;

// Adding and deleting a film as undoable steps. A deleted film is kept whole (its links,
// reviews, poster, and its place in other films' related lists) and comes back under its own
// id, so that every later step on the undo stack still names the right rows.
class FilmLifeCommand : public QUndoCommand
{
public:
    enum class Kind { Add, Delete };
    // `changed` is told the id to show after each step (0 when the film is gone), `failed`
    // why a step could not be done.
    FilmLifeCommand(Catalog &catalog, Kind kind, const Film &film,
                    std::function<void(qint64)> changed, std::function<void(QString)> failed);

    // For Delete: reads the film, its reviews, poster and the films linking to it now.
    static FilmLifeCommand *deleting(Catalog &catalog, qint64 id,
                                     std::function<void(qint64)> changed,
                                     std::function<void(QString)> failed);

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
    QList<std::pair<qint64, int>> m_relatedFrom; // films listing this one, and where
    qint64 m_id = 0;
    std::function<void(qint64)> m_changed;
    std::function<void(QString)> m_failed;
};

// Setting or removing a film's poster, undoable: the image bytes before and after are kept.
class PosterCommand : public QUndoCommand
{
public:
    struct Image
    {
        QByteArray bytes; // empty: no poster
        QString mimeType;
    };
    PosterCommand(Catalog &catalog, qint64 filmId, const Image &before, const Image &after,
                  std::function<void(qint64)> changed, std::function<void(QString)> failed);

    void redo() override;
    void undo() override;

private:
    void apply(const Image &image);

    Catalog &m_catalog;
    qint64 m_filmId;
    Image m_before;
    Image m_after;
    std::function<void(qint64)> m_changed;
    std::function<void(QString)> m_failed;
};

// Changing the list of a film's related films, undoable.
class RelatedFilmsCommand : public QUndoCommand
{
public:
    RelatedFilmsCommand(Catalog &catalog, qint64 filmId, const QList<qint64> &before,
                        const QList<qint64> &after, std::function<void(qint64)> changed,
                        std::function<void(QString)> failed);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QList<qint64> &related);

    Catalog &m_catalog;
    qint64 m_filmId;
    QList<qint64> m_before;
    QList<qint64> m_after;
    std::function<void(qint64)> m_changed;
    std::function<void(QString)> m_failed;
};

// Adding or deleting a company or a review as an undoable step. `create(id)` inserts the row,
// under a new id when `id` is 0 and under `id` otherwise, and returns its id; `destroy(id)`
// removes it. A row comes back under the id it had, so later steps still find it.
class RowLifeCommand : public QUndoCommand
{
public:
    enum class Kind { Add, Delete };
    RowLifeCommand(const QString &text, Kind kind, qint64 id, std::function<qint64(qint64)> create,
                   std::function<void(qint64)> destroy, std::function<void(qint64)> changed,
                   std::function<void(QString)> failed);

    void redo() override;
    void undo() override;

private:
    void step(bool bringBack);

    Kind m_kind;
    qint64 m_id;
    std::function<qint64(qint64)> m_create;
    std::function<void(qint64)> m_destroy;
    std::function<void(qint64)> m_changed;
    std::function<void(QString)> m_failed;
};

// Merging likely duplicates into one film, undoable: undo puts every film, review, link and
// poster back as it was.
class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(Catalog &catalog, qint64 keep, const QList<qint64> &others,
                 const FilmMerger::Choices &choices, const QString &title,
                 std::function<void(qint64)> changed, std::function<void(QString)> failed);

    void redo() override;
    void undo() override;

private:
    Catalog &m_catalog;
    qint64 m_keep;
    QList<qint64> m_others;
    FilmMerger::Choices m_choices;
    FilmMerger::Record m_record;
    std::function<void(qint64)> m_changed;
    std::function<void(QString)> m_failed;
};

} // namespace Marquee
