// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/SimulateCommand.h"

#include "app/cli/CommandParser.h"
#include "core/screening/ranking/LabelledDataset.h"
#include "core/screening/ranking/RankingSimulation.h"
#include "core/screening/ranking/TextFeatures.h"
#include "ui/render/RecallCurvePlot.h"
#include "ui/render/RenderFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>

#include <cmath>

namespace stemma::cli {
namespace {

using namespace core::screening::ranking;

/** Percent with one decimal, as the screening literature reports it. */
double percent(double fraction)
{
    return std::round(fraction * 1000.0) / 10.0;
}

QJsonObject metricsJson(const ScreeningMetrics& metrics)
{
    return QJsonObject{{QStringLiteral("wss95_insights"), percent(metrics.wss95Insights)},
                       {QStringLiteral("wss95_classic"), percent(metrics.wss95Classic)},
                       {QStringLiteral("wss100"), percent(metrics.wss100)},
                       {QStringLiteral("rrf10"), percent(metrics.rrf10)},
                       {QStringLiteral("atd"), percent(metrics.atd)}};
}

/** The recall curve as [screened, found] pairs, thinned to at most about 200 points. */
QJsonArray curveJson(const std::vector<int>& foundAfter)
{
    QJsonArray points;
    const std::size_t step = std::max<std::size_t>(1, foundAfter.size() / 200);
    for (std::size_t i = 0; i < foundAfter.size(); i += step)
        points.append(QJsonArray{static_cast<qint64>(i + 1), foundAfter[i]});
    if (!foundAfter.empty() && (foundAfter.size() - 1) % step != 0)
        points.append(QJsonArray{static_cast<qint64>(foundAfter.size()), foundAfter.back()});
    return points;
}

struct Averages
{
    double wss95Insights = 0, wss95Classic = 0, wss100 = 0, rrf10 = 0, atd = 0;
    void add(const ScreeningMetrics& m, double share)
    {
        wss95Insights += m.wss95Insights * share;
        wss95Classic += m.wss95Classic * share;
        wss100 += m.wss100 * share;
        rrf10 += m.rrf10 * share;
        atd += m.atd * share;
    }
    ScreeningMetrics metrics() const
    {
        ScreeningMetrics m;
        m.wss95Insights = wss95Insights;
        m.wss95Classic = wss95Classic;
        m.wss100 = wss100;
        m.rrf10 = rrf10;
        m.atd = atd;
        return m;
    }
};

} // namespace

QString SimulateCommand::name() const
{
    return QStringLiteral("simulate");
}
QString SimulateCommand::summary() const
{
    return QStringLiteral("Replay prioritised screening on a labelled CSV and report WSS, RRF and ATD.");
}

int SimulateCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(
        name(),
        QStringLiteral("Simulates prioritised screening on LABELLED.csv (columns title, abstract, optional "
                       "keywords, and a 0/1 inclusion column) as ASReview does: one random include and one "
                       "random exclude are known at the start, the model is retrained after every label and the "
                       "most likely relevant record is screened next. Reports WSS@95 (asreview-insights and "
                       "classic conventions), WSS@100, recall after 10% screened (RRF@10) and the average time "
                       "to discovery (ATD), in percent of the dataset."));
    command.addPositional(QStringLiteral("LABELLED.csv"), QStringLiteral("The labelled dataset."));
    command.addOption(
        QStringLiteral("seed"), QStringLiteral("Seed of the first run (default 0)."), QStringLiteral("N"));
    command.addOption(QStringLiteral("runs"),
                      QStringLiteral("Number of runs, with seeds N, N+1, ... (default 1)."),
                      QStringLiteral("K"));
    command.addOption(QStringLiteral("label"),
                      QStringLiteral("The inclusion column (default: label_included or included)."),
                      QStringLiteral("COLUMN"));
    command.addOption(QStringLiteral("model"),
                      QStringLiteral("logistic (default) or svm."),
                      QStringLiteral("MODEL"),
                      QStringLiteral("logistic"));
    command.addOption(QStringLiteral("cost"),
                      QStringLiteral("The model's regularisation constant C (default 1)."),
                      QStringLiteral("C"));
    command.addOption(QStringLiteral("min-df"),
                      QStringLiteral("Drop terms found in fewer records than this (default 2)."),
                      QStringLiteral("N"));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print the results as a JSON object."));
    command.addOption(
        QStringLiteral("svg"), QStringLiteral("Draw the recall curves into FILE as SVG."), QStringLiteral("FILE"));
    command.addOption(
        QStringLiteral("png"), QStringLiteral("Draw the recall curves into FILE as PNG."), QStringLiteral("FILE"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    auto& parser = command.parser();

    bool valid = true;
    const qulonglong seed =
        parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&valid) : 0;
    if (!valid)
        return context.fail(QStringLiteral("--seed must be a non-negative number"), UsageError);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt(&valid) : 1;
    if (!valid || runs < 1 || runs > 1000)
        return context.fail(QStringLiteral("--runs must be a number from 1 to 1000"), UsageError);
    RelevanceModelOptions options;
    const QString model = parser.value(QStringLiteral("model"));
    if (model == QLatin1String("svm"))
        options.loss = RelevanceModelOptions::Loss::HingeSvm;
    else if (model != QLatin1String("logistic"))
        return context.fail(QStringLiteral("--model must be logistic or svm"), UsageError);
    if (parser.isSet(QStringLiteral("cost"))) {
        options.cost = parser.value(QStringLiteral("cost")).toDouble(&valid);
        if (!valid || options.cost <= 0)
            return context.fail(QStringLiteral("--cost must be a positive number"), UsageError);
    }

    TextFeatureOptions featureOptions;
    if (parser.isSet(QStringLiteral("min-df"))) {
        featureOptions.minDocumentCount = parser.value(QStringLiteral("min-df")).toInt(&valid);
        if (!valid || featureOptions.minDocumentCount < 1)
            return context.fail(QStringLiteral("--min-df must be a positive number"), UsageError);
    }
    const QString path = parser.positionalArguments().front();
    auto dataset = LabelledDataset::read(path, parser.value(QStringLiteral("label")));
    if (!dataset)
        return context.fail(dataset.error().message);
    const TextFeatures features = TextFeatures::build(dataset->texts, featureOptions);
    const RankingSimulation simulation(features, dataset->included, options);

    std::vector<SimulationRun> results;
    Averages mean;
    for (int i = 0; i < runs; ++i) {
        auto result = simulation.run(seed + static_cast<qulonglong>(i));
        if (!result)
            return context.fail(path + QStringLiteral(": ") + result.error().message);
        mean.add(result->metrics, 1.0 / runs);
        results.push_back(std::move(*result));
    }
    const ScreeningMetrics plain = simulation.plainOrder();
    const int recordCount = static_cast<int>(dataset->texts.size());

    const std::pair<const char*, render::ImageFormat> outputs[] = {{"svg", render::ImageFormat::Svg},
                                                                   {"png", render::ImageFormat::Png}};
    for (const auto& [option, format] : outputs) {
        const QString file = parser.value(QString::fromLatin1(option));
        if (file.isEmpty())
            continue;
        render::RecallCurvePlot plot(recordCount - 2, dataset->includedCount() - 1);
        for (const auto& result : results)
            plot.addCurve(result.metrics.foundAfter);
        auto written = render::renderToFile(
            file,
            format,
            plot.size(),
            [&plot](QPainter& painter) { plot.paint(painter); },
            QStringLiteral("Recall curve"));
        if (!written)
            return context.fail(written.error().message);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray runList;
        for (const auto& result : results) {
            QJsonObject object = metricsJson(result.metrics);
            object.insert(QStringLiteral("seed"), static_cast<qint64>(result.seed));
            object.insert(QStringLiteral("prior_include_row"), static_cast<qint64>(result.priorInclude + 1));
            object.insert(QStringLiteral("prior_exclude_row"), static_cast<qint64>(result.priorExclude + 1));
            object.insert(QStringLiteral("recall_curve"), curveJson(result.metrics.foundAfter));
            runList.append(object);
        }
        QJsonObject root{{QStringLiteral("file"), path},
                         {QStringLiteral("records"), recordCount},
                         {QStringLiteral("included"), dataset->includedCount()},
                         {QStringLiteral("model"), model},
                         {QStringLiteral("cost"), options.cost},
                         {QStringLiteral("mean"), metricsJson(mean.metrics())},
                         {QStringLiteral("plain_order"), metricsJson(plain)},
                         {QStringLiteral("runs"), runList}};
        context.printJson(QJsonDocument(root));
        return Success;
    }
    const auto line = [&context](const QString& label, const ScreeningMetrics& m) {
        context.out << label << ": WSS@95 " << percent(m.wss95Insights) << "% (insights), " << percent(m.wss95Classic)
                    << "% (classic); WSS@100 " << percent(m.wss100) << "%; RRF@10 " << percent(m.rrf10) << "%; ATD "
                    << percent(m.atd) << "%\n";
    };
    context.out << path << ": " << recordCount << " records, " << dataset->includedCount() << " included\n";
    for (const auto& result : results)
        line(QStringLiteral("seed %1").arg(result.seed), result.metrics);
    if (runs > 1)
        line(QStringLiteral("mean of %1 runs").arg(runs), mean.metrics());
    line(QStringLiteral("plain order"), plain);
    return Success;
}

} // namespace stemma::cli
