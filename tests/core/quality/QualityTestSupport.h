// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quality/JudgementEngine.h"
#include "core/quality/QualityToolCatalog.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QStringList>

#include <functional>

namespace stemma::core::quality::test {

inline QualityTool builtInTool(const QString& id)
{
    auto tool = QualityToolCatalog::tool(id);
    EXPECT_TRUE(tool.hasValue()) << (tool ? "" : tool.error().message.toStdString());
    return tool ? *tool : QualityTool{};
}

/** The judgement the engine proposes for \a domainId (empty when it proposes none). */
inline QString proposedFor(const QualityTool& tool, const QHash<QString, QString>& answers, const QString& domainId)
{
    auto outcome = JudgementEngine::assess(tool, answers);
    EXPECT_TRUE(outcome.hasValue()) << (outcome ? "" : outcome.error().message.toStdString());
    if (!outcome)
        return {};
    if (domainId == overallKey())
        return outcome->overall.proposal.judgement.value_or(QString());
    for (const JudgementOutcome& d : outcome->domains)
        if (d.id == domainId)
            return d.proposal.judgement.value_or(QString());
    ADD_FAILURE() << "no domain " << domainId.toStdString();
    return {};
}

/** Calls \a visit with every combination of one answer per question (the full decision table). */
inline void forEachCombination(const QList<std::pair<QString, QStringList>>& questions,
                               const std::function<void(const QHash<QString, QString>&)>& visit)
{
    QHash<QString, QString> answers;
    std::function<void(int)> step = [&](int index) {
        if (index == questions.size()) {
            visit(answers);
            return;
        }
        for (const QString& code : questions[index].second) {
            answers.insert(questions[index].first, code);
            step(index + 1);
        }
    };
    step(0);
}

inline std::string describe(const QHash<QString, QString>& answers)
{
    QStringList keys = answers.keys();
    keys.sort();
    QStringList parts;
    for (const QString& key : keys)
        parts << key + QLatin1Char('=') + answers.value(key);
    return parts.join(QLatin1Char(' ')).toStdString();
}

} // namespace stemma::core::quality::test
