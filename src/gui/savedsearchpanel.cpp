#include "savedsearchpanel.h"

#include "core/models/savedsearchmodel.h"
#include "core/search/searchquery.h"
#include "tabletitles.h"
#include "ui_savedsearchdialog.h"

#include <QIcon>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

SavedSearchDialog::SavedSearchDialog(const SavedSearch &search, Saver saver, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SavedSearchDialog>()), m_id(search.id),
      m_table(search.table), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    setWindowTitle(search.id ? tr("Edit Saved Search") : tr("Save Search"));
    m_ui->nameEdit->setText(search.name);
    m_ui->tableLabel->setText(tableTitle(search.table));
    m_ui->queryEdit->setText(search.query);
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SavedSearchDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SavedSearchDialog::reject);
    // Where the query goes wrong shows while it is typed.
    connect(m_ui->queryEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const SearchQuery query = SearchQuery::parse(m_table, text);
        m_ui->errorLabel->setText(query.errorText());
        m_ui->errorLabel->setVisible(!query.isValid());
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(query.isValid());
    });
    m_ui->nameEdit->selectAll();
}

SavedSearchDialog::~SavedSearchDialog() = default;

void SavedSearchDialog::accept()
{
    const QString error = m_saver({m_id, m_ui->nameEdit->text(), m_table, m_ui->queryEdit->text()});
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

namespace {

// The saved searches with the icon of the table each searches (the model lives in the core,
// which has no icons).
class TableIconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        return tableIcon(Table(index.data(SavedSearchModel::TableRole).toInt()));
    }
};

} // namespace

SavedSearchPanel::SavedSearchPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListView(this)), m_proxy(new TableIconProxy(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Saved searches"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    m_list->setObjectName(QStringLiteral("savedSearches"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_proxy);
    // Long names lose their middle, so that the count stays in sight.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setIconSize(QSize(16, 16));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setToolTip(tr("Save a search with View ▸ Save Search…"));
    connect(m_list, &QListView::customContextMenuRequested, this, &SavedSearchPanel::showMenu);
    // A click, or Return on the current item.
    const auto choose = [this](const QModelIndex &index) {
        emit searchChosen(Table(index.data(SavedSearchModel::TableRole).toInt()),
                          index.data(SavedSearchModel::QueryRole).toString());
    };
    connect(m_list, &QListView::clicked, this, choose);
    connect(m_list, &QListView::activated, this, choose);
}

void SavedSearchPanel::setModel(SavedSearchModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
}

void SavedSearchPanel::saveSearch(Table table, const QString &query)
{
    if (!m_model || m_readOnly)
        return;
    SavedSearchDialog dialog(
        {0, query.simplified().left(40), table, query},
        [this](const SavedSearch &s) { return m_model->add(s); }, this);
    dialog.exec();
}

void SavedSearchPanel::editSearch(const QModelIndex &index)
{
    if (!m_model || m_readOnly || !index.isValid())
        return;
    SavedSearchDialog dialog(
        m_model->searchAt(index.row()), [this](const SavedSearch &s) { return m_model->change(s); },
        this);
    dialog.exec();
}

void SavedSearchPanel::deleteSearch(const QModelIndex &index)
{
    if (!m_model || m_readOnly || !index.isValid())
        return;
    const SavedSearch search = m_model->searchAt(m_proxy->mapToSource(index).row());
    if (QMessageBox::question(this, tr("Delete Saved Search"),
                              tr("Delete the saved search \"%1\"? The rows it finds stay in "
                                 "the catalog.")
                                  .arg(search.name)) != QMessageBox::Yes)
        return;
    const QString error = m_model->remove(search.id);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Delete Saved Search"), error);
}

void SavedSearchPanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid() || m_readOnly)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, [this, index] { editSearch(index); });
    menu.addAction(tr("&Delete…"), this, [this, index] { deleteSearch(index); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace Marquee
