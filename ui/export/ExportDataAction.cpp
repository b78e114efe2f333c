// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportDataAction.h"

#include "core/ReviewProject.h"
#include "core/export/DatasetExport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QObject>
#include <QSettings>

namespace stemma::ui {

void exportExtractedData(core::ReviewProject& project, QWidget* parent)
{
    const QString workbook = QObject::tr("Excel workbook, one sheet per entity (*.xlsx)");
    const QString tidy = QObject::tr("Tidy CSV for R, one row per result (*.csv)");
    const QString folder = QSettings().value(QStringLiteral("export/lastFolder"), QDir::homePath()).toString();
    QString filter = workbook;
    QString path = QFileDialog::getSaveFileName(
        parent,
        QObject::tr("Export Extracted Data"),
        QDir(folder).filePath(QFileInfo(project.path()).completeBaseName() + QStringLiteral("-data.xlsx")),
        workbook + QStringLiteral(";;") + tidy,
        &filter);
    if (path.isEmpty())
        return;
    const auto format = filter == tidy ? core::exports::DatasetFormat::Csv : core::exports::DatasetFormat::Xlsx;
    const QString suffix = format == core::exports::DatasetFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
    if (auto written = core::exports::exportDataset(project, format, path); !written)
        QMessageBox::warning(parent, QObject::tr("Export Extracted Data"), written.error().message);
}

} // namespace stemma::ui
