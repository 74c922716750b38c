#pragma once

#include "core/domain/fields.h"

#include <QString>

namespace Marquee {

// "Films", "Companies", "Reviews": the tables as the window names them.
QString tableTitle(Table table);

} // namespace Marquee
