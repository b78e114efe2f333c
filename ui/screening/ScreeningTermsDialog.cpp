// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ScreeningTermsDialog.h"

#include "core/ReviewProject.h"
#include "core/screening/ScreeningTerms.h"
#include "ui/ProjectSession.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stemma::ui {

using core::Result;

ScreeningTermsDialog::ScreeningTermsDialog(ProjectSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Exclusion reasons and highlight terms"));

    auto* reasonsBox = new QGroupBox(tr("Exclusion reasons (the first nine get the keys 1–9)"), this);
    m_reasons = new QListWidget(reasonsBox);
    m_reasons->setObjectName(QStringLiteral("termsReasons"));
    auto* add = new QPushButton(tr("Add"), reasonsBox);
    auto* remove = new QPushButton(tr("Remove"), reasonsBox);
    auto* up = new QPushButton(tr("Move up"), reasonsBox);
    auto* down = new QPushButton(tr("Move down"), reasonsBox);
    auto* reasonButtons = new QVBoxLayout;
    for (QPushButton* button : {add, remove, up, down})
        reasonButtons->addWidget(button);
    reasonButtons->addStretch(1);
    auto* reasonsLayout = new QHBoxLayout(reasonsBox);
    reasonsLayout->addWidget(m_reasons, 1);
    reasonsLayout->addLayout(reasonButtons);

    auto* termsBox = new QGroupBox(tr("Highlighted terms, one per line"), this);
    m_inclusion = new QPlainTextEdit(termsBox);
    m_inclusion->setObjectName(QStringLiteral("termsInclusion"));
    m_exclusion = new QPlainTextEdit(termsBox);
    m_exclusion->setObjectName(QStringLiteral("termsExclusion"));
    auto* termsLayout = new QGridLayout(termsBox);
    termsLayout->addWidget(new QLabel(tr("Inclusion (green)"), termsBox), 0, 0);
    termsLayout->addWidget(new QLabel(tr("Exclusion (red)"), termsBox), 0, 1);
    termsLayout->addWidget(m_inclusion, 1, 0);
    termsLayout->addWidget(m_exclusion, 1, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("termsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(reasonsBox, 1);
    layout->addWidget(termsBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &ScreeningTermsDialog::addReason);
    connect(remove, &QPushButton::clicked, this, &ScreeningTermsDialog::removeReason);
    connect(up, &QPushButton::clicked, this, [this] { moveReason(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveReason(1); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ScreeningTermsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScreeningTermsDialog::reject);

    core::screening::ScreeningTerms terms(m_session.project());
    auto reasons = terms.reasons();
    setReasons(reasons ? *reasons : core::screening::ScreeningTerms::defaultReasons());
    auto inclusion = terms.inclusionTerms();
    setInclusionTerms(inclusion ? *inclusion : QStringList());
    auto exclusion = terms.exclusionTerms();
    setExclusionTerms(exclusion ? *exclusion : QStringList());
    resize(640, 560);
}

QStringList ScreeningTermsDialog::reasons() const
{
    QStringList labels;
    for (int row = 0; row < m_reasons->count(); ++row)
        labels << m_reasons->item(row)->text();
    return labels;
}

void ScreeningTermsDialog::setReasons(const QStringList& reasons)
{
    m_reasons->clear();
    for (const QString& reason : reasons) {
        auto* item = new QListWidgetItem(reason, m_reasons);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QStringList ScreeningTermsDialog::inclusionTerms() const
{
    return core::screening::ScreeningTerms::splitTerms(m_inclusion->toPlainText());
}

void ScreeningTermsDialog::setInclusionTerms(const QStringList& terms)
{
    m_inclusion->setPlainText(terms.join(QLatin1Char('\n')));
}

QStringList ScreeningTermsDialog::exclusionTerms() const
{
    return core::screening::ScreeningTerms::splitTerms(m_exclusion->toPlainText());
}

void ScreeningTermsDialog::setExclusionTerms(const QStringList& terms)
{
    m_exclusion->setPlainText(terms.join(QLatin1Char('\n')));
}

bool ScreeningTermsDialog::save()
{
    core::screening::ScreeningTerms terms(m_session.project());
    // Reasons first: they are the list that can be refused (empty or repeated labels).
    Result<void> saved = terms.setReasons(reasons());
    if (saved)
        saved = terms.setInclusionTerms(inclusionTerms());
    if (saved)
        saved = terms.setExclusionTerms(exclusionTerms());
    if (!saved) {
        m_error->setText(saved.error().message);
        return false;
    }
    return true;
}

void ScreeningTermsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ScreeningTermsDialog::addReason()
{
    auto* item = new QListWidgetItem(tr("New reason"), m_reasons);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_reasons->setCurrentItem(item);
    m_reasons->editItem(item);
}

void ScreeningTermsDialog::removeReason()
{
    delete m_reasons->takeItem(m_reasons->currentRow());
}

void ScreeningTermsDialog::moveReason(int step)
{
    const int row = m_reasons->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_reasons->count())
        return;
    QListWidgetItem* item = m_reasons->takeItem(row);
    m_reasons->insertItem(target, item);
    m_reasons->setCurrentRow(target);
}

} // namespace stemma::ui
