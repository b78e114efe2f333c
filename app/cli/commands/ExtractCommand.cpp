// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ExtractCommand.h"

#include "app/cli/CommandParser.h"
#include "core/extract/Extractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace stemma::cli {

namespace {

QJsonObject toJson(const core::extract::Suggestion& suggestion)
{
    QJsonObject object{
        {QStringLiteral("field"), suggestion.field},
        {QStringLiteral("value"), suggestion.value},
        {QStringLiteral("text"), suggestion.text},
        {QStringLiteral("start"), suggestion.start},
        {QStringLiteral("end"), suggestion.end},
        {QStringLiteral("confidence"), suggestion.confidence},
    };
    // Only what the text said: an outcome has a measure, a dose a unit, a patient count neither.
    if (!suggestion.unit.isEmpty())
        object.insert(QStringLiteral("unit"), suggestion.unit);
    if (!suggestion.measure.isEmpty())
        object.insert(QStringLiteral("measure"), suggestion.measure);
    if (!suggestion.timepoint.isEmpty())
        object.insert(QStringLiteral("timepoint"), suggestion.timepoint);
    return object;
}

/** The quoted text on one line, shortened for a terminal table. */
QString quote(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > 48)
        line = line.left(45) + QStringLiteral("...");
    return QLatin1Char('"') + line + QLatin1Char('"');
}

} // namespace

QString ExtractCommand::name() const
{
    return QStringLiteral("extract");
}
QString ExtractCommand::summary() const
{
    return QStringLiteral("Propose study values (patients, dose, outcomes...) from a text file.");
}

int ExtractCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Reads FILE (UTF-8 text: a title and abstract, or a full text) and prints "
                                         "the values the rule-based extractor proposes, each with the text it "
                                         "came from and its offsets (UTF-16 code units)."));
    command.addPositional(QStringLiteral("FILE"), QStringLiteral("The text file to read."));
    command.addFlag(QStringLiteral("json"),
                    QStringLiteral("Print a JSON array of {field, value, unit, measure, timepoint, text, start, end, "
                                   "confidence}."));
    command.addFlag(QStringLiteral("distinct"), QStringLiteral("Show each distinct value once, at its first mention."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;

    const QString path = command.parser().positionalArguments().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());

    const core::extract::Extractor extractor;
    auto suggestions = extractor.extract(text);
    if (command.parser().isSet(QStringLiteral("distinct")))
        suggestions = core::extract::Extractor::distinct(suggestions);

    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& suggestion : suggestions)
            array.append(toJson(suggestion));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    context.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("FIELD"), -20)
                       .arg(QStringLiteral("VALUE"), -26)
                       .arg(QStringLiteral("UNIT"), -12)
                       .arg(QStringLiteral("MEASURE/TIME"), -26)
                       .arg(QStringLiteral("SPAN"), -12)
                       .arg(QStringLiteral("TEXT"));
    for (const auto& s : suggestions) {
        QStringList detail;
        if (!s.measure.isEmpty())
            detail << s.measure;
        if (!s.timepoint.isEmpty())
            detail << s.timepoint;
        context.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                           .arg(s.field, -20)
                           .arg(s.value, -26)
                           .arg(s.unit, -12)
                           .arg(detail.join(QStringLiteral(" @ ")), -26)
                           .arg(QStringLiteral("%1-%2").arg(s.start).arg(s.end), -12)
                           .arg(quote(s.text));
    }
    if (suggestions.isEmpty())
        context.out << "(no suggestions)\n";
    return Success;
}

} // namespace stemma::cli
