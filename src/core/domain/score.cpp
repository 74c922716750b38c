#include "score.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Marquee {

namespace {

std::optional<double> letterGrade(QStringView grade)
{
    // Metacritic's published conversion of letter grades.
    static const QHash<QString, double> table = {
        {QStringLiteral("A+"), 100}, {QStringLiteral("A"), 100}, {QStringLiteral("A-"), 91},
        {QStringLiteral("B+"), 83},  {QStringLiteral("B"), 75},  {QStringLiteral("B-"), 67},
        {QStringLiteral("C+"), 58},  {QStringLiteral("C"), 50},  {QStringLiteral("C-"), 42},
        {QStringLiteral("D+"), 33},  {QStringLiteral("D"), 25},  {QStringLiteral("D-"), 16},
        {QStringLiteral("F+"), 8},   {QStringLiteral("F"), 0},   {QStringLiteral("F-"), 0},
    };
    QString key = grade.toString().toUpper();
    key.replace(QChar(0x2212), u'-'); // minus sign
    key.replace(QChar(0x2013), u'-'); // en dash
    const auto it = table.constFind(key);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

} // namespace

double roundScore(double score)
{
    return std::round(score * 10.0) / 10.0;
}

std::optional<double> normalizeScore(QStringView written)
{
    const QString text = written.trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;

    if (const auto grade = letterGrade(text))
        return grade;

    static const QRegularExpression fraction(
        QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*(?:/|out of)\s*(\d+(?:\.\d+)?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = fraction.match(text); m.hasMatch()) {
        const double numerator = m.capturedView(1).toDouble();
        const double denominator = m.capturedView(2).toDouble();
        if (denominator <= 0 || numerator > denominator)
            return std::nullopt;
        return roundScore(100.0 * numerator / denominator);
    }

    static const QRegularExpression percent(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*%$)"));
    if (const auto m = percent.match(text); m.hasMatch()) {
        const double value = m.capturedView(1).toDouble();
        if (value > 100)
            return std::nullopt;
        return roundScore(value);
    }
    return std::nullopt;
}

CriticsScore criticsScore(const QList<std::optional<double>> &scores)
{
    CriticsScore result;
    double sum = 0;
    for (const auto &score : scores) {
        if (score) {
            sum += *score;
            ++result.count;
        }
    }
    if (result.count > 0)
        result.mean = roundScore(sum / result.count);
    return result;
}

const char *scoreBandColor(double score)
{
    if (score >= 61)
        return "#2e9d4f";
    if (score >= 40)
        return "#e0b01f";
    return "#d23f31";
}

} // namespace Marquee
