// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DrugLexicon.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using stemma::core::extract::DrugLexicon;

TEST(DrugLexiconTest, CanonicalisesNamesAndAbbreviations)
{
    EXPECT_EQ(DrugLexicon::canonical(QStringLiteral("MTX")), QStringLiteral("methotrexate"));
    EXPECT_EQ(DrugLexicon::canonical(QStringLiteral("Mycophenolate mofetil")), QStringLiteral("mycophenolate mofetil"));
    EXPECT_EQ(DrugLexicon::canonical(QStringLiteral("cyclosporine A")), QStringLiteral("ciclosporin"));
    EXPECT_EQ(DrugLexicon::canonical(QStringLiteral("corticosteroids")), QStringLiteral("glucocorticoids"));
    EXPECT_TRUE(DrugLexicon::canonical(QStringLiteral("MSC")).isEmpty());
    const QRegularExpression any(DrugLexicon::pattern(), QRegularExpression::CaseInsensitiveOption);
    EXPECT_TRUE(any.match(QStringLiteral("after rituximab")).hasMatch());
    EXPECT_FALSE(any.match(QStringLiteral("after transplantation")).hasMatch());
}
