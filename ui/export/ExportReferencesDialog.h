// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/LibraryQuery.h"
#include "core/domain/Ids.h"
#include "core/export/ReferenceExporter.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

class LibraryView;

/**
 * File ▸ Export References…: which references (the Library selection, the current filter, a
 * screening outcome, a search, or all), in which format, with or without the screening, to which
 * file. The export itself is core::exports::exportReferencesToFile.
 */
class ExportReferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReferencesDialog)

public:
    /** What the Library offers as scopes besides the screening outcomes. */
    struct LibraryState
    {
        std::vector<core::ReferenceId> selection;
        core::db::LibraryFilter filter;
        int filteredCount = 0;
        int totalCount = 0;

        /** What \a view shows and has selected now. */
        static LibraryState of(const LibraryView& view);
    };

    ExportReferencesDialog(core::ReviewProject& project, LibraryState library, QWidget* parent = nullptr);
    ~ExportReferencesDialog() override;

    /** Starts on "Selected references" (the Library's context menu opens the dialog this way). */
    void chooseSelection();
    /** The options the controls describe now. */
    core::exports::ReferenceExportOptions options() const;
    /** Writes the file; false (with the reason shown in the dialog) when it could not. */
    bool exportNow();
    int exportedCount() const { return m_exported; }

    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* formatBox() const { return m_format; }
    QCheckBox* screeningBox() const { return m_screening; }
    QLineEdit* searchEdit() const { return m_search; }
    QLineEdit* pathEdit() const { return m_path; }

public slots:
    void accept() override;

private:
    void browse();
    void updateControls();

    core::ReviewProject& m_project;
    LibraryState m_library;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_screening = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_message = nullptr;
    int m_exported = 0;
};

} // namespace stemma::ui
