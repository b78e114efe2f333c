// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/MetaCsvReader.h"

#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using namespace stemma::core::analysis;

TEST(MetaCsvReaderTest, ReadsMetaforColumnsAndQuotedLabels)
{
    auto studies = MetaCsvReader::parse(QStringLiteral("\"study\",\"ai\",\"bi\",\"ci\",\"di\",\"note\"\r\n"
                                                       "\"Smith, 2001\",4,119,11,128,ignored\r\n"
                                                       "\"He said \"\"no\"\"\",6,300,NA,,x\r\n"));
    ASSERT_TRUE(studies) << studies.error().message.toStdString();
    ASSERT_EQ(studies->size(), 2u);
    const StudyData& first = studies->at(0);
    EXPECT_EQ(first.study, QStringLiteral("Smith, 2001"));
    EXPECT_EQ(first.ai, 4.0);
    EXPECT_EQ(first.bi, 119.0);
    EXPECT_EQ(first.ci, 11.0);
    EXPECT_EQ(first.di, 128.0);
    EXPECT_FALSE(first.yi);
    const StudyData& second = studies->at(1);
    EXPECT_EQ(second.study, QStringLiteral("He said \"no\""));
    EXPECT_EQ(second.ai, 6.0);
    EXPECT_FALSE(second.ci);
    EXPECT_FALSE(second.di);
}

TEST(MetaCsvReaderTest, QuotedFieldsMaySpanLinesAndBlankLinesAreSkipped)
{
    auto studies = MetaCsvReader::parse(QStringLiteral("study,yi,vi\n\"two\nlines\",0.1,0.2\n\nB,0.3,0.4\n"));
    ASSERT_TRUE(studies);
    ASSERT_EQ(studies->size(), 2u);
    EXPECT_EQ(studies->at(0).study, QStringLiteral("two\nlines"));
    EXPECT_EQ(studies->at(1).yi, 0.3);
    EXPECT_EQ(studies->at(1).vi, 0.4);
}

TEST(MetaCsvReaderTest, ErrorsNameTheLine)
{
    auto notNumber = MetaCsvReader::parse(QStringLiteral("study,yi,vi\n\"a\nb\",0.1,0.2\nC,x,0.2\n"));
    ASSERT_FALSE(notNumber);
    EXPECT_EQ(notNumber.error().code, ErrorCode::Parse);
    EXPECT_EQ(notNumber.error().message, QStringLiteral("line 4: yi 'x' is not a number"));

    auto ragged = MetaCsvReader::parse(QStringLiteral("yi,vi\n0.1,0.2,0.3\n"));
    ASSERT_FALSE(ragged);
    EXPECT_EQ(ragged.error().message, QStringLiteral("line 2: expected 2 fields, found 3"));

    auto unclosed = MetaCsvReader::parse(QStringLiteral("yi,vi\n\"0.1,0.2\n"));
    ASSERT_FALSE(unclosed);
    EXPECT_EQ(unclosed.error().message, QStringLiteral("line 2: a quoted field is not closed"));

    auto unknownHeader = MetaCsvReader::parse(QStringLiteral("a,b\n1,2\n"));
    ASSERT_FALSE(unknownHeader);
    EXPECT_TRUE(unknownHeader.error().message.startsWith(QStringLiteral("line 1: the header names none")));

    auto noRows = MetaCsvReader::parse(QStringLiteral("yi,vi\n"));
    ASSERT_FALSE(noRows);
    EXPECT_EQ(noRows.error().message, QStringLiteral("line 2: the file has no study rows"));

    EXPECT_FALSE(MetaCsvReader::parse(QString()));
}

TEST(MetaCsvReaderTest, ReadFileReportsUnreadableFiles)
{
    auto missing = MetaCsvReader::readFile(QStringLiteral("/nonexistent/studies.csv"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::Io);

    auto bcg = MetaCsvReader::readFile(stemma::test::testDataPath(QStringLiteral("meta/bcg.csv")));
    ASSERT_TRUE(bcg);
    ASSERT_EQ(bcg->size(), 13u);
    EXPECT_EQ(bcg->front().study, QStringLiteral("Aronson 1948"));
    EXPECT_EQ(bcg->back().study, QStringLiteral("Comstock et al 1976"));
    EXPECT_EQ(bcg->back().ai, 27.0);
    EXPECT_EQ(bcg->back().di, 17825.0);
}
