#include "filmeditdialog.h"

#include "celldelegate.h"
#include "core/db/filmrepository.h"
#include "core/models/catalogtablemodel.h"
#include "editcommands.h"
#include "filmcommands.h"
#include "namecompleter.h"
#include "ui_filmeditdialog.h"

#include <QDataWidgetMapper>
#include <QLineEdit>
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
    // The credits come right after the companies, where a reader of a film's credits looks.
    QList<int> order;
    for (int f = 0; f < fields.size(); ++f) {
        if (f == int(FilmField::Directors) || f == int(FilmField::Writers) ||
            f == int(FilmField::Cast))
            continue;
        order.append(f);
        if (f == int(FilmField::Companies))
            order << int(FilmField::Directors) << int(FilmField::Writers) << int(FilmField::Cast);
    }
    for (const int f : std::as_const(order)) {
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
    m_rowVersion = model->rowVersionAt(row);

    // Related films are a list of links, not a column: shown by title and year, completed
    // from the catalog, resolved back to films on save.
    m_related = new QLineEdit;
    Catalog *catalog = &model->catalog();
    new NameCompleter(
        [catalog](const QString &prefix) {
            return FilmRepository(*catalog).titlesStartingWith(prefix, 30);
        },
        m_related);
    if (const auto film = FilmRepository(*catalog).find(model->idAt(row))) {
        m_relatedIds = film->relatedFilmIds;
        QStringList names;
        for (const qint64 id : std::as_const(m_relatedIds)) {
            if (const auto other = FilmRepository(*catalog).find(id)) {
                const QString name =
                    other->year ? QStringLiteral("%1 (%2)").arg(other->title).arg(*other->year)
                                : other->title;
                names.append(name);
                // An entry left as it was keeps its film, even when another film has the same
                // title and year.
                m_relatedByName.insert(name, id);
            }
        }
        m_related->setText(names.join(QStringLiteral("; ")));
    }
    m_ui->fieldsLayout->addRow(tr("Related films:"), m_related);
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
    // Related films: each entry must name a film of the catalog.
    FilmRepository films(m_model->catalog());
    QList<qint64> related;
    for (const QString &entry : m_related->text().split(u';', Qt::SkipEmptyParts)) {
        if (entry.trimmed().isEmpty())
            continue;
        const auto [title, year] = FilmRepository::parseTitleYear(entry);
        const auto kept = m_relatedByName.constFind(entry.trimmed());
        const auto found = kept != m_relatedByName.cend() ? std::optional<qint64>(*kept)
                                                          : films.findByTitleYear(title, year);
        if (!found)
            refused.append(
                tr("Related films: there is no film \"%1\" in the catalog.").arg(entry.trimmed()));
        else if (*found != id)
            related.append(*found);
    }
    if (!refused.isEmpty()) {
        m_ui->errorLabel->setText(refused.join(u'\n'));
        return false;
    }
    // One undo step for the whole form; each field is saved as the table saves it.
    if (changes.isEmpty() && related == m_relatedIds)
        return true; // nothing to save, and no empty step on the undo stack
    m_undoStack->beginMacro(
        tr("Edit “%1”").arg(m_model->index(row, int(FilmField::Title)).data().toString()));
    // The first field expects the row as the form showed it; each next one the version the
    // previous field left. A change made elsewhere meanwhile stops the save there.
    qint64 version = m_rowVersion;
    for (const Change &change : std::as_const(changes)) {
        m_undoStack->push(
            new SetCellCommand(m_model, id, version, change.field, change.before, change.after));
        if (m_model->ownVersion(id) <= version)
            break; // refused (and reported): the rest of the form is not saved over it
        version = m_model->ownVersion(id);
    }
    if (related != m_relatedIds) {
        CatalogTableModel *model = m_model;
        m_undoStack->push(new RelatedFilmsCommand(
            m_model->catalog(), id, m_relatedIds, related,
            [model](qint64 film) {
                model->noteOwnVersion(film);
                model->refresh();
                emit model->catalogWritten();
            },
            [model](const QString &why) { emit model->editFailed(why); }));
    }
    m_undoStack->endMacro();
    m_ui->errorLabel->clear();
    return true;
}

} // namespace Marquee
