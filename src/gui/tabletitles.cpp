#include "tabletitles.h"

#include <QCoreApplication>

namespace Marquee {

QString tableTitle(Table table)
{
    switch (table) {
    case Table::Films:
        return QCoreApplication::translate("Marquee", "Films");
    case Table::Companies:
        return QCoreApplication::translate("Marquee", "Companies");
    case Table::Reviews:
        return QCoreApplication::translate("Marquee", "Reviews");
    }
    return {};
}

} // namespace Marquee
