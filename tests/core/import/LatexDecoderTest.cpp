// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/LatexDecoder.h"

#include <gtest/gtest.h>

using stemma::core::import::decodeLatex;

namespace {

QString decoded(const char* latex)
{
    return decodeLatex(QString::fromUtf8(latex));
}

} // namespace

TEST(LatexDecoderTest, LeavesPlainTextAlone)
{
    EXPECT_EQ(decoded("Plain title, no markup"), QStringLiteral("Plain title, no markup"));
}

TEST(LatexDecoderTest, DecodesAccentForms)
{
    EXPECT_EQ(decoded("{\\\"u}ber"), QString::fromUtf8("über"));
    EXPECT_EQ(decoded("Caf\\'{e}"), QString::fromUtf8("Café"));
    EXPECT_EQ(decoded("Caf{\\'e}"), QString::fromUtf8("Café"));
    EXPECT_EQ(decoded("Fran\\c{c}ois"), QString::fromUtf8("François"));
    EXPECT_EQ(decoded("Kova\\v{s}"), QString::fromUtf8("Kovaš"));
    EXPECT_EQ(decoded("{\\v S}imon"), QString::fromUtf8("Šimon"));
    EXPECT_EQ(decoded("Espa\\~n{a}"), QString::fromUtf8("España"));
    EXPECT_EQ(decoded("Bostr\\\"{o}m"), QString::fromUtf8("Boström"));
    EXPECT_EQ(decoded("\\`a \\^o \\=e \\.z \\u{g} \\H{o} \\k{a} \\r{u}"), QString::fromUtf8("à ô ē ż ğ ő ą ů"));
}

TEST(LatexDecoderTest, DecodesSpecialLetters)
{
    EXPECT_EQ(decoded("Stra\\ss e"), QString::fromUtf8("Straße"));
    EXPECT_EQ(decoded("{\\O}rsted and {\\o}"), QString::fromUtf8("Ørsted and ø"));
    EXPECT_EQ(decoded("H{\\aa}kan {\\AA}"), QString::fromUtf8("Håkan Å"));
    EXPECT_EQ(decoded("{\\i}"), QString::fromUtf8("ı"));
    EXPECT_EQ(decoded("V{\\'{\\i}}ctor"), QString::fromUtf8("Víctor"));
    EXPECT_EQ(decoded("\\\"{\\i}"), QString::fromUtf8("ï"));
    EXPECT_EQ(decoded("{\\L}{\\'o}d{\\'z}"), QString::fromUtf8("Łódź"));
    EXPECT_EQ(decoded("{\\ae}{\\OE}"), QString::fromUtf8("æŒ"));
}

TEST(LatexDecoderTest, DecodesDashesAndEscapes)
{
    EXPECT_EQ(decoded("186--190"), QString::fromUtf8("186–190"));
    EXPECT_EQ(decoded("yes---no"), QString::fromUtf8("yes—no"));
    EXPECT_EQ(decoded("R\\&D, 5\\%, a\\_b, \\#1, \\$3"), QStringLiteral("R&D, 5%, a_b, #1, $3"));
    EXPECT_EQ(decoded("``quoted''"), QString::fromUtf8("“quoted”"));
    EXPECT_EQ(decoded("a~b"), QStringLiteral("a b"));
}

TEST(LatexDecoderTest, KeepsMathAsText)
{
    EXPECT_EQ(decoded("$\\Sigma$$\\Delta$ modulator"), QString::fromUtf8("ΣΔ modulator"));
    EXPECT_EQ(decoded("$\\beta$-cells"), QString::fromUtf8("β-cells"));
    EXPECT_EQ(decoded("CO$_2$ and $x^{2}$"), QStringLiteral("CO2 and x2"));
    EXPECT_EQ(decoded("Radix-2\\({}^{\\mbox{k}}\\) FFT"), QStringLiteral("Radix-2k FFT"));
    EXPECT_EQ(decoded("0.35 {\\(\\mathrm{\\mu}\\)}m"), QString::fromUtf8("0.35 μm"));
    EXPECT_EQ(decoded("$p < 0.05$"), QStringLiteral("p < 0.05"));
}

TEST(LatexDecoderTest, RemovesBracesAndFormatting)
{
    EXPECT_EQ(decoded("{{Double braced}}"), QStringLiteral("Double braced"));
    EXPECT_EQ(decoded("{CORDIC} {II:} {A} New"), QStringLiteral("CORDIC II: A New"));
    EXPECT_EQ(decoded("The \\textit{Procolophon} case"), QStringLiteral("The Procolophon case"));
    EXPECT_EQ(decoded("{\\em Emphasised} and \\emph{this}"), QStringLiteral("Emphasised and this"));
    EXPECT_EQ(decoded("9\\textsuperscript{th} symposium"), QStringLiteral("9th symposium"));
    EXPECT_EQ(decoded("see \\href{https://x.org}{the site}"), QStringLiteral("see the site"));
    EXPECT_EQ(decoded("\\LaTeX{} rocks"), QStringLiteral("LaTeX rocks"));
}

TEST(LatexDecoderTest, SurvivesMalformedInput)
{
    EXPECT_EQ(decoded("trailing backslash \\"), QStringLiteral("trailing backslash \\"));
    EXPECT_EQ(decoded("unbalanced {brace"), QStringLiteral("unbalanced brace"));
    EXPECT_EQ(decoded("accent at end \\'"), QStringLiteral("accent at end "));
    EXPECT_EQ(decoded("\\'{unclosed"), QString::fromUtf8("únclosed"));
}
