// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/quality/QualityTool.h"

#include <QHash>

#include <optional>

namespace stemma::core::quality {

/** The id under which the overall judgement is kept among the domains' judgements. */
inline QString overallKey()
{
    return QStringLiteral("overall");
}

/** What an algorithm proposes: a judgement with the rule's reason, or the answers it still needs. */
struct Proposal
{
    std::optional<QString> judgement;
    QString because;
    QStringList missing; ///< unanswered questions (or undecided domains) the next rule reads

    friend bool operator==(const Proposal&, const Proposal&) = default;
};

/** A reviewer's own judgement of a domain (or overall), replacing or filling in the proposal. */
struct ReviewerJudgement
{
    QString judgement;
    QString reason; ///< required when it differs from the algorithm's proposal
};

/** A domain's (or the overall) outcome: what was proposed, what stands, and why. */
struct JudgementOutcome
{
    QString id; ///< domain id, or overallKey()
    Proposal proposal;
    QHash<QString, Proposal> parts;
    std::optional<QString> judgement; ///< the judgement that stands: the reviewer's, else the proposal
    bool overridden = false;          ///< the reviewer's judgement differs from a proposal
    QString reason;                   ///< the override's reason, or the proposal's
};

struct AssessmentOutcome
{
    QList<JudgementOutcome> domains;
    JudgementOutcome overall;
};

/**
 * Evaluates a tool's algorithms from a reviewer's answers. Domain judgements follow the
 * domain's algorithm (rules in order, the first that holds decides); the overall one follows
 * the tool's overall algorithm over the judgements that stand, so an override of a domain
 * carries into the overall proposal. Pure computation: no storage, no widgets.
 */
class JudgementEngine
{
public:
    /** The proposal of \a rules given \a context; no rule holding and none undecided gives no judgement. */
    static Proposal propose(const Algorithm& rules, const ConditionContext& context);

    /**
     * Every domain's and the overall outcome. Fails with a message when an answer is not one
     * its question allows, a judgement is not on the tool's scale, or a judgement that differs
     * from the proposal has no reason.
     */
    [[nodiscard]] static Result<AssessmentOutcome> assess(const QualityTool& tool,
                                                          const QHash<QString, QString>& answers,
                                                          const QHash<QString, ReviewerJudgement>& judgements = {});
};

} // namespace stemma::core::quality
