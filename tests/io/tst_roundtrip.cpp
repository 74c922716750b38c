#include <QTest>
class TestRoundtrip : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestRoundtrip)
#include "tst_roundtrip.moc"
