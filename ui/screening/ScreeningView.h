// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Screening.h"
#include "core/screening/ScreeningOrder.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace stemma::ui {

class AgreementPanel;
class ConflictsPanel;
class FullTextPanel;
class PrismaPanel;
class RankingPanel;
class ProjectSession;

/**
 * Keyboard-first screening: one reference at a time in large text with inclusion and exclusion
 * terms highlighted, and at the full-text stage its PDF beside it. I, E and M decide, 1–9 pick
 * an exclusion reason, J/K or the arrows move, U takes back the last decision; the letter and
 * digit keys work while the PDF has focus too. Each decision is written (with its audit entry)
 * at once, with the note typed for it.
 */
class ScreeningView final : public QWidget
{
    Q_OBJECT

public:
    /** QSettings key of the reviewer name last used on this computer. */
    static QString reviewerSettingsKey();

    explicit ScreeningView(ProjectSession& session, QWidget* parent = nullptr);

    QString reviewerName() const;
    void setReviewerName(const QString& name);
    core::ScreeningStage stage() const { return m_stage; }
    void setStage(core::ScreeningStage stage);
    /** Whether the current stage is screened blind (a project setting). */
    bool isBlind() const;
    /** Turns blind screening of the current stage on or off, as the "Blind screening" box does. */
    void setBlind(bool blind);
    /** The order references are shown in; the plain order unless another ranking was plugged in. */
    const core::screening::ScreeningOrder& order() const { return *m_order; }
    /** Shows the references in \a order from now on, starting at the first undecided one in that order. */
    void setOrder(std::shared_ptr<const core::screening::ScreeningOrder> order);

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
    /** The votes on the current reference this reviewer may see, one per line. */
    QString votesText() const;
    /** The note that goes with the next decision (or was saved with the reviewer's vote). */
    QString note() const;
    void setNote(const QString& note);
    QString statusText() const;

    FullTextPanel* fullTextPanel() const { return m_fullText; }
    ConflictsPanel* conflictsPanel() const { return m_conflicts; }
    AgreementPanel* agreementPanel() const { return m_agreement; }
    PrismaPanel* prismaPanel() const { return m_prisma; }

    RankingPanel* rankingPanel() const { return m_ranking; }
    /** The candidates in the order they are shown (decided and undecided alike). */
    const std::vector<core::ReferenceId>& candidates() const { return m_candidates; }
    /**
     * Arranges the references still to screen again by the order (a ranking that has learned from
     * the latest decisions), keeping the reference on screen where it is. Reads no references.
     */
    void rearrange();

    /** Re-reads candidates, reasons, terms and progress, e.g. after another part of the window changed data. */
    void reload();
    /** Redraws the PRISMA diagram, the conflicts list or the agreement, whichever is on screen. */
    void refreshSummaries();
    /** Opens the dialog that edits the exclusion reasons and highlight terms. */
    void editReasonsAndTerms();

signals:
    /** A decision or resolution was written or taken back. */
    void decided();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /** Shows the reference again with term shades for the new palette when light/dark mode changes. */
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Undo
    {
        core::ReferenceId reference;
        core::ScreeningStage stage;
        int index = 0;
    };

    bool handleKey(QKeyEvent* event);
    bool decide(core::Verdict verdict);
    void saveNote();
    void pickReason(int number);
    void undo();
    void move(int step);
    void showCurrent();
    /** Shows the votes the reviewer may see and returns the note of the reviewer's own vote. */
    QString showVotes(core::ReferenceId id);
    void loadReviewer();
    void loadTerms();
    core::ReviewerId ensureReviewer();
    void showError(const QString& message);

    ProjectSession& m_session;
    core::ScreeningStage m_stage = core::ScreeningStage::TitleAbstract;
    core::ReviewerId m_reviewer;
    std::shared_ptr<const core::screening::ScreeningOrder> m_order;
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
    QCheckBox* m_blind = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QSplitter* m_reading = nullptr;
    QTextBrowser* m_text = nullptr;
    FullTextPanel* m_fullText = nullptr;
    QLabel* m_votes = nullptr;
    QLineEdit* m_note = nullptr;
    QListWidget* m_reasonList = nullptr;
    QTabWidget* m_tabs = nullptr;
    ConflictsPanel* m_conflicts = nullptr;
    AgreementPanel* m_agreement = nullptr;
    PrismaPanel* m_prisma = nullptr;
    RankingPanel* m_ranking = nullptr;
};

} // namespace stemma::ui
