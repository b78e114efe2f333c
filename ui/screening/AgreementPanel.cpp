// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/AgreementPanel.h"

#include "core/screening/ScreeningService.h"
#include "ui/ProjectSession.h"
#include "ui/screening/ScreeningText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stemma::ui {

using core::screening::Agreement;
using core::screening::AgreementReport;

namespace {

/** Landis and Koch's (1977) words for a kappa, the ones reviews usually report. */
QString strength(double kappa)
{
    if (kappa < 0.0)
        return QObject::tr("poor");
    if (kappa <= 0.20)
        return QObject::tr("slight");
    if (kappa <= 0.40)
        return QObject::tr("fair");
    if (kappa <= 0.60)
        return QObject::tr("moderate");
    if (kappa <= 0.80)
        return QObject::tr("substantial");
    return QObject::tr("almost perfect");
}

QStringList names(const std::vector<core::Reviewer>& reviewers)
{
    QStringList out;
    for (const auto& reviewer : reviewers)
        out << reviewer.name;
    return out;
}

QTableWidgetItem* countItem(int count, bool agreed = false)
{
    auto* cell = new QTableWidgetItem(QString::number(count));
    cell->setFlags(Qt::ItemIsEnabled);
    cell->setTextAlignment(Qt::AlignCenter);
    if (agreed) {
        QFont font = cell->font();
        font.setBold(true);
        cell->setFont(font);
    }
    return cell;
}

} // namespace

AgreementPanel::AgreementPanel(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("screeningAgreementMessage"));
    m_message->setWordWrap(true);
    m_reviewersRow = new QWidget(this);
    m_reviewers = new QComboBox(m_reviewersRow);
    m_reviewers->setObjectName(QStringLiteral("screeningAgreementReviewers"));
    m_reviewers->setToolTip(tr("All reviewers together (Fleiss' kappa) or one pair (Cohen's kappa and their table)."));
    auto* row = new QHBoxLayout(m_reviewersRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Between:"), m_reviewersRow));
    row->addWidget(m_reviewers, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("screeningAgreementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("screeningAgreementTable"));
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableNote = new QLabel(this);
    m_tableNote->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_reviewersRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_tableNote);
    layout->addStretch(1);

    connect(m_reviewers, &QComboBox::activated, this, [this] { refresh(); });
    m_reviewersRow->hide();
    m_table->hide();
}

void AgreementPanel::setStage(core::ScreeningStage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    m_reviewers->clear(); // the pairs differ between stages
}

QString AgreementPanel::summaryText() const
{
    return m_summary->text();
}

QString AgreementPanel::messageText() const
{
    return m_message->text();
}

void AgreementPanel::refresh()
{
    m_report.reset();
    m_summary->clear();
    m_tableNote->clear();
    m_table->hide();
    m_reviewersRow->hide();
    auto blind = core::screening::ScreeningService(m_session.project()).isBlind(m_stage);
    if (blind && *blind) {
        // Even a table of counts tells each reviewer how the others voted.
        m_message->setText(tr("Blind screening is on for this stage: agreement is shown once the stage is unblinded."));
        return;
    }
    auto all = Agreement::forStage(m_session.project(), m_stage);
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    fillReviewerChoices(all->reviewers);
    const QVariantList pair = m_reviewers->currentData().toList();
    if (pair.size() == 2 && all->reviewers.size() > 2) {
        auto chosen =
            Agreement::forStage(m_session.project(),
                                m_stage,
                                {core::ReviewerId(pair[0].toLongLong()), core::ReviewerId(pair[1].toLongLong())});
        if (!chosen) {
            m_message->setText(chosen.error().message);
            return;
        }
        showReport(*chosen);
        return;
    }
    showReport(*all);
}

void AgreementPanel::fillReviewerChoices(const std::vector<core::Reviewer>& voters)
{
    const QString current = m_reviewers->currentText();
    m_reviewers->clear();
    if (voters.size() > 2)
        m_reviewers->addItem(tr("All %1 reviewers (Fleiss' kappa)").arg(voters.size()));
    for (std::size_t a = 0; a < voters.size(); ++a)
        for (std::size_t b = a + 1; b < voters.size(); ++b)
            m_reviewers->addItem(tr("%1 and %2").arg(voters[a].name, voters[b].name),
                                 QVariantList{voters[a].id.value, voters[b].id.value});
    const int index = m_reviewers->findText(current);
    m_reviewers->setCurrentIndex(index >= 0 ? index : 0);
    m_reviewersRow->setVisible(voters.size() > 2);
}

void AgreementPanel::showReport(const AgreementReport& report)
{
    m_report = report;
    if (report.method.isEmpty()) {
        m_message->setText(report.reviewers.empty()
                               ? tr("No votes at this stage yet. Agreement needs votes from at least two reviewers.")
                               : tr("Only %1 has voted at this stage. Agreement needs votes from at least two "
                                    "reviewers.")
                                     .arg(names(report.reviewers).join(QStringLiteral(", "))));
        return;
    }
    const auto& s = report.statistic;
    const bool cohen = report.method == QLatin1String("cohen");
    QStringList who = names(report.reviewers);
    const QString last = who.takeLast();
    m_message->setText((who.size() == 1 ? tr("Over the references that %1 and %2 both screened at this stage.")
                                        : tr("Over the references that %1 and %2 all screened at this stage."))
                           .arg(who.join(QStringLiteral(", ")), last));
    QStringList lines;
    lines << (report.reviewers.size() == 2 ? tr("References screened by both: %1")
                                           : tr("References screened by all: %1"))
                 .arg(s.subjects);
    if (s.subjects == 0) {
        lines << tr("No reference has a vote from each of them yet, so there is nothing to compare.");
        m_summary->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    lines << tr("Percent agreement: %1%").arg(s.percentAgreement * 100.0, 0, 'f', 1);
    const QString kappaName = cohen ? tr("Cohen's kappa") : tr("Fleiss' kappa");
    if (s.kappa)
        lines << tr("%1: %2 (%3 agreement; expected by chance %4%)")
                     .arg(kappaName)
                     .arg(*s.kappa, 0, 'f', 3)
                     .arg(strength(*s.kappa))
                     .arg(s.expectedAgreement * 100.0, 0, 'f', 1);
    else
        lines
            << tr("%1: not defined, every vote fell in one category (chance agreement is already 100%)").arg(kappaName);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    if (!cohen || report.table.empty()) {
        m_tableNote->setText(tr("Pick two reviewers above to see the table of their votes."));
        return;
    }
    // Rows: the first reviewer's verdicts; columns: the second's; the diagonal is where they agree.
    const auto& categories = Agreement::categories();
    const int k = static_cast<int>(categories.size());
    const QString first = report.reviewers[0].name;
    const QString second = report.reviewers[1].name;
    m_table->clear();
    m_table->setRowCount(k + 1);
    m_table->setColumnCount(k + 1);
    QStringList columns, rows;
    for (auto verdict : categories) {
        columns << tr("%1:\n%2").arg(second, verdictLabel(verdict)); // two lines: names do not crowd out the counts
        rows << tr("%1: %2").arg(first, verdictLabel(verdict));
    }
    columns << tr("Total");
    rows << tr("Total");
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
    std::vector<int> columnTotals(static_cast<std::size_t>(k), 0);
    for (int r = 0; r < k; ++r) {
        int rowTotal = 0;
        for (int c = 0; c < k; ++c) {
            const int count = report.table[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            m_table->setItem(r, c, countItem(count, r == c));
            rowTotal += count;
            columnTotals[static_cast<std::size_t>(c)] += count;
        }
        m_table->setItem(r, k, countItem(rowTotal));
    }
    for (int c = 0; c < k; ++c)
        m_table->setItem(k, c, countItem(columnTotals[static_cast<std::size_t>(c)]));
    m_table->setItem(k, k, countItem(s.subjects));
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->length() +
                            2 * m_table->frameWidth() + 2);
    m_table->show();
    m_tableNote->setText(tr("Rows: %1's votes; columns: %2's. Bold: both voted the same.").arg(first, second));
}

} // namespace stemma::ui
