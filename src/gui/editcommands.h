#pragma once

#include <QUndoCommand>
#include <QVariant>

namespace Marquee {

class CatalogTableModel;

// One cell edit, undoable. It finds its row by id, so it still applies after a re-sort or a
// new filter. A refused edit makes the command obsolete (the stack drops it).
class SetCellCommand : public QUndoCommand
{
public:
    // `rowVersion` is the version of the row as the user saw it; undo and redo then expect the
    // version this window's last write left, so only a change made elsewhere is a conflict.
    SetCellCommand(CatalogTableModel *model, qint64 id, qint64 rowVersion, int column,
                   const QVariant &before, const QVariant &after);

    void redo() override;
    void undo() override;

private:
    bool apply(const QVariant &value);

    CatalogTableModel *m_model;
    qint64 m_id;
    qint64 m_rowVersion;
    bool m_applied = false;
    int m_column;
    QVariant m_before;
    QVariant m_after;
};

} // namespace Marquee
