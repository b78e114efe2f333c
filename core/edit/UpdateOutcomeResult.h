// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Outcome.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/**
 * Rewrites a stored outcome result with \a edited (same id): the result editor's changes to the
 * measure, timepoint, arm or patient, statistic and numbers. Its source span stays as stored.
 * The old row is read on the first apply(); undo writes it back.
 */
class UpdateOutcomeResult final : public EditCommand
{
public:
    explicit UpdateOutcomeResult(OutcomeResult edited);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The checks a result must pass to be stored: counts and spreads not negative, events within n, ordered quartiles.
     */
    static Result<void> validate(const OutcomeResult& result);

private:
    OutcomeResult m_edited;
    std::optional<OutcomeResult> m_old;
};

} // namespace stemma::core::edit
