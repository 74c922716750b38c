#pragma once

#include "core/db/duplicates.h"

#include <QDialog>

#include <functional>
#include <memory>

class QUndoStack;

namespace Ui {
class DuplicatesDialog;
}

namespace Marquee {

class Catalog;
class DuplicateSearch;

// The likely duplicates of the catalog with their evidence; for the group chosen, the films
// side by side field by field, the value to keep chosen with a click, the result previewed in
// the last column, and the merge done as an undoable step.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    // A merge goes on `undoStack`, which outlives the dialog: `changed` (told the film kept)
    // and `failed` must outlive it too, as undo and redo run them after the dialog is gone.
    DuplicatesDialog(Catalog &catalog, QUndoStack *undoStack, std::function<void(qint64)> changed,
                     std::function<void(QString)> failed, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    // Whether the search for duplicates is still running (a large catalog); groupsFound()
    // comes when it is done.
    bool isSearching() const { return m_search != nullptr; }
    int groupCount() const;
    void selectGroup(int group);
    void setKept(qint64 filmId);
    // Keeps the value `filmId` has for `field` (a FilmField).
    void choose(int field, qint64 filmId);
    Film preview() const;
    void merge();

signals:
    void groupsFound();

private:
    void showGroups(const QList<DuplicateGroup> &groups, const QString &error);
    void showGroup();
    void refreshResult();

    std::unique_ptr<Ui::DuplicatesDialog> m_ui;
    Catalog &m_catalog;
    QUndoStack *m_undo;
    std::function<void(qint64)> m_changed;
    std::function<void(QString)> m_failed;
    QList<DuplicateGroup> m_groups;
    QList<Film> m_films; // of the group shown
    qint64 m_kept = 0;
    FilmMerger::Choices m_choices;
    QList<int> m_rows;                         // the field each row shows
    std::unique_ptr<DuplicateSearch> m_search; // while a large catalog is searched
};

} // namespace Marquee
