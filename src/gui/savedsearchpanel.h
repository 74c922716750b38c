#pragma once

#include "core/domain/fields.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractProxyModel;
class QListView;
class QModelIndex;

namespace Ui {
class SavedSearchDialog;
}

namespace Marquee {

class SavedSearchModel;
struct SavedSearch;

// Names a search and checks it before it is kept: the query must parse for its table and the
// saver (the model) must take it; otherwise the dialog stays open and says why.
class SavedSearchDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<QString(const SavedSearch &)>;
    SavedSearchDialog(const SavedSearch &search, Saver saver, QWidget *parent = nullptr);
    ~SavedSearchDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SavedSearchDialog> m_ui;
    qint64 m_id;
    Table m_table;
    Saver m_saver;
};

// The saved searches in the side bar, each with the rows it finds. Choosing one shows its
// table filtered by it; the context menu edits and deletes them.
class SavedSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SavedSearchPanel(QWidget *parent = nullptr);

    // The catalog's saved searches, or none (no catalog open). Not owned.
    void setModel(SavedSearchModel *model);
    QListView *list() const { return m_list; }
    // Asks for a name and keeps `query` of `table` under it.
    void saveSearch(Table table, const QString &query);
    void editSearch(const QModelIndex &index);
    void deleteSearch(const QModelIndex &index);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    void searchChosen(Marquee::Table table, const QString &query);

private:
    void showMenu(const QPoint &position);

    QListView *m_list;
    QAbstractProxyModel *m_proxy;
    SavedSearchModel *m_model = nullptr;
    bool m_readOnly = false;
};

} // namespace Marquee
