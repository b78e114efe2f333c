// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/TransplantRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;
using stemma::test::only;

TEST(TransplantRuleTest, ReadsMobilisationAndConditioningApart)
{
    const QString text =
        QStringLiteral("Mobilisation with cyclophosphamide 4 g/m2 + G-CSF was followed by conditioning "
                       "with cyclophosphamide 200 mg/kg + rabbit ATG.");
    const auto found = collect(TransplantRule(), text);
    const auto mobilisation = only(found, QStringLiteral("mobilisation"));
    ASSERT_EQ(mobilisation.size(), 1);
    EXPECT_EQ(mobilisation[0].value, QStringLiteral("cyclophosphamide 4 g/m2 + G-CSF"));
    EXPECT_EQ(mobilisation[0].text, QStringLiteral("cyclophosphamide 4 g/m2 + G-CSF"));
    EXPECT_EQ(mobilisation[0].start, 18);
    const auto conditioning = only(found, QStringLiteral("conditioning"));
    ASSERT_EQ(conditioning.size(), 1);
    EXPECT_EQ(conditioning[0].value, QStringLiteral("cyclophosphamide 200 mg/kg + rabbit ATG"));
    EXPECT_EQ(conditioning[0].text, QStringLiteral("cyclophosphamide 200 mg/kg + rabbit ATG"));
}

TEST(TransplantRuleTest, ReadsIrradiationAndGcsfAlone)
{
    const auto tbi = only(collect(TransplantRule(), QStringLiteral("TBI 800 cGy")), QStringLiteral("conditioning"));
    ASSERT_EQ(tbi.size(), 1);
    EXPECT_EQ(tbi[0].value, QStringLiteral("TBI 800 cGy"));
    const auto gcsf = collect(TransplantRule(), QStringLiteral("mobilized with G-CSF"));
    ASSERT_EQ(gcsf.size(), 1);
    EXPECT_EQ(gcsf[0].value, QStringLiteral("G-CSF"));
    EXPECT_EQ(gcsf[0].start, 15);
    EXPECT_TRUE(collect(TransplantRule(), QStringLiteral("refractory to cyclophosphamide")).isEmpty());
    EXPECT_TRUE(collect(TransplantRule(), QStringLiteral("monthly cyclophosphamide 750 mg/m2")).isEmpty());
}

TEST(TransplantRuleTest, ReadsCd34Selection)
{
    for (const auto& text : {QStringLiteral("CD34+ selected graft"),
                             QStringLiteral("a CD34-selected autograft"),
                             QStringLiteral("positive selection of CD34+ cells")}) {
        const auto found = collect(TransplantRule(), text);
        ASSERT_EQ(found.size(), 1) << text.toStdString();
        EXPECT_EQ(found[0].value, QStringLiteral("selected")) << text.toStdString();
    }
    for (const auto& text :
         {QStringLiteral("unselected autologous grafts"), QStringLiteral("without CD34 selection")}) {
        const auto found = collect(TransplantRule(), text);
        ASSERT_EQ(found.size(), 1) << text.toStdString();
        EXPECT_EQ(found[0].value, QStringLiteral("unselected")) << text.toStdString();
    }
}

TEST(TransplantRuleTest, AComparatorsCyclophosphamideIsNotConditioning)
{
    // Trials comparing HSCT with cyclophosphamide name "myeloablative" in the same sentence as the comparator.
    for (const auto& text : {QStringLiteral("Trial comparing autologous non-myeloablative HSCT with 12 monthly IV "
                                            "cyclophosphamide pulses."),
                             QStringLiteral("Patients received non-myeloablative autologous HSCT or six monthly pulses "
                                            "of cyclophosphamide."),
                             QStringLiteral("Myeloablative HSCT versus intravenous cyclophosphamide in SSc."),
                             QStringLiteral("Non-myeloablative HSCT compared with pulse cyclophosphamide once per "
                                            "month.")}) {
        EXPECT_TRUE(only(collect(TransplantRule(), text), QStringLiteral("conditioning")).isEmpty())
            << text.toStdString();
    }
    // The transplant's own regimen in such a sentence is still read.
    const auto found =
        only(collect(TransplantRule(),
                     QStringLiteral("Non-myeloablative conditioning with cyclophosphamide and rabbit ATG "
                                    "was compared with monthly cyclophosphamide 750 mg/m2.")),
             QStringLiteral("conditioning"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].value, QStringLiteral("cyclophosphamide + rabbit ATG"));
    const auto stated =
        only(collect(TransplantRule(), QStringLiteral("The conditioning regimen was cyclophosphamide.")),
             QStringLiteral("conditioning"));
    ASSERT_EQ(stated.size(), 1);
    EXPECT_EQ(stated[0].value, QStringLiteral("cyclophosphamide"));
}
