// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DoseRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;

namespace {

void expectDose(const QString& text, const QString& value, const QString& unit, const QString& quoted)
{
    const auto found = collect(DoseRule(), text);
    ASSERT_EQ(found.size(), 1) << text.toStdString();
    EXPECT_EQ(found[0].field, QStringLiteral("dose"));
    EXPECT_EQ(found[0].value, value) << text.toStdString();
    EXPECT_EQ(found[0].unit, unit) << text.toStdString();
    EXPECT_EQ(found[0].text, quoted) << text.toStdString();
}

} // namespace

TEST(DoseRuleTest, ReadsEveryPowerOfTenSpelling)
{
    expectDose(QStringLiteral("allogeneic 2x106/Kg MSC"),
               QStringLiteral("2000000"),
               QStringLiteral("cells/kg"),
               QStringLiteral("2x106/Kg"));
    expectDose(QStringLiteral("at 2\u00D710^6/kg"),
               QStringLiteral("2000000"),
               QStringLiteral("cells/kg"),
               QStringLiteral("2\u00D710^6/kg"));
    expectDose(QStringLiteral("1 \u00D7 10^6 cells/kg"),
               QStringLiteral("1000000"),
               QStringLiteral("cells/kg"),
               QStringLiteral("1 \u00D7 10^6 cells/kg"));
    expectDose(QStringLiteral("2 million cells/kg"),
               QStringLiteral("2000000"),
               QStringLiteral("cells/kg"),
               QStringLiteral("2 million cells/kg"));
    expectDose(QStringLiteral("1-2 x 10(6) cells per kilogram"),
               QStringLiteral("1000000-2000000"),
               QStringLiteral("cells/kg"),
               QStringLiteral("1-2 x 10(6) cells per kilogram"));
    expectDose(QStringLiteral("a total of 10^8 cells"),
               QStringLiteral("100000000"),
               QStringLiteral("cells"),
               QStringLiteral("10^8 cells"));
    expectDose(QStringLiteral("1,5 X 10^6 MSC/kg"),
               QStringLiteral("1500000"),
               QStringLiteral("cells/kg"),
               QStringLiteral("1,5 X 10^6 MSC/kg"));
}

TEST(DoseRuleTest, IgnoresPowersOfTenThatAreNotCells)
{
    EXPECT_TRUE(collect(DoseRule(), QStringLiteral("viral load 10^6 copies/mL")).isEmpty());
    EXPECT_TRUE(collect(DoseRule(), QStringLiteral("15 cells per field")).isEmpty());
    EXPECT_TRUE(collect(DoseRule(), QStringLiteral("in 106 patients")).isEmpty());
}
