#include "core/domain/score.h"

#include <QTest>

using namespace Marquee;

class TestScore : public QObject
{
    Q_OBJECT

private slots:
    void normalizesWrittenScores_data();
    void normalizesWrittenScores();
    void criticsScoreIsTheMeanOfScoredReviews();
    void criticsScoreOfNoScoresIsEmpty();
};

void TestScore::normalizesWrittenScores_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("hasScore");
    QTest::addColumn<double>("score");

    QTest::newRow("3.5/4") << "3.5/4" << true << 87.5;
    QTest::newRow("2/5") << "2/5" << true << 40.0;
    QTest::newRow("7/10") << "7/10" << true << 70.0;
    QTest::newRow("85/100") << "85/100" << true << 85.0;
    QTest::newRow("2.5/4") << "2.5/4" << true << 62.5;
    QTest::newRow("spaces around slash") << " 3 / 4 " << true << 75.0;
    QTest::newRow("out of") << "4 out of 5" << true << 80.0;
    QTest::newRow("a third rounds to one decimal") << "1/3" << true << 33.3;
    QTest::newRow("85%") << "85%" << true << 85.0;
    QTest::newRow("100%") << "100%" << true << 100.0;
    // Metacritic's conversion, every grade.
    const QList<std::pair<const char *, double>> grades = {
        {"A+", 100}, {"A", 100}, {"A-", 91}, {"B+", 83}, {"B", 75},
        {"B-", 67},  {"C+", 58}, {"C", 50},  {"C-", 42}, {"D+", 33},
        {"D", 25},   {"D-", 16}, {"F+", 8},  {"F", 0},   {"F-", 0}};
    for (const auto &[grade, value] : grades)
        QTest::newRow(grade) << QString::fromLatin1(grade) << true << value;
    QTest::newRow("lower-case grade") << "b+" << true << 83.0;
    QTest::newRow("grade with minus sign") << QString::fromUtf8("C\u2212") << true << 42.0;

    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("words") << "four stars" << false << 0.0;
    QTest::newRow("numerator above denominator") << "5/4" << false << 0.0;
    QTest::newRow("zero denominator") << "3/0" << false << 0.0;
    QTest::newRow("over 100%") << "120%" << false << 0.0;
    QTest::newRow("unknown grade") << "E" << false << 0.0;
    QTest::newRow("bare number") << "7" << false << 0.0;
    QTest::newRow("negative") << "-1/4" << false << 0.0;
}

void TestScore::normalizesWrittenScores()
{
    QFETCH(QString, written);
    QFETCH(bool, hasScore);
    QFETCH(double, score);
    const auto result = normalizeScore(written);
    QCOMPARE(result.has_value(), hasScore);
    if (hasScore)
        QCOMPARE(*result, score);
}

void TestScore::criticsScoreIsTheMeanOfScoredReviews()
{
    const CriticsScore score = criticsScore({50.0, std::nullopt, 75.0, 62.5, std::nullopt});
    QCOMPARE(score.count, 3);
    QVERIFY(score.mean);
    QCOMPARE(*score.mean, 62.5);
}

void TestScore::criticsScoreOfNoScoresIsEmpty()
{
    const CriticsScore score = criticsScore({std::nullopt, std::nullopt});
    QCOMPARE(score.count, 0);
    QVERIFY(!score.mean);
}

QTEST_GUILESS_MAIN(TestScore)
#include "tst_score.moc"
