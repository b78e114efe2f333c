// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/RobAnswers.h"

#include "core/quality/QualityToolCatalog.h"

namespace stemma::core::quality {

QHash<QString, QString> answerMap(const QList<RobAnswer>& answers)
{
    QHash<QString, QString> map;
    for (const RobAnswer& answer : answers)
        if (!answer.answer.isEmpty())
            map.insert(answer.questionId, answer.answer);
    return map;
}

QHash<QString, ReviewerJudgement> judgementMap(const QList<RobJudgement>& judgements)
{
    QHash<QString, ReviewerJudgement> map;
    for (const RobJudgement& j : judgements)
        if (!j.judgement.isEmpty())
            map.insert(j.domainId, ReviewerJudgement{j.judgement, j.reason});
    return map;
}

void replaceAnswer(QList<RobAnswer>& answers, const RobAnswer& answer)
{
    answers.removeIf([&](const RobAnswer& a) { return a.questionId == answer.questionId; });
    if (!answer.answer.isEmpty())
        answers << answer;
}

void replaceJudgement(QList<RobJudgement>& judgements, const RobJudgement& judgement)
{
    judgements.removeIf([&](const RobJudgement& j) { return j.domainId == judgement.domainId; });
    if (!judgement.judgement.isEmpty())
        judgements << judgement;
}

RobAnswer answerFor(const QList<RobAnswer>& answers, const QString& questionId)
{
    for (const RobAnswer& a : answers)
        if (a.questionId == questionId)
            return a;
    return RobAnswer{questionId, {}, {}, {}};
}

RobJudgement judgementFor(const QList<RobJudgement>& judgements, const QString& domainId)
{
    for (const RobJudgement& j : judgements)
        if (j.domainId == domainId)
            return j;
    return RobJudgement{domainId, {}, {}};
}

Result<AssessmentOutcome> evaluate(const RobAssessment& assessment)
{
    auto tool = QualityToolCatalog::tool(assessment.toolId);
    if (!tool)
        return tool.error();
    return JudgementEngine::assess(*tool, answerMap(assessment.answers), judgementMap(assessment.judgements));
}

Result<void> checkAssessment(const RobAssessment& assessment)
{
    auto outcome = evaluate(assessment);
    if (!outcome)
        return outcome.error();
    return {};
}

} // namespace stemma::core::quality
