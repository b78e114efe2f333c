// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/RankingPanel.h"

#include "core/ReviewProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/screening/ranking/BackgroundRanker.h"
#include "core/screening/ranking/ScreeningCorpus.h"
#include "ui/ProjectSession.h"
#include "ui/screening/RecallCurveWidget.h"
#include "ui/screening/ScreeningView.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace stemma::ui {

using namespace core::screening::ranking;

RankingPanel::RankingPanel(ProjectSession& session, ScreeningView& view, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(view)
    , m_order(std::make_shared<RankedOrder>())
{
    setObjectName(QStringLiteral("rankingPanel"));
    m_switch = new QCheckBox(tr("Most likely relevant first"), this);
    m_switch->setObjectName(QStringLiteral("rankingSwitch"));
    m_switch->setFocusPolicy(Qt::NoFocus);
    m_switch->setToolTip(tr("Order the records by a model that learns from every decision at this stage "
                            "(TF-IDF of title, abstract and keywords; logistic regression). It needs one "
                            "include and one exclude to start."));
    m_relevance = new QLabel(this);
    m_relevance->setObjectName(QStringLiteral("rankingRelevance"));
    QFont bold = m_relevance->font();
    bold.setBold(true);
    m_relevance->setFont(bold);
    m_model = new QLabel(this);
    m_model->setObjectName(QStringLiteral("rankingModel"));
    m_curve = new RecallCurveWidget(this);
    m_sinceInclude = new QLabel(this);
    m_sinceInclude->setObjectName(QStringLiteral("rankingSinceInclude"));
    m_stopping = new QLabel(this);
    m_stopping->setObjectName(QStringLiteral("rankingStopping"));
    m_stopping->setWordWrap(true);
    m_sample = new QPushButton(tr("Start random sample"), this);
    m_sample->setObjectName(QStringLiteral("rankingStartSample"));
    m_sample->setFocusPolicy(Qt::NoFocus);
    m_sample->setToolTip(tr("Screen the remaining records in random order from now on, so the stopping test "
                            "can state how many relevant records have been found."));
    m_stop = new QPushButton(tr("Stop by criterion"), this);
    m_stop->setObjectName(QStringLiteral("rankingStop"));
    m_stop->setFocusPolicy(Qt::NoFocus);
    m_stop->setToolTip(tr("Record that the team stops here: PRISMA counts the unscreened records as marked "
                          "ineligible by automation tools."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sample);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_switch);
    layout->addWidget(m_relevance);
    layout->addWidget(m_model);
    layout->addWidget(m_curve);
    layout->addWidget(m_sinceInclude);
    layout->addWidget(m_stopping);
    layout->addLayout(buttons);

    connect(m_switch, &QCheckBox::toggled, this, [this](bool on) { setRankingOn(on); });
    connect(m_sample, &QPushButton::clicked, this, &RankingPanel::startSample);
    connect(m_stop, &QPushButton::clicked, this, &RankingPanel::stopByCriterion);
    // After the keypress has shown the next record: gather the labels and hand them to the trainer.
    connect(&m_view, &ScreeningView::decided, this, [this] {
        if (!m_trainingQueued) {
            m_trainingQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_trainingQueued = false;
                requestTraining();
                refreshProgress();
            });
        }
    });
    m_relevance->setText(tr("Plain order"));
}

RankingPanel::~RankingPanel() = default;

core::ReviewerId RankingPanel::reviewer()
{
    const QString name = m_view.reviewerName().trimmed();
    if (auto reviewers = m_session.project().reviewers().list()) {
        for (const auto& reviewer : *reviewers) {
            if (reviewer.name == name)
                return reviewer.id;
        }
    }
    return {};
}

void RankingPanel::syncWithView()
{
    if (m_checkedStage && m_stage == m_view.stage())
        return;
    m_checkedStage = true;
    m_stage = m_view.stage();
    m_ranker.reset();
    m_corpus.reset();
    m_order->setScores(nullptr);
    auto on = PrioritisedScreening(m_session.project()).isOn(m_stage);
    const QSignalBlocker blocker(m_switch);
    m_switch->setChecked(on && *on);
    if (on && *on)
        QTimer::singleShot(0, this, [this] { setRankingOn(true); });
    else
        refreshProgress();
}

void RankingPanel::setRankingOn(bool on)
{
    m_stage = m_view.stage();
    m_checkedStage = true;
    {
        const QSignalBlocker blocker(m_switch);
        m_switch->setChecked(on);
    }
    if (auto saved = PrioritisedScreening(m_session.project()).setOn(m_stage, on); !saved)
        m_stopping->setText(saved.error().message);
    if (!on) {
        m_ranker.reset();
        m_corpus.reset();
        m_order->setScores(nullptr);
        m_view.setOrder(nullptr);
        m_relevance->setText(tr("Plain order"));
        m_model->clear();
        refreshProgress();
        return;
    }
    if (!m_ranker) {
        auto corpus = ScreeningCorpus::load(m_session.project(), m_stage);
        if (!corpus) {
            m_stopping->setText(corpus.error().message);
            return;
        }
        m_corpus = *corpus;
        QPointer<RankingPanel> self(this);
        m_ranker = std::make_unique<BackgroundRanker>(m_corpus, [self](std::shared_ptr<const RelevanceScores> scores) {
            // On the training thread: hand the ranking to the screen's thread.
            QMetaObject::invokeMethod(
                self.data(),
                [self, scores] {
                    if (self)
                        self->applyScores(scores);
                },
                Qt::QueuedConnection);
        });
    }
    m_view.setOrder(m_order);
    requestTraining();
    refreshProgress();
}

void RankingPanel::requestTraining()
{
    if (!m_ranker || !m_corpus)
        return;
    auto labels = m_corpus->labels(m_session.project(), m_stage, reviewer());
    if (!labels)
        return;
    if (!labels->canTrain()) {
        m_model->setText(tr("The ranking starts after one include and one exclude."));
        return;
    }
    m_ranker->request(std::move(*labels));
}

void RankingPanel::applyScores(std::shared_ptr<const RelevanceScores> scores)
{
    if (!m_ranker || !scores)
        return;
    m_order->setScores(scores);
    m_view.rearrange();
    const QLocale locale;
    m_model->setText(tr("Model trained on %1 decisions (%2 includes)")
                         .arg(locale.toString(scores->trainedOn), locale.toString(scores->includesTrainedOn)));
    showReference(m_view.currentReference());
}

void RankingPanel::waitForModel()
{
    if (m_trainingQueued) {
        m_trainingQueued = false;
        requestTraining();
        refreshProgress();
    }
    if (m_ranker)
        m_ranker->waitUntilIdle();
    QCoreApplication::sendPostedEvents(this);
}

int RankingPanel::modelsTrained() const
{
    return m_ranker ? m_ranker->trainedCount() : 0;
}

void RankingPanel::showReference(core::ReferenceId id)
{
    syncWithView();
    const auto scores = m_order->scores();
    if (!m_ranker) {
        m_relevance->setText(tr("Plain order"));
        return;
    }
    if (!scores) {
        m_relevance->setText(tr("Relevance: not ranked yet"));
        return;
    }
    const double relevance = scores->relevanceOf(id);
    m_relevance->setText(relevance < 0 ? tr("Relevance: —")
                                       : tr("Relevance of this record: %1%").arg(qRound(relevance * 100)));
}

void RankingPanel::refreshProgress()
{
    PrioritisedScreening prioritised(m_session.project());
    auto progress = m_corpus ? prioritised.progress(m_stage, reviewer(), m_corpus->references())
                             : prioritised.progress(m_stage, reviewer());
    if (!progress) {
        m_stopping->setText(progress.error().message);
        return;
    }
    m_progress = std::move(*progress);
    m_curve->setCurve(m_progress.foundAfter, m_progress.candidates);
    m_sinceInclude->setText(tr("Screened since the last include: %1").arg(m_progress.sinceLastInclude));
    using Phase = StoppingProgress::Phase;
    QString text;
    if (m_progress.phase == Phase::Stopped)
        text = tr("Stopped by the criterion: the %1 unscreened records count as excluded by automation. ")
                   .arg(m_progress.candidates - m_progress.screened);
    text += m_progress.summary();
    m_stopping->setText(text);
    m_sample->setEnabled(m_progress.phase == Phase::Ranking);
    m_stop->setEnabled(m_progress.phase == Phase::Sampling && m_progress.estimate.targetReached);
}

void RankingPanel::startSample()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto started = PrioritisedScreening(m_session.project())
                           .startSampling(m_stage, now, static_cast<std::uint64_t>(now.toMSecsSinceEpoch()));
        !started) {
        m_stopping->setText(started.error().message);
        return;
    }
    if (m_ranker)
        m_view.setOrder(m_order); // the sample's random order starts at once
    refreshProgress();
}

void RankingPanel::stopByCriterion()
{
    if (auto stopped =
            PrioritisedScreening(m_session.project()).stopByCriterion(m_stage, QDateTime::currentDateTimeUtc());
        !stopped) {
        m_stopping->setText(stopped.error().message);
        return;
    }
    refreshProgress();
    // The records left unscreened now count as excluded by automation: every screening view re-reads.
    core::edit::Change stopped;
    stopped.text = tr("Stop screening by the criterion");
    stopped.entities << core::edit::touched(core::edit::EntityKind::Screening, 0, core::edit::Operation::Updated);
    m_session.notifyChanged(stopped);
}

QString RankingPanel::relevanceText() const
{
    return m_relevance->text();
}

QString RankingPanel::stoppingText() const
{
    return m_stopping->text();
}

QString RankingPanel::sinceLastIncludeText() const
{
    return m_sinceInclude->text();
}

} // namespace stemma::ui
