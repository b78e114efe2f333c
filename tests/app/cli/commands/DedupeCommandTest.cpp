// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/DedupeCommand.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

// The same trial exported by two databases, without DOIs, spelled slightly differently; and an unrelated one.
const QByteArray TWO_EXPORTS = "TY  - JOUR\n"
                               "TI  - Autologous hematopoietic stem-cell transplantation versus cyclophosphamide "
                               "for systemic sclerosis\n"
                               "AU  - Sullivan, Keith M\n"
                               "PY  - 2018\n"
                               "JO  - New England Journal of Medicine\n"
                               "SP  - 35\n"
                               "EP  - 47\n"
                               "ER  - \n"
                               "\n"
                               "TY  - JOUR\n"
                               "TI  - AUTOLOGOUS HEMATOPOIETIC STEM CELL TRANSPLANTATION VERSUS CYCLOPHOSPHAMIDE FOR "
                               "SYSTEMIC SCLEROSIS.\n"
                               "AU  - Sullivan, K. M.\n"
                               "PY  - 2018\n"
                               "JO  - New England Journal of Medicine\n"
                               "SP  - 35-47\n"
                               "ER  - \n"
                               "\n"
                               "TY  - JOUR\n"
                               "TI  - Umbilical cord mesenchymal stem cells for lupus nephritis\n"
                               "AU  - Sun, Lingyun\n"
                               "PY  - 2010\n"
                               "ER  - \n";

class DedupeCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("dedupe.stemma"));
        ASSERT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0);
        const QString ris = dir.filePath(QStringLiteral("two.ris"));
        QFile file(ris);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(TWO_EXPORTS);
        file.close();
        const auto imported = runCli({QStringLiteral("import"), project, ris});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    int listed(bool all = false)
    {
        QStringList arguments{QStringLiteral("list"), project, QStringLiteral("--json")};
        if (all)
            arguments << QStringLiteral("--all");
        return runCli(arguments).json().array().size();
    }

    QTemporaryDir dir;
    QString project;
};

} // namespace

TEST_F(DedupeCommandTest, JsonListsTheScoredPairWithoutMergingIt)
{
    const auto run = runCli({QStringLiteral("dedupe"), project, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = run.json().object();
    EXPECT_EQ(result.value(QStringLiteral("merged")).toInt(-1), 0);
    const QJsonArray pairs = result.value(QStringLiteral("pairs")).toArray();
    ASSERT_EQ(pairs.size(), 1) << run.out.toStdString();
    const QJsonObject pair = pairs[0].toObject();
    EXPECT_GT(pair.value(QStringLiteral("id")).toInt(), 0);
    EXPECT_LT(pair.value(QStringLiteral("first")).toInt(), pair.value(QStringLiteral("second")).toInt());
    EXPECT_GE(pair.value(QStringLiteral("score")).toDouble(), 0.9);
    EXPECT_LE(pair.value(QStringLiteral("score")).toDouble(), 1.0);
    EXPECT_FALSE(pair.value(QStringLiteral("reasons")).toString().isEmpty());
    EXPECT_FALSE(pair.value(QStringLiteral("merged")).toBool());
    EXPECT_EQ(listed(), 3);
}

TEST_F(DedupeCommandTest, ApplyMergesAboveTheThresholdAndUndoSplitsAgain)
{
    const auto high = runCli({QStringLiteral("dedupe"),
                              project,
                              QStringLiteral("--apply"),
                              QStringLiteral("--threshold"),
                              QStringLiteral("1"),
                              QStringLiteral("--json")});
    ASSERT_EQ(high.exitCode, 0);
    EXPECT_EQ(high.json().object().value(QStringLiteral("merged")).toInt(), 0) << "no pair scores a perfect 1";
    EXPECT_EQ(listed(), 3);

    const auto apply = runCli({QStringLiteral("dedupe"), project, QStringLiteral("--apply"), QStringLiteral("--json")});
    ASSERT_EQ(apply.exitCode, 0) << apply.err.toStdString();
    const QJsonObject result = apply.json().object();
    EXPECT_EQ(result.value(QStringLiteral("merged")).toInt(), 1);
    const QJsonObject pair = result.value(QStringLiteral("pairs")).toArray().at(0).toObject();
    EXPECT_TRUE(pair.value(QStringLiteral("merged")).toBool());
    EXPECT_EQ(listed(), 2) << "one entry per merged work";
    EXPECT_EQ(listed(true), 3) << "the merge keeps both records";
    EXPECT_TRUE(runCli({QStringLiteral("dedupe"), project, QStringLiteral("--json")})
                    .json()
                    .object()
                    .value(QStringLiteral("pairs"))
                    .toArray()
                    .isEmpty())
        << "a merged pair is no longer a candidate";

    const QString id = QString::number(pair.value(QStringLiteral("id")).toInt());
    const auto undo = runCli({QStringLiteral("dedupe"), project, QStringLiteral("--undo"), id});
    ASSERT_EQ(undo.exitCode, 0) << undo.err.toStdString();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("pending again")));
    EXPECT_EQ(listed(), 3);
}

TEST_F(DedupeCommandTest, RejectsABadThresholdAndAnUnknownPair)
{
    EXPECT_EQ(
        runCli({QStringLiteral("dedupe"), project, QStringLiteral("--threshold"), QStringLiteral("1.5")}).exitCode, 2);
    EXPECT_EQ(
        runCli({QStringLiteral("dedupe"), project, QStringLiteral("--threshold"), QStringLiteral("high")}).exitCode, 2);
    const auto unknown = runCli({QStringLiteral("dedupe"), project, QStringLiteral("--undo"), QStringLiteral("999")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999"))) << unknown.err.toStdString();
}

TEST_F(DedupeCommandTest, UndoSplitsAMergeMadeAtImportKeepingBothSources)
{
    const QString pubmed = dir.filePath(QStringLiteral("pubmed.nbib"));
    const QString embase = dir.filePath(QStringLiteral("embase.ris"));
    for (const auto& [path, content] :
         {std::pair{pubmed,
                    QByteArray("PMID- 24958149\nTI  - Autologous HSCT vs cyclophosphamide in systemic sclerosis.\n"
                               "DP  - 2014\nLID - 10.1001/jama.2014.6368 [doi]\n\n")},
          std::pair{embase,
                    QByteArray("TY  - JOUR\nTI  - Autologous HSCT versus cyclophosphamide in SSc\nPY  - 2014\n"
                               "DO  - https://doi.org/10.1001/JAMA.2014.6368\nER  - \n")}}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    ASSERT_EQ(runCli({QStringLiteral("import"), project, pubmed, embase}).exitCode, 0);
    ASSERT_EQ(listed(), 4) << "three from SetUp and one for the trial both databases found";

    const auto run = runCli({QStringLiteral("dedupe"), project, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray mergedPairs = run.json().object().value(QStringLiteral("merged_pairs")).toArray();
    ASSERT_EQ(mergedPairs.size(), 1) << run.out.toStdString();
    const QJsonObject pair = mergedPairs[0].toObject();
    EXPECT_EQ(pair.value(QStringLiteral("reasons")).toString(), QStringLiteral("same DOI (import)"));

    const auto undo = runCli({QStringLiteral("dedupe"),
                              project,
                              QStringLiteral("--undo"),
                              QString::number(pair.value(QStringLiteral("id")).toInt())});
    ASSERT_EQ(undo.exitCode, 0) << undo.err.toStdString();
    EXPECT_EQ(listed(), 5) << "the Embase record is its own reference again";
    const auto after = runCli({QStringLiteral("dedupe"), project, QStringLiteral("--json")});
    EXPECT_TRUE(after.json().object().value(QStringLiteral("merged_pairs")).toArray().isEmpty());
    bool offeredAgain = false;
    for (const auto& candidate : after.json().object().value(QStringLiteral("pairs")).toArray())
        offeredAgain |= candidate.toObject().value(QStringLiteral("id")) == pair.value(QStringLiteral("id"));
    EXPECT_TRUE(offeredAgain) << "the split pair waits for a decision like any other";
}
