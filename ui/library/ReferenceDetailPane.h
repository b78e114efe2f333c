// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"
#include "core/edit/SetReferenceField.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace stemma::ui {

class ProjectSession;
class TaggedTextView;

/**
 * The right-hand side of the Library: the selected reference as a formatted citation with its
 * abstract, an editor for its fields (each change is an undoable edit written at once), and
 * every source record it was read or merged from.
 */
class ReferenceDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceDetailPane)

public:
    enum Tab { OverviewTab, EditTab, SourcesTab };

    explicit ReferenceDetailPane(ProjectSession& session, QWidget* parent = nullptr);
    ~ReferenceDetailPane() override;

    /** Shows \a id (an invalid id clears the pane). */
    void showReference(core::ReferenceId id);
    core::ReferenceId referenceId() const { return m_reference.id; }
    /** Words to highlight, as the search box split them. */
    void setSearchWords(const QStringList& words);
    /** Switches to the editor and puts the cursor in the title. */
    void focusEditor();

    QTabWidget* tabs() const { return m_tabs; }
    QTextBrowser* overview() const { return m_overview; }
    QTextBrowser* sourcesView() const { return m_sources; }
    TaggedTextView* taggedText() const { return m_tagged; }
    QCheckBox* rawRecordToggle() const { return m_showRaw; }
    /** The editor of \a field: a QLineEdit, QPlainTextEdit or QComboBox. */
    QWidget* editor(core::edit::ReferenceField field) const;
    QWidget* firstFocusWidget() const;
    QWidget* lastFocusWidget() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildEditor(QWidget* page);
    void reload();
    void renderOverview();
    void renderSources();
    void fillEditors();
    void commit(core::edit::ReferenceField field, const QString& text);
    QLineEdit* addLineEdit(core::edit::ReferenceField field);

    ProjectSession& m_session;
    core::Reference m_reference;
    std::vector<core::FullText> m_fullTexts;
    QStringList m_citedReferences;
    QStringList m_searchWords;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_overview = nullptr;
    QTextBrowser* m_sources = nullptr;
    TaggedTextView* m_tagged = nullptr;
    QCheckBox* m_showRaw = nullptr;
    QComboBox* m_typeCombo = nullptr;
    std::map<core::edit::ReferenceField, QWidget*> m_editors;
};

} // namespace stemma::ui
