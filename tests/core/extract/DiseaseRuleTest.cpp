// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DiseaseRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;
using stemma::test::only;

TEST(DiseaseRuleTest, NamesTheSubtype)
{
    const auto found = collect(DiseaseRule(), QStringLiteral("Eight had diffuse SSc, two lcSSc and one dcSSc."));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].value, QStringLiteral("diffuse cutaneous"));
    EXPECT_EQ(found[0].text, QStringLiteral("diffuse SSc"));
    EXPECT_EQ(found[1].value, QStringLiteral("diffuse cutaneous"));
    EXPECT_EQ(found[1].text, QStringLiteral("dcSSc"));
    EXPECT_EQ(found[2].value, QStringLiteral("limited cutaneous"));
    EXPECT_EQ(found[2].text, QStringLiteral("lcSSc"));
    EXPECT_TRUE(collect(DiseaseRule(), QStringLiteral("limited data; diffuse alveolar damage")).isEmpty());
    EXPECT_TRUE(collect(DiseaseRule(), QStringLiteral("patients without limited cutaneous SSc")).isEmpty());
}

TEST(DiseaseRuleTest, ConvertsDurationToYears)
{
    const auto history = collect(DiseaseRule(), QStringLiteral("with a 10-year history of SSc"));
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].field, QStringLiteral("disease_duration"));
    EXPECT_EQ(history[0].value, QStringLiteral("10"));
    EXPECT_EQ(history[0].unit, QStringLiteral("years"));
    EXPECT_EQ(history[0].text, QStringLiteral("10-year history"));

    const auto months = collect(DiseaseRule(), QStringLiteral("disease duration of 18 months"));
    ASSERT_EQ(months.size(), 1);
    EXPECT_EQ(months[0].value, QStringLiteral("1.5"));
    EXPECT_EQ(months[0].start, 0);
    EXPECT_EQ(months[0].end, 29);
}

TEST(DiseaseRuleTest, ListsEachPriorTherapy)
{
    const QString text =
        QStringLiteral("lung fibrosis refractory to methotrexate, azathioprine and cyclophosphamide received");
    const auto found = only(collect(DiseaseRule(), text), QStringLiteral("prior_therapy"));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].value, QStringLiteral("methotrexate"));
    EXPECT_EQ(found[0].start, 28);
    EXPECT_EQ(found[1].value, QStringLiteral("azathioprine"));
    EXPECT_EQ(found[2].value, QStringLiteral("cyclophosphamide"));
    EXPECT_EQ(found[2].text, QStringLiteral("cyclophosphamide"));

    const auto abbreviated =
        only(collect(DiseaseRule(), QStringLiteral("failed MMF and oral CsA")), QStringLiteral("prior_therapy"));
    ASSERT_EQ(abbreviated.size(), 2);
    EXPECT_EQ(abbreviated[0].value, QStringLiteral("mycophenolate mofetil"));
    EXPECT_EQ(abbreviated[1].value, QStringLiteral("ciclosporin"));
    EXPECT_TRUE(collect(DiseaseRule(), QStringLiteral("HSCT with cyclophosphamide conditioning")).isEmpty());
}
