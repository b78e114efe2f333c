// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Study.h"
#include "core/quality/Condition.h"

#include <QList>
#include <QString>

namespace stemma::core::quality {

/** One answer a signalling question allows, with the points it scores (Newcastle–Ottawa stars). */
struct AnswerOption
{
    QString code;
    QString label;
    int points = 0;
};

/** How much a judgement worries a reader, comparable across tools (for GRADE's risk-of-bias domain). */
enum class Concern { Low, Some, High };

/** One level of a tool's judgement scale; rank 0 is the best, colour and symbol are robvis's. */
struct JudgementLevel
{
    QString id;
    QString label;
    QString shortLabel;
    int rank = 0;
    QString colour;
    QString symbol;
    Concern concern = Concern::Some;
};

struct SignallingQuestion
{
    QString id;
    QString text;
    QList<AnswerOption> options;
};

/** "When this holds, propose that judgement, because…": one step of a published algorithm. */
struct Rule
{
    Condition when;
    QString then;
    QString because;
};

/** An ordered list of rules; the first that holds decides. Empty when the tool leaves the judgement to the reviewer. */
using Algorithm = QList<Rule>;

/** A part of a domain judged on its own first (RoB 2 domain 2 has two). */
struct DomainPart
{
    QString id;
    QString name;
    Algorithm algorithm;
};

struct QualityDomain
{
    QString id;
    QString name;
    QString shortName;
    QList<SignallingQuestion> questions;
    QList<DomainPart> parts;
    Algorithm algorithm;
};

/**
 * A risk-of-bias or quality tool as its resource file defines it (one JSON file per tool in resources/quality/):
 * domains, signalling questions, answer options, judgement scales and the algorithms that
 * propose each domain's judgement and the overall one. A new tool is a new file, not code.
 */
struct QualityTool
{
    QString id;
    QString version;
    QString name;
    QString citation;
    QString note;
    QList<StudyDesign> designs;
    bool perOutcome = false;
    QList<JudgementLevel> judgements;        ///< the domains' scale
    QList<JudgementLevel> overallJudgements; ///< the overall scale (the domains' unless the tool says otherwise)
    QList<QualityDomain> domains;
    Algorithm overall;

    const QualityDomain* domain(const QString& domainId) const;
    const SignallingQuestion* question(const QString& questionId) const;
    const JudgementLevel* judgement(const QString& judgementId) const;
    const JudgementLevel* overallJudgement(const QString& judgementId) const;
};

} // namespace stemma::core::quality
