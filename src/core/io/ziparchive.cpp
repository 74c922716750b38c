#include "ziparchive.h"

#include <QFile>

#include <zip.h>

namespace Marquee {

struct ZipArchive::Handle
{
    zip_t *zip = nullptr;
    ~Handle()
    {
        if (zip)
            zip_discard(zip); // read-only: nothing to write back
    }
};

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive &&) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&) noexcept = default;

bool ZipArchive::open(const QString &path)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!zip) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        m_error = QStringLiteral("%1 is not a ZIP archive that can be read: %2")
                      .arg(path, QString::fromUtf8(zip_error_strerror(&details)));
        zip_error_fini(&details);
        return false;
    }
    m_handle = std::make_unique<Handle>();
    m_handle->zip = zip;
    return true;
}

bool ZipArchive::openBytes(const QByteArray &bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (!zip) {
        m_error = QStringLiteral("not a ZIP archive that can be read: %1")
                      .arg(QString::fromUtf8(zip_error_strerror(&error)));
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        return false;
    }
    zip_error_fini(&error);
    m_handle = std::make_unique<Handle>();
    m_handle->zip = zip;
    return true;
}

QStringList ZipArchive::names() const
{
    QStringList out;
    if (!m_handle)
        return out;
    const zip_int64_t count = zip_get_num_entries(m_handle->zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(m_handle->zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name && !QByteArrayView(name).endsWith('/'))
            out.append(QString::fromUtf8(name));
    }
    return out;
}

QByteArray ZipArchive::read(const QString &name)
{
    if (!m_handle)
        return {};
    zip_stat_t stat;
    zip_stat_init(&stat);
    const QByteArray utf8 = name.toUtf8();
    if (zip_stat(m_handle->zip, utf8.constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        m_error = QStringLiteral("%1 is not in the archive").arg(name);
        return {};
    }
    // A header may claim any size (a damaged or hostile archive): no file Marquee reads from an
    // archive is anywhere near this.
    constexpr zip_uint64_t MaxEntry = zip_uint64_t(512) << 20;
    if (stat.size > MaxEntry) {
        m_error = QStringLiteral("%1 claims %2 MB, more than an export's file can be")
                      .arg(name)
                      .arg(stat.size >> 20);
        return {};
    }
    zip_file_t *file = zip_fopen(m_handle->zip, utf8.constData(), 0);
    if (!file) {
        m_error = QStringLiteral("%1 cannot be read: %2")
                      .arg(name, QString::fromUtf8(zip_strerror(m_handle->zip)));
        return {};
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (got != zip_int64_t(stat.size)) {
        m_error = QStringLiteral("%1 is damaged in the archive").arg(name);
        return {};
    }
    return bytes;
}

} // namespace Marquee
