// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/CertaintyRepository.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/**
 * Confirms or changes one GRADE domain of an outcome's comparison, with the footnote the
 * summary-of-findings table shows; without a judgement (nullopt) it returns to the proposal.
 */
class SetCertaintyJudgement final : public EditCommand
{
public:
    SetCertaintyJudgement(OutcomeMeasureId measure,
                          QString comparison,
                          QString domain,
                          std::optional<db::StoredCertaintyJudgement> judgement);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

private:
    Result<void> write(ReviewProject& project, const std::optional<db::StoredCertaintyJudgement>& judgement);

    OutcomeMeasureId m_measure;
    QString m_comparison;
    QString m_domain;
    std::optional<db::StoredCertaintyJudgement> m_judgement;
    std::optional<db::StoredCertaintyJudgement> m_previous;
    bool m_applied = false;
};

/** Sets (or with nullopt removes) an outcome's minimal important difference. */
class SetOutcomeMid final : public EditCommand
{
public:
    SetOutcomeMid(OutcomeMeasureId measure, std::optional<db::OutcomeMid> mid);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override { return QStringLiteral("Set minimal important difference"); }
    Change change() const override;

private:
    Result<void> write(ReviewProject& project, const std::optional<db::OutcomeMid>& mid);

    OutcomeMeasureId m_measure;
    std::optional<db::OutcomeMid> m_mid;
    std::optional<db::OutcomeMid> m_previous;
    bool m_applied = false;
};

} // namespace stemma::core::edit
