#pragma once

#include "fielderror.h"

#include <QString>

namespace Marquee {

// A director, writer or cast member. Names are unique ignoring case and spacing, so that the
// same person in two films is one row.
struct Person
{
    qint64 id = 0;
    QString name;
    QString notes;
    qint64 rowVersion = 0;

    bool operator==(const Person &) const = default;
};

FieldErrors validate(const Person &person);

} // namespace Marquee
