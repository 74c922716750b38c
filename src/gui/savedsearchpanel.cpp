#include "savedsearchpanel.h"

#include "core/models/savedsearchmodel.h"
#include "core/search/searchquery.h"
#include "tabletitles.h"
#include "ui_savedsearchdialog.h"

#include <QApplication>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
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

// A saved search as its name, cut short at its end when the list is narrow, and its count
// right-aligned and always whole ("Harbours since 2…  40,852").
class CountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear(); // the background, icon and focus as usual; the texts below
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, opt.widget) + 2;
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(0, 0, -margin, 0);
        const qint64 count = index.data(SavedSearchModel::CountRole).toLongLong();
        const QString counted = count < 0 ? QString() : QLocale().toString(count);
        const int countWidth = counted.isEmpty() ? 0
                                                 : opt.fontMetrics.horizontalAdvance(counted) +
                                                       opt.fontMetrics.horizontalAdvance(u' ') * 2;
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
        painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, counted);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QString name = index.data(Qt::EditRole).toString();
        painter->drawText(text.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(name, Qt::ElideRight,
                                                     std::max(0, text.width() - countWidth)));
        painter->restore();
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
    m_list->setItemDelegate(new CountDelegate(m_list));
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
        m_model->searchAt(m_proxy->mapToSource(index).row()),
        [this](const SavedSearch &s) { return m_model->change(s); }, this);
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
