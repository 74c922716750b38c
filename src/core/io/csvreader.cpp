#include "csvreader.h"

#include <QIODevice>

#include <cstring>

namespace Marquee {

namespace {

constexpr qsizetype ChunkSize = 1 << 20;

} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &fileName, const Options &options)
    : m_device(device), m_fileName(fileName), m_options(options)
{}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    default:
        return QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
    }
}

bool CsvReader::start()
{
    if (!m_device->isOpen() || !m_device->isReadable()) {
        m_error = QStringLiteral("%1 cannot be read: %2").arg(m_fileName, m_device->errorString());
        return false;
    }
    m_total = m_device->isSequential() ? -1 : m_device->size();
    if (!refill() && !m_error.isEmpty())
        return false;

    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_encoding = Encoding::Utf8;
    } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
        m_error = QStringLiteral("%1 is encoded in UTF-16, which Marquee does not read; save it as "
                                 "UTF-8 and import it again.")
                      .arg(m_fileName);
        return false;
    } else if (m_options.encoding != Encoding::Auto) {
        m_encoding = m_options.encoding;
    } else {
        // Strict UTF-8 over the whole file, so that a stray byte near the end cannot turn
        // into a replacement character after thousands of rows went in.
        Utf8Validator validator;
        bool valid = validator.feed(m_buffer.constData(), m_buffer.size());
        if (valid && !m_device->isSequential()) {
            const qint64 resume = m_device->pos();
            QByteArray chunk;
            while (valid && !(chunk = m_device->read(ChunkSize)).isEmpty())
                valid = validator.feed(chunk.constData(), chunk.size());
            valid = valid && validator.finish();
            m_device->seek(resume);
        }
        if (valid) {
            m_encoding = Encoding::Utf8;
        } else {
            m_encoding = Encoding::Windows1252;
            m_warnings.append(QStringLiteral("%1 is not valid UTF-8 (the first invalid byte is on "
                                             "line %2); it was read as Windows-1252. Use "
                                             "--encoding to choose another encoding.")
                                  .arg(m_fileName)
                                  .arg(validator.badLine()));
        }
    }
    m_delimiter = m_options.delimiter ? m_options.delimiter : detectDelimiter();
    return true;
}

char CsvReader::detectDelimiter() const
{
    // Count the candidates on the header line, outside quotes.
    const char candidates[] = {',', ';', '\t', '|'};
    int counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == '\n' || c == '\r')
            break;
        for (int k = 0; k < 4; ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 4; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    m_consumed += m_buffer.size();
    m_buffer = m_device->read(ChunkSize);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        if (m_device->isSequential() ? false : !m_device->atEnd()) {
            m_error = QStringLiteral("%1 could not be read to the end: %2")
                          .arg(m_fileName, m_device->errorString());
        }
        return false;
    }
    return true;
}

QString CsvReader::decode(const char *data, qsizetype size) const
{
    if (m_encoding == Encoding::Windows1252)
        return decodeWindows1252(data, size);
    return QString::fromUtf8(data, size);
}

void CsvReader::endField(Record &record)
{
    record.fields.append(decode(m_field.constData(), m_field.size()));
    m_field.clear();
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    record.error.clear();

    // Blank lines between records are not records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !refill())
            return false;
        const char c = m_buffer[m_pos];
        if (c != '\n' && c != '\r')
            break;
        ++m_pos;
        if (c == '\r') {
            if (m_pos >= m_buffer.size())
                refill();
            if (m_pos < m_buffer.size() && m_buffer[m_pos] == '\n')
                ++m_pos;
        }
        ++m_line;
    }

    record.line = m_line;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    qint64 quoteLine = m_line;
    const char delimiter = m_delimiter;

    for (;;) {
        if (m_pos >= m_buffer.size() && !refill()) {
            // End of input ends the record.
            if (state == State::Quoted) {
                record.error = QStringLiteral("a quoted field opened on line %1 is never closed")
                                   .arg(quoteLine);
            }
            endField(record);
            return true;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        switch (state) {
        case State::FieldStart:
        case State::Unquoted: {
            if (state == State::FieldStart && data[m_pos] == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                ++m_pos;
                break;
            }
            // Copy the run of ordinary bytes in one go.
            const qsizetype runStart = m_pos;
            qsizetype end = m_pos;
            while (end < size) {
                const char c = data[end];
                if (c == delimiter || c == '\n' || c == '\r')
                    break;
                ++end;
            }
            m_field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (end == size) {
                if (end > runStart)
                    state = State::Unquoted;
                break;
            }
            const char c = data[m_pos++];
            endField(record);
            if (c == delimiter) {
                state = State::FieldStart;
                break;
            }
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    refill();
                if (m_pos < m_buffer.size() && m_buffer[m_pos] == '\n')
                    ++m_pos;
            }
            ++m_line;
            return true;
        }
        case State::Quoted: {
            if (m_crPending) {
                // A CR ended the previous chunk: it was a line end of its own unless an LF follows.
                m_crPending = false;
                if (data[m_pos] != '\n')
                    ++m_line;
            }
            qsizetype end = m_pos;
            while (end < size && data[end] != '"') {
                if (data[end] == '\n') {
                    ++m_line;
                } else if (data[end] == '\r') {
                    if (end + 1 == size)
                        m_crPending = true;
                    else if (data[end + 1] != '\n')
                        ++m_line; // a lone CR
                }
                ++end;
            }
            m_field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (end < size) {
                ++m_pos;
                state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char c = data[m_pos];
            if (c == '"') {
                m_field.append('"');
                ++m_pos;
                state = State::Quoted;
            } else if (c == delimiter || c == '\n' || c == '\r') {
                state = State::Unquoted; // the terminator is handled there
            } else {
                if (record.error.isEmpty()) {
                    record.error = QStringLiteral("field %1 has text after its closing quote")
                                       .arg(record.fields.size() + 1);
                }
                state = State::Unquoted;
            }
            break;
        }
        }
    }
}

} // namespace Marquee
