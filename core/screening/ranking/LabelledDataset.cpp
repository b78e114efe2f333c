// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/LabelledDataset.h"

#include "core/import/CsvReader.h"

#include <QFile>

#include <algorithm>

namespace stemma::core::screening::ranking {
namespace {

int columnOf(const QStringList& header, const QString& name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString field(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields[column].trimmed() : QString();
}

} // namespace

int LabelledDataset::includedCount() const
{
    return static_cast<int>(std::count(included.begin(), included.end(), true));
}

Result<LabelledDataset> LabelledDataset::read(const QString& path, const QString& labelColumn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    import::CsvReader reader(file, QLatin1Char(','));
    import::CsvRow row;
    if (!reader.readRow(row))
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the file is empty").arg(path));
    const QStringList header = row.fields;
    const int title = columnOf(header, QStringLiteral("title"));
    const int abstract = columnOf(header, QStringLiteral("abstract"));
    const int keywords = columnOf(header, QStringLiteral("keywords"));
    if (title < 0 && abstract < 0)
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1, line 1: no 'title' or 'abstract' column in the header").arg(path));
    int label = -1;
    QString labelName = labelColumn;
    if (!labelColumn.isEmpty()) {
        label = columnOf(header, labelColumn);
    } else {
        for (const char* candidate : {"label_included", "included", "label_abstract_screening", "label"}) {
            label = columnOf(header, QString::fromLatin1(candidate));
            if (label >= 0) {
                labelName = QString::fromLatin1(candidate);
                break;
            }
        }
    }
    if (label < 0)
        return makeError(
            ErrorCode::Parse,
            QStringLiteral("%1, line 1: no inclusion column (%2) in the header")
                .arg(path, labelColumn.isEmpty() ? QStringLiteral("label_included or included") : labelColumn));

    LabelledDataset dataset;
    while (reader.readRow(row)) {
        if (row.fields.size() == 1 && row.fields.front().trimmed().isEmpty())
            continue; // a blank line
        const QString value = field(row.fields, label);
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return makeError(ErrorCode::Parse,
                             QStringLiteral("%1, line %2: column '%3' is '%4', not 0 or 1")
                                 .arg(path)
                                 .arg(row.line)
                                 .arg(labelName, value));
        dataset.texts.push_back(field(row.fields, title) + QLatin1Char(' ') + field(row.fields, abstract) +
                                QLatin1Char(' ') + field(row.fields, keywords));
        dataset.included.push_back(value == QLatin1String("1"));
    }
    return dataset;
}

} // namespace stemma::core::screening::ranking
