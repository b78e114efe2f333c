// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/LibraryQuery.h"

#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/domain/Codebook.h"
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

namespace {

/**
 * The fixture's references screened by two reviewers and tagged:
 *  - astis: both include at title/abstract; at full text one includes, one excludes (a conflict);
 *  - scot: the votes differ at title/abstract and a resolution excludes it;
 *  - msc: one "maybe" at title/abstract, so it waits for full text;
 *  - undated: nobody voted.
 * Tags: Intervention > MSC > Umbilical cord, and Outcome beside them.
 */
class LibraryQueryStatusTest : public LibraryQueryTest
{
protected:
    void SetUp() override
    {
        LibraryQueryTest::SetUp();
        first = *project->reviewers().findOrCreate(QStringLiteral("Ana"));
        second = *project->reviewers().findOrCreate(QStringLiteral("Ben"));
        vote(astis, first, ScreeningStage::TitleAbstract, Verdict::Include);
        vote(astis, second, ScreeningStage::TitleAbstract, Verdict::Include);
        vote(astis, first, ScreeningStage::FullText, Verdict::Include);
        vote(astis, second, ScreeningStage::FullText, Verdict::Exclude);
        vote(scot, first, ScreeningStage::TitleAbstract, Verdict::Include);
        vote(scot, second, ScreeningStage::TitleAbstract, Verdict::Exclude);
        resolve(scot, ScreeningStage::TitleAbstract, Verdict::Exclude);
        vote(msc, first, ScreeningStage::TitleAbstract, Verdict::Maybe);

        intervention = addTag(QStringLiteral("Intervention"), {});
        mscTag = addTag(QStringLiteral("MSC"), intervention);
        cord = addTag(QStringLiteral("Umbilical cord"), mscTag);
        outcome = addTag(QStringLiteral("Outcome"), {});
        span(msc, cord);
        span(astis, intervention);
        span(astis, intervention); // two spans must not list the reference twice
        span(scot, outcome);
    }

    void vote(ReferenceId reference, ReviewerId reviewer, ScreeningStage stage, Verdict verdict)
    {
        ScreeningDecision decision;
        decision.reference = reference;
        decision.reviewer = reviewer;
        decision.stage = stage;
        decision.verdict = verdict;
        decision.reason = verdict == Verdict::Exclude ? QStringLiteral("Wrong population") : QString();
        ASSERT_TRUE(project->screening().recordDecision(decision));
    }

    void resolve(ReferenceId reference, ScreeningStage stage, Verdict verdict)
    {
        ScreeningResolution resolution;
        resolution.reference = reference;
        resolution.stage = stage;
        resolution.verdict = verdict;
        resolution.reason = verdict == Verdict::Exclude ? QStringLiteral("Wrong population") : QString();
        resolution.method = QStringLiteral("consensus");
        resolution.resolvedAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(project->screening().resolve(resolution));
    }

    TagId addTag(const QString& name, TagId parent)
    {
        auto id = project->codebook().insertTag(Tag{{}, parent, name, QStringLiteral("#ffd54f"), {}, 0});
        EXPECT_TRUE(id);
        return id ? *id : TagId();
    }

    void span(ReferenceId reference, TagId tag)
    {
        TagSpan span;
        span.tag = tag;
        span.reference = reference;
        span.field = QStringLiteral("title");
        span.start = 0;
        span.end = 4;
        span.quote = QStringLiteral("Stem");
        span.createdAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(project->codebook().insertSpan(span));
    }

    static db::LibraryFilter status(ScreeningStage stage, db::ScreeningStatus status)
    {
        db::LibraryFilter filter;
        filter.screening = db::ScreeningStatusFilter{stage, status};
        return filter;
    }

    static db::LibraryFilter tagged(TagId tag)
    {
        db::LibraryFilter filter;
        filter.tag = tag;
        return filter;
    }

    ReviewerId first, second;
    TagId intervention, mscTag, cord, outcome;
};

using Status = db::ScreeningStatus;

} // namespace

TEST_F(LibraryQueryStatusTest, TitleAbstractStatusFollowsResolutionThenVotes)
{
    const db::LibrarySort sort{db::LibrarySortKey::Year, false};
    EXPECT_EQ(ids(status(ScreeningStage::TitleAbstract, Status::NotScreened), sort), std::vector{undated});
    EXPECT_EQ(ids(status(ScreeningStage::TitleAbstract, Status::Included), sort), std::vector{astis});
    // The votes disagree, but the resolution settles it.
    EXPECT_EQ(ids(status(ScreeningStage::TitleAbstract, Status::Excluded), sort), std::vector{scot});
    EXPECT_EQ(ids(status(ScreeningStage::TitleAbstract, Status::Maybe), sort), std::vector{msc});
    EXPECT_TRUE(ids(status(ScreeningStage::TitleAbstract, Status::Conflict), sort).empty());
    EXPECT_EQ(*query.count(status(ScreeningStage::TitleAbstract, Status::Included)), 1);
}

TEST_F(LibraryQueryStatusTest, FullTextStatusCountsOnlyWhatPassedTitleAbstract)
{
    const db::LibrarySort sort{db::LibrarySortKey::Year, false};
    // msc passed as "maybe" and has no full-text vote; undated never passed, scot was excluded.
    EXPECT_EQ(ids(status(ScreeningStage::FullText, Status::NotScreened), sort), std::vector{msc});
    EXPECT_EQ(ids(status(ScreeningStage::FullText, Status::Conflict), sort), std::vector{astis});
    EXPECT_TRUE(ids(status(ScreeningStage::FullText, Status::Included), sort).empty());

    resolve(astis, ScreeningStage::FullText, Verdict::Include);
    EXPECT_EQ(ids(status(ScreeningStage::FullText, Status::Included), sort), std::vector{astis});
    EXPECT_TRUE(ids(status(ScreeningStage::FullText, Status::Conflict), sort).empty());
    EXPECT_TRUE(ids(status(ScreeningStage::FullText, Status::Excluded), sort).empty());
    EXPECT_TRUE(ids(status(ScreeningStage::FullText, Status::Maybe), sort).empty());
}

TEST_F(LibraryQueryStatusTest, TagFilterTakesInTheTagsBelow)
{
    const db::LibrarySort sort{db::LibrarySortKey::Year, false};
    EXPECT_EQ(ids(tagged(intervention), sort), (std::vector{astis, msc}));
    EXPECT_EQ(*query.count(tagged(intervention)), 2);
    EXPECT_EQ(ids(tagged(mscTag), sort), std::vector{msc});
    EXPECT_EQ(ids(tagged(cord), sort), std::vector{msc});
    EXPECT_EQ(ids(tagged(outcome), sort), std::vector{scot});
    EXPECT_TRUE(ids(tagged(TagId(9999)), sort).empty());
}

TEST_F(LibraryQueryStatusTest, StatusAndTagCombineWithSearchSortAndOtherFilters)
{
    db::LibraryFilter filter = tagged(intervention);
    filter.searchText = QStringLiteral("stem");
    EXPECT_EQ(ids(filter, {db::LibrarySortKey::Year, true}), std::vector{astis});

    filter = tagged(intervention);
    EXPECT_EQ(ids(filter, {db::LibrarySortKey::Title, false}), (std::vector{msc, astis}));
    EXPECT_EQ(ids(filter, {db::LibrarySortKey::Title, true}), (std::vector{astis, msc}));
    filter.screening = db::ScreeningStatusFilter{ScreeningStage::TitleAbstract, Status::Maybe};
    EXPECT_EQ(ids(filter, {}), std::vector{msc});
    filter.type = PublicationType::JournalArticle;
    EXPECT_TRUE(ids(filter, {}).empty());
    EXPECT_EQ(*query.count(filter), 0);

    db::LibraryFilter withBatch = status(ScreeningStage::TitleAbstract, Status::Included);
    withBatch.batch = batch;
    withBatch.searchText = QStringLiteral("cyclophos");
    EXPECT_EQ(ids(withBatch, {}), std::vector{astis});

    auto position = query.positionOf(tagged(intervention), {db::LibrarySortKey::Year, true}, astis);
    ASSERT_TRUE(position);
    EXPECT_EQ(*position, 1);
    auto ordered = query.orderedIds(tagged(intervention), {db::LibrarySortKey::Year, true});
    ASSERT_TRUE(ordered);
    EXPECT_EQ(*ordered, (std::vector{msc, astis}));
}

TEST_F(LibraryQueryStatusTest, StatusAndTagFiltersUseIndexes)
{
    for (const Status value : {Status::NotScreened, Status::Included, Status::Conflict}) {
        for (const ScreeningStage stage : {ScreeningStage::TitleAbstract, ScreeningStage::FullText}) {
            db::LibraryFilter filter = status(stage, value);
            filter.tag = intervention;
            auto plan = query.queryPlan(filter, {db::LibrarySortKey::Year, true});
            ASSERT_TRUE(plan) << plan.error().message.toStdString();
            const QString text = plan->join(QLatin1Char('\n'));
            // A bare SCAN of these tables would read all of them for every reference.
            for (const QString& line : *plan) {
                if (line.startsWith(QLatin1String("SCAN")) && !line.contains(QLatin1String("USING"))) {
                    EXPECT_FALSE(line.contains(QLatin1String("screening_decision"))) << text.toStdString();
                    EXPECT_FALSE(line.contains(QLatin1String("tag_span"))) << text.toStdString();
                    EXPECT_FALSE(line.contains(QLatin1String("codebook_tag"))) << text.toStdString();
                }
            }
            EXPECT_TRUE(text.contains(QLatin1String("tag_span_tag"))) << text.toStdString();
            EXPECT_TRUE(text.contains(QLatin1String("codebook_tag_parent"))) << text.toStdString();
            EXPECT_TRUE(text.contains(QLatin1String("screening_decision_stage"))) << text.toStdString();
        }
    }
}

namespace {

TEST_F(LibraryQueryTest, FiltersOnAWholePublicationTypeLabel)
{
    for (const auto& [id, types] :
         {std::pair{astis, QStringList{QStringLiteral("Randomized Controlled Trial")}},
          std::pair{scot, QStringList{QStringLiteral("Systematic Review")}},
          std::pair{msc, QStringList{QStringLiteral("Review"), QStringLiteral("Case Reports")}}}) {
        auto reference = project->references().get(id);
        ASSERT_TRUE(reference);
        reference->publicationTypes = types;
        ASSERT_TRUE(project->references().update(*reference));
    }
    db::LibraryFilter filter;
    filter.publicationType = QStringLiteral("Review");
    // "Review" is a whole line of msc's types; "Systematic Review" does not contain it as a label.
    EXPECT_EQ(ids(filter, {}), std::vector<ReferenceId>{msc});
    filter.publicationType = QStringLiteral("Case Reports");
    EXPECT_EQ(ids(filter, {}), std::vector<ReferenceId>{msc});
    filter.publicationType = QStringLiteral("Randomized Controlled Trial");
    EXPECT_EQ(*query.count(filter), 1);

    auto inUse = query.publicationTypesInUse();
    ASSERT_TRUE(inUse);
    EXPECT_EQ(*inUse,
              (QStringList{QStringLiteral("Case Reports"),
                           QStringLiteral("Randomized Controlled Trial"),
                           QStringLiteral("Review"),
                           QStringLiteral("Systematic Review")}));
}

} // namespace
