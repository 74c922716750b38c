// Speed of Marquee beside the sqlite3 command-line tool on the same files.
//
//   marquee-bench [--sizes 10000,100000,1000000] [--runs 3] [--dir DIR]
//
// For each size it generates a films CSV (realistic text lengths over a vocabulary of some
// thousands of words, 1-3 companies, 1-2 countries and genres per film), then, each step in a
// child process of its own so that its peak memory is its own, and several times to report
// medians:
//   import:  Marquee's CsvImporter into a new catalog (validation, duplicate checks, companies,
//            countries and genres linked, every index and the full-text index maintained),
//            against A: `sqlite3 new.db ".import --csv FILE films"` (text columns, no index),
//            and B: the same, then the catalog's indexes on the films table and an FTS5 index
//            over the same text;
//   export:  Marquee's CsvExporter of the imported catalog's films, against
//            A: `sqlite3 -csv -header catalog.db "SELECT * FROM films"` (the bare table), and
//            B: sqlite3 writing the same CSV as Marquee (lists joined, critics' score);
//   browse:  three reviews per film are added to the imported catalog, then the films view
//            (the window's own CatalogView, drawn offscreen) is timed: open to the first screen
//            drawn (and the reviews and companies views), jump to the last and to the middle
//            row, sort by title, year, TMDB vote, critics, genres, TMDB popularity, companies
//            and my rating (empty for every film: one tie of a million rows), the reviews by
//            quote and the companies by their number of films, one search keystroke (a free
//            word, a field term, a combination) and a whole search typed a letter at a time,
//            each step until the screen is drawn again, with the process's peak memory during
//            each step; beside sqlite3 reading the same rows where it can.
// The internal commands `generate`, `import`, `export`, `reviews` and `browse` are what the
// children run.

#include "core/db/catalog.h"
#include "core/db/sqlitestatement.h"
#include "core/io/csvexporter.h"
#include "core/io/csvimporter.h"
#include "core/models/catalogtablemodel.h"
#include "gui/catalogview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Marquee;

namespace {

// sqlite3 producing the CSV Marquee exports, column for column.
const char SameExportQuery[] =
    "SELECT title, original_title, year, release_date, runtime_minutes, status, type, "
    "certification, original_language, "
    "(SELECT group_concat(country_code, '; ') FROM (SELECT country_code FROM film_countries "
    "WHERE film_id = f.id ORDER BY position)) AS countries, "
    "(SELECT group_concat(name, '; ') FROM (SELECT g.name FROM film_genres fg JOIN genres g ON "
    "g.id = fg.genre_id WHERE fg.film_id = f.id ORDER BY fg.position)) AS genres, "
    "(SELECT group_concat(name, '; ') FROM (SELECT c.name FROM film_companies fc JOIN "
    "companies c ON c.id = fc.company_id WHERE fc.film_id = f.id ORDER BY fc.position)) AS "
    "companies, "
    "(SELECT group_concat(p, '; ') FROM (SELECT provider || ' (' || offer || ')' AS p FROM "
    "watch_providers WHERE film_id = f.id ORDER BY position)) AS providers, "
    "synopsis, tmdb_popularity, tmdb_vote_average, tmdb_vote_count, imdb_id, imdb_rating, "
    "imdb_votes, metascore, (SELECT round(avg(score), 1) FROM reviews WHERE film_id = f.id) AS "
    "critics_score, (SELECT count(score) FROM reviews WHERE film_id = f.id) AS critics_count, "
    "my_rating, watched_on, notes FROM films f ORDER BY id";

// The indexes a catalog keeps on its films table, built on sqlite3's imported copy (but for
// my_rating, watched_on, certification, original_language and notes, which the generated
// files do not have; the lists the files hold are indexed as their text, the synopsis by its
// first 32 letters).
const char SameIndexes[] = "CREATE INDEX films_title ON films (title COLLATE NOCASE, year); "
                           "CREATE INDEX films_year ON films (year); "
                           "CREATE INDEX films_imdb ON films (imdb_id); "
                           "CREATE INDEX films_release_date ON films (release_date); "
                           "CREATE INDEX films_runtime ON films (runtime_minutes); "
                           "CREATE INDEX films_tmdb_vote_average ON films (tmdb_vote_average); "
                           "CREATE INDEX films_imdb_rating ON films (imdb_rating); "
                           "CREATE INDEX films_metascore ON films (metascore); "
                           "CREATE INDEX films_type ON films (type); "
                           "CREATE INDEX films_status ON films (status); "
                           "CREATE INDEX films_countries ON films (countries COLLATE NOCASE); "
                           "CREATE INDEX films_genres ON films (genres COLLATE NOCASE); "
                           "CREATE INDEX films_companies ON films (companies COLLATE NOCASE); "
                           "CREATE INDEX films_original_title ON films (original_title COLLATE "
                           "NOCASE); "
                           "CREATE INDEX films_synopsis ON films (substr(synopsis, 1, 32) COLLATE "
                           "NOCASE); "
                           "CREATE INDEX films_tmdb_popularity ON films (tmdb_popularity); "
                           "CREATE INDEX films_tmdb_vote_count ON films (tmdb_vote_count); "
                           "CREATE INDEX films_imdb_votes ON films (imdb_votes); "

                           "CREATE VIRTUAL TABLE film_search USING fts5(title, original_title, "
                           "synopsis, content = 'films', tokenize = 'unicode61 remove_diacritics "
                           "2', prefix = '3'); "
                           "INSERT INTO film_search (film_search) VALUES ('rebuild');";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const char *const Words[] = {
    "night",  "river",  "city",    "last", "dream",    "silent",   "blue",   "house",
    "return", "winter", "summer",  "king", "shadow",   "road",     "light",  "story",
    "secret", "game",   "heart",   "fire", "ocean",    "stranger", "garden", "empire",
    "little", "broken", "golden",  "wild", "journey",  "mirror",   "lost",   "star",
    "storm",  "paper",  "glass",   "echo", "midnight", "orchard",  "voice",  "backstage",
    "tour",   "singer", "groupie", "idol", "harbor",   "valley",   "letter", "promise"};
constexpr int WordCount = int(sizeof Words / sizeof *Words);

// A vocabulary the size of a real one: the words above first, then some thousands of made-up
// words from syllables. Words are drawn with a skew, so that a few are common and most rare,
// as in real text.
const QStringList &vocabulary()
{
    static const QStringList list = [] {
        QStringList words;
        for (const char *w : Words)
            words.append(QString::fromLatin1(w));
        const char *const syllables[] = {"ka",  "lo",  "mi",  "ren", "sa",  "tor", "vel",  "an",
                                         "bri", "dor", "el",  "fen", "gar", "hal", "is",   "jun",
                                         "kel", "lum", "mar", "nor", "or",  "pra", "quin", "ros"};
        constexpr int n = int(sizeof syllables / sizeof *syllables);
        for (int a = 0; a < n; ++a)
            for (int b = 0; b < n; ++b)
                for (int c = 0; c < n; c += 3)
                    words.append(QString::fromLatin1(syllables[a]) +
                                 QString::fromLatin1(syllables[b]) +
                                 QString::fromLatin1(syllables[c]));
        return words;
    }();
    return list;
}

QString words(QRandomGenerator &random, int count, bool capitalize)
{
    const QStringList &list = vocabulary();
    QString s;
    for (int i = 0; i < count; ++i) {
        const double u = random.generateDouble();
        QString w = list[int(u * u * u * list.size())];
        if (capitalize || i == 0)
            w[0] = w[0].toUpper();
        if (i > 0)
            s += u' ';
        s += w;
    }
    return s;
}

int generate(const QString &path, int films)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    QRandomGenerator random(42);
    const char *countries[] = {"FR", "US", "GB", "DE", "IT", "JP", "ES", "KR", "IN", "BR"};
    const char *genres[] = {"Drama",  "Comedy", "Documentary", "Thriller", "Romance",
                            "Horror", "Music",  "Animation",   "Crime",    "Science Fiction"};
    const char *statuses[] = {"Released", "Released", "Released", "Post Production", "Planned"};
    const int companyPool = std::max(50, films / 20);
    QByteArray buffer;
    buffer += "title,original_title,year,release_date,runtime_minutes,status,type,countries,"
              "genres,companies,synopsis,tmdb_popularity,tmdb_vote_average,tmdb_vote_count,"
              "imdb_id,imdb_rating,imdb_votes,metascore\r\n";
    for (int i = 0; i < films; ++i) {
        const int year = 1920 + random.bounded(105);
        QStringList row;
        row << words(random, 1 + random.bounded(4), true) + QStringLiteral(" %1").arg(i);
        row << (random.bounded(3) == 0 ? words(random, 2, true) : QString());
        row << QString::number(year);
        row << QDate(year, 1 + random.bounded(12), 1 + random.bounded(28)).toString(Qt::ISODate);
        row << QString::number(70 + random.bounded(90));
        row << QString::fromLatin1(statuses[random.bounded(5)]);
        row << QStringLiteral("movie");
        row << QString::fromLatin1(countries[random.bounded(10)]);
        row << QString::fromLatin1(genres[random.bounded(10)]) + QStringLiteral("; ") +
                   QString::fromLatin1(genres[random.bounded(10)]);
        QStringList companies;
        for (int c = 1 + random.bounded(3); c > 0; --c)
            companies << QStringLiteral("Studio %1 Pictures").arg(random.bounded(companyPool));
        row << companies.join(QStringLiteral("; "));
        QString synopsis = words(random, 40 + random.bounded(80), false) + u'.';
        row << u'"' + synopsis + u'"';
        row << QString::number(random.bounded(100.0), 'f', 3);
        row << QString::number(random.bounded(10.0), 'f', 1);
        row << QString::number(random.bounded(20000));
        row << QStringLiteral("tt%1").arg(1000000 + i, 7, 10, QLatin1Char('0'));
        row << QString::number(random.bounded(100) / 10.0, 'f', 1);
        row << QString::number(random.bounded(500000));
        row << QString::number(random.bounded(101));
        buffer += row.join(u',').toUtf8() + "\r\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return 0;
}

int importOnce(const QString &csv, const QString &catalogPath)
{
    QElapsedTimer timer;
    timer.start();
    auto catalog = Catalog::open(catalogPath);
    const ImportReport report = CsvImporter(*catalog, ImportOptions()).importFile(csv);
    catalog.reset();
    if (!report.fatal.isEmpty() || report.failed > 0) {
        fprintf(stderr, "%s\n", qPrintable(report.text().left(2000)));
        return 1;
    }
    Q_UNUSED(timer);
    return 0;
}

int exportOnce(const QString &catalogPath, const QString &csv)
{
    QElapsedTimer timer;
    timer.start();
    auto catalog = Catalog::open(catalogPath);
    ExportOptions options;
    const ExportReport report = CsvExporter(*catalog, options).exportFile(csv);
    if (!report.error.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(report.error));
        return 1;
    }
    Q_UNUSED(timer);
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Adds three reviews to every film, as critics write them: a quote of some words, a critic
// and a publication from pools, a score on 100 for most. Setup for the browse steps.
int addReviews(const QString &catalogPath)
{
    auto catalog = Catalog::open(catalogPath);
    sqlite3 *db = SqliteStatement::handle(catalog->database());
    QRandomGenerator random(7);
    QStringList critics, publications;
    for (int i = 0; i < 500; ++i)
        critics.append(words(random, 2, true));
    for (int i = 0; i < 100; ++i)
        publications.append(QStringLiteral("The ") + words(random, 1, true));
    SqliteStatement ids(db, "SELECT id FROM films ORDER BY id");
    QList<qint64> films;
    while (ids.step())
        films.append(ids.int64(0));
    Transaction transaction(*catalog, Transaction::Indexing::Deferred);
    // As ReviewRepository writes them, with their film's title key and their quote's key.
    SqliteStatement insert(db, "INSERT INTO reviews (film_id, review_date, critic, publication, "
                               "quote, original_score, score, film_title_key, quote_key) VALUES "
                               "(?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT title_key FROM films WHERE "
                               "id = ?1), lower(substr(?5, 1, 32)))");
    for (const qint64 film : std::as_const(films)) {
        for (int r = 0; r < 3; ++r) {
            insert.bind(1, film);
            insert.bind(2, QDate(2000, 1, 1).addDays(random.bounded(9000)).toString(Qt::ISODate));
            insert.bind(3, critics[random.bounded(int(critics.size()))]);
            insert.bind(4, publications[random.bounded(int(publications.size()))]);
            insert.bind(5, words(random, 10 + random.bounded(25), false) + u'.');
            if (random.bounded(5) > 0) {
                const int score = random.bounded(101);
                insert.bind(6, QStringLiteral("%1/100").arg(score));
                insert.bind(7, double(score));
            } else {
                insert.bindNull(6);
                insert.bindNull(7);
            }
            insert.run();
        }
    }
    transaction.commit();
    return 0;
}

// The peak of this process's resident memory since the last resetPeak(), in MiB (Linux's
// VmHWM, which writing 5 to clear_refs sets back to the memory in use now).
bool peakWasReset = false;

void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    peakWasReset = refs.open(QIODevice::WriteOnly) && refs.write("5") == 1 && refs.flush();
}

// NaN (printed "nan", shown as no figure) when the peak could not be set back.
double peakMiB()
{
    if (!peakWasReset)
        return std::numeric_limits<double>::quiet_NaN();
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// The films view as the window shows it, drawn offscreen; each step is timed until the
// screen is drawn again. Prints "step milliseconds" lines, medians of `runs`, and
// "step.peak MiB" lines, the process's peak memory during the step's runs.
int browse(const QString &catalogPath, int runs)
{
    auto catalog = Catalog::open(catalogPath);
    struct View
    {
        QUndoStack undo;
        std::unique_ptr<CatalogTableModel> model;
        std::unique_ptr<CatalogView> view;
    };
    const auto draw = [](View &v) {
        v.view->grab();
    };
    const auto open = [&](Catalog &c, Table table = Table::Films) {
        auto v = std::make_unique<View>();
        v->model = std::make_unique<CatalogTableModel>(c, table);
        v->view = std::make_unique<CatalogView>(v->model.get(), &v->undo);
        v->view->resize(1280, 800);
        v->view->show();
        draw(*v);
        return v;
    };
    const auto result = [](const char *name, const std::vector<double> &ms) {
        out() << name << ' ' << median(ms) << '\n';
        out() << name << ".peak " << peakMiB() << '\n';
        out().flush();
    };
    const auto timed = [&](const char *name, const std::function<void(View &)> &step,
                           Table table = Table::Films) {
        std::vector<double> ms;
        resetPeak();
        for (int r = 0; r < runs; ++r) {
            auto v = open(*catalog, table);
            QElapsedTimer timer;
            timer.start();
            step(*v);
            draw(*v);
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        result(name, ms);
    };
    {
        // The first open reads pages the system has not cached yet (as after a restart, or
        // right after a large write); the median is of the opens after it.
        std::vector<double> ms;
        resetPeak();
        for (int r = 0; r <= runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto c = Catalog::open(catalogPath);
            auto v = open(*c);
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        out() << "open-first " << ms.front() << '\n';
        ms.erase(ms.begin());
        result("open", ms);
    }
    // The other views: the reviews (three per film) in their films' order, the companies
    // (a twentieth of the films) by name.
    const auto opened = [&](const char *name, Table table) {
        std::vector<double> ms;
        resetPeak();
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto v = open(*catalog, table);
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        result(name, ms);
    };
    opened("open-reviews", Table::Reviews);
    opened("open-companies", Table::Companies);
    // As a click on a column's header sorts: once (QTableView::sortByColumn sorts twice).
    const auto sortBy = [](View &v, auto field, Qt::SortOrder order) {
        v.view->table()->horizontalHeader()->setSortIndicator(int(field), order);
    };
    timed("jump", [](View &v) { v.view->table()->scrollToBottom(); });
    // The scroll bar dragged to the middle: the rows there are the farthest from either end.
    const auto middle = [](View &v) {
        QScrollBar *bar = v.view->table()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
    };
    timed("jump-middle", middle);
    timed("reviews-middle", middle, Table::Reviews);
    timed("sort-title", [&](View &v) { sortBy(v, FilmField::Title, Qt::DescendingOrder); });
    timed("sort-year", [&](View &v) { sortBy(v, FilmField::Year, Qt::AscendingOrder); });
    timed("sort-tmdb",
          [&](View &v) { sortBy(v, FilmField::TmdbVoteAverage, Qt::DescendingOrder); });
    timed("sort-critics",
          [&](View &v) { sortBy(v, FilmField::CriticsScore, Qt::DescendingOrder); });
    timed("sort-genres", [&](View &v) { sortBy(v, FilmField::Genres, Qt::AscendingOrder); });
    timed("sort-popularity",
          [&](View &v) { sortBy(v, FilmField::TmdbPopularity, Qt::DescendingOrder); });
    timed("sort-companies", [&](View &v) { sortBy(v, FilmField::Companies, Qt::DescendingOrder); });
    timed(
        "sort-quote", [&](View &v) { sortBy(v, ReviewField::Quote, Qt::AscendingOrder); },
        Table::Reviews);
    timed(
        "sort-company-films",
        [&](View &v) { sortBy(v, CompanyField::FilmCount, Qt::DescendingOrder); },
        Table::Companies);
    // A column that most films leave empty: the current row is among those, one tie.
    timed("sort-rating", [&](View &v) { sortBy(v, FilmField::MyRating, Qt::DescendingOrder); });
    timed("search-word", [](View &v) { v.view->setFilterText(QStringLiteral("harbor")); });
    timed("search-field", [](View &v) { v.view->setFilterText(QStringLiteral("year:>=2000")); });
    timed("search-combined", [](View &v) {
        v.view->setFilterText(QStringLiteral("harbor year:>=2000 -genre:drama"));
    });
    // The same until its count is known: a slow count comes from a thread of its own, after
    // the first rows are drawn.
    timed("search-combined-counted", [](View &v) {
        v.view->setFilterText(QStringLiteral("harbor year:>=2000 -genre:drama"));
        while (v.model->isCounting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    });
    // A search typed a letter at a time, several times: the median of all keystrokes, the
    // slowest keystroke (the one with the highest median over the runs) and the slowest single
    // one of all runs.
    const QString typed = QStringLiteral("harbor year:>=2000 -genre:drama");
    std::vector<std::vector<double>> keys(typed.size());
    resetPeak();
    for (int r = 0; r < runs; ++r) {
        auto v = open(*catalog);
        for (int i = 1; i <= typed.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            v->view->setFilterText(typed.left(i));
            draw(*v);
            keys[i - 1].push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    std::vector<double> all;
    double slowest = 0;
    double highest = 0;
    qsizetype slowestAt = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        all.insert(all.end(), keys[i].begin(), keys[i].end());
        if (const double m = median(keys[i]); m > slowest) {
            slowest = m;
            slowestAt = i;
        }
        highest = std::max(highest, *std::max_element(keys[i].begin(), keys[i].end()));
    }
    out() << "typing " << median(all) << '\n';
    out() << "typing.peak " << peakMiB() << '\n';
    out() << "typing-slowest " << slowest << '\n';
    out() << "typing-max " << highest << '\n';
    QTextStream(stderr) << "slowest keystroke: \"" << typed.left(slowestAt + 1) << "\"\n";
    return 0;
}

struct Sample
{
    double seconds = 0;
    double peakMiB = 0;
};

// Runs a child, its stdout to `stdoutPath` (or inherited), and measures wall time and peak RSS.
std::optional<Sample> runChild(const QStringList &argv, const QString &stdoutPath = QString())
{
    std::vector<QByteArray> storage;
    std::vector<char *> args;
    for (const QString &a : argv)
        storage.push_back(a.toLocal8Bit());
    for (QByteArray &a : storage)
        args.push_back(a.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray outPath = stdoutPath.toLocal8Bit();
    if (!stdoutPath.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
    // The files the step before wrote go to disk first, not while this step is timed (a
    // million films' import leaves gigabytes to write back).
    sync();
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double seconds = timer.nsecsElapsed() / 1e9;
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return Sample{seconds, usage.ru_maxrss / 1024.0};
}

struct Step
{
    std::vector<double> seconds;
    std::vector<double> peaks;
    void add(const Sample &s)
    {
        seconds.push_back(s.seconds);
        peaks.push_back(s.peakMiB);
    }
};

// sqlite3 reading what a step shows: the count and the first screen of rows in that order.
QString firstScreen(const QString &where, const QString &order, qint64 offset = 0)
{
    QString select = QString::fromLatin1(SameExportQuery);
    select.chop(int(strlen(" ORDER BY id")));
    return QStringLiteral("SELECT count(*) FROM films f%1; %2%1 ORDER BY %3 LIMIT 40 OFFSET %4")
        .arg(where, select, order)
        .arg(offset);
}

// Adds the reviews, runs the browse child and the sqlite3 baselines; returns table rows.
QString browseSteps(const QString &self, const QString &catalog, int n, int runs)
{
    if (!runChild({self, QStringLiteral("reviews"), catalog}))
        return QStringLiteral("| %1 | browse | failed | | | |\n").arg(n);
    const QString output = catalog + QStringLiteral(".browse.txt");
    const auto sample =
        runChild({self, QStringLiteral("browse"), catalog, QString::number(runs)}, output);
    if (!sample)
        return QStringLiteral("| %1 | browse | failed | | | |\n").arg(n);
    QFile file(output);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("| %1 | browse | failed | | | |\n").arg(n);
    QHash<QString, double> ms;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            ms.insert(QString::fromUtf8(parts[0]), parts[1].toDouble());
    }
    const QString word = QStringLiteral(
        " WHERE f.id IN (SELECT rowid FROM film_search WHERE film_search MATCH 'harbor*')");
    const QString field = QStringLiteral(" WHERE f.year >= 2000");
    const struct
    {
        const char *key;
        const char *name;
        QString baseline;
        int target;
    } steps[] = {
        {"open-first", "open to the first screen, first time",
         firstScreen({}, QStringLiteral("title_key, id")), 100},
        {"open", "open to the first screen", firstScreen({}, QStringLiteral("title_key, id")), 100},
        {"open-reviews", "open the reviews view (3 per film)",
         QStringLiteral("SELECT count(*) FROM reviews; SELECT r.id, f.title, r.critic, r.quote "
                        "FROM reviews r JOIN films f ON f.id = r.film_id ORDER BY "
                        "r.film_title_key, r.id LIMIT 40"),
         100},
        {"open-companies", "open the companies view",
         QStringLiteral("SELECT count(*) FROM companies; SELECT c.name, c.country, (SELECT "
                        "count(*) FROM film_companies WHERE company_id = c.id) FROM companies c "
                        "ORDER BY c.name COLLATE NOCASE, c.id LIMIT 40"),
         100},
        {"jump", "jump to the last row", firstScreen({}, QStringLiteral("title_key DESC, id DESC")),
         50},
        {"jump-middle", "jump to the middle row",
         firstScreen({}, QStringLiteral("title_key, id"), n / 2), 50},
        {"reviews-middle", "jump to the middle row of the reviews",
         QStringLiteral("SELECT count(*) FROM reviews; SELECT r.id, f.title, r.critic, r.quote "
                        "FROM reviews r JOIN films f ON f.id = r.film_id ORDER BY "
                        "r.film_title_key, r.id LIMIT 40 OFFSET %1")
             .arg(n * 3 / 2),
         50},
        {"sort-title", "sort by title (down)",
         firstScreen({}, QStringLiteral("title_key DESC, id DESC")), 50},
        {"sort-year", "sort by year", firstScreen({}, QStringLiteral("year, id")), 50},
        {"sort-tmdb", "sort by TMDB vote (down)",
         firstScreen({}, QStringLiteral("tmdb_vote_average DESC, id DESC")), 50},
        {"sort-critics", "sort by critics' score (down)",
         firstScreen({}, QStringLiteral("critics_average DESC, id DESC")), 50},
        {"sort-genres", "sort by genres (a list)",
         firstScreen({}, QStringLiteral("genres_key, id")), 50},
        {"sort-popularity", "sort by TMDB popularity (down; hidden by default)",
         firstScreen({}, QStringLiteral("tmdb_popularity DESC, id DESC")), 50},
        {"sort-companies", "sort by companies (a list; down)",
         firstScreen({}, QStringLiteral("companies_key DESC, id DESC")), 50},
        {"sort-quote", "sort the reviews by quote",
         QStringLiteral("SELECT count(*) FROM reviews; SELECT r.id, r.critic, r.quote FROM "
                        "reviews r ORDER BY r.quote_key, r.id LIMIT 40"),
         50},
        {"sort-company-films", "sort the companies by their films (down)",
         QStringLiteral("SELECT count(*) FROM companies; SELECT c.id, c.name, c.film_count FROM "
                        "companies c ORDER BY c.film_count DESC, c.id DESC LIMIT 40"),
         50},
        {"sort-rating", "sort by my rating (down; empty for every film)",
         firstScreen({}, QStringLiteral("my_rating DESC, id DESC")), 50},
        {"search-word", "search: a free word (harbor)",
         firstScreen(word, QStringLiteral("title_key, id")), 50},
        {"search-field", "search: a field term (year:>=2000)",
         firstScreen(field, QStringLiteral("title_key, id")), 50},
        {"search-combined", "search: harbor year:>=2000 -genre:drama", QString(), 50},
        {"search-combined-counted", "the same, until its count is shown", QString(), 0},
        {"typing", "typing that search, per keystroke (median)", QString(), 50},
        {"typing-slowest", "typing that search, slowest keystroke (its median)", QString(), 50},
        {"typing-max", "typing that search, slowest single keystroke of all runs", QString(), 0},
    };
    QString rows;
    for (const auto &step : steps) {
        QString baseline;
        if (!step.baseline.isEmpty()) {
            std::vector<double> times;
            for (int r = 0; r < runs; ++r)
                if (const auto b = runChild({QStringLiteral("sqlite3"), catalog, step.baseline},
                                            QStringLiteral("/dev/null")))
                    times.push_back(b->seconds * 1000);
            if (!times.empty())
                baseline = QString::number(median(times), 'f', 1);
        }
        const QString key = QLatin1String(step.key);
        const QString peak = key + QStringLiteral(".peak");
        rows += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(n)
                    .arg(QLatin1String(step.name))
                    .arg(ms.contains(key) ? QString::number(ms.value(key), 'f', 1)
                                          : QStringLiteral("?"))
                    .arg(ms.contains(peak) && !std::isnan(ms.value(peak))
                             ? QString::number(ms.value(peak), 'f', 0)
                             : QString())
                    .arg(baseline)
                    .arg(step.target ? QString::number(step.target) : QString());
    }
    rows += QStringLiteral("| %1 | peak memory while browsing, all steps (MiB) | | %2 | | 300 |\n")
                .arg(n)
                .arg(sample->peakMiB, 0, 'f', 0);
    return rows;
}

int driver(const QList<int> &sizes, int runs, const QString &dirPath)
{
    QStringList browseRows;
    const QString self = QCoreApplication::applicationFilePath();
    QDir dir(dirPath);
    out() << "| films | step | Marquee s | Marquee rows/s | Marquee peak MiB | sqlite3 A s | "
             "sqlite3 B s | sqlite3 peak MiB | speed vs A | speed vs B |\n";
    out() << "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out().flush();
    for (const int n : sizes) {
        const QString csv = dir.filePath(QStringLiteral("films-%1.csv").arg(n));
        if (!QFile::exists(csv) &&
            !runChild({self, QStringLiteral("generate"), csv, QString::number(n)}))
            return 1;
        Step ourImport, importA, importB, ourExport, exportA, exportB;
        const QString catalog = dir.filePath(QStringLiteral("catalog-%1.db").arg(n));
        const QString raw = dir.filePath(QStringLiteral("sqlite3-%1.db").arg(n));
        const QString exported = dir.filePath(QStringLiteral("export-%1.csv").arg(n));
        const QString baseline = dir.filePath(QStringLiteral("sqlite3-export-%1.csv").arg(n));
        const auto fresh = [](const QString &path) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        };
        for (int r = 0; r < runs; ++r) {
            fresh(catalog);
            const auto ours = runChild({self, QStringLiteral("import"), csv, catalog});
            fresh(raw);
            const auto a = runChild({QStringLiteral("sqlite3"), raw,
                                     QStringLiteral(".import --csv %1 films").arg(csv)});
            fresh(raw);
            const auto b = runChild({QStringLiteral("sqlite3"), raw,
                                     QStringLiteral(".import --csv %1 films").arg(csv),
                                     QString::fromLatin1(SameIndexes)});
            const auto ourOut = runChild({self, QStringLiteral("export"), catalog, exported});
            const auto outA = runChild({QStringLiteral("sqlite3"), QStringLiteral("-csv"),
                                        QStringLiteral("-header"), catalog,
                                        QStringLiteral("SELECT * FROM films")},
                                       baseline);
            const auto outB =
                runChild({QStringLiteral("sqlite3"), QStringLiteral("-csv"),
                          QStringLiteral("-header"), catalog, QString::fromLatin1(SameExportQuery)},
                         baseline);
            if (!ours || !a || !b || !ourOut || !outA || !outB) {
                fprintf(stderr, "a step failed at %d films\n", n);
                return 1;
            }
            ourImport.add(*ours);
            importA.add(*a);
            importB.add(*b);
            ourExport.add(*ourOut);
            exportA.add(*outA);
            exportB.add(*outB);
        }
        const auto row = [&](const char *step, const Step &ours, const Step &a, const Step &b) {
            const double s = median(ours.seconds);
            const double sa = median(a.seconds);
            const double sb = median(b.seconds);
            const auto peak = [](const Step &x) {
                return *std::max_element(x.peaks.begin(), x.peaks.end());
            };
            out() << "| " << n << " | " << step << " | " << QString::number(s, 'f', 2) << " | "
                  << QString::number(n / s, 'f', 0) << " | " << QString::number(peak(ours), 'f', 0)
                  << " | " << QString::number(sa, 'f', 2) << " | " << QString::number(sb, 'f', 2)
                  << " | " << QString::number(std::max(peak(a), peak(b)), 'f', 0) << " | "
                  << QString::number(sa / s, 'f', 2) << " | " << QString::number(sb / s, 'f', 2)
                  << " |\n";
            out().flush();
        };
        row("import CSV", ourImport, importA, importB);
        row("export CSV", ourExport, exportA, exportB);
        browseRows.append(browseSteps(self, catalog, n, runs));
    }
    out() << "\n| films | step | Marquee ms | Marquee peak MiB | sqlite3 ms | target at 1M ms |\n";
    out() << "|---:|---|---:|---:|---:|---:|\n";
    for (const QString &line : std::as_const(browseRows))
        out() << line;
    out() << "\nMedians of " << runs
          << " runs. Speed = sqlite3 time / Marquee time (above 1: "
             "Marquee is faster). Import A: sqlite3 .import into a bare table; B: the same plus "
             "indexes like the catalog's. Export A: sqlite3 -csv of the bare films table; B: "
             "sqlite3 -csv writing the same columns as Marquee (lists joined, critics' score).\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && strcmp(argv[1], "browse") == 0) {
        // Drawn offscreen, with settings of its own so that no saved layout changes the view.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("marquee-bench"));
        return browse(QString::fromLocal8Bit(argv[2]), atoi(argv[3]));
    }
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.value(0) == u"reviews" && args.size() == 2)
        return addReviews(args[1]);
    if (args.value(0) == u"generate" && args.size() == 3)
        return generate(args[1], args[2].toInt());
    if (args.value(0) == u"import" && args.size() == 3)
        return importOnce(args[1], args[2]);
    if (args.value(0) == u"export" && args.size() == 3)
        return exportOnce(args[1], args[2]);

    QList<int> sizes = {10000, 100000, 1000000};
    int runs = 3;
    QTemporaryDir temporary;
    QString dir = temporary.path();
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--sizes") {
            sizes.clear();
            for (const QString &s : args[i + 1].split(u','))
                sizes.append(s.toInt());
        } else if (args[i] == u"--runs") {
            runs = std::max(1, args[i + 1].toInt());
        } else if (args[i] == u"--dir") {
            dir = args[i + 1];
        }
    }
    return driver(sizes, runs, dir);
}
