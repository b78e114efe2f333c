// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/DefaultCodebook.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/SettingsRepository.h"
#include "core/db/TransactionGuard.h"

#include <QFile>

namespace stemma::core::codebook {

QString defaultCodebookPath()
{
    return QStringLiteral(":/stemma/codebook/default_codebook.json");
}

Result<QList<TagNode>> defaultCodebook()
{
    QFile file(defaultCodebookPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("the default codebook is missing from this build")};
    return CodebookJson::parse(file.readAll());
}

Result<int> seedDefaultCodebook(ReviewProject& project)
{
    auto existing = project.codebook().children(TagId());
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return 0;
    auto tags = defaultCodebook();
    if (!tags)
        return tags.error();
    auto summary = CodebookJson::importTags(project, *tags);
    if (!summary)
        return summary.error();
    return summary->added;
}

QString seedPendingKey()
{
    return QStringLiteral("codebook.seed_default");
}

Result<int> seedIfPending(ReviewProject& project)
{
    auto pending = project.settings().get(seedPendingKey());
    if (!pending)
        return pending.error();
    if (!pending->has_value())
        return 0;
    db::TransactionGuard transaction(project.database());
    auto added = seedDefaultCodebook(project);
    if (!added)
        return added.error();
    STEMMA_TRY(project.settings().remove(seedPendingKey()));
    STEMMA_TRY(transaction.commit());
    return added;
}

} // namespace stemma::core::codebook
