#pragma once

#include "core/db/catalog.h"

#include <memory>

class QWidget;

namespace Marquee {

// Opens a catalog like Catalog::open; when an older catalog is upgraded, or the indexes an
// interrupted import left out are built, a busy dialog over `parent` says so until it is done
// (a million films take minutes, or seconds). Throws Error.
std::unique_ptr<Catalog> openCatalogShowingUpgrade(QWidget *parent, const QString &path,
                                                   Catalog::Options options = {});

} // namespace Marquee
