#include "filmdetailview.h"

#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/error.h"
#include "core/domain/validation.h"
#include "core/io/fieldtext.h"
#include "scorebars.h"
#include "ui_filmdetailview.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QUrl>

namespace Marquee {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// A poster frame with the title's initial, for films without a poster.
QPixmap placeholderPoster(const QString &title, const QSize &size, const QPalette &palette)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, 0, size.height());
    gradient.setColorAt(0, palette.color(QPalette::Mid).lighter(130));
    gradient.setColorAt(1, palette.color(QPalette::Mid));
    p.setBrush(gradient);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6);
    QFont font = p.font();
    font.setPixelSize(size.height() / 3);
    font.setBold(true);
    p.setFont(font);
    p.setPen(palette.color(QPalette::Base));
    p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, title.left(1).toUpper());
    return pixmap;
}

QString badge(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"background-color:%1; color:white; font-weight:600;\">"
                          "&nbsp;%2&nbsp;</span>")
        .arg(color.name(), html(text));
}

} // namespace

FilmDetailView::FilmDetailView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FilmDetailView>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    // Titles, synopses and facts come from imported files: never let them be read as HTML.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::RichText)
            label->setTextFormat(Qt::PlainText);
    }
    for (QLabel *caption : findChildren<QLabel *>()) {
        if (caption->objectName().endsWith(QLatin1String("Caption"))) {
            caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
            caption->setForegroundRole(QPalette::PlaceholderText);
        }
    }
    for (QLabel *links :
         {m_ui->companiesLabel, m_ui->directorsLabel, m_ui->writersLabel, m_ui->castLabel})
        connect(links, &QLabel::linkActivated, this, &FilmDetailView::onLinkActivated);
    connect(m_ui->relatedLabel, &QLabel::linkActivated, this, &FilmDetailView::onLinkActivated);
    connect(m_ui->editButton, &QPushButton::clicked, this,
            [this] { emit editRequested(m_filmId); });
    clear();
}

FilmDetailView::~FilmDetailView() = default;

void FilmDetailView::setCatalog(Catalog *catalog)
{
    m_catalog = catalog;
    showFilm(0);
}

void FilmDetailView::onLinkActivated(const QString &link)
{
    const QUrl url(link);
    if (url.scheme() == u"film")
        emit filmLinkActivated(url.path().toLongLong());
    else if (url.scheme() == u"company")
        emit companyLinkActivated(url.path());
    else if (url.scheme() == u"person")
        emit personLinkActivated(url.path());
}

void FilmDetailView::clear()
{
    m_ui->titleLabel->setText(tr("No film selected"));
    m_ui->originalTitleLabel->clear();
    m_ui->posterLabel->setPixmap(
        placeholderPoster(QString(), m_ui->posterLabel->minimumSize(), palette()));
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("Label")) && label != m_ui->titleLabel &&
            label != m_ui->posterLabel)
            label->clear();
        if (label->objectName().endsWith(QLatin1String("Value")))
            label->clear();
    }
    m_ui->scoreBars->setScores({});
    m_ui->ratingsBox->setEnabled(false);
    m_ui->editButton->setEnabled(false);
}

void FilmDetailView::showFilm(qint64 id)
{
    m_filmId = id;
    if (!m_catalog || id == 0) {
        clear();
        return;
    }
    std::optional<Film> film;
    QList<Review> reviews;
    QList<std::pair<qint64, QString>> related;
    QByteArray poster;
    try {
        FilmRepository films(*m_catalog);
        film = films.find(id);
        if (film) {
            reviews = ReviewRepository(*m_catalog).forFilm(id);
            poster = films.poster(id);
            for (const qint64 r : film->relatedFilmIds) {
                if (const auto other = films.find(r)) {
                    related.append(
                        {r, other->year
                                ? QStringLiteral("%1 (%2)").arg(other->title).arg(*other->year)
                                : other->title});
                }
            }
        }
    } catch (const Error &e) {
        clear();
        m_ui->titleLabel->setText(e.message());
        return;
    }
    if (!film) {
        clear();
        return;
    }
    m_ui->ratingsBox->setEnabled(true);
    m_ui->editButton->setEnabled(!m_catalog->isReadOnly());
    const Film &f = *film;
    const QLocale locale;
    m_ui->titleLabel->setText(f.year ? QStringLiteral("%1 (%2)").arg(f.title).arg(*f.year)
                                     : f.title);
    m_ui->originalTitleLabel->setText(!f.originalTitle.isEmpty() && f.originalTitle != f.title
                                          ? tr("Original title: %1").arg(f.originalTitle)
                                          : QString());

    QPixmap image;
    if (!poster.isEmpty() && image.loadFromData(poster)) {
        m_ui->posterLabel->setPixmap(image.scaled(m_ui->posterLabel->minimumSize(),
                                                  Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_ui->posterLabel->setPixmap(
            placeholderPoster(f.title, m_ui->posterLabel->minimumSize(), palette()));
    }

    const QString none = QStringLiteral("—");
    m_ui->typeLabel->setText(f.type ? toText(*f.type) : none);
    m_ui->runtimeLabel->setText(f.runtimeMinutes ? formatRuntime(*f.runtimeMinutes) : none);
    m_ui->statusLabel->setText(f.status ? toText(*f.status) : none);
    m_ui->certificationLabel->setText(f.certification.isEmpty() ? none : f.certification);
    m_ui->releasedLabel->setText(
        f.releaseDate.isValid() ? locale.toString(f.releaseDate, QLocale::LongFormat) : none);
    m_ui->languageLabel->setText(f.originalLanguage.isEmpty() ? none
                                                              : languageName(f.originalLanguage));
    QStringList countries;
    for (const QString &code : f.countries)
        countries.append(countryName(code));
    m_ui->countriesLabel->setText(countries.isEmpty() ? none
                                                      : countries.join(QStringLiteral(", ")));
    m_ui->genresLabel->setText(f.genres.isEmpty() ? none : f.genres.join(QStringLiteral(", ")));
    // Credits, each name a link to the person's films.
    const auto credits = [&](CreditRole role, int limit) {
        QStringList names;
        int shown = 0;
        int more = 0;
        for (const Credit &c : f.credits) {
            if (c.role != role)
                continue;
            if (shown++ >= limit) {
                ++more;
                continue;
            }
            QString link =
                QStringLiteral("<a href=\"person:%1\">%2</a>")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(c.name)), html(c.name));
            if (!c.character.isEmpty())
                link += QStringLiteral(" <span style=\"color:gray\">(%1)</span>")
                            .arg(html(c.character));
            names.append(link);
        }
        if (more > 0)
            names.append(tr("and %n more", nullptr, more));
        return names.isEmpty() ? none : names.join(QStringLiteral(", "));
    };
    m_ui->directorsLabel->setText(credits(CreditRole::Director, 10));
    m_ui->writersLabel->setText(credits(CreditRole::Writer, 10));
    m_ui->castLabel->setText(credits(CreditRole::Cast, 12));
    QStringList companies;
    for (const QString &name : f.companies) {
        companies.append(QStringLiteral("<a href=\"company:%1\">%2</a>")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(name)), html(name)));
    }
    m_ui->companiesLabel->setText(companies.isEmpty() ? none
                                                      : companies.join(QStringLiteral(", ")));
    // Where to watch, by offer: "Rent: Apple TV, Amazon · Buy: ..."
    QStringList offers;
    for (const WatchOffer offer :
         {WatchOffer::Stream, WatchOffer::Free, WatchOffer::Rent, WatchOffer::Buy}) {
        QStringList providers;
        for (const WatchProvider &p : f.providers) {
            if (p.offer == offer)
                providers.append(p.provider);
        }
        if (!providers.isEmpty()) {
            QString name = toText(offer);
            name[0] = name[0].toUpper();
            offers.append(name + QStringLiteral(": ") + providers.join(QStringLiteral(", ")));
        }
    }
    m_ui->providersLabel->setText(offers.isEmpty() ? none : offers.join(QStringLiteral("\n")));
    // Every day it was watched, latest first.
    QList<QDate> days = f.viewings;
    if (f.watchedOn.isValid() && !days.contains(f.watchedOn))
        days.append(f.watchedOn);
    std::sort(days.rbegin(), days.rend());
    QStringList watched;
    for (const QDate &day : std::as_const(days))
        watched.append(locale.toString(day, QLocale::ShortFormat));
    m_ui->watchedLabel->setText(watched.isEmpty() ? none : watched.join(QStringLiteral(", ")));

    // Ratings.
    const QString missing = QStringLiteral("<span style=\"color:gray\">—</span>");
    m_ui->tmdbValue->setText(f.tmdbVoteAverage
                                 ? tr("<b>%1</b> / 10 (%2 votes)")
                                       .arg(locale.toString(*f.tmdbVoteAverage, 'f', 1),
                                            locale.toString(f.tmdbVoteCount.value_or(0)))
                                 : missing);
    m_ui->imdbValue->setText(f.imdbRating ? tr("<b>%1</b> / 10 (%2 votes)")
                                                .arg(locale.toString(*f.imdbRating, 'f', 1),
                                                     locale.toString(f.imdbVotes.value_or(0)))
                                          : missing);
    m_ui->metascoreValue->setText(
        f.metascore ? badge(QString::number(*f.metascore), scoreColor(*f.metascore)) : missing);
    QList<std::optional<double>> scores;
    QList<double> present;
    for (const Review &r : reviews) {
        scores.append(r.score);
        if (r.score)
            present.append(*r.score);
    }
    const CriticsScore critics = criticsScore(scores);
    m_ui->criticsValue->setText(
        critics.mean
            ? tr("%1 from %n scored review(s)", nullptr, critics.count)
                  .arg(badge(locale.toString(*critics.mean, 'f', 1), scoreColor(*critics.mean)))
            : (reviews.isEmpty() ? missing : tr("no scored review")));
    m_ui->scoreBars->setScores(present);
    m_ui->scoreBars->setVisible(!present.isEmpty());

    m_ui->synopsisLabel->setText(f.synopsis.isEmpty() ? tr("No synopsis.") : f.synopsis);

    QString reviewHtml;
    for (const Review &r : reviews) {
        QStringList who;
        if (!r.critic.isEmpty())
            who.append(QStringLiteral("<b>%1</b>").arg(html(r.critic)));
        if (!r.publication.isEmpty())
            who.append(html(r.publication));
        QString score;
        if (!r.originalScore.isEmpty()) {
            score = r.score
                        ? QStringLiteral(" &nbsp;%1 %2")
                              .arg(html(r.originalScore),
                                   badge(locale.toString(*r.score, 'f', 0), scoreColor(*r.score)))
                        : QStringLiteral(" &nbsp;%1").arg(html(r.originalScore));
        }
        reviewHtml +=
            QStringLiteral("<p style=\"margin-bottom:8px\"><span style=\"color:gray\">%1</span>"
                           "%2%3<br/>%4</p>")
                .arg(r.date.isValid() ? locale.toString(r.date, QLocale::ShortFormat) : QString(),
                     who.isEmpty() ? QString()
                                   : QStringLiteral(" · ") + who.join(QStringLiteral(", ")),
                     score, html(r.quote));
    }
    m_ui->reviewsBox->setTitle(reviews.isEmpty() ? tr("Reviews")
                                                 : tr("Reviews (%1)").arg(reviews.size()));
    m_ui->reviewsLabel->setText(reviews.isEmpty() ? tr("No reviews.") : reviewHtml);

    QStringList links;
    for (const auto &[rid, name] : related)
        links.append(QStringLiteral("<a href=\"film:%1\">%2</a>").arg(rid).arg(html(name)));
    m_ui->relatedBox->setVisible(!links.isEmpty());
    m_ui->relatedLabel->setText(links.join(QStringLiteral(" · ")));
}

} // namespace Marquee
