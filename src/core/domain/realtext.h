#pragma once

#include <QByteArrayView>

namespace Marquee {

// Room for a real number's text.
struct RealText
{
    char bytes[40];
};

// A real number as text in its shortest exact form, as QByteArray::number(value, 'g',
// QLocale::FloatingPointShortest) writes it ("7.5", "0.001", "1e+06"), without allocating:
// the text is written into `buffer`, and the view returned points into it. An export writes
// millions of them.
QByteArrayView realText(double value, RealText &buffer);

} // namespace Marquee
