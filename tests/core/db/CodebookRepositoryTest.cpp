// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/CodebookRepository.h"

#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class CodebookRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        Reference reference;
        reference.title = QStringLiteral("MSC infusion in systemic sclerosis");
        referenceId = *project->references().insert(reference);
        reviewerId = *project->reviewers().findOrCreate(QStringLiteral("Anna"));
    }

    TagId addTag(const QString& name, TagId parent = TagId(), int position = 0)
    {
        auto id = repository().insertTag(Tag{TagId(), parent, name, QStringLiteral("#80cbc4"), {}, position});
        EXPECT_TRUE(id);
        return id ? *id : TagId();
    }

    TagSpan sampleSpan(TagId tag) const
    {
        TagSpan span;
        span.tag = tag;
        span.reference = referenceId;
        span.field = QStringLiteral("title");
        span.start = 0;
        span.end = 3;
        span.quote = QStringLiteral("MSC");
        span.reviewer = reviewerId;
        span.createdAt = QDateTime(QDate(2026, 2, 1), QTime(8, 30, 0, 125), Qt::UTC);
        span.note = QStringLiteral("cell type");
        return span;
    }

    db::CodebookRepository& repository() { return project->codebook(); }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    ReferenceId referenceId;
    ReviewerId reviewerId;
};

} // namespace

TEST_F(CodebookRepositoryTest, TagRoundTripEveryField)
{
    Tag parent{TagId(),
               TagId(),
               QStringLiteral("Intervention"),
               QStringLiteral("#ff8a65"),
               QStringLiteral("What was given"),
               2};
    parent.id = *repository().insertTag(parent);
    Tag child{
        TagId(), parent.id, QStringLiteral("Cell dose"), QStringLiteral("#4db6ac"), QStringLiteral("cells per kg"), 1};
    auto id = repository().insertTag(child);
    ASSERT_TRUE(id);
    child.id = *id;
    EXPECT_EQ(*repository().tag(parent.id), parent);
    EXPECT_EQ(*repository().tag(child.id), child);
}

TEST_F(CodebookRepositoryTest, EmptyColourGetsTheDefault)
{
    Tag tag;
    tag.name = QStringLiteral("Outcome");
    auto id = repository().insertTag(tag);
    ASSERT_TRUE(id);
    auto loaded = repository().tag(*id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->colour, QStringLiteral("#ffd54f"));
    EXPECT_FALSE(loaded->parent.isValid());
    EXPECT_TRUE(loaded->description.isEmpty());
}

TEST_F(CodebookRepositoryTest, TreeByParentInPositionOrder)
{
    const TagId design = addTag(QStringLiteral("Design"), TagId(), 1);
    const TagId intervention = addTag(QStringLiteral("Intervention"), TagId(), 0);
    const TagId dose = addTag(QStringLiteral("Dose"), intervention, 2);
    const TagId source = addTag(QStringLiteral("Source"), intervention, 1);

    auto roots = repository().children(TagId());
    ASSERT_TRUE(roots);
    ASSERT_EQ(roots->size(), 2u);
    EXPECT_EQ((*roots)[0].id, intervention);
    EXPECT_EQ((*roots)[1].id, design);
    auto kids = repository().children(intervention);
    ASSERT_TRUE(kids);
    ASSERT_EQ(kids->size(), 2u);
    EXPECT_EQ((*kids)[0].id, source);
    EXPECT_EQ((*kids)[1].id, dose);
    auto all = repository().tags();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 4u);
    EXPECT_EQ((*all)[0].id, intervention);
    EXPECT_EQ((*all)[1].id, design);
}

TEST_F(CodebookRepositoryTest, UpdateAndMissingTag)
{
    const TagId id = addTag(QStringLiteral("Dose"));
    const TagId parent = addTag(QStringLiteral("Intervention"));
    Tag tag = *repository().tag(id);
    tag.name = QStringLiteral("Cell dose");
    tag.parent = parent;
    tag.position = 4;
    ASSERT_TRUE(repository().updateTag(tag));
    EXPECT_EQ(*repository().tag(id), tag);

    tag.parent = id;
    EXPECT_EQ(repository().updateTag(tag).error().code, ErrorCode::InvalidArgument);
    Tag missing = tag;
    missing.id = TagId(500);
    missing.parent = TagId();
    EXPECT_EQ(repository().updateTag(missing).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().tag(TagId(500)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().removeTag(TagId(500)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().insertTag(Tag{TagId(), TagId(600), QStringLiteral("x"), {}, {}, 0}).error().code,
              ErrorCode::Constraint);
}

TEST_F(CodebookRepositoryTest, SpanRoundTripEveryField)
{
    const TagId tag = addTag(QStringLiteral("Cell type"));
    TagSpan span = sampleSpan(tag);
    auto id = repository().insertSpan(span);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    span.id = *id;
    EXPECT_EQ(*repository().span(*id), span);
    EXPECT_EQ(*repository().spansForReference(referenceId), std::vector<TagSpan>{span});
    EXPECT_EQ(*repository().spansForTag(tag), std::vector<TagSpan>{span});
}

TEST_F(CodebookRepositoryTest, SpanOptionalFieldsAndReadingOrder)
{
    const TagId tag = addTag(QStringLiteral("Cell type"));
    TagSpan later = sampleSpan(tag);
    later.start = 10;
    later.end = 20;
    later.quote = QStringLiteral("infusion i");
    later.reviewer = ReviewerId();
    later.note.clear();
    later.createdAt = QDateTime();
    TagSpan earlier = sampleSpan(tag);
    const SpanId laterId = *repository().insertSpan(later);
    const SpanId earlierId = *repository().insertSpan(earlier);
    auto spans = repository().spansForReference(referenceId);
    ASSERT_TRUE(spans);
    ASSERT_EQ(spans->size(), 2u);
    EXPECT_EQ((*spans)[0].id, earlierId);
    EXPECT_EQ((*spans)[1].id, laterId);
    EXPECT_FALSE((*spans)[1].reviewer.isValid());
    EXPECT_TRUE((*spans)[1].createdAt.isValid());
    EXPECT_TRUE((*spans)[1].note.isEmpty());
}

TEST_F(CodebookRepositoryTest, InvalidSpansAreConstraint)
{
    const TagId tag = addTag(QStringLiteral("Cell type"));
    TagSpan span = sampleSpan(tag);
    span.field = QStringLiteral("keywords");
    EXPECT_EQ(repository().insertSpan(span).error().code, ErrorCode::Constraint);
    span = sampleSpan(tag);
    span.end = -1;
    EXPECT_EQ(repository().insertSpan(span).error().code, ErrorCode::Constraint);
    span = sampleSpan(TagId(70));
    EXPECT_EQ(repository().insertSpan(span).error().code, ErrorCode::Constraint);
    span = sampleSpan(tag);
    span.reference = ReferenceId(70);
    EXPECT_EQ(repository().insertSpan(span).error().code, ErrorCode::Constraint);
}

TEST_F(CodebookRepositoryTest, RemovingTagCascadesToChildrenSpansAndLinks)
{
    const TagId parent = addTag(QStringLiteral("Intervention"));
    const TagId child = addTag(QStringLiteral("Dose"), parent);
    const SpanId onParent = *repository().insertSpan(sampleSpan(parent));
    const SpanId onChild = *repository().insertSpan(sampleSpan(child));
    ASSERT_TRUE(repository().link(QStringLiteral("intervention"), 4, QStringLiteral("cellsPerKg"), onChild));

    ASSERT_TRUE(repository().removeTag(parent));
    EXPECT_EQ(repository().tag(child).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().span(onParent).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().span(onChild).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(repository().spansForReference(referenceId)->empty());
    EXPECT_TRUE(repository().linksFor(QStringLiteral("intervention"), 4)->empty());
}

TEST_F(CodebookRepositoryTest, RemovingReferenceRemovesItsSpans)
{
    const TagId tag = addTag(QStringLiteral("Cell type"));
    const SpanId span = *repository().insertSpan(sampleSpan(tag));
    ASSERT_TRUE(project->references().remove(referenceId));
    EXPECT_EQ(repository().span(span).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(repository().tag(tag)) << "the tag survives";
}

TEST_F(CodebookRepositoryTest, EvidenceLinks)
{
    const TagId tag = addTag(QStringLiteral("Dose"));
    const SpanId first = *repository().insertSpan(sampleSpan(tag));
    const SpanId second = *repository().insertSpan(sampleSpan(tag));
    const QString entity = QStringLiteral("intervention");
    ASSERT_TRUE(repository().link(entity, 3, QStringLiteral("infusions"), second));
    ASSERT_TRUE(repository().link(entity, 3, QStringLiteral("cellsPerKg"), first));
    ASSERT_TRUE(repository().link(entity, 3, QStringLiteral("cellsPerKg"), first)) << "linking twice is harmless";
    ASSERT_TRUE(repository().link(QStringLiteral("study"), 3, QStringLiteral("design"), first));

    auto links = repository().linksFor(entity, 3);
    ASSERT_TRUE(links);
    ASSERT_EQ(links->size(), 2u);
    EXPECT_EQ((*links)[0].entity, entity);
    EXPECT_EQ((*links)[0].entityId, 3);
    EXPECT_EQ((*links)[0].field, QStringLiteral("cellsPerKg"));
    EXPECT_EQ((*links)[0].span, first);
    EXPECT_EQ((*links)[1].field, QStringLiteral("infusions"));
    EXPECT_EQ((*links)[1].span, second);

    ASSERT_TRUE(repository().unlink(entity, 3, QStringLiteral("infusions"), second));
    EXPECT_EQ(repository().linksFor(entity, 3)->size(), 1u);
    EXPECT_EQ(repository().unlink(entity, 3, QStringLiteral("infusions"), second).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().link(entity, 3, QStringLiteral("route"), SpanId(900)).error().code, ErrorCode::Constraint);

    ASSERT_TRUE(repository().removeSpan(first));
    EXPECT_TRUE(repository().linksFor(entity, 3)->empty());
    EXPECT_TRUE(repository().linksFor(QStringLiteral("study"), 3)->empty());
    EXPECT_EQ(repository().removeSpan(first).error().code, ErrorCode::NotFound);
}
