#include "imdbcsv.h"

#include "../domain/fields.h"
#include "../domain/filmenums.h"
#include "../domain/validation.h"
#include "csvdialect.h"
#include "csvimporter.h"
#include "csvpreview.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace Marquee {

namespace {

// The columns of every generation, by their normalized header, and the film field they give.
const QHash<QString, FilmField> &imdbColumns()
{
    static const QHash<QString, FilmField> columns = {
        {QStringLiteral("const"), FilmField::ImdbId},
        {QStringLiteral("yourrating"), FilmField::MyRating},
        {QStringLiteral("yourated"), FilmField::MyRating},
        {QStringLiteral("daterated"), FilmField::WatchedOn},
        {QStringLiteral("title"), FilmField::Title},
        {QStringLiteral("originaltitle"), FilmField::OriginalTitle},
        {QStringLiteral("titletype"), FilmField::Type},
        {QStringLiteral("imdbrating"), FilmField::ImdbRating},
        {QStringLiteral("runtimemins"), FilmField::RuntimeMinutes},
        {QStringLiteral("year"), FilmField::Year},
        {QStringLiteral("genres"), FilmField::Genres},
        {QStringLiteral("numvotes"), FilmField::ImdbVotes},
        {QStringLiteral("releasedate"), FilmField::ReleaseDate},
        {QStringLiteral("releasedatemonthdayyear"), FilmField::ReleaseDate},
        {QStringLiteral("description"), FilmField::Notes},
        {QStringLiteral("directors"), FilmField::Directors},
    };
    return columns;
}

// Columns IMDb writes that Marquee has no use for: the film's page and the list's bookkeeping.
bool isBookkeeping(const QString &key)
{
    return key == u"url" || key == u"position" || key == u"created" || key == u"modified";
}

// Title types that are not films, in IMDb's words of every generation.
std::optional<FilmType> filmTypeOf(const QString &imdbType, bool &film)
{
    const QString key = normalizeHeader(imdbType);
    film = true;
    if (key.isEmpty())
        return std::nullopt;
    if (const auto type = parseFilmType(key))
        return type;
    if (key == u"video")
        return FilmType::Movie;
    if (key == u"tvshort")
        return FilmType::Short;
    if (key == u"tvspecial")
        return FilmType::TvMovie;
    film = false;
    return std::nullopt;
}

class ImdbDialect : public CsvDialect
{
public:
    QString title() const override { return QStringLiteral("IMDb export"); }

    QList<int> mapHeader(const QStringList &header, QStringList &notes) const override
    {
        QList<int> fields;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString key = normalizeHeader(header[c]);
            const auto known = imdbColumns().constFind(key);
            if (known != imdbColumns().constEnd()) {
                fields.append(int(*known));
                if (*known == FilmField::WatchedOn)
                    notes.append(QStringLiteral("The date rated is kept as the date watched."));
                continue;
            }
            fields.append(-1);
            if (!isBookkeeping(key))
                notes.append(QStringLiteral("Column %1 \"%2\" is not an IMDb column Marquee "
                                            "knows; it was ignored.")
                                 .arg(c + 1)
                                 .arg(header[c]));
        }
        return fields;
    }

    Verdict adapt(QList<Cell> &cells, QString &field, QString &reason) const override
    {
        for (Cell &cell : cells) {
            const QString text = cell.text.trimmed();
            switch (FilmField(cell.field)) {
            case FilmField::Type: {
                bool film = true;
                const auto type = filmTypeOf(text, film);
                if (!film) {
                    reason = QStringLiteral("a %1 is not a film; skipped").arg(text);
                    return Verdict::Skip;
                }
                cell.text = type ? toText(*type) : QString();
                break;
            }
            case FilmField::Genres:
            case FilmField::Directors:
                // "Drama, Romance", "Joel Coen, Ethan Coen": IMDb separates them with commas.
                cell.text = text.split(u',', Qt::SkipEmptyParts).join(QStringLiteral("; "));
                break;
            case FilmField::ReleaseDate:
            case FilmField::WatchedOn:
                if (!adaptDate(cell.text)) {
                    field = fieldsOf(Table::Films)[cell.field].name;
                    reason = QStringLiteral("\"%1\" is not a date IMDb writes (2005-11-16 or "
                                            "11/16/2005)")
                                 .arg(text);
                    return Verdict::Fail;
                }
                break;
            default:
                break;
            }
        }
        return Verdict::Keep;
    }

private:
    // ISO dates stay; "11/16/2005" (month first, older exports) and "Wed Nov 16 00:00:00 2005"
    // become ISO.
    static bool adaptDate(QString &text)
    {
        const QString t = text.trimmed();
        if (t.isEmpty() || QDate::fromString(t, Qt::ISODate).isValid())
            return true;
        for (const QString &format :
             {QStringLiteral("M/d/yyyy"), QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
            const QDate date = QLocale::c().toDate(t, format);
            if (date.isValid()) {
                text = date.toString(Qt::ISODate);
                return true;
            }
        }
        return false;
    }
};

const ImdbDialect &dialect()
{
    static const ImdbDialect instance;
    return instance;
}

} // namespace

ImdbImporter::ImdbImporter(Catalog &catalog, const ImportOptions &options)
    : m_catalog(catalog), m_options(options)
{
    // IMDb's text is never guarded against spreadsheets: a title that starts with "'" keeps it.
    m_options.formulaGuard = false;
    m_options.columnFields.clear();
}

ImportReport ImdbImporter::import(QIODevice *device, const QString &fileName)
{
    return CsvImporter(m_catalog, m_options, &dialect()).import(device, fileName);
}

int ImdbImporter::recognize(QByteArrayView head, QStringView suffix)
{
    Q_UNUSED(suffix);
    const qsizetype end = head.indexOf('\n');
    QString firstLine = QString::fromUtf8(end < 0 ? head : head.first(end)).toLower();
    firstLine.remove(u'"');
    const QStringList columns = firstLine.split(u',');
    const auto has = [&](const char *name) {
        for (const QString &column : columns) {
            if (normalizeHeader(column) == QLatin1String(name))
                return true;
        }
        return false;
    };
    return has("const") && has("titletype") && (has("imdbrating") || has("url")) ? 2 : 0;
}

FilePreview ImdbImporter::preview(const QString &path, int maxRows)
{
    FilePreview preview;
    const CsvPreview csv = CsvPreview::read(path, Table::Films, {}, maxRows);
    preview.error = csv.error;
    preview.header = csv.header;
    preview.rows = csv.rows;
    preview.films = csv.rows.size();
    QStringList notes;
    const QList<int> fields = dialect().mapHeader(csv.header, notes);
    preview.summary = QStringLiteral("%1 of the %2 columns are read")
                          .arg(fields.size() - fields.count(-1))
                          .arg(fields.size());
    return preview;
}

} // namespace Marquee
