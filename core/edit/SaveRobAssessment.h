// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RiskOfBias.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/**
 * Stores a whole risk-of-bias assessment: starts a reviewer's assessment, or records the
 * consensus that resolves two independent ones (which stay as they are). Undo removes a new
 * assessment or puts the replaced one back.
 */
class SaveRobAssessment final : public EditCommand
{
public:
    explicit SaveRobAssessment(RobAssessment assessment);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The stored id once applied (a new one after every redo of a new assessment). */
    RobAssessmentId assessmentId() const { return m_assessment.id; }

private:
    RobAssessment m_assessment;
    bool m_isNew = false;
    std::optional<RobAssessment> m_previous;
};

} // namespace stemma::core::edit
