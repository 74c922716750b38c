#pragma once

// Small helpers shared by the tests: files with given bytes, fresh catalogs in temporary
// folders, a file's bytes for "left untouched" checks.

#include "core/db/catalog.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace TestUtil {

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {}; // the caller's next step fails on the empty path
    file.write(bytes);
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline std::unique_ptr<Marquee::Catalog> newCatalog(const QTemporaryDir &dir,
                                                    const QString &name = QStringLiteral("test.db"))
{
    return Marquee::Catalog::open(dir.filePath(name));
}

} // namespace TestUtil
