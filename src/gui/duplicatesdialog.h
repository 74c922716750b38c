#pragma once

#include "core/db/duplicates.h"

#include <QDialog>

#include <memory>

class QUndoStack;

namespace Ui {
class DuplicatesDialog;
}

namespace Marquee {

class Catalog;

// The likely duplicates of the catalog with their evidence; for the group chosen, the films
// side by side field by field, the value to keep chosen with a click, the result previewed in
// the last column, and the merge done as an undoable step.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(Catalog &catalog, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    int groupCount() const;
    void selectGroup(int group);
    void setKept(qint64 filmId);
    // Keeps the value `filmId` has for `field` (a FilmField).
    void choose(int field, qint64 filmId);
    Film preview() const;
    void merge();

signals:
    // A merge or its undo changed the catalog; `filmId` is the film kept.
    void catalogChanged(qint64 filmId);
    void failed(const QString &message);

private:
    void showGroup();
    void refreshResult();

    std::unique_ptr<Ui::DuplicatesDialog> m_ui;
    Catalog &m_catalog;
    QUndoStack *m_undo;
    QList<DuplicateGroup> m_groups;
    QList<Film> m_films; // of the group shown
    qint64 m_kept = 0;
    FilmMerger::Choices m_choices;
    QList<int> m_rows; // the field each row shows
};

} // namespace Marquee
