#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FilmDetailView;
}

namespace Marquee {

class Catalog;

// The current film at a glance: poster, facts, ratings with the critics' score and the spread
// of review scores, synopsis, reviews and related films. Reads through the repositories.
class FilmDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit FilmDetailView(QWidget *parent = nullptr);
    ~FilmDetailView() override;

    void setCatalog(Catalog *catalog);
    void showFilm(qint64 id); // 0 shows nothing
    qint64 filmId() const { return m_filmId; }

signals:
    void filmLinkActivated(qint64 filmId);
    void companyLinkActivated(const QString &name);
    void personLinkActivated(const QString &name);
    void editRequested(qint64 filmId);

private:
    void clear();
    void onLinkActivated(const QString &link);

    std::unique_ptr<Ui::FilmDetailView> m_ui;
    Catalog *m_catalog = nullptr;
    qint64 m_filmId = 0;
};

} // namespace Marquee
