#pragma once

#include "fielderror.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Marquee {

// A critic's review of one film: the score as written and its 0-100 normalization.
struct Review
{
    qint64 id = 0;
    qint64 filmId = 0;
    QDate date;
    QString critic;
    QString publication;
    QString quote;
    QString originalScore;
    std::optional<double> score; // 0-100
    QString url;
    qint64 rowVersion = 0;

    bool operator==(const Review &) const = default;
};

FieldErrors validate(const Review &review);

} // namespace Marquee
