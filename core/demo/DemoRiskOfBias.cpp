// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoRiskOfBias.h"

#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/db/StudyRepository.h"
#include "core/quality/QualityToolCatalog.h"
#include "core/quality/RobAnswers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stemma::core::demo {

QString demoRiskOfBiasPath()
{
    return QStringLiteral(":/stemma/demo/illustrative_rob.json");
}

Result<int> addDemoRiskOfBias(ReviewProject& project)
{
    QFile file(demoRiskOfBiasPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("the demo risk-of-bias assessments are missing from this build")};
    return addDemoRiskOfBias(project, file.readAll());
}

Result<int> addDemoRiskOfBias(ReviewProject& project, const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return Error{ErrorCode::Parse, QStringLiteral("illustrative_rob.json: %1").arg(parseError.errorString())};
    auto studies = project.studies().list();
    if (!studies)
        return studies.error();
    QHash<QString, StudyId> studyIds;
    for (const Study& s : *studies)
        studyIds.insert(s.label, s.id);
    auto measures = project.outcomes().measures();
    if (!measures)
        return measures.error();
    QHash<QString, OutcomeMeasureId> measureIds;
    for (const OutcomeMeasure& m : *measures)
        measureIds.insert(m.code, m.id);

    int stored = 0;
    const QJsonArray items = document.object().value(QLatin1String("assessments")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const QString where = QStringLiteral("illustrative_rob.json, assessment %1").arg(i + 1);
        const QString study = item.value(QLatin1String("study")).toString();
        if (!studyIds.contains(study))
            return Error{ErrorCode::Parse, QStringLiteral("%1: no demo study \"%2\"").arg(where, study)};
        RobAssessment a;
        a.study = studyIds.value(study);
        a.toolId = item.value(QLatin1String("tool")).toString();
        auto tool = quality::QualityToolCatalog::tool(a.toolId);
        if (!tool)
            return Error{ErrorCode::Parse, where + QStringLiteral(": ") + tool.error().message};
        a.toolVersion = tool->version;
        const QString outcome = item.value(QLatin1String("outcome")).toString();
        if (!outcome.isEmpty()) {
            if (!measureIds.contains(outcome))
                return Error{ErrorCode::Parse, QStringLiteral("%1: no outcome \"%2\"").arg(where, outcome)};
            a.measure = measureIds.value(outcome);
        }
        a.kind = item.value(QLatin1String("kind")).toString() == QLatin1String("consensus")
                     ? RobAssessmentKind::Consensus
                     : RobAssessmentKind::Independent;
        auto reviewer = project.reviewers().findOrCreate(item.value(QLatin1String("reviewer")).toString());
        if (!reviewer)
            return reviewer.error();
        a.reviewer = *reviewer;
        a.illustrative = true;
        a.note = item.value(QLatin1String("note")).toString();
        const QJsonObject answers = item.value(QLatin1String("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it)
            a.answers << RobAnswer{it.key(), it.value().toString(), {}, {}};
        const QJsonObject judgements = item.value(QLatin1String("judgements")).toObject();
        for (auto it = judgements.begin(); it != judgements.end(); ++it)
            a.judgements << RobJudgement{it.key(),
                                         it.value().toObject().value(QLatin1String("judgement")).toString(),
                                         it.value().toObject().value(QLatin1String("reason")).toString()};
        if (auto checked = quality::checkAssessment(a); !checked)
            return Error{ErrorCode::Parse, where + QStringLiteral(": ") + checked.error().message};
        auto id = project.riskOfBias().save(a);
        if (!id)
            return Error{id.error().code, where + QStringLiteral(": ") + id.error().message};
        ++stored;
    }
    return stored;
}

} // namespace stemma::core::demo
