#pragma once

#include <QList>
#include <QWidget>

namespace Marquee {

// A small bar chart of review scores in five bands (0-19 ... 80-100), coloured like the
// Metascore bands.
class ScoreBars : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreBars(QWidget *parent = nullptr);
    void setScores(const QList<double> &scores);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_counts[5] = {0, 0, 0, 0, 0};
};

// The colour of a score on Metacritic's bands: green 61-100, yellow 40-60, red 0-39.
QColor scoreColor(double score);

} // namespace Marquee
