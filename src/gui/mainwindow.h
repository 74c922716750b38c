#pragma once

#include <QHash>
#include <QMainWindow>

#include "core/domain/fields.h"
#include "filmcommands.h"

#include <array>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace Marquee {

class Catalog;
class CatalogTableModel;
class CatalogView;
class FilmDetailView;
class FilmLifeCommand;
class SavedSearchModel;
class SavedSearchPanel;

// The main window: composes the three table views, the film detail view, the menus and the
// status bar around one open catalog.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a catalog, replacing the current one; a file that cannot be opened is explained in
    // a dialog and the current catalog stays. `create` allows a new file.
    bool openCatalog(const QString &path, bool create = false);
    void setCatalog(std::unique_ptr<Catalog> catalog);

    Catalog *catalog() const { return m_catalog.get(); }
    CatalogView *view(int section) const { return m_views[section]; }
    FilmDetailView *detailView() const { return m_detail; }
    QUndoStack *undoStack() const { return m_undo; }
    void showSection(int section);
    // Sets the current film's poster from an image file; false (with the reason shown) when
    // the file is not an image Marquee can read.
    bool setPosterFromFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void newCatalog();
    void chooseCatalog();
    void importCsv();
    void exportCsv();
    void addRow();
    void deleteRow();
    void addFilm();
    template <typename Repository>
    void addNamedRow(int section, const QString &name, int nameField);
    template <typename Repository>
    void deleteNamedRow(int section, const QString &title,
                        const std::function<QString(const QString &, int)> &inUse);
    void addCompany();
    void addReview();
    void deleteCompany();
    void addPerson();
    void findDuplicates();
    void deletePerson();
    void deleteReview();
    void showRow(int section, qint64 id);
    // Pushes the add or delete of a company or review, showing the row after each step.
    void pushRowCommand(int section, const QString &text, RowLifeCommand::Kind kind, qint64 id,
                        std::function<qint64(qint64)> create, std::function<void(qint64)> destroy);
    // Opens the editor on `field` of the row just added, if the add went through.
    void editNewRow(int section, int field);
    void filmPutBack(qint64 id);
    void duplicateFilm();
    void deleteFilm();
    void editFilm();
    void choosePoster();
    void removePoster();
    void reportFailure(const QString &why);
    void pushFilmCommand(FilmLifeCommand *command);
    void showFilm(qint64 id);
    void showCompany(const QString &name);
    void about();
    void refreshModels();
    void saveSearch();
    void showSavedSearch(Table table, const QString &query);

    std::unique_ptr<Catalog> m_catalog;
    QUndoStack *m_undo;
    QListWidget *m_sections;
    SavedSearchPanel *m_savedSearches;
    SavedSearchModel *m_savedSearchModel = nullptr;
    QStackedWidget *m_stack;
    QSplitter *m_filmSplitter = nullptr;
    FilmDetailView *m_detail = nullptr;
    QLabel *m_banner;
    QLabel *m_counts;
    QLabel *m_empty;
    std::array<CatalogTableModel *, 4> m_models{};
    std::array<CatalogView *, 4> m_views{};
    QMenu *m_recentMenu = nullptr;
    QAction *m_addAction = nullptr;
    qint64 m_added = 0; // the row the last add or undo put in, 0 when it failed
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findDuplicatesAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_posterAction = nullptr;
    QAction *m_removePosterAction = nullptr;
    QAction *m_detailAction = nullptr;
    QAction *m_saveSearchAction = nullptr;
};

} // namespace Marquee
