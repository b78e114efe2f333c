// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonExport.h"
#include "core/screening/PrismaCounts.h"

#include <QString>
#include <QStringList>

#include <optional>

class QTextDocument;

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

/** The items a reviewer hands in, in the order the Reports part lists them. */
enum class ReportItem { Prisma, StudyCharacteristics, Comparison };
constexpr int REPORT_ITEM_COUNT = 3;

/** Everything the report shows, read from the project in one go so rendering never touches it. */
struct ReportData
{
    QString projectName;
    core::screening::PrismaCounts prisma;
    core::compare::Table studies;
    /** Empty when the project has no results for the chosen outcome. */
    std::optional<core::compare::Comparison> comparison;
    QString comparisonProblem; ///< why there is no comparison, for the preview
};

/**
 * The report's items as previews and files: the PRISMA 2020 flow diagram, the study
 * characteristics table and the MSC-vs-HSCT comparison with its forest plot, each in its own
 * formats, and all three in one PDF. Needs a QGuiApplication (fonts).
 */
class ReportDocument
{
public:
    /** Reads the counts, the studies and the comparison of \a outcomeCode from \a project. */
    static core::Result<ReportData> gather(core::ReviewProject& project, const QString& outcomeCode);

    explicit ReportDocument(ReportData data);

    /** The file extensions \a item can be exported to, the first being the usual one. */
    static QStringList formats(ReportItem item);
    /** "PDF document", "Excel workbook"…: what a save dialog shows for \a extension. */
    static QString formatName(ReportItem item, const QString& extension);
    static QString itemTitle(ReportItem item);
    /** One or two sentences on where \a item's content comes from. */
    static QString itemDescription(ReportItem item);

    /** Fills \a document with a preview of \a item. */
    void buildItem(ReportItem item, QTextDocument& document) const;
    /** Fills \a document with the whole report, each item starting on a new page. */
    void buildFullReport(QTextDocument& document) const;

    /** Writes \a item to \a path in the format its extension names. */
    core::Result<void> exportItem(ReportItem item, const QString& path) const;
    /** Writes the whole report as one PDF. */
    core::Result<void> writeFullReport(const QString& path) const;

    const ReportData& data() const { return m_data; }

private:
    QString prismaHtml(QTextDocument& document, double maxWidth, double maxHeight) const;
    QString studiesHtml() const;
    QString comparisonHtml(QTextDocument& document, double maxWidth) const;

    ReportData m_data;
};

} // namespace stemma::ui
