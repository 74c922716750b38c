#pragma once

#include "core/domain/fields.h"

#include <QIcon>
#include <QString>

namespace Marquee {

// "Films", "Companies", "Reviews": the tables as the window names them.
QString tableTitle(Table table);
// The table's icon in the side bar and the saved searches.
QIcon tableIcon(Table table);

} // namespace Marquee
