// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/Condition.h"

namespace stemma::core::quality {

namespace {

Truth fromBool(bool value)
{
    return value ? Truth::True : Truth::False;
}

/// A judgement test: unknown while the judgement is not yet known.
Truth judgementIn(const QHash<QString, QString>& judgements, const QString& id, const QStringList& values)
{
    const auto it = judgements.constFind(id);
    if (it == judgements.constEnd() || it->isEmpty())
        return Truth::Unknown;
    return fromBool(values.contains(*it));
}

Truth allOf(const std::vector<Truth>& truths)
{
    bool unknown = false;
    for (Truth t : truths) {
        if (t == Truth::False)
            return Truth::False;
        unknown = unknown || t == Truth::Unknown;
    }
    return unknown ? Truth::Unknown : Truth::True;
}

Truth anyOf(const std::vector<Truth>& truths)
{
    bool unknown = false;
    for (Truth t : truths) {
        if (t == Truth::True)
            return Truth::True;
        unknown = unknown || t == Truth::Unknown;
    }
    return unknown ? Truth::Unknown : Truth::False;
}

} // namespace

Truth Condition::evaluate(const ConditionContext& context, QStringList& missing) const
{
    switch (kind) {
    case Kind::All:
    case Kind::Any: {
        std::vector<Truth> truths;
        QStringList childMissing;
        for (const Condition& child : children)
            truths.push_back(child.evaluate(context, childMissing));
        const Truth result = kind == Kind::All ? allOf(truths) : anyOf(truths);
        // Only a condition still undecided needs its missing answers; a decided one needs none.
        if (result == Truth::Unknown)
            missing += childMissing;
        return result;
    }
    case Kind::Not: {
        const Truth inner = children.front().evaluate(context, missing);
        if (inner == Truth::Unknown)
            return Truth::Unknown;
        return fromBool(inner == Truth::False);
    }
    case Kind::Answer: {
        const auto it = context.answers.constFind(subject);
        if (it == context.answers.constEnd() || it->isEmpty()) {
            missing << subject;
            return Truth::Unknown;
        }
        return fromBool(values.contains(*it));
    }
    case Kind::Part:
        return judgementIn(context.parts, subject, values);
    case Kind::Domain:
        return judgementIn(context.domains, subject, values);
    case Kind::AnyDomain: {
        std::vector<Truth> truths;
        for (const QString& id : context.domainOrder)
            truths.push_back(judgementIn(context.domains, id, values));
        return anyOf(truths);
    }
    case Kind::AllDomains: {
        std::vector<Truth> truths;
        for (const QString& id : context.domainOrder)
            truths.push_back(judgementIn(context.domains, id, values));
        return allOf(truths);
    }
    case Kind::Points: {
        int sum = 0;
        QStringList unanswered;
        for (const QString& question : questions) {
            const auto it = context.answers.constFind(question);
            if (it == context.answers.constEnd() || it->isEmpty()) {
                unanswered << question;
                continue;
            }
            sum += context.points.value(question).value(*it);
        }
        if (!unanswered.isEmpty()) {
            missing += unanswered;
            return Truth::Unknown;
        }
        return fromBool((!atLeast || sum >= *atLeast) && (!atMost || sum <= *atMost));
    }
    }
    return Truth::Unknown;
}

QStringList Condition::questionIds() const
{
    QStringList ids;
    if (kind == Kind::Answer)
        ids << subject;
    ids += questions;
    for (const Condition& child : children)
        ids += child.questionIds();
    return ids;
}

} // namespace stemma::core::quality
