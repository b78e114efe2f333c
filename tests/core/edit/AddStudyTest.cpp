// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddStudy.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class AddStudyTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(AddStudyTest, ApplyStoresAndRevertRemoves)
{
    Study study;
    study.label = QStringLiteral("ASTIS");
    study.design = StudyDesign::Rct;
    study.patientCount = 156;
    study.references = {referenceId};
    edit::AddStudy command(study);
    ASSERT_TRUE(command.apply(*project));
    ASSERT_TRUE(command.id().isValid());
    auto stored = project->studies().get(command.id());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->label, QStringLiteral("ASTIS"));
    EXPECT_EQ(stored->design, StudyDesign::Rct);
    EXPECT_EQ(stored->patientCount, 156);
    EXPECT_EQ(stored->references, QList<ReferenceId>{referenceId});
    const StudyId first = command.id();

    ASSERT_TRUE(command.revert(*project));
    EXPECT_EQ(project->studies().get(first).error().code, ErrorCode::NotFound);
    EXPECT_EQ(project->studies().list()->size(), 1u);

    // Redo takes the freed row id back, so later commands naming it stay valid.
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(command.id(), first);
    EXPECT_EQ(project->studies().list()->size(), 2u);
}
