#include "editcommands.h"

#include "core/models/catalogtablemodel.h"

namespace Marquee {

SetCellCommand::SetCellCommand(CatalogTableModel *model, qint64 id, qint64 rowVersion, int column,
                               const QVariant &before, const QVariant &after)
    : m_model(model), m_id(id), m_rowVersion(rowVersion), m_column(column), m_before(before),
      m_after(after)
{
    setText(QObject::tr("Edit %1").arg(CatalogTableModel::headerText(model->table(), column)));
}

bool SetCellCommand::apply(const QVariant &value)
{
    // A new edit expects the row as the user saw it; undo and redo expect what this window
    // last wrote to it, whichever command wrote it.
    const qint64 own = m_model->ownVersion(m_id);
    const qint64 expected = m_applied && own >= 0 ? own : m_rowVersion;
    m_applied = true;
    const bool ok = m_model->setValue(m_id, expected, m_column, value);
    if (!ok)
        setObsolete(true);
    return ok;
}

void SetCellCommand::redo()
{
    apply(m_after);
}

void SetCellCommand::undo()
{
    apply(m_before);
}

} // namespace Marquee
