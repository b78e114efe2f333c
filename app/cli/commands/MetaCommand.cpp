// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/MetaCommand.h"

#include "app/cli/CommandParser.h"
#include "core/analysis/BackTransform.h"
#include "core/analysis/EffectSize.h"
#include "core/analysis/MetaAnalysis.h"
#include "core/analysis/MetaCsvReader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace stemma::cli {

using namespace core::analysis;

namespace {

/// JSON has no NaN or infinity; those become null.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString format(double value, int decimals = 4)
{
    if (std::isnan(value))
        return QStringLiteral("NA");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'f', decimals);
}

QString formatP(double p)
{
    if (std::isfinite(p) && p < 0.0001)
        return QStringLiteral("p < .0001");
    return QStringLiteral("p = %1").arg(format(p));
}

QJsonObject toJson(const MetaResult& result,
                   const std::optional<BackTransformed>& back,
                   const std::vector<EffectSize>& sizes,
                   EffectMeasure measure,
                   const MetaOptions& options)
{
    QJsonObject object{{QStringLiteral("measure"), effectMeasureName(measure)},
                       {QStringLiteral("method"), tauMethodName(options.method)},
                       {QStringLiteral("knha"), result.tTest},
                       {QStringLiteral("k"), result.k},
                       {QStringLiteral("estimate"), number(result.estimate)},
                       {QStringLiteral("se"), number(result.se)},
                       {QStringLiteral("ci_lb"), number(result.ciLb)},
                       {QStringLiteral("ci_ub"), number(result.ciUb)},
                       {QStringLiteral("stat"), number(result.stat)},
                       {QStringLiteral("pval"), number(result.pval)},
                       {QStringLiteral("tau2"), number(result.tau2)},
                       {QStringLiteral("i2"), number(result.i2)},
                       {QStringLiteral("h2"), number(result.h2)},
                       {QStringLiteral("q"), number(result.q)},
                       {QStringLiteral("q_df"), result.qDf},
                       {QStringLiteral("q_pval"), number(result.qPval)},
                       {QStringLiteral("pi_lb"), number(result.piLb)},
                       {QStringLiteral("pi_ub"), number(result.piUb)}};
    if (back) {
        object.insert(QStringLiteral("back"),
                      QJsonObject{{QStringLiteral("estimate"), number(back->estimate)},
                                  {QStringLiteral("ci_lb"), number(back->ciLb)},
                                  {QStringLiteral("ci_ub"), number(back->ciUb)}});
    }
    QJsonArray studies;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        QJsonObject study{{QStringLiteral("study"), sizes[i].study},
                          {QStringLiteral("yi"), number(sizes[i].yi)},
                          {QStringLiteral("vi"), number(sizes[i].vi)},
                          {QStringLiteral("weight"), number(result.weights[i])}};
        if (sizes[i].continuityCorrected)
            study.insert(QStringLiteral("continuity_corrected"), true);
        if (sizes[i].imputedChangeSd) {
            study.insert(QStringLiteral("imputed_change_sd"), true);
            study.insert(QStringLiteral("correlation"), sizes[i].correlationUsed);
        }
        studies.append(study);
    }
    object.insert(QStringLiteral("studies"), studies);
    return object;
}

void printText(QTextStream& out,
               const MetaResult& result,
               const std::optional<BackTransformed>& back,
               const std::vector<EffectSize>& sizes,
               EffectMeasure measure,
               const MetaOptions& options)
{
    QString model = options.method == TauMethod::FE
                        ? QStringLiteral("Common-effect model")
                        : QStringLiteral("Random-effects model (tau\u00b2 by %1)").arg(tauMethodName(options.method));
    out << model << ", measure " << effectMeasureName(measure) << ", k = " << result.k << '\n';
    if (result.tTest)
        out << "Knapp-Hartung adjustment: t test with " << result.tDf << " df\n";
    out << '\n';

    int labelWidth = 5;
    for (const auto& size : sizes)
        labelWidth = std::max(labelWidth, static_cast<int>(size.study.size()));
    labelWidth = std::min(labelWidth, 40);
    out << QStringLiteral("Study").leftJustified(labelWidth) << "  " << QStringLiteral("yi").rightJustified(10) << "  "
        << QStringLiteral("vi").rightJustified(10) << "  " << QStringLiteral("weight %").rightJustified(9) << '\n';
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        QString label = sizes[i].study.isEmpty() ? QString::number(i + 1) : sizes[i].study;
        QString notes;
        if (sizes[i].continuityCorrected)
            notes += QStringLiteral(" (+0.5 correction)");
        if (sizes[i].imputedChangeSd)
            notes += QStringLiteral(" (change SD imputed, r = %1)").arg(sizes[i].correlationUsed);
        out << label.left(labelWidth).leftJustified(labelWidth) << "  " << format(sizes[i].yi).rightJustified(10)
            << "  " << format(sizes[i].vi).rightJustified(10) << "  " << format(result.weights[i], 2).rightJustified(9)
            << notes << '\n';
    }
    out << '\n';
    const QString statName = result.tTest ? QStringLiteral("t") : QStringLiteral("z");
    out << "Estimate " << format(result.estimate) << "  SE " << format(result.se) << "  95% CI [" << format(result.ciLb)
        << ", " << format(result.ciUb) << "]  " << statName << " = " << format(result.stat, 2) << "  "
        << formatP(result.pval) << '\n';
    if (back) {
        out << "Back-transformed " << format(back->estimate) << "  95% CI [" << format(back->ciLb) << ", "
            << format(back->ciUb) << "]\n";
    }
    out << "Prediction interval [" << format(result.piLb) << ", " << format(result.piUb) << "]\n";
    out << "Heterogeneity: tau\u00b2 = " << format(result.tau2) << "  I\u00b2 = " << format(result.i2, 2)
        << "%  H\u00b2 = " << format(result.h2, 2) << "  Q(" << result.qDf << ") = " << format(result.q, 2) << "  "
        << formatP(result.qPval) << '\n';
}

} // namespace

QString MetaCommand::name() const
{
    return QStringLiteral("meta");
}
QString MetaCommand::summary() const
{
    return QStringLiteral("Meta-analyse per-study data from a CSV file.");
}

int MetaCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(
        name(),
        QStringLiteral(
            "Pools the studies in a CSV file as metafor's rma() does. Columns use metafor's names: yi,vi (GEN); "
            "m1i,sd1i,n1i,m2i,sd2i,n2i (MD, SMD); ai,bi,ci,di (OR, RR, RD); xi,ni (PR, PLO, PFT); "
            "m1i,m2i,ni with sdi or sd1i,sd2i[,ri] (MC). An optional 'study' column labels the rows."));
    command.addOption(QStringLiteral("input"), QStringLiteral("The CSV file."), QStringLiteral("FILE"));
    command.addOption(QStringLiteral("measure"),
                      QStringLiteral("GEN, MD, SMD, OR, RR, RD, PR, PLO, PFT or MC."),
                      QStringLiteral("MEASURE"),
                      QStringLiteral("GEN"));
    command.addOption(QStringLiteral("method"),
                      QStringLiteral("tau\u00b2 estimator: FE, DL, REML or PM."),
                      QStringLiteral("METHOD"),
                      QStringLiteral("REML"));
    command.addFlag(QStringLiteral("knha"), QStringLiteral("Use the Knapp-Hartung adjustment (t with k-1 df)."));
    command.addOption(QStringLiteral("correlation"),
                      QStringLiteral("For MC: baseline/follow-up correlation assumed when a row has no sdi or ri."),
                      QStringLiteral("R"),
                      QStringLiteral("0.5"));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print the result as a JSON object."));
    if (auto stop = command.parse(arguments, context, 0))
        return *stop;
    const auto& parser = command.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("meta: unexpected argument '%1'").arg(parser.positionalArguments().front()),
                            UsageError);
    const QString input = parser.value(QStringLiteral("input"));
    if (input.isEmpty())
        return context.fail(QStringLiteral("meta: --input FILE is required"), UsageError);
    const auto measure = effectMeasureFromName(parser.value(QStringLiteral("measure")));
    if (!measure)
        return context.fail(QStringLiteral("meta: unknown measure '%1'").arg(parser.value(QStringLiteral("measure"))),
                            UsageError);
    MetaOptions options;
    const auto method = tauMethodFromName(parser.value(QStringLiteral("method")));
    if (!method)
        return context.fail(QStringLiteral("meta: unknown method '%1'").arg(parser.value(QStringLiteral("method"))),
                            UsageError);
    options.method = *method;
    options.knha = parser.isSet(QStringLiteral("knha"));
    EffectSizeOptions effectOptions;
    bool correlationOk = false;
    effectOptions.assumedCorrelation = parser.value(QStringLiteral("correlation")).toDouble(&correlationOk);
    if (!correlationOk || std::abs(effectOptions.assumedCorrelation) > 1.0)
        return context.fail(QStringLiteral("meta: --correlation must be a number between -1 and 1"), UsageError);

    auto studies = MetaCsvReader::readFile(input);
    if (!studies)
        return context.fail(QStringLiteral("%1: %2").arg(input, studies.error().message));
    auto sizes = computeEffectSizes(*measure, *studies, effectOptions);
    if (!sizes)
        return context.fail(QStringLiteral("%1: %2").arg(input, sizes.error().message));
    std::vector<double> yi;
    std::vector<double> vi;
    std::vector<double> ni;
    for (const auto& size : *sizes) {
        yi.push_back(size.yi);
        vi.push_back(size.vi);
        ni.push_back(size.ni);
    }
    auto result = runMetaAnalysis(yi, vi, options);
    if (!result)
        return context.fail(QStringLiteral("%1: %2").arg(input, result.error().message));
    const auto back = backTransform(*measure, *result, ni);

    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(toJson(*result, back, *sizes, *measure, options)));
    else
        printText(context.out, *result, back, *sizes, *measure, options);
    return Success;
}

} // namespace stemma::cli
