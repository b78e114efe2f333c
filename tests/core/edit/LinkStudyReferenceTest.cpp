// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/LinkStudyReference.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;
using edit::LinkStudyReference;

namespace {
class LinkStudyReferenceTest : public stemma::test::EditFixture
{
protected:
    ReferenceId addReference(const char* title)
    {
        Reference reference;
        reference.title = QString::fromLatin1(title);
        return *project->references().insert(reference);
    }
};
} // namespace

TEST_F(LinkStudyReferenceTest, LinksAFollowUpAfterThePrimaryReportAndUndoes)
{
    const ReferenceId followUp = addReference("Five-year follow-up");
    LinkStudyReference link(studyId, followUp);
    ASSERT_TRUE(link.apply(*project));
    EXPECT_EQ(project->studies().get(studyId)->references, (QList<ReferenceId>{referenceId, followUp}));
    EXPECT_EQ(*project->studies().studiesForReference(followUp), std::vector<StudyId>{studyId});
    ASSERT_TRUE(link.revert(*project));
    EXPECT_EQ(project->studies().get(studyId)->references, QList<ReferenceId>{referenceId});
    ASSERT_TRUE(link.apply(*project)); // redo
    EXPECT_EQ(project->studies().get(studyId)->references.size(), 2);
    // Linking it twice is refused and changes nothing.
    LinkStudyReference again(studyId, followUp);
    EXPECT_EQ(again.apply(*project).error().code, ErrorCode::Constraint);
    EXPECT_EQ(project->studies().get(studyId)->references.size(), 2);
}

TEST_F(LinkStudyReferenceTest, UnlinkingThePrimaryReportIsUndoneInPlace)
{
    const ReferenceId followUp = addReference("Follow-up");
    ASSERT_TRUE(project->studies().linkReference(studyId, followUp));
    LinkStudyReference unlink(studyId, referenceId, LinkStudyReference::Action::Unlink);
    ASSERT_TRUE(unlink.apply(*project));
    EXPECT_EQ(project->studies().get(studyId)->references, QList<ReferenceId>{followUp});
    ASSERT_TRUE(unlink.revert(*project));
    // The primary report is first again, not appended.
    EXPECT_EQ(project->studies().get(studyId)->references, (QList<ReferenceId>{referenceId, followUp}));
    LinkStudyReference missing(studyId, addReference("Unrelated"), LinkStudyReference::Action::Unlink);
    EXPECT_EQ(missing.apply(*project).error().code, ErrorCode::NotFound);
}
