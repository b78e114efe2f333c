// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/SofCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/ExportOutput.h"
#include "app/cli/commands/OpenProject.h"
#include "core/grade/SummaryOfFindings.h"
#include "ui/render/SummaryOfFindingsDocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stemma::cli {

using namespace core;

namespace {

QJsonObject toJson(const grade::SummaryOfFindings& sof, const std::vector<grade::RowCertainty>& certainty)
{
    QJsonArray rows;
    for (std::size_t i = 0; i < sof.rows.size(); ++i) {
        const grade::SofRow& row = sof.rows[i];
        QJsonArray domains;
        for (const grade::DomainCertainty& d : certainty[i].assessment.domains)
            domains.append(QJsonObject{{QStringLiteral("domain"), grade::toString(d.domain)},
                                       {QStringLiteral("levels"), d.levels},
                                       {QStringLiteral("reason"), d.reason},
                                       {QStringLiteral("from_data"), d.fromData},
                                       {QStringLiteral("confirmed"), d.confirmed},
                                       {QStringLiteral("footnote"), d.footnote}});
        rows.append(QJsonObject{{QStringLiteral("comparison"), row.comparison},
                                {QStringLiteral("key"), row.key},
                                {QStringLiteral("participants"), row.participants},
                                {QStringLiteral("studies"), row.studies},
                                {QStringLiteral("start"), grade::displayName(certainty[i].assessment.start)},
                                {QStringLiteral("certainty"), grade::displayName(row.certainty)},
                                {QStringLiteral("symbols"), grade::symbols(row.certainty)},
                                {QStringLiteral("relative_effect"), row.relativeEffect},
                                {QStringLiteral("absolute_effect"), row.absoluteEffect},
                                {QStringLiteral("footnotes"), QJsonArray::fromStringList(row.certaintyNotes)},
                                {QStringLiteral("domains"), domains}});
    }
    return QJsonObject{{QStringLiteral("outcome"), sof.outcome},
                       {QStringLiteral("caption"), sof.caption},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("footnotes"), QJsonArray::fromStringList(sof.footnotes)}};
}

} // namespace

QString SofCommand::name() const
{
    return QStringLiteral("sof");
}

QString SofCommand::summary() const
{
    return QStringLiteral("GRADE summary-of-findings table of one outcome.");
}

int SofCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Writes the summary-of-findings table of one outcome: MSC and HSCT side by "
                                         "side with participants (studies), GRADE certainty, relative and absolute "
                                         "effects and footnotes. Certainty is proposed from the data and the "
                                         "reviewers' judgements."));
    command.addPositional(QStringLiteral("project"), QStringLiteral("The .stemma project."));
    command.addOption(
        QStringLiteral("outcome"), QStringLiteral("Outcome code: mRSS, DEATH, TRM..."), QStringLiteral("CODE"));
    command.addOption(QStringLiteral("format"),
                      QStringLiteral("json, csv, xlsx, md, html, tex, odt or pdf."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("md"));
    command.addOption(
        QStringLiteral("o"), QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const auto& parser = command.parser();

    compare::CompareOptions options;
    options.outcomeCode = parser.value(QStringLiteral("outcome"));
    if (options.outcomeCode.isEmpty())
        return context.fail(QStringLiteral("sof: --outcome CODE is required"), UsageError);
    const QString format = parser.value(QStringLiteral("format")).toLower();
    const QString output = parser.value(QStringLiteral("o"));
    if (auto stop = checkExportFormat(name(), format, output, context))
        return *stop;

    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    auto comparison = compare::compareOutcome(*project, options);
    if (!comparison)
        return context.fail(comparison.error().message);
    auto certainty = grade::assessCertainty(*project, *comparison);
    if (!certainty)
        return context.fail(certainty.error().message);
    const grade::SummaryOfFindings sof = grade::summaryOfFindings(*comparison, *certainty);

    ExportWriters writers;
    writers.json = [&] {
        return QString::fromUtf8(QJsonDocument(toJson(sof, *certainty)).toJson(QJsonDocument::Indented));
    };
    writers.text = [&](compare::TableFormat f) { return grade::exportSummaryOfFindings(sof, f); };
    writers.xlsx = [&](const QString& path) { return grade::writeSummaryOfFindingsXlsx(sof, path); };
    writers.odt = [&](const QString& path) { return render::SummaryOfFindingsDocument(sof).writeOdt(path); };
    writers.pdf = [&](const QString& path) { return render::SummaryOfFindingsDocument(sof).writePdf(path); };
    return writeExport(format, output, writers, context);
}

} // namespace stemma::cli
