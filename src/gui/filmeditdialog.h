#pragma once

#include <QDialog>
#include <QHash>

#include <memory>

class QDataWidgetMapper;
class QLineEdit;
class QUndoStack;

namespace Ui {
class FilmEditDialog;
}

namespace Marquee {

class CatalogTableModel;
class CellDelegate;

// Edits one film in a form: the table's own editors (same ranges, same combos) bound to the
// film's row with QDataWidgetMapper. Save checks every field by the catalog's rules first and
// shows what is refused; accepted changes go through the undo stack as one step.
class FilmEditDialog : public QDialog
{
    Q_OBJECT

public:
    FilmEditDialog(CatalogTableModel *model, int row, QUndoStack *undoStack,
                   QWidget *parent = nullptr);
    ~FilmEditDialog() override;

    QWidget *editor(int field) const { return m_editors.value(field); }
    // Related films, written "Title (Year); Title (Year)", completed from the catalog.
    QLineEdit *relatedEditor() const { return m_related; }
    // Validates and saves; false (with the reasons shown) when a field is refused.
    bool save();

private:
    std::unique_ptr<Ui::FilmEditDialog> m_ui;
    CatalogTableModel *m_model;
    QUndoStack *m_undoStack;
    QDataWidgetMapper *m_mapper;
    CellDelegate *m_delegate;
    QHash<int, QWidget *> m_editors;
    QLineEdit *m_related;
    QList<qint64> m_relatedIds;             // as stored when the form opened
    QHash<QString, qint64> m_relatedByName; // "Title (Year)" as shown -> film
    qint64 m_rowVersion = 0;                // the film's row version when the form opened
};

} // namespace Marquee
