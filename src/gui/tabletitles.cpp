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
    case Table::People:
        return QCoreApplication::translate("Marquee", "People");
    }
    return {};
}

QIcon tableIcon(Table table)
{
    switch (table) {
    case Table::Films:
        return QIcon(QStringLiteral(":/icons/film.svg"));
    case Table::Companies:
        return QIcon(QStringLiteral(":/icons/company.svg"));
    case Table::Reviews:
        return QIcon(QStringLiteral(":/icons/review.svg"));
    case Table::People:
        return QIcon(QStringLiteral(":/icons/person.svg"));
    }
    return {};
}

} // namespace Marquee
