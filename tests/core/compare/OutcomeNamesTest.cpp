// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/OutcomeNames.h"

#include "core/db/OutcomeRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class OutcomeNamesTest : public ::testing::Test
{
protected:
    QString codeFor(const QString& typed)
    {
        auto measure = compare::resolveOutcome(measures, typed);
        return measure ? measure->code : QStringLiteral("error: ") + measure.error().message;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    std::vector<OutcomeMeasure> measures = project->outcomes().measures().value();
};

TEST_F(OutcomeNamesTest, AcceptsCodesNamesAndSynonymsInAnyCase)
{
    EXPECT_EQ(codeFor(QStringLiteral("mRSS")), QStringLiteral("mRSS"));
    EXPECT_EQ(codeFor(QStringLiteral("MRSS")), QStringLiteral("mRSS"));
    EXPECT_EQ(codeFor(QStringLiteral("modified rodnan skin score")), QStringLiteral("mRSS"));
    EXPECT_EQ(codeFor(QStringLiteral("Skin Score")), QStringLiteral("mRSS"));
    EXPECT_EQ(codeFor(QStringLiteral("Rodnan")), QStringLiteral("mRSS"));
    EXPECT_EQ(codeFor(QStringLiteral("mortality")), QStringLiteral("DEATH"));
    EXPECT_EQ(codeFor(QStringLiteral("death")), QStringLiteral("DEATH"));
    EXPECT_EQ(codeFor(QStringLiteral("all-cause mortality")), QStringLiteral("DEATH"));
    EXPECT_EQ(codeFor(QStringLiteral("treatment-related mortality")), QStringLiteral("TRM"));
    EXPECT_EQ(codeFor(QStringLiteral("fvc")), QStringLiteral("FVC"));
    EXPECT_EQ(codeFor(QStringLiteral("DLCO")), QStringLiteral("DLCO"));
    EXPECT_EQ(codeFor(QStringLiteral("HAQ")), QStringLiteral("HAQ-DI"));
    EXPECT_EQ(codeFor(QStringLiteral("haq di")), QStringLiteral("HAQ-DI"));
    EXPECT_EQ(codeFor(QStringLiteral("  Forced vital capacity ")), QStringLiteral("FVC"));
}

TEST_F(OutcomeNamesTest, AnUnknownNameListsTheProjectsOutcomes)
{
    auto measure = compare::resolveOutcome(measures, QStringLiteral("quality of sleep"));
    ASSERT_FALSE(measure);
    EXPECT_EQ(measure.error().code, ErrorCode::NotFound);
    const QString message = measure.error().message;
    EXPECT_TRUE(message.startsWith(QStringLiteral("unknown outcome \"quality of sleep\"")));
    for (const OutcomeMeasure& known : measures)
        EXPECT_TRUE(message.contains(known.code + QStringLiteral(" (") + known.name + QLatin1Char(')')))
            << known.code.toStdString();
}

TEST_F(OutcomeNamesTest, ASynonymForAnOutcomeTheProjectLacksIsUnknown)
{
    std::vector<OutcomeMeasure> onlySkin;
    for (const OutcomeMeasure& measure : measures)
        if (measure.code == QLatin1String("mRSS"))
            onlySkin.push_back(measure);
    EXPECT_FALSE(compare::resolveOutcome(onlySkin, QStringLiteral("mortality")));
    EXPECT_TRUE(compare::resolveOutcome(onlySkin, QStringLiteral("skin score")));
}

} // namespace
