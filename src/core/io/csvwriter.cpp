#include "csvwriter.h"

#include "formulaguard.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <utility>

namespace Marquee {

namespace {

constexpr qsizetype FlushSize = 1 << 20;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
    m_buffer.resize(FlushSize);
}

CsvWriter::CsvWriter(char delimiter, QByteArray buffer, qsizetype reserve)
    : m_delimiter(delimiter), m_buffer(std::move(buffer))
{
    m_buffer.resize(std::max({reserve, m_buffer.capacity(), qsizetype(4096)}));
}

QByteArray CsvWriter::takeBytes()
{
    m_buffer.resize(m_used);
    m_used = 0;
    return std::exchange(m_buffer, QByteArray());
}

char *CsvWriter::reserve(qsizetype bytes)
{
    if (!m_device) {
        if (m_used + bytes > m_buffer.size())
            m_buffer.resize(std::max(m_used + bytes, m_buffer.size() + m_buffer.size() / 2));
        return m_buffer.data() + m_used;
    }
    if (m_used + bytes > m_buffer.size()) {
        if (!flush())
            m_used = 0; // the output has failed already: only stay within the buffer
        if (bytes > m_buffer.size())
            m_buffer.resize(bytes);
    }
    return m_buffer.data() + m_used;
}

void CsvWriter::appendField(QByteArrayView utf8, bool guard)
{
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    // At most: delimiter, two quotes, the guard, and every byte doubled.
    char *out = reserve(2 * size + 4);
    char *const start = out;
    if (m_recordStarted)
        *out++ = m_delimiter;
    m_recordStarted = true;
    const bool quote = size > 0 && (memchr(data, '"', size) || memchr(data, m_delimiter, size) ||
                                    memchr(data, '\n', size) || memchr(data, '\r', size));
    if (quote)
        *out++ = '"';
    if (guard && needsFormulaGuard(utf8))
        *out++ = '\'';
    if (!quote) {
        memcpy(out, data, size);
        out += size;
    } else {
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == '"')
                *out++ = '"';
            *out++ = data[i];
        }
        *out++ = '"';
    }
    m_used += out - start;
}

void CsvWriter::endRecord()
{
    char *out = reserve(2);
    out[0] = '\r';
    out[1] = '\n';
    m_used += 2;
    m_recordStarted = false;
}

void CsvWriter::appendRaw(QByteArrayView bytes)
{
    if (m_device && bytes.size() >= m_buffer.size()) {
        // Large: straight to the device, after what the buffer holds.
        if (flush() && m_device->write(bytes.data(), bytes.size()) != bytes.size())
            m_error = m_device->errorString();
        return;
    }
    memcpy(reserve(bytes.size()), bytes.data(), bytes.size());
    m_used += bytes.size();
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &field : fields)
        appendField(field.toUtf8());
    endRecord();
}

bool CsvWriter::flush()
{
    if (!m_device)
        return true;
    if (!m_error.isEmpty()) {
        m_used = 0;
        return false;
    }
    if (m_used > 0 && m_device->write(m_buffer.constData(), m_used) != m_used) {
        m_error = m_device->errorString();
        m_used = 0; // the export has failed; the buffer only has to stay within bounds
        return false;
    }
    m_used = 0;
    return true;
}

} // namespace Marquee
