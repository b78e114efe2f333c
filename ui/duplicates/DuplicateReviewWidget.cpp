// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duplicates/DuplicateReviewWidget.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/dedupe/DuplicateFinder.h"
#include "ui/widgets/HighlightColours.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

QString authorsText(const core::Reference& reference)
{
    QStringList names;
    for (const auto& author : reference.authors)
        names << author.shortName();
    return names.join(QStringLiteral(", "));
}

/** The rows of the side-by-side comparison: label and how to read the field. */
const std::vector<std::pair<QString, QString (*)(const core::Reference&)>>& comparedFields()
{
    static const std::vector<std::pair<QString, QString (*)(const core::Reference&)>> fields{
        {QObject::tr("Title"), [](const core::Reference& r) { return r.title; }},
        {QObject::tr("Authors"), [](const core::Reference& r) { return authorsText(r); }},
        {QObject::tr("Year"), [](const core::Reference& r) { return r.year ? QString::number(*r.year) : QString(); }},
        {QObject::tr("Journal"), [](const core::Reference& r) { return r.journal; }},
        {QObject::tr("Volume"), [](const core::Reference& r) { return r.volume; }},
        {QObject::tr("Issue"), [](const core::Reference& r) { return r.issue; }},
        {QObject::tr("Pages"), [](const core::Reference& r) { return r.pages; }},
        {QObject::tr("DOI"), [](const core::Reference& r) { return r.doi; }},
        {QObject::tr("PMID"), [](const core::Reference& r) { return r.pmid; }},
        {QObject::tr("Abstract"), [](const core::Reference& r) { return r.abstract; }},
    };
    return fields;
}

} // namespace

DuplicateReviewWidget::DuplicateReviewWidget(QWidget* parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_pairSummary = new QLabel(this);
    m_pairSummary->setObjectName(QStringLiteral("pairSummary"));
    m_pairSummary->setWordWrap(true);
    m_pairSummary->setTextFormat(Qt::RichText);
    m_comparison = new QTableWidget(0, 2, this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setHorizontalHeaderLabels({tr("Record A (kept)"), tr("Record B")});
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_comparison->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Labels at the top of their row, so a long abstract's label stays beside its first line.
    m_comparison->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A comparison to read, not a selection to make: no cell is painted in the selection colour,
    // which would look like a marked difference.
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setFocusPolicy(Qt::NoFocus);
    m_comparison->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_comparison->setWordWrap(true);
    // Room around each value, so wrapped lines read as paragraphs rather than a packed grid.
    m_comparison->setStyleSheet(
        QStringLiteral("QTableWidget::item { padding: 4px 6px; } QHeaderView::section:vertical { padding: 1px 6px; }"));

    m_mergeButton = new QPushButton(tr("&Merge  (M)"), this);
    m_distinctButton = new QPushButton(tr("&Not duplicates  (N)"), this);
    m_undoButton = new QPushButton(tr("&Undo  (U)"), this);
    m_findButton = new QPushButton(tr("&Find duplicates"), this);
    m_previousButton = new QPushButton(tr("Previous  (K)"), this);
    m_nextButton = new QPushButton(tr("Next  (J)"), this);
    connect(m_previousButton, &QPushButton::clicked, this, &DuplicateReviewWidget::selectPrevious);
    connect(m_nextButton, &QPushButton::clicked, this, &DuplicateReviewWidget::selectNext);
    m_splitButton = new QPushButton(tr("&Split  (S)"), this);
    m_splitButton->setToolTip(tr("Take the merge back: A and B stand on their own again, with all their sources."));
    m_showMergedBox = new QCheckBox(tr("Show merged pairs (including merges made at import)"), this);
    connect(m_splitButton, &QPushButton::clicked, this, &DuplicateReviewWidget::splitCurrent);
    connect(m_showMergedBox, &QCheckBox::toggled, this, &DuplicateReviewWidget::setShowMerged);
    m_mergeButton->setToolTip(tr("Keep record A; B is merged into it with all its sources. Can be undone."));
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicateReviewWidget::mergeCurrent);
    connect(m_distinctButton, &QPushButton::clicked, this, &DuplicateReviewWidget::markCurrentDistinct);
    connect(m_undoButton, &QPushButton::clicked, this, &DuplicateReviewWidget::undoLast);
    connect(m_findButton, &QPushButton::clicked, this, &DuplicateReviewWidget::findDuplicates);

    const std::vector<std::pair<QKeySequence, void (DuplicateReviewWidget::*)()>> keys{
        {QKeySequence(Qt::Key_M), &DuplicateReviewWidget::mergeCurrent},
        {QKeySequence(Qt::Key_N), &DuplicateReviewWidget::markCurrentDistinct},
        {QKeySequence(Qt::Key_U), &DuplicateReviewWidget::undoLast},
        {QKeySequence(Qt::Key_S), &DuplicateReviewWidget::splitCurrent},
        {QKeySequence(Qt::Key_J), &DuplicateReviewWidget::selectNext},
        {QKeySequence(Qt::Key_K), &DuplicateReviewWidget::selectPrevious},
    };
    for (const auto& [sequence, slot] : keys) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicateReviewWidget::showPair);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_mergeButton);
    buttons->addWidget(m_distinctButton);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_splitButton);
    buttons->addStretch();
    buttons->addWidget(m_previousButton);
    buttons->addWidget(m_nextButton);
    buttons->addSpacing(fontMetrics().averageCharWidth() * 2);
    buttons->addWidget(m_findButton);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pairSummary);
    rightLayout->addWidget(m_comparison, 1);
    rightLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showMergedBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_list);
    reload();
}

DuplicateReviewWidget::~DuplicateReviewWidget() = default;

void DuplicateReviewWidget::setProject(core::ReviewProject* project)
{
    m_project = project;
    m_history.clear();
    reload();
}

void DuplicateReviewWidget::reload()
{
    const int previousRow = m_list->currentRow();
    m_pairs.clear();
    m_list->clear();
    if (m_project) {
        auto pairs = core::db::DuplicateRepository(m_project->database()).candidates(!m_showMerged);
        if (pairs) {
            m_pairs = std::move(*pairs);
            if (m_showMerged)
                std::erase_if(m_pairs, [](const core::db::DuplicateCandidate& pair) {
                    return pair.status != core::db::CandidateStatus::Merged;
                });
        } else {
            emit errorOccurred(pairs.error().message);
        }
    }
    for (const auto& pair : m_pairs)
        m_list->addItem(
            m_showMerged
                ? tr("#%1 ← #%2   %3").arg(pair.first.value).arg(pair.second.value).arg(pair.reasons)
                : tr("#%1 ~ #%2   score %3").arg(pair.first.value).arg(pair.second.value).arg(pair.score, 0, 'f', 2));
    const bool any = !m_pairs.empty();
    if (!m_project)
        m_heading->setText(tr("Open a project to review its duplicates."));
    else if (m_showMerged)
        m_heading->setText(
            any ? tr("%n merged pair(s). S splits the pair shown, U undoes, J/K move.", nullptr, int(m_pairs.size()))
                : tr("Nothing has been merged yet."));
    else
        m_heading->setText(any ? tr("%n possible duplicate pair(s) to review. M merges B into A, N keeps both, "
                                    "U undoes, J/K move.",
                                    nullptr,
                                    int(m_pairs.size()))
                               : tr("No possible duplicates are waiting. Use Find duplicates after importing."));
    m_mergeButton->setEnabled(any && !m_showMerged);
    m_distinctButton->setEnabled(any && !m_showMerged);
    m_splitButton->setEnabled(any && m_showMerged);
    m_undoButton->setEnabled(!m_history.empty());
    m_previousButton->setEnabled(m_pairs.size() > 1);
    m_nextButton->setEnabled(m_pairs.size() > 1);
    m_findButton->setEnabled(m_project != nullptr);
    if (any)
        m_list->setCurrentRow(std::clamp(previousRow, 0, int(m_pairs.size()) - 1));
    else
        showPair(-1);
}

void DuplicateReviewWidget::showPair(int row)
{
    m_comparison->setRowCount(0);
    m_comparison->setHorizontalHeaderLabels({tr("Record A (kept)"), tr("Record B")});
    m_pairSummary->clear();
    m_pairSummary->setVisible(false);
    if (!m_project || row < 0 || row >= int(m_pairs.size()))
        return;
    const auto& pair = m_pairs[row];
    auto first = m_project->references().get(pair.first);
    auto second = m_project->references().get(pair.second);
    if (!first || !second) {
        emit errorOccurred(!first ? first.error().message : second.error().message);
        return;
    }
    m_pairSummary->setText(tr("<b>Pair %1 of %2</b> &nbsp;·&nbsp; score <b>%3</b> &nbsp;·&nbsp; %4")
                               .arg(row + 1)
                               .arg(m_pairs.size())
                               .arg(pair.score, 0, 'f', 2)
                               .arg(pair.reasons.isEmpty() ? tr("no reasons recorded") : pair.reasons.toHtmlEscaped()));
    m_pairSummary->setVisible(true);
    m_comparison->setHorizontalHeaderLabels(
        {m_showMerged ? tr("A · #%1 (kept)").arg(pair.first.value) : tr("Record A · #%1 (kept)").arg(pair.first.value),
         m_showMerged ? tr("B · #%1 (merged into A)").arg(pair.second.value)
                      : tr("Record B · #%1").arg(pair.second.value)});
    const auto& fields = comparedFields();
    m_comparison->setRowCount(int(fields.size()));
    QStringList labels;
    QFont bold = font();
    bold.setBold(true);
    QFont missing = font();
    missing.setItalic(true);
    // The table's own palette: the one its cells are painted with, light or dark.
    const QPalette cells = m_comparison->palette();
    const QColor marked = differenceHighlight(cells);
    for (int i = 0; i < int(fields.size()); ++i) {
        const QString a = fields[i].second(*first);
        const QString b = fields[i].second(*second);
        const bool differs = a.simplified().compare(b.simplified(), Qt::CaseSensitive) != 0;
        // Differences are marked with a highlight derived from the palette and a ≠ in the row
        // label, so they stay visible in light and dark themes and without colour.
        labels << (differs ? fields[i].first + QStringLiteral("  ≠") : fields[i].first);
        for (int column = 0; column < 2; ++column) {
            const QString value = (column == 0 ? a : b).trimmed();
            auto* item = new QTableWidgetItem(value.isEmpty() ? tr("(none)") : value);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (value.isEmpty()) {
                item->setFont(missing);
                item->setForeground(cells.brush(QPalette::PlaceholderText));
            }
            if (differs)
                item->setBackground(marked);
            m_comparison->setItem(i, column, item);
        }
    }
    m_comparison->setVerticalHeaderLabels(labels);
    for (int i = 0; i < int(labels.size()); ++i)
        if (labels[i].endsWith(QStringLiteral("≠")))
            m_comparison->verticalHeaderItem(i)->setFont(bold);
    m_comparison->scrollToTop();
}

QStringList DuplicateReviewWidget::differingFields() const
{
    QStringList fields;
    for (int i = 0; i < m_comparison->rowCount(); ++i) {
        const QString label = m_comparison->verticalHeaderItem(i)->text();
        if (label.endsWith(QStringLiteral("≠")))
            fields << label.chopped(3);
    }
    return fields;
}

void DuplicateReviewWidget::decide(bool merge)
{
    const int row = m_list->currentRow();
    if (!m_project || m_showMerged || row < 0 || row >= int(m_pairs.size()))
        return;
    core::db::DuplicateRepository duplicates(m_project->database());
    const qint64 id = m_pairs[row].id;
    auto done = merge ? duplicates.merge(id) : duplicates.markDistinct(id);
    if (!done) {
        emit errorOccurred(done.error().message);
        return;
    }
    m_history.push_back(Decision{id, false});
    reload();
    if (merge)
        emit referencesChanged();
}

void DuplicateReviewWidget::setShowMerged(bool merged)
{
    if (merged == m_showMerged)
        return;
    m_showMerged = merged;
    if (m_showMergedBox->isChecked() != merged)
        m_showMergedBox->setChecked(merged);
    reload();
}

void DuplicateReviewWidget::splitCurrent()
{
    const int row = m_list->currentRow();
    if (!m_project || !m_showMerged || row < 0 || row >= int(m_pairs.size()))
        return;
    const qint64 id = m_pairs[row].id;
    // Undoing a merge puts the pair back in the review queue: B is a reference of its own again.
    auto split = core::db::DuplicateRepository(m_project->database()).undo(id);
    if (!split) {
        emit errorOccurred(split.error().message);
        return;
    }
    m_history.push_back(Decision{id, true});
    reload();
    emit referencesChanged();
}

void DuplicateReviewWidget::mergeCurrent()
{
    decide(true);
}
void DuplicateReviewWidget::markCurrentDistinct()
{
    decide(false);
}

void DuplicateReviewWidget::undoLast()
{
    if (!m_project || m_history.empty())
        return;
    const auto [id, split] = m_history.back();
    core::db::DuplicateRepository duplicates(m_project->database());
    auto undone = split ? duplicates.merge(id) : duplicates.undo(id);
    if (!undone) {
        emit errorOccurred(undone.error().message);
        return;
    }
    m_history.pop_back();
    reload();
    for (int row = 0; row < int(m_pairs.size()); ++row)
        if (m_pairs[row].id == id)
            m_list->setCurrentRow(row);
    emit referencesChanged();
}

void DuplicateReviewWidget::selectNext()
{
    if (m_list->currentRow() + 1 < m_list->count())
        m_list->setCurrentRow(m_list->currentRow() + 1);
}

void DuplicateReviewWidget::selectPrevious()
{
    if (m_list->currentRow() > 0)
        m_list->setCurrentRow(m_list->currentRow() - 1);
}

void DuplicateReviewWidget::findDuplicates()
{
    if (!m_project)
        return;
    m_findButton->setEnabled(false);
    m_heading->setText(tr("Looking for duplicates…"));
    const QString path = m_project->path();
    QPointer<DuplicateReviewWidget> self(this);
    auto* worker = QThread::create([self, path] {
        // A connection of its own: SQLite connections stay on the thread that opened them.
        int found = -1;
        QString error;
        auto project = core::ReviewProject::open(path);
        if (project) {
            core::db::DuplicateRepository duplicates((*project)->database());
            auto fingerprints = duplicates.fingerprints();
            if (fingerprints) {
                const auto pairs = core::dedupe::DuplicateFinder().find(*fingerprints);
                auto stored = duplicates.store(pairs);
                found = stored ? int(pairs.size()) : -1;
                if (!stored)
                    error = stored.error().message;
            } else {
                error = fingerprints.error().message;
            }
        } else {
            error = project.error().message;
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, found, error] {
            if (!self)
                return;
            if (!error.isEmpty())
                emit self->errorOccurred(error);
            self->reload();
            emit self->findingFinished(found);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace stemma::ui
