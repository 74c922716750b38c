#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Marquee {

// A written review score on the 0-100 scale: fractions ("3.5/4", "2/5", "85/100"), percentages
// ("85%") and letter grades by Metacritic's conversion (A+ 100 ... F- 0). Anything else,
// including a numerator above its denominator, has no normalized score (nullopt).
std::optional<double> normalizeScore(QStringView written);

// A film's critics' score: the mean of its reviews' normalized scores and how many had one.
struct CriticsScore
{
    std::optional<double> mean;
    int count = 0;
};

CriticsScore criticsScore(const QList<std::optional<double>> &scores);

// The colour of a 0-100 score's band, as Metacritic shows them: "#2e9d4f" green from 61,
// yellow from 40, red below.
const char *scoreBandColor(double score);

// Scores are kept to one decimal place ("87.5", "66.7").
double roundScore(double score);

} // namespace Marquee
