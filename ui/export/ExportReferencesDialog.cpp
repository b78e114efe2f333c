// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportReferencesDialog.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "ui/library/LibraryView.h"
#include "ui/models/ReferenceTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

using Kind = core::exports::ExportScope::Kind;

const char* const LAST_FOLDER_KEY = "export/lastFolder";
const char* const LAST_FORMAT_KEY = "export/lastFormat";

} // namespace

ExportReferencesDialog::LibraryState ExportReferencesDialog::LibraryState::of(const LibraryView& view)
{
    return {view.selectedReferences(), view.currentFilter(), view.model()->rowCount(), view.model()->totalCount()};
}

ExportReferencesDialog::ExportReferencesDialog(core::ReviewProject& project, LibraryState library, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_library(std::move(library))
{
    setWindowTitle(tr("Export References"));
    setMinimumWidth(640); // room for a whole path
    setObjectName(QStringLiteral("exportReferencesDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    const int selected = int(m_library.selection.size());
    m_scope->addItem(selected == 1 ? tr("The selected reference") : tr("The %1 selected references").arg(selected),
                     int(Kind::Ids));
    m_scope->addItem(
        tr("References the Library shows now (%1 of %2)").arg(m_library.filteredCount).arg(m_library.totalCount),
        int(Kind::Filter));
    m_scope->addItem(tr("All references (%1)").arg(m_library.totalCount), int(Kind::All));
    m_scope->addItem(tr("Included at title/abstract screening"), int(Kind::Included));
    m_scope->addItem(tr("Included at full-text screening"), int(Kind::IncludedFullText));
    m_scope->addItem(tr("Excluded, with their reasons"), int(Kind::Excluded));
    m_scope->addItem(tr("A search…"), int(Kind::Search));
    m_scope->setCurrentIndex(m_scope->findData(int(Kind::All)));
    form->addRow(tr("&References:"), m_scope);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("msc AND (scleroderma OR \"systemic sclerosis\")"));
    form->addRow(tr("&Search:"), m_search);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (const core::exports::ReferenceFormat format : core::exports::allReferenceFormats())
        m_format->addItem(core::exports::displayName(format), core::exports::formatName(format));
    const int lastFormat = m_format->findData(QSettings().value(QLatin1String(LAST_FORMAT_KEY)).toString());
    m_format->setCurrentIndex(lastFormat < 0 ? 0 : lastFormat);
    form->addRow(tr("&Format:"), m_format);

    m_screening = new QCheckBox(tr("Add screening &decisions, exclusion reasons and notes"), this);
    m_screening->setObjectName(QStringLiteral("screeningCheckBox"));
    m_screening->setToolTip(tr("Written where the receiving tool keeps notes: RIS N1, BibTeX annote, CSL note, "
                               "EndNote research notes, MEDLINE GN, CSV columns"));
    form->addRow(QString(), m_screening);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    // A row holding a layout gets no buddy from addRow(QString, …), so the label is made here.
    auto* pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportPushButton"));
    exportButton->setDefault(true);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportReferencesDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportReferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportReferencesDialog::updateControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReferencesDialog::updateControls);

    const QString folder = QSettings().value(QLatin1String(LAST_FOLDER_KEY), QDir::homePath()).toString();
    const QString base = QFileInfo(m_project.path()).completeBaseName();
    m_path->setText(QDir(folder).filePath((base.isEmpty() ? QStringLiteral("references") : base) + QStringLiteral(".") +
                                          core::exports::fileSuffix(options().format)));
    updateControls();
}

ExportReferencesDialog::~ExportReferencesDialog() = default;

void ExportReferencesDialog::chooseSelection()
{
    m_scope->setCurrentIndex(m_scope->findData(int(Kind::Ids)));
}

core::exports::ReferenceExportOptions ExportReferencesDialog::options() const
{
    core::exports::ReferenceExportOptions options;
    options.format =
        core::exports::referenceFormatFromName(m_format->currentData().toString()).value_or(options.format);
    options.scope.kind = static_cast<Kind>(m_scope->currentData().toInt());
    options.scope.query = m_search->text().trimmed();
    if (options.scope.kind == Kind::Ids)
        options.scope.ids = m_library.selection;
    if (options.scope.kind == Kind::Filter)
        options.scope.filter = m_library.filter;
    options.includeScreening = m_screening->isChecked();
    return options;
}

void ExportReferencesDialog::updateControls()
{
    const Kind kind = static_cast<Kind>(m_scope->currentData().toInt());
    m_search->setEnabled(kind == Kind::Search);
    // An empty selection is no scope to offer.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_scope->model()); model && m_library.selection.empty())
        if (QStandardItem* item = model->item(m_scope->findData(int(Kind::Ids))))
            item->setEnabled(false);
    // Keep the file name's suffix in step with the format.
    const QString path = m_path->text();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_path->setText(info.dir().filePath(info.completeBaseName() + QStringLiteral(".") +
                                            core::exports::fileSuffix(options().format)));
    }
    m_message->clear();
}

void ExportReferencesDialog::browse()
{
    const auto format = options().format;
    const QString chosen = QFileDialog::getSaveFileName(
        this,
        tr("Export References"),
        m_path->text(),
        tr("%1 (*.%2)").arg(core::exports::displayName(format), core::exports::fileSuffix(format)));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool ExportReferencesDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    const auto chosen = options();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose a file to write."));
        return false;
    }
    if (chosen.scope.kind == Kind::Search && chosen.scope.query.isEmpty()) {
        m_message->setText(tr("Type a search, or choose other references."));
        return false;
    }
    auto written = core::exports::exportReferencesToFile(m_project, chosen, path);
    if (!written) {
        core::log::ui()->warn("reference export failed: {}", written.error().message);
        m_message->setText(written.error().message);
        return false;
    }
    m_exported = *written;
    QSettings().setValue(QLatin1String(LAST_FOLDER_KEY), QFileInfo(path).absolutePath());
    QSettings().setValue(QLatin1String(LAST_FORMAT_KEY), core::exports::formatName(chosen.format));
    return true;
}

void ExportReferencesDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace stemma::ui
