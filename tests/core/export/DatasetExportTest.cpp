// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/DatasetExport.h"

#include "core/compare/Comparison.h"
#include "core/demo/DemoProjectBuilder.h"
#include "tests/core/export/ExportTestSupport.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace stemma::core;
using namespace stemma::core::exports;

namespace {

class DatasetExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = demo::buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
    }

    static qsizetype column(const compare::Table& table, const char* name)
    {
        const qsizetype index = table.header.indexOf(QLatin1String(name));
        EXPECT_GE(index, 0) << name;
        return index;
    }

    static QSet<QString> idsOf(const compare::Table& table, const char* name)
    {
        QSet<QString> ids;
        const qsizetype index = column(table, name);
        for (const QStringList& row : table.rows)
            ids.insert(row.at(index));
        return ids;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

TEST_F(DatasetExportTest, EveryResultLinksToItsStudyArmMeasureAndSource)
{
    auto dataset = readDataset(*project);
    ASSERT_TRUE(dataset) << dataset.error().message.toStdString();
    ASSERT_FALSE(dataset->results.rows.empty());
    const QSet<QString> studies = idsOf(dataset->studies, "study_id");
    const QSet<QString> arms = idsOf(dataset->arms, "arm_id");
    const QSet<QString> patients = idsOf(dataset->patients, "patient_id");
    const QSet<QString> references = idsOf(dataset->references, "reference_id");
    const compare::Table& results = dataset->results;
    int quoted = 0;
    for (const QStringList& row : results.rows) {
        ASSERT_EQ(row.size(), results.header.size());
        EXPECT_TRUE(studies.contains(row.at(column(results, "study_id"))));
        const QString arm = row.at(column(results, "arm_id"));
        const QString patient = row.at(column(results, "patient_id"));
        EXPECT_TRUE(arm.isEmpty() || arms.contains(arm)) << arm.toStdString();
        EXPECT_TRUE(patient.isEmpty() || patients.contains(patient)) << patient.toStdString();
        EXPECT_FALSE(row.at(column(results, "outcome_code")).isEmpty());
        const QString source = row.at(column(results, "reference_id"));
        EXPECT_TRUE(source.isEmpty() || references.contains(source)) << source.toStdString();
        quoted += row.at(column(results, "evidence_quote")).isEmpty() ? 0 : 1;
    }
    // The demo links its numbers to the sentences they were read from.
    EXPECT_GT(quoted, 0);
    for (const QStringList& row : dataset->interventions.rows)
        EXPECT_TRUE(arms.contains(row.at(column(dataset->interventions, "arm_id"))));
}

TEST_F(DatasetExportTest, WritesOneWorksheetPerEntity)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dataset.xlsx"));
    ASSERT_TRUE(exportDataset(*project, DatasetFormat::Xlsx, path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("PK")); // an XLSX file is a zip archive
    // Zip keeps member names uncompressed: six sheets, and the workbook naming them.
    for (int sheet = 1; sheet <= 6; ++sheet)
        EXPECT_TRUE(bytes.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet).toLatin1())) << sheet;
    EXPECT_FALSE(bytes.contains("xl/worksheets/sheet7.xml"));
}

TEST_F(DatasetExportTest, UnknownFormatNamesAreRefused)
{
    EXPECT_EQ(datasetFormatFromName(QStringLiteral("XLSX")), DatasetFormat::Xlsx);
    EXPECT_EQ(datasetFormatFromName(QStringLiteral("csv")), DatasetFormat::Csv);
    EXPECT_FALSE(datasetFormatFromName(QStringLiteral("ods")).has_value());
}

/**
 * The tidy CSV is what R users get: read.csv, then metafor::escalc and rma on the columns as they
 * are must reproduce Stemma's pooled treatment-related mortality after HSCT in the demo (logit
 * proportions, REML, each arm's latest result). Rscript runs in the test; it skips when R or
 * metafor is missing (Debian package r-cran-metafor).
 */
TEST_F(DatasetExportTest, TidyCsvReproducesThePooledEstimateInMetafor)
{
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty())
        GTEST_SKIP() << "Rscript is not installed";
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("results.csv"));
    ASSERT_TRUE(exportDataset(*project, DatasetFormat::Csv, csv));
    const QString script = dir.filePath(QStringLiteral("pool.R"));
    stemma::test::writeBytes(
        script,
        "suppressPackageStartupMessages(library(metafor))\n"
        "d <- read.csv(commandArgs(TRUE)[1], stringsAsFactors = FALSE)\n"
        "d <- d[d$outcome_code == 'TRM' & d$intervention_family == 'hsct' & is.na(d$patient_id) &\n"
        "       d$statistic == 'events-total', ]\n"
        "d <- d[order(d$arm_id, -d$timepoint_months), ]\n"
        "d <- d[!duplicated(d$arm_id), ]\n"
        "es <- escalc('PLO', xi = events, ni = n, data = d)\n"
        "fit <- rma(yi, vi, data = es, method = 'REML')\n"
        "p <- predict(fit, transf = transf.ilogit)\n"
        "cat(sprintf('%.12f %.12f %.12f %d\\n', p$pred, p$ci.lb, p$ci.ub, nrow(d)))\n");
    QProcess r;
    r.start(rscript, {script, csv});
    ASSERT_TRUE(r.waitForFinished(120000));
    const QString error = QString::fromUtf8(r.readAllStandardError());
    if (error.contains(QLatin1String("there is no package called")))
        GTEST_SKIP() << "metafor is not installed for R";
    ASSERT_EQ(r.exitCode(), 0) << error.toStdString();
    const QStringList values = QString::fromUtf8(r.readAllStandardOutput()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ASSERT_EQ(values.size(), 4) << error.toStdString();

    compare::CompareOptions options;
    options.outcomeCode = QStringLiteral("TRM");
    auto comparison = compare::compareOutcome(*project, options);
    ASSERT_TRUE(comparison);
    const auto hsct =
        std::find_if(comparison->rows.begin(), comparison->rows.end(), [](const compare::ComparisonRow& row) {
            return row.family == InterventionFamily::Hsct && row.kind == compare::RowKind::Aggregate;
        });
    ASSERT_NE(hsct, comparison->rows.end());
    EXPECT_EQ(values[3].trimmed().toInt(), hsct->pooledCount);
    EXPECT_NEAR(values[0].toDouble(), *hsct->estimate, 1e-6);
    EXPECT_NEAR(values[1].toDouble(), *hsct->ciLb, 1e-6);
    EXPECT_NEAR(values[2].toDouble(), *hsct->ciUb, 1e-6);
}

} // namespace
