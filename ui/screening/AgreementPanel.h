// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Screening.h"
#include "core/screening/Agreement.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace stemma::ui {

class ProjectSession;

/**
 * How far the reviewers agree at one stage: percent agreement and kappa (Cohen's for two reviewers,
 * Fleiss' for more) with the table of votes behind them, over the references every one of them
 * screened. With three or more reviewers any pair can be picked to see its 3×3 table. Like the
 * conflicts, it stays hidden while the stage is blind.
 */
class AgreementPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementPanel(ProjectSession& session, QWidget* parent = nullptr);

    void setStage(core::ScreeningStage stage);
    /** Re-reads the votes; call when votes or blind mode changed. */
    void refresh();

    /// The report shown; empty while blind or when it could not be computed.
    const std::optional<core::screening::AgreementReport>& report() const { return m_report; }
    QComboBox* reviewersCombo() const { return m_reviewers; }
    QTableWidget* table() const { return m_table; }
    QString summaryText() const;
    QString messageText() const;

private:
    void fillReviewerChoices(const std::vector<core::Reviewer>& voters);
    void showReport(const core::screening::AgreementReport& report);

    ProjectSession& m_session;
    core::ScreeningStage m_stage = core::ScreeningStage::TitleAbstract;
    std::optional<core::screening::AgreementReport> m_report;

    QLabel* m_message = nullptr;
    QComboBox* m_reviewers = nullptr;
    QWidget* m_reviewersRow = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_tableNote = nullptr;
};

} // namespace stemma::ui
