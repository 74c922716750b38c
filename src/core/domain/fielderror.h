#pragma once

#include <QList>
#include <QString>

namespace Marquee {

// One reason a value was refused: the field's snake_case name and a sentence for a person.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

// "year: 2200 is after 2100; runtime_minutes: ..." for a one-line report.
QString joinErrors(const FieldErrors &errors);

} // namespace Marquee
