// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/ReferenceText.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

#include <algorithm>

namespace stemma::core::codebook {
namespace {

// Between two attached files, so a span never runs from one file's last word into the next's first.
const QString FILE_SEPARATOR = QStringLiteral("\n\n");

} // namespace

QStringList ReferenceText::fields()
{
    return {titleField(), abstractField(), fullTextField()};
}

QString ReferenceText::joinFullTexts(const std::vector<FullText>& fullTexts)
{
    QStringList parts;
    for (const FullText& fullText : fullTexts)
        if (!fullText.text.isEmpty())
            parts << fullText.text;
    return parts.join(FILE_SEPARATOR);
}

Result<QString> ReferenceText::text(ReviewProject& project, ReferenceId reference, const QString& field)
{
    if (field == fullTextField()) {
        auto fullTexts = project.references().fullTexts(reference);
        if (!fullTexts)
            return fullTexts.error();
        return joinFullTexts(*fullTexts);
    }
    if (field != titleField() && field != abstractField())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a text field of a reference").arg(field)};
    auto record = project.references().get(reference);
    if (!record)
        return record.error();
    return field == titleField() ? record->title : record->abstract;
}

QString ReferenceText::excerpt(const QString& text, int start, int end, int context)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    const int from = std::max(0, start - context);
    return text.mid(from, start - from) + QLatin1Char('[') + text.mid(start, end - start) + QLatin1Char(']') +
           text.mid(end, context);
}

} // namespace stemma::core::codebook
