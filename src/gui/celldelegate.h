#pragma once

#include <QStyledItemDelegate>

class QUndoStack;

namespace Marquee {

// Editors by field: spin boxes with the field's range, a date editor, combos for status, type
// and certification, a line for text and lists. A value the catalog would refuse is refused at
// the cell: the reason shows beside it and the cell stays in edit. Accepted edits go through
// the undo stack.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellDelegate(QUndoStack *undoStack, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // The value an editor holds, as the model takes it (an invalid QVariant clears the field).
    static QVariant editorValue(QWidget *editor);
    // Whether an edit would change nothing (a missing value and an empty one are the same).
    static bool sameValue(const QVariant &before, const QVariant &after);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // Shows why the editor's value is refused; false when it is refused.
    bool acceptable(QWidget *editor) const;

    QUndoStack *m_undoStack;
};

} // namespace Marquee
