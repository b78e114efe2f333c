// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace stemma::ui {

class ProjectSession;

/**
 * The Codebook part: the tag tree (add, rename, colour, delete, import and export as JSON) and the
 * evidence browser listing every span of the selected tag and its children across the project with
 * the text around it; double-clicking a span asks for its reference to be opened.
 */
class CodebookView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookView)

public:
    explicit CodebookView(ProjectSession& session, QWidget* parent = nullptr);
    ~CodebookView() override;

    QTreeWidget* tagTree() const { return m_tags; }
    QTreeWidget* evidenceList() const { return m_evidence; }

    /** Selects the tag and fills the evidence browser with its spans and its children's. */
    void selectTag(core::TagId id);
    core::TagId currentTag() const;

    bool addTag(const QString& name, core::TagId parent);
    bool renameTag(core::TagId id, const QString& name);
    bool setTagColour(core::TagId id, const QString& colour);
    bool removeTag(core::TagId id);
    /** Adds the tags of a codebook JSON file; the message says how many, or why it failed. */
    bool importFile(const QString& path, QString* message = nullptr);
    bool exportFile(const QString& path, QString* message = nullptr);

signals:
    void openReferenceRequested(core::ReferenceId id);

private:
    void reloadTags();
    /** Shows the spans of \a item's tag and all its subtags in its count column; returns that total. */
    int showSpanCounts(QTreeWidgetItem* item);
    void reloadEvidence();
    void askAdd(bool child);
    void askRename();
    void askColour();
    void askDelete();
    void askImport();
    void askExport();

    ProjectSession& m_session;
    QTreeWidget* m_tags = nullptr;
    QTreeWidget* m_evidence = nullptr;
    QLabel* m_description = nullptr;
};

} // namespace stemma::ui
