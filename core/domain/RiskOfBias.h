// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace stemma::core {

using RobAssessmentId = Id<struct RobAssessmentIdTag>;

/** One answer to a signalling question, with the reviewer's comment and the span quoting its support. */
struct RobAnswer
{
    QString questionId;
    QString answer;
    QString comment;
    SpanId span;

    friend bool operator==(const RobAnswer&, const RobAnswer&) = default;
};

/** The reviewer's own judgement of a domain ("overall" for the whole), with the reason for it. */
struct RobJudgement
{
    QString domainId;
    QString judgement;
    QString reason;

    friend bool operator==(const RobJudgement&, const RobJudgement&) = default;
};

/** Independent: one reviewer's own (blind) assessment. Consensus: the resolution of those, kept beside them. */
enum class RobAssessmentKind { Independent, Consensus };

/**
 * One reviewer's risk-of-bias assessment of a study with one tool: of one outcome for tools
 * judged per outcome (RoB 2, ROBINS-I), of the whole study otherwise. The judgements proposed by
 * the tool's algorithm are computed from the answers, so only the reviewer's own are stored.
 */
struct RobAssessment
{
    RobAssessmentId id;
    StudyId study;
    OutcomeMeasureId measure; ///< invalid: the whole study
    QString toolId;
    QString toolVersion;
    RobAssessmentKind kind = RobAssessmentKind::Independent;
    ReviewerId reviewer;       ///< the assessor, or who resolved a consensus
    bool illustrative = false; ///< made up to show the feature (the demo), not a real appraisal
    QString note;
    QDateTime updatedAt;
    QList<RobAnswer> answers;
    QList<RobJudgement> judgements;

    friend bool operator==(const RobAssessment&, const RobAssessment&) = default;
};

} // namespace stemma::core
