// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grade/OutcomeCertainty.h"

#include "core/ReviewProject.h"
#include "core/db/CertaintyRepository.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/quality/QualityToolCatalog.h"
#include "core/quality/RobAnswers.h"

#include <map>

namespace stemma::core::grade {

namespace {

/// Lower is preferred: consensus of the outcome, consensus of the study, then independent ones.
int preference(const RobAssessment& a, OutcomeMeasureId measure)
{
    const bool ofOutcome = a.measure.isValid() && a.measure == measure;
    const bool consensus = a.kind == RobAssessmentKind::Consensus;
    return (consensus ? 0 : 2) + (ofOutcome ? 0 : 1);
}

} // namespace

QString comparisonKey(const compare::ComparisonRow& row)
{
    QString key = toString(row.family);
    if (row.kind == compare::RowKind::PatientLevel)
        key += QStringLiteral("/patients");
    if (!row.subgroup.isEmpty())
        key += QLatin1Char('/') + row.subgroup.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    return key;
}

Result<QHash<qint64, quality::Concern>> studyConcerns(const std::vector<RobAssessment>& assessments,
                                                      OutcomeMeasureId measure)
{
    // study → (best preference seen, worst concern among assessments of that preference)
    std::map<qint64, std::pair<int, quality::Concern>> chosen;
    for (const RobAssessment& a : assessments) {
        if (a.measure.isValid() && a.measure != measure)
            continue;
        auto tool = quality::QualityToolCatalog::tool(a.toolId);
        if (!tool)
            return tool.error();
        auto outcome = quality::evaluate(a);
        if (!outcome)
            return outcome.error();
        if (!outcome->overall.judgement)
            continue;
        const quality::JudgementLevel* level = tool->overallJudgement(*outcome->overall.judgement);
        if (!level)
            continue;
        const int rank = preference(a, measure);
        auto it = chosen.find(a.study.value);
        if (it == chosen.end() || rank < it->second.first)
            chosen[a.study.value] = {rank, level->concern};
        else if (rank == it->second.first && level->concern > it->second.second)
            it->second.second = level->concern;
    }
    QHash<qint64, quality::Concern> concerns;
    for (const auto& [study, choice] : chosen)
        concerns.insert(study, choice.second);
    return concerns;
}

OutcomeEvidence evidenceFor(const compare::Comparison& comparison,
                            const compare::ComparisonRow& row,
                            std::optional<double> mid,
                            const QHash<qint64, quality::Concern>& concerns)
{
    OutcomeEvidence e;
    e.continuous = !comparison.proportions;
    e.lowerIsBetter = comparison.measure.direction == BenefitDirection::LowerIsBetter;
    e.mid = e.continuous ? mid : std::nullopt;
    e.participants = row.patients;
    e.estimate = row.estimate;
    e.ciLb = row.ciLb;
    e.ciUb = row.ciUb;
    e.i2 = row.pooledCount > 1 ? row.i2 : std::nullopt;
    e.piLb = row.piLb;
    e.piUb = row.piUb;
    int events = 0;
    bool anyEvents = false;
    // Studies weigh what the meta-analysis gave them; unpooled values (patients) weigh their patients.
    std::map<qint64, EvidenceStudy> byStudy;
    for (const compare::StudyValue& v : row.values) {
        EvidenceStudy& s = byStudy[v.study.value];
        s.study = v.study;
        s.design = v.design;
        s.weight += v.weight.value_or(static_cast<double>(v.n));
        if (concerns.contains(v.study.value))
            s.concern = concerns.value(v.study.value);
        if (v.yi && v.vi) {
            s.yi = v.yi;
            s.vi = v.vi;
        }
        if (v.events) {
            events += *v.events;
            anyEvents = true;
        }
    }
    for (auto& [id, study] : byStudy)
        e.studies.push_back(study);
    if (anyEvents)
        e.events = events;
    return e;
}

Result<std::vector<RowCertainty>> assessCertainty(ReviewProject& project, const compare::Comparison& comparison)
{
    auto assessments = project.riskOfBias().list();
    if (!assessments)
        return assessments.error();
    auto concerns = studyConcerns(*assessments, comparison.measure.id);
    if (!concerns)
        return concerns.error();
    auto mid = project.certainty().mid(comparison.measure.id);
    if (!mid)
        return mid.error();
    auto stored = project.certainty().judgements(comparison.measure.id);
    if (!stored)
        return stored.error();
    const std::optional<double> midValue = *mid ? std::optional<double>((*mid)->mid) : std::nullopt;
    std::vector<RowCertainty> out;
    for (std::size_t i = 0; i < comparison.rows.size(); ++i) {
        const compare::ComparisonRow& row = comparison.rows[i];
        RowCertainty rc;
        rc.comparison = comparisonKey(row);
        rc.rowIndex = i;
        rc.assessment = proposeCertainty(evidenceFor(comparison, row, midValue, *concerns));
        for (const db::StoredCertaintyJudgement& s : *stored) {
            if (s.comparison != rc.comparison)
                continue;
            for (DomainCertainty& d : rc.assessment.domains)
                if (toString(d.domain) == s.domain) {
                    d.levels = s.levels;
                    d.footnote = s.footnote;
                    d.confirmed = true;
                }
        }
        out.push_back(rc);
    }
    return out;
}

} // namespace stemma::core::grade
