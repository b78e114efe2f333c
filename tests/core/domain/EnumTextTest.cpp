// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Outcome.h"
#include "core/domain/Patient.h"
#include "core/domain/Reference.h"
#include "core/domain/Screening.h"
#include "core/domain/Study.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

/** Every value of an enum must survive toString/fromString and have a distinct name. */
template <typename Enum, typename FromString>
void expectRoundTrip(std::initializer_list<Enum> values, FromString fromString)
{
    QStringList seen;
    for (Enum value : values) {
        const QString name = toString(value);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_FALSE(seen.contains(name)) << name.toStdString();
        seen << name;
        EXPECT_EQ(fromString(name), value) << name.toStdString();
        EXPECT_EQ(fromString(name.toUpper()), value) << "names are case-insensitive";
    }
}

} // namespace

TEST(EnumTextTest, StudyVocabulariesRoundTrip)
{
    using D = StudyDesign;
    expectRoundTrip({D::Unknown,
                     D::MetaAnalysis,
                     D::Review,
                     D::Rct,
                     D::NonRandomisedTrial,
                     D::Cohort,
                     D::CaseSeries,
                     D::CaseReport,
                     D::ConferenceAbstract,
                     D::GreyLiterature},
                    studyDesignFromString);
    using F = InterventionFamily;
    expectRoundTrip({F::Msc, F::Hsct, F::MscExtracellularVesicles, F::Immunosuppressant, F::Placebo, F::Other},
                    interventionFamilyFromString);
    using S = MscSource;
    expectRoundTrip({S::Unknown,
                     S::BoneMarrow,
                     S::Adipose,
                     S::UmbilicalCord,
                     S::WhartonsJelly,
                     S::Placenta,
                     S::MenstrualBlood,
                     S::DentalPulp,
                     S::Other},
                    mscSourceFromString);
    using T = DonorType;
    expectRoundTrip({T::Unknown,
                     T::Autologous,
                     T::Allogeneic,
                     T::AllogeneicRelated,
                     T::AllogeneicHaploidentical,
                     T::AllogeneicUnrelated},
                    donorTypeFromString);
}

TEST(EnumTextTest, OutcomeAndScreeningVocabulariesRoundTrip)
{
    expectRoundTrip({OutcomeKind::Continuous, OutcomeKind::Binary, OutcomeKind::TimeToEvent}, outcomeKindFromString);
    expectRoundTrip({BenefitDirection::HigherIsBetter, BenefitDirection::LowerIsBetter}, benefitDirectionFromString);
    using St = Statistic;
    expectRoundTrip({St::MeanSd, St::MedianIqr, St::EventsTotal, St::Percentage, St::IndividualValue, St::HazardRatio},
                    statisticFromString);
    expectRoundTrip({Sex::Unknown, Sex::Female, Sex::Male}, sexFromString);
    expectRoundTrip({ScreeningStage::TitleAbstract, ScreeningStage::FullText}, screeningStageFromString);
    expectRoundTrip({Verdict::Include, Verdict::Exclude, Verdict::Maybe}, verdictFromString);
}

TEST(EnumTextTest, UnknownNamesAreRejected)
{
    EXPECT_FALSE(studyDesignFromString(QStringLiteral("anecdote")).has_value());
    EXPECT_EQ(publicationTypeFromString(QStringLiteral("zine")), PublicationType::Other);
    EXPECT_EQ(publicationTypeFromString(QStringLiteral("book-chapter")), PublicationType::BookChapter);
}

TEST(EnumTextTest, DisplayNamesAreHumanReadable)
{
    EXPECT_EQ(displayName(StudyDesign::Rct), QStringLiteral("Randomised controlled trial"));
    EXPECT_EQ(displayName(InterventionFamily::Hsct), QStringLiteral("HSCT"));
    EXPECT_EQ(displayName(DonorType::AllogeneicUnrelated), QStringLiteral("Allogeneic, unrelated"));
}

TEST(AuthorTest, ShortNameUsesInitials)
{
    EXPECT_EQ((Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M."), {}}.shortName()),
              QStringLiteral("van Laar JM"));
    EXPECT_EQ((Author{QStringLiteral("Farge"), QStringLiteral("Jean-Pierre"), {}}.shortName()),
              QStringLiteral("Farge JP"));
    EXPECT_EQ((Author{QStringLiteral("Burt"), {}, {}}.shortName()), QStringLiteral("Burt"));
    EXPECT_EQ((Author{{}, {}, QStringLiteral("SCOT Study Group")}.shortName()), QStringLiteral("SCOT Study Group"));
}
