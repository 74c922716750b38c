#include <QTest>
class TestCsvreader : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCsvreader)
#include "tst_csvreader.moc"
