// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stemma::core::quality {

/** Truth in three values: an algorithm may need an answer that has not been given yet. */
enum class Truth { False, True, Unknown };

/**
 * What a condition is evaluated against: the answers given so far (question id → answer code),
 * the judgements of a domain's parts, the domains' judgements and the points each answer scores.
 */
struct ConditionContext
{
    QHash<QString, QString> answers;
    QHash<QString, QString> parts;
    QHash<QString, QString> domains;
    QStringList domainOrder;                    ///< every domain of the tool, for anyDomain/allDomains
    QHash<QString, QHash<QString, int>> points; ///< question id → answer code → points
};

/**
 * One test of an algorithm's rule, as written in a tool's resource file: an answer in a set,
 * a part's or domain's judgement in a set, a count of points in a range, or all/any/not of
 * other conditions. Evaluated in three-valued logic so that a rule whose answers are missing
 * neither fires nor lets later rules fire.
 */
struct Condition
{
    enum class Kind { All, Any, Not, Answer, Part, Domain, AnyDomain, AllDomains, Points };

    Kind kind = Kind::All;
    QString subject;       ///< question, part or domain id (Answer, Part, Domain)
    QStringList values;    ///< accepted answer codes or judgement ids
    QStringList questions; ///< Points: the questions whose points are summed
    std::optional<int> atLeast;
    std::optional<int> atMost;
    std::vector<Condition> children; ///< All, Any, Not (one child)

    /** The truth of this condition; ids of the unanswered questions it depends on go to \a missing. */
    Truth evaluate(const ConditionContext& context, QStringList& missing) const;

    /** Every question id the condition reads (Answer and Points), for validation. */
    QStringList questionIds() const;
};

} // namespace stemma::core::quality
