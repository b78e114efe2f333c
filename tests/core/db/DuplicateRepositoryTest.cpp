// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/DuplicateRepository.h"

#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class DuplicateRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const auto& title : {QStringLiteral("Stem cell transplantation in systemic sclerosis"),
                                  QStringLiteral("Stem-cell transplantation in systemic sclerosis."),
                                  QStringLiteral("An unrelated paper on lupus")}) {
            Reference reference;
            reference.title = title;
            reference.year = 2018;
            reference.authors = {Author{QStringLiteral("Burt"), QStringLiteral("RK"), {}}};
            ids.push_back(*project->references().insert(reference));
        }
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    std::vector<ReferenceId> ids;
};

} // namespace

TEST_F(DuplicateRepositoryTest, FindStoreMergeAndUndo)
{
    db::DuplicateRepository duplicates(project->database());
    auto fingerprints = duplicates.fingerprints();
    ASSERT_TRUE(fingerprints);
    ASSERT_EQ(fingerprints->size(), 3u);
    EXPECT_EQ(fingerprints->front().firstAuthor, QStringLiteral("burt"));

    const auto pairs = dedupe::DuplicateFinder().find(*fingerprints);
    ASSERT_EQ(pairs.size(), 1u);
    ASSERT_EQ(*duplicates.store(pairs), 1);
    auto pending = *duplicates.candidates();
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].first, ids[0]);
    EXPECT_EQ(pending[0].second, ids[1]);

    ASSERT_TRUE(duplicates.merge(pending[0].id));
    EXPECT_EQ(*project->references().count(), 2);
    EXPECT_EQ(project->references().get(ids[1])->mergedInto, ids[0]);
    EXPECT_TRUE(duplicates.candidates()->empty());
    EXPECT_EQ(duplicates.candidate(pending[0].id)->status, db::CandidateStatus::Merged);

    // Running the finder again must not resurrect a decided pair.
    ASSERT_EQ(*duplicates.store(pairs), 0);
    EXPECT_TRUE(duplicates.candidates()->empty());

    ASSERT_TRUE(duplicates.undo(pending[0].id));
    EXPECT_EQ(*project->references().count(), 3);
    EXPECT_FALSE(project->references().get(ids[1])->mergedInto.isValid());
    EXPECT_EQ(duplicates.candidates()->size(), 1u);

    ASSERT_TRUE(duplicates.markDistinct(pending[0].id));
    EXPECT_TRUE(duplicates.candidates()->empty());
    EXPECT_EQ(*project->references().count(), 3);
}

TEST_F(DuplicateRepositoryTest, UnknownPairIsNotFound)
{
    db::DuplicateRepository duplicates(project->database());
    auto merged = duplicates.merge(999);
    ASSERT_FALSE(merged);
    EXPECT_EQ(merged.error().code, ErrorCode::NotFound);
}
