// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/CompareCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/ExportOutput.h"
#include "app/cli/commands/OpenProject.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonExport.h"
#include "ui/render/ComparisonDocument.h"
#include "ui/render/ForestPlot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace stemma::cli {

using namespace core::compare;

namespace {

QJsonValue number(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template <typename Id> QJsonArray idArray(const std::vector<Id>& ids)
{
    QJsonArray out;
    for (const auto& id : ids)
        out.append(id.value);
    return out;
}

QJsonObject toJson(const Comparison& c)
{
    QJsonArray rows;
    for (const auto& row : c.rows) {
        QJsonArray values;
        for (const auto& v : row.values) {
            QJsonObject value{{QStringLiteral("study_id"), v.study.value},
                              {QStringLiteral("study"), v.studyLabel},
                              {QStringLiteral("design"), core::toString(v.design)},
                              {QStringLiteral("arm"), v.arm},
                              {QStringLiteral("timepoint_months"), number(v.timepointMonths)},
                              {QStringLiteral("n"), v.n},
                              {QStringLiteral("estimate"), v.estimate},
                              {QStringLiteral("ci_lb"), number(v.ciLb)},
                              {QStringLiteral("ci_ub"), number(v.ciUb)},
                              {QStringLiteral("weight"), number(v.weight)},
                              {QStringLiteral("results"), idArray(v.results)}};
            if (v.events)
                value.insert(QStringLiteral("events"), *v.events);
            if (v.imputedSd)
                value.insert(QStringLiteral("imputed_sd"), true);
            if (!v.note.isEmpty())
                value.insert(QStringLiteral("note"), v.note);
            values.append(value);
        }
        rows.append(
            QJsonObject{{QStringLiteral("label"), row.label()},
                        {QStringLiteral("family"), core::toString(row.family)},
                        {QStringLiteral("subgroup"), row.subgroup},
                        {QStringLiteral("kind"),
                         row.kind == RowKind::Aggregate ? QStringLiteral("aggregate") : QStringLiteral("patients")},
                        {QStringLiteral("method"), describe(row.pooling)},
                        {QStringLiteral("studies"), row.studyCount},
                        {QStringLiteral("patients"), row.patients},
                        {QStringLiteral("k"), row.pooledCount},
                        {QStringLiteral("estimate"), number(row.estimate)},
                        {QStringLiteral("ci_lb"), number(row.ciLb)},
                        {QStringLiteral("ci_ub"), number(row.ciUb)},
                        {QStringLiteral("i2"), number(row.i2)},
                        {QStringLiteral("range_min"), number(row.rangeMin)},
                        {QStringLiteral("range_max"), number(row.rangeMax)},
                        {QStringLiteral("best_design"), core::toString(row.bestDesign)},
                        {QStringLiteral("imputed_sd"), row.anyImputedSd},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(row.notes)},
                        {QStringLiteral("study_ids"), idArray(row.studies)},
                        {QStringLiteral("result_ids"), idArray(row.results)},
                        {QStringLiteral("values"), values}});
    }
    return QJsonObject{
        {QStringLiteral("outcome"), c.measure.code},
        {QStringLiteral("name"), c.measure.name},
        {QStringLiteral("scale"), c.proportions ? QStringLiteral("proportion") : QStringLiteral("mean change")},
        {QStringLiteral("grouping"), groupingName(c.options.grouping)},
        {QStringLiteral("timepoint_months"), number(c.options.timepointMonths)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(c.skipped)}};
}

std::optional<double> parseNumber(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double v = text.toDouble(ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QString CompareCommand::name() const
{
    return QStringLiteral("compare");
}

QString CompareCommand::summary() const
{
    return QStringLiteral("Compare MSC and HSCT (and comparators) on one outcome.");
}

int CompareCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Pools one outcome per intervention family: proportions as random-effects "
                                         "logit proportions, continuous outcomes as within-arm mean change; case "
                                         "reports pooled per patient in rows of their own."));
    command.addPositional(QStringLiteral("project"), QStringLiteral("The .stemma project."));
    command.addOption(
        QStringLiteral("outcome"),
        QStringLiteral("Outcome code, name or synonym: mRSS, \"skin score\", FVC, DLCO, HAQ, mortality..."),
        QStringLiteral("CODE"));
    command.addOption(
        QStringLiteral("timepoint"), QStringLiteral("Months; default: each arm's latest."), QStringLiteral("T"));
    command.addOption(QStringLiteral("window"),
                      QStringLiteral("Months either side of --timepoint."),
                      QStringLiteral("W"),
                      QStringLiteral("3"));
    command.addOption(QStringLiteral("by"),
                      QStringLiteral("family, msc-source, donor, conditioning or design."),
                      QStringLiteral("GROUPING"),
                      QStringLiteral("family"));
    command.addOption(QStringLiteral("disease"),
                      QStringLiteral("Keep studies whose disease or subtype contains this."),
                      QStringLiteral("TEXT"));
    command.addOption(QStringLiteral("design"),
                      QStringLiteral("Keep these designs (comma-separated or repeated): rct, cohort, case-series..."),
                      QStringLiteral("DESIGN"));
    command.addOption(
        QStringLiteral("min-follow-up"), QStringLiteral("Minimum follow-up in months."), QStringLiteral("M"));
    command.addOption(
        QStringLiteral("max-follow-up"), QStringLiteral("Maximum follow-up in months."), QStringLiteral("M"));
    command.addFlag(QStringLiteral("included"), QStringLiteral("Only studies with a reference included at screening."));
    command.addOption(QStringLiteral("format"),
                      QStringLiteral("json, csv, xlsx, md, html, tex, odt or pdf."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("md"));
    command.addOption(
        QStringLiteral("o"), QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    command.addOption(QStringLiteral("plot"),
                      QStringLiteral("Also draw the forest plot (.svg, .png or .pdf)."),
                      QStringLiteral("FILE"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const auto& parser = command.parser();

    CompareOptions options;
    options.outcomeCode = parser.value(QStringLiteral("outcome"));
    if (options.outcomeCode.isEmpty())
        return context.fail(QStringLiteral("compare: --outcome CODE is required"), UsageError);
    bool ok = true;
    options.timepointMonths = parseNumber(parser.value(QStringLiteral("timepoint")), &ok);
    if (!ok)
        return context.fail(QStringLiteral("compare: --timepoint must be a number of months"), UsageError);
    options.timepointWindow = parseNumber(parser.value(QStringLiteral("window")), &ok).value_or(3.0);
    if (!ok || options.timepointWindow < 0)
        return context.fail(QStringLiteral("compare: --window must be a number of months"), UsageError);
    options.minFollowUpMonths = parseNumber(parser.value(QStringLiteral("min-follow-up")), &ok);
    if (!ok)
        return context.fail(QStringLiteral("compare: --min-follow-up must be a number"), UsageError);
    options.maxFollowUpMonths = parseNumber(parser.value(QStringLiteral("max-follow-up")), &ok);
    if (!ok)
        return context.fail(QStringLiteral("compare: --max-follow-up must be a number"), UsageError);
    const auto grouping = groupingFromName(parser.value(QStringLiteral("by")));
    if (!grouping)
        return context.fail(QStringLiteral("compare: unknown grouping '%1'").arg(parser.value(QStringLiteral("by"))),
                            UsageError);
    options.grouping = *grouping;
    options.disease = parser.value(QStringLiteral("disease"));
    // --design may be repeated or list several designs separated by commas.
    for (const QString& given : parser.values(QStringLiteral("design"))) {
        for (const QString& name : given.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto design = core::studyDesignFromString(name.trimmed());
            if (!design)
                return context.fail(QStringLiteral("compare: unknown design '%1'").arg(name.trimmed()), UsageError);
            options.designs.push_back(*design);
        }
    }
    options.onlyIncluded = parser.isSet(QStringLiteral("included"));

    const QString format = parser.value(QStringLiteral("format")).toLower();
    const QString output = parser.value(QStringLiteral("o"));
    if (auto stop = checkExportFormat(name(), format, output, context))
        return *stop;

    auto project = openProjectForReading(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    auto comparison = compareOutcome(*project, options);
    if (!comparison)
        return context.fail(comparison.error().message);

    if (parser.isSet(QStringLiteral("plot"))) {
        auto saved = render::ForestPlot(*comparison).save(parser.value(QStringLiteral("plot")));
        if (!saved)
            return context.fail(saved.error().message);
    }

    ExportWriters writers;
    writers.json = [&] {
        return QString::fromUtf8(QJsonDocument(toJson(*comparison)).toJson(QJsonDocument::Indented));
    };
    writers.text = [&](TableFormat f) { return exportDocument(*comparison, f); };
    writers.xlsx = [&](const QString& path) { return writeXlsx(*comparison, path); };
    writers.odt = [&](const QString& path) { return render::ComparisonDocument(*comparison).writeOdt(path); };
    writers.pdf = [&](const QString& path) { return render::ComparisonDocument(*comparison).writePdf(path); };
    return writeExport(format, output, writers, context);
}

} // namespace stemma::cli
