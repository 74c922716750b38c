#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QUndoStack;

namespace Marquee {

class CatalogTableModel;
class SearchQuery;

// One table of the catalog: a filter box above a sortable, editable table view whose columns
// (shown, order, widths) the user chooses from the header's context menu and which are kept.
class CatalogView : public QWidget
{
    Q_OBJECT

public:
    CatalogView(CatalogTableModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CatalogView() override;

    CatalogTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterBox() const { return m_filter; }
    // Puts a query in the filter box and applies it at once.
    void setFilterText(const QString &text);
    qint64 currentId() const;
    void selectId(qint64 id);
    void saveLayout() const;
    // One checkable action per column, to show or hide it (the header's menu, View ▸ Columns).
    void fillColumnsMenu(QMenu *menu);

signals:
    void currentIdChanged(qint64 id);

private:
    void restoreLayout();
    void applyFilter();
    void showSearchError(const SearchQuery &search);
    void showHeaderMenu(const QPoint &position);
    QString settingsKey() const;

    CatalogTableModel *m_model;
    QLineEdit *m_filter;
    QLabel *m_filterError;
    QTableView *m_table;
    QTimer *m_filterTimer;
};

} // namespace Marquee
