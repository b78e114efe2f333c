// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ScreeningView.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/screening/ScreeningService.h"
#include "core/screening/ScreeningTerms.h"
#include "ui/ProjectSession.h"
#include "ui/screening/AgreementPanel.h"
#include "ui/screening/ConflictsPanel.h"
#include "ui/screening/FullTextPanel.h"
#include "ui/screening/PrismaPanel.h"
#include "ui/screening/RankingPanel.h"
#include "ui/screening/ScreeningTermsDialog.h"
#include "ui/screening/ScreeningText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPdfView>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace stemma::ui {
namespace {

using core::screening::ScreeningService;
using core::screening::ScreeningTerms;

/** The keys that decide or move; they reach the view even while the PDF has focus. */
bool isDecisionKey(const QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int key = event->key();
    return (key >= Qt::Key_1 && key <= Qt::Key_9) || key == Qt::Key_I || key == Qt::Key_E || key == Qt::Key_M ||
           key == Qt::Key_J || key == Qt::Key_K || key == Qt::Key_U || key == Qt::Key_Escape;
}

} // namespace

QString ScreeningView::reviewerSettingsKey()
{
    return QStringLiteral("screening/reviewer");
}

ScreeningView::ScreeningView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_order(std::make_shared<core::screening::PlainOrder>())
{
    setObjectName(QStringLiteral("screeningView"));
    setFocusPolicy(Qt::StrongFocus);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Reviewer:"), this));
    m_reviewerBox = new QComboBox(this);
    m_reviewerBox->setObjectName(QStringLiteral("screeningReviewer"));
    m_reviewerBox->setEditable(true);
    m_reviewerBox->setMinimumContentsLength(16);
    top->addWidget(m_reviewerBox);
    top->addWidget(new QLabel(tr("Stage:"), this));
    m_stageBox = new QComboBox(this);
    m_stageBox->setObjectName(QStringLiteral("screeningStage"));
    m_stageBox->addItem(tr("Title and abstract"));
    m_stageBox->addItem(tr("Full text"));
    top->addWidget(m_stageBox);
    m_blind = new QCheckBox(tr("Blind screening"), this);
    m_blind->setObjectName(QStringLiteral("screeningBlind"));
    m_blind->setToolTip(tr("While on, each reviewer sees only their own votes at this stage."));
    m_blind->setFocusPolicy(Qt::NoFocus);
    top->addWidget(m_blind);
    top->addStretch(1);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("screeningProgress"));
    QFont progressFont = m_progress->font();
    progressFont.setBold(true);
    m_progress->setFont(progressFont);
    top->addWidget(m_progress);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("screeningText"));
    m_text->setFocusPolicy(Qt::NoFocus); // keys belong to the view, not the text
    m_text->setOpenLinks(false);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.35);
    m_text->setFont(textFont);
    m_fullText = new FullTextPanel(m_session, this);
    m_fullText->pdfView()->installEventFilter(this);
    m_fullText->pdfView()->viewport()->installEventFilter(this);
    m_reading = new QSplitter(Qt::Vertical, this);
    m_reading->addWidget(m_text);
    m_reading->addWidget(m_fullText);
    m_reading->setChildrenCollapsible(false);

    m_votes = new QLabel(this);
    m_votes->setObjectName(QStringLiteral("screeningVotes"));
    m_votes->setWordWrap(true);
    m_votes->setTextFormat(Qt::PlainText);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("screeningNote"));
    m_note->setPlaceholderText(tr("Note for this decision (optional; Enter saves it with your vote)"));
    m_note->setClearButtonEnabled(true);
    m_note->installEventFilter(this);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(new QLabel(tr("Note:"), this));
    noteRow->addWidget(m_note, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("screeningStatus"));
    m_status->setWordWrap(true);
    auto* hint = new QLabel(tr("I include · E exclude · M maybe · 1–9 reason · J/K or arrows move · U undo"), this);
    hint->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_reading, 1);
    leftLayout->addWidget(m_votes);
    leftLayout->addLayout(noteRow);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(hint);

    m_tabs = new QTabWidget(this);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    auto* reasonsPage = new QWidget(m_tabs);
    m_reasonList = new QListWidget(reasonsPage);
    m_reasonList->setObjectName(QStringLiteral("screeningReasons"));
    m_reasonList->setFocusPolicy(Qt::NoFocus);
    auto* editTerms = new QPushButton(tr("Edit reasons and highlight terms…"), reasonsPage);
    editTerms->setObjectName(QStringLiteral("screeningEditTerms"));
    editTerms->setFocusPolicy(Qt::NoFocus);
    auto* reasonsLayout = new QVBoxLayout(reasonsPage);
    reasonsLayout->addWidget(m_reasonList, 1);
    reasonsLayout->addWidget(editTerms, 0, Qt::AlignLeft);
    m_tabs->addTab(reasonsPage, tr("Reasons"));
    m_conflicts = new ConflictsPanel(m_session, m_tabs);
    m_conflicts->setReviewerSource([this] { return ensureReviewer(); });
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    m_agreement = new AgreementPanel(m_session, m_tabs);
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_prisma = new PrismaPanel(m_session, m_tabs);
    m_tabs->addTab(m_prisma, tr("PRISMA"));

    m_ranking = new RankingPanel(m_session, *this, this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_ranking);
    rightLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    const QSettings settings;
    QString name = settings.value(reviewerSettingsKey()).toString();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", tr("Reviewer"));
    if (auto reviewers = m_session.project().reviewers().list()) {
        for (const auto& reviewer : *reviewers)
            m_reviewerBox->addItem(reviewer.name);
    }
    m_reviewerBox->setCurrentText(name);
    loadTerms();

    connect(m_reviewerBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        setReviewerName(m_reviewerBox->currentText());
        setFocus(Qt::OtherFocusReason);
    });
    connect(m_reviewerBox, &QComboBox::activated, this, [this] {
        setReviewerName(m_reviewerBox->currentText());
        setFocus(Qt::OtherFocusReason);
    });
    connect(m_stageBox, &QComboBox::activated, this, [this](int index) {
        setStage(index == 0 ? core::ScreeningStage::TitleAbstract : core::ScreeningStage::FullText);
        setFocus(Qt::OtherFocusReason);
    });
    connect(m_blind, &QCheckBox::toggled, this, [this](bool blind) { setBlind(blind); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        saveNote();
        setFocus(Qt::OtherFocusReason);
    });
    connect(editTerms, &QPushButton::clicked, this, &ScreeningView::editReasonsAndTerms);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshSummaries(); });
    connect(m_conflicts, &ConflictsPanel::openRequested, this, [this](core::ReferenceId id) {
        const auto found = std::find(m_candidates.begin(), m_candidates.end(), id);
        if (found != m_candidates.end()) {
            m_index = static_cast<int>(found - m_candidates.begin());
            showCurrent();
            setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_conflicts, &ConflictsPanel::resolved, this, [this] {
        // A resolution at title/abstract can add or remove full-text candidates.
        reload();
        emit decided();
    });
    connect(m_fullText, &FullTextPanel::attached, this, [this] { setFocus(Qt::OtherFocusReason); });

    loadReviewer();
    m_fullText->hide(); // title and abstract come first
    const QSignalBlocker blocker(m_blind);
    m_blind->setChecked(isBlind());
}

void ScreeningView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

bool ScreeningView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_note) {
            // Esc leaves the note as typed and hands the keys back to screening.
            if (key->key() == Qt::Key_Escape) {
                setFocus(Qt::OtherFocusReason);
                return true;
            }
            return false;
        }
        if (isDecisionKey(key) && handleKey(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString ScreeningView::reviewerName() const
{
    return m_reviewerBox->currentText().trimmed();
}

void ScreeningView::setReviewerName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return;
    if (m_reviewerBox->currentText() != name)
        m_reviewerBox->setCurrentText(name);
    QSettings().setValue(reviewerSettingsKey(), name.trimmed());
    loadReviewer();
    reload();
}

void ScreeningView::setStage(core::ScreeningStage stage)
{
    m_stage = stage;
    const bool fullText = stage == core::ScreeningStage::FullText;
    m_stageBox->setCurrentIndex(fullText ? 1 : 0);
    m_fullText->setVisible(fullText);
    if (fullText)
        m_reading->setSizes({160, 640}); // the article gets the room; the abstract stays in view above it
    m_conflicts->setStage(stage);
    m_agreement->setStage(stage);
    m_undo.clear();
    reload();
}

bool ScreeningView::isBlind() const
{
    auto blind = ScreeningService(m_session.project()).isBlind(m_stage);
    return blind && *blind;
}

void ScreeningView::setBlind(bool blind)
{
    auto stored = ScreeningService(m_session.project()).setBlind(m_stage, blind);
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    {
        const QSignalBlocker blocker(m_blind);
        m_blind->setChecked(blind);
    }
    m_status->setText(blind ? tr("Blind screening is on: other reviewers' votes are hidden at this stage.")
                            : tr("Blind screening is off: every reviewer's votes are shown."));
    showVotes(currentReference());
    m_conflicts->refresh();
    m_agreement->refresh();
}

void ScreeningView::loadReviewer()
{
    // The reviewer row is only written with the first decision, so browsing never adds names.
    m_reviewer = {};
    if (auto reviewers = m_session.project().reviewers().list()) {
        for (const auto& reviewer : *reviewers) {
            if (reviewer.name == reviewerName())
                m_reviewer = reviewer.id;
        }
    }
    m_fullText->setActor(reviewerName());
}

core::ReviewerId ScreeningView::ensureReviewer()
{
    if (m_reviewer.isValid())
        return m_reviewer;
    auto created = m_session.project().reviewers().findOrCreate(reviewerName());
    if (!created) {
        showError(created.error().message);
        return {};
    }
    m_reviewer = *created;
    QSettings().setValue(reviewerSettingsKey(), reviewerName());
    return m_reviewer;
}

void ScreeningView::loadTerms()
{
    ScreeningTerms terms(m_session.project());
    auto inclusion = terms.inclusionTerms();
    m_inclusionTerms = inclusion ? *inclusion : ScreeningTerms::defaultInclusionTerms();
    auto exclusion = terms.exclusionTerms();
    m_exclusionTerms = exclusion ? *exclusion : ScreeningTerms::defaultExclusionTerms();
    auto reasons = terms.reasons();
    const QStringList all = reasons ? *reasons : ScreeningTerms::defaultReasons();
    m_reasons = all.mid(0, 9);
    m_reasonList->clear();
    for (int i = 0; i < m_reasons.size(); ++i)
        m_reasonList->addItem(QStringLiteral("%1  %2").arg(i + 1).arg(m_reasons[i]));
    m_conflicts->setReasons(all);
}

void ScreeningView::setOrder(std::shared_ptr<const core::screening::ScreeningOrder> order)
{
    m_order = order ? std::move(order) : std::make_shared<core::screening::PlainOrder>();
    if (!m_loaded)
        return;
    m_index = -1; // a new order starts at its own first undecided reference
    reload();
}

void ScreeningView::reload()
{
    m_loaded = true;
    ScreeningService service(m_session.project());
    const core::ReferenceId current = currentReference();
    auto candidates = service.candidates(m_stage, *m_order);
    m_candidates = candidates ? std::move(*candidates) : std::vector<core::ReferenceId>{};
    if (!candidates)
        showError(candidates.error().message);
    m_decided.clear();
    if (m_reviewer.isValid()) {
        if (auto votes = m_session.project().screening().decisionsForStage(m_stage)) {
            const std::unordered_set<core::ReferenceId> candidateSet(m_candidates.begin(), m_candidates.end());
            for (const auto& vote : *votes) {
                if (vote.reviewer == m_reviewer && candidateSet.count(vote.reference))
                    m_decided.insert(vote.reference);
            }
        }
    }
    if (m_order->learnsFromDecisions()) // decided first, so the next key always lands on an undecided reference
        std::stable_partition(
            m_candidates.begin(), m_candidates.end(), [this](core::ReferenceId id) { return m_decided.count(id) > 0; });
    loadTerms();
    {
        const QSignalBlocker blocker(m_blind);
        m_blind->setChecked(isBlind());
    }

    // Stay on the same reference when it is still a candidate; otherwise start at the first undecided one.
    m_index = 0;
    const auto found = std::find(m_candidates.begin(), m_candidates.end(), current);
    // A learning order moves on from a decided reference (the reviewer may have changed since it was shown).
    const bool moveOn = m_order->learnsFromDecisions() && m_decided.count(current) > 0;
    if (current.isValid() && found != m_candidates.end() && !moveOn) {
        m_index = static_cast<int>(found - m_candidates.begin());
    } else {
        for (std::size_t i = 0; i < m_candidates.size(); ++i) {
            if (!m_decided.count(m_candidates[i])) {
                m_index = static_cast<int>(i);
                break;
            }
        }
    }
    m_pendingReason.clear();
    m_awaitingReason = false;
    showCurrent();
    refreshSummaries();
}

void ScreeningView::rearrange()
{
    if (!m_loaded)
        return;
    const core::ReferenceId current = currentReference();
    std::vector<core::ReferenceId> arranged = m_candidates;
    if (!m_order->arrange(m_session.project(), m_stage, arranged))
        return;
    // Decided references first, then the one on screen, then the rest in the new order: a new
    // ranking changes what comes next, never the reference being read.
    const auto undecided = std::stable_partition(
        arranged.begin(), arranged.end(), [this](core::ReferenceId id) { return m_decided.count(id) > 0; });
    const auto shown = std::find(undecided, arranged.end(), current);
    if (shown != arranged.end())
        std::rotate(undecided, shown, shown + 1);
    m_candidates = std::move(arranged);
    const auto found = std::find(m_candidates.begin(), m_candidates.end(), current);
    m_index = found == m_candidates.end() ? static_cast<int>(undecided - m_candidates.begin())
                                          : static_cast<int>(found - m_candidates.begin());
}

core::ReferenceId ScreeningView::currentReference() const
{
    if (m_index < 0 || m_index >= static_cast<int>(m_candidates.size()))
        return {};
    return m_candidates[static_cast<std::size_t>(m_index)];
}

QString ScreeningView::progressText() const
{
    const QLocale locale;
    return tr("%1 of %2").arg(locale.toString(decidedCount()), locale.toString(candidateCount()));
}

void ScreeningView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_text && m_progress && m_fullText)
        showCurrent();
}

QString ScreeningView::currentHtml() const
{
    return m_text->toHtml();
}

QString ScreeningView::votesText() const
{
    return m_votes->text();
}

QString ScreeningView::note() const
{
    return m_note->text();
}

void ScreeningView::setNote(const QString& note)
{
    m_note->setText(note);
}

QString ScreeningView::statusText() const
{
    return m_status->text();
}

void ScreeningView::showCurrent()
{
    m_progress->setText(progressText());
    const core::ReferenceId id = currentReference();
    if (m_ranking)
        m_ranking->showReference(id);
    if (m_stage == core::ScreeningStage::FullText) {
        // Hiding a focused PDF view would hand focus to the note field, where the next key would be typed.
        const bool pdfHadFocus = m_fullText->pdfView()->hasFocus();
        m_fullText->showReference(id);
        if (pdfHadFocus && !m_fullText->hasPdf())
            setFocus(Qt::OtherFocusReason);
    }
    if (!id.isValid()) {
        m_text->setHtml(m_stage == core::ScreeningStage::FullText
                            ? tr("<p>No reference has passed title and abstract screening yet.</p>")
                            : tr("<p>The project has no references to screen.</p>"));
        m_votes->clear();
        m_note->clear();
        return;
    }
    auto reference = m_session.project().references().get(id);
    if (!reference) {
        showError(reference.error().message);
        return;
    }
    QStringList authors;
    for (const auto& author : reference->authors.mid(0, 6))
        authors << author.shortName();
    if (reference->authors.size() > 6)
        authors << QStringLiteral("et al.");
    QString html = QStringLiteral("<p style=\"font-size:x-large; font-weight:bold\">%1</p>")
                       .arg(highlightTerms(reference->title, m_inclusionTerms, m_exclusionTerms, palette()));
    QString meta = authors.join(QStringLiteral(", ")).toHtmlEscaped();
    if (reference->year)
        meta += QStringLiteral(" (%1)").arg(*reference->year);
    if (!reference->journal.isEmpty())
        meta += QStringLiteral(" <i>%1</i>").arg(reference->journal.toHtmlEscaped());
    html += QStringLiteral("<p>%1 · #%2</p>").arg(meta).arg(id.value);
    for (const QString& paragraph : reference->abstract.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html +=
            QStringLiteral("<p>%1</p>").arg(highlightTerms(paragraph, m_inclusionTerms, m_exclusionTerms, palette()));
    if (!reference->keywords.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(highlightTerms(
                        reference->keywords.join(QStringLiteral("; ")), m_inclusionTerms, m_exclusionTerms, palette()));
    m_text->setHtml(html);
    m_note->setText(showVotes(id));
}

QString ScreeningView::showVotes(core::ReferenceId id)
{
    QString ownNote;
    if (!id.isValid()) {
        m_votes->clear();
        return ownNote;
    }
    ScreeningService service(m_session.project());
    auto votes = service.visibleDecisions(id, m_stage, m_reviewer);
    QStringList lines;
    if (votes) {
        for (const auto& vote : *votes) {
            auto reviewer = m_session.project().reviewers().get(vote.reviewer);
            lines << voteLine(reviewer ? reviewer->name : QString(), vote.verdict, vote.reason, vote.note);
            if (vote.reviewer == m_reviewer)
                ownNote = vote.note;
        }
    }
    if (isBlind())
        lines << tr("Blind screening: other reviewers' votes are hidden.");
    m_votes->setText(lines.isEmpty() ? tr("Not screened yet.") : lines.join(QLatin1Char('\n')));
    return ownNote;
}

void ScreeningView::showError(const QString& message)
{
    m_status->setText(message);
}

bool ScreeningView::decide(core::Verdict verdict)
{
    const core::ReferenceId id = currentReference();
    if (!id.isValid())
        return false;
    if (verdict == core::Verdict::Exclude && m_pendingReason.isEmpty()) {
        m_awaitingReason = true;
        m_status->setText(tr("Exclude: press 1–%1 for the reason.").arg(m_reasons.size()));
        return false;
    }
    if (!ensureReviewer().isValid())
        return false;
    core::ScreeningDecision decision;
    decision.reference = id;
    decision.reviewer = m_reviewer;
    decision.stage = m_stage;
    decision.verdict = verdict;
    if (verdict == core::Verdict::Exclude)
        decision.reason = m_pendingReason;
    decision.note = m_note->text().trimmed();
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    auto recorded = ScreeningService(m_session.project()).record(decision);
    if (!recorded) {
        showError(recorded.error().message);
        return false;
    }
    m_undo.push_back(Undo{id, m_stage, m_index});
    m_decided.insert(id);
    m_pendingReason.clear();
    m_awaitingReason = false;
    m_reasonList->clearSelection();
    m_status->setText(tr("Recorded on #%1 — %2")
                          .arg(id.value)
                          .arg(voteLine(reviewerName(), verdict, decision.reason, decision.note)));
    if (m_index + 1 < candidateCount())
        ++m_index;
    showCurrent();
    if (m_tabs->currentWidget() == m_agreement)
        m_agreement->refresh(); // one more shared reference can change every figure
    emit decided();
    return true;
}

void ScreeningView::saveNote()
{
    // Enter in the note field updates the reviewer's vote when there is one; otherwise the note waits for the key.
    const core::ReferenceId id = currentReference();
    if (!id.isValid() || !m_reviewer.isValid())
        return;
    auto votes = m_session.project().screening().decisions(id, m_stage);
    if (!votes) {
        showError(votes.error().message);
        return;
    }
    for (auto vote : *votes) {
        if (vote.reviewer != m_reviewer)
            continue;
        vote.note = m_note->text().trimmed();
        vote.decidedAt = QDateTime::currentDateTimeUtc();
        auto recorded = ScreeningService(m_session.project()).record(vote);
        if (!recorded) {
            showError(recorded.error().message);
            return;
        }
        m_status->setText(tr("Saved the note with your vote on #%1.").arg(id.value));
        showVotes(id);
        return;
    }
    m_status->setText(tr("The note will be saved with your decision."));
}

void ScreeningView::pickReason(int number)
{
    if (number < 1 || number > m_reasons.size())
        return;
    m_pendingReason = m_reasons[number - 1];
    m_reasonList->setCurrentRow(number - 1);
    if (m_awaitingReason) {
        decide(core::Verdict::Exclude);
        return;
    }
    m_status->setText(tr("Reason: %1 — press E to exclude.").arg(m_pendingReason));
}

void ScreeningView::undo()
{
    if (m_undo.empty()) {
        m_status->setText(tr("Nothing to undo."));
        return;
    }
    const Undo last = m_undo.back();
    m_undo.pop_back();
    auto withdrawn = ScreeningService(m_session.project()).withdraw(last.reference, m_reviewer, last.stage);
    if (!withdrawn) {
        showError(withdrawn.error().message);
        return;
    }
    m_decided.erase(last.reference);
    m_index = last.index;
    m_status->setText(tr("Took back the decision on #%1.").arg(last.reference.value));
    showCurrent();
    emit decided();
}

void ScreeningView::move(int step)
{
    const int next = std::clamp(m_index + step, 0, std::max(0, candidateCount() - 1));
    if (next == m_index)
        return;
    m_index = next;
    m_pendingReason.clear();
    m_awaitingReason = false;
    showCurrent();
}

void ScreeningView::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool ScreeningView::handleKey(QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        pickReason(key - Qt::Key_0);
        return true;
    }
    switch (key) {
    case Qt::Key_I:
        decide(core::Verdict::Include);
        return true;
    case Qt::Key_E:
        decide(core::Verdict::Exclude);
        return true;
    case Qt::Key_M:
        decide(core::Verdict::Maybe);
        return true;
    case Qt::Key_J:
    case Qt::Key_Down:
    case Qt::Key_Right:
        move(1);
        return true;
    case Qt::Key_K:
    case Qt::Key_Up:
    case Qt::Key_Left:
        move(-1);
        return true;
    case Qt::Key_U:
        undo();
        return true;
    case Qt::Key_Escape:
        m_pendingReason.clear();
        m_awaitingReason = false;
        m_reasonList->clearSelection();
        m_status->clear();
        return true;
    default:
        return false;
    }
}

void ScreeningView::refreshSummaries()
{
    // Both summaries walk the whole project, so they are only computed when on screen.
    if (m_tabs->currentWidget() == m_conflicts)
        m_conflicts->refresh();
    else if (m_tabs->currentWidget() == m_agreement)
        m_agreement->refresh();
    else if (m_tabs->currentWidget() == m_prisma)
        m_prisma->refresh();
}

void ScreeningView::editReasonsAndTerms()
{
    ScreeningTermsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
    setFocus(Qt::OtherFocusReason);
}

} // namespace stemma::ui
