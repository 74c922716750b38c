#include "realtext.h"

#include <QByteArray>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>

namespace Marquee {

QByteArrayView realText(double value, RealText &buffer)
{
    // Qt writes these in plain decimals, as the shortest fixed form does; beyond them, it
    // switches to an exponent where that is shorter.
    if (value == 0) { // and -0, which Qt writes as 0 too
        buffer.bytes[0] = '0';
        return QByteArrayView(buffer.bytes, 1);
    }
    const double size = std::fabs(value);
    if (size >= 1e-3 && size < 1e5) {
        const auto [end, error] = std::to_chars(buffer.bytes, buffer.bytes + sizeof buffer.bytes,
                                                value, std::chars_format::fixed);
        if (error == std::errc())
            return QByteArrayView(buffer.bytes, end - buffer.bytes);
    }
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    const qsizetype length = std::min<qsizetype>(text.size(), sizeof buffer.bytes);
    std::memcpy(buffer.bytes, text.constData(), length);
    return QByteArrayView(buffer.bytes, length);
}

} // namespace Marquee
