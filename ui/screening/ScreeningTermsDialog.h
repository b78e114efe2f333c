// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace stemma::ui {

class ProjectSession;

/**
 * Edits the project's exclusion reasons (order matters: the first nine get the keys 1–9) and
 * the inclusion and exclusion terms highlighted while screening. Saved through
 * core/screening/ScreeningTerms when the dialog is accepted.
 */
class ScreeningTermsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ScreeningTermsDialog(ProjectSession& session, QWidget* parent = nullptr);

    QStringList reasons() const;
    void setReasons(const QStringList& reasons);
    QStringList inclusionTerms() const;
    void setInclusionTerms(const QStringList& terms);
    QStringList exclusionTerms() const;
    void setExclusionTerms(const QStringList& terms);

    /** Stores the three lists; on failure shows why and returns false. */
    bool save();
    void accept() override;

private:
    void addReason();
    void removeReason();
    void moveReason(int step);

    ProjectSession& m_session;
    QListWidget* m_reasons = nullptr;
    QPlainTextEdit* m_inclusion = nullptr;
    QPlainTextEdit* m_exclusion = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace stemma::ui
