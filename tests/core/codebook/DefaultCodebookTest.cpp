// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/DefaultCodebook.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/Database.h"
#include "core/db/Migrator.h"
#include "core/db/SettingsRepository.h"
#include "core/db/Statement.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QFile>
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

TEST(DefaultCodebookTest, UpgradedVersionOneFixtureGetsItOnce)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("fixture.stemma"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STEMMA_TEST_DATA_DIR "/schema/v1.stemma"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const int expected = countNodes(*codebook::defaultCodebook());
    {
        auto project = ReviewProject::open(copy);
        ASSERT_TRUE(project) << project.error().message.toStdString();
        EXPECT_FALSE((*project)->backupPath().isEmpty());
        auto roots = (*project)->codebook().children(TagId());
        ASSERT_TRUE(roots);
        ASSERT_EQ(roots->size(), 6u);
        EXPECT_EQ((*roots)[0].name, QStringLiteral("Population"));
        EXPECT_EQ((*roots)[5].name, QStringLiteral("Risk of bias"));
        EXPECT_EQ(int((*project)->codebook().tags()->size()), expected);
        EXPECT_FALSE((*project)->settings().get(codebook::seedPendingKey())->has_value());
    }
    // Opening again neither adds a second tree nor fails.
    auto again = ReviewProject::open(copy);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_TRUE((*again)->backupPath().isEmpty());
    EXPECT_EQ(int((*again)->codebook().tags()->size()), expected);
}

TEST(DefaultCodebookTest, UpgradedProjectWithItsOwnTagsKeepsThem)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("own.stemma"));
    {
        auto database = db::Database::open(file, db::Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(database);
        ASSERT_TRUE(db::Migrator::migrate(**database, 1));
        // Written with version-1 SQL, as a version-1 build would have stored it.
        auto insert = (*database)->prepare("INSERT INTO codebook_tag (name, colour) VALUES (:name, '#123456')");
        ASSERT_TRUE(insert);
        insert->bind(":name", QStringLiteral("Own tag"));
        ASSERT_TRUE(insert->run());
    }
    auto project = ReviewProject::open(file);
    ASSERT_TRUE(project) << project.error().message.toStdString();
    auto tags = (*project)->codebook().tags();
    ASSERT_TRUE(tags);
    ASSERT_EQ(tags->size(), 1u);
    EXPECT_EQ(tags->front().name, QStringLiteral("Own tag"));
    EXPECT_EQ(tags->front().colour, QStringLiteral("#123456"));
}

TEST(DefaultCodebookTest, DeletedCodebookIsNotSeededAgain)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("review.stemma"));
    {
        auto project = ReviewProject::create(file);
        ASSERT_TRUE(project) << project.error().message.toStdString();
        EXPECT_FALSE((*project)->settings().get(codebook::seedPendingKey())->has_value());
        const auto roots = (*project)->codebook().children(TagId());
        ASSERT_TRUE(roots);
        for (const Tag& root : *roots)
            ASSERT_TRUE((*project)->codebook().removeTag(root.id));
        EXPECT_TRUE((*project)->codebook().tags()->empty());
    }
    auto project = ReviewProject::open(file);
    ASSERT_TRUE(project) << project.error().message.toStdString();
    EXPECT_TRUE((*project)->codebook().tags()->empty());
}
