#include "commands.h"

#include "core/db/catalog.h"
#include "core/db/duplicates.h"
#include "core/db/filmrepository.h"
#include "core/db/tablequery.h"
#include "core/domain/error.h"
#include "core/domain/fields.h"
#include "core/io/csvexporter.h"
#include "core/io/csvimporter.h"
#include "core/io/csvwriter.h"
#include "core/io/fieldtext.h"
#include "core/io/formats.h"
#include "core/io/samplecatalog.h"
#include "core/search/searchquery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Marquee::Cli {

namespace {

const char UsageText[] = R"(Usage:
  marquee-cli [--catalog FILE] sample | info | check
  marquee-cli [--catalog FILE] import [--format auto|FORMAT] [--table films|companies|reviews|people]
              [--encoding E] [--delimiter D] [--on-duplicate skip|update|add] [--strict]
              [--dry-run] [--no-formula-guard] FILE
  marquee-cli [--catalog FILE] export [--format auto|FORMAT] [--table films|companies|reviews|people]
              [--columns a,b,...] [--search QUERY] [--delimiter D] [--no-formula-guard] FILE|-
  marquee-cli [--catalog FILE] search [--table films|companies|reviews|people] [--columns a,b,...]
              [--limit N] [--format table|csv|json] QUERY
  marquee-cli [--catalog FILE] duplicates
  marquee-cli [--catalog FILE] merge KEEP OTHER...

Formats (--format; auto, the default, goes by the file's content and name):
  csv   one table per file (--table), with a header row of column names
  json  Marquee JSON: the whole catalog (or the films of --search) in one file, nothing left out
  imdb  (import) an IMDb ratings or list export, any generation; series and episodes are skipped
  tmdb  (import) TMDB movie details (/movie/{id}, with credits, release_dates and
        watch/providers appended), one film or a list of them
  nfo   Kodi .nfo: import one file or a folder (read recursively); export a file per film
        into the folder FILE names
  letterboxd  (import) a Letterboxd export, its folder or .zip: ratings, watched dates, tags,
        watchlist and your reviews, onto the films already there (same name and year)
  tellico  (import) a Tellico video collection, its .tc archive or plain XML, covers included
  html, pdf   (export) the printable catalog: a page per film with its poster, facts, credits
        and ratings (of the films --search finds, or all)
--table, --encoding, --delimiter, --columns and --no-formula-guard apply to CSV only.

A search QUERY is written as in the window's search box: words (matched as prefixes) and
"phrases", field terms such as year:>=2000, year:1990..1999, genre:documentary,
company:"Haut et Court", has:poster, no:synopsis, added:<30d, joined by spaces (AND), OR,
-term or NOT, and parentheses. A QUERY that begins with - goes after --, which ends the
options: marquee-cli search -- "-has:poster". search reads its rows 2,000 at a time and
writes CSV and JSON as it reads them, so --limit 0 on a million films holds no more than
that in memory; a longer table is read twice, for its column widths first.

duplicates lists the films that are likely the same (same IMDb id; same title and year
ignoring case, accents and articles; titles a letter or two apart with the same year and
runtime) with their ids; merge keeps the film KEEP and moves everything of the OTHER films
(ids as duplicates lists them) onto it, filling the fields KEEP does not have.

Without --catalog, the default catalog is used (created with the sample catalog if it does
not exist yet); a --catalog file that does not exist becomes a new, empty catalog.

Exit codes: 0 done; 1 failed and nothing changed; 2 usage error; 3 done, but some rows were
rejected.
)";

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int usageError(const QString &message)
{
    err() << "marquee-cli: " << message << "\n\n" << UsageText;
    err().flush();
    return Exit::Usage;
}

int failure(const QString &message)
{
    err() << "marquee-cli: " << message << '\n';
    err().flush();
    return Exit::Failed;
}

// The query with the part that goes wrong underlined, and why.
int searchError(const SearchQuery &search)
{
    const SearchError &e = search.error();
    err() << "marquee-cli: the search is not valid:\n  " << search.text() << "\n  "
          << QString(e.position, u' ') << QString(std::max(1, e.length), u'^') << "\n  "
          << search.errorText() << '\n';
    err().flush();
    return Exit::Usage;
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

std::optional<char> parseDelimiter(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"," || t == u"comma")
        return ',';
    if (t == u";" || t == u"semicolon")
        return ';';
    if (t == u"\t" || t == u"\\t" || t == u"tab")
        return '\t';
    if (t == u"|" || t == u"pipe")
        return '|';
    return std::nullopt;
}

struct Context
{
    QCommandLineParser &parser;
    QString command;
    QStringList positional;
};

// Opens --catalog or the default catalog; an older catalog is upgraded first, and a file the
// user may not write opens read-only (enough for info, check and export).
std::unique_ptr<Catalog> openCatalog(const Context &context)
{
    const bool named = context.parser.isSet(QStringLiteral("catalog"));
    const QString path =
        named ? context.parser.value(QStringLiteral("catalog")) : Catalog::defaultPath();
    Catalog::Options options;
    // The callbacks come again while the work runs: each line is said once.
    const auto sayOnce = [](bool &told, const QString &line) {
        if (told)
            return;
        told = true;
        err() << line << "\n";
        err().flush();
    };
    bool toldUpgrade = false;
    options.upgrading = [&](int from, int to) {
        sayOnce(toldUpgrade, QStringLiteral("Upgrading %1 from schema %2 to %3 (a large catalog "
                                            "takes some minutes)...")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(from)
                                 .arg(to));
    };
    bool toldIndexes = false;
    options.buildingIndexes = [&] {
        sayOnce(toldIndexes, QStringLiteral("Building the indexes that an interrupted import "
                                            "left out, in %1...")
                                 .arg(QDir::toNativeSeparators(path)));
    };
    auto catalog = Catalog::open(path, options);
    if (!named && catalog->isNew()) {
        const SampleResult sample = loadSampleCatalog(*catalog);
        err() << "Created the default catalog " << QDir::toNativeSeparators(catalog->path())
              << " with the sample catalog (" << sample.added << " films).\n";
        err().flush();
    }
    return catalog;
}

int commandSample(const Context &context)
{
    auto catalog = openCatalog(context);
    const SampleResult result = loadSampleCatalog(*catalog);
    out() << "Sample catalog: " << result.added << " films added";
    if (result.present > 0)
        out() << ", " << result.present << " already present";
    out() << " (" << QDir::toNativeSeparators(catalog->path()) << ").\n";
    return Exit::Done;
}

int commandInfo(const Context &context)
{
    auto catalog = openCatalog(context);
    out() << "Catalog: " << QDir::toNativeSeparators(catalog->path()) << '\n';
    out() << "Schema version: " << catalog->schemaVersion()
          << " (this program: " << Catalog::latestSchemaVersion() << ")\n";
    out() << "Read-only: " << (catalog->isReadOnly() ? "yes" : "no") << '\n';
    for (const auto &[table, count] : catalog->rowCounts())
        out() << table.left(1).toUpper() << table.mid(1).replace(u'_', u' ') << ": " << count
              << '\n';
    return Exit::Done;
}

int commandCheck(const Context &context)
{
    auto catalog = openCatalog(context);
    const QStringList problems = catalog->check();
    if (problems.isEmpty()) {
        out() << QDir::toNativeSeparators(catalog->path()) << ": ok (schema "
              << catalog->schemaVersion() << ", integrity and foreign keys checked)\n";
        return Exit::Done;
    }
    for (const QString &p : problems)
        out() << QDir::toNativeSeparators(catalog->path()) << ": " << p << '\n';
    return Exit::Failed;
}

QString filmLine(FilmRepository &films, qint64 id)
{
    const std::optional<Film> film = films.find(id);
    if (!film)
        return QStringLiteral("#%1 (gone)").arg(id);
    QStringList facts;
    if (film->year)
        facts.append(QString::number(*film->year));
    if (film->runtimeMinutes)
        facts.append(QStringLiteral("%1 min").arg(*film->runtimeMinutes));
    if (!film->imdbId.isEmpty())
        facts.append(film->imdbId);
    facts.append(QStringLiteral("%1 reviews").arg(films.reviewCount(id)));
    return QStringLiteral("#%1 %2 (%3)").arg(id).arg(film->title, facts.join(QStringLiteral(", ")));
}

int commandDuplicates(const Context &context)
{
    auto catalog = openCatalog(context);
    const QList<DuplicateGroup> groups = DuplicateFinder(*catalog).find();
    FilmRepository films(*catalog);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        out() << i + 1 << ". " << groups[i].evidence << '\n';
        for (const qint64 id : groups[i].films)
            out() << "   " << filmLine(films, id) << '\n';
    }
    out().flush();
    err() << (groups.isEmpty() ? QStringLiteral("No likely duplicates.")
                               : QStringLiteral("%1 groups of likely duplicates; merge one with "
                                                "marquee-cli merge KEEP OTHER...")
                                     .arg(groups.size()))
          << '\n';
    err().flush();
    return Exit::Done;
}

int commandMerge(const Context &context)
{
    if (context.positional.size() < 2)
        return usageError(QStringLiteral("merge takes the id of the film to keep and at least "
                                         "one other"));
    QList<qint64> ids;
    for (const QString &text : context.positional) {
        bool ok = false;
        const qint64 id = QString(text).remove(u'#').toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(QStringLiteral("\"%1\" is not a film id").arg(text));
        if (ids.contains(id))
            return usageError(QStringLiteral("the film #%1 is named twice").arg(id));
        ids.append(id);
    }
    auto catalog = openCatalog(context);
    FilmRepository films(*catalog);
    for (const qint64 id : ids) {
        if (!films.exists(id))
            return failure(QStringLiteral("there is no film #%1; nothing was merged").arg(id));
    }
    const qint64 keep = ids.takeFirst();
    FilmMerger(*catalog).merge(keep, ids);
    err() << "Merged " << ids.size() << (ids.size() == 1 ? " film" : " films") << " into "
          << filmLine(films, keep) << ".\n";
    err().flush();
    return Exit::Done;
}

std::optional<Table> tableOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("table")))
        return Table::Films;
    return parseTable(parser.value(QStringLiteral("table")));
}

// The first option given that only CSV takes, when the format is another.
QString csvOnlyOption(const QCommandLineParser &parser, const FileFormat &format)
{
    if (format.oneTable)
        return {};
    for (const char *name : {"table", "encoding", "delimiter", "columns", "no-formula-guard"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return QString::fromLatin1(name);
    }
    return {};
}

// Progress on stderr, redrawn in place, only when a person is watching.
class ProgressLine
{
public:
    explicit ProgressLine(const QString &verb) : m_verb(verb), m_enabled(stderrIsTerminal())
    {
        m_timer.start();
    }
    ~ProgressLine()
    {
        if (m_shown) {
            err() << "\r\033[K";
            err().flush();
        }
    }
    // At most five times a second, unless `now`.
    void show(const QString &text, bool now = false)
    {
        if (!m_enabled || (!now && m_timer.elapsed() < m_last + 200))
            return;
        m_last = m_timer.elapsed();
        m_shown = true;
        err() << '\r' << m_verb << ' ' << text << "\033[K";
        err().flush();
    }

private:
    QString m_verb;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
};

int commandImport(const Context &context)
{
    if (context.positional.size() != 1)
        return usageError(QStringLiteral("import takes one FILE"));
    const QCommandLineParser &p = context.parser;
    ImportOptions options;
    const auto table = tableOption(p);
    if (!table)
        return usageError(QStringLiteral("--table is films, companies, reviews or people"));
    options.table = *table;
    if (p.isSet(QStringLiteral("encoding"))) {
        const auto encoding = parseEncoding(p.value(QStringLiteral("encoding")));
        if (!encoding)
            return usageError(QStringLiteral("--encoding is auto, utf-8 or windows-1252"));
        options.encoding = *encoding;
    }
    if (p.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = parseDelimiter(p.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return usageError(QStringLiteral("--delimiter is one of , ; tab |"));
        options.delimiter = *delimiter;
    }
    if (p.isSet(QStringLiteral("on-duplicate"))) {
        const auto policy = parseDuplicatePolicy(p.value(QStringLiteral("on-duplicate")));
        if (!policy)
            return usageError(QStringLiteral("--on-duplicate is skip, update or add"));
        options.onDuplicate = *policy;
    }
    options.strict = p.isSet(QStringLiteral("strict"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.formulaGuard = !p.isSet(QStringLiteral("no-formula-guard"));

    const FileFormat *format = nullptr;
    const QString formatName =
        p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QString();
    if (!formatName.isEmpty() && formatName != u"auto") {
        format = findFormat(formatName);
        if (!format || !format->imports())
            return usageError(
                QStringLiteral("--format is auto, %1").arg(formatNames(/*forImport=*/true)));
    }
    const QString file = context.positional.first();
    if (!QFileInfo(file).isFile())
        return failure(QStringLiteral("%1: no such file; nothing was imported.").arg(file));
    if (!format) {
        QString error;
        format = detectImportFormat(file, &error);
        if (!format)
            return failure(error);
    }
    if (const QString option = csvOnlyOption(p, *format); !option.isEmpty())
        return usageError(
            QStringLiteral("--%1 applies to CSV; %2 is %3").arg(option, file, format->title));
    auto catalog = openCatalog(context);
    ProgressLine progress(QStringLiteral("Importing"));
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.show(total > 0 ? QStringLiteral("%1%").arg(100 * done / total)
                                : QStringLiteral("%1 bytes").arg(done));
        return true;
    };
    options.finishing = [&progress] {
        progress.show(QStringLiteral("building the indexes that sort and search the films"), true);
    };
    const ImportReport report = format->importer(*catalog, options)->importFile(file);
    if (!report.fatal.isEmpty())
        return failure(report.fatal);
    err() << report.text() << '\n';
    err().flush();
    if (report.incomplete)
        return report.committed > 0 ? Exit::Partial : Exit::Failed;
    if (report.rolledBack && !report.dryRun)
        return Exit::Failed;
    return report.failed > 0 ? Exit::Partial : Exit::Done;
}

int commandExport(const Context &context)
{
    if (context.positional.size() != 1)
        return usageError(QStringLiteral("export takes one FILE, or - for standard output"));
    const QCommandLineParser &p = context.parser;
    const QString target = context.positional.first();
    const FileFormat *format = &exportFormatFor(target);
    if (p.isSet(QStringLiteral("format")) && p.value(QStringLiteral("format")) != u"auto") {
        format = findFormat(p.value(QStringLiteral("format")));
        if (!format || !format->exports())
            return usageError(
                QStringLiteral("--format is auto, %1").arg(formatNames(/*forImport=*/false)));
    }
    if (const QString option = csvOnlyOption(p, *format); !option.isEmpty())
        return usageError(
            QStringLiteral("--%1 applies to CSV, not to %2").arg(option, format->title));
    ExportOptions options;
    const auto table = tableOption(p);
    if (!table)
        return usageError(QStringLiteral("--table is films, companies, reviews or people"));
    options.table = *table;
    if (p.isSet(QStringLiteral("columns"))) {
        options.columns = p.value(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts);
        QString error;
        if (CsvExporter::resolveColumns(options.table, options.columns, error).isEmpty())
            return usageError(error);
    }
    if (p.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = parseDelimiter(p.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return usageError(QStringLiteral("--delimiter is one of , ; tab |"));
        options.delimiter = *delimiter;
    }
    options.formulaGuard = !p.isSet(QStringLiteral("no-formula-guard"));
    if (p.isSet(QStringLiteral("search"))) {
        const SearchQuery search =
            SearchQuery::parse(options.table, p.value(QStringLiteral("search")));
        if (!search.isValid())
            return searchError(search);
        options.filter = search.text();
    }

    auto catalog = openCatalog(context);
    ProgressLine progress(QStringLiteral("Exporting"));
    options.progress = [&progress](qint64 rows) {
        progress.show(QStringLiteral("%1 rows").arg(rows));
        return true;
    };
    const std::unique_ptr<Exporter> exporter = format->exporter(*catalog, options);
    ExportReport report;
    if (target == u"-") {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return failure(QStringLiteral("cannot write to standard output"));
        report = exporter->exportTo(&stdoutFile);
    } else {
        report = exporter->exportFile(target);
    }
    if (!report.error.isEmpty())
        return failure(report.error);
    err() << "Exported " << report.rows << ' '
          << (format->oneTable ? tableName(options.table) : QStringLiteral("films")) << " as "
          << format->title << " to "
          << (target == u"-" ? QStringLiteral("standard output") : target) << ".\n";
    err().flush();
    return Exit::Done;
}

QString singularName(Table table)
{
    switch (table) {
    case Table::Films:
        return QStringLiteral("film");
    case Table::Companies:
        return QStringLiteral("company");
    case Table::Reviews:
        return QStringLiteral("review");
    case Table::People:
        return QStringLiteral("person");
    }
    return {};
}

// The columns a search shows when --columns does not choose: the ones that tell rows apart.
QStringList searchColumns(Table table)
{
    switch (table) {
    case Table::Films:
        return {QStringLiteral("title"),
                QStringLiteral("year"),
                QStringLiteral("type"),
                QStringLiteral("runtime_minutes"),
                QStringLiteral("tmdb_vote_average"),
                QStringLiteral("imdb_rating"),
                QStringLiteral("metascore"),
                QStringLiteral("critics_score")};
    case Table::Companies:
        return fieldNames(Table::Companies);
    case Table::People:
        return {QStringLiteral("name"), QStringLiteral("roles"), QStringLiteral("film_count")};
    case Table::Reviews:
        return {QStringLiteral("film_title"),     QStringLiteral("film_year"),
                QStringLiteral("critic"),         QStringLiteral("publication"),
                QStringLiteral("original_score"), QStringLiteral("score")};
    }
    return {};
}

// Rows as a plain-text table with aligned columns; long texts are cut with an ellipsis. The
// widths come first, from every row, then the lines: `rows` gives the rows to each of them in
// turn, so that a table of a million rows is never held whole.
void printTable(const QStringList &header,
                const std::function<void(const std::function<void(const QStringList &)> &)> &rows)
{
    constexpr int MaxWidth = 40;
    QList<int> widths;
    for (const QString &h : header)
        widths.append(int(h.size()));
    rows([&](const QStringList &row) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::min(MaxWidth, std::max(widths[i], int(row[i].size())));
    });
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            QString cell = cells[i];
            cell.replace(u'\n', u' ');
            if (cell.size() > MaxWidth)
                cell = cell.left(MaxWidth - 1) + u'…';
            text += (i ? QStringLiteral("  ") : QString()) + cell.leftJustified(widths[i]);
        }
        out() << text.trimmed() << '\n';
    };
    line(header);
    QStringList rule;
    for (const int w : widths)
        rule.append(QString(w, u'-'));
    line(rule);
    rows(line);
}

int commandSearch(const Context &context)
{
    if (context.positional.size() != 1)
        return usageError(QStringLiteral("search takes one QUERY (quote it for the shell)"));
    const QCommandLineParser &p = context.parser;
    const auto table = tableOption(p);
    if (!table)
        return usageError(QStringLiteral("--table is films, companies, reviews or people"));
    QStringList columns = searchColumns(*table);
    if (p.isSet(QStringLiteral("columns")))
        columns = p.value(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts);
    QString error;
    const QList<int> fields = CsvExporter::resolveColumns(*table, columns, error);
    if (fields.isEmpty())
        return usageError(error);
    qint64 limit = 20;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0)
            return usageError(QStringLiteral("--limit is a number of rows, 0 for all"));
    }
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format"))
                                                             : QStringLiteral("table");
    if (format != u"table" && format != u"csv" && format != u"json")
        return usageError(QStringLiteral("--format is table, csv or json"));
    const SearchQuery search = SearchQuery::parse(*table, context.positional.first());
    if (!search.isValid())
        return searchError(search);

    auto catalog = openCatalog(context);
    TableQuery query(*catalog, *table);
    query.setFilter(search);
    // The count and the rows from one state of the catalog, whatever another program writes.
    const ReadTransaction snapshot(*catalog);
    const qint64 count = query.count();
    const qint64 shown = limit == 0 ? count : std::min(count, limit);
    const QList<FieldInfo> &infos = fieldsOf(*table);
    QStringList header;
    for (const int f : fields)
        header.append(infos[f].name);

    // The rows are read a batch at a time and written as they come.
    constexpr int Batch = 2000;
    const auto forEachRow = [&](const std::function<void(const TableQuery::Row &)> &each) {
        if (shown == 0)
            return; // (a limit of 0 would read them all)
        query.forEachBatch(shown, Batch, [&](const QList<TableQuery::Row> &rows) {
            for (const TableQuery::Row &row : rows)
                each(row);
        });
    };
    const auto cellsOf = [&](const TableQuery::Row &row) {
        QStringList cells;
        for (const int f : fields)
            cells.append(formatValue(row.values[f], infos[f].kind));
        return cells;
    };
    if (format == u"json") {
        // As QJsonDocument writes an array, one object at a time.
        out() << "[\n";
        bool first = true;
        forEachRow([&](const TableQuery::Row &row) {
            QJsonObject object;
            for (const int f : fields) {
                if (const QVariant &value = row.values[f]; !value.isNull())
                    object.insert(infos[f].name, QJsonValue::fromVariant(value));
            }
            QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
            text.chop(1); // its last line break
            text.replace("\n", "\n    ");
            out() << (first ? "    " : ",\n    ") << text;
            first = false;
        });
        out() << (first ? "]\n" : "\n]\n");
    } else if (format == u"csv") {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return failure(QStringLiteral("cannot write to standard output"));
        CsvWriter writer(&stdoutFile);
        writer.writeRecord(header);
        forEachRow([&](const TableQuery::Row &row) { writer.writeRecord(cellsOf(row)); });
        if (!writer.flush())
            return failure(writer.errorString());
    } else if (shown <= Batch) {
        // Read once, kept for the widths and the lines.
        QList<QStringList> rows;
        forEachRow([&](const TableQuery::Row &row) { rows.append(cellsOf(row)); });
        printTable(header, [&](const std::function<void(const QStringList &)> &each) {
            for (const QStringList &cells : std::as_const(rows))
                each(cells);
        });
    } else {
        // Too many to keep: read twice, the widths first, in the same state of the catalog.
        printTable(header, [&](const std::function<void(const QStringList &)> &each) {
            forEachRow([&](const TableQuery::Row &row) { each(cellsOf(row)); });
        });
    }
    out().flush();
    // "1 film.", "2 of 12 films shown (...)."
    const QString noun = count == 1 ? singularName(*table) : tableName(*table);
    err() << (shown < count ? QStringLiteral("%1 of %2 %3 shown (--limit 0 shows all).")
                                  .arg(shown)
                                  .arg(count)
                                  .arg(noun)
                            : QStringLiteral("%1 %2.").arg(count).arg(noun))
          << '\n';
    err().flush();
    return Exit::Done;
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee film catalog, command line"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QList<QCommandLineOption> options = {
        {QStringLiteral("catalog"), QStringLiteral("The catalog file."), QStringLiteral("FILE")},
        {QStringLiteral("table"), QStringLiteral("films, companies, reviews or people."),
         QStringLiteral("TABLE")},
        {QStringLiteral("encoding"), QStringLiteral("auto, utf-8 or windows-1252."),
         QStringLiteral("E")},
        {QStringLiteral("delimiter"), QStringLiteral(", ; tab or |."), QStringLiteral("D")},
        {QStringLiteral("on-duplicate"), QStringLiteral("skip, update or add."),
         QStringLiteral("POLICY")},
        {QStringLiteral("strict"), QStringLiteral("Import all rows or none.")},
        {QStringLiteral("dry-run"),
         QStringLiteral("Report what an import would do; write nothing.")},
        {QStringLiteral("no-formula-guard"), QStringLiteral("Write and read text as it is.")},
        {QStringLiteral("columns"), QStringLiteral("Columns to export, comma-separated."),
         QStringLiteral("LIST")},
        {QStringLiteral("search"), QStringLiteral("Only the rows this search finds."),
         QStringLiteral("QUERY")},
        {QStringLiteral("limit"), QStringLiteral("At most this many rows (0: all)."),
         QStringLiteral("N")},
        {QStringLiteral("format"),
         QStringLiteral("import and export: auto or a format's name; search: table, csv or json."),
         QStringLiteral("F")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")},
        {QStringLiteral("version"), QStringLiteral("Show the version.")},
    };
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("marquee-cli")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << UsageText;
        return Exit::Done;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "marquee-cli " << MARQUEE_VERSION << '\n';
        return Exit::Done;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = positional.takeFirst();

    // Which options each command takes; anything else is a usage error.
    const QHash<QString, QStringList> allowed = {
        {QStringLiteral("sample"), {}},
        {QStringLiteral("info"), {}},
        {QStringLiteral("check"), {}},
        {QStringLiteral("import"),
         {QStringLiteral("format"), QStringLiteral("table"), QStringLiteral("encoding"),
          QStringLiteral("delimiter"), QStringLiteral("on-duplicate"), QStringLiteral("strict"),
          QStringLiteral("dry-run"), QStringLiteral("no-formula-guard")}},
        {QStringLiteral("export"),
         {QStringLiteral("format"), QStringLiteral("table"), QStringLiteral("columns"),
          QStringLiteral("delimiter"), QStringLiteral("no-formula-guard"),
          QStringLiteral("search")}},
        {QStringLiteral("search"),
         {QStringLiteral("table"), QStringLiteral("columns"), QStringLiteral("limit"),
          QStringLiteral("format")}},
        {QStringLiteral("duplicates"), {}},
        {QStringLiteral("merge"), {}},
    };
    if (!allowed.contains(command))
        return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    for (const QString &name : parser.optionNames()) {
        if (name != u"catalog" && !allowed.value(command).contains(name))
            return usageError(QStringLiteral("%1 does not take --%2").arg(command, name));
    }
    if (command != u"import" && command != u"export" && command != u"search" &&
        command != u"merge" && !positional.isEmpty())
        return usageError(QStringLiteral("%1 takes no arguments").arg(command));

    const Context context{parser, command, positional};
    try {
        if (command == u"sample")
            return commandSample(context);
        if (command == u"info")
            return commandInfo(context);
        if (command == u"check")
            return commandCheck(context);
        if (command == u"import")
            return commandImport(context);
        if (command == u"search")
            return commandSearch(context);
        if (command == u"duplicates")
            return commandDuplicates(context);
        if (command == u"merge")
            return commandMerge(context);
        return commandExport(context);
    } catch (const Error &e) {
        return failure(e.message());
    }
}

} // namespace Marquee::Cli
