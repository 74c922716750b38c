#include <QTest>
class TestCsvwriter : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCsvwriter)
#include "tst_csvwriter.moc"
