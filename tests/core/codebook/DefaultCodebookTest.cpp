// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/DefaultCodebook.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace stemma::core;

namespace {

int countNodes(const QList<codebook::TagNode>& nodes)
{
    int count = 0;
    for (const auto& node : nodes)
        count += 1 + countNodes(node.children);
    return count;
}

} // namespace

TEST(DefaultCodebookTest, ShipsTheSixBranchesOfAStemCellReview)
{
    auto tags = codebook::defaultCodebook();
    ASSERT_TRUE(tags) << tags.error().message.toStdString();
    ASSERT_EQ(tags->size(), 6);
    EXPECT_EQ((*tags)[0].name, QStringLiteral("Population"));
    EXPECT_EQ((*tags)[1].name, QStringLiteral("Intervention"));
    EXPECT_EQ((*tags)[2].name, QStringLiteral("Outcome"));
    EXPECT_EQ((*tags)[3].name, QStringLiteral("Safety"));
    EXPECT_EQ((*tags)[4].name, QStringLiteral("Design"));
    EXPECT_EQ((*tags)[5].name, QStringLiteral("Risk of bias"));
    const auto& msc = (*tags)[1].children[0];
    EXPECT_EQ(msc.name, QStringLiteral("MSC"));
    EXPECT_EQ(msc.children[2].name, QStringLiteral("Dose"));
    EXPECT_EQ(msc.children[2].colour, QStringLiteral("#42a5f5"));
    EXPECT_FALSE(msc.children[2].description.isEmpty());
}

TEST(DefaultCodebookTest, SeedsAnEmptyProjectOnce)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    const int expected = countNodes(*codebook::defaultCodebook());
    auto added = codebook::seedDefaultCodebook(*project);
    ASSERT_TRUE(added);
    EXPECT_EQ(*added, expected);
    EXPECT_EQ(int(project->codebook().tags()->size()), expected);
    auto again = codebook::seedDefaultCodebook(*project);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(int(project->codebook().tags()->size()), expected);
}

TEST(DefaultCodebookTest, NewProjectFilesStartWithIt)
{
    QTemporaryDir dir;
    auto project = ReviewProject::create(dir.filePath(QStringLiteral("review.stemma")));
    ASSERT_TRUE(project) << project.error().message.toStdString();
    auto roots = (*project)->codebook().children(TagId());
    ASSERT_TRUE(roots);
    ASSERT_EQ(roots->size(), 6u);
    EXPECT_EQ((*roots)[0].name, QStringLiteral("Population"));
    EXPECT_EQ((*roots)[0].colour, QStringLiteral("#81c784"));
}
