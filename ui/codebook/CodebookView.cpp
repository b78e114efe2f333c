// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/codebook/CodebookView.h"

#include "core/ReviewProject.h"
#include "core/codebook/CodebookJson.h"
#include "core/codebook/ReferenceText.h"
#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/edit/AddTag.h"
#include "core/edit/RemoveTag.h"
#include "core/edit/UpdateTag.h"
#include "ui/ProjectSession.h"

#include <QColorDialog>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <set>

namespace stemma::ui {
namespace {

constexpr int CONTEXT_CHARS = 60;

QIcon swatch(const QString& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

} // namespace

CodebookView::CodebookView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_tags = new QTreeWidget(this);
    m_tags->setObjectName(QStringLiteral("codebookTagTree"));
    m_tags->setHeaderLabels({tr("Tag"), tr("Spans")});
    m_tags->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_evidence = new QTreeWidget(this);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setHeaderLabels({tr("Tag"), tr("Quote"), tr("Context"), tr("Reference")});
    // The context is what the reviewer reads; it gets the room, the other columns fit their text.
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_evidence->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_evidence->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_evidence->header()->resizeSection(1, 140);
    m_evidence->header()->resizeSection(3, 220);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    const std::vector<std::pair<QString, std::function<void()>>> actions = {
        {tr("Add"), [this] { askAdd(false); }},
        {tr("Add Child"), [this] { askAdd(true); }},
        {tr("Rename"), [this] { askRename(); }},
        {tr("Colour"), [this] { askColour(); }},
        {tr("Delete"), [this] { askDelete(); }},
        {tr("Import…"), [this] { askImport(); }},
        {tr("Export…"), [this] { askExport(); }},
    };
    for (const auto& [label, action] : actions) {
        auto* button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, action);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_tags);
    leftLayout->addWidget(m_description);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_tags, &QTreeWidget::currentItemChanged, this, &CodebookView::reloadEvidence);
    connect(m_evidence, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit openReferenceRequested(core::ReferenceId(item->data(3, Qt::UserRole).toLongLong()));
    });
    // The tree shows tags and how often each is used; the evidence list shows spans.
    const auto refresh = [this] {
        const core::TagId current = currentTag();
        reloadTags();
        selectTag(current);
    };
    connect(&m_session, &ProjectSession::codebookChanged, this, refresh);
    connect(&m_session, &ProjectSession::evidenceChanged, this, refresh);
    connect(&m_session, &ProjectSession::reloaded, this, refresh);
    reloadTags();
}

CodebookView::~CodebookView() = default;

void CodebookView::reloadTags()
{
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    auto tags = m_session.project().codebook().tags();
    if (!tags)
        return;
    // tags() lists parents before children, so each parent item exists when its child comes.
    QHash<qint64, QTreeWidgetItem*> items;
    for (const core::Tag& tag : *tags) {
        QTreeWidgetItem* parent = items.value(tag.parent.value);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tags);
        item->setText(0, tag.name);
        item->setIcon(0, swatch(tag.colour));
        item->setToolTip(0, tag.description);
        item->setData(0, Qt::UserRole, tag.id.value);
        auto spans = m_session.project().codebook().spansForTag(tag.id);
        item->setData(1, Qt::UserRole, spans ? int(spans->size()) : 0);
        items.insert(tag.id.value, item);
    }
    for (int i = 0; i < m_tags->topLevelItemCount(); ++i)
        showSpanCounts(m_tags->topLevelItem(i));
    m_tags->expandToDepth(0);
}

int CodebookView::showSpanCounts(QTreeWidgetItem* item)
{
    // A parent counts its subtags' spans too, as the evidence browser lists them when it is chosen:
    // "Population" reads 23, not 0, when its patient counts and ages hold 23 spans.
    const int own = item->data(1, Qt::UserRole).toInt();
    int total = own;
    for (int i = 0; i < item->childCount(); ++i)
        total += showSpanCounts(item->child(i));
    item->setText(1, QString::number(total));
    item->setToolTip(1,
                     item->childCount() == 0
                         ? tr("%n span(s) tagged with it", nullptr, own)
                         : tr("%n span(s) in all, %1 tagged with it directly", nullptr, total).arg(own));
    return total;
}

core::TagId CodebookView::currentTag() const
{
    const QTreeWidgetItem* item = m_tags->currentItem();
    return item ? core::TagId(item->data(0, Qt::UserRole).toLongLong()) : core::TagId();
}

void CodebookView::selectTag(core::TagId id)
{
    for (QTreeWidgetItemIterator it(m_tags); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id.value) {
            m_tags->setCurrentItem(*it);
            reloadEvidence();
            return;
        }
    reloadEvidence();
}

void CodebookView::reloadEvidence()
{
    m_evidence->clear();
    QTreeWidgetItem* current = m_tags->currentItem();
    m_description->setText(current ? current->toolTip(0) : QString());
    if (!current)
        return;
    std::vector<QTreeWidgetItem*> pending{current};
    auto& project = m_session.project();
    QHash<qint64, core::Reference> references;
    // Full texts are long and several spans share one, so each (reference, field) is read once.
    QHash<QString, QString> texts;
    while (!pending.empty()) {
        QTreeWidgetItem* tagItem = pending.back();
        pending.pop_back();
        for (int i = 0; i < tagItem->childCount(); ++i)
            pending.push_back(tagItem->child(i));
        auto spans = project.codebook().spansForTag(core::TagId(tagItem->data(0, Qt::UserRole).toLongLong()));
        if (!spans)
            continue;
        for (const core::TagSpan& span : *spans) {
            if (!references.contains(span.reference.value))
                if (auto reference = project.references().get(span.reference))
                    references.insert(span.reference.value, *reference);
            const core::Reference reference = references.value(span.reference.value);
            const QString key = QStringLiteral("%1/%2").arg(span.reference.value).arg(span.field);
            if (!texts.contains(key)) {
                auto text = core::codebook::ReferenceText::text(project, span.reference, span.field);
                texts.insert(key, text ? *text : QString());
            }
            const QString context =
                core::codebook::ReferenceText::excerpt(texts.value(key), span.start, span.end, CONTEXT_CHARS);
            auto* item = new QTreeWidgetItem(m_evidence);
            item->setText(0, tagItem->text(0));
            item->setText(1, span.quote);
            item->setText(2, context.simplified());
            item->setToolTip(2, context);
            item->setText(3, reference.title);
            item->setData(0, Qt::UserRole, span.id.value);
            item->setData(3, Qt::UserRole, span.reference.value);
        }
    }
}

bool CodebookView::addTag(const QString& name, core::TagId parent)
{
    if (name.trimmed().isEmpty())
        return false;
    auto siblings = m_session.project().codebook().children(parent);
    const int position = siblings && !siblings->empty() ? siblings->back().position + 1 : 0;
    auto added = m_session.push(
        std::make_unique<core::edit::AddTag>(core::Tag{core::TagId(), parent, name.trimmed(), {}, {}, position}));
    if (!added)
        return false;
    selectTag(core::TagId(added->createdId(core::edit::EntityKind::Tag)));
    return true;
}

bool CodebookView::renameTag(core::TagId id, const QString& name)
{
    auto tag = m_session.project().codebook().tag(id);
    if (!tag || name.trimmed().isEmpty())
        return false;
    tag->name = name.trimmed();
    return m_session.push(std::make_unique<core::edit::UpdateTag>(*tag)).hasValue();
}

bool CodebookView::setTagColour(core::TagId id, const QString& colour)
{
    auto tag = m_session.project().codebook().tag(id);
    if (!tag)
        return false;
    tag->colour = colour;
    return m_session.push(std::make_unique<core::edit::UpdateTag>(*tag)).hasValue();
}

bool CodebookView::removeTag(core::TagId id)
{
    // Its sub-tags and tagged spans go with it and come back on undo.
    return m_session.push(std::make_unique<core::edit::RemoveTag>(id)).hasValue();
}

bool CodebookView::importFile(const QString& path, QString* message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (message)
            *message = tr("%1 could not be read: %2").arg(path, file.errorString());
        return false;
    }
    auto summary = core::codebook::CodebookJson::importJson(m_session.project(), file.readAll());
    if (!summary) {
        if (message)
            *message = summary.error().message;
        return false;
    }
    if (message)
        *message = tr("%1 tags added, %2 already present.").arg(summary->added).arg(summary->matched);
    m_session.notifyChanged(core::edit::Change{
        tr("Import codebook"), {core::edit::touched(core::edit::EntityKind::Tag, 0, core::edit::Operation::Updated)}});
    return true;
}

bool CodebookView::exportFile(const QString& path, QString* message)
{
    auto json = core::codebook::CodebookJson::exportJson(m_session.project());
    if (!json) {
        if (message)
            *message = json.error().message;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        if (message)
            *message = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CodebookView::askAdd(bool child)
{
    const QString name = QInputDialog::getText(this, tr("Add Tag"), tr("Name:"));
    addTag(name, child ? currentTag() : core::TagId());
}

void CodebookView::askRename()
{
    QTreeWidgetItem* item = m_tags->currentItem();
    if (!item)
        return;
    const QString name = QInputDialog::getText(this, tr("Rename Tag"), tr("Name:"), QLineEdit::Normal, item->text(0));
    renameTag(currentTag(), name);
}

void CodebookView::askColour()
{
    auto tag = m_session.project().codebook().tag(currentTag());
    if (!tag)
        return;
    const QColor colour = QColorDialog::getColor(QColor(tag->colour), this, tr("Tag Colour"));
    if (colour.isValid())
        setTagColour(tag->id, colour.name());
}

void CodebookView::askDelete()
{
    QTreeWidgetItem* item = m_tags->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(
            this,
            tr("Delete Tag"),
            tr("Delete \"%1\" with its child tags and every span tagged with them?").arg(item->text(0))) ==
        QMessageBox::Yes)
        removeTag(currentTag());
}

void CodebookView::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Codebook"), {}, tr("Codebook (*.json)"));
    if (path.isEmpty())
        return;
    QString message;
    if (importFile(path, &message))
        QMessageBox::information(this, tr("Import Codebook"), message);
    else
        QMessageBox::warning(this, tr("Import Codebook"), message);
}

void CodebookView::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Codebook"), {}, tr("Codebook (*.json)"));
    if (path.isEmpty())
        return;
    QString message;
    if (!exportFile(path, &message))
        QMessageBox::warning(this, tr("Export Codebook"), message);
}

} // namespace stemma::ui
