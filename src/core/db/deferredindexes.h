#pragma once

#include <QtGlobal>

#include <functional>

class QSqlDatabase;

namespace Marquee {

class Catalog;

// The films' sort indexes, dropped while a large import adds its rows and built again at its
// end (migration 0012). The indexes that find duplicates (IMDb id, title and year) stay. The
// films' full-text index merges its segments less often meanwhile.
namespace DeferredIndexes {

// When adding about `rows` films is large enough to build the sort indexes afterwards (at
// least 50,000, and at least as many as the catalog holds), drops them, keeping their
// definitions, and returns true. Inside the caller's transaction, so that they come back if it
// is rolled back. The connection then writes in bulk (Catalog::setBulkWriting).
bool deferFor(Catalog &catalog, qint64 rows);
// Builds every deferred index again, in a transaction of its own, and sets the full-text
// index's merges back to FTS5's default; then the connection writes as usual again, however
// the build ended.
void restore(Catalog &catalog);
// The same at open, when the catalog can be written and no other connection is writing (an
// import in progress elsewhere builds them at its end): after a crash of an import. A failure
// leaves them for the next open. `building`, when set, is called when the work begins, then
// about ten times a second.
void restoreAfterCrash(const QSqlDatabase &db, const std::function<void()> &building = {});

} // namespace DeferredIndexes

} // namespace Marquee
