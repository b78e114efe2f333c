// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/Comparison.h"

#include "core/ReviewProject.h"
#include "core/analysis/BackTransform.h"
#include "core/analysis/Distributions.h"
#include "core/analysis/EffectSize.h"
#include "core/analysis/MetaAnalysis.h"
#include "core/analysis/PatientPooling.h"
#include "core/compare/OutcomeNames.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/StudyRepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace stemma::core::compare {

using namespace analysis;

std::optional<Grouping> groupingFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("family"))
        return Grouping::Family;
    if (key == QLatin1String("msc-source"))
        return Grouping::MscSource;
    if (key == QLatin1String("donor"))
        return Grouping::Donor;
    if (key == QLatin1String("conditioning"))
        return Grouping::Conditioning;
    if (key == QLatin1String("design"))
        return Grouping::Design;
    return std::nullopt;
}

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Family:
        return QStringLiteral("family");
    case Grouping::MscSource:
        return QStringLiteral("msc-source");
    case Grouping::Donor:
        return QStringLiteral("donor");
    case Grouping::Conditioning:
        return QStringLiteral("conditioning");
    case Grouping::Design:
        return QStringLiteral("design");
    }
    return {};
}

QString displayName(RowKind kind)
{
    return kind == RowKind::Aggregate ? QStringLiteral("Aggregate") : QStringLiteral("Individual patients");
}

QString describe(Pooling pooling)
{
    switch (pooling) {
    case Pooling::None:
        return QStringLiteral("not pooled");
    case Pooling::LogitProportion:
        return QStringLiteral("random-effects logit proportion (REML)");
    case Pooling::MeanChange:
        return QStringLiteral("random-effects mean change (REML)");
    case Pooling::PatientProportion:
        return QStringLiteral("patient proportion, Wilson CI");
    case Pooling::PatientMeanChange:
        return QStringLiteral("patient mean change, t CI");
    }
    return {};
}

QString ComparisonRow::label() const
{
    QString text = core::displayName(family);
    if (!subgroup.isEmpty())
        text += QStringLiteral(" \u2013 ") + subgroup;
    if (kind == RowKind::PatientLevel)
        text += QStringLiteral(" (IPD)");
    return text;
}

namespace {

/** Families in the order rows are shown: the two compared ones first, then comparators. */
int familyOrder(InterventionFamily family)
{
    switch (family) {
    case InterventionFamily::Msc:
        return 0;
    case InterventionFamily::Hsct:
        return 1;
    case InterventionFamily::MscExtracellularVesicles:
        return 2;
    case InterventionFamily::Immunosuppressant:
        return 3;
    case InterventionFamily::Placebo:
        return 4;
    case InterventionFamily::Other:
        return 5;
    }
    return 6;
}

/** The family an arm counts under: MSC wins over anything given alongside it, then HSCT. */
std::optional<Intervention> leadIntervention(const std::vector<Intervention>& interventions)
{
    if (interventions.empty())
        return std::nullopt;
    return *std::min_element(interventions.begin(), interventions.end(), [](const auto& a, const auto& b) {
        return familyOrder(a.family) < familyOrder(b.family);
    });
}

QString subgroupOf(Grouping grouping, const Intervention& intervention, const Study& study)
{
    switch (grouping) {
    case Grouping::Family:
        return {};
    case Grouping::MscSource:
        return intervention.family == InterventionFamily::Msc ||
                       intervention.family == InterventionFamily::MscExtracellularVesicles
                   ? core::displayName(intervention.mscSource)
                   : QString();
    case Grouping::Donor:
        return core::displayName(intervention.donor);
    case Grouping::Conditioning:
        if (intervention.family != InterventionFamily::Hsct)
            return {};
        return intervention.conditioning.isEmpty() ? QStringLiteral("Not reported") : intervention.conditioning;
    case Grouping::Design:
        return core::displayName(study.design);
    }
    return {};
}

bool designBetter(StudyDesign a, StudyDesign b)
{
    if (b == StudyDesign::Unknown)
        return a != StudyDesign::Unknown;
    return a != StudyDesign::Unknown && static_cast<int>(a) < static_cast<int>(b);
}

/** The latest screening verdict of each reference: full text over title/abstract, resolution over votes. */
Result<QHash<qint64, Verdict>> latestVerdicts(ReviewProject& project)
{
    QHash<qint64, Verdict> verdicts;
    for (ScreeningStage stage : {ScreeningStage::TitleAbstract, ScreeningStage::FullText}) {
        auto decisions = project.screening().decisionsForStage(stage);
        if (!decisions)
            return decisions.error();
        QHash<qint64, std::set<int>> votes;
        for (const auto& decision : *decisions)
            votes[decision.reference.value].insert(static_cast<int>(decision.verdict));
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value().size() == 1) // unanimous; disagreements count only once resolved
                verdicts.insert(it.key(), static_cast<Verdict>(*it.value().begin()));
        auto resolutions = project.screening().resolutions(stage);
        if (!resolutions)
            return resolutions.error();
        for (const auto& resolution : *resolutions)
            verdicts.insert(resolution.reference.value, resolution.verdict);
    }
    return verdicts;
}

bool timepointMatches(const CompareOptions& options, std::optional<double> t)
{
    if (!options.timepointMonths)
        return true;
    return t && std::abs(*t - *options.timepointMonths) <= options.timepointWindow + 1e-9;
}

/** Closest to the wanted timepoint, or the latest when none was asked for; undated results rank last. */
double timepointRank(const CompareOptions& options, std::optional<double> t)
{
    if (!t)
        return 1e12;
    if (options.timepointMonths)
        return std::abs(*t - *options.timepointMonths);
    return -*t;
}

struct ArmInfo
{
    Arm arm;
    Intervention lead;
};

struct Context
{
    const CompareOptions& options;
    const OutcomeMeasure& measure;
    bool binary = false;
    Comparison& out;
};

/** Events over n for a binary arm result; percentages become rounded event counts. */
std::optional<std::pair<int, int>> eventsOf(const OutcomeResult& r, const Arm& arm, QString* note)
{
    const std::optional<int> n = r.n ? r.n : arm.size;
    if (!n || *n < 1)
        return std::nullopt;
    if (r.statistic == Statistic::EventsTotal && r.events)
        return std::make_pair(*r.events, *n);
    if (r.statistic == Statistic::Percentage && r.value) {
        if (note) {
            *note = QStringLiteral("events derived from %1%").arg(*r.value);
            if (!r.n)
                *note += QStringLiteral(" of the arm size");
        }
        return std::make_pair(static_cast<int>(std::lround(*r.value / 100.0 * *n)), *n);
    }
    return std::nullopt;
}

/** One aggregate arm's value with its effect size when it can be pooled. */
struct ArmValue
{
    StudyValue value;
    std::optional<double> yi;
    std::optional<double> vi;
    /// The logit needed 0.5 added to its zero cell; said only where that logit enters a pooled estimate.
    bool continuityCorrected = false;
};

std::optional<ArmValue> binaryArmValue(Context& ctx,
                                       const Study& study,
                                       const ArmInfo& arm,
                                       const std::vector<OutcomeResult>& results)
{
    const OutcomeResult* best = nullptr;
    for (const auto& r : results) {
        if (r.statistic != Statistic::EventsTotal && r.statistic != Statistic::Percentage)
            continue;
        if (!timepointMatches(ctx.options, r.timepointMonths))
            continue;
        if (!eventsOf(r, arm.arm, nullptr))
            continue;
        if (!best || timepointRank(ctx.options, r.timepointMonths) < timepointRank(ctx.options, best->timepointMonths))
            best = &r;
    }
    if (!best)
        return std::nullopt;
    ArmValue out;
    auto [events, n] = *eventsOf(*best, arm.arm, &out.value.note);
    StudyData data;
    data.study = study.label;
    data.xi = events;
    data.ni = n;
    auto es = computeEffectSize(EffectMeasure::PLO, data);
    out.value.results = {best->id};
    out.value.timepointMonths = best->timepointMonths;
    out.value.estimate = static_cast<double>(events) / n;
    out.value.events = events;
    out.value.n = n;
    if (es) {
        out.yi = es->yi;
        out.vi = es->vi;
        // The study's own CI is Wilson's: unlike the logit CI it needs no continuity correction, so it
        // always contains the observed proportion (0 of 10 shows as 0% [0%, 27.8%]).
        if (auto wilson = patient::proportion(events, n)) {
            out.value.ciLb = wilson->ciLb;
            out.value.ciUb = wilson->ciUb;
        }
        out.continuityCorrected = es->continuityCorrected;
    }
    return out;
}

std::optional<ArmValue> continuousArmValue(Context& ctx,
                                           const Study& study,
                                           const ArmInfo& arm,
                                           const std::vector<OutcomeResult>& results)
{
    const OutcomeResult* best = nullptr;
    const OutcomeResult* baseline = nullptr;
    for (const auto& r : results) {
        if (r.statistic != Statistic::MeanSd || !r.value)
            continue;
        if (!r.isChangeFromBaseline && r.timepointMonths && *r.timepointMonths == 0.0) {
            baseline = &r;
            continue;
        }
        if (!r.isChangeFromBaseline && !r.timepointMonths)
            continue;
        if (!timepointMatches(ctx.options, r.timepointMonths))
            continue;
        if (!best)
            best = &r;
        else {
            const double a = timepointRank(ctx.options, r.timepointMonths);
            const double b = timepointRank(ctx.options, best->timepointMonths);
            // Same time: a reported change beats one computed from two means.
            if (a < b || (a == b && r.isChangeFromBaseline && !best->isChangeFromBaseline))
                best = &r;
        }
    }
    if (!best || (!best->isChangeFromBaseline && !baseline))
        return std::nullopt;
    ArmValue out;
    StudyValue& v = out.value;
    v.timepointMonths = best->timepointMonths;
    const std::optional<int> n = best->n ? best->n : (baseline && baseline->n ? baseline->n : arm.arm.size);
    v.n = n.value_or(0);
    const double z = dist::normalQuantile(0.975);
    if (best->isChangeFromBaseline) {
        v.results = {best->id};
        v.estimate = *best->value;
        if (best->spread && n && *n > 0) {
            out.yi = *best->value;
            out.vi = *best->spread * *best->spread / *n;
        } else {
            v.note = best->spread ? QStringLiteral("n not reported: not pooled")
                                  : QStringLiteral("SD of change not reported: not pooled");
        }
    } else {
        v.results = {baseline->id, best->id};
        v.estimate = *best->value - *baseline->value;
        if (best->spread && baseline->spread && n && *n > 0) {
            StudyData data;
            data.study = study.label;
            data.m1i = *best->value;
            data.m2i = *baseline->value;
            data.sd1i = *best->spread;
            data.sd2i = *baseline->spread;
            data.ni = *n;
            EffectSizeOptions eso;
            eso.assumedCorrelation = ctx.options.assumedCorrelation;
            auto es = computeEffectSize(EffectMeasure::MC, data, eso);
            if (es) {
                out.yi = es->yi;
                out.vi = es->vi;
                v.imputedSd = es->imputedChangeSd;
                if (es->imputedChangeSd)
                    v.note = QStringLiteral("change SD imputed (r = %1)").arg(es->correlationUsed);
            }
        } else {
            v.note = QStringLiteral("SDs not reported: not pooled");
        }
    }
    if (out.yi && out.vi) {
        v.ciLb = *out.yi - z * std::sqrt(*out.vi);
        v.ciUb = *out.yi + z * std::sqrt(*out.vi);
    }
    return out;
}

struct RowKey
{
    int family;
    QString subgroup;
    int kind;
    friend bool operator<(const RowKey& a, const RowKey& b)
    {
        return std::tie(a.family, a.subgroup, a.kind) < std::tie(b.family, b.subgroup, b.kind);
    }
};

struct RowBuild
{
    ComparisonRow row;
    std::vector<ArmValue> arms;
    // patient-level accumulation
    int events = 0;
    int total = 0;
    std::vector<double> changes;
};

void addStudyOnce(ComparisonRow& row, const Study& study)
{
    if (std::find(row.studies.begin(), row.studies.end(), study.id) == row.studies.end())
        row.studies.push_back(study.id);
    if (designBetter(study.design, row.bestDesign))
        row.bestDesign = study.design;
}

void finishAggregate(RowBuild& build, bool binary)
{
    ComparisonRow& row = build.row;
    std::vector<double> yi, vi;
    std::vector<std::size_t> pooledIndex;
    for (std::size_t i = 0; i < build.arms.size(); ++i) {
        const ArmValue& a = build.arms[i];
        row.values.push_back(a.value);
        row.patients += a.value.n;
        for (auto id : a.value.results)
            row.results.push_back(id);
        row.anyImputedSd = row.anyImputedSd || a.value.imputedSd;
        if (!row.rangeMin || a.value.estimate < *row.rangeMin)
            row.rangeMin = a.value.estimate;
        if (!row.rangeMax || a.value.estimate > *row.rangeMax)
            row.rangeMax = a.value.estimate;
        if (a.yi && a.vi && *a.vi > 0) {
            yi.push_back(*a.yi);
            vi.push_back(*a.vi);
            pooledIndex.push_back(i);
        }
    }
    row.studyCount = static_cast<int>(row.studies.size());
    if (yi.empty()) {
        row.pooling = Pooling::None;
        return;
    }
    if (binary && yi.size() == 1) {
        // One study is its own summary: its observed proportion with the Wilson CI, not the
        // continuity-corrected logit that a zero count would otherwise turn into a non-zero "pool".
        StudyValue& only = row.values[pooledIndex.front()];
        row.pooling = Pooling::LogitProportion;
        row.pooledCount = 1;
        row.estimate = only.estimate;
        row.ciLb = only.ciLb;
        row.ciUb = only.ciUb;
        row.i2 = 0.0;
        row.tau2 = 0.0;
        only.weight = 100.0;
        row.notes << QStringLiteral("single study: observed proportion with Wilson CI");
        return;
    }
    MetaOptions mo;
    mo.method = yi.size() == 1 ? TauMethod::FE : TauMethod::REML;
    auto meta = runMetaAnalysis(yi, vi, mo);
    if (!meta) {
        mo.method = TauMethod::DL;
        row.notes << QStringLiteral("REML did not converge; DerSimonian-Laird used");
        meta = runMetaAnalysis(yi, vi, mo);
    }
    if (!meta) {
        row.notes << meta.error().message;
        return;
    }
    row.pooling = binary ? Pooling::LogitProportion : Pooling::MeanChange;
    row.pooledCount = meta->k;
    row.i2 = meta->i2;
    row.tau2 = meta->tau2;
    if (binary) {
        row.estimate = inverseLogit(meta->estimate);
        row.ciLb = inverseLogit(meta->ciLb);
        row.ciUb = inverseLogit(meta->ciUb);
    } else {
        row.estimate = meta->estimate;
        row.ciLb = meta->ciLb;
        row.ciUb = meta->ciUb;
    }
    if (meta->k > 1) {
        row.piLb = binary ? inverseLogit(meta->piLb) : meta->piLb;
        row.piUb = binary ? inverseLogit(meta->piUb) : meta->piUb;
    }
    for (std::size_t j = 0; j < pooledIndex.size(); ++j) {
        StudyValue& value = row.values[pooledIndex[j]];
        value.weight = meta->weights[j];
        value.yi = yi[j];
        value.vi = vi[j];
        if (binary && build.arms[pooledIndex[j]].continuityCorrected)
            value.note +=
                (value.note.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("0.5 added to zero cell");
    }
    if (row.anyImputedSd)
        row.notes << QStringLiteral("includes change SDs imputed from baseline and follow-up SDs");
}

void finishPatientLevel(RowBuild& build, bool binary)
{
    ComparisonRow& row = build.row;
    row.studyCount = static_cast<int>(row.studies.size());
    for (const auto& v : row.values) {
        if (!row.rangeMin || v.estimate < *row.rangeMin)
            row.rangeMin = v.estimate;
        if (!row.rangeMax || v.estimate > *row.rangeMax)
            row.rangeMax = v.estimate;
        for (auto id : v.results)
            row.results.push_back(id);
    }
    if (binary) {
        row.patients = build.total;
        auto pooled = patient::proportion(build.events, build.total);
        if (pooled) {
            row.pooling = Pooling::PatientProportion;
            row.pooledCount = pooled->n;
            row.estimate = pooled->estimate;
            row.ciLb = pooled->ciLb;
            row.ciUb = pooled->ciUb;
        }
    } else {
        row.patients = static_cast<int>(build.changes.size());
        auto pooled = patient::meanChange(build.changes);
        if (pooled) {
            row.pooling = Pooling::PatientMeanChange;
            row.pooledCount = pooled->n;
            row.estimate = pooled->estimate;
            row.ciLb = pooled->ciLb;
            row.ciUb = pooled->ciUb;
        } else if (!build.changes.empty()) {
            row.notes << QStringLiteral("fewer than two patients: no CI");
            row.estimate = build.changes.front();
        }
    }
}

} // namespace

Result<Comparison> compareOutcome(ReviewProject& project, const CompareOptions& options)
{
    auto measures = project.outcomes().measures();
    if (!measures)
        return measures.error();
    auto measure = resolveOutcome(*measures, options.outcomeCode);
    if (!measure)
        return measure.error();
    Comparison out;
    out.measure = *measure;
    out.options = options;
    out.proportions = out.measure.kind != OutcomeKind::Continuous;
    Context ctx{options, out.measure, out.proportions, out};

    auto results = project.outcomes().resultsForMeasure(out.measure.id);
    if (!results)
        return results.error();
    std::map<qint64, std::vector<OutcomeResult>> byStudy;
    for (const auto& r : *results)
        byStudy[r.study.value].push_back(r);

    QHash<qint64, Verdict> verdicts;
    if (options.onlyIncluded) {
        auto v = latestVerdicts(project);
        if (!v)
            return v.error();
        verdicts = *v;
    }

    std::map<RowKey, RowBuild> rows;
    auto rowFor = [&](InterventionFamily family, const QString& subgroup, RowKind kind) -> RowBuild& {
        RowBuild& b = rows[RowKey{familyOrder(family), subgroup, static_cast<int>(kind)}];
        b.row.family = family;
        b.row.subgroup = subgroup;
        b.row.kind = kind;
        return b;
    };

    for (const auto& [studyValue, studyResults] : byStudy) {
        auto study = project.studies().get(StudyId{studyValue});
        if (!study)
            return study.error();
        const Study& s = *study;
        if (!options.disease.isEmpty() && !s.disease.contains(options.disease, Qt::CaseInsensitive) &&
            !s.diseaseSubtype.contains(options.disease, Qt::CaseInsensitive))
            continue;
        if (!options.designs.empty() &&
            std::find(options.designs.begin(), options.designs.end(), s.design) == options.designs.end())
            continue;
        if ((options.minFollowUpMonths || options.maxFollowUpMonths) && !s.followUpMonths)
            continue;
        if (options.minFollowUpMonths && *s.followUpMonths < *options.minFollowUpMonths)
            continue;
        if (options.maxFollowUpMonths && *s.followUpMonths > *options.maxFollowUpMonths)
            continue;
        if (options.onlyIncluded && std::none_of(s.references.begin(), s.references.end(), [&](ReferenceId ref) {
                return verdicts.value(ref.value, Verdict::Maybe) == Verdict::Include;
            }))
            continue;

        auto arms = project.studies().arms(s.id);
        if (!arms)
            return arms.error();
        auto interventions = project.studies().interventionsForStudy(s.id);
        if (!interventions)
            return interventions.error();
        QHash<qint64, ArmInfo> armInfo;
        for (const auto& arm : *arms) {
            std::vector<Intervention> own;
            for (const auto& i : *interventions)
                if (i.arm == arm.id)
                    own.push_back(i);
            if (auto lead = leadIntervention(own))
                armInfo.insert(arm.id.value, ArmInfo{arm, *lead});
        }

        // Individual patient data: results naming a patient, and every arm result of a case report.
        std::map<qint64, std::vector<OutcomeResult>> perArm;
        std::map<qint64, std::vector<OutcomeResult>> perPatient;
        for (const auto& r : studyResults) {
            if (r.patient.isValid())
                perPatient[r.patient.value].push_back(r);
            else if (r.arm.isValid())
                perArm[r.arm.value].push_back(r);
            else
                out.skipped << QStringLiteral("%1: result %2 (%3) belongs to no arm")
                                   .arg(s.label)
                                   .arg(r.id.value)
                                   .arg(toString(r.statistic));
        }
        const bool caseReport = s.design == StudyDesign::CaseReport;

        for (const auto& [armValue, armResults] : perArm) {
            if (!armInfo.contains(armValue))
                continue;
            const ArmInfo& info = armInfo.value(armValue);
            auto value =
                ctx.binary ? binaryArmValue(ctx, s, info, armResults) : continuousArmValue(ctx, s, info, armResults);
            if (!value)
                continue;
            value->value.study = s.id;
            value->value.studyLabel = s.label;
            value->value.design = s.design;
            value->value.arm = info.arm.label;
            const QString subgroup = subgroupOf(options.grouping, info.lead, s);
            if (caseReport) {
                RowBuild& b = rowFor(info.lead.family, subgroup, RowKind::PatientLevel);
                addStudyOnce(b.row, s);
                if (ctx.binary && value->value.events) {
                    b.events += *value->value.events;
                    b.total += value->value.n;
                } else if (!ctx.binary) {
                    b.changes.push_back(value->value.estimate);
                }
                value->value.ciLb.reset();
                value->value.ciUb.reset();
                b.row.values.push_back(value->value);
                continue;
            }
            RowBuild& b = rowFor(info.lead.family, subgroup, RowKind::Aggregate);
            addStudyOnce(b.row, s);
            b.arms.push_back(*value);
        }

        if (!perPatient.empty()) {
            auto patients = project.patients().list(s.id);
            if (!patients)
                return patients.error();
            for (const auto& [patientValue, patientResults] : perPatient) {
                auto p = std::find_if(
                    patients->begin(), patients->end(), [&](const Patient& x) { return x.id.value == patientValue; });
                ArmId armId = p != patients->end() ? p->arm : ArmId{};
                if (!armId.isValid())
                    armId = patientResults.front().arm;
                if (!armInfo.contains(armId.value)) {
                    out.skipped << QStringLiteral("%1: patient %2 has no treated arm").arg(s.label).arg(patientValue);
                    continue;
                }
                const ArmInfo& info = armInfo.value(armId.value);
                // A patient is scored like a one-person arm.
                ArmInfo single = info;
                single.arm.size = 1;
                std::vector<OutcomeResult> asArm = patientResults;
                for (auto& r : asArm)
                    if (r.statistic == Statistic::IndividualValue) {
                        r.statistic = ctx.binary ? Statistic::EventsTotal : Statistic::MeanSd;
                        if (ctx.binary && r.value && !r.events)
                            r.events = *r.value > 0 ? 1 : 0;
                    }
                auto value =
                    ctx.binary ? binaryArmValue(ctx, s, single, asArm) : continuousArmValue(ctx, s, single, asArm);
                if (!value)
                    continue;
                StudyValue v = value->value;
                v.study = s.id;
                v.studyLabel = s.label;
                v.design = s.design;
                v.arm = p != patients->end() ? p->label : info.arm.label;
                v.n = 1;
                v.ciLb.reset();
                v.ciUb.reset();
                RowBuild& b =
                    rowFor(info.lead.family, subgroupOf(options.grouping, info.lead, s), RowKind::PatientLevel);
                addStudyOnce(b.row, s);
                if (ctx.binary) {
                    b.events += v.events.value_or(0) > 0 ? 1 : 0;
                    b.total += 1;
                } else {
                    b.changes.push_back(v.estimate);
                }
                b.row.values.push_back(v);
            }
        }
    }

    for (auto& [key, build] : rows) {
        if (build.row.kind == RowKind::Aggregate)
            finishAggregate(build, ctx.binary);
        else
            finishPatientLevel(build, ctx.binary);
        out.rows.push_back(std::move(build.row));
    }
    return out;
}

} // namespace stemma::core::compare
