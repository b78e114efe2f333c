// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/ReferenceText.h"

#include "core/codebook/EvidenceTagger.h"
#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using codebook::ReferenceText;

namespace {

// Written for this test: two pages of a made-up PDF.
const QString PAGE_ONE = QStringLiteral("Methods. 8 patients with diffuse SSc were enrolled.");
const QString PAGE_TWO = QStringLiteral("Each received 1 x 10^6 cells/kg of bone-marrow MSC in 2 infusions.");

class ReferenceTextTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        Reference reference;
        reference.title = QStringLiteral("MSC pilot");
        reference.abstract = QStringLiteral("A pilot of MSC.");
        referenceId = *project->references().insert(reference);
    }

    void attach(const QString& file, const QString& text)
    {
        ASSERT_TRUE(project->references().addFullText(
            FullText{FullTextId(), referenceId, file, QStringLiteral("application/pdf"), QByteArray("%PDF"), text}));
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    ReferenceId referenceId;
};

} // namespace

TEST_F(ReferenceTextTest, ReadsEachFieldAndJoinsAttachedFiles)
{
    EXPECT_EQ(*ReferenceText::text(*project, referenceId, QStringLiteral("title")), QStringLiteral("MSC pilot"));
    EXPECT_EQ(*ReferenceText::text(*project, referenceId, QStringLiteral("abstract")),
              QStringLiteral("A pilot of MSC."));
    EXPECT_EQ(*ReferenceText::text(*project, referenceId, QStringLiteral("fulltext")), QString());
    attach(QStringLiteral("one.pdf"), PAGE_ONE);
    attach(QStringLiteral("two.pdf"), PAGE_TWO);
    EXPECT_EQ(*ReferenceText::text(*project, referenceId, QStringLiteral("fulltext")),
              PAGE_ONE + QStringLiteral("\n\n") + PAGE_TWO);
    auto unknown = ReferenceText::text(*project, referenceId, QStringLiteral("keywords"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(ReferenceText::fields(),
              (QStringList{QStringLiteral("title"), QStringLiteral("abstract"), QStringLiteral("fulltext")}));
}

TEST_F(ReferenceTextTest, ExcerptBracketsTheSpanWithContext)
{
    EXPECT_EQ(ReferenceText::excerpt(PAGE_ONE, 9, 19, 5), QStringLiteral("ods. [8 patients] with"));
    EXPECT_EQ(ReferenceText::excerpt(QStringLiteral("abc"), 0, 1, 10), QStringLiteral("[a]bc"));
    // Offsets past the end are clamped rather than read out of range.
    EXPECT_EQ(ReferenceText::excerpt(QStringLiteral("abc"), 2, 9, 1), QStringLiteral("b[c]"));
}

TEST_F(ReferenceTextTest, FullTextSpansAreStoredAndTaggedFromTheExtractor)
{
    attach(QStringLiteral("article.pdf"), PAGE_ONE + QStringLiteral("\f") + PAGE_TWO);
    const QString fullText = *ReferenceText::text(*project, referenceId, QStringLiteral("fulltext"));

    // A span the reviewer marks in the full text keeps its field, offsets and quote.
    const auto tag = *project->codebook().insertTag(Tag{TagId(), TagId(), QStringLiteral("Dose"), {}, {}, 0});
    const int start = int(fullText.indexOf(QStringLiteral("1 x 10^6 cells/kg")));
    TagSpan span;
    span.tag = tag;
    span.reference = referenceId;
    span.field = ReferenceText::fullTextField();
    span.start = start;
    span.end = start + 17;
    span.quote = fullText.mid(start, 17);
    auto spanId = project->codebook().insertSpan(span);
    ASSERT_TRUE(spanId) << spanId.error().message.toStdString();
    const TagSpan stored = *project->codebook().span(*spanId);
    EXPECT_EQ(stored.field, QStringLiteral("fulltext"));
    EXPECT_EQ(stored.start, start);
    EXPECT_EQ(stored.quote, QStringLiteral("1 x 10^6 cells/kg"));

    // The tagger links stored values to what the full text states.
    Study study;
    study.label = QStringLiteral("Pilot");
    study.patientCount = 8;
    study.references = {referenceId};
    const StudyId studyId = *project->studies().insert(study);
    const ArmId arm = *project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("MSC"), 8, {}});
    Intervention intervention;
    intervention.arm = arm;
    intervention.family = InterventionFamily::Msc;
    intervention.cellsPerKg = 1e6;
    intervention.infusions = 2;
    const InterventionId interventionId = *project->studies().insertIntervention(intervention);
    auto tagged =
        codebook::EvidenceTagger::tagStudyEvidence(*project, studyId, referenceId, QStringLiteral("fulltext"));
    ASSERT_TRUE(tagged) << tagged.error().message.toStdString();
    EXPECT_GE(*tagged, 2);
    auto links = *project->codebook().linksFor(QStringLiteral("intervention"), interventionId.value);
    QStringList fields;
    for (const auto& link : links) {
        const TagSpan linked = *project->codebook().span(link.span);
        EXPECT_EQ(linked.field, QStringLiteral("fulltext"));
        EXPECT_EQ(linked.quote, fullText.mid(linked.start, linked.end - linked.start));
        fields << link.field;
    }
    EXPECT_TRUE(fields.contains(QStringLiteral("cellsPerKg")));
    EXPECT_TRUE(fields.contains(QStringLiteral("infusions")));
    auto studyLinks = *project->codebook().linksFor(QStringLiteral("study"), studyId.value);
    ASSERT_EQ(studyLinks.size(), 1u);
    EXPECT_EQ(studyLinks[0].field, QStringLiteral("patientCount"));
}
