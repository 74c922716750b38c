#pragma once

class QCoreApplication;

namespace Marquee {

// Loads Marquee's translations: English first (it carries the plural forms), then the
// user's language when there is a file for it.
void installTranslations(QCoreApplication &app);

} // namespace Marquee
