#include "tellico.h"

#include "../domain/error.h"
#include "../domain/validation.h"
#include "fieldtext.h"
#include "filmimport.h"
#include "ziparchive.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Marquee {

namespace {

constexpr int VideoCollection = 3;

struct Entry
{
    Film film;
    qint64 line = 0;
    QString cover;
    QString fault; // "field: why" when an entry cannot be read
    qint64 faultLine = 0;
};

struct Image
{
    QByteArray bytes;
    QString mimeType;
};

// The XML of a .tc archive or the file itself, and the archive's images.
struct Document
{
    QByteArray xml;
    QHash<QString, Image> images;
    QString error;
};

QString mimeOf(const QString &format)
{
    const QString f = format.toLower();
    return f == u"png"   ? QStringLiteral("image/png")
           : f == u"gif" ? QStringLiteral("image/gif")
                         : QStringLiteral("image/jpeg");
}

Document open(const QByteArray &bytes)
{
    Document doc;
    if (!bytes.startsWith("PK")) {
        doc.xml = bytes;
        return doc;
    }
    ZipArchive zip;
    if (!zip.openBytes(bytes)) {
        doc.error = zip.errorString();
        return doc;
    }
    for (const QString &name : zip.names()) {
        if (name == u"tellico.xml") {
            doc.xml = zip.read(name);
        } else if (name.startsWith(u"images/")) {
            const QString id = name.mid(7);
            doc.images.insert(id, {zip.read(name), mimeOf(id.section(u'.', -1))});
        }
    }
    if (doc.xml.isEmpty())
        doc.error = QStringLiteral("the archive holds no tellico.xml");
    return doc;
}

// Reads <tellico><collection> entries one by one, and embedded <images> at the end.
class Reader
{
public:
    explicit Reader(const QByteArray &xml) : m_xml(xml) {}

    // False with `error` when the file is not a Tellico video collection.
    bool start(QString &error)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"tellico")
                continue;
            if (m_xml.name() == u"collection") {
                const int type = m_xml.attributes().value(QLatin1String("type")).toInt();
                if (type != VideoCollection) {
                    error = QStringLiteral("a Tellico collection of type %1, not of videos (3)")
                                .arg(type);
                    return false;
                }
                return true;
            }
            break;
        }
        error = m_xml.hasError() ? QStringLiteral("line %1: not valid XML: %2")
                                       .arg(m_xml.lineNumber())
                                       .arg(m_xml.errorString())
                                 : QStringLiteral("not a Tellico file (no <tellico><collection>)");
        return false;
    }

    // The next entry; false at the end of the collection.
    bool next(Entry &entry, QHash<QString, Image> &images)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"entry") {
                entry = Entry();
                entry.line = m_xml.lineNumber();
                readEntry(entry);
                return true;
            }
            if (m_xml.name() == u"images") {
                while (m_xml.readNextStartElement()) {
                    const QString id = m_xml.attributes().value(QLatin1String("id")).toString();
                    const QString format =
                        m_xml.attributes().value(QLatin1String("format")).toString();
                    const QByteArray data =
                        QByteArray::fromBase64(m_xml.readElementText().toLatin1());
                    if (!data.isEmpty())
                        images.insert(id, {data, mimeOf(format)});
                }
                continue;
            }
            m_xml.skipCurrentElement(); // <fields>, <borrowers>, <filters> ...
        }
        return false;
    }

    bool hasError() const { return m_xml.hasError(); }
    QString errorString() const { return m_xml.errorString(); }
    qint64 line() const { return m_xml.lineNumber(); }

private:
    QStringList children()
    {
        QStringList out;
        while (m_xml.readNextStartElement()) {
            const QString text =
                m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            if (!text.isEmpty())
                out.append(text);
        }
        return out;
    }

    void set(Entry &e, FilmField field, const QString &text)
    {
        if (!e.fault.isEmpty() || text.isEmpty())
            return;
        const QString why = setFilmField(e.film, field, text);
        if (!why.isEmpty()) {
            e.fault = fieldsOf(Table::Films)[int(field)].name + QStringLiteral(": ") + why;
            e.faultLine = m_xml.lineNumber();
        }
    }

    void readEntry(Entry &e)
    {
        Film &f = e.film;
        while (m_xml.readNextStartElement()) {
            const QString name = m_xml.name().toString();
            if (name == u"casts") {
                while (m_xml.readNextStartElement()) {
                    const QStringList columns = children();
                    if (!columns.isEmpty())
                        f.credits.append({CreditRole::Cast, columns.value(0), columns.value(1)});
                }
            } else if (name == u"directors" || name == u"writers") {
                const CreditRole role =
                    name == u"directors" ? CreditRole::Director : CreditRole::Writer;
                for (const QString &person : children())
                    f.credits.append({role, person, {}});
            } else if (name == u"genres") {
                f.genres = children();
            } else if (name == u"studios") {
                f.companies = children();
            } else if (name == u"nationalitys") {
                for (const QString &n : children()) {
                    const QString code = countryCodeFor(n);
                    if (!code.isEmpty() && !f.countries.contains(code))
                        f.countries.append(code);
                }
            } else if (name == u"languages") {
                const QStringList languages = children();
                if (!languages.isEmpty() && f.originalLanguage.isEmpty())
                    f.originalLanguage = languageCodeFor(languages.first());
            } else if (name == u"keywords") {
                for (const QString &k : children()) {
                    if (!f.tags.contains(k, Qt::CaseInsensitive))
                        f.tags.append(k);
                }
            } else {
                const QString text =
                    m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                if (name == u"title") {
                    f.title = text;
                } else if (name == u"origtitle") {
                    f.originalTitle = text;
                } else if (name == u"year") {
                    set(e, FilmField::Year, text);
                } else if (name == u"running-time") {
                    set(e, FilmField::RuntimeMinutes, text);
                } else if (name == u"plot") {
                    f.synopsis = text;
                } else if (name == u"certification") {
                    static const QRegularExpression country(QStringLiteral(R"(\s*\([^)]*\)$)"));
                    f.certification = QString(text).remove(country);
                } else if (name == u"imdb") {
                    set(e, FilmField::ImdbId, text);
                } else if (name == u"rating") {
                    // Tellico's personal rating is 1 to 5 stars.
                    bool ok = false;
                    const double stars = text.toDouble(&ok);
                    if (!text.isEmpty() && (!ok || stars < 0 || stars > 5) && e.fault.isEmpty()) {
                        e.fault = QStringLiteral("my_rating: \"%1\" is not 0 to 5 stars").arg(text);
                        e.faultLine = m_xml.lineNumber();
                    } else if (ok && stars > 0)
                        f.myRating = stars * 2;
                } else if (name == u"comments") {
                    f.notes = text;
                } else if (name == u"medium") {
                    if (!text.isEmpty() && !f.tags.contains(text, Qt::CaseInsensitive))
                        f.tags.append(text);
                } else if (name == u"cover") {
                    e.cover = text;
                }
            }
        }
        sortCredits(f.credits);
        if (f.title.isEmpty() && e.fault.isEmpty())
            e.fault = QStringLiteral("title: a title is required");
    }

    QXmlStreamReader m_xml;
};

} // namespace

TellicoImporter::TellicoImporter(Catalog &catalog, const ImportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

ImportReport TellicoImporter::import(QIODevice *device, const QString &fileName)
{
    ImportReport report;
    report.fileName = fileName;
    report.format = QStringLiteral("Tellico");
    const Document doc = open(device->readAll());
    if (!doc.error.isEmpty()) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(fileName, doc.error);
        return report;
    }
    Reader reader(doc.xml);
    QString error;
    if (!reader.start(error)) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(fileName, error);
        return report;
    }
    // Covers may come after the entries (images inside the XML): entries wait for them.
    QList<Entry> entries;
    QHash<QString, Image> images = doc.images;
    Entry entry;
    while (reader.next(entry, images))
        entries.append(entry);
    if (reader.hasError()) {
        report.fatal = QStringLiteral("%1:%2: the file is damaged: %3. Nothing was imported.")
                           .arg(fileName)
                           .arg(reader.line())
                           .arg(reader.errorString());
        return report;
    }
    try {
        FilmImportSession session(m_catalog, m_options, report);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &e = entries[i];
            if (!e.fault.isEmpty()) {
                const qsizetype colon = e.fault.indexOf(QStringLiteral(": "));
                session.fail(e.faultLine > 0 ? e.faultLine : e.line, e.fault.left(colon),
                             e.fault.mid(colon + 2));
                continue;
            }
            const Image cover = images.value(e.cover);
            session.write(e.film, e.line, [&cover](FilmRepository &films, qint64 id) {
                if (!cover.bytes.isEmpty() && !films.hasPoster(id))
                    films.setPoster(id, cover.bytes, cover.mimeType);
            });
            if (m_options.progress && i % 64 == 0 && !m_options.progress(i, entries.size())) {
                report.cancelled = true;
                break;
            }
        }
        session.finish();
    } catch (const Error &e) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(fileName, e.message());
        report.imported = report.updated = 0;
    }
    return report;
}

int TellicoImporter::recognize(QByteArrayView head, QStringView suffix)
{
    if (head.contains("<tellico") || head.contains("//DTD Tellico"))
        return 2;
    // A .tc archive's first file is tellico.xml.
    if (head.startsWith("PK") && head.contains("tellico.xml"))
        return 2;
    return suffix.compare(u"tc", Qt::CaseInsensitive) == 0 ? 1 : 0;
}

FilePreview TellicoImporter::preview(const QString &path, int maxRows)
{
    FilePreview preview;
    QFile file(path);
    if (!openForReading(file, preview.error))
        return preview;
    const Document doc = open(file.readAll());
    if (!doc.error.isEmpty()) {
        preview.error = doc.error;
        return preview;
    }
    Reader reader(doc.xml);
    if (!reader.start(preview.error))
        return preview;
    preview.header = QStringList{QStringLiteral("Title"), QStringLiteral("Year"),
                                 QStringLiteral("Directors"), QStringLiteral("Problem")};
    QHash<QString, Image> images;
    Entry e;
    while (reader.next(e, images)) {
        if (preview.rows.size() < maxRows) {
            const QStringList directors = creditNames(e.film.credits, CreditRole::Director);
            preview.rows.append({e.film.title,
                                 e.film.year ? QString::number(*e.film.year) : QString(),
                                 directors.join(QStringLiteral(", ")), e.fault});
        }
        ++preview.films;
    }
    if (reader.hasError())
        preview.error = QStringLiteral("Line %1: the file is damaged: %2.")
                            .arg(reader.line())
                            .arg(reader.errorString());
    preview.summary = QStringLiteral("%1 videos").arg(preview.films);
    return preview;
}

} // namespace Marquee
