#include "editcommands.h"

#include "core/models/catalogtablemodel.h"

namespace Marquee {

SetCellCommand::SetCellCommand(CatalogTableModel *model, qint64 id, int column,
                               const QVariant &before, const QVariant &after)
    : m_model(model), m_id(id), m_column(column), m_before(before), m_after(after)
{
    setText(QObject::tr("Edit %1").arg(CatalogTableModel::headerText(model->table(), column)));
}

bool SetCellCommand::apply(const QVariant &value)
{
    const bool ok = m_model->setValue(m_id, m_column, value);
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
