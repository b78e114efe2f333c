// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"

#include <QWidget>

#include <vector>

class QTextBrowser;
class QLabel;

namespace stemma::ui {

class ProjectSession;

/**
 * A reference's title and abstract, read-only, with every tagged span shown in its tag's colour.
 * Select text and tag it from the context menu or with Ctrl+T (a type-ahead tag picker); a span
 * under the cursor can be removed from the context menu. Tagging and removing are undoable edits.
 */
class TaggedTextView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaggedTextView)

public:
    explicit TaggedTextView(ProjectSession& session, QWidget* parent = nullptr);
    ~TaggedTextView() override;

    void showReference(core::ReferenceId id);
    core::ReferenceId referenceId() const { return m_reference; }
    /** Selects [start, end) of \a field ("title" or "abstract") as if the reviewer had dragged over it. */
    void selectRange(const QString& field, int start, int end);
    /** Tags the current selection with \a tag; false when nothing (or text of both fields) is selected. */
    bool tagSelection(core::TagId tag);
    /** Asks for a tag with the quick-pick palette and tags the selection with it. */
    void pickTagForSelection();
    /** Removes the span covering document position \a position, if any. */
    bool removeSpanAt(int position);
    /** The spans shown now, in reading order. */
    const std::vector<core::TagSpan>& spans() const { return m_spans; }
    QTextBrowser* textView() const { return m_text; }

signals:
    void spanAdded(core::SpanId id);

private:
    void reload();
    void showContextMenu(const QPoint& position);
    /** The field and field offset of a document position; field empty outside title and abstract. */
    std::pair<QString, int> fieldOffset(int position) const;
    int documentPosition(const QString& field, int offset) const;

    ProjectSession& m_session;
    QTextBrowser* m_text = nullptr;
    QLabel* m_hint = nullptr;
    core::ReferenceId m_reference;
    QString m_title;
    QString m_abstract;
    std::vector<core::TagSpan> m_spans;
};

} // namespace stemma::ui
