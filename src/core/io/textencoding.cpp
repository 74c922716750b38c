#include "textencoding.h"

namespace Marquee {

QString toText(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<Encoding> parseEncoding(QStringView name)
{
    const QString n = name.trimmed().toString().toLower().remove(u'-').remove(u'_');
    if (n == u"auto")
        return Encoding::Auto;
    if (n == u"utf8")
        return Encoding::Utf8;
    if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591")
        return Encoding::Windows1252;
    return std::nullopt;
}

bool Utf8Validator::feed(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        const unsigned char c = *p++;
        if (m_pending == 0) {
            if (c < 0x80) {
                if (c == '\n')
                    ++m_line;
                continue;
            }
            if (c >= 0xC2 && c <= 0xDF) {
                m_pending = 1;
                m_codePoint = c & 0x1F;
                m_min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                m_pending = 2;
                m_codePoint = c & 0x0F;
                m_min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                m_pending = 3;
                m_codePoint = c & 0x07;
                m_min = 0x10000;
            } else {
                return false;
            }
            continue;
        }
        if ((c & 0xC0) != 0x80)
            return false;
        m_codePoint = (m_codePoint << 6) | (c & 0x3F);
        if (--m_pending == 0) {
            if (m_codePoint < m_min || m_codePoint > 0x10FFFF ||
                (m_codePoint >= 0xD800 && m_codePoint <= 0xDFFF))
                return false;
        }
    }
    return true;
}

QString decodeWindows1252(const char *data, qsizetype size)
{
    // 0x80-0x9F differ from Latin-1; the five unassigned bytes keep their C1 code points.
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        dst[i] = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(c);
    }
    return out;
}

} // namespace Marquee
