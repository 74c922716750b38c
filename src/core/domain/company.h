#pragma once

#include "fielderror.h"

#include <QString>

namespace Marquee {

// A production company. Names are unique ignoring case.
struct Company
{
    qint64 id = 0;
    QString name;
    QString country; // ISO 3166-1 alpha-2 or empty
    QString notes;
    qint64 rowVersion = 0;

    bool operator==(const Company &) const = default;
};

FieldErrors validate(const Company &company);

} // namespace Marquee
