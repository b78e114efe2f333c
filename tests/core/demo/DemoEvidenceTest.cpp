// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoEvidence.h"

#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <optional>

using namespace stemma::core;

namespace {

/** One stored value the demo should trace to its abstract. */
struct TracedValue
{
    QString kind; ///< "patient count", "intervention", "patient", "outcome"
    QString entity;
    qint64 id = 0;
    QString field;
    QString expectedTag;
    std::optional<double> number; ///< the number the span must state, when the value is one
    QString what;                 ///< for messages: "ASTIS arm HSCT size"
};

/**
 * How an abstract may state a number: as stored, without its sign ("fell by 22.08" for -22.08),
 * rounded ("51%" for -51.3), or for none or one in words ("no deaths", "one patient", "a 36-year-old
 * woman" is one patient, "the patient died" one death).
 */
bool states(const QString& quote, double number)
{
    if (quote.contains(QString::number(number)) || quote.contains(QString::number(std::abs(number))) ||
        quote.contains(QString::number(std::lround(std::abs(number)))))
        return true;
    const QString words = QLatin1Char(' ') + quote.toLower() + QLatin1Char(' ');
    if (number == 0)
        return words.contains(QLatin1String(" no ")) || words.contains(QLatin1String(" none "));
    if (number == 1)
        return words.contains(QLatin1String(" one ")) || words.contains(QLatin1String(" a ")) ||
               words.contains(QLatin1String(" the patient "));
    return false;
}

class DemoEvidenceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = demo::buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
    }

    /** Every value of every study whose reference has an abstract. */
    std::vector<TracedValue> valuesWithAnAbstract()
    {
        std::map<qint64, QString> codes;
        const auto measures = *project->outcomes().measures();
        for (const OutcomeMeasure& measure : measures)
            codes[measure.id.value] = measure.code;
        std::vector<TracedValue> values;
        const auto studies = *project->studies().list();
        for (const Study& study : studies) {
            if (study.references.isEmpty() || project->references().get(study.references.front())->abstract.isEmpty())
                continue;
            const QString name = study.label;
            auto add = [&](const QString& kind,
                           const QString& entity,
                           qint64 id,
                           const QString& field,
                           std::optional<double> number,
                           const QString& what) {
                const QString tag =
                    entity == QLatin1String("outcome_result") ? QString() : demo::DemoEvidence::tagFor(entity, field);
                values.push_back({kind, entity, id, field, tag, number, name + QLatin1Char(' ') + what});
            };
            if (study.patientCount)
                add(QStringLiteral("patient count"),
                    QStringLiteral("study"),
                    study.id.value,
                    QStringLiteral("patientCount"),
                    double(*study.patientCount),
                    QStringLiteral("patient count"));
            const auto arms = *project->studies().arms(study.id);
            for (const Arm& arm : arms)
                if (arm.size)
                    add(QStringLiteral("patient count"),
                        QStringLiteral("arm"),
                        arm.id.value,
                        QStringLiteral("size"),
                        double(*arm.size),
                        QStringLiteral("arm %1 size").arg(arm.label));
            const auto interventions = *project->studies().interventionsForStudy(study.id);
            for (const Intervention& i : interventions) {
                const QString entity = QStringLiteral("intervention");
                const QString kind = QStringLiteral("intervention");
                if (i.cellsPerKg)
                    add(kind,
                        entity,
                        i.id.value,
                        QStringLiteral("cellsPerKg"),
                        *i.cellsPerKg / 1e6,
                        QStringLiteral("dose"));
                if (i.infusions)
                    add(kind,
                        entity,
                        i.id.value,
                        QStringLiteral("infusions"),
                        std::nullopt,
                        QStringLiteral("infusions"));
                if (i.mscSource != MscSource::Unknown)
                    add(kind,
                        entity,
                        i.id.value,
                        QStringLiteral("mscSource"),
                        std::nullopt,
                        QStringLiteral("MSC source"));
                if (i.donor != DonorType::Unknown)
                    add(kind, entity, i.id.value, QStringLiteral("donor"), std::nullopt, QStringLiteral("donor"));
                if (!i.route.isEmpty())
                    add(kind, entity, i.id.value, QStringLiteral("route"), std::nullopt, QStringLiteral("route"));
                if (!i.mobilisation.isEmpty())
                    add(kind,
                        entity,
                        i.id.value,
                        QStringLiteral("mobilisation"),
                        std::nullopt,
                        QStringLiteral("mobilisation"));
                if (!i.conditioning.isEmpty())
                    add(kind,
                        entity,
                        i.id.value,
                        QStringLiteral("conditioning"),
                        std::nullopt,
                        QStringLiteral("conditioning"));
                if (i.cd34Selection)
                    add(kind,
                        entity,
                        i.id.value,
                        QStringLiteral("cd34Selection"),
                        std::nullopt,
                        QStringLiteral("CD34 selection"));
                if (i.atg)
                    add(kind, entity, i.id.value, QStringLiteral("atg"), std::nullopt, QStringLiteral("ATG"));
            }
            const auto patients = *project->patients().list(study.id);
            for (const Patient& p : patients) {
                const QString entity = QStringLiteral("patient");
                const QString kind = QStringLiteral("patient");
                if (p.ageYears)
                    add(kind, entity, p.id.value, QStringLiteral("ageYears"), *p.ageYears, QStringLiteral("age"));
                if (p.sex != Sex::Unknown)
                    add(kind, entity, p.id.value, QStringLiteral("sex"), std::nullopt, QStringLiteral("sex"));
                if (!p.diseaseSubtype.isEmpty())
                    add(kind,
                        entity,
                        p.id.value,
                        QStringLiteral("diseaseSubtype"),
                        std::nullopt,
                        QStringLiteral("subtype"));
                if (p.diseaseDurationYears)
                    add(kind,
                        entity,
                        p.id.value,
                        QStringLiteral("diseaseDurationYears"),
                        *p.diseaseDurationYears,
                        QStringLiteral("disease duration"));
                if (!p.priorTherapies.isEmpty())
                    add(kind,
                        entity,
                        p.id.value,
                        QStringLiteral("priorTherapies"),
                        std::nullopt,
                        QStringLiteral("prior therapies"));
            }
            const auto results = *project->outcomes().resultsForStudy(study.id);
            for (const OutcomeResult& r : results) {
                std::optional<double> number = r.value;
                if (!number && r.events)
                    number = double(*r.events);
                add(QStringLiteral("outcome"),
                    QStringLiteral("outcome_result"),
                    r.id.value,
                    QStringLiteral("value"),
                    number,
                    QStringLiteral("%1 %2").arg(codes[r.measure.value], r.timepointText));
                values.back().expectedTag = demo::DemoEvidence::tagForMeasure(codes[r.measure.value]);
            }
        }
        return values;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

} // namespace

TEST_F(DemoEvidenceTest, EveryLinkedValueQuotesItsAbstractAtItsOffsetsAndStatesItsNumber)
{
    std::map<QString, std::pair<int, int>> coverage; // kind → (linked, all)
    QStringList unlinked;
    for (const TracedValue& value : valuesWithAnAbstract()) {
        auto& [linked, all] = coverage[value.kind];
        ++all;
        const auto links = *project->codebook().linksFor(value.entity, value.id);
        const auto link =
            std::find_if(links.begin(), links.end(), [&](const auto& l) { return l.field == value.field; });
        if (link == links.end()) {
            unlinked << value.what;
            continue;
        }
        ++linked;
        const TagSpan span = *project->codebook().span(link->span);
        const QString abstract = project->references().get(span.reference)->abstract;
        const std::string what = value.what.toStdString();
        EXPECT_EQ(span.field, QStringLiteral("abstract")) << what;
        EXPECT_EQ(abstract.mid(span.start, span.end - span.start), span.quote) << what;
        EXPECT_FALSE(span.quote.isEmpty()) << what;
        if (value.number) {
            EXPECT_TRUE(states(span.quote, *value.number)) << what << ": \"" << span.quote.toStdString() << "\"";
        }
        const QString tag = project->codebook().tag(span.tag)->name;
        // The extractor files a count of treatment-related deaths as such and any other as deaths.
        if (value.kind != QLatin1String("outcome") || tag != QLatin1String("Death")) {
            EXPECT_EQ(tag, value.expectedTag) << what << ": \"" << span.quote.toStdString() << "\"";
        }
        if (value.entity == QLatin1String("outcome_result")) {
            EXPECT_EQ(project->outcomes().result(OutcomeResultId(value.id))->sourceSpan, span.id) << what;
        }
    }
    // The coverage, reported: every value the demo stores is stated in its summary and traced to it.
    for (const auto& [kind, counts] : coverage) {
        std::cout << "demo evidence: " << kind.toStdString() << " " << counts.first << " of " << counts.second
                  << " linked\n";
        RecordProperty(kind.toStdString(), QStringLiteral("%1/%2").arg(counts.first).arg(counts.second).toStdString());
    }
    EXPECT_EQ(coverage.size(), 4u);
    EXPECT_TRUE(unlinked.isEmpty()) << "not traced to their abstract: "
                                    << unlinked.join(QStringLiteral("; ")).toStdString();
}

TEST_F(DemoEvidenceTest, AQuotedPassageIsOneSpanLinkedToEveryValueItStates)
{
    // Both dose arms of Farge 2022 had intrafamilial donors: both interventions cite one span.
    const auto studies = *project->studies().list();
    const auto farge = std::find_if(
        studies.begin(), studies.end(), [](const Study& s) { return s.label == QLatin1String("Farge 2022"); });
    ASSERT_NE(farge, studies.end());
    std::vector<SpanId> cited;
    const auto interventions = *project->studies().interventionsForStudy(farge->id);
    for (const Intervention& intervention : interventions) {
        const auto links = *project->codebook().linksFor(QStringLiteral("intervention"), intervention.id.value);
        for (const auto& link : links)
            if (link.field == QLatin1String("donor"))
                cited.push_back(link.span);
    }
    ASSERT_EQ(cited.size(), 2u);
    EXPECT_EQ(cited[0], cited[1]);
    const TagSpan span = *project->codebook().span(cited[0]);
    EXPECT_EQ(span.quote, QStringLiteral("intrafamilial"));
    EXPECT_EQ(project->codebook().tag(span.tag)->name, QStringLiteral("Donor"));
    const auto spans = *project->codebook().spansForReference(farge->references.front());
    EXPECT_EQ(std::count_if(spans.begin(), spans.end(), [&](const TagSpan& s) { return s.quote == span.quote; }), 1);
}

TEST(DemoEvidenceDataTest, AQuoteItsAbstractLacksStopsTheBuild)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    const QByteArray facts = R"({"studies": [{"label": "X", "design": "case-series",
        "summary": "Eight patients received intravenous MSC.", "arms": [{"label": "A",
        "interventions": [{"family": "msc", "route": "intravenous", "donor": "autologous",
                           "quotes": {"route": "intravenous", "donor": "autologous cells"}}]}]}]})";
    auto built = demo::buildDemoProject(*project, facts);
    ASSERT_FALSE(built);
    EXPECT_EQ(built.error().code, ErrorCode::Parse);
    EXPECT_TRUE(built.error().message.contains(QStringLiteral("autologous cells")))
        << built.error().message.toStdString();
    EXPECT_TRUE(project->studies().list()->empty());
}

TEST(DemoEvidenceDataTest, QuotesAreTaggedByWhatTheyState)
{
    EXPECT_EQ(demo::DemoEvidence::tagFor(QStringLiteral("intervention"), QStringLiteral("cellsPerKg")),
              QStringLiteral("Dose"));
    EXPECT_EQ(demo::DemoEvidence::tagFor(QStringLiteral("arm"), QStringLiteral("size")),
              QStringLiteral("Patient count"));
    EXPECT_EQ(demo::DemoEvidence::tagFor(QStringLiteral("patient"), QStringLiteral("diseaseDurationYears")),
              QStringLiteral("Disease duration"));
    EXPECT_EQ(demo::DemoEvidence::tagForMeasure(QStringLiteral("TRM")), QStringLiteral("Treatment-related mortality"));
    EXPECT_EQ(demo::DemoEvidence::tagForMeasure(QStringLiteral("EFS")), QStringLiteral("Survival"));
    EXPECT_EQ(demo::DemoEvidence::tagForMeasure(QStringLiteral("DU-HEAL")), QStringLiteral("Other outcome"));
}
