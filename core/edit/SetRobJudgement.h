// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RiskOfBias.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/**
 * Records the reviewer's judgement of one domain (or "overall"); an empty judgement returns to
 * the tool's proposal. A judgement that differs from the proposal must carry its reason.
 */
class SetRobJudgement final : public EditCommand
{
public:
    SetRobJudgement(RobAssessmentId assessment, RobJudgement judgement);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

private:
    RobAssessmentId m_assessment;
    RobJudgement m_judgement;
    std::optional<RobJudgement> m_previous;
};

} // namespace stemma::core::edit
