#include "jsonwriter.h"

#include "../domain/realtext.h"

#include <QIODevice>

namespace Marquee {

namespace {
constexpr qsizetype FlushAt = 1 << 16;
}

JsonWriter::JsonWriter(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(FlushAt + 4096);
}

void JsonWriter::write(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return; // the device refused bytes: the rest would only pile up
    m_buffer.append(bytes);
    if (m_buffer.size() >= FlushAt)
        flush();
}

void JsonWriter::newLine()
{
    write("\n");
    for (qsizetype i = 0; i < m_levels.size(); ++i)
        write("  ");
}

// The comma and line break that separate this value from the one before it.
void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        write(level.inlineLayout ? ", " : ",");
    if (!level.inlineLayout)
        newLine();
}

void JsonWriter::beginObject()
{
    beforeValue();
    write("{");
    m_levels.append({false, false, 0});
}

void JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (level.count > 0)
        newLine();
    write("}");
    if (m_levels.isEmpty())
        write("\n");
}

void JsonWriter::beginArray(Layout layout)
{
    beforeValue();
    write("[");
    m_levels.append({true, layout == Layout::Inline, 0});
}

void JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (level.count > 0 && !level.inlineLayout)
        newLine();
    write("]");
}

void JsonWriter::key(const char *name)
{
    beforeValue();
    write("\"");
    write(name);
    write("\": ");
    m_afterKey = true;
}

void JsonWriter::writeString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    write("\"");
    qsizetype plain = 0; // start of the run of bytes written as they are
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        write(QByteArrayView(utf8).sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            write("\\\"");
            break;
        case '\\':
            write("\\\\");
            break;
        case '\n':
            write("\\n");
            break;
        case '\r':
            write("\\r");
            break;
        case '\t':
            write("\\t");
            break;
        case '\b':
            write("\\b");
            break;
        case '\f':
            write("\\f");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            write(QByteArrayView(escaped, sizeof escaped));
        }
        }
    }
    write(QByteArrayView(utf8).sliced(plain));
    write("\"");
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    write(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    beforeValue();
    RealText text;
    write(realText(number, text));
}

void JsonWriter::null()
{
    beforeValue();
    write("null");
}

void JsonWriter::member(const char *name, const QString &text)
{
    if (text.isEmpty())
        return;
    key(name);
    value(text);
}

bool JsonWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        m_buffer.clear();
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace Marquee
