#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Marquee {

// Reads the files of a ZIP archive (a Letterboxd export, a Tellico .tc file) through libzip.
class ZipArchive
{
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;

    // False with errorString() when the file cannot be read or is not a ZIP archive.
    bool open(const QString &path);
    // The same for an archive already read; `bytes` must outlive the archive.
    bool openBytes(const QByteArray &bytes);
    QStringList names() const; // the files' paths inside, folders left out
    // The bytes of a file inside; empty with errorString() set when it cannot be read.
    QByteArray read(const QString &name);
    QString errorString() const { return m_error; }

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_error;
};

} // namespace Marquee
