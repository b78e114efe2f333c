// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/PrismaCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/screening/PrismaCounts.h"
#include "ui/render/PrismaDiagram.h"
#include "ui/render/RenderFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>

namespace stemma::cli {
namespace {

QJsonArray toJson(const std::vector<core::screening::PrismaItem>& items)
{
    QJsonArray array;
    for (const auto& item : items) {
        QJsonObject object{{QStringLiteral("label"), item.label}, {QStringLiteral("n"), item.count}};
        if (!item.searchDate.isEmpty())
            object.insert(QStringLiteral("search_date"), item.searchDate);
        array.append(object);
    }
    return array;
}

QJsonObject toJson(const core::screening::PrismaCounts& counts)
{
    return QJsonObject{
        {QStringLiteral("identified_by_source"), toJson(counts.identifiedBySource)},
        {QStringLiteral("identified"), counts.identified},
        {QStringLiteral("duplicates_removed"), counts.duplicatesRemoved},
        {QStringLiteral("marked_ineligible_by_automation"), counts.markedIneligibleByAutomation},
        {QStringLiteral("removed_for_other_reasons"), counts.removedForOtherReasons},
        {QStringLiteral("screened"), counts.screened},
        {QStringLiteral("excluded_title_abstract"), counts.excludedTitleAbstract},
        {QStringLiteral("awaiting_title_abstract"), counts.awaitingTitleAbstract},
        {QStringLiteral("sought_for_retrieval"), counts.soughtForRetrieval},
        {QStringLiteral("not_retrieved"), counts.notRetrieved},
        {QStringLiteral("assessed"), counts.assessed},
        {QStringLiteral("excluded_full_text"), counts.excludedFullText},
        {QStringLiteral("excluded_by_reason"), toJson(counts.excludedByReason)},
        {QStringLiteral("awaiting_full_text"), counts.awaitingFullText},
        {QStringLiteral("reports_included"), counts.reportsIncluded},
        {QStringLiteral("studies_included"), counts.studiesIncluded},
    };
}

} // namespace

QString PrismaCommand::name() const
{
    return QStringLiteral("prisma");
}
QString PrismaCommand::summary() const
{
    return QStringLiteral("Print or draw the PRISMA 2020 flow diagram.");
}

int PrismaCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Counts every box of the PRISMA 2020 flow diagram from the "
                                         "project's imports, merges, votes and studies."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print the counts as a JSON object."));
    command.addOption(
        QStringLiteral("svg"), QStringLiteral("Draw the diagram into FILE as SVG."), QStringLiteral("FILE"));
    command.addOption(
        QStringLiteral("png"), QStringLiteral("Draw the diagram into FILE as PNG."), QStringLiteral("FILE"));
    command.addOption(
        QStringLiteral("pdf"), QStringLiteral("Draw the diagram into FILE as PDF."), QStringLiteral("FILE"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    auto& parser = command.parser();
    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    auto counts = core::screening::PrismaCounts::compute(*project);
    if (!counts)
        return context.fail(counts.error().message);

    const std::pair<const char*, render::ImageFormat> outputs[] = {
        {"svg", render::ImageFormat::Svg}, {"png", render::ImageFormat::Png}, {"pdf", render::ImageFormat::Pdf}};
    for (const auto& [option, format] : outputs) {
        const QString path = parser.value(QString::fromLatin1(option));
        if (path.isEmpty())
            continue;
        const render::PrismaDiagram diagram(*counts);
        auto written = render::renderToFile(
            path,
            format,
            diagram.size(),
            [&diagram](QPainter& painter) { diagram.paint(painter); },
            QStringLiteral("PRISMA 2020 flow diagram"));
        if (!written)
            return context.fail(written.error().message);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(toJson(*counts)));
        return Success;
    }
    const auto& c = *counts;
    for (const auto& item : c.identifiedBySource) {
        context.out << "identified from " << item.label << ": " << item.count;
        if (!item.searchDate.isEmpty())
            context.out << " (searched " << item.searchDate << ')';
        context.out << '\n';
    }
    context.out << "records identified: " << c.identified << '\n'
                << "duplicates removed: " << c.duplicatesRemoved << '\n'
                << "marked ineligible by automation tools: " << c.markedIneligibleByAutomation << '\n'
                << "removed for other reasons: " << c.removedForOtherReasons << '\n'
                << "records screened: " << c.screened << '\n'
                << "records excluded: " << c.excludedTitleAbstract << '\n'
                << "awaiting title/abstract decision: " << c.awaitingTitleAbstract << '\n'
                << "reports sought for retrieval: " << c.soughtForRetrieval << '\n'
                << "reports not retrieved: " << c.notRetrieved << '\n'
                << "reports assessed for eligibility: " << c.assessed << '\n'
                << "reports excluded: " << c.excludedFullText << '\n';
    for (const auto& item : c.excludedByReason)
        context.out << "  " << item.label << ": " << item.count << '\n';
    context.out << "awaiting full-text decision: " << c.awaitingFullText << '\n'
                << "studies included: " << c.studiesIncluded << '\n'
                << "reports included: " << c.reportsIncluded << '\n';
    return Success;
}

} // namespace stemma::cli
