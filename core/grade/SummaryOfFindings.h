// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/ComparisonExport.h"
#include "core/grade/OutcomeCertainty.h"

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::grade {

/** One line of a summary-of-findings table: one comparison row (MSC, HSCT…) of one outcome. */
struct SofRow
{
    QString comparison; ///< "MSC", "HSCT", "MSC (individual patients)"
    QString key;        ///< comparisonKey()
    int participants = 0;
    int studies = 0;
    CertaintyLevel certainty = CertaintyLevel::VeryLow;
    QStringList certaintyNotes; ///< footnote markers ("a", "b") of the domains that moved the level
    QString absoluteEffect;     ///< "Mean change −6.3 points (95% CI −9.6 to −3.0)" or "120 per 1000 (…)"
    QString relativeEffect;     ///< against the other family, when both are pooled; "—" otherwise
};

/** A GRADE summary-of-findings table for one outcome, MSC and HSCT side by side. */
struct SummaryOfFindings
{
    QString outcome; ///< "mRSS: Modified Rodnan skin score"
    QString caption;
    std::vector<SofRow> rows;
    QStringList footnotes; ///< "a: …" in marker order
};

/**
 * Builds the table from \a comparison and the certainty of each row (proposals with the
 * reviewer's judgements). Footnotes give the reason of every domain that moved the level: the
 * reviewer's footnote when there is one, else the proposal's reason. The relative effect of MSC
 * against HSCT is an unadjusted comparison across studies (a ratio of proportions or a
 * difference in mean change, normal approximation), footnoted as such.
 */
SummaryOfFindings summaryOfFindings(const compare::Comparison& comparison, const std::vector<RowCertainty>& certainty);
[[nodiscard]] Result<SummaryOfFindings> summaryOfFindings(ReviewProject& project,
                                                          const compare::Comparison& comparison);

/** The table in the shape every comparison export writes (CSV, Markdown, HTML, LaTeX, XLSX, ODT, PDF). */
compare::Table sofTable(const SummaryOfFindings& sof);
/** The table and its footnotes as the two tables every export writes. */
std::vector<compare::HeadedTable> sofTables(const SummaryOfFindings& sof);
/** The table followed by its footnotes, in one of the text formats of the comparison exports. */
QString exportSummaryOfFindings(const SummaryOfFindings& sof, compare::TableFormat format);
/** The table and its footnotes as worksheets of an XLSX workbook. */
[[nodiscard]] Result<void> writeSummaryOfFindingsXlsx(const SummaryOfFindings& sof, const QString& path);
/** Certainty as the table shows it: "⊕⊕◯◯ Low". */
QString certaintyText(CertaintyLevel level);

} // namespace stemma::core::grade
