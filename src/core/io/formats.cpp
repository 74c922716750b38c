#include "formats.h"

#include "csvexporter.h"
#include "csvimporter.h"
#include "htmlcatalog.h"
#include "imdbcsv.h"
#include "jsonscanner.h"
#include "kodinfo.h"
#include "letterboxd.h"
#include "marqueejson.h"
#include "tellico.h"
#include "tmdbjson.h"

#include <QFile>
#include <QFileInfo>

namespace Marquee {

namespace {

template <typename T> std::unique_ptr<Importer> makeImporter(Catalog &c, const ImportOptions &o)
{
    return std::make_unique<T>(c, o);
}

template <typename T> std::unique_ptr<Exporter> makeExporter(Catalog &c, const ExportOptions &o)
{
    return std::make_unique<T>(c, o);
}

QByteArrayView withoutLeadingSpace(QByteArrayView head)
{
    return head.sliced(JsonScanner::textStart(head));
}

int recognizeCsv(QByteArrayView head, QStringView suffix)
{
    if (suffix.compare(u"csv", Qt::CaseInsensitive) == 0 ||
        suffix.compare(u"tsv", Qt::CaseInsensitive) == 0 ||
        suffix.compare(u"txt", Qt::CaseInsensitive) == 0)
        return 1;
    Q_UNUSED(head);
    return 0;
}

int recognizeMarqueeJson(QByteArrayView head, QStringView suffix)
{
    const QByteArrayView text = withoutLeadingSpace(head);
    if (text.startsWith('{')) {
        // "format" is the first member Marquee writes; allow for spacing written by hand.
        const qsizetype format = text.indexOf("\"format\"");
        if (format >= 0 && format < 64) {
            QByteArrayView rest = withoutLeadingSpace(text.sliced(format + 8));
            if (rest.startsWith(':') &&
                withoutLeadingSpace(rest.sliced(1)).startsWith("\"marquee\""))
                return 2;
        }
    }
    return suffix.compare(u"json", Qt::CaseInsensitive) == 0 ? 1 : 0;
}

} // namespace

QString FileFormat::fileFilter() const
{
    QStringList patterns;
    for (const QString &suffix : suffixes)
        patterns.append(QStringLiteral("*.") + suffix);
    return QStringLiteral("%1 (%2)").arg(title, patterns.join(u' '));
}

static QList<FileFormat> &formatList()
{
    static QList<FileFormat> formats = {
        {QStringLiteral("csv"),
         QStringLiteral("CSV"),
         {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")},
         true,
         recognizeCsv,
         makeImporter<CsvImporter>,
         makeExporter<CsvExporter>,
         nullptr},
        {QStringLiteral("json"),
         QStringLiteral("Marquee JSON"),
         {QStringLiteral("json")},
         false,
         recognizeMarqueeJson,
         makeImporter<MarqueeJsonImporter>,
         makeExporter<MarqueeJsonExporter>,
         MarqueeJsonImporter::preview},
        {QStringLiteral("imdb"),
         QStringLiteral("IMDb ratings or list"),
         {QStringLiteral("csv")},
         false,
         ImdbImporter::recognize,
         makeImporter<ImdbImporter>,
         nullptr,
         ImdbImporter::preview},
        {QStringLiteral("tmdb"),
         QStringLiteral("TMDB movie JSON"),
         {QStringLiteral("json")},
         false,
         TmdbImporter::recognize,
         makeImporter<TmdbImporter>,
         nullptr,
         TmdbImporter::preview},
        {QStringLiteral("nfo"),
         QStringLiteral("Kodi .nfo"),
         {QStringLiteral("nfo")},
         false,
         NfoImporter::recognize,
         makeImporter<NfoImporter>,
         makeExporter<NfoExporter>,
         NfoImporter::preview,
         true,
         NfoImporter::recognizePath},
        {QStringLiteral("letterboxd"),
         QStringLiteral("Letterboxd export"),
         {QStringLiteral("zip")},
         false,
         LetterboxdImporter::recognize,
         makeImporter<LetterboxdImporter>,
         nullptr,
         LetterboxdImporter::preview,
         false,
         LetterboxdImporter::recognizePath},
        {QStringLiteral("tellico"),
         QStringLiteral("Tellico video collection"),
         {QStringLiteral("tc"), QStringLiteral("xml")},
         false,
         TellicoImporter::recognize,
         makeImporter<TellicoImporter>,
         nullptr,
         TellicoImporter::preview},
        {QStringLiteral("html"),
         QStringLiteral("Printable catalog (HTML)"),
         {QStringLiteral("html"), QStringLiteral("htm")},
         false,
         nullptr,
         nullptr,
         makeExporter<HtmlCatalogExporter>,
         nullptr,
         false,
         nullptr,
         true},
    };
    return formats;
}

const QList<FileFormat> &fileFormats()
{
    return formatList();
}

void registerFileFormat(const FileFormat &format)
{
    if (!findFormat(format.name))
        formatList().append(format);
}

const FileFormat *findFormat(QStringView name)
{
    for (const FileFormat &format : fileFormats()) {
        if (name.compare(format.name, Qt::CaseInsensitive) == 0)
            return &format;
    }
    return nullptr;
}

QString formatNames(bool forImport)
{
    QStringList names;
    for (const FileFormat &format : fileFormats()) {
        if (forImport ? format.imports() : format.exports())
            names.append(format.name);
    }
    return names.join(QStringLiteral(", "));
}

const FileFormat *detectImportFormat(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QByteArray head;
    if (!info.isDir()) {
        QFile file(path);
        QString why;
        if (!openForReading(file, why)) {
            if (error)
                *error = why;
            return nullptr;
        }
        head = file.read(4096);
    }
    const FileFormat *best = nullptr;
    int bestScore = 0;
    for (const FileFormat &format : fileFormats()) {
        if (!format.imports())
            continue;
        int score = format.recognizePath ? format.recognizePath(path) : 0;
        if (!info.isDir())
            score = std::max(score, format.recognize(head, info.suffix()));
        if (score > bestScore) {
            best = &format;
            bestScore = score;
        }
    }
    if (!best && info.isDir()) {
        if (error)
            *error = QStringLiteral("No format Marquee reads is in the folder %1: it holds no "
                                    ".nfo files and is not a Letterboxd export.")
                         .arg(path);
        return nullptr;
    }
    // A file of any other name is read as CSV, the one format without a signature.
    return best ? best : findFormat(u"csv");
}

const FileFormat &exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const FileFormat &format : fileFormats()) {
        if (format.exports() && format.suffixes.contains(suffix, Qt::CaseInsensitive))
            return format;
    }
    return *findFormat(u"csv");
}

} // namespace Marquee
