// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ReviewerRepository.h"

#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class ReviewerRepositoryTest : public ::testing::Test
{
protected:
    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    db::ReviewerRepository& repository() { return project->reviewers(); }
};

} // namespace

TEST_F(ReviewerRepositoryTest, FindOrCreateReturnsTheSameIdForTheSameName)
{
    auto anna = repository().findOrCreate(QStringLiteral("Anna"));
    auto ben = repository().findOrCreate(QStringLiteral("Ben"));
    ASSERT_TRUE(anna && ben);
    EXPECT_NE(*anna, *ben);
    auto again = repository().findOrCreate(QStringLiteral("  Anna "));
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *anna);
    EXPECT_EQ(*repository().list(),
              (std::vector<Reviewer>{Reviewer{*anna, QStringLiteral("Anna")}, Reviewer{*ben, QStringLiteral("Ben")}}));
    EXPECT_EQ(*repository().get(*ben), (Reviewer{*ben, QStringLiteral("Ben")}));
}

TEST_F(ReviewerRepositoryTest, EmptyNameIsRejected)
{
    auto id = repository().findOrCreate(QStringLiteral("   "));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(repository().list()->empty());
}

TEST_F(ReviewerRepositoryTest, MissingReviewerIsNotFound)
{
    EXPECT_EQ(repository().get(ReviewerId(3)).error().code, ErrorCode::NotFound);
}
