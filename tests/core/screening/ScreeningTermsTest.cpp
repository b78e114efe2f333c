// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ScreeningTerms.h"

#include "core/db/ScreeningRepository.h"
#include "core/db/SettingsRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using stemma::core::screening::ScreeningTerms;

namespace {

TEST(ScreeningTermsTest, OffersDefaultsWhileTheProjectHasNoLists)
{
    auto project = stemma::test::makeMemoryProject();
    ScreeningTerms terms(*project);
    // New projects are seeded with a reason list; the defaults only stand in for an emptied one.
    EXPECT_EQ(*terms.reasons(), *project->screening().exclusionReasons());
    ASSERT_TRUE(terms.setReasons({}));
    EXPECT_TRUE(project->screening().exclusionReasons()->isEmpty());
    EXPECT_EQ(*terms.reasons(), ScreeningTerms::defaultReasons());
    EXPECT_EQ(*terms.inclusionTerms(), ScreeningTerms::defaultInclusionTerms());
    EXPECT_EQ(*terms.exclusionTerms(), ScreeningTerms::defaultExclusionTerms());
    EXPECT_EQ(ScreeningTerms::defaultReasons().back(), QStringLiteral("Not retrievable"));
}

TEST(ScreeningTermsTest, SetReasonsAddsRemovesAndReorders)
{
    auto project = stemma::test::makeMemoryProject();
    ScreeningTerms terms(*project);
    ASSERT_TRUE(terms.setReasons({QStringLiteral("Wrong population"), QStringLiteral("Animal study")}));
    EXPECT_EQ(*project->screening().exclusionReasons(),
              (QStringList{QStringLiteral("Wrong population"), QStringLiteral("Animal study")}));

    ASSERT_TRUE(terms.setReasons(
        {QStringLiteral(" Not retrievable "), QStringLiteral("Wrong population"), QStringLiteral("Case report")}));
    EXPECT_EQ(*terms.reasons(),
              (QStringList{QStringLiteral("Not retrievable"),
                           QStringLiteral("Wrong population"),
                           QStringLiteral("Case report")}));
}

TEST(ScreeningTermsTest, SetReasonsRejectsEmptyAndRepeatedLabelsWithoutChangingAnything)
{
    auto project = stemma::test::makeMemoryProject();
    ScreeningTerms terms(*project);
    ASSERT_TRUE(terms.setReasons({QStringLiteral("Wrong outcome")}));

    auto repeated = terms.setReasons({QStringLiteral("Duplicate"), QStringLiteral("Duplicate")});
    ASSERT_FALSE(repeated);
    EXPECT_EQ(repeated.error().code, ErrorCode::InvalidArgument);
    auto empty = terms.setReasons({QStringLiteral("Duplicate"), QStringLiteral("  ")});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(*project->screening().exclusionReasons(), QStringList{QStringLiteral("Wrong outcome")});
}

TEST(ScreeningTermsTest, StoresHighlightTermsOnePerLine)
{
    auto project = stemma::test::makeMemoryProject();
    ScreeningTerms terms(*project);
    ASSERT_TRUE(terms.setInclusionTerms({QStringLiteral(" MSC "), QString(), QStringLiteral("scleroderma")}));
    EXPECT_EQ(**project->settings().get(ScreeningTerms::inclusionKey()), QStringLiteral("MSC\nscleroderma"));
    EXPECT_EQ(*terms.inclusionTerms(), (QStringList{QStringLiteral("MSC"), QStringLiteral("scleroderma")}));

    // An emptied list stays empty rather than falling back to the defaults.
    ASSERT_TRUE(terms.setExclusionTerms({}));
    EXPECT_TRUE(terms.exclusionTerms()->isEmpty());
}

TEST(ScreeningTermsTest, SplitTermsAcceptsSemicolonsAndNewLines)
{
    EXPECT_EQ(ScreeningTerms::splitTerms(QStringLiteral("mice; rat\n\n in vitro ;")),
              (QStringList{QStringLiteral("mice"), QStringLiteral("rat"), QStringLiteral("in vitro")}));
}

} // namespace
