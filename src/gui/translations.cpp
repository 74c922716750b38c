#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Marquee {

void installTranslations(QCoreApplication &app)
{
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/marquee_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(&app);
    if (QLocale().language() != QLocale::English &&
        local->load(QLocale(), QStringLiteral("marquee"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
}

} // namespace Marquee
