// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/SearchCommand.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>

using stemma::test::runCli;

namespace {

const QByteArray LIBRARY = "TY  - JOUR\n"
                           "TI  - Autologous hematopoietic stem cell transplantation in systemic sclerosis\n"
                           "AU  - van Laar, Jacob M\n"
                           "PY  - 2014\n"
                           "AB  - Randomised trial of transplantation in early diffuse cutaneous disease.\n"
                           "KW  - scleroderma\n"
                           "ER  - \n"
                           "\n"
                           "TY  - JOUR\n"
                           "TI  - Mesenchymal stem cells for digital ulcers in systemic sclerosis\n"
                           "AU  - Chakr, Rafael\n"
                           "PY  - 2015\n"
                           "AB  - Allogeneic mesenchymal infusions healed ulcers; no transplantation was done.\n"
                           "ER  - \n"
                           "\n"
                           "TY  - JOUR\n"
                           "TI  - Umbilical cord stem cells for lupus nephritis\n"
                           "AU  - Sun, Lingyun\n"
                           "PY  - 2010\n"
                           "AB  - Systemic lupus treated with cord-derived cells.\n"
                           "ER  - \n";

class SearchCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("search.stemma"));
        ASSERT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0);
        const QString ris = dir.filePath(QStringLiteral("library.ris"));
        QFile file(ris);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(LIBRARY);
        file.close();
        ASSERT_EQ(runCli({QStringLiteral("import"), project, ris}).exitCode, 0);
    }

    /** The years of the references found, which name them here. */
    std::set<int> years(const QString& query)
    {
        const auto run = runCli({QStringLiteral("search"), project, query, QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << query.toStdString() << ": " << run.err.toStdString();
        const QJsonObject result = run.json().object();
        EXPECT_EQ(result.value(QStringLiteral("query")).toString(), query);
        std::set<int> found;
        for (const auto& hit : result.value(QStringLiteral("results")).toArray())
            found.insert(hit.toObject().value(QStringLiteral("year")).toInt());
        EXPECT_EQ(result.value(QStringLiteral("total")).toInt(), int(found.size())) << query.toStdString();
        return found;
    }

    QTemporaryDir dir;
    QString project;
};

} // namespace

TEST_F(SearchCommandTest, JsonHasRankedResultsWithHighlightedSnippets)
{
    const auto run =
        runCli({QStringLiteral("search"), project, QStringLiteral("transplantation"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray results = run.json().object().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 2);
    const QJsonObject best = results[0].toObject();
    EXPECT_EQ(best.value(QStringLiteral("year")).toInt(), 2014) << "a title match ranks first";
    // Scores are bm25-like: lower is better.
    EXPECT_TRUE(best.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Autologous")));
    EXPECT_LE(best.value(QStringLiteral("score")).toDouble(),
              results[1].toObject().value(QStringLiteral("score")).toDouble());
    EXPECT_GT(best.value(QStringLiteral("id")).toInt(), 0);
    EXPECT_TRUE(best.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("ransplantation")))
        << best.value(QStringLiteral("snippet")).toString().toStdString();
}

TEST_F(SearchCommandTest, BooleanOperators)
{
    EXPECT_EQ(years(QStringLiteral("systemic sclerosis")), (std::set<int>{2014, 2015})) << "words are ANDed";
    EXPECT_EQ(years(QStringLiteral("stem AND lupus")), (std::set<int>{2010}));
    EXPECT_EQ(years(QStringLiteral("lupus OR ulcers")), (std::set<int>{2010, 2015}));
    EXPECT_EQ(years(QStringLiteral("stem NOT lupus")), (std::set<int>{2014, 2015}));
}

TEST_F(SearchCommandTest, PhrasesPrefixesAndFields)
{
    EXPECT_EQ(years(QStringLiteral("\"digital ulcers\"")), (std::set<int>{2015}));
    EXPECT_TRUE(years(QStringLiteral("\"ulcers digital\"")).empty()) << "a phrase keeps its order";
    EXPECT_EQ(years(QStringLiteral("mesenchym*")), (std::set<int>{2015}));
    EXPECT_EQ(years(QStringLiteral("transplant*")), (std::set<int>{2014, 2015}));
    EXPECT_EQ(years(QStringLiteral("title:transplantation")), (std::set<int>{2014}))
        << "the 2015 record has it only in its abstract";
    EXPECT_EQ(years(QStringLiteral("author:laar")), (std::set<int>{2014}));
    EXPECT_EQ(years(QStringLiteral("keyword:scleroderma")), (std::set<int>{2014}));
    EXPECT_EQ(years(QStringLiteral("abstract:lupus")), (std::set<int>{2010}));
}

TEST_F(SearchCommandTest, PlainTextMarksMatchesAndCountsThem)
{
    const auto run = runCli({QStringLiteral("search"), project, QStringLiteral("lupus")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("[lupus]"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 matching references")));
    EXPECT_EQ(
        runCli({QStringLiteral("search"), project, QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")})
            .exitCode,
        2);
}
