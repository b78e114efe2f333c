// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/BibtexNames.h"

#include <gtest/gtest.h>

using stemma::core::Author;
using stemma::core::import::parseBibtexNames;

namespace {

QList<Author> names(const char* field)
{
    return parseBibtexNames(QString::fromUtf8(field));
}

Author person(const char* family, const char* given)
{
    return Author{QString::fromUtf8(family), QString::fromUtf8(given), {}};
}

Author group(const char* name)
{
    return Author{{}, {}, QString::fromUtf8(name)};
}

} // namespace

TEST(BibtexNamesTest, SplitsOnTopLevelAndOnly)
{
    EXPECT_EQ(names("Smith, John and {Barnes and Noble} and Doe, Jane"),
              (QList<Author>{person("Smith", "John"), group("Barnes and Noble"), person("Doe", "Jane")}));
    EXPECT_EQ(names("Anna Andersson AND Bo Berg"), (QList<Author>{person("Andersson", "Anna"), person("Berg", "Bo")}));
    EXPECT_EQ(names("Alexander Sandberg"), (QList<Author>{person("Sandberg", "Alexander")})); // "and" inside a word
}

TEST(BibtexNamesTest, DropsOthers)
{
    EXPECT_EQ(names("Smith, John and others"), (QList<Author>{person("Smith", "John")}));
    EXPECT_TRUE(names("").isEmpty());
}

TEST(BibtexNamesTest, ReadsTheThreeNameForms)
{
    EXPECT_EQ(names("Ludwig van Beethoven"), (QList<Author>{person("van Beethoven", "Ludwig")}));
    EXPECT_EQ(names("van Beethoven, Ludwig"), (QList<Author>{person("van Beethoven", "Ludwig")}));
    EXPECT_EQ(names("{van Laar}, Jacob"), (QList<Author>{person("van Laar", "Jacob")}));
    EXPECT_EQ(names("Ford, Jr., Henry"), (QList<Author>{person("Ford", "Henry")}));
    EXPECT_EQ(names("Ford, Henry, Jr."), (QList<Author>{person("Ford", "Henry")}));
    EXPECT_EQ(names("Plato"), (QList<Author>{person("Plato", "")}));
}

TEST(BibtexNamesTest, RecognisesCollectiveAuthors)
{
    EXPECT_EQ(names("{World Health Organization}"), (QList<Author>{group("World Health Organization")}));
    EXPECT_EQ(names("EBMT Autoimmune Diseases Working Party"),
              (QList<Author>{group("EBMT Autoimmune Diseases Working Party")}));
}

TEST(BibtexNamesTest, DecodesLatexInNames)
{
    EXPECT_EQ(names("J{\\\"o}rg M{\\\"u}ller and Fran\\c{c}ois {\\v S}imon"),
              (QList<Author>{person("Müller", "Jörg"), person("Šimon", "François")}));
    EXPECT_EQ(names("{\\\"U}nal, Ay{\\c{s}}e"), (QList<Author>{person("Ünal", "Ayşe")}));
}
