// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareFilters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>

namespace stemma::ui {

using namespace core::compare;

namespace {

/** The designs a reviewer filters by, strongest evidence first. */
const std::vector<core::StudyDesign>& filterableDesigns()
{
    static const std::vector<core::StudyDesign> designs{core::StudyDesign::Rct,
                                                        core::StudyDesign::NonRandomisedTrial,
                                                        core::StudyDesign::Cohort,
                                                        core::StudyDesign::CaseSeries,
                                                        core::StudyDesign::CaseReport,
                                                        core::StudyDesign::ConferenceAbstract,
                                                        core::StudyDesign::GreyLiterature,
                                                        core::StudyDesign::Unknown};
    return designs;
}

QSpinBox* monthsSpin(QWidget* parent, const QString& objectName, const QString& none)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 600);
    spin->setSpecialValueText(none);
    spin->setSuffix(QObject::tr(" mo"));
    return spin;
}

} // namespace

CompareFilters::CompareFilters(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareFilters"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("compareOutcome"));
    // Long outcome names must not widen the whole window's minimum size.
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(24);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("compareGrouping"));
    m_grouping->addItem(tr("Intervention family"), static_cast<int>(Grouping::Family));
    m_grouping->addItem(tr("MSC source"), static_cast<int>(Grouping::MscSource));
    m_grouping->addItem(tr("Donor"), static_cast<int>(Grouping::Donor));
    m_grouping->addItem(tr("HSCT conditioning"), static_cast<int>(Grouping::Conditioning));
    m_grouping->addItem(tr("Study design"), static_cast<int>(Grouping::Design));
    m_grouping->setToolTip(tr("Rows per intervention family, or per family split by this."));

    m_timepoint = monthsSpin(this, QStringLiteral("compareTimepoint"), tr("Latest"));
    m_timepoint->setToolTip(tr("The timepoint of the results; Latest takes each arm's last follow-up."));
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("compareWindow"));
    m_window->setRange(0, 60);
    m_window->setValue(3);
    m_window->setPrefix(QStringLiteral("\u00b1 "));
    m_window->setSuffix(tr(" mo"));
    m_window->setToolTip(tr("Results this many months either side of the timepoint count; the closest is taken."));
    m_window->setEnabled(false);

    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("compareExport"));
    m_export->setToolTip(tr("Save the tables and plot as PDF, XLSX, ODT, CSV, Markdown, HTML or LaTeX, or the "
                            "plot alone as SVG or PNG."));

    m_disease = new QLineEdit(this);
    m_disease->setObjectName(QStringLiteral("compareDisease"));
    m_disease->setPlaceholderText(tr("any, e.g. diffuse"));
    m_disease->setClearButtonEnabled(true);
    m_disease->setToolTip(tr("Keep studies whose disease or subtype contains this text."));

    m_designs = new QPushButton(this);
    m_designs->setObjectName(QStringLiteral("compareDesigns"));
    m_designMenu = new QMenu(m_designs);
    for (core::StudyDesign design : filterableDesigns()) {
        QAction* action = m_designMenu->addAction(core::displayName(design));
        action->setCheckable(true);
        action->setData(static_cast<int>(design));
        connect(action, &QAction::toggled, this, [this] {
            updateDesignText();
            emit changed();
        });
    }
    m_designs->setMenu(m_designMenu);
    m_designs->setToolTip(tr("Keep only the ticked designs; none ticked keeps every design."));

    m_minFollowUp = monthsSpin(this, QStringLiteral("compareMinFollowUp"), tr("any"));
    m_maxFollowUp = monthsSpin(this, QStringLiteral("compareMaxFollowUp"), tr("any"));
    m_minFollowUp->setToolTip(tr("Keep studies followed up at least this long."));
    m_maxFollowUp->setToolTip(tr("Keep studies followed up at most this long."));

    m_included = new QCheckBox(tr("Included only"), this);
    m_included->setObjectName(QStringLiteral("compareIncluded"));
    m_included->setToolTip(tr("Only studies with a reference included at screening."));

    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Outcome:"), this));
    choices->addWidget(m_outcome, 1);
    choices->addSpacing(8);
    choices->addWidget(new QLabel(tr("Rows:"), this));
    choices->addWidget(m_grouping);
    choices->addSpacing(8);
    choices->addWidget(new QLabel(tr("Timepoint:"), this));
    choices->addWidget(m_timepoint);
    choices->addWidget(m_window);
    choices->addSpacing(8);
    choices->addWidget(m_export);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Disease/subtype:"), this));
    filters->addWidget(m_disease, 1);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Design:"), this));
    filters->addWidget(m_designs);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Follow-up from"), this));
    filters->addWidget(m_minFollowUp);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_maxFollowUp);
    filters->addSpacing(8);
    filters->addWidget(m_included);
    filters->addStretch(0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addLayout(filters);
    updateDesignText();

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CompareFilters::changed);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &CompareFilters::changed);
    connect(m_timepoint, &QSpinBox::valueChanged, this, [this](int months) {
        m_window->setEnabled(months > 0);
        emit changed();
    });
    connect(m_window, &QSpinBox::valueChanged, this, &CompareFilters::changed);
    connect(m_disease, &QLineEdit::editingFinished, this, [this] {
        // editingFinished also fires on focus loss; only a changed text needs a new table.
        if (m_disease->isModified()) {
            m_disease->setModified(false);
            emit changed();
        }
    });
    connect(m_disease, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) // the clear button
            emit changed();
    });
    connect(m_minFollowUp, &QSpinBox::valueChanged, this, &CompareFilters::changed);
    connect(m_maxFollowUp, &QSpinBox::valueChanged, this, &CompareFilters::changed);
    connect(m_included, &QCheckBox::toggled, this, &CompareFilters::changed);
    connect(m_export, &QPushButton::clicked, this, &CompareFilters::exportRequested);
}

void CompareFilters::setOutcomes(const std::vector<core::OutcomeMeasure>& measures)
{
    const QString current = m_outcome->currentData().toString();
    const QSignalBlocker blocker(m_outcome);
    m_outcome->clear();
    for (const auto& m : measures)
        m_outcome->addItem(QStringLiteral("%1 — %2").arg(m.code, m.name), m.code);
    int index = m_outcome->findData(current.isEmpty() ? QStringLiteral("mRSS") : current);
    m_outcome->setCurrentIndex(std::max(index, 0));
}

CompareOptions CompareFilters::options() const
{
    CompareOptions options;
    options.outcomeCode = m_outcome->currentData().toString();
    options.grouping = static_cast<Grouping>(m_grouping->currentData().toInt());
    if (m_timepoint->value() > 0) {
        options.timepointMonths = m_timepoint->value();
        options.timepointWindow = m_window->value();
    }
    options.disease = m_disease->text().trimmed();
    for (const QAction* action : m_designMenu->actions())
        if (action->isChecked())
            options.designs.push_back(static_cast<core::StudyDesign>(action->data().toInt()));
    if (m_minFollowUp->value() > 0)
        options.minFollowUpMonths = m_minFollowUp->value();
    if (m_maxFollowUp->value() > 0)
        options.maxFollowUpMonths = m_maxFollowUp->value();
    options.onlyIncluded = m_included->isChecked();
    return options;
}

void CompareFilters::updateDesignText()
{
    QStringList ticked;
    for (const QAction* action : m_designMenu->actions())
        if (action->isChecked())
            ticked << action->text();
    if (ticked.isEmpty())
        m_designs->setText(tr("All designs"));
    else if (ticked.size() == 1)
        m_designs->setText(ticked.front());
    else
        m_designs->setText(tr("%n designs", nullptr, static_cast<int>(ticked.size())));
}

} // namespace stemma::ui
