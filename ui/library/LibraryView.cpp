// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/library/LibraryView.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/LibraryQuery.h"
#include "core/db/ReferenceRepository.h"
#include "core/domain/Codebook.h"
#include "ui/ProjectSession.h"
#include "ui/library/ReferenceDetailPane.h"
#include "ui/models/ReferenceTableModel.h"

#include <QColor>
#include <QComboBox>
#include <QDataStream>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace stemma::ui {
namespace {

constexpr int EARLIEST_YEAR = 1800;
constexpr quint32 STATE_VERSION = 1;

/** Column widths in average characters, so they scale with the font on any screen. */
constexpr int AUTHORS_CHARS = 22;
constexpr int YEAR_CHARS = 8;
constexpr int JOURNAL_CHARS = 18;
constexpr int TYPE_CHARS = 17;
constexpr int IDENTIFIER_CHARS = 20;
/** The table's and the detail pane's share of the width when nothing is remembered yet. */
constexpr int TABLE_SHARE = 62;
constexpr int DETAIL_SHARE = 38;

/**
 * The screening-status choices as (stage, status) packed into one int: the stage in the high
 * byte, so one combo box holds both stages.
 */
int packStatus(core::ScreeningStage stage, core::db::ScreeningStatus status)
{
    return (static_cast<int>(stage) << 8) | static_cast<int>(status);
}

core::db::ScreeningStatusFilter unpackStatus(int packed)
{
    return {static_cast<core::ScreeningStage>(packed >> 8), static_cast<core::db::ScreeningStatus>(packed & 0xff)};
}

/** Tags under \a parent in codebook order, indented by depth, appended to \a box. */
void addTagChoices(QComboBox* box,
                   const std::vector<core::Tag>& tags,
                   core::TagId parent,
                   int depth,
                   std::vector<core::TagId>& visited)
{
    std::vector<const core::Tag*> children;
    for (const core::Tag& tag : tags)
        if (tag.parent == parent)
            children.push_back(&tag);
    std::stable_sort(children.begin(), children.end(), [](const core::Tag* a, const core::Tag* b) {
        return a->position < b->position;
    });
    for (const core::Tag* tag : children) {
        // A broken parent chain must not loop forever.
        if (std::find(visited.begin(), visited.end(), tag->id) != visited.end())
            continue;
        visited.push_back(tag->id);
        box->addItem(QString(depth * 3, QLatin1Char(' ')) + tag->name, tag->id.value);
        const int index = box->count() - 1;
        box->setItemData(index, tag->colour.isEmpty() ? QVariant() : QVariant(QColor(tag->colour)), Qt::DecorationRole);
        addTagChoices(box, tags, tag->id, depth + 1, visited);
    }
}

} // namespace

LibraryView::LibraryView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReferenceTableModel(session.project(), this))
    , m_searchTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFilterBar());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("referenceTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the detail pane
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view place 100,000 rows without measuring any of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 3 / 2);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int charWidth = fontMetrics().averageCharWidth();
    header->resizeSection(ReferenceTableModel::AuthorsColumn, AUTHORS_CHARS * charWidth);
    header->resizeSection(ReferenceTableModel::YearColumn, YEAR_CHARS * charWidth);
    header->resizeSection(ReferenceTableModel::JournalColumn, JOURNAL_CHARS * charWidth);
    header->resizeSection(ReferenceTableModel::TypeColumn, TYPE_CHARS * charWidth);
    header->resizeSection(ReferenceTableModel::IdentifierColumn, IDENTIFIER_CHARS * charWidth);
    header->setSectionResizeMode(ReferenceTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSortIndicator(ReferenceTableModel::YearColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);

    m_detail = new ReferenceDetailPane(session, m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, TABLE_SHARE);
    m_splitter->setStretchFactor(1, DETAIL_SHARE);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_detail->firstFocusWidget());

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SEARCH_DELAY_MS);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilters();
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_yearFrom, &QSpinBox::valueChanged, this, &LibraryView::applyFilters);
    connect(m_yearTo, &QSpinBox::valueChanged, this, &LibraryView::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    connect(m_publicationType, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LibraryView::showTableMenu);
    connect(m_source, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    connect(m_screeningStatus, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    connect(m_reset, &QPushButton::clicked, this, &LibraryView::resetFilters);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryView::onCurrentRowChanged);
    connect(m_model, &ReferenceTableModel::modelAboutToBeReset, this, [this] {
        m_selectedBeforeReset = currentReference();
    });
    connect(m_model, &ReferenceTableModel::modelReset, this, &LibraryView::keepSelectionAfterReset);
    connect(m_model, &ReferenceTableModel::countsChanged, this, &LibraryView::countsChanged);
    // The table shows references with their screening state, merges and tags.
    const auto refresh = [this] {
        m_model->refresh();
        fillFilterChoices();
    };
    connect(&m_session, &ProjectSession::referencesChanged, this, refresh);
    connect(&m_session, &ProjectSession::screeningChanged, this, refresh);
    connect(&m_session, &ProjectSession::duplicatesChanged, this, refresh);
    connect(&m_session, &ProjectSession::codebookChanged, this, refresh);
    connect(&m_session, &ProjectSession::evidenceChanged, this, refresh);
    connect(&m_session, &ProjectSession::reloaded, this, refresh);
}

LibraryView::~LibraryView() = default;

QWidget* LibraryView::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setSpacing(4);
    auto* searchRow = new QHBoxLayout;
    auto* layout = new QHBoxLayout;
    rows->addLayout(searchRow);
    rows->addLayout(layout);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(
        tr("Search titles, abstracts, authors and keywords — \"phrase\", OR, NOT, author:name  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows references where every word you type begins a word of the title or an "
                            "author's name"));
    searchRow->addWidget(m_search, 1);

    auto* yearLabel = new QLabel(tr("&Years"), bar);
    layout->addWidget(yearLabel);
    const int thisYear = QDate::currentDate().year();
    auto makeYearBox = [bar, thisYear](const QString& name, const QString& anyText) {
        auto* box = new QSpinBox(bar);
        box->setObjectName(name);
        // The minimum stands for "no limit" and shows as text.
        box->setRange(EARLIEST_YEAR - 1, thisYear + 1);
        box->setSpecialValueText(anyText);
        box->setValue(box->minimum());
        box->setAccelerated(true);
        // Filter once the year is typed, not at every digit.
        box->setKeyboardTracking(false);
        return box;
    };
    m_yearFrom = makeYearBox(QStringLiteral("yearFromSpinBox"), tr("any"));
    m_yearTo = makeYearBox(QStringLiteral("yearToSpinBox"), tr("any"));
    yearLabel->setBuddy(m_yearFrom);
    layout->addWidget(m_yearFrom);
    layout->addWidget(new QLabel(tr("to"), bar));
    layout->addWidget(m_yearTo);

    auto* typeLabel = new QLabel(tr("T&ype"), bar);
    layout->addWidget(typeLabel);
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    typeLabel->setBuddy(m_type);
    layout->addWidget(m_type);
    // The source's own word for the kind of work (PubMed's "Case Reports", WoS "Meeting Abstract").
    m_publicationType = new QComboBox(bar);
    m_publicationType->setObjectName(QStringLiteral("publicationTypeFilterComboBox"));
    m_publicationType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_publicationType->setToolTip(tr("Publication type as the database named it (PubMed, Web of Science, Scopus)"));
    layout->addWidget(m_publicationType);

    auto* sourceLabel = new QLabel(tr("Sour&ce"), bar);
    layout->addWidget(sourceLabel);
    m_source = new QComboBox(bar);
    m_source->setObjectName(QStringLiteral("sourceFilterComboBox"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    sourceLabel->setBuddy(m_source);
    layout->addWidget(m_source);

    auto* screeningLabel = new QLabel(tr("Scree&ning"), bar);
    layout->addWidget(screeningLabel);
    m_screeningStatus = new QComboBox(bar);
    m_screeningStatus->setObjectName(QStringLiteral("screeningFilterComboBox"));
    m_screeningStatus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_screeningStatus->setToolTip(tr("Where references stand at a screening stage: the resolution when there is "
                                     "one, else the reviewers' votes"));
    m_screeningStatus->addItem(tr("Any status"));
    using Status = core::db::ScreeningStatus;
    const std::pair<Status, QString> titleAbstract[] = {{Status::NotScreened, tr("Title/abstract: not screened")},
                                                        {Status::Included, tr("Title/abstract: included")},
                                                        {Status::Excluded, tr("Title/abstract: excluded")},
                                                        {Status::Maybe, tr("Title/abstract: maybe")},
                                                        {Status::Conflict, tr("Title/abstract: in conflict")}};
    for (const auto& [status, label] : titleAbstract)
        m_screeningStatus->addItem(label, packStatus(core::ScreeningStage::TitleAbstract, status));
    m_screeningStatus->insertSeparator(m_screeningStatus->count());
    const std::pair<Status, QString> fullText[] = {{Status::NotScreened, tr("Full text: awaiting screening")},
                                                   {Status::Included, tr("Full text: included")},
                                                   {Status::Excluded, tr("Full text: excluded")},
                                                   {Status::Maybe, tr("Full text: maybe")},
                                                   {Status::Conflict, tr("Full text: in conflict")}};
    for (const auto& [status, label] : fullText)
        m_screeningStatus->addItem(label, packStatus(core::ScreeningStage::FullText, status));
    screeningLabel->setBuddy(m_screeningStatus);
    layout->addWidget(m_screeningStatus);

    auto* tagLabel = new QLabel(tr("Ta&g"), bar);
    layout->addWidget(tagLabel);
    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("tagFilterComboBox"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->setToolTip(tr("References with a passage marked with this tag or any tag nested under it"));
    tagLabel->setBuddy(m_tag);
    layout->addWidget(m_tag);
    layout->addStretch(1);

    m_reset = new QPushButton(tr("Show &all"), bar);
    m_reset->setObjectName(QStringLiteral("resetFiltersPushButton"));
    m_reset->setToolTip(tr("Clear the search and every filter"));
    searchRow->addWidget(m_reset);

    fillFilterChoices();
    return bar;
}

void LibraryView::fillFilterChoices()
{
    core::db::LibraryQuery query(m_session.project().database());
    const QVariant currentType = m_type->currentData();
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        m_type->addItem(tr("All types"));
        if (auto types = query.typesInUse())
            for (const core::PublicationType type : *types)
                m_type->addItem(ReferenceTableModel::typeLabel(type), core::toString(type));
        const int index = m_type->findData(currentType);
        m_type->setCurrentIndex(index < 0 ? 0 : index);
    }
    const QString currentPublicationType = m_publicationType->currentData().toString();
    {
        const QSignalBlocker blocker(m_publicationType);
        m_publicationType->clear();
        m_publicationType->addItem(tr("Any publication type"));
        if (auto types = query.publicationTypesInUse())
            for (const QString& type : std::as_const(*types))
                m_publicationType->addItem(type, type);
        const int index = m_publicationType->findData(currentPublicationType);
        m_publicationType->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_publicationType->setEnabled(m_publicationType->count() > 1);
    const QVariant currentSource = m_source->currentData();
    {
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        m_source->addItem(tr("All sources"));
        if (auto batches = m_session.project().references().batches())
            for (const core::ImportBatch& batch : *batches)
                m_source->addItem(tr("%1 (%2)").arg(batch.sourceName, batch.fileName), batch.id.value);
        const int index = m_source->findData(currentSource);
        m_source->setCurrentIndex(index < 0 ? 0 : index);
    }
    // Nothing to choose between is not a filter worth showing as active.
    m_source->setEnabled(m_source->count() > 1);
    fillTagChoices();
}

void LibraryView::fillTagChoices()
{
    const QVariant currentTag = m_tag->currentData();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"));
    if (auto tags = m_session.project().codebook().tags()) {
        std::vector<core::TagId> visited;
        addTagChoices(m_tag, *tags, core::TagId(), 0, visited);
    }
    const int index = m_tag->findData(currentTag);
    m_tag->setCurrentIndex(index < 0 ? 0 : index);
    m_tag->setEnabled(m_tag->count() > 1);
}

void LibraryView::applyFilters()
{
    m_searchTimer->stop();
    core::db::LibraryFilter filter;
    if (m_yearFrom->value() != m_yearFrom->minimum())
        filter.yearFrom = m_yearFrom->value();
    if (m_yearTo->value() != m_yearTo->minimum())
        filter.yearTo = m_yearTo->value();
    if (m_type->currentIndex() > 0)
        filter.type = core::publicationTypeFromString(m_type->currentData().toString());
    if (m_publicationType->currentIndex() > 0)
        filter.publicationType = m_publicationType->currentData().toString();
    if (m_source->currentIndex() > 0)
        filter.batch = core::ImportBatchId(m_source->currentData().toLongLong());
    if (m_screeningStatus->currentIndex() > 0)
        filter.screening = unpackStatus(m_screeningStatus->currentData().toInt());
    if (m_tag->currentIndex() > 0)
        filter.tag = core::TagId(m_tag->currentData().toLongLong());
    filter.searchText = m_search->text().trimmed();
    m_model->setFilter(filter);
    m_detail->setSearchWords(core::db::LibraryQuery::searchWords(filter.searchText));
}

void LibraryView::resetFilters()
{
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker fromBlocker(m_yearFrom);
    const QSignalBlocker toBlocker(m_yearTo);
    const QSignalBlocker typeBlocker(m_type);
    const QSignalBlocker publicationTypeBlocker(m_publicationType);
    const QSignalBlocker sourceBlocker(m_source);
    const QSignalBlocker screeningBlocker(m_screeningStatus);
    const QSignalBlocker tagBlocker(m_tag);
    m_search->clear();
    m_yearFrom->setValue(m_yearFrom->minimum());
    m_yearTo->setValue(m_yearTo->minimum());
    m_type->setCurrentIndex(0);
    m_publicationType->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_screeningStatus->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    applyFilters();
}

void LibraryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool LibraryView::selectReference(core::ReferenceId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, ReferenceTableModel::TitleColumn));
    return true;
}

core::ReferenceId LibraryView::currentReference() const
{
    return m_detail->referenceId();
}

void LibraryView::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->showReference(current.isValid() ? m_model->referenceId(current.row()) : core::ReferenceId());
}

void LibraryView::keepSelectionAfterReset()
{
    // A sort or filter change rebuilds the rows; the reviewer's place should survive it.
    const core::ReferenceId previous = std::exchange(m_selectedBeforeReset, core::ReferenceId());
    if (previous.isValid() && selectReference(previous))
        return;
    m_detail->showReference(core::ReferenceId());
}

void LibraryView::showEvent(QShowEvent* event)
{
    // The splitter only knows its width once shown; share it out then unless a saved state did.
    if (!m_splitterPlaced) {
        m_splitterPlaced = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * TABLE_SHARE / 100, width * DETAIL_SHARE / 100});
    }
    QWidget::showEvent(event);
}

bool LibraryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            m_detail->focusEditor();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray LibraryView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << STATE_VERSION << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void LibraryView::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    stream >> version >> splitter >> header;
    if (stream.status() != QDataStream::Ok || version != STATE_VERSION)
        return;
    m_splitterPlaced = m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
}

std::vector<core::ReferenceId> LibraryView::selectedReferences() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<core::ReferenceId> ids;
    for (const QModelIndex& index : std::as_const(rows))
        if (const core::ReferenceId id = m_model->referenceId(index.row()); id.isValid())
            ids.push_back(id);
    return ids;
}

core::db::LibraryFilter LibraryView::currentFilter() const
{
    return m_model->filter();
}

void LibraryView::showTableMenu(const QPoint& position)
{
    QMenu menu(this);
    QAction* exportAction = menu.addAction(tr("E&xport Selected References…"));
    exportAction->setObjectName(QStringLiteral("exportSelectedAction"));
    exportAction->setEnabled(m_table->selectionModel()->hasSelection());
    connect(exportAction, &QAction::triggered, this, &LibraryView::exportSelectionRequested);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace stemma::ui
