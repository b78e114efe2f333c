// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ConflictsPanel.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/screening/ScreeningService.h"
#include "ui/ProjectSession.h"
#include "ui/screening/ScreeningText.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

constexpr int REFERENCE_ROLE = Qt::UserRole;
constexpr int VOTES_ROLE = Qt::UserRole + 1;

} // namespace

ConflictsPanel::ConflictsPanel(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("screeningConflictsMessage"));
    m_message->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("screeningConflicts"));
    m_list->setWordWrap(true);
    m_votes = new QLabel(this);
    m_votes->setObjectName(QStringLiteral("screeningConflictVotes"));
    m_votes->setWordWrap(true);
    m_votes->setTextFormat(Qt::PlainText);

    m_form = new QWidget(this);
    m_verdict = new QComboBox(m_form);
    m_verdict->setObjectName(QStringLiteral("screeningResolutionVerdict"));
    m_verdict->addItem(verdictLabel(core::Verdict::Include), static_cast<int>(core::Verdict::Include));
    m_verdict->addItem(verdictLabel(core::Verdict::Exclude), static_cast<int>(core::Verdict::Exclude));
    m_verdict->addItem(verdictLabel(core::Verdict::Maybe), static_cast<int>(core::Verdict::Maybe));
    m_reason = new QComboBox(m_form);
    m_reason->setObjectName(QStringLiteral("screeningResolutionReason"));
    m_method = new QComboBox(m_form);
    m_method->setObjectName(QStringLiteral("screeningResolutionMethod"));
    m_method->addItem(tr("consensus"), QStringLiteral("consensus"));
    m_method->addItem(tr("third reviewer"), QStringLiteral("third reviewer"));
    m_note = new QLineEdit(m_form);
    m_note->setObjectName(QStringLiteral("screeningResolutionNote"));
    m_note->setPlaceholderText(tr("Optional"));
    m_resolve = new QPushButton(tr("Record resolution"), m_form);
    m_resolve->setObjectName(QStringLiteral("screeningResolve"));
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Decision:"), m_verdict);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Settled by:"), m_method);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_resolve);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("screeningConflictsStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_votes);
    layout->addWidget(m_form);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRequested(core::ReferenceId(item->data(REFERENCE_ROLE).toLongLong()));
    });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
        m_reason->setEnabled(static_cast<core::Verdict>(m_verdict->currentData().toInt()) == core::Verdict::Exclude);
    });
    connect(m_resolve, &QPushButton::clicked, this, &ConflictsPanel::resolveFromForm);
    m_reason->setEnabled(false);
    showSelected();
}

void ConflictsPanel::setStage(core::ScreeningStage stage)
{
    m_stage = stage;
    m_status->clear();
}

void ConflictsPanel::setReasons(const QStringList& reasons)
{
    const QString current = m_reason->currentText();
    m_reason->clear();
    m_reason->addItems(reasons);
    if (reasons.contains(current))
        m_reason->setCurrentText(current);
}

int ConflictsPanel::conflictCount() const
{
    return m_list->count();
}

std::vector<core::ReferenceId> ConflictsPanel::listed() const
{
    std::vector<core::ReferenceId> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.emplace_back(m_list->item(row)->data(REFERENCE_ROLE).toLongLong());
    return ids;
}

QString ConflictsPanel::votesText() const
{
    return m_votes->text();
}

QString ConflictsPanel::statusText() const
{
    return m_status->text();
}

core::ReferenceId ConflictsPanel::selectedReference() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? core::ReferenceId(item->data(REFERENCE_ROLE).toLongLong()) : core::ReferenceId();
}

void ConflictsPanel::refresh()
{
    const core::ReferenceId selected = selectedReference();
    m_list->clear();
    core::screening::ScreeningService service(m_session.project());
    auto blind = service.isBlind(m_stage);
    m_blind = blind && *blind;
    m_list->setVisible(!m_blind);
    m_form->setVisible(!m_blind);
    if (m_blind) {
        // Showing who disagrees would tell each reviewer how the others voted.
        m_message->setText(tr("Blind screening is on for this stage: conflicts and votes are shown once the stage "
                              "is unblinded."));
        m_votes->clear();
        return;
    }
    auto conflicts = service.conflicts(m_stage);
    if (!conflicts) {
        m_message->setText(conflicts.error().message);
        return;
    }
    for (const auto& conflict : *conflicts) {
        QStringList votes;
        QStringList verdicts;
        for (const auto& vote : conflict.decisions) {
            auto reviewer = m_session.project().reviewers().get(vote.reviewer);
            votes << voteLine(reviewer ? reviewer->name : QString(), vote.verdict, vote.reason, vote.note);
            verdicts << (reviewer ? reviewer->name : QString()) + QStringLiteral(": ") + verdictLabel(vote.verdict);
        }
        auto reference = m_session.project().references().get(conflict.reference);
        auto* item = new QListWidgetItem(
            QStringLiteral("#%1 %2 — %3")
                .arg(conflict.reference.value)
                .arg(reference ? reference->title.left(80) : QString(), verdicts.join(QStringLiteral(", "))),
            m_list);
        item->setData(REFERENCE_ROLE, conflict.reference.value);
        item->setData(VOTES_ROLE, votes.join(QLatin1Char('\n')));
    }
    m_message->setText(m_list->count() == 0
                           ? tr("No conflicts at this stage.")
                           : tr("References with differing votes: %1. Select one to settle it; double-click to "
                                "screen it.")
                                 .arg(m_list->count()));
    if (!select(selected) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

bool ConflictsPanel::select(core::ReferenceId reference)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(REFERENCE_ROLE).toLongLong() == reference.value) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ConflictsPanel::showSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_votes->setText(item ? tr("Votes on #%1:\n%2")
                                .arg(item->data(REFERENCE_ROLE).toLongLong())
                                .arg(item->data(VOTES_ROLE).toString())
                          : QString());
    m_form->setEnabled(item != nullptr);
}

void ConflictsPanel::resolveFromForm()
{
    resolveSelected(static_cast<core::Verdict>(m_verdict->currentData().toInt()),
                    m_reason->currentText(),
                    m_method->currentData().toString(),
                    m_note->text());
}

bool ConflictsPanel::resolveSelected(core::Verdict verdict,
                                     const QString& reason,
                                     const QString& method,
                                     const QString& note)
{
    const core::ReferenceId reference = selectedReference();
    if (!reference.isValid() || m_blind)
        return false;
    core::ScreeningResolution resolution;
    resolution.reference = reference;
    resolution.stage = m_stage;
    resolution.verdict = verdict;
    if (verdict == core::Verdict::Exclude)
        resolution.reason = reason;
    resolution.method = method;
    resolution.note = note.trimmed();
    resolution.resolvedBy = m_reviewerSource ? m_reviewerSource() : core::ReviewerId();
    resolution.resolvedAt = QDateTime::currentDateTimeUtc();
    auto stored = core::screening::ScreeningService(m_session.project()).resolve(resolution);
    if (!stored) {
        m_status->setText(stored.error().message);
        return false;
    }
    m_note->clear();
    refresh();
    m_status->setText(
        tr("#%1 settled: %2").arg(reference.value).arg(verdictLabel(verdict)) +
        (resolution.reason.isEmpty() ? QString() : QStringLiteral(" (") + resolution.reason + QLatin1Char(')')) +
        tr(" by %1.").arg(method));
    emit resolved(reference);
    return true;
}

} // namespace stemma::ui
