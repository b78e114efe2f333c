// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetReferenceField.h"

#include "core/db/ReferenceRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using edit::ReferenceField;
using edit::SetReferenceField;

namespace {

class SetReferenceFieldTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        Reference reference;
        reference.title = QStringLiteral("Original title");
        reference.year = 2014;
        reference.authors = {Author{QStringLiteral("Farge"), QStringLiteral("Dominique"), {}}};
        reference.keywords = {QStringLiteral("HSCT")};
        auto stored = project->references().insert(reference);
        ASSERT_TRUE(stored);
        id = *stored;
    }

    Reference stored() { return *project->references().get(id); }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    ReferenceId id;
};

} // namespace

TEST_F(SetReferenceFieldTest, ApplyWritesAndRevertRestores)
{
    SetReferenceField command(id, ReferenceField::Title, QStringLiteral("  Corrected title "));
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(stored().title, QStringLiteral("Corrected title"));
    EXPECT_EQ(command.oldValue(), QStringLiteral("Original title"));
    ASSERT_TRUE(command.revert(*project));
    EXPECT_EQ(stored().title, QStringLiteral("Original title"));
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(stored().title, QStringLiteral("Corrected title"));
    // Only the edited field changes; authors survive the full-record update.
    EXPECT_EQ(stored().year, 2014);
    ASSERT_EQ(stored().authors.size(), 1);
    EXPECT_EQ(stored().authors[0].family, QStringLiteral("Farge"));
}

TEST_F(SetReferenceFieldTest, YearAcceptsDigitsOrNothing)
{
    SetReferenceField clear(id, ReferenceField::Year, QString());
    ASSERT_TRUE(clear.apply(*project));
    EXPECT_FALSE(stored().year.has_value());
    ASSERT_TRUE(clear.revert(*project));
    EXPECT_EQ(stored().year, 2014);

    SetReferenceField bad(id, ReferenceField::Year, QStringLiteral("20x4"));
    auto result = bad.apply(*project);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(stored().year, 2014);
    EXPECT_FALSE(bad.oldValue().has_value());
}

TEST_F(SetReferenceFieldTest, DoiIsStoredNormalised)
{
    SetReferenceField command(id, ReferenceField::Doi, QStringLiteral("https://doi.org/10.1001/JAMA.2014.6368"));
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(stored().doi, QStringLiteral("10.1001/jama.2014.6368"));
    ASSERT_TRUE(command.revert(*project));
    EXPECT_TRUE(stored().doi.isEmpty());
}

TEST_F(SetReferenceFieldTest, PmidRejectsLetters)
{
    SetReferenceField command(id, ReferenceField::Pmid, QStringLiteral("PMID24958149"));
    EXPECT_FALSE(command.apply(*project));
    SetReferenceField good(id, ReferenceField::Pmid, QStringLiteral("24958149"));
    ASSERT_TRUE(good.apply(*project));
    EXPECT_EQ(stored().pmid, QStringLiteral("24958149"));
}

TEST_F(SetReferenceFieldTest, KeywordsAreOnePerLine)
{
    SetReferenceField command(id, ReferenceField::Keywords, QStringLiteral("systemic sclerosis\n\n  MSC \n"));
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(stored().keywords, (QStringList{QStringLiteral("systemic sclerosis"), QStringLiteral("MSC")}));
    ASSERT_TRUE(command.revert(*project));
    EXPECT_EQ(stored().keywords, QStringList{QStringLiteral("HSCT")});
}

TEST_F(SetReferenceFieldTest, TypeUsesStoredNames)
{
    SetReferenceField command(id, ReferenceField::Type, QStringLiteral("conference-abstract"));
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(stored().type, PublicationType::ConferenceAbstract);
    ASSERT_TRUE(command.revert(*project));
    EXPECT_EQ(stored().type, PublicationType::JournalArticle);
}

TEST_F(SetReferenceFieldTest, MissingReferenceFailsWithNotFound)
{
    SetReferenceField command(ReferenceId(9999), ReferenceField::Title, QStringLiteral("x"));
    auto result = command.apply(*project);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
}

TEST_F(SetReferenceFieldTest, TextNamesTheField)
{
    EXPECT_EQ(SetReferenceField(id, ReferenceField::Doi, {}).text(), QStringLiteral("Edit DOI"));
    EXPECT_EQ(SetReferenceField(id, ReferenceField::Title, {}).text(), QStringLiteral("Edit title"));
}

TEST_F(SetReferenceFieldTest, PublicationTypesAreEditedAsOneLineAndUndone)
{
    SetReferenceField command(id, ReferenceField::PublicationTypes, QStringLiteral("Case Reports; Review;; Review"));
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(stored().publicationTypes, (QStringList{QStringLiteral("Case Reports"), QStringLiteral("Review")}));
    EXPECT_EQ(SetReferenceField::value(stored(), ReferenceField::PublicationTypes),
              QStringLiteral("Case Reports; Review"));
    ASSERT_TRUE(command.revert(*project));
    EXPECT_TRUE(stored().publicationTypes.isEmpty());
    EXPECT_EQ(command.text(), QStringLiteral("Edit publication types"));
}
