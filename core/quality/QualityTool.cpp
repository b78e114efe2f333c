// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/QualityTool.h"

namespace stemma::core::quality {

namespace {

const JudgementLevel* findLevel(const QList<JudgementLevel>& levels, const QString& id)
{
    for (const JudgementLevel& level : levels)
        if (level.id == id)
            return &level;
    return nullptr;
}

} // namespace

const QualityDomain* QualityTool::domain(const QString& domainId) const
{
    for (const QualityDomain& d : domains)
        if (d.id == domainId)
            return &d;
    return nullptr;
}

const SignallingQuestion* QualityTool::question(const QString& questionId) const
{
    for (const QualityDomain& d : domains)
        for (const SignallingQuestion& q : d.questions)
            if (q.id == questionId)
                return &q;
    return nullptr;
}

const JudgementLevel* QualityTool::judgement(const QString& judgementId) const
{
    return findLevel(judgements, judgementId);
}

const JudgementLevel* QualityTool::overallJudgement(const QString& judgementId) const
{
    return findLevel(overallJudgements, judgementId);
}

} // namespace stemma::core::quality
