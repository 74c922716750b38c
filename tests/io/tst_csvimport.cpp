#include <QTest>
class TestCsvimport : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCsvimport)
#include "tst_csvimport.moc"
