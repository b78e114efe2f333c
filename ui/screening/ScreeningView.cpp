// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ScreeningView.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/SettingsRepository.h"
#include "core/screening/PrismaCounts.h"
#include "core/screening/ScreeningService.h"
#include "ui/ProjectSession.h"
#include "ui/render/PrismaDiagram.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace stemma::ui {
namespace {

const QString INCLUDE_KEY = QStringLiteral("screening.highlight.include");
const QString EXCLUDE_KEY = QStringLiteral("screening.highlight.exclude");
const QString INCLUDE_COLOUR = QStringLiteral("#c8f0c8");
const QString EXCLUDE_COLOUR = QStringLiteral("#f8c8c8");

QStringList defaultReasons()
{
    return {QStringLiteral("Wrong population"),
            QStringLiteral("Wrong intervention"),
            QStringLiteral("Wrong comparator"),
            QStringLiteral("Wrong outcome"),
            QStringLiteral("Wrong study design"),
            QStringLiteral("Review or editorial"),
            QStringLiteral("Animal or in vitro"),
            QStringLiteral("Duplicate"),
            core::screening::ScreeningService::notRetrievableReason()};
}

QStringList splitTerms(const QString& text)
{
    QStringList terms;
    for (const QString& term : text.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
        if (!term.trimmed().isEmpty())
            terms << term.trimmed();
    }
    return terms;
}

QString verdictLabel(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Include:
        return QObject::tr("include");
    case core::Verdict::Exclude:
        return QObject::tr("exclude");
    case core::Verdict::Maybe:
        return QObject::tr("maybe");
    }
    return {};
}

} // namespace

QString ScreeningView::reviewerSettingsKey()
{
    return QStringLiteral("screening/reviewer");
}

QStringList ScreeningView::defaultInclusionTerms()
{
    return {QStringLiteral("mesenchymal"),
            QStringLiteral("MSC"),
            QStringLiteral("MSCs"),
            QStringLiteral("stromal"),
            QStringLiteral("stem cell"),
            QStringLiteral("stem cells"),
            QStringLiteral("HSCT"),
            QStringLiteral("haematopoietic"),
            QStringLiteral("hematopoietic"),
            QStringLiteral("transplantation"),
            QStringLiteral("systemic sclerosis"),
            QStringLiteral("scleroderma"),
            QStringLiteral("SSc")};
}

QStringList ScreeningView::defaultExclusionTerms()
{
    return {QStringLiteral("mice"),
            QStringLiteral("mouse"),
            QStringLiteral("murine"),
            QStringLiteral("rat"),
            QStringLiteral("rats"),
            QStringLiteral("animal"),
            QStringLiteral("in vitro"),
            QStringLiteral("review"),
            QStringLiteral("case report"),
            QStringLiteral("editorial"),
            QStringLiteral("lupus"),
            QStringLiteral("rheumatoid arthritis")};
}

ScreeningView::ScreeningView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
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

    m_votes = new QLabel(this);
    m_votes->setObjectName(QStringLiteral("screeningVotes"));
    m_votes->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("screeningStatus"));
    m_status->setWordWrap(true);
    auto* hint = new QLabel(tr("I include · E exclude · M maybe · 1–9 reason · J/K or arrows move · U undo"), this);
    hint->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addWidget(m_votes);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(hint);

    m_tabs = new QTabWidget(this);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_reasonList = new QListWidget(m_tabs);
    m_reasonList->setObjectName(QStringLiteral("screeningReasons"));
    m_reasonList->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(m_reasonList, tr("Reasons"));
    m_conflicts = new QListWidget(m_tabs);
    m_conflicts->setObjectName(QStringLiteral("screeningConflicts"));
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    auto* scroll = new QScrollArea(m_tabs);
    m_prisma = new QLabel(scroll);
    m_prisma->setObjectName(QStringLiteral("screeningPrisma"));
    scroll->setWidget(m_prisma);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("PRISMA"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
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

    auto& settingsRepository = m_session.project().settings();
    auto inclusion = settingsRepository.get(INCLUDE_KEY);
    m_inclusionTerms = inclusion && *inclusion ? splitTerms(**inclusion) : defaultInclusionTerms();
    auto exclusion = settingsRepository.get(EXCLUDE_KEY);
    m_exclusionTerms = exclusion && *exclusion ? splitTerms(**exclusion) : defaultExclusionTerms();

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
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshSummaries(); });
    connect(m_conflicts, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const core::ReferenceId id(item->data(Qt::UserRole).toLongLong());
        const auto found = std::find(m_candidates.begin(), m_candidates.end(), id);
        if (found != m_candidates.end()) {
            m_index = static_cast<int>(found - m_candidates.begin());
            showCurrent();
            setFocus(Qt::OtherFocusReason);
        }
    });

    loadReviewer();
}

void ScreeningView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
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
    m_stageBox->setCurrentIndex(stage == core::ScreeningStage::TitleAbstract ? 0 : 1);
    m_undo.clear();
    reload();
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
}

void ScreeningView::reload()
{
    m_loaded = true;
    core::screening::ScreeningService service(m_session.project());
    const core::ReferenceId current = currentReference();
    auto candidates = service.candidates(m_stage);
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
    auto reasons = m_session.project().screening().exclusionReasons();
    m_reasons = reasons && !reasons->isEmpty() ? *reasons : defaultReasons();
    m_reasons = m_reasons.mid(0, 9);
    m_reasonList->clear();
    for (int i = 0; i < m_reasons.size(); ++i)
        m_reasonList->addItem(QStringLiteral("%1  %2").arg(i + 1).arg(m_reasons[i]));

    // Stay on the same reference when it is still a candidate; otherwise start at the first undecided one.
    m_index = 0;
    const auto found = std::find(m_candidates.begin(), m_candidates.end(), current);
    if (current.isValid() && found != m_candidates.end()) {
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

QString ScreeningView::currentHtml() const
{
    return m_text->toHtml();
}

QString ScreeningView::highlight(const QString& text) const
{
    QStringList all = m_inclusionTerms + m_exclusionTerms;
    std::sort(all.begin(), all.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList patterns;
    for (const QString& term : all)
        patterns << QRegularExpression::escape(term);
    if (patterns.isEmpty())
        return text.toHtmlEscaped();
    const QRegularExpression pattern(QStringLiteral("\\b(") + patterns.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype last = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        html += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString word = match.captured();
        const bool excluding = m_exclusionTerms.contains(word, Qt::CaseInsensitive);
        html += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                    .arg(excluding ? EXCLUDE_COLOUR : INCLUDE_COLOUR, word.toHtmlEscaped());
        last = match.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();
    return html;
}

void ScreeningView::showCurrent()
{
    m_progress->setText(progressText());
    const core::ReferenceId id = currentReference();
    if (!id.isValid()) {
        m_text->setHtml(m_stage == core::ScreeningStage::FullText
                            ? tr("<p>No reference has passed title and abstract screening yet.</p>")
                            : tr("<p>The project has no references to screen.</p>"));
        m_votes->clear();
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
    QString html =
        QStringLiteral("<p style=\"font-size:x-large; font-weight:bold\">%1</p>").arg(highlight(reference->title));
    QString meta = authors.join(QStringLiteral(", ")).toHtmlEscaped();
    if (reference->year)
        meta += QStringLiteral(" (%1)").arg(*reference->year);
    if (!reference->journal.isEmpty())
        meta += QStringLiteral(" <i>%1</i>").arg(reference->journal.toHtmlEscaped());
    html += QStringLiteral("<p>%1 · #%2</p>").arg(meta).arg(id.value);
    for (const QString& paragraph : reference->abstract.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(highlight(paragraph));
    if (!reference->keywords.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(highlight(reference->keywords.join(QStringLiteral("; "))));
    m_text->setHtml(html);

    core::screening::ScreeningService service(m_session.project());
    auto votes = service.visibleDecisions(id, m_stage, m_reviewer);
    QStringList lines;
    if (votes) {
        for (const auto& vote : *votes) {
            auto reviewer = m_session.project().reviewers().get(vote.reviewer);
            QString line = (reviewer ? reviewer->name : QString()) + QStringLiteral(": ") + verdictLabel(vote.verdict);
            if (!vote.reason.isEmpty())
                line += QStringLiteral(" (") + vote.reason + QLatin1Char(')');
            lines << line;
        }
    }
    auto blind = service.isBlind(m_stage);
    if (blind && *blind)
        lines << tr("Blind screening: other reviewers' votes are hidden.");
    m_votes->setText(lines.isEmpty() ? tr("Not screened yet.") : lines.join(QLatin1Char('\n')));
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
    if (!m_reviewer.isValid()) {
        auto created = m_session.project().reviewers().findOrCreate(reviewerName());
        if (!created) {
            showError(created.error().message);
            return false;
        }
        m_reviewer = *created;
        QSettings().setValue(reviewerSettingsKey(), reviewerName());
    }
    core::ScreeningDecision decision;
    decision.reference = id;
    decision.reviewer = m_reviewer;
    decision.stage = m_stage;
    decision.verdict = verdict;
    if (verdict == core::Verdict::Exclude)
        decision.reason = m_pendingReason;
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    core::screening::ScreeningService service(m_session.project());
    auto recorded = service.record(decision);
    if (!recorded) {
        showError(recorded.error().message);
        return false;
    }
    m_undo.push_back(Undo{id, m_stage, m_index});
    m_decided.insert(id);
    m_pendingReason.clear();
    m_awaitingReason = false;
    m_reasonList->clearSelection();
    m_status->setText(
        tr("#%1: %2").arg(id.value).arg(verdictLabel(verdict)) +
        (decision.reason.isEmpty() ? QString() : QStringLiteral(" (") + decision.reason + QLatin1Char(')')));
    if (m_index + 1 < candidateCount())
        ++m_index;
    showCurrent();
    emit decided();
    return true;
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
    core::screening::ScreeningService service(m_session.project());
    auto withdrawn = service.withdraw(last.reference, m_reviewer, last.stage);
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
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        pickReason(key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_I:
        decide(core::Verdict::Include);
        return;
    case Qt::Key_E:
        decide(core::Verdict::Exclude);
        return;
    case Qt::Key_M:
        decide(core::Verdict::Maybe);
        return;
    case Qt::Key_J:
    case Qt::Key_Down:
    case Qt::Key_Right:
        move(1);
        return;
    case Qt::Key_K:
    case Qt::Key_Up:
    case Qt::Key_Left:
        move(-1);
        return;
    case Qt::Key_U:
        undo();
        return;
    case Qt::Key_Escape:
        m_pendingReason.clear();
        m_awaitingReason = false;
        m_reasonList->clearSelection();
        m_status->clear();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ScreeningView::refreshSummaries()
{
    // Both summaries walk the whole project, so they are only computed when on screen.
    if (m_tabs->currentWidget() == m_conflicts) {
        m_conflicts->clear();
        core::screening::ScreeningService service(m_session.project());
        auto conflicts = service.conflicts(m_stage);
        if (!conflicts)
            return;
        for (const auto& conflict : *conflicts) {
            QStringList votes;
            for (const auto& vote : conflict.decisions) {
                auto reviewer = m_session.project().reviewers().get(vote.reviewer);
                votes << (reviewer ? reviewer->name : QString()) + QStringLiteral(": ") + verdictLabel(vote.verdict);
            }
            auto reference = m_session.project().references().get(conflict.reference);
            auto* item = new QListWidgetItem(
                QStringLiteral("#%1 %2 — %3")
                    .arg(conflict.reference.value)
                    .arg(reference ? reference->title.left(80) : QString(), votes.join(QStringLiteral(", "))),
                m_conflicts);
            item->setData(Qt::UserRole, conflict.reference.value);
        }
    } else if (m_tabs->currentIndex() == 2) {
        auto counts = core::screening::PrismaCounts::compute(m_session.project());
        if (!counts)
            return;
        const render::PrismaDiagram diagram(*counts);
        const qreal scale = devicePixelRatioF() * 1.4;
        QImage image((diagram.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(devicePixelRatioF());
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(1.4, 1.4);
        diagram.paint(painter);
        painter.end();
        m_prisma->setPixmap(QPixmap::fromImage(image));
    }
}

} // namespace stemma::ui
