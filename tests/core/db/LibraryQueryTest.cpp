// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/LibraryQuery.h"

#include "core/db/ReferenceRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class LibraryQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        astis = add(QStringLiteral("Stem cell transplantation versus cyclophosphamide in systemic sclerosis"),
                    2014,
                    {person(QStringLiteral("van Laar"), QStringLiteral("Jacob M")),
                     person(QStringLiteral("Farge"), QStringLiteral("Dominique")),
                     person(QStringLiteral("Schuerwegh"), QStringLiteral("Annemie")),
                     person(QStringLiteral("Tyndall"), QStringLiteral("Alan"))},
                    QStringLiteral("JAMA"),
                    PublicationType::JournalArticle,
                    QStringLiteral("10.1001/jama.2014.6368"));
        scot = add(QStringLiteral("Myeloablative autologous stem-cell transplantation for severe scleroderma"),
                   2018,
                   {person(QStringLiteral("Sullivan"), QStringLiteral("Keith M"))},
                   QStringLiteral("N Engl J Med"),
                   PublicationType::JournalArticle,
                   {});
        msc = add(QStringLiteral("Mesenchymal stromal cells for digital ulcers"),
                  2020,
                  {Author{{}, {}, QStringLiteral("Scleroderma Cell Therapy Group")}},
                  QStringLiteral("Rheumatology"),
                  PublicationType::ConferenceAbstract,
                  {});
        undated = add(QStringLiteral("Cell therapy 100% explained"), std::nullopt, {}, {}, PublicationType::Book, {});
        auto duplicate = add(QStringLiteral("Stem cell transplantation versus cyclophosphamide (duplicate)"),
                             2014,
                             {person(QStringLiteral("van Laar"), QStringLiteral("J"))},
                             QStringLiteral("JAMA"),
                             PublicationType::JournalArticle,
                             {});
        ASSERT_TRUE(project->references().setMergedInto(duplicate, astis));

        auto pubmed = project->references().addBatch(ImportBatch{
            {}, QStringLiteral("PubMed"), QStringLiteral("pubmed.nbib"), QStringLiteral("nbib"), {}, {}, 1, 1, 0});
        ASSERT_TRUE(pubmed);
        batch = *pubmed;
        // The duplicate, not the survivor, was read from the batch: the survivor must still match.
        ASSERT_TRUE(project->references().addSource(ReferenceSource{{},
                                                                    duplicate,
                                                                    batch,
                                                                    QStringLiteral("nbib"),
                                                                    QStringLiteral("pubmed.nbib"),
                                                                    1,
                                                                    1,
                                                                    QStringLiteral("PMID- 1")}));
        ASSERT_TRUE(project->references().addSource(ReferenceSource{
            {}, msc, batch, QStringLiteral("nbib"), QStringLiteral("pubmed.nbib"), 2, 9, QStringLiteral("PMID- 2")}));
    }

    static Author person(const QString& family, const QString& given) { return Author{family, given, {}}; }

    ReferenceId add(const QString& title,
                    std::optional<int> year,
                    const QList<Author>& authors,
                    const QString& journal,
                    PublicationType type,
                    const QString& doi)
    {
        Reference reference;
        reference.title = title;
        reference.year = year;
        reference.authors = authors;
        reference.journal = journal;
        reference.type = type;
        reference.doi = doi;
        auto id = project->references().insert(reference);
        EXPECT_TRUE(id);
        return id ? *id : ReferenceId();
    }

    std::vector<ReferenceId> ids(const db::LibraryFilter& filter, const db::LibrarySort& sort)
    {
        auto rows = query.page(filter, sort, 0, 100);
        EXPECT_TRUE(rows) << (rows ? "" : rows.error().message.toStdString());
        std::vector<ReferenceId> result;
        if (rows)
            for (const auto& row : *rows)
                result.push_back(row.id);
        return result;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    db::LibraryQuery query{project->database()};
    ReferenceId astis, scot, msc, undated;
    ImportBatchId batch;
};

} // namespace

TEST_F(LibraryQueryTest, CountsLiveReferencesOnly)
{
    auto count = query.count({});
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 4);
}

TEST_F(LibraryQueryTest, PageCarriesEveryTableColumn)
{
    auto rows = query.page({}, {db::LibrarySortKey::Year, true}, 0, 1);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    const db::LibraryRow& row = rows->front();
    EXPECT_EQ(row.id, msc);
    EXPECT_EQ(row.year, 2020);
    EXPECT_EQ(row.title, QStringLiteral("Mesenchymal stromal cells for digital ulcers"));
    EXPECT_EQ(row.journal, QStringLiteral("Rheumatology"));
    EXPECT_EQ(row.type, PublicationType::ConferenceAbstract);
    EXPECT_EQ(row.authorCount, 1);
    ASSERT_EQ(row.firstAuthors.size(), 1);
    EXPECT_EQ(row.firstAuthors[0].collective, QStringLiteral("Scleroderma Cell Therapy Group"));
}

TEST_F(LibraryQueryTest, FirstAuthorsStopAtThreeButCountAll)
{
    auto rows = query.page({}, {db::LibrarySortKey::Year, false}, 1, 1);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().id, astis);
    EXPECT_EQ(rows->front().authorCount, 4);
    ASSERT_EQ(rows->front().firstAuthors.size(), 3);
    EXPECT_EQ(rows->front().firstAuthors[0].family, QStringLiteral("van Laar"));
    EXPECT_EQ(rows->front().firstAuthors[2].family, QStringLiteral("Schuerwegh"));
    EXPECT_EQ(rows->front().doi, QStringLiteral("10.1001/jama.2014.6368"));
}

TEST_F(LibraryQueryTest, SortsByEveryKeyInBothDirections)
{
    using Key = db::LibrarySortKey;
    EXPECT_EQ(ids({}, {Key::Year, false}), (std::vector{undated, astis, scot, msc}));
    EXPECT_EQ(ids({}, {Key::Year, true}), (std::vector{msc, scot, astis, undated}));
    EXPECT_EQ(ids({}, {Key::Title, false}), (std::vector{undated, msc, scot, astis}));
    EXPECT_EQ(ids({}, {Key::Authors, false}), (std::vector{undated, msc, scot, astis}));
    EXPECT_EQ(ids({}, {Key::Journal, false}), (std::vector{undated, astis, scot, msc}));
    EXPECT_EQ(ids({}, {Key::Type, false}), (std::vector{undated, msc, astis, scot}));
    EXPECT_EQ(ids({}, {Key::Identifier, true}), (std::vector{astis, undated, msc, scot}));
}

TEST_F(LibraryQueryTest, PagesFollowOnWithoutGapsOrRepeats)
{
    const db::LibrarySort sort{db::LibrarySortKey::Title, false};
    std::vector<ReferenceId> walked;
    for (int offset = 0; offset < 4; offset += 3) {
        auto rows = query.page({}, sort, offset, 3);
        ASSERT_TRUE(rows);
        for (const auto& row : *rows)
            walked.push_back(row.id);
    }
    EXPECT_EQ(walked, ids({}, sort));
}

TEST_F(LibraryQueryTest, FiltersByYearRangeTypeAndBatch)
{
    const db::LibrarySort sort{db::LibrarySortKey::Year, false};
    db::LibraryFilter years;
    years.yearFrom = 2015;
    years.yearTo = 2019;
    EXPECT_EQ(ids(years, sort), std::vector{scot});
    EXPECT_EQ(*query.count(years), 1);

    db::LibraryFilter type;
    type.type = PublicationType::ConferenceAbstract;
    EXPECT_EQ(ids(type, sort), std::vector{msc});

    db::LibraryFilter source;
    source.batch = batch;
    EXPECT_EQ(ids(source, sort), (std::vector{astis, msc}));
    EXPECT_EQ(*query.count(source), 2);
}

TEST_F(LibraryQueryTest, SearchMatchesWordPrefixesOfTitlesAndAuthors)
{
    const db::LibrarySort sort{db::LibrarySortKey::Year, false};
    db::LibraryFilter filter;
    filter.searchText = QStringLiteral("cyclophos");
    EXPECT_EQ(ids(filter, sort), std::vector{astis});
    filter.searchText = QStringLiteral("SULLIV");
    EXPECT_EQ(ids(filter, sort), std::vector{scot});
    filter.searchText = QStringLiteral("therapy group");
    EXPECT_EQ(ids(filter, sort), std::vector{msc});
    filter.searchText = QStringLiteral("stem transplant");
    EXPECT_EQ(ids(filter, sort), (std::vector{astis, scot}));
    // "ell" starts no word, so "cells" does not match it.
    filter.searchText = QStringLiteral("ell");
    EXPECT_TRUE(ids(filter, sort).empty());
}

TEST_F(LibraryQueryTest, SearchTreatsWildcardsAsText)
{
    db::LibraryFilter filter;
    filter.searchText = QStringLiteral("100%");
    EXPECT_EQ(ids(filter, {}), std::vector{undated});
    filter.searchText = QStringLiteral("1_0");
    EXPECT_TRUE(ids(filter, {}).empty());
}

TEST_F(LibraryQueryTest, PositionOfFollowsSortAndFilter)
{
    auto position = query.positionOf({}, {db::LibrarySortKey::Year, true}, scot);
    ASSERT_TRUE(position);
    EXPECT_EQ(*position, 1);
    db::LibraryFilter filter;
    filter.type = PublicationType::Book;
    position = query.positionOf(filter, {}, scot);
    ASSERT_TRUE(position);
    EXPECT_FALSE(position->has_value());
}

TEST_F(LibraryQueryTest, ReportsYearRangeAndTypesInUse)
{
    auto range = query.yearRange();
    ASSERT_TRUE(range);
    ASSERT_TRUE(range->has_value());
    EXPECT_EQ((*range)->first, 2014);
    EXPECT_EQ((*range)->second, 2020);
    auto types = query.typesInUse();
    ASSERT_TRUE(types);
    EXPECT_EQ(
        *types,
        (std::vector{PublicationType::JournalArticle, PublicationType::ConferenceAbstract, PublicationType::Book}));
}

TEST(LibraryQuerySearchWordsTest, SplitsOnPunctuationAndCapsTheCount)
{
    EXPECT_EQ(db::LibraryQuery::searchWords(QStringLiteral("  stem-cell, HSCT ")),
              (QStringList{QStringLiteral("stem"), QStringLiteral("cell"), QStringLiteral("HSCT")}));
    EXPECT_EQ(db::LibraryQuery::searchWords(QStringLiteral("a b c d e f g h i j")).size(),
              db::LibraryQuery::MAX_SEARCH_WORDS);
}

TEST_F(LibraryQueryTest, OrderedIdsMatchThePagesAndRowsKeepTheGivenOrder)
{
    const db::LibrarySort sort{db::LibrarySortKey::Authors, false};
    auto ordered = query.orderedIds({}, sort);
    ASSERT_TRUE(ordered);
    EXPECT_EQ(*ordered, ids({}, sort));

    auto rows = query.rows({scot, ReferenceId(9999), astis});
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].id, scot);
    EXPECT_EQ((*rows)[0].firstAuthors.size(), 1);
    EXPECT_EQ((*rows)[1].id, astis);
    EXPECT_EQ((*rows)[1].firstAuthors.size(), 3);
    EXPECT_EQ((*rows)[1].title,
              QStringLiteral("Stem cell transplantation versus cyclophosphamide in systemic sclerosis"));
}
