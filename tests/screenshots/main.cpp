// Renders Marquee on the sample catalog: the main window with the detail view of Backstage
// (2005), the companies view, and the import and export dialogs, each to a PNG file.

#include "../testutil.h"
#include "catalogview.h"
#include "core/db/catalog.h"
#include "core/db/deferredindexes.h"
#include "core/db/filmrepository.h"
#include "core/db/savedsearchrepository.h"
#include "core/io/csvexporter.h"
#include "core/io/htmlcatalog.h"
#include "core/io/marqueejson.h"
#include "core/io/samplecatalog.h"
#include "core/models/catalogtablemodel.h"
#include "duplicatesdialog.h"
#include "exportdialog.h"
#include "filmdetailview.h"
#include "filmeditdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "savedsearchpanel.h"
#include "translations.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

using namespace Marquee;

namespace {

// Grabs the widget as it is now, when it shows what it should (`ready`), and says so.
bool grabNow(QWidget *widget, const QString &path, bool ready = true)
{
    const bool ok = ready && widget->grab().save(path);
    fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(400); // let layouts and deferred paints settle
    return grabNow(widget, path);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("marquee-screenshots"));
    installTranslations(app);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);
    QTemporaryDir work;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.path());

    const QString path = work.filePath(QStringLiteral("sample.db"));
    qint64 backstage = 0;
    {
        auto catalog = Catalog::open(path);
        loadSampleCatalog(*catalog);
        backstage = *FilmRepository(*catalog).findByTitleYear(QStringLiteral("Backstage"), 2005);
        ExportOptions options;
        CsvExporter(*catalog, options).exportFile(work.filePath(QStringLiteral("films.csv")));
        SavedSearchRepository searches(*catalog);
        searches.insert({0, QStringLiteral("This century"), Table::Films,
                         QStringLiteral("year:>=2000 -type:documentary")});
        searches.insert({0, QStringLiteral("Rated by critics"), Table::Films,
                         QStringLiteral("critics:>=60 OR metascore:>=60")});
        searches.insert({0, QStringLiteral("Raves"), Table::Reviews, QStringLiteral("score:>=80")});
    }
    // An import file with one bad row, for the dialog's report.
    QFile csv(work.filePath(QStringLiteral("festival.csv")));
    csv.open(QIODevice::WriteOnly);
    csv.write("Name;Release Year;Runtime (mins);Country;Shoe size\n"
              "Cléo from 5 to 7;1962;90;France;41\n"
              "Wings of Desire;1987;128;Germany;42\n"
              "Broken Row;19x7;95;Italy;43\n"
              "Tokyo Story;1953;136;Japan;44\n");
    csv.close();

    int failures = 0;
    MainWindow window;
    window.resize(1360, 820);
    window.openCatalog(path);
    window.show();
    window.view(0)->selectId(backstage);
    failures += !save(&window, outDir + QStringLiteral("/main-window.png"));
    failures += !save(window.detailView(), outDir + QStringLiteral("/detail-backstage-2005.png"));

    FilmEditDialog edit(window.view(0)->model(), window.view(0)->table()->currentIndex().row(),
                        window.undoStack(), &window);
    edit.show();
    failures += !save(&edit, outDir + QStringLiteral("/edit-film.png"));
    edit.hide();

    // A search, then the same search going wrong while it is typed.
    window.view(0)->setFilterText(QStringLiteral("year:>=2000 -type:documentary"));
    failures += !save(&window, outDir + QStringLiteral("/search.png"));
    window.view(0)->setFilterText(QStringLiteral("year:>=2000 -type:documentry"));
    failures += !save(window.view(0), outDir + QStringLiteral("/search-error.png"));
    window.view(0)->setFilterText(QString());
    // Sorted by a list, going down: the films with countries first.
    QHeaderView *header = window.view(0)->table()->horizontalHeader();
    header->setSortIndicator(int(FilmField::Countries), Qt::DescendingOrder);
    failures += !save(&window, outDir + QStringLiteral("/sorted-by-list.png"));
    header->setSortIndicator(int(FilmField::Title), Qt::AscendingOrder);
    SavedSearchDialog saveDialog(
        {0, QStringLiteral("Long French films"), Table::Films,
         QStringLiteral("country:FR runtime:>=120")},
        [](const SavedSearch &) { return QString(); }, &window);
    saveDialog.show();
    failures += !save(&saveDialog, outDir + QStringLiteral("/save-search.png"));
    saveDialog.hide();

    window.showSection(1);
    failures += !save(&window, outDir + QStringLiteral("/companies.png"));
    window.showSection(2);
    failures += !save(&window, outDir + QStringLiteral("/reviews.png"));
    window.showSection(3);
    failures += !save(&window, outDir + QStringLiteral("/people.png"));
    window.showSection(0);

    ImportDialog import(path, Table::Films, &window);
    import.setFile(csv.fileName());
    import.show();
    failures += !save(&import, outDir + QStringLiteral("/import-dialog.png"));
    import.start();
    while (import.isRunning())
        QTest::qWait(50);
    failures += !save(&import, outDir + QStringLiteral("/import-report.png"));
    import.hide();

    ExportDialog::Scope scope;
    scope.filter = QStringLiteral("title:the");
    ExportDialog exporter(path, Table::Films, scope, &window);
    exporter.setFile(QDir::home().filePath(QStringLiteral("films.csv")));
    exporter.setColumns({QStringLiteral("title"), QStringLiteral("year"),
                         QStringLiteral("companies"), QStringLiteral("tmdb_vote_average"),
                         QStringLiteral("critics_score")});
    exporter.show();
    failures += !save(&exporter, outDir + QStringLiteral("/export-dialog.png"));
    exporter.setFormat(QStringLiteral("json"));
    exporter.resize(exporter.width(), exporter.sizeHint().height());
    failures += !save(&exporter, outDir + QStringLiteral("/export-json.png"));
    exporter.hide();

    // A Marquee JSON file of the catalog, as the import dialog previews it.
    const QString json =
        QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("catalog.json"));
    {
        auto catalog = Catalog::open(path);
        MarqueeJsonExporter(*catalog, {}).exportFile(json);
    }
    ImportDialog importJson(path, Table::Films, &window);
    importJson.setFile(json);
    importJson.show();
    failures += !save(&importJson, outDir + QStringLiteral("/import-json.png"));
    importJson.hide();

    // Likely duplicates: the sample's Backstage (2005) and the same film from a TMDB file.
    {
        auto catalog = Catalog::open(path);
        Film dup;
        dup.title = QStringLiteral("Backstage");
        dup.year = 2005;
        dup.runtimeMinutes = 115;
        dup.imdbId = QStringLiteral("tt0475289");
        dup.synopsis = QStringLiteral("A teenage fan moves into the life of the pop star she "
                                      "idolizes.");
        dup.credits = {{CreditRole::Writer, QStringLiteral("Jérôme Tonnerre"), {}}};
        FilmRepository(*catalog).insert(dup);
        // The printable catalog as the PDF lays it out: its first page drawn into an image.
        QImage poster(300, 450, QImage::Format_RGB32);
        poster.fill(QColor(0x1d, 0x2b, 0x3a));
        {
            QPainter painter(&poster);
            painter.setPen(QColor(0xf0, 0xc0, 0x40));
            QFont font = painter.font();
            font.setPixelSize(46);
            font.setBold(true);
            painter.setFont(font);
            painter.drawText(poster.rect(), Qt::AlignCenter, QStringLiteral("BACKSTAGE"));
        }
        QByteArray png;
        QBuffer pngBuffer(&png);
        pngBuffer.open(QIODevice::WriteOnly);
        poster.save(&pngBuffer, "PNG");
        FilmRepository films(*catalog);
        films.setPoster(*films.findByTitleYear(QStringLiteral("Backstage"), 2005), png,
                        QStringLiteral("image/png"));
        for (const bool compact : {false, true}) {
            ExportOptions options;
            options.compact = compact;
            options.filter = compact ? QString() : QStringLiteral("director:bercot");
            QBuffer pdf;
            pdf.open(QIODevice::WriteOnly);
            QTextDocument document;
            HtmlCatalog html(*catalog, options,
                             [&document](qint64 id, const QByteArray &bytes, const QString &) {
                                 const QUrl url(QStringLiteral("poster:%1").arg(id));
                                 document.addResource(QTextDocument::ImageResource, url,
                                                      QImage::fromData(bytes).scaledToWidth(180));
                                 return url.toString();
                             });
            QString text;
            html.write([&text](const QString &part) { text += part; });
            document.setHtml(text);
            document.setTextWidth(760);
            QImage page(800, 900, QImage::Format_RGB32);
            page.fill(Qt::white);
            QPainter painter(&page);
            painter.translate(20, 20);
            document.drawContents(&painter, QRectF(0, 0, 760, 860));
            painter.end();
            const QString name = compact ? QStringLiteral("/printable-list.png")
                                         : QStringLiteral("/printable-page.png");
            failures += !page.save(outDir + name);
            qInfo("wrote %s", qPrintable(outDir + name));
        }
        DuplicatesDialog duplicates(*catalog, nullptr, {}, {}, &window);
        duplicates.resize(1100, 640);
        duplicates.show();
        failures += !save(&duplicates, outDir + QStringLiteral("/duplicates.png"));
    }

    // A search whose count comes from the background: its first page, the status bar saying
    // so, drawn before the count arrives.
    const QString largePath = work.filePath(QStringLiteral("large.db"));
    {
        auto large = Catalog::open(largePath);
        Transaction transaction(*large, Transaction::Indexing::Deferred);
        FilmRepository films(*large);
        for (int i = 1; i <= 2000; ++i) {
            Film film;
            film.title = QStringLiteral("Harbour Lights %1").arg(i);
            film.year = 1950 + i % 70;
            film.synopsis = QStringLiteral("A night in the harbour, part %1.").arg(i);
            films.insert(film);
        }
        transaction.commit();
    }
    window.openCatalog(largePath);
    window.showSection(0);
    QTest::qWait(400);
    window.view(0)->model()->setCountBudget(0);
    window.view(0)->setFilterText(QStringLiteral("harbour year:>=1960"));
    // Layouts settle (the status bar's text is longer now); the count's answer waits.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const bool counting = window.view(0)->model()->isCounting();
    failures += !grabNow(&window, outDir + QStringLiteral("/search-counting.png"), counting);

    // An older catalog of 200,000 films: its upgrade shows a busy dialog, grabbed while the
    // upgrade runs (the dialog lets timers fire).
    const QString oldPath = work.filePath(QStringLiteral("old.db"));
    {
        Catalog::Options options;
        options.schemaVersion = 10;
        auto old = Catalog::open(oldPath, options);
        TestUtil::addFilms(*old, 200000, QStringLiteral("title, title_key, synopsis"),
                           QStringLiteral("'Film ' || i, 'film ' || i, 'A night in the harbour, "
                                          "part ' || i || ', and the lights of ' || (i * 7) || ' "
                                          "ships.'"));
    }
    // Opens the old catalog, grabbing the busy dialog `afterMs` into the open as `name`.
    const auto openGrabbingBusyDialog = [&](int afterMs, const QString &name) {
        bool grabbed = false;
        const QString path = outDir + QLatin1Char('/') + name;
        QTimer::singleShot(afterMs, [&] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                grabbed = dialog->grab().save(path);
        });
        window.openCatalog(oldPath);
        fprintf(stderr, "%s %s\n", grabbed ? "wrote" : "FAILED", qPrintable(path));
        failures += !grabbed;
    };
    openGrabbingBusyDialog(600, QStringLiteral("upgrading.png"));

    // Its duplicates are looked for in the background, the dialog saying so meanwhile.
    if (window.catalog()) {
        DuplicatesDialog searching(*window.catalog(), nullptr, {}, {}, &window);
        searching.resize(1100, 640);
        searching.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        failures += !grabNow(&searching, outDir + QStringLiteral("/duplicates-searching.png"),
                             searching.isSearching());
        QSignalSpy found(&searching, &DuplicatesDialog::groupsFound);
        failures += !found.wait(60000);
    } else {
        failures += 1;
    }

    // The same catalog after an import that was interrupted before it built its sort indexes
    // again: the next open builds them, a busy dialog saying so.
    {
        auto interrupted = Catalog::open(oldPath);
        Transaction transaction(*interrupted);
        failures += !DeferredIndexes::deferFor(*interrupted, 400000);
        transaction.commit();
    }
    openGrabbingBusyDialog(100, QStringLiteral("building-indexes.png"));

    // A large import into an empty catalog, once its rows are in: it builds the sort indexes
    // it left to its end, and the dialog says so while it cannot be cancelled.
    {
        const QString largeCsv =
            TestUtil::writeFile(work, QStringLiteral("large.csv"), TestUtil::manyFilms(120000));
        const QString emptyPath = work.filePath(QStringLiteral("large.db"));
        Catalog::open(emptyPath).reset();
        ImportDialog large(emptyPath, Table::Films, &window);
        large.setFile(largeCsv);
        large.show();
        large.start();
        auto *bar = large.findChild<QProgressBar *>();
        failures += bar == nullptr;
        while (large.isRunning() && bar && bar->maximum() != 0)
            QTest::qWait(5);
        failures +=
            !grabNow(&large, outDir + QStringLiteral("/import-indexes.png"), large.isRunning());
        while (large.isRunning())
            QTest::qWait(50);
    }
    return failures == 0 ? 0 : 1;
}
