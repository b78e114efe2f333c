// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetStudyField.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;
using edit::SetStudyField;
using edit::StudyField;

namespace {
class SetStudyFieldTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(SetStudyFieldTest, ApplyWritesAndRevertRestores)
{
    SetStudyField count(studyId, StudyField::PatientCount, QStringLiteral(" 12 "));
    ASSERT_TRUE(count.apply(*project));
    EXPECT_EQ(project->studies().get(studyId)->patientCount, 12);
    EXPECT_EQ(count.oldValue(), QString());
    ASSERT_TRUE(count.revert(*project));
    EXPECT_FALSE(project->studies().get(studyId)->patientCount.has_value());

    SetStudyField design(studyId, StudyField::Design, QStringLiteral("case-series"));
    ASSERT_TRUE(design.apply(*project));
    EXPECT_EQ(project->studies().get(studyId)->design, StudyDesign::CaseSeries);
    ASSERT_TRUE(design.revert(*project));
    EXPECT_EQ(project->studies().get(studyId)->design, StudyDesign::Unknown);
    // The references survive the full-row update.
    EXPECT_EQ(project->studies().get(studyId)->references, QList<ReferenceId>{referenceId});
}

TEST_F(SetStudyFieldTest, RejectsTextThatDoesNotFit)
{
    SetStudyField count(studyId, StudyField::PatientCount, QStringLiteral("twelve"));
    auto applied = count.apply(*project);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().message, QStringLiteral("\"twelve\" is not a patient count; type a whole number"));
    SetStudyField design(studyId, StudyField::Design, QStringLiteral("anecdote"));
    EXPECT_EQ(design.apply(*project).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(project->studies().get(studyId)->label, QStringLiteral("Pilot 2020"));
}

TEST_F(SetStudyFieldTest, FollowUpMonthsAcceptsDecimals)
{
    SetStudyField months(studyId, StudyField::FollowUpMonths, QStringLiteral("69.6"));
    ASSERT_TRUE(months.apply(*project));
    EXPECT_EQ(project->studies().get(studyId)->followUpMonths, 69.6);
    EXPECT_EQ(SetStudyField::linkName(StudyField::FollowUpMonths), QStringLiteral("followUpMonths"));
}
