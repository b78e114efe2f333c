// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/DuplicateRepository.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

/**
 * Reviews possible duplicates pair by pair: the two records side by side with the fields that
 * differ marked, and Merge (M), Not duplicates (N), Undo (U), next/previous (J/K) from the
 * keyboard. Finding new pairs runs in the background on its own connection. With "Show merged
 * pairs" it lists the merges standing instead, those made at import on a shared DOI or PMID
 * included, and Split (S) takes one back.
 */
class DuplicateReviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateReviewWidget)

public:
    explicit DuplicateReviewWidget(QWidget* parent = nullptr);
    ~DuplicateReviewWidget() override;

    /** Shows the pending pairs of \a project (not owned; null clears the view). */
    void setProject(core::ReviewProject* project);
    /** Re-reads the pending pairs from the project. */
    void reload();
    /** Runs the duplicate finder in the background, then reloads. */
    void findDuplicates();

    void mergeCurrent();
    void markCurrentDistinct();
    void undoLast();
    /** Shows the merged pairs instead of the pending ones (or back). */
    void setShowMerged(bool merged);
    /** Splits the merged pair shown: both records stand on their own again, every source kept. */
    void splitCurrent();
    void selectNext();
    void selectPrevious();

    /** The pairs listed: pending ones, or merged ones when those are shown. */
    int pendingCount() const { return int(m_pairs.size()); }
    /** The fields marked as different in the pair shown, by their row labels. */
    QStringList differingFields() const;

signals:
    /** A merge or its undo changed which references are visible. */
    void referencesChanged();
    void findingFinished(int pairs);
    void errorOccurred(const QString& message);

private:
    void showPair(int row);
    void decide(bool merge);

    core::ReviewProject* m_project = nullptr;
    std::vector<core::db::DuplicateCandidate> m_pairs;
    struct Decision
    {
        qint64 pair = 0;
        bool split = false; ///< a merge taken back with Split: undoing it merges again
    };
    std::vector<Decision> m_history; ///< decisions, newest last, for undo
    bool m_showMerged = false;
    QCheckBox* m_showMergedBox = nullptr;
    QPushButton* m_splitButton = nullptr;
    QListWidget* m_list = nullptr;
    QTableWidget* m_comparison = nullptr;
    QLabel* m_heading = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_distinctButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_findButton = nullptr;
    QPushButton* m_previousButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QLabel* m_pairSummary = nullptr; ///< the pair shown: its place in the list, score and reasons
};

} // namespace stemma::ui
