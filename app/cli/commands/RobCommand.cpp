// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/RobCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/compare/Comparison.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/db/StudyRepository.h"
#include "core/quality/QualityToolCatalog.h"
#include "core/quality/RobAnswers.h"
#include "core/quality/RobConflicts.h"
#include "core/quality/RobPlotData.h"
#include "ui/render/RobSummaryPlot.h"
#include "ui/render/TrafficLightPlot.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stemma::cli {

using namespace core;

namespace {

QJsonValue optionalText(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonObject outcomeJson(const quality::JudgementOutcome& outcome)
{
    QJsonObject o{{QStringLiteral("id"), outcome.id},
                  {QStringLiteral("proposed"), optionalText(outcome.proposal.judgement)},
                  {QStringLiteral("judgement"), optionalText(outcome.judgement)},
                  {QStringLiteral("overridden"), outcome.overridden},
                  {QStringLiteral("reason"), outcome.reason}};
    if (!outcome.proposal.missing.isEmpty())
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(outcome.proposal.missing));
    return o;
}

/// Each study's participants in the outcome's comparison (over its arms), for the weighted summary plot:
/// meta-analysis weights are percentages within one row, so patients are the weight shared by all rows.
Result<QHash<qint64, double>> studyWeights(ReviewProject& project, const QString& outcome, OutcomeMeasureId& measure)
{
    QHash<qint64, double> weights;
    if (outcome.isEmpty())
        return weights;
    compare::CompareOptions options;
    options.outcomeCode = outcome;
    auto comparison = compare::compareOutcome(project, options);
    if (!comparison)
        return comparison.error();
    measure = comparison->measure.id;
    for (const auto& row : comparison->rows)
        for (const auto& value : row.values)
            weights[value.study.value] += static_cast<double>(value.n);
    return weights;
}

Result<void> drawPlots(ReviewProject& project,
                       const std::vector<RobAssessment>& assessments,
                       const QHash<qint64, QString>& labels,
                       const QCommandLineParser& parser)
{
    OutcomeMeasureId measure;
    auto weights = studyWeights(project, parser.value(QStringLiteral("outcome")), measure);
    if (!weights)
        return weights.error();
    auto data = quality::robPlotData(assessments, parser.value(QStringLiteral("tool")), measure, labels, *weights);
    if (!data)
        return data.error();
    if (data->rows.empty())
        return Error{ErrorCode::NotFound,
                     QStringLiteral("no study is assessed with %1").arg(parser.value(QStringLiteral("tool")))};
    if (parser.isSet(QStringLiteral("plot")))
        STEMMA_TRY(render::TrafficLightPlot(*data).save(parser.value(QStringLiteral("plot"))));
    if (parser.isSet(QStringLiteral("summary-plot")))
        STEMMA_TRY(
            render::RobSummaryPlot(*data, !weights->isEmpty()).save(parser.value(QStringLiteral("summary-plot"))));
    return {};
}

} // namespace

QString RobCommand::name() const
{
    return QStringLiteral("rob");
}

QString RobCommand::summary() const
{
    return QStringLiteral("List risk-of-bias assessments and their judgements.");
}

int RobCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Lists every risk-of-bias assessment (RoB 2, ROBINS-I, Newcastle-Ottawa, JBI, "
                                         "Murad) with the judgement each tool's algorithm proposes, the one that "
                                         "stands and why, and the conflicts between reviewers."));
    command.addPositional(QStringLiteral("project"), QStringLiteral("The .stemma project."));
    command.addOption(QStringLiteral("study"), QStringLiteral("Only this study (id or label)."), QStringLiteral("S"));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    command.addOption(QStringLiteral("tool"),
                      QStringLiteral("Tool of the plots: rob2, robins-i, nos-cohort, jbi-case-series..."),
                      QStringLiteral("TOOL"),
                      QStringLiteral("rob2"));
    command.addOption(QStringLiteral("outcome"),
                      QStringLiteral("Outcome of the plots: per-outcome tools show its assessments, and the summary "
                                     "plot weighs studies by their participants in its comparison."),
                      QStringLiteral("CODE"));
    command.addOption(QStringLiteral("plot"),
                      QStringLiteral("Draw the traffic-light plot (.svg, .png or .pdf)."),
                      QStringLiteral("FILE"));
    command.addOption(QStringLiteral("summary-plot"),
                      QStringLiteral("Draw the summary bar plot (.svg, .png or .pdf)."),
                      QStringLiteral("FILE"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const auto& parser = command.parser();

    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    auto studies = project->studies().list();
    if (!studies)
        return context.fail(studies.error().message);
    QHash<qint64, QString> studyLabels;
    StudyId only;
    const QString wanted = parser.value(QStringLiteral("study"));
    for (const Study& s : *studies) {
        studyLabels.insert(s.id.value, s.label);
        if (!wanted.isEmpty() &&
            (s.label.compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(s.id.value) == wanted))
            only = s.id;
    }
    if (!wanted.isEmpty() && !only.isValid())
        return context.fail(QStringLiteral("rob: no study '%1'").arg(wanted));
    auto measures = project->outcomes().measures();
    if (!measures)
        return context.fail(measures.error().message);
    QHash<qint64, QString> measureCodes;
    for (const OutcomeMeasure& m : *measures)
        measureCodes.insert(m.id.value, m.code);
    auto reviewers = project->reviewers().list();
    if (!reviewers)
        return context.fail(reviewers.error().message);
    QHash<qint64, QString> reviewerNames;
    for (const Reviewer& r : *reviewers)
        reviewerNames.insert(r.id.value, r.name);

    auto assessments = project->riskOfBias().list(db::RobFilter{only, {}, {}});
    if (!assessments)
        return context.fail(assessments.error().message);
    auto conflicts = quality::findRobConflicts(*assessments);
    if (!conflicts)
        return context.fail(conflicts.error().message);

    QJsonArray items;
    for (const RobAssessment& a : *assessments) {
        auto outcome = quality::evaluate(a);
        if (!outcome)
            return context.fail(QStringLiteral("assessment %1: %2").arg(a.id.value).arg(outcome.error().message));
        QJsonArray domains;
        for (const auto& d : outcome->domains)
            domains.append(outcomeJson(d));
        QJsonArray answers;
        for (const RobAnswer& answer : a.answers) {
            QJsonObject o{{QStringLiteral("question"), answer.questionId}, {QStringLiteral("answer"), answer.answer}};
            if (!answer.comment.isEmpty())
                o.insert(QStringLiteral("comment"), answer.comment);
            if (answer.span.isValid())
                o.insert(QStringLiteral("span_id"), answer.span.value);
            answers.append(o);
        }
        items.append(QJsonObject{
            {QStringLiteral("id"), a.id.value},
            {QStringLiteral("study_id"), a.study.value},
            {QStringLiteral("study"), studyLabels.value(a.study.value)},
            {QStringLiteral("outcome"),
             a.measure.isValid() ? QJsonValue(measureCodes.value(a.measure.value)) : QJsonValue()},
            {QStringLiteral("tool"), a.toolId},
            {QStringLiteral("tool_version"), a.toolVersion},
            {QStringLiteral("kind"),
             a.kind == RobAssessmentKind::Consensus ? QStringLiteral("consensus") : QStringLiteral("independent")},
            {QStringLiteral("reviewer"), reviewerNames.value(a.reviewer.value)},
            {QStringLiteral("illustrative"), a.illustrative},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("domains"), domains},
            {QStringLiteral("overall"), outcomeJson(outcome->overall)}});
        if (!parser.isSet(QStringLiteral("json"))) {
            QStringList cells;
            for (const auto& d : outcome->domains)
                cells << d.id + QLatin1Char('=') + d.judgement.value_or(QStringLiteral("?"));
            context.out << studyLabels.value(a.study.value) << '\t'
                        << (a.measure.isValid() ? measureCodes.value(a.measure.value) : QStringLiteral("study")) << '\t'
                        << a.toolId << '\t' << reviewerNames.value(a.reviewer.value)
                        << (a.kind == RobAssessmentKind::Consensus ? QStringLiteral(" (consensus)") : QString())
                        << (a.illustrative ? QStringLiteral(" [illustrative]") : QString()) << '\t'
                        << cells.join(QLatin1Char(' '))
                        << "\toverall=" << outcome->overall.judgement.value_or(QStringLiteral("?")) << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("plot")) || parser.isSet(QStringLiteral("summary-plot"))) {
        if (auto drawn = drawPlots(*project, *assessments, studyLabels, parser); !drawn)
            return context.fail(drawn.error().message);
    }
    QJsonArray conflictItems;
    for (const quality::RobConflict& c : *conflicts)
        conflictItems.append(QJsonObject{{QStringLiteral("study_id"), c.study.value},
                                         {QStringLiteral("tool"), c.toolId},
                                         {QStringLiteral("first"), c.first.value},
                                         {QStringLiteral("second"), c.second.value},
                                         {QStringLiteral("domains"), QJsonArray::fromStringList(c.domains)},
                                         {QStringLiteral("questions"), QJsonArray::fromStringList(c.questions)},
                                         {QStringLiteral("resolved"), c.resolved}});
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("assessments"), items}, {QStringLiteral("conflicts"), conflictItems}}));
    return Success;
}

} // namespace stemma::cli
