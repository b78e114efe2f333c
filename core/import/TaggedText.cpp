// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/TaggedText.h"

#include "core/import/LineReader.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>

namespace stemma::core::import::tagged {

QString firstValue(const QList<TaggedField>& fields, std::initializer_list<QString> tags)
{
    for (const QString& tag : tags)
        for (const TaggedField& field : fields)
            if (field.tag == tag && !field.value.isEmpty())
                return field.value;
    return {};
}

QStringList allValues(const QList<TaggedField>& fields, const QString& tag)
{
    QStringList values;
    for (const TaggedField& field : fields)
        if (field.tag == tag && !field.value.isEmpty())
            values << field.value;
    return values;
}

QString headText(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoder.decode(head.mid(2));
    }
    return QString::fromUtf8(head);
}

std::optional<int> leadingYear(const QString& text)
{
    static const QRegularExpression year(QStringLiteral("^\\s*(\\d{4})(?!\\d)"));
    const auto match = year.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString doiInText(const QString& text)
{
    static const QRegularExpression resolver(QStringLiteral("(?:https?://)?(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/\\S+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression marked(QStringLiteral("\\bdoi\\s*:\\s*(10\\.\\d{4,9}/\\S+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = resolver.match(text); match.hasMatch())
        return match.captured(0);
    if (const auto match = marked.match(text); match.hasMatch())
        return match.captured(1);
    return {};
}

bool startsAbstractSection(const QString& line)
{
    // A label of a few words, capitalised, then a colon: "RESULTS:", "Conclusions and relevance:".
    static const QRegularExpression label(QStringLiteral("^\\s*\\p{Lu}[\\p{L} ,&/-]{1,40}:(\\s|$)"));
    return label.match(line).hasMatch();
}

void appendContinuation(QString& field, const QString& text, bool newParagraph)
{
    if (text.isEmpty())
        return;
    if (!field.isEmpty())
        field += newParagraph ? QStringLiteral("\n\n") : QStringLiteral(" ");
    field += text;
}

ImportProblem makeProblem(
    ImportProblem::Severity severity, const QString& file, int line, int record, const QString& message)
{
    ImportProblem problem;
    problem.severity = severity;
    problem.file = file;
    problem.line = line;
    problem.record = record;
    problem.message = message;
    return problem;
}

void reportLineIssues(const LineReader& reader, const QString& file, int record, ParseSink& sink, int& reported)
{
    QStringList issues;
    if (reader.lastLineHadInvalidUtf8())
        issues << QStringLiteral("line is not valid UTF-8; read as Latin-1");
    if (reader.lastLineTruncated())
        issues << QStringLiteral("line is too long; the rest was cut");
    for (const QString& issue : std::as_const(issues)) {
        ++reported;
        if (reported <= MAX_LINE_WARNINGS)
            sink.problem(makeProblem(ImportProblem::Severity::Warning, file, reader.lineNumber(), record, issue));
        if (reported == MAX_LINE_WARNINGS)
            sink.problem(makeProblem(ImportProblem::Severity::Warning,
                                     file,
                                     reader.lineNumber(),
                                     record,
                                     QStringLiteral("further lines with encoding or length problems are not listed")));
    }
}

Result<void> checkReadable(const QIODevice& device, const QString& file)
{
    if (!device.isOpen() || !device.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1 is not open for reading").arg(file));
    return {};
}

} // namespace stemma::core::import::tagged
