// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/CodebookJson.h"

#include "core/db/CodebookRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using codebook::CodebookJson;
using codebook::TagNode;

namespace {

QList<TagNode> sampleTree()
{
    return {TagNode{QStringLiteral("Intervention"),
                    QStringLiteral("#64b5f6"),
                    QStringLiteral("What patients received."),
                    {TagNode{QStringLiteral("Dose"), QStringLiteral("#42a5f5"), QStringLiteral("Cells per kg."), {}},
                     TagNode{QStringLiteral("Route"), {}, {}, {}}}},
            TagNode{QStringLiteral("Safety"), QStringLiteral("#e57373"), {}, {}}};
}

} // namespace

TEST(CodebookJsonTest, WriteThenParseGivesTheSameTree)
{
    const QList<TagNode> tree = sampleTree();
    auto parsed = CodebookJson::parse(CodebookJson::write(tree));
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_TRUE(*parsed == tree);
}

TEST(CodebookJsonTest, ImportThenExportRoundTripsThroughAProject)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    auto summary = CodebookJson::importTags(*project, sampleTree());
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->added, 4);
    EXPECT_EQ(summary->matched, 0);

    auto roots = project->codebook().children(TagId());
    ASSERT_TRUE(roots);
    ASSERT_EQ(roots->size(), 2u);
    EXPECT_EQ((*roots)[0].name, QStringLiteral("Intervention"));
    EXPECT_EQ((*roots)[0].colour, QStringLiteral("#64b5f6"));
    EXPECT_EQ((*roots)[0].description, QStringLiteral("What patients received."));
    auto kids = project->codebook().children((*roots)[0].id);
    ASSERT_TRUE(kids);
    ASSERT_EQ(kids->size(), 2u);
    EXPECT_EQ((*kids)[0].name, QStringLiteral("Dose"));
    EXPECT_EQ((*kids)[1].name, QStringLiteral("Route"));

    auto exported = CodebookJson::exportJson(*project);
    ASSERT_TRUE(exported);
    auto reread = CodebookJson::parse(*exported);
    ASSERT_TRUE(reread);
    ASSERT_EQ(reread->size(), 2);
    EXPECT_EQ((*reread)[0].name, QStringLiteral("Intervention"));
    ASSERT_EQ((*reread)[0].children.size(), 2);
    EXPECT_EQ((*reread)[0].children[0].description, QStringLiteral("Cells per kg."));
    // A route without a colour was stored with the default one, which the export keeps.
    EXPECT_EQ((*reread)[0].children[1].colour, QStringLiteral("#ffd54f"));
}

TEST(CodebookJsonTest, ImportingTwiceMergesByName)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    const QByteArray json = CodebookJson::write(sampleTree());
    ASSERT_TRUE(CodebookJson::importJson(*project, json));
    auto again = CodebookJson::importJson(*project, json);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->matched, 4);
    EXPECT_EQ(project->codebook().tags()->size(), 4u);
}

TEST(CodebookJsonTest, BrokenJsonIsAClearParseError)
{
    auto broken = CodebookJson::parse("{\"tags\": [ {\"name\": ");
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().code, ErrorCode::Parse);
    EXPECT_TRUE(broken.error().message.startsWith(QStringLiteral("not a codebook: JSON error at byte")))
        << broken.error().message.toStdString();

    auto noTags = CodebookJson::parse("{\"studies\": []}");
    ASSERT_FALSE(noTags);
    EXPECT_EQ(noTags.error().message, QStringLiteral("not a codebook: there is no \"tags\" list"));

    auto unnamed = CodebookJson::parse("{\"tags\": [{\"name\": \"A\", \"children\": [{\"colour\": \"#000000\"}]}]}");
    ASSERT_FALSE(unnamed);
    EXPECT_EQ(unnamed.error().message, QStringLiteral("codebook, tag 1 (\"A\"), tag 1: the tag has no name"));

    auto badColour = CodebookJson::parse("{\"tags\": [{\"name\": \"A\", \"colour\": \"red\"}]}");
    ASSERT_FALSE(badColour);
    EXPECT_EQ(badColour.error().message, QStringLiteral("codebook, tag 1 (\"A\"): colour \"red\" is not #rrggbb"));
}

TEST(CodebookJsonTest, AFailedImportWritesNothing)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    ASSERT_FALSE(CodebookJson::importJson(*project, "{\"tags\": [{\"name\": \"A\"}, {\"name\": \"\"}]}"));
    EXPECT_TRUE(project->codebook().tags()->empty());
}
