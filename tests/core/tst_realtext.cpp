#include "core/domain/realtext.h"

#include <QByteArray>
#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace Marquee;

// The export's own formatting of reals writes what Qt writes, in the range it handles itself,
// at its edges and beyond them.
class TestRealText : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void manyValuesOfEveryScale();
};

namespace {

QByteArray qtText(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void TestRealText::writesWhatQtWrites_data()
{
    QTest::addColumn<double>("value");
    const double below = std::nextafter(1e-3, 0.0);
    const double under = std::nextafter(1e5, 0.0);
    const QList<std::pair<const char *, double>> values = {
        {"zero", 0.0},
        {"negative zero", -0.0},
        {"a vote", 7.5},
        {"a popularity", 28.384},
        {"a third", 1.0 / 3},
        {"a score", 66.7},
        {"a whole number", 100.0},
        {"negative", -2.25},
        {"the smallest in plain decimals", 1e-3},
        {"just below them", below},
        {"just below, negative", -below},
        {"the largest in plain decimals", under},
        {"a hundred thousand", 1e5},
        {"a million", 1e6},
        {"digits beyond", 123456.789},
        {"tiny", 5e-324},
        {"huge", std::numeric_limits<double>::max()},
        {"lowest", std::numeric_limits<double>::lowest()},
        {"infinity", std::numeric_limits<double>::infinity()},
        // Halfway between two shortest texts: both round to even.
        {"halfway near one", 1 + std::ldexp(1.0, -17)},
        {"halfway near 65536", 65536 + std::ldexp(1.0, -12)},
    };
    for (const auto &[name, value] : values)
        QTest::newRow(name) << value;
}

void TestRealText::writesWhatQtWrites()
{
    QFETCH(double, value);
    RealText buffer;
    QCOMPARE(realText(value, buffer).toByteArray(), qtText(value));
}

void TestRealText::manyValuesOfEveryScale()
{
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> mantissa(1, 10);
    RealText buffer;
    int checked = 0;
    for (int exponent = -8; exponent <= 20; ++exponent) {
        for (int i = 0; i < 2000; ++i) {
            const double scale = std::pow(10.0, exponent);
            // Full precision, and the one to three decimals that ratings have.
            double value = scale * mantissa(random);
            if (i % 2)
                value = std::round(value / scale * 1000) / 1000 * scale;
            if (i % 3 == 0)
                value = -value;
            const QByteArray expected = qtText(value);
            if (realText(value, buffer) != QByteArrayView(expected))
                QFAIL(qPrintable(QStringLiteral("%1: %2 instead of %3")
                                     .arg(value, 0, 'g', 17)
                                     .arg(QString::fromLatin1(realText(value, buffer)),
                                          QString::fromLatin1(expected))));
            ++checked;
        }
    }
    QCOMPARE(checked, 29 * 2000);
}

QTEST_GUILESS_MAIN(TestRealText)
#include "tst_realtext.moc"
