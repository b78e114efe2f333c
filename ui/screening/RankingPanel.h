// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Screening.h"
#include "core/screening/ranking/RankedOrder.h"
#include "core/screening/ranking/StoppingProgress.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace stemma::core::screening::ranking {
class BackgroundRanker;
class ScreeningCorpus;
} // namespace stemma::core::screening::ranking

namespace stemma::ui {

class ProjectSession;
class RecallCurveWidget;
class ScreeningView;

/**
 * Prioritised screening beside the reference on screen: the switch to "most likely relevant
 * first", the relevance of the shown record, a small recall curve, records since the last
 * include and the stopping estimate, with the buttons that start the random sample and stop by
 * the criterion. The model retrains on its own thread after every decision; a new ranking
 * reorders the records still to come, never the one on screen.
 */
class RankingPanel final : public QWidget
{
    Q_OBJECT

public:
    RankingPanel(ProjectSession& session, ScreeningView& view, QWidget* parent = nullptr);
    ~RankingPanel() override;

    bool isRankingOn() const { return m_ranker != nullptr; }
    /** Turns the ranking on or off for the view's stage (a project setting), as the check box does. */
    void setRankingOn(bool on);
    /** Shows the relevance of \a id; called by the view whenever it shows a reference. */
    void showReference(core::ReferenceId id);
    /** Starts the random sample the stopping test needs, as the button does. */
    void startSample();
    /** Records that the team stops by the criterion, as the button does. */
    void stopByCriterion();
    /** Waits for the training in progress and applies its ranking (tests and benchmarks). */
    void waitForModel();

    QString relevanceText() const;
    QString stoppingText() const;
    QString sinceLastIncludeText() const;
    /** Models trained so far since the ranking was turned on. */
    int modelsTrained() const;
    const core::screening::ranking::StoppingProgress& progress() const { return m_progress; }

private:
    void requestTraining();
    void applyScores(std::shared_ptr<const core::screening::ranking::RelevanceScores> scores);
    void refreshProgress();
    void syncWithView();
    core::ReviewerId reviewer();

    ProjectSession& m_session;
    ScreeningView& m_view;
    core::ScreeningStage m_stage = core::ScreeningStage::TitleAbstract;
    std::shared_ptr<core::screening::ranking::RankedOrder> m_order;
    std::shared_ptr<const core::screening::ranking::ScreeningCorpus> m_corpus;
    std::unique_ptr<core::screening::ranking::BackgroundRanker> m_ranker;
    core::screening::ranking::StoppingProgress m_progress;
    bool m_trainingQueued = false;
    bool m_checkedStage = false;

    QCheckBox* m_switch = nullptr;
    QLabel* m_relevance = nullptr;
    QLabel* m_model = nullptr;
    RecallCurveWidget* m_curve = nullptr;
    QLabel* m_sinceInclude = nullptr;
    QLabel* m_stopping = nullptr;
    QPushButton* m_sample = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace stemma::ui
