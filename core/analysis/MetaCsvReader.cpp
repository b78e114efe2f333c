// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/MetaCsvReader.h"

#include <QFile>
#include <QStringList>

#include <array>
#include <cmath>

namespace stemma::core::analysis {

namespace {

using Field = std::optional<double> StudyData::*;

struct Column
{
    const char* name;
    Field field;
};

constexpr std::array<Column, 16> COLUMNS{{{"yi", &StudyData::yi},
                                          {"vi", &StudyData::vi},
                                          {"m1i", &StudyData::m1i},
                                          {"sd1i", &StudyData::sd1i},
                                          {"n1i", &StudyData::n1i},
                                          {"m2i", &StudyData::m2i},
                                          {"sd2i", &StudyData::sd2i},
                                          {"n2i", &StudyData::n2i},
                                          {"ai", &StudyData::ai},
                                          {"bi", &StudyData::bi},
                                          {"ci", &StudyData::ci},
                                          {"di", &StudyData::di},
                                          {"xi", &StudyData::xi},
                                          {"ni", &StudyData::ni},
                                          {"ri", &StudyData::ri},
                                          {"sdi", &StudyData::sdi}}};

struct Row
{
    int line = 0; ///< 1-based line on which the row starts
    QStringList fields;
};

Error parseError(int line, const QString& message)
{
    return makeError(ErrorCode::Parse, QStringLiteral("line %1: %2").arg(line).arg(message));
}

/// Splits CSV text into rows (RFC 4180 quoting, quoted fields may span lines); blank lines are skipped.
Result<std::vector<Row>> splitRows(const QString& text)
{
    std::vector<Row> rows;
    Row row;
    QString field;
    bool inQuotes = false;
    bool rowHasContent = false;
    int line = 1;
    row.line = 1;
    auto endRow = [&] {
        if (rowHasContent || !field.isEmpty() || !row.fields.isEmpty()) {
            row.fields << field;
            rows.push_back(row);
        }
        row = Row{};
        field.clear();
        rowHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty())
                return parseError(line, QStringLiteral("a quote inside an unquoted field"));
            field.clear();
            inQuotes = true;
            rowHasContent = true;
        } else if (ch == QLatin1Char(',')) {
            row.fields << field;
            field.clear();
            rowHasContent = true;
        } else if (ch == QLatin1Char('\n')) {
            endRow();
            ++line;
            row.line = line;
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
            if (!ch.isSpace())
                rowHasContent = true;
        }
    }
    if (inQuotes)
        return parseError(row.line, QStringLiteral("a quoted field is not closed"));
    endRow();
    return rows;
}

} // namespace

Result<std::vector<StudyData>> MetaCsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parse(text);
}

Result<std::vector<StudyData>> MetaCsvReader::parse(const QString& text)
{
    auto rows = splitRows(text);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError(ErrorCode::Parse, QStringLiteral("line 1: the file has no header row"));

    const Row& header = rows->front();
    std::vector<Field> fields(static_cast<std::size_t>(header.fields.size()), nullptr);
    qsizetype studyColumn = -1;
    bool anyKnown = false;
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed();
        if (name.compare(QLatin1String("study"), Qt::CaseInsensitive) == 0) {
            studyColumn = c;
            continue;
        }
        for (const auto& column : COLUMNS) {
            if (name == QLatin1String(column.name)) {
                fields[static_cast<std::size_t>(c)] = column.field;
                anyKnown = true;
            }
        }
    }
    if (!anyKnown)
        return parseError(header.line,
                          QStringLiteral("the header names none of the columns yi, vi, m1i, sd1i, n1i, "
                                         "m2i, sd2i, n2i, ai, bi, ci, di, xi, ni, ri, sdi"));

    std::vector<StudyData> studies;
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const Row& row = (*rows)[r];
        if (row.fields.size() != header.fields.size())
            return parseError(
                row.line,
                QStringLiteral("expected %1 fields, found %2").arg(header.fields.size()).arg(row.fields.size()));
        StudyData study;
        for (qsizetype c = 0; c < row.fields.size(); ++c) {
            const QString value = row.fields.at(c).trimmed();
            if (c == studyColumn) {
                study.study = value;
                continue;
            }
            const Field field = fields[static_cast<std::size_t>(c)];
            if (!field || value.isEmpty() || value == QLatin1String("NA"))
                continue;
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number))
                return parseError(row.line,
                                  QStringLiteral("%1 '%2' is not a number").arg(header.fields.at(c).trimmed(), value));
            study.*field = number;
        }
        studies.push_back(std::move(study));
    }
    if (studies.empty())
        return parseError(header.line + 1, QStringLiteral("the file has no study rows"));
    return studies;
}

} // namespace stemma::core::analysis
