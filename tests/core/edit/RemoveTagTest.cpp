// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/RemoveTag.h"

#include "core/edit/EditHistory.h"
#include "tests/core/edit/EditFixture.h"
#include "tests/support/DatabaseDump.h"

using namespace stemma::core;

namespace {

/** The fixture's tag with a sub-tag, a span of each, a link and a result citing one span. */
class RemoveTagTest : public stemma::test::EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        childId = *project->codebook().insertTag(
            Tag{TagId(), tagId, QStringLiteral("Adults"), QStringLiteral("#123456"), QStringLiteral("18+"), 0});
        span = *project->codebook().insertSpan(spanOf(0, 11));
        TagSpan childSpan = spanOf(12, 20);
        childSpan.tag = childId;
        ASSERT_TRUE(project->codebook().insertSpan(childSpan));
        ASSERT_TRUE(
            project->codebook().link(QStringLiteral("study"), studyId.value, QStringLiteral("patientCount"), span));
        OutcomeResult result;
        result.study = studyId;
        result.measure = (*project->outcomes().findByCode(QStringLiteral("mRSS")))->id;
        result.value = 21;
        result.sourceSpan = span;
        resultId = *project->outcomes().insertResult(result);
    }

    TagId childId;
    SpanId span;
    OutcomeResultId resultId;
};

} // namespace

TEST_F(RemoveTagTest, RemovesTheSubtreeWithItsSpansAndUndoRestoresIdenticalContents)
{
    const QStringList before = stemma::test::dumpTables(*project);
    edit::EditHistory history(*project);
    auto change = history.push(std::make_unique<edit::RemoveTag>(tagId));
    ASSERT_TRUE(change) << change.error().message.toStdString();
    EXPECT_FALSE(project->codebook().tag(childId));
    EXPECT_TRUE(project->codebook().spansForReference(referenceId)->empty());
    EXPECT_FALSE(project->outcomes().result(resultId)->sourceSpan.isValid());
    EXPECT_EQ(change->ids(edit::EntityKind::Tag), (QList<qint64>{tagId.value, childId.value}));
    EXPECT_EQ(change->ids(edit::EntityKind::TagSpan).size(), 2);
    EXPECT_EQ(change->ids(edit::EntityKind::Reference), QList<qint64>{referenceId.value});
    const QStringList removed = stemma::test::dumpTables(*project);

    ASSERT_TRUE(history.undo());
    EXPECT_EQ(stemma::test::dumpTables(*project), before);
    ASSERT_TRUE(history.redo());
    EXPECT_EQ(stemma::test::dumpTables(*project), removed);
    ASSERT_TRUE(history.undo());
    EXPECT_EQ(stemma::test::dumpTables(*project), before);
}

TEST_F(RemoveTagTest, UnknownTagFailsWithoutChangingAnything)
{
    const QStringList before = stemma::test::dumpTables(*project);
    edit::EditHistory history(*project);
    EXPECT_FALSE(history.push(std::make_unique<edit::RemoveTag>(TagId(777))));
    EXPECT_EQ(stemma::test::dumpTables(*project), before);
    EXPECT_FALSE(history.canUndo());
}
