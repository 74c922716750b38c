#include "marqueejson.h"

#include "../db/catalog.h"
#include "../db/companyrepository.h"
#include "../db/filmrepository.h"
#include "../db/personrepository.h"
#include "../db/reviewrepository.h"
#include "../db/savedsearchrepository.h"
#include "../db/savepoint.h"
#include "../domain/error.h"
#include "../domain/score.h"
#include "../domain/validation.h"
#include "fieldtext.h"
#include "jsonscanner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Marquee {

namespace {

const QString CompaniesMember = QStringLiteral("companies");
const QString FilmsMember = QStringLiteral("films");
const QString PeopleMember = QStringLiteral("people");
const QString SearchesMember = QStringLiteral("saved_searches");

// A value of the file that cannot go where it is: the member at fault and why.
struct Fault
{
    QString field;
    QString message;
};

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the text \"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// A scalar as the text the CSV setters read; null is "not known". Throws a Fault otherwise.
QString scalarText(const QString &field, const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull())
        return {};
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    throw Fault{field,
                QStringLiteral("expected a text or a number, found %1").arg(describe(value))};
}

QString text(const QJsonObject &o, const QString &member, const QString &field)
{
    const QJsonValue value = o.value(member);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw Fault{field, QStringLiteral("expected a text, found %1").arg(describe(value))};
    return value.toString();
}

QStringList strings(const QString &field, const QJsonValue &value)
{
    if (value.isNull())
        return {};
    if (!value.isArray())
        throw Fault{field,
                    QStringLiteral("expected a list of texts, found %1").arg(describe(value))};
    QStringList list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            throw Fault{QStringLiteral("%1[%2]").arg(field).arg(i + 1),
                        QStringLiteral("expected a text, found %1").arg(describe(array[i]))};
        }
        list.append(array[i].toString());
    }
    return list;
}

QDateTime timestamp(const QJsonObject &o, const QString &member)
{
    const QString value = text(o, member, member);
    if (value.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    if (!time.isValid()) {
        throw Fault{
            member,
            QStringLiteral("\"%1\" is not a time written as 2005-11-16T20:30:00Z").arg(value)};
    }
    return time;
}

// A film's key: a number or a text, as the file writes it.
QString keyText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    throw Fault{QStringLiteral("key"),
                QStringLiteral("expected a number or a text, found %1").arg(describe(value))};
}

void throwFirst(const FieldErrors &errors, const QString &prefix = QString())
{
    if (!errors.isEmpty())
        throw Fault{prefix + errors.first().field, errors.first().message};
}

Review reviewFrom(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        throw Fault{where, QStringLiteral("expected an object, found %1").arg(describe(value))};
    const QJsonObject o = value.toObject();
    static const QHash<QString, ReviewField> fields = {
        {QStringLiteral("date"), ReviewField::Date},
        {QStringLiteral("critic"), ReviewField::Critic},
        {QStringLiteral("publication"), ReviewField::Publication},
        {QStringLiteral("quote"), ReviewField::Quote},
        {QStringLiteral("original_score"), ReviewField::OriginalScore},
        {QStringLiteral("score"), ReviewField::Score},
        {QStringLiteral("url"), ReviewField::Url},
    };
    Review review;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = where + u'.' + it.key();
        const auto known = fields.constFind(it.key());
        if (known == fields.constEnd())
            throw Fault{field, QStringLiteral("a review has no such member")};
        const QString error = setReviewField(review, *known, scalarText(field, it.value()));
        if (!error.isEmpty())
            throw Fault{field, error};
    }
    // A file written by hand may give only the score as the critic wrote it.
    if (!o.contains(QStringLiteral("score")))
        review.score = normalizeScore(review.originalScore);
    return review;
}

struct FilmEntry
{
    Film film;
    QString key;
    QStringList related;
    QByteArray poster;
    QString posterType;
    QList<Review> reviews;
    QDateTime createdAt;
    QDateTime updatedAt;
};

FilmEntry filmFrom(const QJsonObject &o, QSet<QString> &ignored)
{
    FilmEntry entry;
    const QList<FieldInfo> &fields = fieldsOf(Table::Films);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        if (name == u"key") {
            entry.key = keyText(value);
        } else if (name == u"related") {
            if (!value.isArray() && !value.isNull())
                throw Fault{
                    name, QStringLiteral("expected a list of keys, found %1").arg(describe(value))};
            for (const QJsonValue &k : value.toArray())
                entry.related.append(keyText(k));
        } else if (name == u"poster") {
            if (value.isNull())
                continue;
            if (!value.isObject())
                throw Fault{name, QStringLiteral("expected an object with mime_type and data, "
                                                 "found %1")
                                      .arg(describe(value))};
            const QJsonObject p = value.toObject();
            entry.posterType =
                text(p, QStringLiteral("mime_type"), QStringLiteral("poster.mime_type"));
            const auto decoded = QByteArray::fromBase64Encoding(
                text(p, QStringLiteral("data"), QStringLiteral("poster.data")).toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.isEmpty())
                throw Fault{QStringLiteral("poster.data"),
                            QStringLiteral("the image is not written in base64")};
            if (!entry.posterType.startsWith(u"image/"))
                throw Fault{QStringLiteral("poster.mime_type"),
                            QStringLiteral("\"%1\" is not an image type such as image/jpeg")
                                .arg(entry.posterType)};
            entry.poster = decoded.decoded;
        } else if (name == u"reviews") {
            if (!value.isArray() && !value.isNull())
                throw Fault{
                    name,
                    QStringLiteral("expected a list of reviews, found %1").arg(describe(value))};
            const QJsonArray reviews = value.toArray();
            for (qsizetype i = 0; i < reviews.size(); ++i) {
                const QString where = QStringLiteral("reviews[%1]").arg(i + 1);
                Review review = reviewFrom(reviews[i], where);
                review.filmId = 1; // the film it belongs to is not written yet
                throwFirst(validate(review), where + u'.');
                entry.reviews.append(review);
            }
        } else if (name == u"credits") {
            if (value.isNull())
                continue;
            if (!value.isArray())
                throw Fault{name, QStringLiteral("expected a list, found %1").arg(describe(value))};
            const QJsonArray list = value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString where = QStringLiteral("credits[%1]").arg(i + 1);
                if (!list[i].isObject())
                    throw Fault{
                        where,
                        QStringLiteral("expected an object, found %1").arg(describe(list[i]))};
                const QJsonObject c = list[i].toObject();
                Credit credit;
                const QString role =
                    text(c, QStringLiteral("role"), where + QStringLiteral(".role"));
                const auto parsed = parseCreditRole(role);
                if (!parsed)
                    throw Fault{where + QStringLiteral(".role"),
                                QStringLiteral("\"%1\" is not director, writer or cast").arg(role)};
                credit.role = *parsed;
                credit.name = text(c, QStringLiteral("name"), where + QStringLiteral(".name"));
                credit.character =
                    text(c, QStringLiteral("character"), where + QStringLiteral(".character"));
                entry.film.credits.append(credit);
            }
            // Stored in role order, whatever the file's.
            sortCredits(entry.film.credits);
        } else if (name == u"viewings") {
            for (const QString &day : strings(name, value)) {
                const QDate date = QDate::fromString(day, Qt::ISODate);
                if (!date.isValid())
                    throw Fault{name, QStringLiteral("\"%1\" is not a date written as "
                                                     "YYYY-MM-DD")
                                          .arg(day)};
                entry.film.viewings.append(date);
            }
        } else if (name == u"created_at") {
            entry.createdAt = timestamp(o, name);
        } else if (name == u"updated_at") {
            entry.updatedAt = timestamp(o, name);
        } else if (name == u"providers") {
            if (value.isNull())
                continue;
            if (!value.isArray())
                throw Fault{name, QStringLiteral("expected a list, found %1").arg(describe(value))};
            const QJsonArray list = value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString where = QStringLiteral("providers[%1]").arg(i + 1);
                const QJsonObject p = list[i].toObject();
                WatchProvider provider;
                provider.provider =
                    text(p, QStringLiteral("provider"), where + QStringLiteral(".provider"));
                const QString offer =
                    text(p, QStringLiteral("offer"), where + QStringLiteral(".offer"));
                const auto parsed = parseWatchOffer(offer);
                if (!parsed)
                    throw Fault{where + QStringLiteral(".offer"),
                                QStringLiteral("\"%1\" is not an offer (%2)")
                                    .arg(offer, watchOfferNames().join(QStringLiteral(", ")))};
                provider.offer = *parsed;
                entry.film.providers.append(provider);
            }
        } else {
            int field = -1;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (fields[i].name == name)
                    field = int(i);
            }
            if (field < 0 || fields[field].computed) {
                // The critics' score is worked out from the reviews.
                ignored.insert(name);
                continue;
            }
            if (fields[field].kind == FieldKind::List) {
                const QStringList items = strings(name, value);
                QString error;
                if (field == int(FilmField::Countries)) {
                    for (const QString &item : items) {
                        const QString code = countryCodeFor(item);
                        if (code.isEmpty())
                            throw Fault{name, QStringLiteral("\"%1\" is not a country code such "
                                                             "as FR")
                                                  .arg(item)};
                        entry.film.countries.append(code);
                    }
                } else if (field == int(FilmField::Genres)) {
                    entry.film.genres = items;
                } else if (field == int(FilmField::Companies)) {
                    entry.film.companies = items;
                } else if (field == int(FilmField::Tags)) {
                    entry.film.tags = items;
                } else {
                    // directors, writers, cast as CSV writes them; "credits" holds the rest.
                    const QString error = setFilmField(entry.film, FilmField(field),
                                                       items.join(QStringLiteral("; ")));
                    if (!error.isEmpty())
                        throw Fault{name, error};
                }
                continue;
            }
            const QString error =
                setFilmField(entry.film, FilmField(field), scalarText(name, value));
            if (!error.isEmpty())
                throw Fault{name, error};
        }
    }
    if (!o.contains(QStringLiteral("title")))
        throw Fault{QStringLiteral("title"), QStringLiteral("a title is required")};
    throwFirst(validate(entry.film));
    return entry;
}

// Reads the file's members in order and writes what they hold; one per import.
class JsonImport
{
public:
    JsonImport(Catalog &catalog, const ImportOptions &options, ImportReport &report)
        : m_options(options), m_report(report), m_films(catalog), m_reviews(catalog),
          m_companies(catalog), m_people(catalog), m_searches(catalog), m_savepoint(catalog)
    {}

    // False stops the scan: the file is not ours, or a value is damaged.
    bool handle(const JsonScanner::Item &item)
    {
        if (item.index < 0)
            return handleMember(item);
        if (!m_formatSeen) {
            m_report.fatal = QStringLiteral("%1 is not a Marquee JSON file: it does not begin with "
                                            "\"format\": \"marquee\".")
                                 .arg(m_report.fileName);
            return false;
        }
        QString parseError;
        qint64 errorLine = 0;
        const QJsonValue value = JsonScanner::parse(item, parseError, &errorLine);
        const QString where = QStringLiteral("%1[%2]").arg(item.member).arg(item.index + 1);
        if (!parseError.isEmpty()) {
            fail(errorLine, where, QStringLiteral("not valid JSON: %1").arg(parseError));
            return true;
        }
        if (!value.isObject()) {
            fail(item.line, where,
                 QStringLiteral("expected an object, found %1").arg(describe(value)));
            return true;
        }
        m_savepoint.begin();
        try {
            if (item.member == FilmsMember)
                addFilm(value.toObject(), item.line);
            else if (item.member == CompaniesMember)
                addCompany(value.toObject());
            else if (item.member == PeopleMember)
                addPerson(value.toObject());
            else
                addSearch(value.toObject());
            m_savepoint.release();
        } catch (const Fault &fault) {
            m_savepoint.rollback();
            fail(item.line, fault.field, fault.message);
        } catch (const Error &error) {
            m_savepoint.rollback();
            m_films.clearCache();
            m_companies.clearCache();
            m_people.clearCache();
            if (error.kind() != Error::Kind::Invalid && error.kind() != Error::Kind::Conflict)
                throw;
            fail(item.line, QString(), error.message());
        }
        return true;
    }

    // Links between films, once every film of the file is in.
    void linkRelated()
    {
        for (const Pending &pending : std::as_const(m_pending)) {
            Film film = m_films.find(pending.id).value();
            film.relatedFilmIds.clear();
            for (const QString &key : pending.related) {
                const auto it = m_idByKey.constFind(key);
                if (it == m_idByKey.constEnd()) {
                    fail(pending.line, QStringLiteral("related"),
                         QStringLiteral("no film in the file has the key %1").arg(key));
                    continue;
                }
                if (*it != pending.id && !film.relatedFilmIds.contains(*it))
                    film.relatedFilmIds.append(*it);
            }
            m_films.update(film);
            m_films.setTimestamps(pending.id, pending.createdAt, pending.updatedAt);
        }
    }

    void addNotes()
    {
        const auto count = [](qint64 n, const char *one, const char *many) {
            return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
        };
        if (m_companiesAdded + m_companiesPresent > 0)
            m_report.notes.append(QStringLiteral("Companies: %1 added, %2 already in the catalog.")
                                      .arg(m_companiesAdded)
                                      .arg(m_companiesPresent));
        if (m_peopleAdded + m_peoplePresent > 0)
            m_report.notes.append(QStringLiteral("People: %1 added, %2 already in the catalog.")
                                      .arg(m_peopleAdded)
                                      .arg(m_peoplePresent));
        if (m_reviewsAdded > 0)
            m_report.notes.append(count(m_reviewsAdded, "review added.", "reviews added."));
        if (m_searchesAdded + m_searchesPresent > 0)
            m_report.notes.append(QStringLiteral("Saved searches: %1 added, %2 already there.")
                                      .arg(m_searchesAdded)
                                      .arg(m_searchesPresent));
        for (const QString &name : std::as_const(m_ignored))
            m_report.notes.append(
                QStringLiteral("The films' \"%1\" was not read: Marquee works it out or does not "
                               "know it.")
                    .arg(name));
    }

private:
    struct Pending
    {
        qint64 id;
        qint64 line;
        QStringList related;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    void fail(qint64 line, const QString &field, const QString &message)
    {
        ++m_report.failed;
        m_report.addIssue(line, field, message);
    }

    bool handleMember(const JsonScanner::Item &item)
    {
        QString parseError;
        qint64 errorLine = 0;
        const QJsonValue value = JsonScanner::parse(item, parseError, &errorLine);
        if (!parseError.isEmpty()) {
            m_report.fatal = QStringLiteral("%1:%2: \"%3\" is not valid JSON: %4")
                                 .arg(m_report.fileName)
                                 .arg(errorLine)
                                 .arg(item.member, parseError);
            return false;
        }
        if (item.member == u"format") {
            if (value.toString() != QLatin1String(MarqueeJson::FormatName)) {
                m_report.fatal = QStringLiteral("%1 is not a Marquee JSON file: its format is %2.")
                                     .arg(m_report.fileName, describe(value));
                return false;
            }
            m_formatSeen = true;
        } else if (item.member == u"version") {
            if (!value.isDouble() || value.toDouble() > MarqueeJson::Version) {
                m_report.fatal = QStringLiteral("%1:%2: the file is of version %3; this Marquee "
                                                "reads version %4 and older.")
                                     .arg(m_report.fileName)
                                     .arg(item.line)
                                     .arg(value.toVariant().toString())
                                     .arg(MarqueeJson::Version);
                return false;
            }
        } else if (item.member == FilmsMember || item.member == CompaniesMember ||
                   item.member == PeopleMember || item.member == SearchesMember) {
            if (!value.isNull()) {
                fail(item.line, item.member,
                     QStringLiteral("expected a list, found %1").arg(describe(value)));
            }
        } else {
            m_report.notes.append(
                QStringLiteral("Line %1: \"%2\" is not part of a Marquee catalog and was not read.")
                    .arg(item.line)
                    .arg(item.member));
        }
        return true;
    }

    void addCompany(const QJsonObject &o)
    {
        Company company;
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QHash<QString, CompanyField> fields = {
                {QStringLiteral("name"), CompanyField::Name},
                {QStringLiteral("country"), CompanyField::Country},
                {QStringLiteral("notes"), CompanyField::Notes},
            };
            const auto known = fields.constFind(it.key());
            if (known == fields.constEnd())
                throw Fault{it.key(), QStringLiteral("a company has no such member")};
            const QString error =
                setCompanyField(company, *known, scalarText(it.key(), it.value()));
            if (!error.isEmpty())
                throw Fault{it.key(), error};
        }
        throwFirst(validate(company));
        if (std::optional<Company> stored = m_companies.findByName(company.name)) {
            ++m_companiesPresent;
            if (m_options.onDuplicate == DuplicatePolicy::Update) {
                stored->country = company.country;
                stored->notes = company.notes;
                m_companies.update(*stored);
            }
            return;
        }
        m_companies.insert(company);
        ++m_companiesAdded;
    }

    void addPerson(const QJsonObject &o)
    {
        Person person;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"name")
                person.name = text(o, it.key(), it.key()).trimmed();
            else if (it.key() == u"notes")
                person.notes = text(o, it.key(), it.key());
            else
                throw Fault{it.key(), QStringLiteral("a person has no such member")};
        }
        throwFirst(validate(person));
        if (std::optional<Person> stored = m_people.findByName(person.name)) {
            ++m_peoplePresent;
            if (m_options.onDuplicate == DuplicatePolicy::Update && stored->notes != person.notes) {
                stored->notes = person.notes;
                m_people.update(*stored);
            }
            return;
        }
        m_people.insert(person);
        ++m_peopleAdded;
    }

    void addFilm(const QJsonObject &o, qint64 line)
    {
        FilmEntry entry = filmFrom(o, m_ignored);
        if (!entry.key.isEmpty() && m_idByKey.contains(entry.key))
            throw Fault{QStringLiteral("key"),
                        QStringLiteral("another film of the file has the key %1").arg(entry.key)};
        qint64 id = 0;
        bool update = false;
        if (m_options.onDuplicate != DuplicatePolicy::Add) {
            if (const auto existing = m_films.findDuplicate(entry.film)) {
                if (m_options.onDuplicate == DuplicatePolicy::Skip) {
                    if (!entry.key.isEmpty())
                        m_idByKey.insert(entry.key, *existing);
                    ++m_report.skipped;
                    m_report.addIssue(line, QString(),
                                      QStringLiteral("\"%1\" is already in the catalog; left as "
                                                     "it is")
                                          .arg(entry.film.title));
                    return;
                }
                id = *existing;
                update = true;
            }
        }
        if (update) {
            const Film stored = m_films.find(id).value();
            entry.film.id = id;
            entry.film.rowVersion = stored.rowVersion;
            entry.film.relatedFilmIds = stored.relatedFilmIds;
            m_films.update(entry.film);
        } else {
            id = m_films.insert(entry.film);
        }
        if (!entry.poster.isEmpty())
            m_films.setPoster(id, entry.poster, entry.posterType);
        for (Review &review : entry.reviews) {
            review.filmId = id;
            if (update && m_reviews.findDuplicate(review))
                continue;
            m_reviews.insert(review);
            ++m_reviewsAdded;
        }
        if (entry.createdAt.isValid() || entry.updatedAt.isValid())
            m_films.setTimestamps(id, entry.createdAt, entry.updatedAt);
        if (!entry.key.isEmpty())
            m_idByKey.insert(entry.key, id);
        if (!entry.related.isEmpty())
            m_pending.append({id, line, entry.related, entry.createdAt, entry.updatedAt});
        ++(update ? m_report.updated : m_report.imported);
    }

    void addSearch(const QJsonObject &o)
    {
        SavedSearch search;
        search.name = text(o, QStringLiteral("name"), QStringLiteral("name"));
        search.query = text(o, QStringLiteral("query"), QStringLiteral("query"));
        const QString table = text(o, QStringLiteral("table"), QStringLiteral("table"));
        const auto parsed = parseTable(table.isEmpty() ? QStringLiteral("films") : table);
        if (!parsed)
            throw Fault{QStringLiteral("table"),
                        QStringLiteral("\"%1\" is not films, companies or reviews").arg(table)};
        search.table = *parsed;
        for (const SavedSearch &stored : m_searches.list()) {
            if (stored.table == search.table && stored.name == search.name &&
                stored.query == search.query) {
                ++m_searchesPresent;
                return;
            }
        }
        m_searches.insert(search);
        ++m_searchesAdded;
    }

    const ImportOptions &m_options;
    ImportReport &m_report;
    FilmRepository m_films;
    ReviewRepository m_reviews;
    CompanyRepository m_companies;
    PersonRepository m_people;
    SavedSearchRepository m_searches;
    Savepoint m_savepoint;
    bool m_formatSeen = false;
    QHash<QString, qint64> m_idByKey;
    QList<Pending> m_pending;
    QSet<QString> m_ignored;
    qint64 m_companiesAdded = 0;
    qint64 m_companiesPresent = 0;
    qint64 m_peopleAdded = 0;
    qint64 m_peoplePresent = 0;
    qint64 m_reviewsAdded = 0;
    qint64 m_searchesAdded = 0;
    qint64 m_searchesPresent = 0;
};

} // namespace

FilePreview MarqueeJsonImporter::preview(const QString &path, int maxRows)
{
    FilePreview preview;
    QFile file(path);
    if (!openForReading(file, preview.error))
        return preview;
    preview.header = QStringList{QStringLiteral("Title"), QStringLiteral("Year"),
                                 QStringLiteral("Companies"), QStringLiteral("Reviews")};
    const JsonScanner::MappedBytes bytes(&file);
    JsonScanner scanner(bytes.data(), {CompaniesMember, PeopleMember, FilmsMember, SearchesMember});
    qint64 companies = 0;
    qint64 people = 0;
    qint64 searches = 0;
    bool ours = false;
    const bool scanned = scanner.scan([&](const JsonScanner::Item &item) {
        QString error;
        if (item.member == u"format") {
            ours = JsonScanner::parse(item, error).toString() ==
                   QLatin1String(MarqueeJson::FormatName);
        } else if (item.member == CompaniesMember && item.index >= 0) {
            ++companies;
        } else if (item.member == PeopleMember && item.index >= 0) {
            ++people;
        } else if (item.member == SearchesMember && item.index >= 0) {
            ++searches;
        } else if (item.member == FilmsMember && item.index >= 0) {
            if (preview.films++ < maxRows) {
                const QJsonObject o = JsonScanner::parse(item, error).toObject();
                const QJsonValue year = o.value(QStringLiteral("year"));
                preview.rows.append(
                    {o.value(QStringLiteral("title")).toString(),
                     year.isDouble() ? QString::number(year.toInt()) : year.toString(),
                     o.value(QStringLiteral("companies"))
                         .toVariant()
                         .toStringList()
                         .join(QStringLiteral(", ")),
                     QString::number(o.value(QStringLiteral("reviews")).toArray().size())});
            }
        }
        return true;
    });
    if (!scanned) {
        preview.error = QStringLiteral("Line %1: the file is damaged: %2.")
                            .arg(scanner.errorLine())
                            .arg(scanner.error());
    } else if (!ours) {
        preview.error = QStringLiteral("This is not a Marquee JSON file: it has no "
                                       "\"format\": \"marquee\".");
    }
    preview.summary = QStringLiteral("%1 films, %2 companies, %3 people, %4 saved searches")
                          .arg(preview.films)
                          .arg(companies)
                          .arg(people)
                          .arg(searches);
    return preview;
}

MarqueeJsonImporter::MarqueeJsonImporter(Catalog &catalog, const ImportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

ImportReport MarqueeJsonImporter::import(QIODevice *device, const QString &fileName)
{
    ImportReport report;
    report.fileName = fileName;
    report.format = QStringLiteral("Marquee JSON");
    report.dryRun = m_options.dryRun;

    // A file is mapped rather than read: a large catalog's bytes stay in the page cache.
    const JsonScanner::MappedBytes bytes(device);
    const QByteArrayView data = bytes.data();

    JsonScanner scanner(data, {CompaniesMember, PeopleMember, FilmsMember, SearchesMember});
    try {
        Transaction transaction(m_catalog, Transaction::Indexing::Deferred);
        JsonImport import(m_catalog, m_options, report);
        qint64 items = 0;
        const bool scanned = scanner.scan([&](const JsonScanner::Item &item) {
            if (!import.handle(item))
                return false;
            if (items++ % 256 == 0 && m_options.progress &&
                !m_options.progress(scanner.position(), data.size())) {
                report.cancelled = true;
                return false;
            }
            return true;
        });
        if (!scanned) {
            report.fatal = QStringLiteral("%1:%2: the file is damaged: %3. Nothing was imported.")
                               .arg(fileName)
                               .arg(scanner.errorLine())
                               .arg(scanner.error());
        }
        if (!report.fatal.isEmpty() || report.cancelled) {
            transaction.rollback();
            report.rolledBack = true;
            report.imported = report.updated = 0;
            return report;
        }
        import.linkRelated();
        import.addNotes();
        if (m_options.dryRun || (m_options.strict && report.failed > 0)) {
            transaction.rollback();
            report.rolledBack = true;
        } else {
            transaction.commit();
            report.committed = report.imported + report.updated;
        }
    } catch (const Error &e) {
        report.fatal = QStringLiteral("%1: %2. Nothing was imported.").arg(fileName, e.message());
        report.rolledBack = true;
        report.imported = report.updated = 0;
    }
    if (m_options.progress)
        m_options.progress(data.size(), data.size());
    return report;
}

} // namespace Marquee
