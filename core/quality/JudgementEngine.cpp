// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/JudgementEngine.h"

#include <algorithm>

namespace stemma::core::quality {

namespace {

Result<void> checkAnswers(const QualityTool& tool, const QHash<QString, QString>& answers)
{
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const SignallingQuestion* question = tool.question(it.key());
        if (!question)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("%1 has no question %2").arg(tool.name, it.key())};
        if (it.value().isEmpty())
            continue;
        const bool allowed = std::any_of(question->options.begin(),
                                         question->options.end(),
                                         [&](const AnswerOption& o) { return o.code == it.value(); });
        if (!allowed)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("question %1 of %2 has no answer \"%3\"").arg(it.key(), tool.name, it.value())};
    }
    return {};
}

/// Applies the reviewer's judgement, if any, to an outcome whose proposal is already set.
Result<void> settle(JudgementOutcome& outcome,
                    const std::optional<ReviewerJudgement>& reviewer,
                    const JudgementLevel* level,
                    const QString& what)
{
    outcome.judgement = outcome.proposal.judgement;
    outcome.reason = outcome.proposal.because;
    if (!reviewer)
        return {};
    if (!level)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a judgement for %2").arg(reviewer->judgement, what)};
    const bool differs = outcome.proposal.judgement && *outcome.proposal.judgement != reviewer->judgement;
    if (differs && reviewer->reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("changing the proposed judgement of %1 needs a reason").arg(what)};
    outcome.judgement = reviewer->judgement;
    outcome.overridden = differs;
    if (!reviewer->reason.trimmed().isEmpty() || !outcome.proposal.judgement)
        outcome.reason = reviewer->reason;
    return {};
}

std::optional<ReviewerJudgement> find(const QHash<QString, ReviewerJudgement>& judgements, const QString& id)
{
    const auto it = judgements.constFind(id);
    if (it == judgements.constEnd() || it->judgement.isEmpty())
        return std::nullopt;
    return *it;
}

} // namespace

Proposal JudgementEngine::propose(const Algorithm& rules, const ConditionContext& context)
{
    Proposal proposal;
    for (const Rule& rule : rules) {
        QStringList missing;
        const Truth truth = rule.when.evaluate(context, missing);
        if (truth == Truth::True) {
            proposal.judgement = rule.then;
            proposal.because = rule.because;
            return proposal;
        }
        if (truth == Truth::Unknown) {
            // Later rules assume this one failed, so none may fire before it is decided.
            missing.removeDuplicates();
            proposal.missing = missing;
            return proposal;
        }
    }
    return proposal;
}

Result<AssessmentOutcome> JudgementEngine::assess(const QualityTool& tool,
                                                  const QHash<QString, QString>& answers,
                                                  const QHash<QString, ReviewerJudgement>& judgements)
{
    STEMMA_TRY(checkAnswers(tool, answers));
    AssessmentOutcome result;
    ConditionContext overallContext;
    for (const QualityDomain& domain : tool.domains) {
        ConditionContext context;
        context.answers = answers;
        for (const SignallingQuestion& question : domain.questions)
            for (const AnswerOption& option : question.options)
                context.points[question.id].insert(option.code, option.points);
        JudgementOutcome outcome;
        outcome.id = domain.id;
        for (const DomainPart& part : domain.parts) {
            const Proposal partProposal = propose(part.algorithm, context);
            outcome.parts.insert(part.id, partProposal);
            if (partProposal.judgement)
                context.parts.insert(part.id, *partProposal.judgement);
        }
        outcome.proposal = propose(domain.algorithm, context);
        // A part still waiting for answers makes the domain wait for the same answers.
        if (!outcome.proposal.judgement && outcome.proposal.missing.isEmpty())
            for (const Proposal& part : std::as_const(outcome.parts))
                outcome.proposal.missing += part.missing;
        const auto reviewer = find(judgements, domain.id);
        STEMMA_TRY(
            settle(outcome, reviewer, tool.judgement(reviewer.value_or(ReviewerJudgement{}).judgement), domain.name));
        if (outcome.judgement)
            overallContext.domains.insert(domain.id, *outcome.judgement);
        overallContext.domainOrder << domain.id;
        result.domains << outcome;
    }
    result.overall.id = overallKey();
    result.overall.proposal = propose(tool.overall, overallContext);
    const auto reviewerOverall = find(judgements, overallKey());
    STEMMA_TRY(settle(result.overall,
                      reviewerOverall,
                      tool.overallJudgement(reviewerOverall.value_or(ReviewerJudgement{}).judgement),
                      QStringLiteral("the overall judgement")));
    return result;
}

} // namespace stemma::core::quality
