// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ExtractCommand.h"

#include "tests/app/cli/CliTestSupport.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

QString writeText(const QTemporaryDir& dir, const QString& text)
{
    const QString path = dir.filePath(QStringLiteral("abstract.txt"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

QJsonObject findField(const QJsonArray& array, const QString& field)
{
    for (const auto& value : array)
        if (value.toObject().value(QStringLiteral("field")).toString() == field)
            return value.toObject();
    return {};
}

} // namespace

TEST(ExtractCommandTest, JsonListsSuggestionsWithTheirSpans)
{
    QTemporaryDir dir;
    // "é" before the numbers checks that offsets count UTF-16 units, not bytes.
    const QString text = QStringLiteral("Étude: 12 patients received 1 × 10^6 cells/kg; mRSS fell from 30 to 21.");
    const auto run = runCli({QStringLiteral("extract"), writeText(dir, text), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray array = run.json().array();
    ASSERT_EQ(array.size(), 4) << run.out.toStdString();

    const QJsonObject patients = array.at(0).toObject();
    EXPECT_EQ(patients.value(QStringLiteral("field")).toString(), QStringLiteral("patients"));
    EXPECT_EQ(patients.value(QStringLiteral("value")).toString(), QStringLiteral("12"));
    EXPECT_EQ(patients.value(QStringLiteral("text")).toString(), QStringLiteral("12 patients"));
    EXPECT_EQ(patients.value(QStringLiteral("start")).toInt(), 7);
    EXPECT_EQ(patients.value(QStringLiteral("end")).toInt(), 18);
    EXPECT_FALSE(patients.contains(QStringLiteral("unit")));

    const QJsonObject dose = findField(array, QStringLiteral("dose"));
    EXPECT_EQ(dose.value(QStringLiteral("value")).toString(), QStringLiteral("1000000"));
    EXPECT_EQ(dose.value(QStringLiteral("unit")).toString(), QStringLiteral("cells/kg"));
    const int start = dose.value(QStringLiteral("start")).toInt();
    const int end = dose.value(QStringLiteral("end")).toInt();
    EXPECT_EQ(text.mid(start, end - start), dose.value(QStringLiteral("text")).toString());

    const QJsonObject baseline = array.at(2).toObject();
    EXPECT_EQ(baseline.value(QStringLiteral("field")).toString(), QStringLiteral("outcome"));
    EXPECT_EQ(baseline.value(QStringLiteral("measure")).toString(), QStringLiteral("mRSS"));
    EXPECT_EQ(baseline.value(QStringLiteral("value")).toString(), QStringLiteral("30"));
    EXPECT_EQ(baseline.value(QStringLiteral("timepoint")).toString(), QStringLiteral("baseline"));
    const QJsonObject later = array.at(3).toObject();
    EXPECT_EQ(later.value(QStringLiteral("value")).toString(), QStringLiteral("21"));
    EXPECT_EQ(later.value(QStringLiteral("timepoint")).toString(), QStringLiteral("follow-up"));
}

TEST(ExtractCommandTest, TextModePrintsAReadableTable)
{
    QTemporaryDir dir;
    const auto run = runCli({QStringLiteral("extract"),
                             writeText(dir, QStringLiteral("Median follow-up was 2 years. There were no deaths."))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << run.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QLatin1String("FIELD")));
    EXPECT_TRUE(lines[1].startsWith(QLatin1String("follow_up")));
    EXPECT_TRUE(lines[1].contains(QLatin1String(" 24 ")));
    EXPECT_TRUE(lines[1].contains(QLatin1String("months")));
    EXPECT_TRUE(lines[1].contains(QLatin1String("median")));
    EXPECT_TRUE(lines[1].contains(QLatin1String("\"Median follow-up was 2 years\"")));
    EXPECT_TRUE(lines[2].startsWith(QLatin1String("deaths")));
}

TEST(ExtractCommandTest, DistinctKeepsTheFirstMentionOfEachValue)
{
    QTemporaryDir dir;
    const QString path = writeText(dir, QStringLiteral("MSC were infused. MSC were safe."));
    const auto all = runCli({QStringLiteral("extract"), path, QStringLiteral("--json")});
    const auto once = runCli({QStringLiteral("extract"), path, QStringLiteral("--json"), QStringLiteral("--distinct")});
    ASSERT_EQ(all.json().array().size(), 2);
    ASSERT_EQ(once.json().array().size(), 1);
    EXPECT_EQ(once.json().array().at(0).toObject().value(QStringLiteral("start")).toInt(), 0);
}

TEST(ExtractCommandTest, ReportsAMissingFileAndMissingArguments)
{
    const auto missing = runCli({QStringLiteral("extract"), QStringLiteral("/nonexistent/abstract.txt")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QLatin1String("cannot read"))) << missing.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("extract")}).exitCode, 2);
}

TEST(ExtractCommandTest, ReadsTheCaseReportSeed)
{
    STEMMA_REQUIRE_SHARED();
    const auto run = runCli({QStringLiteral("extract"),
                             stemma::test::sharedPath(QStringLiteral("seeds/003_de25009799aa1a8d.txt")),
                             QStringLiteral("--json"),
                             QStringLiteral("--distinct")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject dose = findField(run.json().array(), QStringLiteral("dose"));
    EXPECT_EQ(dose.value(QStringLiteral("value")).toString(), QStringLiteral("2000000"));
    EXPECT_EQ(dose.value(QStringLiteral("text")).toString(), QStringLiteral("2x106/Kg"));
    EXPECT_EQ(findField(run.json().array(), QStringLiteral("deaths")).value(QStringLiteral("value")).toString(),
              QStringLiteral("1"));
}
