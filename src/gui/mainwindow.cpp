#include "mainwindow.h"

#include "catalogopener.h"
#include "catalogview.h"
#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/personrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/error.h"
#include "core/io/samplecatalog.h"
#include "core/models/catalogtablemodel.h"
#include "core/models/savedsearchmodel.h"
#include "core/search/searchquery.h"
#include "duplicatesdialog.h"
#include "exportdialog.h"
#include "filmcommands.h"
#include "filmdetailview.h"
#include "filmeditdialog.h"
#include "importdialog.h"
#include "savedsearchpanel.h"
#include "tabletitles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Marquee {

namespace {

constexpr int FilmsSection = 0;
constexpr int CompaniesSection = 1;
constexpr int ReviewsSection = 2;
constexpr int PeopleSection = 3;
constexpr int SectionCount = 4;
constexpr Table SectionTables[SectionCount] = {Table::Films, Table::Companies, Table::Reviews,
                                               Table::People};

// Inserts a company, person or review as new (id 0) or back under the id it had (undo of a
// delete).
template <typename Repository, typename Record>
qint64 putRow(Catalog &catalog, Record record, qint64 id)
{
    if (id == 0)
        return Repository(catalog).insert(record);
    record.id = id;
    Repository(catalog).restore(record);
    return id;
}

QString sectionName(int section, qint64 count)
{
    switch (section) {
    case FilmsSection:
        return QObject::tr("%Ln film(s)", nullptr, int(count));
    case CompaniesSection:
        return QObject::tr("%Ln company(ies)", nullptr, int(count));
    case PeopleSection:
        return QObject::tr("%Ln person(s)", nullptr, int(count));
    default:
        return QObject::tr("%Ln review(s)", nullptr, int(count));
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undo(new QUndoStack(this)), m_sections(new QListWidget),
      m_savedSearches(new SavedSearchPanel), m_stack(new QStackedWidget), m_banner(new QLabel),
      m_counts(new QLabel), m_empty(new QLabel)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/marquee.svg")));
    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 0);
    m_banner->setText(tr("This catalog is open read-only: it can be browsed and exported, not "
                         "changed."));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #5c4400; "
                                           "border: 1px solid #e6c84f; padding: 6px; }"));
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setSpacing(8);
    for (const Table table : SectionTables)
        m_sections->addItem(tableTitle(table));
    m_sections->setFixedWidth(m_sections->fontMetrics().averageCharWidth() * 24);
    m_sections->setIconSize(QSize(18, 18));
    for (int i = 0; i < SectionCount; ++i)
        m_sections->item(i)->setIcon(tableIcon(SectionTables[i]));
    // The side bar: the tables, then the saved searches.
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(10);
    m_sections->setFixedHeight(m_sections->sizeHintForRow(0) * SectionCount +
                               2 * m_sections->frameWidth() + 6);
    sideLayout->addWidget(m_sections);
    sideLayout->addWidget(m_savedSearches, 1);
    side->setFixedWidth(m_sections->width());
    body->addWidget(side);
    connect(m_savedSearches, &SavedSearchPanel::searchChosen, this, &MainWindow::showSavedSearch);
    m_empty->setText(tr("Open a catalog with File ▸ Open Catalog, or create one with File ▸ New "
                        "Catalog."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);
    body->addWidget(m_stack, 1);
    outer->addLayout(body);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_sections, &QListWidget::currentRowChanged, this, &MainWindow::showSection);

    createActions();
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views and models go before the catalog whose connection they use.
    m_undo->clear();
    for (CatalogView *view : m_views)
        delete view;
    for (CatalogTableModel *model : m_models)
        delete model;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Catalog…"), this, &MainWindow::newCatalog);
    file->addAction(tr("&Open Catalog…"), QKeySequence::Open, this, &MainWindow::chooseCatalog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import CSV…"), this, &MainWindow::importCsv);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = file->addAction(tr("&Export CSV…"), this, &MainWindow::exportCsv);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_addAction = edit->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Film"), this,
                                  &MainWindow::addRow);
    m_addAction->setShortcuts({QKeySequence::New, QKeySequence(Qt::Key_Insert)});
    m_editAction = edit->addAction(tr("&Edit Film…"), this, &MainWindow::editFilm);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_posterAction = edit->addAction(tr("Set &Poster…"), this, &MainWindow::choosePoster);
    m_removePosterAction = edit->addAction(tr("Remove Poster"), this, &MainWindow::removePoster);
    m_duplicateAction = edit->addAction(tr("D&uplicate Film"), this, &MainWindow::duplicateFilm);
    m_findDuplicatesAction =
        edit->addAction(tr("Find Likely Du&plicates…"), this, &MainWindow::findDuplicates);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = edit->addAction(QIcon(QStringLiteral(":/icons/delete.svg")),
                                     tr("&Delete Film…"), this, &MainWindow::deleteRow);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[SectionCount] = {tr("&Films"), tr("&Companies"), tr("&Reviews"),
                                         tr("&People")};
    for (int i = 0; i < SectionCount; ++i) {
        QAction *a = view->addAction(names[i], this, [this, i] { showSection(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    view->addSeparator();
    QMenu *columns = view->addMenu(tr("C&olumns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        const int section = std::max(0, m_sections->currentRow());
        if (m_views[section])
            m_views[section]->fillColumnsMenu(columns);
    });
    m_saveSearchAction = view->addAction(tr("&Save Search…"), this, &MainWindow::saveSearch);
    m_saveSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    view->addSeparator();
    m_detailAction = view->addAction(tr("Film &Details"));
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(QSettings().value(QStringLiteral("window/details"), true).toBool());
    connect(m_detailAction, &QAction::toggled, this, [this](bool on) {
        if (m_detail)
            m_detail->setVisible(on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Marquee"), this, &MainWindow::about);
}

bool MainWindow::openCatalog(const QString &path, bool create)
{
    try {
        Catalog::Options options;
        options.create = create;
        setCatalog(openCatalogShowingUpgrade(this, path, options));
        return true;
    } catch (const Error &e) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the catalog"), e.message(),
                        QMessageBox::Ok, this);
        box.setInformativeText(QDir::toNativeSeparators(path));
        box.exec();
        return false;
    }
}

void MainWindow::setCatalog(std::unique_ptr<Catalog> catalog)
{
    for (CatalogView *&view : m_views) {
        if (view)
            view->saveLayout();
    }
    m_undo->clear();
    if (m_filmSplitter) {
        QSettings().setValue(QStringLiteral("window/filmSplitter"), m_filmSplitter->saveState());
        delete m_filmSplitter; // holds the films view and the detail view
        m_filmSplitter = nullptr;
        m_detail = nullptr;
        m_views[FilmsSection] = nullptr;
    }
    for (int i = 0; i < SectionCount; ++i) {
        delete m_views[i];
        m_views[i] = nullptr;
        delete m_models[i];
        m_models[i] = nullptr;
    }
    m_savedSearches->setModel(nullptr);
    delete m_savedSearchModel;
    m_savedSearchModel = nullptr;
    m_catalog = std::move(catalog);
    if (!m_catalog) {
        updateTitle();
        updateActions();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    rememberRecent(m_catalog->path());

    for (int i = 0; i < SectionCount; ++i) {
        m_models[i] = new CatalogTableModel(*m_catalog, SectionTables[i], this);
        m_views[i] = new CatalogView(m_models[i], m_undo);
        connect(m_models[i], &CatalogTableModel::countsChanged, this, &MainWindow::updateStatus);
        connect(m_models[i], &CatalogTableModel::editFailed, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
            QMessageBox::warning(this, tr("The change was not saved"), message);
        });
        // Edits in one table show in the others (film titles in reviews, film counts ...).
        connect(m_models[i], &CatalogTableModel::catalogWritten, this, [this, i] {
            for (int j = 0; j < SectionCount; ++j) {
                if (j != i)
                    m_models[j]->refresh();
            }
            if (m_detail)
                m_detail->showFilm(m_views[FilmsSection]->currentId());
        });
    }
    m_savedSearchModel = new SavedSearchModel(*m_catalog, this);
    m_savedSearches->setModel(m_savedSearchModel);
    m_savedSearches->setReadOnly(m_catalog->isReadOnly());
    for (CatalogTableModel *model : m_models)
        connect(model, &CatalogTableModel::catalogWritten, m_savedSearchModel,
                &SavedSearchModel::refresh);
    m_detail = new FilmDetailView;
    m_detail->setCatalog(m_catalog.get());
    m_detail->setVisible(m_detailAction->isChecked());
    m_filmSplitter = new QSplitter(Qt::Horizontal);
    m_filmSplitter->addWidget(m_views[FilmsSection]);
    m_filmSplitter->addWidget(m_detail);
    m_filmSplitter->setStretchFactor(0, 3);
    m_filmSplitter->setStretchFactor(1, 2);
    if (!m_filmSplitter->restoreState(
            QSettings().value(QStringLiteral("window/filmSplitter")).toByteArray()))
        m_filmSplitter->setSizes({760, 480});
    m_stack->addWidget(m_filmSplitter);
    m_stack->addWidget(m_views[CompaniesSection]);
    m_stack->addWidget(m_views[ReviewsSection]);
    m_stack->addWidget(m_views[PeopleSection]);
    connect(m_views[FilmsSection], &CatalogView::currentIdChanged, m_detail,
            &FilmDetailView::showFilm);
    connect(m_detail, &FilmDetailView::filmLinkActivated, this, &MainWindow::showFilm);
    connect(m_detail, &FilmDetailView::companyLinkActivated, this, &MainWindow::showCompany);
    connect(m_detail, &FilmDetailView::personLinkActivated, this, [this](const QString &name) {
        // The person's films, in the films view.
        showSection(FilmsSection);
        m_views[FilmsSection]->setFilterText(SearchQuery::phrase(QStringLiteral("person"), name));
    });
    connect(m_detail, &FilmDetailView::editRequested, this, [this](qint64 id) {
        showFilm(id);
        editFilm();
    });
    for (CatalogView *view : m_views) {
        connect(view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MainWindow::updateActions);
        view->table()->addAction(m_deleteAction);
    }
    m_detail->showFilm(m_views[FilmsSection]->currentId());

    const int section = QSettings().value(QStringLiteral("window/section"), FilmsSection).toInt();
    m_sections->setCurrentRow(std::clamp(section, 0, SectionCount - 1));
    showSection(std::clamp(section, 0, SectionCount - 1));
    m_banner->setVisible(m_catalog->isReadOnly());
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::showSection(int section)
{
    if (section < 0 || section >= SectionCount)
        return;
    if (m_sections->currentRow() != section)
        m_sections->setCurrentRow(section);
    if (!m_catalog)
        return;
    m_stack->setCurrentWidget(section == FilmsSection ? static_cast<QWidget *>(m_filmSplitter)
                                                      : m_views[section]);
    m_views[section]->table()->setFocus();
    updateStatus();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_catalog) {
        setWindowTitle(tr("Marquee"));
        return;
    }
    QString title = QFileInfo(m_catalog->path()).fileName();
    if (m_catalog->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title + QStringLiteral(" — ") + tr("Marquee"));
    setWindowFilePath(m_catalog->path());
}

void MainWindow::updateStatus()
{
    const int section = m_sections->currentRow();
    if (!m_catalog || section < 0 || !m_models[section]) {
        m_counts->clear();
        return;
    }
    const CatalogTableModel *model = m_models[section];
    const qint64 shown = model->rowCount();
    const qint64 total = model->totalCount();
    if (model->isCounting()) {
        m_counts->setText(tr("Counting… of %1").arg(sectionName(section, total)));
        return;
    }
    m_counts->setText(
        shown == total
            ? sectionName(section, total)
            : tr("%1 of %2").arg(QLocale().toString(shown), sectionName(section, total)));
}

void MainWindow::updateActions()
{
    const bool films = m_catalog && m_sections->currentRow() == FilmsSection;
    const bool writable = m_catalog && !m_catalog->isReadOnly();
    const bool current = films && m_views[FilmsSection] && m_views[FilmsSection]->currentId() != 0;
    const int section = std::max(0, m_sections->currentRow());
    const bool anyCurrent = m_catalog && m_views[section] && m_views[section]->currentId() != 0;
    const QString addTexts[SectionCount] = {tr("&Add Film"), tr("&Add Company"), tr("&Add Review"),
                                            tr("&Add Person")};
    const QString deleteTexts[SectionCount] = {tr("&Delete Film…"), tr("&Delete Company…"),
                                               tr("&Delete Review…"), tr("&Delete Person…")};
    m_addAction->setText(addTexts[section]);
    m_deleteAction->setText(deleteTexts[section]);
    m_addAction->setEnabled(writable &&
                            (section != ReviewsSection ||
                             (m_views[FilmsSection] && m_views[FilmsSection]->currentId() != 0)));
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(m_catalog != nullptr);
    m_saveSearchAction->setEnabled(writable && m_views[section] &&
                                   !m_views[section]->model()->filter().isEmpty());
    m_duplicateAction->setEnabled(current && writable);
    m_findDuplicatesAction->setEnabled(writable);
    m_editAction->setEnabled(current && writable);
    m_posterAction->setEnabled(current && writable);
    bool poster = false;
    if (current && writable) {
        try {
            poster = FilmRepository(*m_catalog).hasPoster(m_views[FilmsSection]->currentId());
        } catch (const Error &) {
        }
    }
    m_removePosterAction->setEnabled(poster);
    m_deleteAction->setEnabled(anyCurrent && writable);
}

void MainWindow::refreshModels()
{
    for (CatalogTableModel *model : m_models) {
        if (model)
            model->refresh();
    }
    if (m_savedSearchModel)
        m_savedSearchModel->refresh();
    if (m_detail && m_views[FilmsSection])
        m_detail->showFilm(m_views[FilmsSection]->currentId());
}

void MainWindow::saveSearch()
{
    const int section = std::max(0, m_sections->currentRow());
    if (m_views[section])
        m_savedSearches->saveSearch(SectionTables[section], m_views[section]->model()->filter());
}

void MainWindow::showSavedSearch(Table table, const QString &query)
{
    for (int section = 0; section < SectionCount; ++section) {
        if (SectionTables[section] == table && m_views[section]) {
            showSection(section);
            m_views[section]->setFilterText(query);
        }
    }
}

void MainWindow::showFilm(qint64 id)
{
    if (!m_catalog)
        return;

    showSection(FilmsSection);
    if (id != 0)
        m_views[FilmsSection]->selectId(id);
    m_detail->showFilm(m_views[FilmsSection]->currentId());
}

void MainWindow::showCompany(const QString &name)
{
    showSection(CompaniesSection);
    CatalogView *view = m_views[CompaniesSection];
    view->setFilterText(SearchQuery::phrase(QStringLiteral("name"), name));
    if (m_models[CompaniesSection]->rowCount() > 0)
        view->table()->setCurrentIndex(m_models[CompaniesSection]->index(0, 0));
}

void MainWindow::addRow()
{
    switch (std::max(0, m_sections->currentRow())) {
    case FilmsSection:
        addFilm();
        break;
    case CompaniesSection:
        addCompany();
        break;
    case PeopleSection:
        addPerson();
        break;
    default:
        addReview();
    }
}

void MainWindow::deleteRow()
{
    switch (std::max(0, m_sections->currentRow())) {
    case FilmsSection:
        deleteFilm();
        break;
    case CompaniesSection:
        deleteCompany();
        break;
    case PeopleSection:
        deletePerson();
        break;
    default:
        deleteReview();
    }
}

void MainWindow::filmPutBack(qint64 id)
{
    m_added = id;
    refreshModels();
    if (id != 0)
        m_models[FilmsSection]->noteOwnVersion(id); // a film put back by undo is this window's own
    showFilm(id);
    updateActions();
}

void MainWindow::pushRowCommand(int section, const QString &text, RowLifeCommand::Kind kind,
                                qint64 id, std::function<qint64(qint64)> create,
                                std::function<void(qint64)> destroy)
{
    m_undo->push(new RowLifeCommand(
        text, kind, id, std::move(create), std::move(destroy),
        [this, section](qint64 row) { showRow(section, row); },
        [this](const QString &why) { reportFailure(why); }));
}

void MainWindow::editNewRow(int section, int field)
{
    // Only into the new row: a refused add leaves the current row as it was.
    QTableView *table = m_views[section]->table();
    if (m_added == 0 || m_views[section]->currentId() != m_added ||
        !table->currentIndex().isValid())
        return;
    const QModelIndex cell = m_models[section]->index(table->currentIndex().row(), field);
    table->setCurrentIndex(cell);
    table->edit(cell);
}

void MainWindow::showRow(int section, qint64 id)
{
    m_added = id;
    refreshModels();
    if (id != 0) {
        m_models[section]->noteOwnVersion(id); // a row put back by undo is this window's own
        m_views[section]->selectId(id);
    }
    updateActions();
}

// Companies and people: a new one gets a name of its own to type over; one still in films is
// not deleted, and the message says by how many.
template <typename Repository>
void MainWindow::addNamedRow(int section, const QString &name, int nameField)
{
    if (!m_catalog || m_catalog->isReadOnly())
        return;
    Repository rows(*m_catalog);
    typename decltype(rows.find(0))::value_type record;
    record.name = name;
    for (int n = 2; rows.findByName(record.name); ++n)
        record.name = QStringLiteral("%1 %2").arg(name).arg(n);
    Catalog *catalog = m_catalog.get();
    m_added = 0;
    pushRowCommand(
        section, tr("Add \"%1\"").arg(record.name), RowLifeCommand::Kind::Add, 0,
        [catalog, record](qint64 id) { return putRow<Repository>(*catalog, record, id); },
        [catalog](qint64 id) { Repository(*catalog).remove(id); });
    editNewRow(section, nameField);
}

template <typename Repository>
void MainWindow::deleteNamedRow(int section, const QString &title,
                                const std::function<QString(const QString &, int)> &inUse)
{
    const qint64 id = m_views[section] ? m_views[section]->currentId() : 0;
    if (!m_catalog || id == 0)
        return;
    Repository rows(*m_catalog);
    const auto record = rows.find(id);
    if (!record)
        return;
    if (const qint64 films = rows.filmCount(id); films > 0) {
        QMessageBox::information(this, title, inUse(record->name, int(films)));
        return;
    }
    if (QMessageBox::question(this, title, tr("Delete \"%1\"?").arg(record->name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    Catalog *catalog = m_catalog.get();
    const auto kept = *record;
    pushRowCommand(
        section, tr("Delete \"%1\"").arg(record->name), RowLifeCommand::Kind::Delete, id,
        [catalog, kept](qint64 row) { return putRow<Repository>(*catalog, kept, row); },
        [catalog](qint64 row) { Repository(*catalog).remove(row); });
}

void MainWindow::addCompany()
{
    addNamedRow<CompanyRepository>(CompaniesSection, tr("New company"), int(CompanyField::Name));
}

void MainWindow::deleteCompany()
{
    deleteNamedRow<CompanyRepository>(
        CompaniesSection, tr("Delete company"), [](const QString &name, int films) {
            return tr("\"%1\" is used by %n film(s); remove it from them first.", nullptr, films)
                .arg(name);
        });
}

void MainWindow::addPerson()
{
    addNamedRow<PersonRepository>(PeopleSection, tr("New person"), int(PersonField::Name));
}

void MainWindow::deletePerson()
{
    deleteNamedRow<PersonRepository>(
        PeopleSection, tr("Delete person"), [](const QString &name, int films) {
            return tr("\"%1\" is credited in %n film(s); remove the credits first.", nullptr, films)
                .arg(name);
        });
}

void MainWindow::addReview()
{
    const qint64 film = m_views[FilmsSection] ? m_views[FilmsSection]->currentId() : 0;
    if (!m_catalog || m_catalog->isReadOnly() || film == 0)
        return;
    Review review;
    review.filmId = film;
    review.date = QDate::currentDate();
    review.quote = tr("New review");
    Catalog *catalog = m_catalog.get();
    m_added = 0;
    pushRowCommand(
        ReviewsSection, tr("Add a review"), RowLifeCommand::Kind::Add, 0,
        [catalog, review](qint64 id) { return putRow<ReviewRepository>(*catalog, review, id); },
        [catalog](qint64 id) { ReviewRepository(*catalog).remove(id); });
    editNewRow(ReviewsSection, int(ReviewField::Quote));
}

void MainWindow::deleteReview()
{
    const qint64 id = m_views[ReviewsSection] ? m_views[ReviewsSection]->currentId() : 0;
    if (!m_catalog || id == 0)
        return;
    const auto review = ReviewRepository(*m_catalog).find(id);
    if (!review)
        return;
    const QString quote =
        review->quote.left(60) + (review->quote.size() > 60 ? QStringLiteral("…") : QString());
    if (QMessageBox::question(this, tr("Delete review"), tr("Delete the review \"%1\"?").arg(quote),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    Catalog *catalog = m_catalog.get();
    const Review kept = *review;
    pushRowCommand(
        ReviewsSection, tr("Delete a review"), RowLifeCommand::Kind::Delete, id,
        [catalog, kept](qint64 row) { return putRow<ReviewRepository>(*catalog, kept, row); },
        [catalog](qint64 row) { ReviewRepository(*catalog).remove(row); });
}

void MainWindow::addFilm()
{
    if (!m_catalog)
        return;
    Film film;
    film.title = tr("New film");
    m_added = 0;
    pushFilmCommand(new FilmLifeCommand(
        *m_catalog, FilmLifeCommand::Kind::Add, film, [this](qint64 id) { filmPutBack(id); },
        [this](const QString &why) { reportFailure(why); }));
    // Straight into editing the title.
    editNewRow(FilmsSection, int(FilmField::Title));
}

void MainWindow::pushFilmCommand(FilmLifeCommand *command)
{
    m_undo->push(command);
}

void MainWindow::reportFailure(const QString &why)
{
    statusBar()->showMessage(why, 8000);
    QMessageBox::warning(this, tr("The change was not made"), why);
}

void MainWindow::choosePoster()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Set Poster"), QDir::homePath(),
                                     tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
    if (!path.isEmpty())
        setPosterFromFile(path);
}

bool MainWindow::setPosterFromFile(const QString &path)
{
    const qint64 id = m_catalog && m_views[FilmsSection] ? m_views[FilmsSection]->currentId() : 0;
    if (id == 0 || m_catalog->isReadOnly())
        return false;
    QImageReader reader(path);
    const QByteArray format = QImageReader::imageFormat(path); // from the content, not the name
    const QImage image = reader.read();
    if (image.isNull()) {
        reportFailure(tr("%1 is not an image Marquee can read: %2")
                          .arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportFailure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    PosterCommand::Image before;
    before.bytes = FilmRepository(*m_catalog).poster(id, &before.mimeType);
    // The file as it is: no re-encoding, so nothing of the image is lost.
    PosterCommand::Image after{file.readAll(),
                               QStringLiteral("image/") + QString::fromLatin1(format)};
    m_undo->push(new PosterCommand(
        *m_catalog, id, before, after, [this](qint64 film) { showFilm(film); },
        [this](const QString &why) { reportFailure(why); }));
    return true;
}

void MainWindow::removePoster()
{
    const qint64 id = m_catalog && m_views[FilmsSection] ? m_views[FilmsSection]->currentId() : 0;
    if (id == 0 || m_catalog->isReadOnly())
        return;
    PosterCommand::Image before;
    before.bytes = FilmRepository(*m_catalog).poster(id, &before.mimeType);
    if (before.bytes.isEmpty())
        return;
    m_undo->push(new PosterCommand(
        *m_catalog, id, before, {}, [this](qint64 film) { showFilm(film); },
        [this](const QString &why) { reportFailure(why); }));
}

void MainWindow::editFilm()
{
    if (!m_catalog || m_catalog->isReadOnly() || !m_views[FilmsSection])
        return;
    const QModelIndex current = m_views[FilmsSection]->table()->currentIndex();
    if (!current.isValid())
        return;
    FilmEditDialog dialog(m_models[FilmsSection], current.row(), m_undo, this);
    dialog.exec();
}

void MainWindow::findDuplicates()
{
    if (!m_catalog || m_catalog->isReadOnly())
        return;
    DuplicatesDialog dialog(
        *m_catalog, m_undo, [this](qint64 id) { filmPutBack(id); },
        [this](const QString &why) { reportFailure(why); }, this);
    dialog.exec();
}

void MainWindow::duplicateFilm()
{
    const qint64 id = m_catalog && m_views[FilmsSection] ? m_views[FilmsSection]->currentId() : 0;
    if (id == 0)
        return;
    auto film = FilmRepository(*m_catalog).find(id);
    if (!film)
        return;
    film->title = tr("%1 (copy)").arg(film->title);
    film->imdbId.clear(); // an IMDb id names one film
    pushFilmCommand(new FilmLifeCommand(
        *m_catalog, FilmLifeCommand::Kind::Add, *film, [this](qint64 shown) { filmPutBack(shown); },
        [this](const QString &why) { reportFailure(why); }));
}

void MainWindow::deleteFilm()
{
    const qint64 id = m_catalog && m_views[FilmsSection] ? m_views[FilmsSection]->currentId() : 0;
    if (id == 0)
        return;
    try {
        FilmRepository films(*m_catalog);
        const auto film = films.find(id);
        if (!film)
            return;
        const qint64 reviews = films.reviewCount(id);
        const QString name =
            film->year ? QStringLiteral("%1 (%2)").arg(film->title).arg(*film->year) : film->title;
        const QString what =
            reviews > 0 ? tr("Delete \"%1\" and its %n review(s)?", nullptr, int(reviews)).arg(name)
                        : tr("Delete \"%1\"?").arg(name);
        if (QMessageBox::question(this, tr("Delete film"), what,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        const int row = m_views[FilmsSection]->table()->currentIndex().row();
        const auto shown = [this, row](qint64 id) {
            refreshModels();
            if (id != 0) {
                filmPutBack(id);
            } else if (m_models[FilmsSection]->rowCount() > 0) {
                const int next = std::min(row, m_models[FilmsSection]->rowCount() - 1);
                m_views[FilmsSection]->table()->setCurrentIndex(
                    m_models[FilmsSection]->index(next, 0));
            }
        };
        pushFilmCommand(FilmLifeCommand::deleting(
            *m_catalog, id, shown, [this](const QString &why) { reportFailure(why); }));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Delete film"), e.message());
    }
}

void MainWindow::importCsv()
{
    if (!m_catalog || m_catalog->isReadOnly())
        return;
    auto *dialog = new ImportDialog(m_catalog->path(),
                                    SectionTables[std::max(0, m_sections->currentRow())], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::catalogChanged, this, [this] {
        // Rows came in through another connection: what the undo stack knows is out of date.
        m_undo->clear();
        refreshModels();
    });
    dialog->open();
}

void MainWindow::exportCsv()
{
    if (!m_catalog)
        return;
    const int section = std::max(0, m_sections->currentRow());
    ExportDialog::Scope scope;
    scope.filter = m_models[section]->filter();
    for (const QModelIndex &row : m_views[section]->table()->selectionModel()->selectedRows())
        scope.selection.append(m_models[section]->idAt(row.row()));
    if (scope.selection.size() <= 1)
        scope.selection.clear(); // one selected row is just the current one
    auto *dialog = new ExportDialog(m_catalog->path(), SectionTables[section], scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFile(
        QDir::home().filePath(tableName(SectionTables[section]) + QStringLiteral(".csv")));
    dialog->open();
}

void MainWindow::newCatalog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Catalog"), QDir::homePath() + QStringLiteral("/films.db"),
        tr("Marquee catalogs (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Catalog"),
                             tr("%1 already exists; choose a new name, or open it with File ▸ Open "
                                "Catalog.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openCatalog(path, true);
}

void MainWindow::chooseCatalog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Catalog"),
        m_catalog ? QFileInfo(m_catalog->path()).absolutePath() : QDir::homePath(),
        tr("Marquee catalogs (*.db);;All files (*)"));
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentCatalogs")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentCatalogs"), recent.mid(0, 8));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentCatalogs")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                             [this, path] { openCatalog(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent catalogs"))->setEnabled(false);
}

void MainWindow::about()
{
    QString text = tr("<h3>Marquee %1</h3><p>A film catalog manager.</p><p>Qt %2</p>")
                       .arg(QStringLiteral(MARQUEE_VERSION), QString::fromLatin1(qVersion()));
    if (m_catalog) {
        text += tr("<p>Catalog: %1<br/>Schema version: %2</p>")
                    .arg(QDir::toNativeSeparators(m_catalog->path()).toHtmlEscaped())
                    .arg(m_catalog->schemaVersion());
    }
    QMessageBox::about(this, tr("About Marquee"), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/section"), std::max(0, m_sections->currentRow()));
    settings.setValue(QStringLiteral("window/details"), m_detailAction->isChecked());
    if (m_filmSplitter)
        settings.setValue(QStringLiteral("window/filmSplitter"), m_filmSplitter->saveState());
    for (CatalogView *view : m_views) {
        if (view)
            view->saveLayout();
    }
    // An editor still open holds a value not yet saved: losing focus commits it.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    event->accept();
}

} // namespace Marquee
