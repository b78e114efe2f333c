// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace stemma::core {

/** Someone who screens and extracts; decisions and spans name their reviewer. */
struct Reviewer
{
    ReviewerId id;
    QString name;

    friend bool operator==(const Reviewer&, const Reviewer&) = default;
};

enum class ScreeningStage { TitleAbstract, FullText };
QString toString(ScreeningStage stage);
std::optional<ScreeningStage> screeningStageFromString(const QString& text);

enum class Verdict { Include, Exclude, Maybe };
QString toString(Verdict verdict);
std::optional<Verdict> verdictFromString(const QString& text);

/** One reviewer's vote on one reference at one stage; later votes by the same reviewer replace it. */
struct ScreeningDecision
{
    DecisionId id;
    ReferenceId reference;
    ReviewerId reviewer;
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    Verdict verdict = Verdict::Maybe;
    QString reason; ///< exclusion reason, from the project's list
    QString note;
    QDateTime decidedAt;

    friend bool operator==(const ScreeningDecision&, const ScreeningDecision&) = default;
};

/** How a disagreement was settled, stored apart so the original votes are never overwritten. */
struct ScreeningResolution
{
    DecisionId id;
    ReferenceId reference;
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    Verdict verdict = Verdict::Maybe;
    QString reason;
    QString method; ///< "consensus" or "third reviewer"
    ReviewerId resolvedBy;
    QString note;
    QDateTime resolvedAt;

    friend bool operator==(const ScreeningResolution&, const ScreeningResolution&) = default;
};

} // namespace stemma::core
