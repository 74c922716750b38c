#include "csvwriter.h"

#include <QIODevice>

namespace Marquee {

namespace {

constexpr qsizetype FlushSize = 1 << 20;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
    m_buffer.reserve(FlushSize + 4096);
}

void CsvWriter::appendField(const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append('"');
    for (const char c : utf8) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_delimiter);
        appendField(fields[i]);
    }
    m_buffer.append("\r\n", 2);
    if (m_buffer.size() >= FlushSize)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace Marquee
