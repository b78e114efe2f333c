// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DesignHint.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

StudyDesign hintFor(const QStringList& types, PublicationType type = PublicationType::JournalArticle)
{
    Reference reference;
    reference.type = type;
    reference.publicationTypes = types;
    return extract::designHint(reference);
}

TEST(DesignHintTest, PubmedPublicationTypesNameTheDesign)
{
    EXPECT_EQ(hintFor({QStringLiteral("Journal Article"), QStringLiteral("Randomized Controlled Trial")}),
              StudyDesign::Rct);
    EXPECT_EQ(hintFor({QStringLiteral("Clinical Trial, Phase II"), QStringLiteral("Journal Article")}),
              StudyDesign::NonRandomisedTrial);
    EXPECT_EQ(hintFor({QStringLiteral("Meta-Analysis"), QStringLiteral("Systematic Review")}),
              StudyDesign::MetaAnalysis);
    EXPECT_EQ(hintFor({QStringLiteral("Observational Study")}), StudyDesign::Cohort);
    EXPECT_EQ(hintFor({QStringLiteral("Congress")}), StudyDesign::ConferenceAbstract);
}

TEST(DesignHintTest, ACaseReportWithALiteratureReviewIsACaseReport)
{
    EXPECT_EQ(hintFor({QStringLiteral("Review"), QStringLiteral("Case Reports")}), StudyDesign::CaseReport);
    EXPECT_EQ(hintFor({QStringLiteral("Review")}), StudyDesign::Review);
}

TEST(DesignHintTest, FallsBackOnTheKindOfPublication)
{
    EXPECT_EQ(hintFor({QStringLiteral("Meeting Abstract")}), StudyDesign::ConferenceAbstract);
    EXPECT_EQ(hintFor({}, PublicationType::ConferenceAbstract), StudyDesign::ConferenceAbstract);
    EXPECT_EQ(hintFor({}, PublicationType::WebPage), StudyDesign::GreyLiterature);
    EXPECT_EQ(hintFor({QStringLiteral("Journal Article")}), StudyDesign::Unknown);
    EXPECT_EQ(hintFor({}), StudyDesign::Unknown);
}

} // namespace
