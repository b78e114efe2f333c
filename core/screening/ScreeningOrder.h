// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"
#include "core/domain/Screening.h"

#include <QString>

#include <vector>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::screening {

/**
 * The order in which references are put in front of a reviewer. Screening asks an order to
 * arrange its candidates, so a relevance ranking can later replace the plain order without the
 * service or the view changing.
 */
class ScreeningOrder
{
public:
    virtual ~ScreeningOrder() = default;

    /** A short name for settings and the status bar: "plain", "relevance". */
    virtual QString name() const = 0;

    /**
     * True for an order that changes as decisions are made (a relevance ranking): the screen then
     * keeps decided references ahead of the rest, so moving on always reaches an undecided one.
     */
    virtual bool learnsFromDecisions() const { return false; }

    /** Puts \a candidates (the references to screen at \a stage) in the order to show them. */
    virtual Result<void> arrange(ReviewProject& project,
                                 ScreeningStage stage,
                                 std::vector<ReferenceId>& candidates) const = 0;
};

/** References in the order they entered the project (by id): what a reviewer expects with no ranking. */
class PlainOrder final : public ScreeningOrder
{
public:
    QString name() const override;
    Result<void> arrange(ReviewProject& project,
                         ScreeningStage stage,
                         std::vector<ReferenceId>& candidates) const override;
};

} // namespace stemma::core::screening
