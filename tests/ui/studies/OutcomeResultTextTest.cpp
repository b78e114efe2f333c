// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/OutcomeResultText.h"

#include <gtest/gtest.h>

using namespace stemma;
using core::OutcomeResult;
using core::Statistic;

namespace {

OutcomeResult result(Statistic statistic, std::optional<double> value)
{
    OutcomeResult r;
    r.statistic = statistic;
    r.value = value;
    return r;
}

std::string text(const OutcomeResult& r)
{
    return ui::outcomeResultText(r).toStdString();
}

} // namespace

TEST(OutcomeResultTextTest, EachStatisticSaysWhatItsNumberIs)
{
    EXPECT_EQ(text(result(Statistic::Percentage, 70)), "70%");

    OutcomeResult mean = result(Statistic::MeanSd, 25.2);
    EXPECT_EQ(text(mean), "25.2");
    mean.spread = 6.1;
    EXPECT_EQ(text(mean), "25.2 (SD 6.1)");

    OutcomeResult median = result(Statistic::MedianIqr, 14);
    median.lower = 10;
    median.upper = 18;
    EXPECT_EQ(text(median), "median 14 [10\u201318]");

    OutcomeResult hazard = result(Statistic::HazardRatio, 0.52);
    EXPECT_EQ(text(hazard), "HR 0.52");
    hazard.lower = 0.28;
    hazard.upper = 0.96;
    EXPECT_EQ(text(hazard), "HR 0.52 [0.28\u20130.96]");

    EXPECT_EQ(text(result(Statistic::IndividualValue, 47)), "47");
}

TEST(OutcomeResultTextTest, EventsAndChangesAndMissingValues)
{
    OutcomeResult deaths = result(Statistic::EventsTotal, std::nullopt);
    deaths.events = 8;
    EXPECT_EQ(text(deaths), "8 events");
    deaths.n = 79;
    EXPECT_EQ(text(deaths), "8/79 events");

    OutcomeResult change = result(Statistic::MeanSd, -6.3);
    change.isChangeFromBaseline = true;
    EXPECT_EQ(text(change), "change -6.3");

    EXPECT_EQ(text(result(Statistic::Percentage, std::nullopt)), "\u2013");
    EXPECT_EQ(text(result(Statistic::MeanSd, std::nullopt)), "\u2013");
}
