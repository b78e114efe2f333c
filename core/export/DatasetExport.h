// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/ComparisonExport.h"

#include <QString>

#include <optional>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::exports {

/**
 * The extracted data of a project as plain tables, one per entity, linked by their ids:
 * studies, arms, interventions, patients, outcome results (with their measure, unit, timepoint,
 * evidence quote and source reference) and the references the studies came from.
 */
struct Dataset
{
    compare::Table studies;
    compare::Table arms;
    compare::Table interventions;
    compare::Table patients;
    compare::Table results;
    compare::Table references;
};

Result<Dataset> readDataset(ReviewProject& project);

enum class DatasetFormat { Xlsx, Csv };
/** "xlsx" or "csv"; nullopt otherwise. */
std::optional<DatasetFormat> datasetFormatFromName(const QString& name);

/** The workbook: sheets Studies, Arms, Interventions, Patients, Results, References. */
Result<void> writeDatasetXlsx(const Dataset& dataset, const QString& path);
/**
 * The tidy long table: one row per outcome result, with its study, arm, intervention family,
 * patient and measure alongside, numbers in full precision, so R reads it with read.csv and
 * hands the columns to metafor::escalc as they are: escalc("PLO", xi = events, ni = n, data = d).
 */
QString datasetCsv(const Dataset& dataset);

/** readDataset() then the chosen format into \a path. */
Result<void> exportDataset(ReviewProject& project, DatasetFormat format, const QString& path);

} // namespace stemma::core::exports
