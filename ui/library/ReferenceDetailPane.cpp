// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/library/ReferenceDetailPane.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "ui/ProjectSession.h"
#include "ui/evidence/TaggedTextView.h"
#include "ui/library/CitationFormatter.h"
#include "ui/models/ReferenceTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stemma::ui {

using core::edit::ReferenceField;
using core::edit::SetReferenceField;

namespace {

constexpr int ABSTRACT_EDITOR_LINES = 12;
constexpr int KEYWORD_EDITOR_LINES = 4;

void setPlainTextLines(QPlainTextEdit* editor, int lines)
{
    editor->setMinimumHeight(editor->fontMetrics().lineSpacing() * lines);
}

} // namespace

ReferenceDetailPane::ReferenceDetailPane(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_emptyLabel = new QLabel(tr("Select a reference to see its citation, abstract and sources."), m_stack);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyLabel);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);

    m_overview = new QTextBrowser(m_tabs);
    m_overview->setObjectName(QStringLiteral("overviewTextBrowser"));
    m_overview->setOpenExternalLinks(true);
    m_overview->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_overview, tr("&Overview"));

    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* editorPage = new QWidget(scroll);
    buildEditor(editorPage);
    scroll->setWidget(editorPage);
    m_tabs->addTab(scroll, tr("&Edit"));

    auto* sourcesPage = new QWidget(m_tabs);
    auto* sourcesLayout = new QVBoxLayout(sourcesPage);
    m_showRaw = new QCheckBox(tr("Show &raw record"), sourcesPage);
    m_showRaw->setObjectName(QStringLiteral("showRawCheckBox"));
    m_showRaw->setToolTip(tr("Show each record exactly as it was read from the imported file"));
    sourcesLayout->addWidget(m_showRaw);
    m_sources = new QTextBrowser(sourcesPage);
    m_sources->setObjectName(QStringLiteral("sourcesTextBrowser"));
    m_sources->setFrameShape(QFrame::NoFrame);
    sourcesLayout->addWidget(m_sources);
    m_tabs->addTab(sourcesPage, tr("&Sources"));
    // Tagging happens on the reference's own text, next to its citation.
    m_tagged = new TaggedTextView(session, m_tabs);
    m_tabs->addTab(m_tagged, tr("E&vidence"));
    connect(m_showRaw, &QCheckBox::toggled, this, &ReferenceDetailPane::renderSources);

    const auto reloadIfShown = [this](const QList<qint64>& references) {
        if (references.isEmpty() || references.contains(m_reference.id.value))
            reload();
    };
    connect(&m_session, &ProjectSession::referencesChanged, this, reloadIfShown);
    connect(&m_session, &ProjectSession::screeningChanged, this, reloadIfShown);
    connect(&m_session, &ProjectSession::duplicatesChanged, this, &ReferenceDetailPane::reload);
    connect(&m_session, &ProjectSession::reloaded, this, &ReferenceDetailPane::reload);
    m_stack->setCurrentWidget(m_emptyLabel);
}

ReferenceDetailPane::~ReferenceDetailPane() = default;

QLineEdit* ReferenceDetailPane::addLineEdit(ReferenceField field)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(SetReferenceField::fieldName(field).toLower().remove(QLatin1Char(' ')) +
                        QStringLiteral("LineEdit"));
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] { commit(field, edit->text()); });
    edit->installEventFilter(this);
    m_editors[field] = edit;
    return edit;
}

void ReferenceDetailPane::buildEditor(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), addLineEdit(ReferenceField::Title));
    form->addRow(tr("&Year:"), addLineEdit(ReferenceField::Year));

    m_typeCombo = new QComboBox(page);
    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    for (int i = 0; i <= static_cast<int>(core::PublicationType::Other); ++i) {
        const auto type = static_cast<core::PublicationType>(i);
        m_typeCombo->addItem(ReferenceTableModel::typeLabel(type), core::toString(type));
    }
    connect(m_typeCombo, &QComboBox::activated, this, [this](int index) {
        commit(ReferenceField::Type, m_typeCombo->itemData(index).toString());
    });
    m_editors[ReferenceField::Type] = m_typeCombo;
    form->addRow(tr("T&ype:"), m_typeCombo);
    QLineEdit* publicationTypes = addLineEdit(ReferenceField::PublicationTypes);
    publicationTypes->setPlaceholderText(tr("As the database named it: Case Reports; Review"));
    form->addRow(tr("Pu&blication types:"), publicationTypes);

    form->addRow(tr("&Journal:"), addLineEdit(ReferenceField::Journal));
    form->addRow(tr("&Volume:"), addLineEdit(ReferenceField::Volume));
    form->addRow(tr("&Issue:"), addLineEdit(ReferenceField::Issue));
    form->addRow(tr("&Pages:"), addLineEdit(ReferenceField::Pages));
    form->addRow(tr("&DOI:"), addLineEdit(ReferenceField::Doi));
    form->addRow(tr("P&MID:"), addLineEdit(ReferenceField::Pmid));
    form->addRow(tr("&Language:"), addLineEdit(ReferenceField::Language));
    form->addRow(tr("&URL:"), addLineEdit(ReferenceField::Url));

    auto* keywords = new QPlainTextEdit(page);
    keywords->setObjectName(QStringLiteral("keywordsPlainTextEdit"));
    keywords->setTabChangesFocus(true);
    keywords->setPlaceholderText(tr("One keyword per line"));
    setPlainTextLines(keywords, KEYWORD_EDITOR_LINES);
    keywords->installEventFilter(this);
    m_editors[ReferenceField::Keywords] = keywords;
    form->addRow(tr("&Keywords:"), keywords);

    auto* abstract = new QPlainTextEdit(page);
    abstract->setObjectName(QStringLiteral("abstractPlainTextEdit"));
    abstract->setTabChangesFocus(true);
    abstract->setPlaceholderText(tr("Sections separated by a blank line, each may start with a label: \"METHODS: …\""));
    setPlainTextLines(abstract, ABSTRACT_EDITOR_LINES);
    abstract->installEventFilter(this);
    m_editors[ReferenceField::Abstract] = abstract;
    form->addRow(tr("&Abstract:"), abstract);

    auto* hint = new QLabel(tr("Changes are saved when you leave a field; Ctrl+Z undoes them."), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
}

QWidget* ReferenceDetailPane::editor(ReferenceField field) const
{
    const auto found = m_editors.find(field);
    return found == m_editors.end() ? nullptr : found->second;
}

QWidget* ReferenceDetailPane::firstFocusWidget() const
{
    return m_tabs;
}

QWidget* ReferenceDetailPane::lastFocusWidget() const
{
    return editor(ReferenceField::Abstract);
}

bool ReferenceDetailPane::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit claims Ctrl+Z for its own typing. Once its text is saved it has nothing of
    // its own to undo, and the keys should reach Edit ▸ Undo/Redo and the project instead.
    if (event->type() == QEvent::ShortcutOverride) {
        if (auto* line = qobject_cast<QLineEdit*>(watched)) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool undo = key->matches(QKeySequence::Undo) && !line->isUndoAvailable();
            const bool redo = key->matches(QKeySequence::Redo) && !line->isRedoAvailable();
            if (undo || redo) {
                event->ignore();
                return true;
            }
        }
    }
    // Plain-text editors have no editingFinished; leaving them is the moment to save.
    if (event->type() == QEvent::FocusOut) {
        for (const ReferenceField field : {ReferenceField::Keywords, ReferenceField::Abstract})
            if (watched == editor(field))
                commit(field, static_cast<QPlainTextEdit*>(editor(field))->toPlainText());
    }
    return QWidget::eventFilter(watched, event);
}

void ReferenceDetailPane::changeEvent(QEvent* event)
{
    // The highlight colours come from the palette; re-render when the theme changes.
    if (event->type() == QEvent::PaletteChange && m_reference.id.isValid())
        renderOverview();
    QWidget::changeEvent(event);
}

void ReferenceDetailPane::showReference(core::ReferenceId id)
{
    if (id == m_reference.id)
        return;
    m_reference = core::Reference();
    m_reference.id = id;
    reload();
    m_tagged->showReference(id);
}

void ReferenceDetailPane::setSearchWords(const QStringList& words)
{
    if (words == m_searchWords)
        return;
    m_searchWords = words;
    if (m_reference.id.isValid())
        renderOverview();
}

void ReferenceDetailPane::focusEditor()
{
    if (!m_reference.id.isValid())
        return;
    m_tabs->setCurrentIndex(EditTab);
    auto* title = static_cast<QLineEdit*>(editor(ReferenceField::Title));
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
}

void ReferenceDetailPane::reload()
{
    const core::ReferenceId id = m_reference.id;
    if (!id.isValid()) {
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    auto reference = m_session.project().references().get(id);
    if (!reference) {
        core::log::ui()->warn("cannot show reference {}: {}", id.value, reference.error().message);
        m_reference = core::Reference();
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_reference = *reference;
    auto fullTexts = m_session.project().references().fullTexts(id);
    m_fullTexts = fullTexts ? std::move(*fullTexts) : std::vector<core::FullText>();
    auto cited = m_session.project().references().citedReferences(id);
    m_citedReferences = cited ? std::move(*cited) : QStringList();
    renderOverview();
    renderSources();
    fillEditors();
    m_stack->setCurrentWidget(m_tabs);
}

void ReferenceDetailPane::renderOverview()
{
    const CitationFormatter formatter(
        m_searchWords, {palette().color(QPalette::Highlight), palette().color(QPalette::HighlightedText)});
    m_overview->setHtml(formatter.overviewHtml(m_reference, m_fullTexts, m_citedReferences));
}

void ReferenceDetailPane::renderSources()
{
    if (!m_reference.id.isValid())
        return;
    auto& repository = m_session.project().references();
    std::map<qint64, QString> batchNames;
    if (auto batches = repository.batches())
        for (const core::ImportBatch& batch : *batches)
            batchNames[batch.id.value] = batch.sourceName;

    std::vector<core::ReferenceId> records{m_reference.id};
    if (auto merged = repository.mergedInto(m_reference.id))
        records.insert(records.end(), merged->begin(), merged->end());

    QString html;
    if (records.size() > 1)
        html += QStringLiteral("<p>%1</p>")
                    .arg(records.size() == 2
                             ? tr("This reference was merged from 1 duplicate record.")
                             : tr("This reference was merged from %1 duplicate records.").arg(records.size() - 1));
    int shown = 0;
    for (const core::ReferenceId record : records) {
        auto sources = repository.sources(record);
        if (!sources)
            continue;
        for (const core::ReferenceSource& source : *sources) {
            ++shown;
            const QString batch = batchNames.count(source.batch.value) ? batchNames[source.batch.value] : QString();
            QString where = tr("record %1").arg(source.recordNumber);
            if (source.line > 0)
                where += tr(", line %1").arg(source.line);
            html += QStringLiteral("<p><b>%1</b> &nbsp;%2 · %3%4</p>")
                        .arg((batch.isEmpty() ? source.fileName : batch).toHtmlEscaped(),
                             source.fileName.toHtmlEscaped(),
                             source.format.toHtmlEscaped(),
                             QStringLiteral(" · ") + where);
            if (record != m_reference.id)
                html +=
                    QStringLiteral("<p><small>%1</small></p>").arg(tr("via merged duplicate #%1").arg(record.value));
            if (m_showRaw->isChecked())
                html +=
                    QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(source.rawText.toHtmlEscaped());
        }
    }
    if (shown == 0)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("This reference was entered by hand; it has no imported source."));
    m_sources->setHtml(html);
}

void ReferenceDetailPane::fillEditors()
{
    for (const auto& [field, widget] : m_editors) {
        const QString value = SetReferenceField::value(m_reference, field);
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            // setText() also clears the line edit's own undo history: what is saved is the baseline.
            const bool hadFocus = line->hasFocus();
            line->setText(value);
            if (!hadFocus)
                line->setCursorPosition(0);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
            if (text->toPlainText() != value)
                text->setPlainText(value);
        }
    }
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(core::toString(m_reference.type)));
}

void ReferenceDetailPane::commit(ReferenceField field, const QString& text)
{
    if (!m_reference.id.isValid())
        return;
    // Compare normalised values: retyping the same title with a trailing space is no edit.
    core::Reference changed = m_reference;
    const bool valid = SetReferenceField::setValue(changed, field, text).hasValue();
    if (valid && SetReferenceField::value(changed, field) == SetReferenceField::value(m_reference, field))
        return;
    if (!m_session.push(std::make_unique<SetReferenceField>(m_reference.id, field, text)))
        fillEditors(); // the edit was refused: show what the file holds
}

} // namespace stemma::ui
