// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Screening.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace stemma::ui {

class ProjectSession;

/**
 * The conflicts of one stage with every reviewer's vote, and a form to settle the selected one
 * (include, exclude with a reason or maybe; by consensus or a third reviewer). A resolution is
 * stored beside the votes, never over them. While the stage is blind the list stays hidden.
 */
class ConflictsPanel final : public QWidget
{
    Q_OBJECT

public:
    /** Supplies the reviewer who records a resolution, adding them to the project when needed. */
    using ReviewerSource = std::function<core::ReviewerId()>;

    explicit ConflictsPanel(ProjectSession& session, QWidget* parent = nullptr);

    void setStage(core::ScreeningStage stage);
    void setReasons(const QStringList& reasons);
    void setReviewerSource(ReviewerSource source) { m_reviewerSource = std::move(source); }

    /** Re-reads the conflicts; call when votes, resolutions or blind mode changed. */
    void refresh();
    int conflictCount() const;
    /** The references listed, in order. */
    std::vector<core::ReferenceId> listed() const;
    QListWidget* list() const { return m_list; }
    /** The votes of the selected conflict as shown. */
    QString votesText() const;
    QString statusText() const;

    /** Selects \a reference's row; false when it is not a conflict. */
    bool select(core::ReferenceId reference);
    /** Settles the selected conflict, as the "Record resolution" button does with the form's values. */
    bool resolveSelected(core::Verdict verdict, const QString& reason, const QString& method, const QString& note);

signals:
    /** A conflict was settled. */
    void resolved(core::ReferenceId reference);
    /** The reviewer asked to screen this reference (activated its row). */
    void openRequested(core::ReferenceId reference);

private:
    void showSelected();
    void resolveFromForm();
    core::ReferenceId selectedReference() const;

    ProjectSession& m_session;
    core::ScreeningStage m_stage = core::ScreeningStage::TitleAbstract;
    ReviewerSource m_reviewerSource;
    bool m_blind = false;

    QLabel* m_message = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_votes = nullptr;
    QComboBox* m_verdict = nullptr;
    QComboBox* m_reason = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_resolve = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_form = nullptr;
};

} // namespace stemma::ui
