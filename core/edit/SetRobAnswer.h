// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RiskOfBias.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/**
 * Answers one signalling question of an assessment (an empty answer clears it), with the
 * comment and the span quoting its support. The answer must be one the question allows.
 */
class SetRobAnswer final : public EditCommand
{
public:
    SetRobAnswer(RobAssessmentId assessment, RobAnswer answer);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

private:
    RobAssessmentId m_assessment;
    RobAnswer m_answer;
    std::optional<RobAnswer> m_previous; ///< set once applied; an empty answer means there was none
};

} // namespace stemma::core::edit
