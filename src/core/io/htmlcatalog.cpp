#include "htmlcatalog.h"

#include "../db/filmrepository.h"
#include "../db/reviewrepository.h"
#include "../domain/error.h"
#include "../domain/score.h"
#include "../domain/validation.h"
#include "fieldtext.h"

#include <QIODevice>
#include <QLocale>

namespace Marquee {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString badge(double score, const QString &text)
{
    return QStringLiteral("<span style=\"background-color:%1; color:white; font-weight:bold\">"
                          "&nbsp;%2&nbsp;</span>")
        .arg(QLatin1String(scoreBandColor(score)), text);
}

QString names(const Film &f, CreditRole role, int limit)
{
    QStringList out;
    for (const Credit &c : f.credits) {
        if (c.role != role)
            continue;
        if (out.size() == limit) {
            out.append(QStringLiteral("…"));
            break;
        }
        out.append(c.character.isEmpty() || role != CreditRole::Cast
                       ? esc(c.name)
                       : QStringLiteral("%1 <i>(%2)</i>").arg(esc(c.name), esc(c.character)));
    }
    return out.join(QStringLiteral(", "));
}

QString ratings(const Film &f, const QLocale &locale)
{
    QStringList parts;
    if (f.tmdbVoteAverage)
        parts.append(
            QStringLiteral("TMDB <b>%1</b>/10").arg(locale.toString(*f.tmdbVoteAverage, 'f', 1)));
    if (f.imdbRating)
        parts.append(
            QStringLiteral("IMDb <b>%1</b>/10").arg(locale.toString(*f.imdbRating, 'f', 1)));
    if (f.metascore)
        parts.append(
            QStringLiteral("Metascore %1").arg(badge(*f.metascore, QString::number(*f.metascore))));
    if (f.myRating)
        parts.append(QStringLiteral("mine <b>%1</b>/10").arg(locale.toString(*f.myRating)));
    return parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

const char Head[] = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%1</title>
<style>
body { font-family: sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 18pt; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: #555; font-weight: normal; margin: 0 0 8pt 0; }
table.facts td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
td.caption { color: #777; text-align: right; }
table.list th { text-align: left; border-bottom: 1px solid #999; padding-right: 8pt; }
table.list td { border-bottom: 1px solid #ddd; padding-right: 8pt; vertical-align: top; }
</style></head><body>
)";

} // namespace

HtmlCatalog::HtmlCatalog(Catalog &catalog, const ExportOptions &options, ImageUrl imageUrl)
    : m_catalog(catalog), m_options(options), m_imageUrl(std::move(imageUrl))
{}

qint64 HtmlCatalog::write(const std::function<void(const QString &)> &write)
{
    const QLocale locale;
    FilmRepository films(m_catalog);
    ReviewRepository reviews(m_catalog);
    const QList<qint64> ids = films.ids(m_options.filter, m_options.ids);
    write(QString::fromUtf8(Head).arg(QStringLiteral("Films")));
    if (m_options.compact) {
        write(QStringLiteral("<table class=\"list\" width=\"100%\" cellpadding=\"3\" "
                             "cellspacing=\"0\"><tr><th></th><th>Film</th>"
                             "<th>Directed by</th><th>Runtime</th><th>Ratings</th>"
                             "<th>Critics</th></tr>\n"));
    }
    qint64 written = 0;
    for (const qint64 id : ids) {
        const std::optional<Film> film = films.find(id);
        if (!film)
            continue;
        const Film &f = *film;
        QString mime;
        const QByteArray poster = films.poster(id, &mime);
        const QString title =
            f.year ? QStringLiteral("%1 (%2)").arg(esc(f.title)).arg(*f.year) : esc(f.title);
        const auto critics = [&]() -> QString {
            const CriticsScore c = reviews.criticsScore(id);
            return c.mean ? QStringLiteral("%1 of %2 reviews")
                                .arg(badge(*c.mean, locale.toString(*c.mean, 'f', 0)))
                                .arg(c.count)
                          : QString();
        };
        if (m_options.compact) {
            const QString image = poster.isEmpty() ? QString()
                                                   : QStringLiteral("<img src=\"%1\" width=\"40\">")
                                                         .arg(m_imageUrl(id, poster, mime));
            write(QStringLiteral("<tr><td>%1</td><td><b>%2</b>%3</td><td>%4</td><td>%5</td>"
                                 "<td>%6</td><td>%7</td></tr>\n")
                      .arg(image, title,
                           f.originalTitle.isEmpty()
                               ? QString()
                               : QStringLiteral("<br><i>%1</i>").arg(esc(f.originalTitle)),
                           names(f, CreditRole::Director, 3),
                           f.runtimeMinutes ? formatRuntime(*f.runtimeMinutes) : QString(),
                           ratings(f, locale), critics()));
        } else {
            QStringList facts;
            const auto fact = [&facts](const QString &caption, const QString &value) {
                if (!value.isEmpty())
                    facts.append(QStringLiteral("<tr><td class=\"caption\">%1</td><td>%2</td></tr>")
                                     .arg(caption, value));
            };
            fact(QStringLiteral("Directed by"), names(f, CreditRole::Director, 10));
            fact(QStringLiteral("Written by"), names(f, CreditRole::Writer, 10));
            fact(QStringLiteral("Cast"), names(f, CreditRole::Cast, 12));
            fact(QStringLiteral("Runtime"),
                 f.runtimeMinutes ? formatRuntime(*f.runtimeMinutes) : QString());
            fact(QStringLiteral("Released"),
                 f.releaseDate.isValid() ? locale.toString(f.releaseDate, QLocale::LongFormat)
                                         : QString());
            QStringList countries;
            for (const QString &code : f.countries)
                countries.append(esc(countryName(code)));
            fact(QStringLiteral("Countries"), countries.join(QStringLiteral(", ")));
            fact(QStringLiteral("Language"),
                 f.originalLanguage.isEmpty() ? QString() : esc(languageName(f.originalLanguage)));
            fact(QStringLiteral("Genres"), esc(f.genres.join(QStringLiteral(", "))));
            fact(QStringLiteral("Companies"), esc(f.companies.join(QStringLiteral(", "))));
            fact(QStringLiteral("Certification"), esc(f.certification));
            fact(QStringLiteral("Ratings"), ratings(f, locale));
            fact(QStringLiteral("Critics"), critics());
            const QString image = poster.isEmpty()
                                      ? QString()
                                      : QStringLiteral("<td width=\"190\" valign=\"top\"><img "
                                                       "src=\"%1\" width=\"180\"></td>")
                                            .arg(m_imageUrl(id, poster, mime));
            QString synopsis = esc(f.synopsis);
            synopsis.replace(u'\n', QStringLiteral("<br>"));
            // Each film on a page of its own: inline, as Qt's rich text reads it.
            const QString pageBreak =
                written > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
            write(QStringLiteral("<div class=\"film\"%6><table width=\"100%\"><tr>%1<td "
                                 "valign=\"top\"><h1>%2</h1>%3<table class=\"facts\" "
                                 "cellpadding=\"1\" cellspacing=\"3\">%4</table>"
                                 "</td></tr></table><p>%5</p></div>\n")
                      .arg(image, title,
                           f.originalTitle.isEmpty()
                               ? QString()
                               : QStringLiteral("<h2>%1</h2>").arg(esc(f.originalTitle)),
                           facts.join(QString()), synopsis, pageBreak));
        }
        ++written;
        if (written % 256 == 0 && m_options.progress && !m_options.progress(written))
            return -1;
    }
    write(m_options.compact ? QStringLiteral("</table></body></html>\n")
                            : QStringLiteral("</body></html>\n"));
    return written;
}

HtmlCatalogExporter::HtmlCatalogExporter(Catalog &catalog, const ExportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

ExportReport HtmlCatalogExporter::exportTo(QIODevice *device)
{
    ExportReport report;
    try {
        HtmlCatalog html(m_catalog, m_options,
                         [](qint64, const QByteArray &image, const QString &mime) {
                             return QStringLiteral("data:%1;base64,%2")
                                 .arg(mime.isEmpty() ? QStringLiteral("image/jpeg") : mime,
                                      QString::fromLatin1(image.toBase64()));
                         });
        bool failed = false;
        const qint64 rows = html.write([&](const QString &part) {
            if (!failed && device->write(part.toUtf8()) < 0)
                failed = true;
        });
        if (rows < 0)
            report.cancelled = true;
        else
            report.rows = rows;
        if (failed)
            report.error = QStringLiteral("Writing failed: %1").arg(device->errorString());
    } catch (const Error &e) {
        report.error = e.message();
    }
    return report;
}

} // namespace Marquee
