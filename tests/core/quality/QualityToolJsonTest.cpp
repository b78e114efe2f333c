// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/QualityToolJson.h"

#include <gtest/gtest.h>

namespace stemma::core::quality {
namespace {

QByteArray toolWithRule(const char* rule)
{
    return QByteArray(R"({"id": "t", "version": "1", "name": "Test tool",
        "answerOptions": [{"code": "Y", "label": "Yes"}, {"code": "N", "label": "No"}],
        "judgements": [{"id": "low", "label": "Low", "concern": "low"}, {"id": "high", "label": "High", "concern": "high"}],
        "domains": [{"id": "D1", "name": "Only domain",
            "questions": [{"id": "1.1", "text": "A question?", "options": ["Y", "N"]}],
            "algorithm": [)") +
           rule + "]}]}";
}

std::string parseError(const QByteArray& json)
{
    auto parsed = QualityToolJson::parse(json, QStringLiteral("test.json"));
    return parsed ? std::string("parsed") : parsed.error().message.toStdString();
}

TEST(QualityToolJson, ReadsAValidTool)
{
    auto parsed = QualityToolJson::parse(toolWithRule(R"({"when": {"q": "1.1", "in": ["Y"]}, "then": "high"})"),
                                         QStringLiteral("test.json"));
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->domains.size(), 1);
    EXPECT_EQ(parsed->domains.front().questions.front().options.size(), 2);
    EXPECT_EQ(parsed->overallJudgements.size(), 2);
}

TEST(QualityToolJson, NamesTheFileDomainAndRuleOfADefect)
{
    EXPECT_EQ(parseError(toolWithRule(R"({"when": {"q": "9.9", "in": ["Y"]}, "then": "high"})")),
              "test.json: domain D1, rule 1: question 9.9 is not in this domain");
    EXPECT_EQ(parseError(toolWithRule(R"({"when": {"q": "1.1", "in": ["PY"]}, "then": "high"})")),
              "test.json: domain D1, rule 1: question 1.1 has no answer \"PY\"");
    EXPECT_EQ(parseError(toolWithRule(R"({"when": {"q": "1.1", "in": ["Y"]}, "then": "medium"})")),
              "test.json: domain D1, rule 1: \"medium\" is not a judgement of this tool");
    EXPECT_EQ(parseError(toolWithRule(R"({"when": {"part": "p9", "in": ["low"]}, "then": "low"})")),
              "test.json: domain D1, rule 1: there is no part p9");
    EXPECT_EQ(parseError(toolWithRule(R"({"when": {"sometimes": true}, "then": "low"})")),
              "test.json: domain D1, rule 1: unknown condition {\"sometimes\":true}");
    EXPECT_EQ(parseError(toolWithRule(R"({"when": {"q": "1.1", "in": ["Y"]}})")),
              "test.json: domain D1, rule 1: a rule needs \"then\", the judgement it proposes");
}

TEST(QualityToolJson, RejectsBrokenJsonWithItsOffset)
{
    const std::string message = parseError("{\"id\": ");
    EXPECT_EQ(message.rfind("test.json: offset ", 0), 0u) << message;
}

TEST(QualityToolJson, RejectsAnAnswerOptionTheToolDoesNotDefine)
{
    QByteArray json = toolWithRule(R"({"when": {"q": "1.1", "in": ["Y"]}, "then": "high"})");
    json.replace(R"("options": ["Y", "N"])", R"("options": ["Y", "Maybe"])");
    EXPECT_EQ(parseError(json),
              "test.json: domain D1, question 1.1: answer \"Maybe\" is not among the tool's answer options");
}

} // namespace
} // namespace stemma::core::quality
