#include "filmeditdialog.h"

#include "celldelegate.h"
#include "core/models/catalogtablemodel.h"
#include "editcommands.h"
#include "ui_filmeditdialog.h"

#include <QDataWidgetMapper>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

namespace Marquee {

FilmEditDialog::FilmEditDialog(CatalogTableModel *model, int row, QUndoStack *undoStack,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FilmEditDialog>()), m_model(model),
      m_undoStack(undoStack), m_mapper(new QDataWidgetMapper(this)),
      m_delegate(new CellDelegate(undoStack, this))
{
    m_ui->setupUi(this);
    m_mapper->setModel(model);
    m_mapper->setItemDelegate(m_delegate);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    const QList<FieldInfo> &fields = fieldsOf(Table::Films);
    for (int f = 0; f < fields.size(); ++f) {
        if (fields[f].computed)
            continue;
        QWidget *editor = nullptr;
        const QString &name = fields[f].name;
        if (name == u"synopsis" || name == u"notes") {
            auto *text = new QPlainTextEdit;
            text->setTabChangesFocus(true);
            text->setMinimumHeight(fontMetrics().height() * (name == u"synopsis" ? 6 : 3));
            editor = text;
        } else {
            editor = m_delegate->createEditor(m_ui->fieldsWidget, QStyleOptionViewItem(),
                                              model->index(row, f));
        }
        m_ui->fieldsLayout->addRow(CatalogTableModel::headerText(Table::Films, f) + u':', editor);
        m_mapper->addMapping(editor, f);
        m_editors.insert(f, editor);
    }
    m_mapper->setCurrentIndex(row);
    const QString title = model->index(row, int(FilmField::Title)).data().toString();
    setWindowTitle(tr("Edit “%1”").arg(title));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FilmEditDialog::~FilmEditDialog() = default;

bool FilmEditDialog::save()
{
    const int row = m_mapper->currentIndex();
    const qint64 id = m_model->idAt(row);
    struct Change
    {
        int field;
        QVariant before;
        QVariant after;
    };
    // Read every field first: saving one field refreshes the row, and the mapper would then put
    // the stored values back into the editors not yet saved.
    QList<Change> changes;
    QStringList refused;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QModelIndex index = m_model->index(row, it.key());
        const QVariant after = CellDelegate::editorValue(it.value());
        const QVariant before = index.data(Qt::EditRole);
        if (CellDelegate::sameValue(before, after))
            continue;
        const QString error = m_model->validateCell(index, after);
        if (!error.isEmpty()) {
            refused.append(CatalogTableModel::headerText(Table::Films, it.key()) +
                           QStringLiteral(": ") + error);
        }
        changes.append({it.key(), before, after});
    }
    if (!refused.isEmpty()) {
        m_ui->errorLabel->setText(refused.join(u'\n'));
        return false;
    }
    // One undo step for the whole form; each field is saved as the table saves it.
    m_undoStack->beginMacro(
        tr("Edit “%1”").arg(m_model->index(row, int(FilmField::Title)).data().toString()));
    for (const Change &change : std::as_const(changes))
        m_undoStack->push(
            new SetCellCommand(m_model, id, change.field, change.before, change.after));
    m_undoStack->endMacro();
    m_ui->errorLabel->clear();
    return true;
}

} // namespace Marquee
