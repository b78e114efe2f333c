// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Screening.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <unordered_set>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTextBrowser;

namespace stemma::ui {

class ProjectSession;

/**
 * Keyboard-first screening: one reference at a time in large text with inclusion and exclusion
 * terms highlighted. I, E and M decide, 1–9 pick an exclusion reason, J/K or the arrows move,
 * U takes back the last decision. Each decision is written (with its audit entry) at once.
 */
class ScreeningView final : public QWidget
{
    Q_OBJECT

public:
    /** QSettings key of the reviewer name last used on this computer. */
    static QString reviewerSettingsKey();
    /** Default highlight terms for MSC and HSCT in systemic sclerosis. */
    static QStringList defaultInclusionTerms();
    static QStringList defaultExclusionTerms();

    explicit ScreeningView(ProjectSession& session, QWidget* parent = nullptr);

    QString reviewerName() const;
    void setReviewerName(const QString& name);
    core::ScreeningStage stage() const { return m_stage; }
    void setStage(core::ScreeningStage stage);

    /** The reference on screen; invalid when there is nothing to screen. */
    core::ReferenceId currentReference() const;
    int currentIndex() const { return m_index; }
    int candidateCount() const { return static_cast<int>(m_candidates.size()); }
    /** How many candidates the reviewer has decided at this stage. */
    int decidedCount() const { return static_cast<int>(m_decided.size()); }
    QString progressText() const;
    /** The exclusion reason picked with 1–9, empty when none. */
    QString pendingReason() const { return m_pendingReason; }
    QStringList reasons() const { return m_reasons; }
    /** The reference as HTML with highlighted terms, as shown. */
    QString currentHtml() const;

    /** Re-reads candidates, reasons and progress, e.g. after another part of the window changed data. */
    void reload();
    /** Redraws the PRISMA diagram and the conflicts list. */
    void refreshSummaries();

signals:
    /** A decision was written or taken back. */
    void decided();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Undo
    {
        core::ReferenceId reference;
        core::ScreeningStage stage;
        int index = 0;
    };

    bool decide(core::Verdict verdict);
    void pickReason(int number);
    void undo();
    void move(int step);
    void showCurrent();
    void loadReviewer();
    void showError(const QString& message);
    QString highlight(const QString& text) const;

    ProjectSession& m_session;
    core::ScreeningStage m_stage = core::ScreeningStage::TitleAbstract;
    core::ReviewerId m_reviewer;
    std::vector<core::ReferenceId> m_candidates;
    std::unordered_set<core::ReferenceId> m_decided;
    int m_index = 0;
    QStringList m_reasons;
    QString m_pendingReason;
    bool m_awaitingReason = false;
    bool m_loaded = false; ///< candidates are read when first shown, so opening a project stays quick
    std::vector<Undo> m_undo;
    QStringList m_inclusionTerms;
    QStringList m_exclusionTerms;

    QComboBox* m_reviewerBox = nullptr;
    QComboBox* m_stageBox = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_votes = nullptr;
    QListWidget* m_reasonList = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_conflicts = nullptr;
    QLabel* m_prisma = nullptr;
};

} // namespace stemma::ui
