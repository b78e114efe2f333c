// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/PrismaCounts.h"

#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using stemma::core::screening::PrismaCounts;
using stemma::core::screening::PrismaItem;

namespace {

class PrismaCountsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(project); }

    ReferenceId add(ReferenceId mergedInto = {})
    {
        Reference reference;
        reference.title = QStringLiteral("Reference");
        reference.mergedInto = mergedInto;
        return *project->references().insert(reference);
    }

    void vote(
        ReferenceId reference, ReviewerId reviewer, ScreeningStage stage, Verdict verdict, const QString& reason = {})
    {
        ScreeningDecision decision;
        decision.reference = reference;
        decision.reviewer = reviewer;
        decision.stage = stage;
        decision.verdict = verdict;
        decision.reason = reason;
        ASSERT_TRUE(project->screening().recordDecision(decision).hasValue());
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

TEST_F(PrismaCountsTest, EveryBoxFromConstructedProject)
{
    ImportBatch pubmed;
    pubmed.sourceName = QStringLiteral("PubMed");
    pubmed.recordsRead = 8;
    ASSERT_TRUE(project->references().addBatch(pubmed).hasValue());
    ImportBatch embase;
    embase.sourceName = QStringLiteral("Embase");
    embase.recordsRead = 4;
    ASSERT_TRUE(project->references().addBatch(embase).hasValue());
    pubmed.recordsRead = 1; // a second PubMed export adds to the same source
    ASSERT_TRUE(project->references().addBatch(pubmed).hasValue());

    // 11 live references and 2 merged duplicates.
    std::vector<ReferenceId> live;
    for (int i = 0; i < 11; ++i)
        live.push_back(add());
    add(live[0]);
    add(live[1]);

    const ReviewerId anna = *project->reviewers().findOrCreate(QStringLiteral("Anna"));
    const ReviewerId ben = *project->reviewers().findOrCreate(QStringLiteral("Ben"));
    const auto ta = ScreeningStage::TitleAbstract;
    const auto ft = ScreeningStage::FullText;

    // Title/abstract: 0..1 excluded by both, 2 excluded by resolution after a conflict,
    // 3 in conflict, 4 unscreened, 5..10 included or maybe.
    vote(live[0], anna, ta, Verdict::Exclude, QStringLiteral("Animal study"));
    vote(live[0], ben, ta, Verdict::Exclude, QStringLiteral("Animal study"));
    vote(live[1], anna, ta, Verdict::Exclude, QStringLiteral("Review"));
    vote(live[2], anna, ta, Verdict::Include);
    vote(live[2], ben, ta, Verdict::Exclude, QStringLiteral("Review"));
    ScreeningResolution resolution;
    resolution.reference = live[2];
    resolution.stage = ta;
    resolution.verdict = Verdict::Exclude;
    resolution.reason = QStringLiteral("Review");
    resolution.method = QStringLiteral("consensus");
    ASSERT_TRUE(project->screening().resolve(resolution).hasValue());
    vote(live[3], anna, ta, Verdict::Include);
    vote(live[3], ben, ta, Verdict::Exclude, QStringLiteral("Review"));
    for (int i = 5; i <= 10; ++i)
        vote(live[i], anna, ta, i == 6 ? Verdict::Maybe : Verdict::Include);

    // Full text: 5 not retrievable, 6 and 7 wrong population, 8 wrong comparator, 9 and 10 included.
    vote(live[5], anna, ft, Verdict::Exclude, QStringLiteral("Not retrievable"));
    vote(live[6], anna, ft, Verdict::Exclude, QStringLiteral("Wrong population"));
    vote(live[7], anna, ft, Verdict::Exclude, QStringLiteral("Wrong population"));
    vote(live[8], anna, ft, Verdict::Exclude, QStringLiteral("Wrong comparator"));
    vote(live[9], anna, ft, Verdict::Include);
    vote(live[10], anna, ft, Verdict::Include);

    // 9 and 10 are two reports of one study.
    Study study;
    study.label = QStringLiteral("ASTIS");
    study.references = {live[9], live[10]};
    ASSERT_TRUE(project->studies().insert(study).hasValue());

    const auto counts = PrismaCounts::compute(*project);
    ASSERT_TRUE(counts.hasValue()) << counts.error().message.toStdString();
    const std::vector<PrismaItem> sources{{QStringLiteral("PubMed"), 9}, {QStringLiteral("Embase"), 4}};
    EXPECT_EQ(counts->identifiedBySource, sources);
    EXPECT_EQ(counts->identified, 13);
    EXPECT_EQ(counts->duplicatesRemoved, 2);
    EXPECT_EQ(counts->screened, 11);
    EXPECT_EQ(counts->excludedTitleAbstract, 3);
    EXPECT_EQ(counts->awaitingTitleAbstract, 2);
    EXPECT_EQ(counts->soughtForRetrieval, 6);
    EXPECT_EQ(counts->notRetrieved, 1);
    EXPECT_EQ(counts->assessed, 5);
    EXPECT_EQ(counts->excludedFullText, 3);
    const std::vector<PrismaItem> reasons{{QStringLiteral("Wrong population"), 2},
                                          {QStringLiteral("Wrong comparator"), 1}};
    EXPECT_EQ(counts->excludedByReason, reasons);
    EXPECT_EQ(counts->awaitingFullText, 0);
    EXPECT_EQ(counts->reportsIncluded, 2);
    EXPECT_EQ(counts->studiesIncluded, 1);
}

TEST_F(PrismaCountsTest, IncludedReportsWithoutStudiesCountAsStudies)
{
    const ReviewerId anna = *project->reviewers().findOrCreate(QStringLiteral("Anna"));
    const ReferenceId first = add();
    const ReferenceId second = add();
    for (ReferenceId reference : {first, second}) {
        vote(reference, anna, ScreeningStage::TitleAbstract, Verdict::Include);
        vote(reference, anna, ScreeningStage::FullText, Verdict::Include);
    }
    const auto counts = PrismaCounts::compute(*project);
    ASSERT_TRUE(counts.hasValue());
    EXPECT_EQ(counts->identified, 0);
    EXPECT_EQ(counts->screened, 2);
    EXPECT_EQ(counts->reportsIncluded, 2);
    EXPECT_EQ(counts->studiesIncluded, 2);
}

TEST_F(PrismaCountsTest, EmptyProjectIsAllZero)
{
    const auto counts = PrismaCounts::compute(*project);
    ASSERT_TRUE(counts.hasValue());
    EXPECT_TRUE(counts->identifiedBySource.empty());
    EXPECT_EQ(counts->screened, 0);
    EXPECT_EQ(counts->studiesIncluded, 0);
}

} // namespace

TEST_F(PrismaCountsTest, EachSourceCarriesItsSearchDatesAndTheOtherRemovalsAreZero)
{
    ImportBatch pubmed;
    pubmed.sourceName = QStringLiteral("PubMed");
    pubmed.searchDate = QStringLiteral("2024-03-04");
    pubmed.recordsRead = 5;
    ASSERT_TRUE(project->references().addBatch(pubmed).hasValue());
    ImportBatch embase;
    embase.sourceName = QStringLiteral("Embase");
    embase.recordsRead = 2; // no date recorded
    ASSERT_TRUE(project->references().addBatch(embase).hasValue());
    pubmed.searchDate = QStringLiteral("2024-09-01"); // the update search
    pubmed.recordsRead = 1;
    ASSERT_TRUE(project->references().addBatch(pubmed).hasValue());
    ASSERT_TRUE(project->references().addBatch(pubmed).hasValue()); // the same date twice is shown once

    auto counts = PrismaCounts::compute(*project);
    ASSERT_TRUE(counts);
    const std::vector<PrismaItem> sources{
        {QStringLiteral("PubMed"), 7, QStringLiteral("2024-03-04, 2024-09-01")},
        {QStringLiteral("Embase"), 2, QString()},
    };
    EXPECT_EQ(counts->identifiedBySource, sources);
    EXPECT_EQ(counts->markedIneligibleByAutomation, 0);
    EXPECT_EQ(counts->removedForOtherReasons, 0);
}
