// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/PopulationRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;
using stemma::test::only;

TEST(PopulationRuleTest, CountsPatientsInDigitsWordsAndNEquals)
{
    const QString text = QStringLiteral("We enrolled twelve consecutive patients; the MSC arm (n = 6) did well.");
    const auto found = only(collect(PopulationRule(), text), QStringLiteral("patients"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].value, QStringLiteral("12"));
    EXPECT_EQ(found[0].text, QStringLiteral("twelve consecutive patients"));
    EXPECT_EQ(found[0].start, 12);
    EXPECT_EQ(found[1].value, QStringLiteral("6"));
    EXPECT_EQ(found[1].text, QStringLiteral("n = 6"));
}

TEST(PopulationRuleTest, ACaseReportIsOnePatient)
{
    const QString text = QStringLiteral("A 36 year-old white female was treated.");
    const auto found = collect(PopulationRule(), text);
    const auto patients = only(found, QStringLiteral("patients"));
    ASSERT_EQ(patients.size(), 1);
    EXPECT_EQ(patients[0].value, QStringLiteral("1"));
    EXPECT_EQ(patients[0].text, QStringLiteral("A 36 year-old"));
    const auto age = only(found, QStringLiteral("age"));
    ASSERT_EQ(age.size(), 1);
    EXPECT_EQ(age[0].value, QStringLiteral("36"));
    EXPECT_EQ(age[0].unit, QStringLiteral("years"));
    EXPECT_EQ(age[0].text, QStringLiteral("36 year-old"));
    const auto sex = only(found, QStringLiteral("sex"));
    ASSERT_EQ(sex.size(), 1);
    EXPECT_EQ(sex[0].value, QStringLiteral("female"));
    EXPECT_EQ(sex[0].start, 20);
    EXPECT_EQ(sex[0].end, 26);
}

TEST(PopulationRuleTest, SkipsEventCountsAndControls)
{
    EXPECT_TRUE(only(collect(PopulationRule(), QStringLiteral("Infections occurred in 3 patients.")),
                     QStringLiteral("patients"))
                    .isEmpty());
    EXPECT_TRUE(collect(PopulationRule(), QStringLiteral("Ten healthy controls and age-matched donors.")).isEmpty());
    EXPECT_TRUE(
        only(collect(PopulationRule(), QStringLiteral("Two patients died.")), QStringLiteral("patients")).isEmpty());
}

TEST(PopulationRuleTest, ReadsMeanAgeAndRanges)
{
    const auto mean =
        only(collect(PopulationRule(), QStringLiteral("Mean age 45 \u00B1 9 years")), QStringLiteral("age"));
    ASSERT_EQ(mean.size(), 1);
    EXPECT_EQ(mean[0].value, QStringLiteral("45"));
    EXPECT_EQ(mean[0].measure, QStringLiteral("mean"));
    EXPECT_EQ(mean[0].text, QStringLiteral("Mean age 45 \u00B1 9 years"));

    const auto range =
        only(collect(PopulationRule(), QStringLiteral("Patients aged 25-60 were eligible.")), QStringLiteral("age"));
    ASSERT_EQ(range.size(), 1);
    EXPECT_EQ(range[0].value, QStringLiteral("25-60"));
    EXPECT_EQ(range[0].measure, QStringLiteral("range"));
    EXPECT_EQ(range[0].text, QStringLiteral("aged 25-60"));

    EXPECT_TRUE(collect(PopulationRule(), QStringLiteral("aged 18 years or older")).isEmpty());
}

TEST(PopulationRuleTest, CountsEachSex)
{
    const QString text = QStringLiteral("7 women and 3 men; women (n=10)");
    const auto sex = only(collect(PopulationRule(), text), QStringLiteral("sex"));
    ASSERT_EQ(sex.size(), 3);
    EXPECT_EQ(sex[0].value, QStringLiteral("7"));
    EXPECT_EQ(sex[0].unit, QStringLiteral("female"));
    EXPECT_EQ(sex[0].text, QStringLiteral("7 women"));
    EXPECT_EQ(sex[1].value, QStringLiteral("3"));
    EXPECT_EQ(sex[1].unit, QStringLiteral("male"));
    EXPECT_EQ(sex[2].value, QStringLiteral("10"));
    EXPECT_EQ(sex[2].unit, QStringLiteral("female"));
    EXPECT_EQ(sex[2].text, QStringLiteral("women (n=10)"));
}
