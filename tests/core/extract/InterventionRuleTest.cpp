// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/InterventionRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;
using stemma::test::only;

TEST(InterventionRuleTest, TellsTheFamiliesApart)
{
    const QString text = QStringLiteral("MSC-derived exosomes, autologous HSCT and placebo");
    const auto family = only(collect(InterventionRule(), text), QStringLiteral("intervention_family"));
    ASSERT_EQ(family.size(), 3);
    EXPECT_EQ(family[0].value, QStringLiteral("msc-ev"));
    EXPECT_EQ(family[0].text, QStringLiteral("MSC-derived exosomes"));
    EXPECT_EQ(family[1].value, QStringLiteral("hsct"));
    EXPECT_EQ(family[1].text, QStringLiteral("HSCT"));
    EXPECT_EQ(family[2].value, QStringLiteral("placebo"));
    EXPECT_TRUE(only(collect(InterventionRule(), QStringLiteral("They did not receive MSC.")),
                     QStringLiteral("intervention_family"))
                    .isEmpty());
}

TEST(InterventionRuleTest, ReadsSourceAndDonor)
{
    const QString text = QStringLiteral("allogeneic unrelated-donor umbilical cord MSC; bone marrow transplantation");
    const auto found = collect(InterventionRule(), text);
    const auto donor = only(found, QStringLiteral("donor"));
    ASSERT_EQ(donor.size(), 1);
    EXPECT_EQ(donor[0].value, QStringLiteral("allogeneic-unrelated"));
    EXPECT_EQ(donor[0].text, QStringLiteral("allogeneic unrelated-donor"));
    const auto source = only(found, QStringLiteral("msc_source"));
    ASSERT_EQ(source.size(), 1) << "bone marrow transplantation is HSCT, not a cell source";
    EXPECT_EQ(source[0].value, QStringLiteral("umbilical-cord"));
    EXPECT_EQ(source[0].start, 27);
    EXPECT_EQ(source[0].end, 41);
}

TEST(InterventionRuleTest, ReadsRouteOnlyForTheCells)
{
    const auto route =
        only(collect(InterventionRule(), QStringLiteral("MSCs were given intravenously.")), QStringLiteral("route"));
    ASSERT_EQ(route.size(), 1);
    EXPECT_EQ(route[0].value, QStringLiteral("intravenous"));
    EXPECT_EQ(route[0].text, QStringLiteral("intravenously"));
    EXPECT_TRUE(only(collect(InterventionRule(), QStringLiteral("MSC versus intravenous cyclophosphamide")),
                     QStringLiteral("route"))
                    .isEmpty());
}

TEST(InterventionRuleTest, CountsInfusions)
{
    const auto two =
        only(collect(InterventionRule(), QStringLiteral("received two infusions of MSC")), QStringLiteral("infusions"));
    ASSERT_EQ(two.size(), 1);
    EXPECT_EQ(two[0].value, QStringLiteral("2"));
    EXPECT_EQ(two[0].text, QStringLiteral("two infusions"));
    const auto twice =
        only(collect(InterventionRule(), QStringLiteral("cells were infused twice")), QStringLiteral("infusions"));
    ASSERT_EQ(twice.size(), 1);
    EXPECT_EQ(twice[0].value, QStringLiteral("2"));
    const auto single =
        only(collect(InterventionRule(), QStringLiteral("a single infusion")), QStringLiteral("infusions"));
    ASSERT_EQ(single.size(), 1);
    EXPECT_EQ(single[0].value, QStringLiteral("1"));
    EXPECT_TRUE(only(collect(InterventionRule(), QStringLiteral("2 x 10^6 MSC infusion")), QStringLiteral("infusions"))
                    .isEmpty());
}
