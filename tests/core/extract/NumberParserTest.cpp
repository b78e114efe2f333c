// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/NumberParser.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using stemma::core::extract::NumberParser;

TEST(NumberParserTest, ReadsDigitsWithDecimalPointOrComma)
{
    EXPECT_EQ(NumberParser::parse(QStringLiteral("12")), 12.0);
    EXPECT_EQ(NumberParser::parse(QStringLiteral("4.5")), 4.5);
    EXPECT_EQ(NumberParser::parse(QStringLiteral("4,5")), 4.5);
    EXPECT_EQ(NumberParser::parse(QStringLiteral("1,500")), 1500.0);
    EXPECT_FALSE(NumberParser::parse(QStringLiteral("patients")));
}

TEST(NumberParserTest, ReadsWrittenNumbers)
{
    EXPECT_EQ(NumberParser::parse(QStringLiteral("twelve")), 12.0);
    EXPECT_EQ(NumberParser::parse(QStringLiteral("Seventeen")), 17.0);
    EXPECT_EQ(NumberParser::parse(QStringLiteral("twenty-five")), 25.0);
    EXPECT_EQ(NumberParser::parse(QStringLiteral("twenty")), 20.0);
    EXPECT_EQ(NumberParser::parse(QStringLiteral("a single")), 1.0);
    EXPECT_EQ(NumberParser::parseTimes(QStringLiteral("twice")), 2.0);
    EXPECT_EQ(NumberParser::parseTimes(QStringLiteral("three times")), 3.0);
    const QRegularExpression words(QStringLiteral("^%1$").arg(NumberParser::wordsPattern()),
                                   QRegularExpression::CaseInsensitiveOption);
    EXPECT_TRUE(words.match(QStringLiteral("seventeen")).hasMatch());
    EXPECT_TRUE(words.match(QStringLiteral("forty two")).hasMatch());
}

TEST(NumberParserTest, ReadsEverySpellingOfAPowerOfTen)
{
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("2x106")), 2e6);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("2\u00D710^6")), 2e6);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("1 \u00D7 10^6")), 1e6);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("1.5 X 10(7)")), 1.5e7);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("2,5 * 10^6")), 2.5e6);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("2.5 \u00D7 10\u2076")), 2.5e6);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("1e6")), 1e6);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("10^8")), 1e8);
    EXPECT_EQ(NumberParser::parseScientific(QStringLiteral("2 million")), 2e6);
    EXPECT_FALSE(NumberParser::parseScientific(QStringLiteral("106")));
    EXPECT_EQ(NumberParser::parseExponent(QStringLiteral("10(6)")), 6);
}

TEST(NumberParserTest, FormatsPlainDecimals)
{
    EXPECT_EQ(NumberParser::format(2e6), QStringLiteral("2000000"));
    EXPECT_EQ(NumberParser::format(69.6), QStringLiteral("69.6"));
    EXPECT_EQ(NumberParser::format(1.5), QStringLiteral("1.5"));
    EXPECT_EQ(NumberParser::format(0.0), QStringLiteral("0"));
}
