#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/db/sql.h"
#include "core/domain/fields.h"
#include "core/io/samplecatalog.h"
#include "duplicatesdialog.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marquee;

// The duplicates dialog: groups with evidence, values chosen with a click, the merge undone
// and done again from the undo stack.
class TestDuplicatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void choosesValuesMergesAndUndoes();
    void saysSoWhenThereAreNone();
    void eachMergeShowsTheNextGroup();
    void aLargeCatalogIsSearchedInTheBackground();
};

void TestDuplicatesDialog::choosesValuesMergesAndUndoes()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    FilmRepository films(*catalog);
    const qint64 keep = *films.findByTitleYear(QStringLiteral("Backstage"), 2005);
    Film dup;
    dup.title = QStringLiteral("Backstage");
    dup.year = 2005;
    dup.synopsis = QStringLiteral("Short.");
    dup.imdbId = QStringLiteral("tt0475289");
    const qint64 other = films.insert(dup);
    const qint64 reviews = ReviewRepository(*catalog).count();

    QUndoStack undo;
    QList<qint64> changed;
    auto dialog = std::make_unique<DuplicatesDialog>(
        *catalog, &undo, [&changed](qint64 id) { changed.append(id); }, [](const QString &) {});
    QCOMPARE(dialog->groupCount(), 1);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("fieldTable"));
    QCOMPARE(table->columnCount(), 3); // two films and the result
    const int synopsisRow = int(FilmField::Synopsis);
    QCOMPARE(table->item(synopsisRow, 1)->text(), QStringLiteral("Short."));
    QVERIFY(table->item(synopsisRow, 2)->text().startsWith(QStringLiteral("An adolescent")));
    // A click on the other film's synopsis keeps it.
    // The rows are the fields in order until the computed ones, after the synopsis.
    QCOMPARE(table->verticalHeaderItem(synopsisRow)->text(), QStringLiteral("Synopsis"));
    table->scrollTo(table->model()->index(synopsisRow, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(synopsisRow, 1)).center());
    QCOMPARE(dialog->preview().synopsis, QStringLiteral("Short."));
    QCOMPARE(table->item(synopsisRow, 2)->text(), QStringLiteral("Short."));
    QCOMPARE(dialog->preview().imdbId, QStringLiteral("tt0475289"));

    dialog->merge();
    QCOMPARE(changed, QList<qint64>{keep});
    QVERIFY(!films.exists(other));
    QCOMPARE(films.find(keep)->synopsis, QStringLiteral("Short."));
    QCOMPARE(dialog->groupCount(), 0);
    QCOMPARE(ReviewRepository(*catalog).count(), reviews);

    // The step outlives the dialog.
    dialog.reset();
    undo.undo();
    QCOMPARE(changed.size(), 2);
    QVERIFY(films.exists(other));
    QVERIFY(films.find(keep)->synopsis.startsWith(QStringLiteral("An adolescent")));
    QVERIFY(films.find(keep)->imdbId.isEmpty());
    undo.redo();
    QVERIFY(!films.exists(other));
    QCOMPARE(catalog->check(), QStringList());
}

void TestDuplicatesDialog::saysSoWhenThereAreNone()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    QUndoStack undo;
    DuplicatesDialog dialog(*catalog, &undo, {}, {});
    QCOMPARE(dialog.groupCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("evidenceLabel"))
                ->text()
                .startsWith(QStringLiteral("No likely duplicates")));
}

void TestDuplicatesDialog::eachMergeShowsTheNextGroup()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    FilmRepository films(*catalog);
    for (const auto &[title, year] : {std::pair{"Backstage", 2005}, std::pair{"Inside Out", 2015},
                                      std::pair{"Green Book", 2018}}) {
        Film dup;
        dup.title = QString::fromLatin1(title);
        dup.year = year;
        films.insert(dup);
    }
    QUndoStack undo;
    DuplicatesDialog dialog(*catalog, &undo, {}, {});
    QCOMPARE(dialog.groupCount(), 3);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("groupList"));
    auto *evidence = dialog.findChild<QLabel *>(QStringLiteral("evidenceLabel"));
    for (int left = 3; left > 0; --left) {
        const QString shown = list->currentItem()->text();
        QVERIFY2(evidence->text().contains(shown.toHtmlEscaped()), qPrintable(evidence->text()));
        dialog.merge();
        QCOMPARE(dialog.groupCount(), left - 1);
        QCOMPARE(list->count(), left - 1);
        if (left > 1) {
            QVERIFY(list->currentItem());
            QVERIFY(list->currentItem()->text() != shown);
            QVERIFY(evidence->text().contains(list->currentItem()->text().toHtmlEscaped()));
        }
    }
    QCOMPARE(films.count(), 16);
}

void TestDuplicatesDialog::aLargeCatalogIsSearchedInTheBackground()
{
    // 12,000 films more, two of them the same: the dialog opens at once and says that it is
    // looking, then shows what a search in the foreground finds.
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    TestUtil::addFilms(*catalog, 12000, QStringLiteral("title, title_key, year"),
                       QStringLiteral("'Film ' || (i % 11999), 'film ' || (i % 11999), 1990"));
    const QList<DuplicateGroup> expected = DuplicateFinder(*catalog).find();
    QCOMPARE(expected.size(), 1);
    QUndoStack undo;
    DuplicatesDialog dialog(*catalog, &undo, {}, {});
    QSignalSpy found(&dialog, &DuplicatesDialog::groupsFound);
    QVERIFY(dialog.isSearching());
    QCOMPARE(dialog.groupCount(), 0);
    auto *evidence = dialog.findChild<QLabel *>(QStringLiteral("evidenceLabel"));
    QVERIFY2(evidence->text().contains(QStringLiteral("Looking for")),
             qPrintable(evidence->text()));
    QVERIFY(found.wait(30000));
    QVERIFY(!dialog.isSearching());
    QCOMPARE(dialog.groupCount(), 1);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("groupList"));
    QCOMPARE(list->currentItem()->text(), expected.first().evidence);
    QVERIFY(evidence->text().contains(QStringLiteral("Film 1")));
    // A dialog closed before its search ends stops it: closing waits for the thread, which
    // ends soon, and nothing comes after.
    {
        auto closed = std::make_unique<DuplicatesDialog>(
            *catalog, &undo, std::function<void(qint64)>(), std::function<void(QString)>());
        QSignalSpy late(closed.get(), &DuplicatesDialog::groupsFound);
        QVERIFY(closed->isSearching());
        QElapsedTimer timer;
        timer.start();
        closed.reset();
        QVERIFY(timer.elapsed() < 5000);
        QTest::qWait(200);
        QCOMPARE(late.size(), 0);
    }
}

QTEST_MAIN(TestDuplicatesDialog)
#include "tst_duplicatesdialog.moc"
