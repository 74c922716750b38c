#include "scorebars.h"

#include "core/domain/score.h"

#include <QPainter>

namespace Marquee {

QColor scoreColor(double score)
{
    return QColor(QLatin1String(scoreBandColor(score)));
}

ScoreBars::ScoreBars(QWidget *parent) : QWidget(parent)
{
    setToolTip(tr("How the scored reviews spread over 0-19, 20-39, 40-59, 60-79 and 80-100"));
}

void ScoreBars::setScores(const QList<double> &scores)
{
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    for (const double s : scores)
        ++m_counts[std::clamp(int(s) / 20, 0, 4)];
    update();
}

QSize ScoreBars::sizeHint() const
{
    return {160, 56};
}

QSize ScoreBars::minimumSizeHint() const
{
    return {100, 40};
}

void ScoreBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int max = std::max(1, *std::max_element(std::begin(m_counts), std::end(m_counts)));
    const QFontMetrics fm = fontMetrics();
    const int labelHeight = fm.height();
    const qreal slot = width() / 5.0;
    const qreal barWidth = slot * 0.7;
    const int chartHeight = height() - labelHeight - 2;
    for (int i = 0; i < 5; ++i) {
        const qreal x = i * slot + (slot - barWidth) / 2;
        const qreal h = m_counts[i] == 0 ? 1.5 : chartHeight * m_counts[i] / qreal(max);
        painter.fillRect(QRectF(x, chartHeight - h, barWidth, h), scoreColor(i * 20 + 10));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(i * slot, chartHeight + 2, slot, labelHeight), Qt::AlignCenter,
                         QString::number(m_counts[i]));
    }
}

} // namespace Marquee
