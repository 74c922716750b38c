#include "catalogview.h"
#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/validation.h"
#include "core/io/samplecatalog.h"
#include "core/models/catalogtablemodel.h"
#include "core/models/savedsearchmodel.h"
#include "editcommands.h"
#include "filmdetailview.h"
#include "filmeditdialog.h"
#include "mainwindow.h"
#include "savedsearchpanel.h"
#include "testutil.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Marquee;

// The window as a person uses it, on the offscreen platform: real catalog files, real views,
// keys typed into real editors.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void titleNamesTheCatalog();
    void detailViewShowsTheSampleFilm();
    void detailViewShowsWhereToWatch();
    void editingACellSavesItAndUndoRestoresIt();
    void invalidValueIsRefusedAtTheCell();
    void undoDoesNotOverwriteAChangeMadeElsewhere();
    void closingTheWindowKeepsAnEditInProgress();
    void addDeleteAndUndo();
    void undoingTwoDeletedRelatedFilmsRestoresBoth();
    void companiesAndReviewsAreAddedAndDeletedWithUndo();
    void posterIsSetFromAFileAndUndone();
    void undoPutsRowsBackUnderTheirOwnIds();
    void readOnlyCatalogDisablesEditing();
    void editDialogSavesTheFormAsOneUndoStep();
    void editDialogRefusesAnInvalidValue();
    void editDialogChangesRelatedFilms();
    void companyPickerCompletesTheLastEntry();
    void countsSayShownOutOfTotal();
    void rowsAreOneLineHighInEveryView();
    void aNewViewSortsItsRowsOnce();
    void invalidSearchIsMarkedAndKeepsTheRows();
    void savedSearchIsKeptListedAndShown();
    void savedSearchIsEditedAndDeletedFromTheSideBar();

private:
    QAction *action(const QString &text) const;
    qint64 filmId(int year) const;
    void selectFilm(qint64 id);
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setApplicationName(QStringLiteral("marquee-test"));
    installTranslations(*QCoreApplication::instance());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("sample.db"));
    {
        auto catalog = Catalog::open(m_path);
        loadSampleCatalog(*catalog);
    }
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openCatalog(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QAction *TestMainWindow::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

qint64 TestMainWindow::filmId(int year) const
{
    return FilmRepository(*m_window->catalog())
        .findByTitleYear(QStringLiteral("Backstage"), year)
        .value_or(0);
}

void TestMainWindow::selectFilm(qint64 id)
{
    m_window->showSection(0);
    m_window->view(0)->selectId(id);
    QCOMPARE(m_window->view(0)->currentId(), id);
}

void TestMainWindow::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

void TestMainWindow::titleNamesTheCatalog()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("sample.db — Marquee"));
}

void TestMainWindow::detailViewShowsTheSampleFilm()
{
    selectFilm(filmId(2005));
    FilmDetailView *detail = m_window->detailView();
    QCOMPARE(detail->filmId(), filmId(2005));
    const auto text = [detail](const char *name) {
        auto *label = detail->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    };
    QCOMPARE(text("titleLabel"), QStringLiteral("Backstage (2005)"));
    QCOMPARE(text("runtimeLabel"), QStringLiteral("1 h 52 min"));
    QCOMPARE(text("countriesLabel"), QStringLiteral("France"));
    QVERIFY(text("companiesLabel").contains(QStringLiteral("Haut et Court")));
    QVERIFY(text("companiesLabel").contains(QStringLiteral("StudioCanal")));
    QVERIFY(text("tmdbValue").contains(QStringLiteral("5.2")));
    QVERIFY(text("tmdbValue").contains(QStringLiteral("26 votes")));
    QVERIFY2(text("criticsValue").contains(QStringLiteral("61.8")),
             qPrintable(text("criticsValue")));
    QVERIFY(text("criticsValue").contains(QStringLiteral("14 scored reviews")));
    QVERIFY(text("synopsisLabel").startsWith(QStringLiteral("An adolescent groupie")));
    QVERIFY(text("reviewsLabel").contains(QStringLiteral("All About Eve")));
    QVERIFY(text("relatedLabel").contains(QStringLiteral("Perfect Sense (2011)")));
}

void TestMainWindow::detailViewShowsWhereToWatch()
{
    selectFilm(filmId(2000));
    FilmDetailView *detail = m_window->detailView();
    const auto text = [detail](const char *name) {
        return detail->findChild<QLabel *>(QLatin1String(name))->text();
    };
    QVERIFY(text("providersLabel")
                .contains(QStringLiteral("Rent: Apple TV, Amazon, Google Play, Vudu")));
    QVERIFY(text("metascoreValue").contains(QStringLiteral("29")));
    QVERIFY(text("imdbValue").contains(QStringLiteral("5.7")));
    QCOMPARE(text("certificationLabel"), QStringLiteral("R"));
    QCOMPARE(text("languageLabel"), QStringLiteral("English"));
}

void TestMainWindow::editingACellSavesItAndUndoRestoresIt()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    QTableView *table = m_window->view(0)->table();
    const QModelIndex cell =
        table->model()->index(table->currentIndex().row(), int(FilmField::MyRating));
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = qobject_cast<QDoubleSpinBox *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->setValue(7.5);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits on the next turn of the event loop.
    QTRY_COMPARE(FilmRepository(*m_window->catalog()).find(id)->myRating, 7.5);
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QVERIFY(!FilmRepository(*m_window->catalog()).find(id)->myRating);
    m_window->undoStack()->redo();
    QCOMPARE(FilmRepository(*m_window->catalog()).find(id)->myRating, 7.5);
}

void TestMainWindow::invalidValueIsRefusedAtTheCell()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    QTableView *table = m_window->view(0)->table();
    const QModelIndex cell =
        table->model()->index(table->currentIndex().row(), int(FilmField::Countries));
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->setText(QStringLiteral("FR; Atlantis"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(table->indexWidget(cell), editor); // still in edit
    QVERIFY(editor->property("refused").toString().contains(QStringLiteral("Atlantis")));
    QCOMPARE(FilmRepository(*m_window->catalog()).find(id)->countries,
             QStringList{QStringLiteral("FR")});
    QCOMPARE(m_window->undoStack()->count(), 0);
    editor->setText(QStringLiteral("FR; BE"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(FilmRepository(*m_window->catalog()).find(id)->countries,
                 (QStringList{QStringLiteral("FR"), QStringLiteral("BE")}));
}

void TestMainWindow::undoDoesNotOverwriteAChangeMadeElsewhere()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    QTableView *table = m_window->view(0)->table();
    const QModelIndex cell =
        table->model()->index(table->currentIndex().row(), int(FilmField::Notes));
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(cell));
    QVERIFY(editor);
    editor->setText(QStringLiteral("mine"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(FilmRepository(*m_window->catalog()).find(id)->notes, QStringLiteral("mine"));
    {
        // Another window saves the same film.
        auto other = Catalog::open(m_path);
        FilmRepository films(*other);
        Film film = films.find(id).value();
        film.notes = QStringLiteral("theirs");
        films.update(film);
    }
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    m_window->undoStack()->undo();
    QVERIFY2(message.contains(QStringLiteral("changed elsewhere")), qPrintable(message));
    QCOMPARE(FilmRepository(*m_window->catalog()).find(id)->notes, QStringLiteral("theirs"));
}

void TestMainWindow::closingTheWindowKeepsAnEditInProgress()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    QTableView *table = m_window->view(0)->table();
    const QModelIndex cell =
        table->model()->index(table->currentIndex().row(), int(FilmField::Notes));
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(cell));
    QVERIFY(editor);
    editor->setText(QStringLiteral("typed, never confirmed"));
    m_window->close();
    QCoreApplication::processEvents();
    QCOMPARE(FilmRepository(*m_window->catalog()).find(id)->notes,
             QStringLiteral("typed, never confirmed"));
}

void TestMainWindow::addDeleteAndUndo()
{
    Catalog &catalog = *m_window->catalog();
    QAction *add = action(QStringLiteral("Add Film"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the title as it is
    QCOMPARE(FilmRepository(catalog).count(), 17);
    QVERIFY(FilmRepository(catalog).findByTitleYear(QStringLiteral("New film"), std::nullopt));

    const qint64 id = filmId(2005);
    selectFilm(id);
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    action(QStringLiteral("Delete Film…"))->trigger();
    QVERIFY2(question.contains(QStringLiteral("and its 20 reviews")), qPrintable(question));
    QCOMPARE(FilmRepository(catalog).count(), 16);
    QCOMPARE(ReviewRepository(catalog).count(), 0);

    m_window->undoStack()->undo(); // the delete
    const qint64 back = filmId(2005);
    QVERIFY(back != 0);
    QCOMPARE(ReviewRepository(catalog).forFilm(back).size(), 20);
    QCOMPARE(FilmRepository(catalog).find(back)->companies.size(), 3);
    QCOMPARE(FilmRepository(catalog).find(back)->relatedFilmIds.size(), 14);
    QCOMPARE(m_window->view(0)->currentId(), back);
    m_window->undoStack()->undo(); // the add
    QCOMPARE(FilmRepository(catalog).count(), 16);
    QCOMPARE(m_window->view(0)->model()->rowCount(), 16);
}

void TestMainWindow::undoingTwoDeletedRelatedFilmsRestoresBoth()
{
    Catalog &catalog = *m_window->catalog();
    FilmRepository films(catalog);
    const qint64 sense = *films.findByTitleYear(QStringLiteral("Perfect Sense"), 2011);
    // Backstage (2005) lists Perfect Sense first; delete the listed film, then the listing one.
    for (const qint64 id : {sense, filmId(2005)}) {
        selectFilm(id);
        answerNextMessageBox(QMessageBox::Yes);
        action(QStringLiteral("Delete Film…"))->trigger();
    }
    QCOMPARE(films.count(), 14);
    m_window->undoStack()->undo(); // Backstage comes back, without its missing related film
    m_window->undoStack()->undo(); // Perfect Sense comes back, and into Backstage's list
    QCOMPARE(films.count(), 16);
    const Film backstage = films.find(filmId(2005)).value();
    const qint64 senseAgain = *films.findByTitleYear(QStringLiteral("Perfect Sense"), 2011);
    QCOMPARE(backstage.relatedFilmIds.size(), 14);
    QCOMPARE(backstage.relatedFilmIds.first(), senseAgain);
    QCOMPARE(ReviewRepository(catalog).forFilm(backstage.id).size(), 20);
}

void TestMainWindow::companiesAndReviewsAreAddedAndDeletedWithUndo()
{
    Catalog &catalog = *m_window->catalog();
    CompanyRepository companies(catalog);
    ReviewRepository reviews(catalog);

    m_window->showSection(1);
    QAction *add = action(QStringLiteral("Add Company"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QTableView *companyTable = m_window->view(1)->table();
    QWidget *nameEditor = companyTable->indexWidget(companyTable->currentIndex());
    QVERIFY(nameEditor); // straight into naming it
    QTest::keyClick(nameEditor, Qt::Key_Escape);
    QCOMPARE(companies.count(), 4);
    QVERIFY(companies.findByName(QStringLiteral("New company")));

    // A company that films use is not deleted; the message says how many.
    m_window->view(1)->selectId(companies.findByName(QStringLiteral("StudioCanal"))->id);
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    action(QStringLiteral("Delete Company…"))->trigger();
    QVERIFY2(message.contains(QStringLiteral("used by 1 film")), qPrintable(message));
    QCOMPARE(companies.count(), 4);

    m_window->view(1)->selectId(companies.findByName(QStringLiteral("New company"))->id);
    answerNextMessageBox(QMessageBox::Yes);
    action(QStringLiteral("Delete Company…"))->trigger();
    QCOMPARE(companies.count(), 3);
    m_window->undoStack()->undo();
    QCOMPARE(companies.count(), 4);

    // A review goes to the film chosen in the Films view.
    selectFilm(filmId(2000));
    m_window->showSection(2);
    action(QStringLiteral("Add Review"))->trigger();
    QTableView *reviewTable = m_window->view(2)->table();
    QWidget *quoteEditor = reviewTable->indexWidget(reviewTable->currentIndex());
    QVERIFY(quoteEditor); // straight into writing the quote
    QTest::keyClick(quoteEditor, Qt::Key_Escape);
    QCOMPARE(reviews.forFilm(filmId(2000)).size(), 1);
    m_window->view(2)->selectId(reviews.forFilm(filmId(2000)).first().id);
    answerNextMessageBox(QMessageBox::Yes);
    action(QStringLiteral("Delete Review…"))->trigger();
    QCOMPARE(reviews.forFilm(filmId(2000)).size(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(reviews.forFilm(filmId(2000)).size(), 1);
    QCOMPARE(reviews.count(), 21);
}

void TestMainWindow::posterIsSetFromAFileAndUndone()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    QImage image(60, 90, QImage::Format_RGB32);
    image.fill(QColor(0x2b, 0x2d, 0x42));
    const QString png = m_dir->filePath(QStringLiteral("poster.png"));
    QVERIFY(image.save(png));
    QVERIFY(m_window->setPosterFromFile(png));
    QString mime;
    FilmRepository films(*m_window->catalog());
    QCOMPARE(films.poster(id, &mime), TestUtil::readFile(png)); // the file's bytes, untouched
    QCOMPARE(mime, QStringLiteral("image/png"));
    auto *poster = m_window->detailView()->findChild<QLabel *>(QStringLiteral("posterLabel"));
    QCOMPARE(poster->pixmap().toImage().pixelColor(30, 45), QColor(0x2b, 0x2d, 0x42));

    const QString junk = TestUtil::writeFile(*m_dir, QStringLiteral("notes.png"), "not an image");
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!m_window->setPosterFromFile(junk));
    QVERIFY(message.contains(QStringLiteral("not an image")));

    m_window->undoStack()->undo();
    QVERIFY(films.poster(id).isEmpty());
}

void TestMainWindow::undoPutsRowsBackUnderTheirOwnIds()
{
    Catalog &catalog = *m_window->catalog();
    FilmRepository films(catalog);
    CatalogTableModel *model = m_window->view(0)->model();
    const qint64 dune = *films.findByTitleYear(QStringLiteral("Dune: Part Two"), 2024);
    const qint64 green = *films.findByTitleYear(QStringLiteral("Green Book"), 2018);
    // Two edits of one film, as the table makes them.
    QVariant before;
    for (const char *note : {"first", "second"}) {
        selectFilm(dune);
        const int row = m_window->view(0)->table()->currentIndex().row();
        m_window->undoStack()->push(new SetCellCommand(model, dune, model->rowVersionAt(row),
                                                       int(FilmField::Notes), before,
                                                       QString::fromLatin1(note)));
        before = QString::fromLatin1(note);
    }
    QCOMPARE(films.find(dune)->notes, QStringLiteral("second"));
    for (const qint64 id : {dune, green}) {
        selectFilm(id);
        answerNextMessageBox(QMessageBox::Yes);
        action(QStringLiteral("Delete Film…"))->trigger();
    }
    QCOMPARE(films.count(), 14);
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(*films.findByTitleYear(QStringLiteral("Dune: Part Two"), 2024), dune);
    QCOMPARE(*films.findByTitleYear(QStringLiteral("Green Book"), 2018), green);
    // The edits made before the deletes still undo, on the right film, without a conflict.
    m_window->undoStack()->undo();
    QCOMPARE(films.find(dune)->notes, QStringLiteral("first"));
    m_window->undoStack()->undo();
    QVERIFY(films.find(dune)->notes.isEmpty());
    QVERIFY(films.find(green)->notes.isEmpty());

    // Adding after a duplicate goes to the film chosen, not to the copy.
    selectFilm(green);
    action(QStringLiteral("Duplicate Film"))->trigger();
    selectFilm(green);
    m_window->showSection(2);
    action(QStringLiteral("Add Review"))->trigger();
    QCOMPARE(ReviewRepository(catalog).forFilm(green).size(), 1);
}

void TestMainWindow::readOnlyCatalogDisablesEditing()
{
    m_window.reset();
    Catalog::Options options;
    options.readOnly = true;
    m_window = std::make_unique<MainWindow>();
    m_window->setCatalog(Catalog::open(m_path, options));
    m_window->show();
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[read-only]")));
    QLabel *banner = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("read-only")))
            banner = label;
    }
    QVERIFY(banner && banner->isVisible());
    QVERIFY(!action(QStringLiteral("Add Film"))->isEnabled());
    QVERIFY(!action(QStringLiteral("Delete Film…"))->isEnabled());
    QTableView *table = m_window->view(0)->table();
    table->edit(table->model()->index(0, 0));
    QVERIFY(!table->indexWidget(table->model()->index(0, 0)));
}

void TestMainWindow::editDialogSavesTheFormAsOneUndoStep()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    const int row = m_window->view(0)->table()->currentIndex().row();
    FilmEditDialog dialog(m_window->view(0)->model(), row, m_window->undoStack(), m_window.get());
    auto *runtime = qobject_cast<QSpinBox *>(dialog.editor(int(FilmField::RuntimeMinutes)));
    auto *notes = qobject_cast<QPlainTextEdit *>(dialog.editor(int(FilmField::Notes)));
    auto *title = qobject_cast<QLineEdit *>(dialog.editor(int(FilmField::Title)));
    QVERIFY(runtime && notes && title);
    QCOMPARE(runtime->value(), 112);
    QCOMPARE(title->text(), QStringLiteral("Backstage"));
    runtime->setValue(113);
    notes->setPlainText(QStringLiteral("Seen twice.\nSecond line."));
    QVERIFY(dialog.save());
    const Film saved = FilmRepository(*m_window->catalog()).find(id).value();
    QCOMPARE(saved.runtimeMinutes, 113);
    QCOMPARE(saved.notes, QStringLiteral("Seen twice.\nSecond line."));
    QCOMPARE(saved.tmdbVoteAverage, 5.173); // shown rounded, kept whole
    QCOMPARE(saved.tmdbPopularity, 2.3646);
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    const Film undone = FilmRepository(*m_window->catalog()).find(id).value();
    QCOMPARE(undone.runtimeMinutes, 112);
    QVERIFY(undone.notes.isEmpty());
}

void TestMainWindow::editDialogRefusesAnInvalidValue()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    const int row = m_window->view(0)->table()->currentIndex().row();
    FilmEditDialog dialog(m_window->view(0)->model(), row, m_window->undoStack(), m_window.get());
    qobject_cast<QLineEdit *>(dialog.editor(int(FilmField::Countries)))
        ->setText(QStringLiteral("Atlantis"));
    qobject_cast<QSpinBox *>(dialog.editor(int(FilmField::RuntimeMinutes)))->setValue(100);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))
                ->text()
                .contains(QStringLiteral("Atlantis")));
    const Film stored = FilmRepository(*m_window->catalog()).find(id).value();
    QCOMPARE(stored.countries, QStringList{QStringLiteral("FR")});
    QCOMPARE(stored.runtimeMinutes, 112); // nothing of the form was saved
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::editDialogChangesRelatedFilms()
{
    const qint64 id = filmId(2005);
    selectFilm(id);
    const int row = m_window->view(0)->table()->currentIndex().row();
    FilmRepository films(*m_window->catalog());
    {
        FilmEditDialog dialog(m_window->view(0)->model(), row, m_window->undoStack(),
                              m_window.get());
        QVERIFY(dialog.relatedEditor()->text().startsWith(
            QStringLiteral("Perfect Sense (2011); The Cider House Rules (1999)")));
        dialog.relatedEditor()->setText(QStringLiteral("Green Book (2018); Nowhere (1999)"));
        QVERIFY(!dialog.save());
        QCOMPARE(films.find(id)->relatedFilmIds.size(), 14);
        dialog.relatedEditor()->setText(QStringLiteral("green book (2018); Inside Out (2015)"));
        QVERIFY(dialog.save());
    }
    const QList<qint64> related = films.find(id)->relatedFilmIds;
    QCOMPARE(related, (QList<qint64>{*films.findByTitleYear(QStringLiteral("Green Book"), 2018),
                                     *films.findByTitleYear(QStringLiteral("Inside Out"), 2015)}));
    m_window->undoStack()->undo();
    QCOMPARE(films.find(id)->relatedFilmIds.size(), 14);
    {
        // A form saved without changes leaves no step to undo.
        FilmEditDialog dialog(m_window->view(0)->model(), row, m_window->undoStack(),
                              m_window.get());
        const int steps = m_window->undoStack()->count();
        QVERIFY(dialog.save());
        QCOMPARE(m_window->undoStack()->count(), steps);
        QCOMPARE(m_window->undoStack()->index(), steps - 1);
    }
}

void TestMainWindow::companyPickerCompletesTheLastEntry()
{
    selectFilm(filmId(2000));
    QTableView *table = m_window->view(0)->table();
    const QModelIndex cell =
        table->model()->index(table->currentIndex().row(), int(FilmField::Companies));
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line && line->completer());
    QTest::keyClicks(line, QStringLiteral("Haut et Court; stu"));
    QCompleter *completer = line->completer();
    QCOMPARE(completer->completionCount(), 1);
    completer->setCurrentRow(0);
    QCOMPARE(completer->pathFromIndex(completer->currentIndex()),
             QStringLiteral("Haut et Court; StudioCanal"));
}

void TestMainWindow::countsSayShownOutOfTotal()
{
    CatalogView *films = m_window->view(0);
    films->filterBox()->setText(QStringLiteral("backstage"));
    QTRY_COMPARE(films->model()->rowCount(), 2);
    QLabel *counts = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral(" of ")))
            counts = label;
    }
    QVERIFY(counts);
    QCOMPARE(counts->text(), QStringLiteral("2 of 16 films"));
    m_window->showSection(1);
    QCOMPARE(counts->text(), QStringLiteral("3 companies"));
    m_window->showSection(2);
    QCOMPARE(counts->text(), QStringLiteral("20 reviews"));
}

void TestMainWindow::rowsAreOneLineHighInEveryView()
{
    for (int section = 0; section < 3; ++section) {
        QTableView *table = m_window->view(section)->table();
        const int height = table->fontMetrics().height() + 8;
        QVERIFY(table->model()->rowCount() > 1);
        QVERIFY(table->verticalHeader()->isHidden());
        QCOMPARE(table->rowHeight(0), height);
        // A new order resets the rows: they keep their height.
        table->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(table->rowHeight(table->model()->rowCount() - 1), height);
    }
}

void TestMainWindow::aNewViewSortsItsRowsOnce()
{
    // Each sort reads the order again and finds the current row in it: a million rows' view
    // must not do that three times before it is shown.
    CatalogTableModel model(*m_window->catalog(), Table::Films);
    QSignalSpy sorted(&model, &QAbstractItemModel::layoutChanged);
    QUndoStack undo;
    CatalogView view(&model, &undo);
    QCOMPARE(sorted.size(), 1);
    QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), 0);
    QCOMPARE(view.table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    // A click on another column's header sorts once too.
    view.table()->horizontalHeader()->setSortIndicator(int(FilmField::Year), Qt::DescendingOrder);
    QCOMPARE(sorted.size(), 2);
    const int year = int(FilmField::Year);
    QVERIFY(model.rowCount() > 2);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.data(model.index(row - 1, year)).toInt() >=
                model.data(model.index(row, year)).toInt());

    // A list's header sorts by the list, entry by entry: here, the first genres go up.
    QHeaderView *header = view.table()->horizontalHeader();
    const int genres = int(FilmField::Genres);
    header->setSortIndicator(genres, Qt::AscendingOrder);
    QCOMPARE(sorted.size(), 3);
    QStringList firsts;
    for (int row = 0; row < model.rowCount(); ++row)
        firsts.append(foldedKey(
            model.data(model.index(row, genres)).toString().section(QStringLiteral("; "), 0, 0)));
    QVERIFY(std::is_sorted(firsts.begin(), firsts.end()));
    QVERIFY(firsts.first() != firsts.last());
    header->setSortIndicator(year, Qt::DescendingOrder);
    QCOMPARE(sorted.size(), 4);

    // A view opened again takes its saved order, sorting once.
    const QString key = QStringLiteral("views/films/header");
    const QVariant saved = QSettings().value(key);
    view.saveLayout();
    CatalogTableModel again(*m_window->catalog(), Table::Films);
    QSignalSpy sortedAgain(&again, &QAbstractItemModel::layoutChanged);
    CatalogView reopened(&again, &undo);
    if (saved.isValid())
        QSettings().setValue(key, saved);
    else
        QSettings().remove(key);
    QCOMPARE(sortedAgain.size(), 1);
    QCOMPARE(reopened.table()->horizontalHeader()->sortIndicatorSection(), year);
    QCOMPARE(reopened.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(again.idAt(row), model.idAt(row));
}

void TestMainWindow::invalidSearchIsMarkedAndKeepsTheRows()
{
    CatalogView *films = m_window->view(0);
    auto *error = films->findChild<QLabel *>(QStringLiteral("filterError"));
    QVERIFY(error);
    films->filterBox()->setText(QStringLiteral("backstage"));
    QTRY_COMPARE(films->model()->rowCount(), 2);
    QVERIFY(error->isHidden());

    films->filterBox()->setText(QStringLiteral("backstage year:>=2x"));
    QTRY_VERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("year: expects a whole number")),
             qPrintable(error->text()));
    // The part that goes wrong is marked in the query as typed.
    QVERIFY2(error->text().contains(QStringLiteral("backstage <span")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("year:&gt;=2x</span>")));
    QCOMPARE(films->model()->rowCount(), 2);
    QCOMPARE(films->model()->filter(), QStringLiteral("backstage"));

    films->filterBox()->setText(QStringLiteral("backstage year:>=2001"));
    QTRY_VERIFY(error->isHidden());
    QTRY_COMPARE(films->model()->rowCount(), 1);
}

void TestMainWindow::savedSearchIsKeptListedAndShown()
{
    // View ▸ Save Search on the reviews' current search, through its dialog.
    m_window->showSection(2);
    CatalogView *reviews = m_window->view(2);
    reviews->setFilterText(QStringLiteral("score:>=80"));
    QAction *save = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Save Search…"))
            save = a;
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SavedSearchDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QCOMPARE(query->text(), QStringLiteral("score:>=80"));
        // A query that does not parse is shown with its place, and OK is off.
        query->setText(QStringLiteral("score:>=8x"));
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY(error->text().startsWith(QStringLiteral("column 1: score: expects")));
        query->setText(QStringLiteral("score:>=80"));
        QVERIFY(!error->isVisibleTo(dialog));
        name->setText(QStringLiteral("Raves"));
        dialog->accept();
        checked = true;
    });
    save->trigger();
    QVERIFY(checked);

    auto *list = m_window->findChild<QListView *>(QStringLiteral("savedSearches"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Raves (1)"));

    // Chosen from the side bar, it shows its table filtered by it.
    m_window->showSection(0);
    reviews->setFilterText(QString());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    QCOMPARE(reviews->filterBox()->text(), QStringLiteral("score:>=80"));
    QCOMPARE(reviews->model()->rowCount(), 1);
    QVERIFY(reviews->isVisible());
}

void TestMainWindow::savedSearchIsEditedAndDeletedFromTheSideBar()
{
    auto *panel = m_window->findChild<SavedSearchPanel *>();
    auto *list = m_window->findChild<QListView *>(QStringLiteral("savedSearches"));
    QVERIFY(panel && list);
    const auto fillDialog = [this](const QString &name, const QString &query, bool *done) {
        QTimer::singleShot(0, this, [=] {
            auto *dialog = qobject_cast<SavedSearchDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
            dialog->findChild<QLineEdit *>(QStringLiteral("queryEdit"))->setText(query);
            dialog->accept();
            *done = true;
        });
    };
    bool done = false;
    fillDialog(QStringLiteral("Both"), QStringLiteral("backstage"), &done);
    panel->saveSearch(Table::Films, QStringLiteral("backstage"));
    QVERIFY(done);
    done = false;
    fillDialog(QStringLiteral("Recent"), QStringLiteral("year:>=2015"), &done);
    panel->saveSearch(Table::Films, QStringLiteral("year:>=2015"));
    QVERIFY(done);
    QCOMPARE(list->model()->rowCount(), 2);
    const auto rowNamed = [&](const QString &start) {
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->index(row, 0).data().toString().startsWith(start))
                return list->model()->index(row, 0);
        return QModelIndex();
    };
    QCOMPARE(rowNamed(QStringLiteral("Both")).data().toString(), QStringLiteral("Both (2)"));

    // Edited: its name, its query and its count change; the other stays as it was.
    done = false;
    fillDialog(QStringLiteral("The 2005 one"), QStringLiteral("backstage year:2005"), &done);
    panel->editSearch(rowNamed(QStringLiteral("Both")));
    QVERIFY(done);
    QVERIFY(!rowNamed(QStringLiteral("Both")).isValid());
    QCOMPARE(rowNamed(QStringLiteral("The 2005")).data().toString(),
             QStringLiteral("The 2005 one (1)"));
    QVERIFY(rowNamed(QStringLiteral("Recent")).isValid());
    QCOMPARE(rowNamed(QStringLiteral("The 2005")).data(SavedSearchModel::QueryRole).toString(),
             QStringLiteral("backstage year:2005"));

    // Deleted, once confirmed; kept when not.
    answerNextMessageBox(QMessageBox::No);
    panel->deleteSearch(rowNamed(QStringLiteral("Recent")));
    QCOMPARE(list->model()->rowCount(), 2);
    QString asked;
    answerNextMessageBox(QMessageBox::Yes, &asked);
    panel->deleteSearch(rowNamed(QStringLiteral("Recent")));
    QVERIFY2(asked.contains(QStringLiteral("\"Recent\"")), qPrintable(asked));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(rowNamed(QStringLiteral("The 2005")).isValid());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
