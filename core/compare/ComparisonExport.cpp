// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/ComparisonExport.h"

#include "core/export/Workbook.h"

#include <QFile>
#include <QStringBuilder>

#include <algorithm>

namespace stemma::core::compare {

std::optional<TableFormat> tableFormatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("csv"))
        return TableFormat::Csv;
    if (key == QLatin1String("md") || key == QLatin1String("markdown"))
        return TableFormat::Markdown;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return TableFormat::Html;
    if (key == QLatin1String("tex") || key == QLatin1String("latex"))
        return TableFormat::Latex;
    return std::nullopt;
}

namespace {

QString number(std::optional<double> v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

/** Proportions are reported in percent, changes in the measure's unit. */
QString natural(const Comparison& c, std::optional<double> v)
{
    if (!v)
        return {};
    return c.proportions ? QString::number(*v * 100.0, 'f', 1) : QString::number(*v, 'f', 2);
}

template <typename Id> QString ids(const std::vector<Id>& list)
{
    QStringList out;
    for (const auto& id : list)
        out << QString::number(id.value);
    return out.join(QLatin1Char(' '));
}

QString csvCell(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString markdownCell(const QString& text)
{
    QString out = text;
    out.replace(QLatin1String("|"), QLatin1String("\\|"));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

QString latexCell(const QString& text)
{
    QString out;
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
        case '{':
        case '}':
            out += QLatin1Char('\\') + c;
            break;
        case '~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case '^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        case 0x00b2:
            out += QStringLiteral("\\textsuperscript{2}");
            break;
        case 0x00b1:
            out += QStringLiteral("$\\pm$");
            break;
        case 0x2013:
            out += QStringLiteral("--");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

QString comparisonTitle(const Comparison& c)
{
    QStringList families;
    for (const auto& row : c.rows) {
        const QString name = core::displayName(row.family);
        if (!families.contains(name))
            families << name;
    }
    QString title = QStringLiteral("%1 (%2)").arg(c.measure.code, c.measure.name);
    // Without rows there are no families to name; a colon followed by nothing reads as a cut-off title.
    title += families.isEmpty() ? QStringLiteral(": no usable results")
                                : QStringLiteral(": ") + families.join(QStringLiteral(" vs "));
    if (c.options.grouping != Grouping::Family)
        title += QStringLiteral(", by ") + groupingName(c.options.grouping);
    if (c.options.timepointMonths)
        title += QStringLiteral(", %1 \u00b1 %2 months").arg(*c.options.timepointMonths).arg(c.options.timepointWindow);
    return title;
}

Table comparisonTable(const Comparison& c)
{
    Table t;
    t.caption = comparisonTitle(c);
    const QString unit = c.proportions ? QStringLiteral(" (%)") : QStringLiteral(" (change)");
    t.header = {QStringLiteral("Group"),
                QStringLiteral("Data"),
                QStringLiteral("Studies"),
                QStringLiteral("Patients"),
                QStringLiteral("Pooled k"),
                QStringLiteral("Estimate") + unit,
                QStringLiteral("CI lower"),
                QStringLiteral("CI upper"),
                QStringLiteral("I\u00b2 (%)"),
                QStringLiteral("Range min"),
                QStringLiteral("Range max"),
                QStringLiteral("Best design"),
                QStringLiteral("Method"),
                QStringLiteral("Notes"),
                QStringLiteral("Study ids"),
                QStringLiteral("Result ids")};
    for (const auto& row : c.rows) {
        t.rows.push_back({row.label(),
                          displayName(row.kind),
                          QString::number(row.studyCount),
                          QString::number(row.patients),
                          QString::number(row.pooledCount),
                          natural(c, row.estimate),
                          natural(c, row.ciLb),
                          natural(c, row.ciUb),
                          number(row.i2, 1),
                          natural(c, row.rangeMin),
                          natural(c, row.rangeMax),
                          core::displayName(row.bestDesign),
                          describe(row.pooling),
                          row.notes.join(QStringLiteral("; ")),
                          ids(row.studies),
                          ids(row.results)});
    }
    return t;
}

Table studyTable(const Comparison& c)
{
    Table t;
    t.caption = QStringLiteral("Studies behind: ") + comparisonTitle(c);
    t.header = {QStringLiteral("Group"),
                QStringLiteral("Study"),
                QStringLiteral("Design"),
                QStringLiteral("Arm"),
                QStringLiteral("Months"),
                QStringLiteral("n"),
                QStringLiteral("Events"),
                c.proportions ? QStringLiteral("Value (%)") : QStringLiteral("Change"),
                QStringLiteral("CI lower"),
                QStringLiteral("CI upper"),
                QStringLiteral("Weight (%)"),
                QStringLiteral("Note"),
                QStringLiteral("Result ids")};
    for (const auto& row : c.rows)
        for (const auto& v : row.values)
            t.rows.push_back({row.label(),
                              v.studyLabel,
                              core::displayName(v.design),
                              v.arm,
                              v.timepointMonths ? QString::number(*v.timepointMonths) : QString(),
                              QString::number(v.n),
                              v.events ? QString::number(*v.events) : QString(),
                              natural(c, v.estimate),
                              natural(c, v.ciLb),
                              natural(c, v.ciUb),
                              number(v.weight, 1),
                              v.note,
                              ids(v.results)});
    return t;
}

QString formatTable(const Table& t, TableFormat format)
{
    QString out;
    switch (format) {
    case TableFormat::Csv: {
        QStringList cells;
        for (const auto& h : t.header)
            cells << csvCell(h);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const auto& row : t.rows) {
            cells.clear();
            for (const auto& cell : row)
                cells << csvCell(cell);
            out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        break;
    }
    case TableFormat::Markdown: {
        QStringList cells;
        for (const auto& h : t.header)
            cells << markdownCell(h);
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (qsizetype i = 0; i < t.header.size(); ++i)
            out += QStringLiteral(" --- |");
        out += QLatin1Char('\n');
        for (const auto& row : t.rows) {
            cells.clear();
            for (const auto& cell : row)
                cells << markdownCell(cell);
            out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        break;
    }
    case TableFormat::Html:
        out += QStringLiteral("<table>\n<caption>") + t.caption.toHtmlEscaped() +
               QStringLiteral("</caption>\n<thead><tr>");
        for (const auto& h : t.header)
            out += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const auto& row : t.rows) {
            out += QStringLiteral("<tr>");
            for (const auto& cell : row)
                out += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
        break;
    case TableFormat::Latex: {
        out += QStringLiteral("\\begin{table}[htbp]\n\\centering\n\\scriptsize\n\\caption{") + latexCell(t.caption) +
               QStringLiteral("}\n\\begin{tabular}{") + QString(t.header.size(), QLatin1Char('l')) +
               QStringLiteral("}\n\\toprule\n");
        QStringList cells;
        for (const auto& h : t.header)
            cells << latexCell(h);
        out += cells.join(QStringLiteral(" & ")) + QStringLiteral(" \\\\\n\\midrule\n");
        for (const auto& row : t.rows) {
            cells.clear();
            for (const auto& cell : row)
                cells << latexCell(cell);
            out += cells.join(QStringLiteral(" & ")) + QStringLiteral(" \\\\\n");
        }
        out += QStringLiteral("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
        break;
    }
    }
    return out;
}

QString exportTables(const std::vector<HeadedTable>& tables, TableFormat format)
{
    QString out;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const Table& table = tables[i].table;
        switch (format) {
        case TableFormat::Csv:
            out += (i ? QStringLiteral("\r\n") : QString()) + formatTable(table, format);
            break;
        case TableFormat::Markdown:
            out += (i ? QStringLiteral("\n## ") + tables[i].heading : QStringLiteral("# ") + table.caption) +
                   QStringLiteral("\n\n") + formatTable(table, format);
            break;
        case TableFormat::Html:
            out += formatTable(table, format);
            break;
        case TableFormat::Latex:
            out += (i ? QStringLiteral("\n") : QString()) + formatTable(table, format);
            break;
        }
    }
    const QString title = tables.empty() ? QString() : tables.front().table.caption;
    if (format == TableFormat::Html)
        return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped() +
               QStringLiteral("</title>\n<style>table{border-collapse:collapse;margin:1em 0;font:13px sans-serif}"
                              "th,td{border-bottom:1px solid #ccc;padding:3px 8px;text-align:left}"
                              "caption{font-weight:bold;text-align:left}</style></head><body>\n") +
               out + QStringLiteral("</body></html>\n");
    if (format == TableFormat::Latex)
        return QStringLiteral("% Needs \\usepackage{booktabs}\n") + out;
    return out;
}

QString exportDocument(const Comparison& c, TableFormat format)
{
    return exportTables({{QString(), comparisonTable(c)}, {QStringLiteral("Studies"), studyTable(c)}}, format);
}

Result<void> writeTablesXlsx(const std::vector<HeadedTable>& tables, const QString& path)
{
    std::vector<exports::Sheet> sheets;
    sheets.reserve(tables.size());
    for (const HeadedTable& headed : tables)
        sheets.push_back({headed.heading, headed.table});
    return exports::writeWorkbook(sheets, path, true);
}

Result<void> writeXlsx(const Comparison& c, const QString& path)
{
    return writeTablesXlsx(
        {{QStringLiteral("Comparison"), comparisonTable(c)}, {QStringLiteral("Studies"), studyTable(c)}}, path);
}

} // namespace stemma::core::compare
