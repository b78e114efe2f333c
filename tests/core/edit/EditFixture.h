// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

namespace stemma::test {

/** A project with one reference ("12 patients received 2 x 10^6 cells/kg"), one study citing it and one tag. */
class EditFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        core::Reference reference;
        reference.title = QStringLiteral("MSC in systemic sclerosis");
        reference.abstract = QStringLiteral("12 patients received 2 x 10^6 cells/kg; mRSS fell from 30 to 21.");
        referenceId = *project->references().insert(reference);
        core::Study study;
        study.label = QStringLiteral("Pilot 2020");
        study.references = {referenceId};
        studyId = *project->studies().insert(study);
        tagId = *project->codebook().insertTag(
            core::Tag{core::TagId(), core::TagId(), QStringLiteral("Patient count"), QStringLiteral("#66bb6a"), {}, 0});
    }

    core::TagSpan spanOf(int start, int end) const
    {
        core::TagSpan span;
        span.tag = tagId;
        span.reference = referenceId;
        span.field = QStringLiteral("abstract");
        span.start = start;
        span.end = end;
        span.quote =
            QStringLiteral("12 patients received 2 x 10^6 cells/kg; mRSS fell from 30 to 21.").mid(start, end - start);
        return span;
    }

    std::unique_ptr<core::ReviewProject> project = makeMemoryProject();
    core::ReferenceId referenceId;
    core::StudyId studyId;
    core::TagId tagId;
};

} // namespace stemma::test
