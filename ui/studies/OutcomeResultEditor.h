// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Outcome.h"

#include <QWidget>

#include <functional>
#include <map>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace stemma::ui {

class ProjectSession;

/**
 * Edits one outcome result: the measure from the catalogue, the timepoint in months, the arm or
 * patient it belongs to, how it is summarised (mean and SD, median and IQR, events of a total,
 * change from baseline with its SD, one patient's value, a percentage, a hazard ratio) with only
 * the numbers that summary needs, n and a note. The text it came from, when linked, is a button
 * that shows it highlighted. Every change, and Delete, is an undoable edit written at once.
 */
class OutcomeResultEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeResultEditor)

public:
    /** The summaries a reviewer picks; Change is a mean and SD flagged as change from baseline. */
    enum class Kind { MeanSd, MedianIqr, EventsTotal, Change, IndividualValue, Percentage, HazardRatio };
    /** The numbers and words the form edits, one line edit each. */
    enum class Field { Timepoint, Value, Spread, Lower, Upper, Events, N, Note };

    explicit OutcomeResultEditor(ProjectSession& session, QWidget* parent = nullptr);
    ~OutcomeResultEditor() override;

    /** Shows \a id; an invalid id clears and disables the editor. */
    void setResult(core::OutcomeResultId id);
    core::OutcomeResultId result() const { return m_result; }

    QComboBox* measureBox() const { return m_measure; }
    /** The arm or patient the result belongs to; item data is "arm:ID" or "patient:ID". */
    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* editor(Field field) const;
    QPushButton* sourceButton() const { return m_source; }
    QPushButton* deleteButton() const { return m_delete; }
    /** The label shown for \a field under the current kind ("SD", "Upper quartile"), for tests. */
    QString labelOf(Field field) const;

    static Kind kindOf(const core::OutcomeResult& result);

signals:
    /** The reviewer asked to see the text the result came from. */
    void showSourceRequested(core::SpanId span);

private:
    void reload();
    /** Applies \a change to a copy of the stored result and stores it; false when unchanged or refused. */
    bool edit(const std::function<bool(core::OutcomeResult&)>& change);
    void showFieldsFor(Kind kind);

    ProjectSession& m_session;
    core::OutcomeResultId m_result;
    core::SpanId m_span;
    QFormLayout* m_form = nullptr;
    QComboBox* m_measure = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_kind = nullptr;
    std::map<Field, QLineEdit*> m_editors;
    QPushButton* m_source = nullptr;
    QPushButton* m_delete = nullptr;
    bool m_reloading = false;
};

} // namespace stemma::ui
