// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The JBI checklists (case series: 10 items, Munn et al. 2020; case reports: 8 items) and Murad
// et al. 2018 (8 questions in 4 domains). Neither publishes a scoring rule: JBI leaves include /
// exclude / seek further information to the reviewers and Murad et al. advise against a score,
// so the engine shows each item's answer and proposes no overall judgement.
#include "tests/core/quality/QualityTestSupport.h"

namespace stemma::core::quality::test {
namespace {

TEST(JbiChecklists, HaveThePublishedNumberOfItemsAndShowEachAnswer)
{
    const QualityTool series = builtInTool(QStringLiteral("jbi-case-series"));
    const QualityTool report = builtInTool(QStringLiteral("jbi-case-report"));
    EXPECT_EQ(series.domains.size(), 10);
    EXPECT_EQ(report.domains.size(), 8);
    const QHash<QString, QString> expected = {{QStringLiteral("Y"), QStringLiteral("yes")},
                                              {QStringLiteral("N"), QStringLiteral("no")},
                                              {QStringLiteral("U"), QStringLiteral("unclear")},
                                              {QStringLiteral("NA"), QStringLiteral("not-applicable")}};
    for (auto it = expected.begin(); it != expected.end(); ++it)
        EXPECT_EQ(proposedFor(series, {{QStringLiteral("Q4"), it.key()}}, QStringLiteral("Q4")), it.value());
}

TEST(JbiChecklists, TheOverallDecisionIsTheReviewers)
{
    const QualityTool series = builtInTool(QStringLiteral("jbi-case-series"));
    QHash<QString, QString> allYes;
    for (const QualityDomain& d : series.domains)
        allYes.insert(d.questions.front().id, QStringLiteral("Y"));
    auto outcome = JudgementEngine::assess(series, allYes);
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_FALSE(outcome->overall.proposal.judgement.has_value());

    auto decided = JudgementEngine::assess(series, allYes, {{overallKey(), {QStringLiteral("include"), {}}}});
    ASSERT_TRUE(decided.hasValue());
    EXPECT_EQ(decided->overall.judgement.value_or(QString()), QStringLiteral("include"));
    // The overall scale is JBI's decision, not the items' yes/no.
    EXPECT_FALSE(JudgementEngine::assess(series, allYes, {{overallKey(), {QStringLiteral("yes"), {}}}}).hasValue());
}

TEST(MuradTool, FourDomainsEightQuestionsAndNoScore)
{
    const QualityTool murad = builtInTool(QStringLiteral("murad-2018"));
    ASSERT_EQ(murad.domains.size(), 4);
    int questions = 0;
    for (const QualityDomain& d : murad.domains)
        questions += static_cast<int>(d.questions.size());
    EXPECT_EQ(questions, 8);
    QHash<QString, QString> allYes;
    for (int i = 1; i <= 8; ++i)
        allYes.insert(QString::number(i), QStringLiteral("Y"));
    auto outcome =
        JudgementEngine::assess(murad, allYes, {{QStringLiteral("causality"), {QStringLiteral("moderate"), {}}}});
    ASSERT_TRUE(outcome.hasValue());
    for (const JudgementOutcome& d : outcome->domains)
        EXPECT_FALSE(d.proposal.judgement.has_value()) << d.id.toStdString();
    EXPECT_EQ(outcome->domains[2].judgement.value_or(QString()), QStringLiteral("moderate"));
    EXPECT_FALSE(outcome->domains[2].overridden);
}

TEST(QualityToolCatalog, OffersToolsByStudyDesign)
{
    EXPECT_EQ(QualityToolCatalog::toolsFor(StudyDesign::Rct), QStringList{QStringLiteral("rob2")});
    EXPECT_EQ(QualityToolCatalog::toolsFor(StudyDesign::Cohort),
              (QStringList{QStringLiteral("robins-i"), QStringLiteral("nos-cohort")}));
    EXPECT_EQ(QualityToolCatalog::toolsFor(StudyDesign::CaseSeries),
              (QStringList{QStringLiteral("jbi-case-series"), QStringLiteral("murad-2018")}));
    EXPECT_EQ(QualityToolCatalog::toolsFor(StudyDesign::CaseReport),
              (QStringList{QStringLiteral("jbi-case-report"), QStringLiteral("murad-2018")}));
    EXPECT_FALSE(QualityToolCatalog::tool(QStringLiteral("nowhere")).hasValue());
}

} // namespace
} // namespace stemma::core::quality::test
