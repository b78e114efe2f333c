// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SearchIndex.h"

#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/TransactionGuard.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace stemma::core;

namespace {

class SearchIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        astis = add(QStringLiteral("Autologous hematopoietic stem cell transplantation vs intravenous pulse "
                                   "cyclophosphamide in diffuse cutaneous systemic sclerosis"),
                    QStringLiteral("Randomised trial of HSCT in early diffuse SSc."),
                    QStringLiteral("van Laar"),
                    {QStringLiteral("scleroderma")});
        msc = add(QStringLiteral("Mesenchymal stem cells in systemic sclerosis: a case report"),
                  QStringLiteral("A woman with diffuse SSc received allogeneic MSC infusions; transplantation was "
                                 "not used."),
                  QStringLiteral("Chakr"),
                  {QStringLiteral("MSC"), QStringLiteral("cell therapy")});
        lupus = add(QStringLiteral("Umbilical cord MSC for lupus nephritis"),
                    QStringLiteral("Stem cells for systemic lupus erythematosus; mice were not studied."),
                    QStringLiteral("Sun"),
                    {});
        french = add(QStringLiteral("Réponse immunitaire après greffe"), QString(), QStringLiteral("Farge"), {});
    }

    ReferenceId add(const QString& title, const QString& abstract, const QString& author, const QStringList& keywords)
    {
        Reference reference;
        reference.title = title;
        reference.abstract = abstract;
        reference.authors = {Author{author, QStringLiteral("A"), {}}};
        reference.keywords = keywords;
        auto id = project->references().insert(reference);
        EXPECT_TRUE(id);
        return *id;
    }

    std::vector<ReferenceId> find(const QString& query)
    {
        auto hits = db::SearchIndex(project->database()).search(query);
        EXPECT_TRUE(hits) << query.toStdString() << ": " << (hits ? "" : hits.error().message.toStdString());
        std::vector<ReferenceId> ids;
        if (hits)
            for (const auto& hit : *hits)
                ids.push_back(hit.reference);
        return ids;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    ReferenceId astis, msc, lupus, french;
};

using Ids = std::vector<ReferenceId>;

} // namespace

TEST_F(SearchIndexTest, AllWordsMustMatchAndTitleMatchesRankFirst)
{
    EXPECT_EQ(find(QStringLiteral("systemic sclerosis")), (Ids{astis, msc}));
    // "transplantation" is in ASTIS's title but only in the case report's abstract.
    EXPECT_EQ(find(QStringLiteral("transplantation")), (Ids{astis, msc}));
}

TEST_F(SearchIndexTest, BooleanOperatorsPhrasesAndPrefixes)
{
    EXPECT_EQ(find(QStringLiteral("lupus OR scleroderma")).size(), 2u);
    EXPECT_EQ(find(QStringLiteral("stem NOT lupus")), (Ids{astis, msc}));
    EXPECT_EQ(find(QStringLiteral("\"stem cells\"")), (Ids{msc, lupus}));
    EXPECT_EQ(find(QStringLiteral("transplant*")), (Ids{astis, msc}));
    auto grouped = find(QStringLiteral("(lupus OR case) cells"));
    std::sort(grouped.begin(), grouped.end());
    EXPECT_EQ(grouped, (Ids{msc, lupus}));
}

TEST_F(SearchIndexTest, FieldFiltersRestrictToOneField)
{
    EXPECT_EQ(find(QStringLiteral("title:transplantation")), (Ids{astis}));
    EXPECT_EQ(find(QStringLiteral("author:chakr")), (Ids{msc}));
    EXPECT_EQ(find(QStringLiteral("keyword:\"cell therapy\"")), (Ids{msc}));
    EXPECT_EQ(find(QStringLiteral("abstract:mice")), (Ids{lupus}));
}

TEST_F(SearchIndexTest, AccentsAndCaseDoNotMatter)
{
    EXPECT_EQ(find(QStringLiteral("reponse GREFFE")), (Ids{french}));
}

TEST_F(SearchIndexTest, SnippetsMarkTheMatches)
{
    auto hits = db::SearchIndex(project->database()).search(QStringLiteral("mice"));
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_TRUE(hits->front().snippet.contains(QStringLiteral("[mice]"))) << hits->front().snippet.toStdString();
}

TEST_F(SearchIndexTest, EditsAndDeletesKeepTheIndexInStep)
{
    auto reference = *project->references().get(lupus);
    reference.title = QStringLiteral("Wharton jelly cells for nephritis");
    ASSERT_TRUE(project->references().update(reference));
    EXPECT_TRUE(find(QStringLiteral("umbilical")).empty());
    EXPECT_EQ(find(QStringLiteral("wharton")), (Ids{lupus}));
    ASSERT_TRUE(project->references().remove(lupus));
    EXPECT_TRUE(find(QStringLiteral("wharton")).empty());
    auto integrity = project->database().execute("INSERT INTO reference_fts(reference_fts) VALUES('integrity-check')");
    EXPECT_TRUE(integrity) << (integrity ? "" : integrity.error().message.toStdString());
}

TEST_F(SearchIndexTest, MergedDuplicatesAreLeftOut)
{
    ASSERT_TRUE(project->references().setMergedInto(msc, astis));
    EXPECT_EQ(find(QStringLiteral("systemic sclerosis")), (Ids{astis}));
    EXPECT_EQ(*db::SearchIndex(project->database()).count(QStringLiteral("systemic sclerosis")), 1);
}

TEST_F(SearchIndexTest, PunctuationInWordsIsSearchedLiterally)
{
    EXPECT_EQ(find(QStringLiteral("stem-cell")), (Ids{astis})); // a phrase: "stem cells" does not match
    EXPECT_EQ(find(QStringLiteral("mesenchymal: stem")), (Ids{msc}));
}

TEST(SearchQueryTest, TranslatesToFts5Syntax)
{
    using db::SearchIndex;
    EXPECT_EQ(*SearchIndex::toFtsQuery(QStringLiteral("stem cell")), QStringLiteral("\"stem\" AND \"cell\""));
    EXPECT_EQ(*SearchIndex::toFtsQuery(QStringLiteral("msc OR hsct")), QStringLiteral("\"msc\" OR \"hsct\""));
    EXPECT_EQ(*SearchIndex::toFtsQuery(QStringLiteral("ti:\"stem cell\" transpl*")),
              QStringLiteral("title : \"stem cell\" AND \"transpl\" *"));
    EXPECT_EQ(*SearchIndex::toFtsQuery(QStringLiteral("a \"quoted \"\"x\"")),
              QStringLiteral("\"a\" AND \"quoted \" AND \"x\""));
}

TEST(SearchQueryTest, RejectsBrokenQueriesWithAReason)
{
    using db::SearchIndex;
    for (const char* broken : {"NOT lupus", "stem AND", "(stem", "stem)", "\"open phrase", "", "  ---  "}) {
        auto translated = SearchIndex::toFtsQuery(QString::fromUtf8(broken));
        ASSERT_FALSE(translated) << broken;
        EXPECT_FALSE(translated.error().message.isEmpty());
    }
}

TEST(SearchIndexCommonWordTest, AWordInMostOfALargeProjectIsListedNewestFirstOnEveryPage)
{
    auto project = stemma::test::makeMemoryProject();
    std::vector<ReferenceId> ids;
    {
        db::TransactionGuard transaction(project->database());
        for (int i = 0; i < 2400; ++i) {
            Reference reference;
            // "trial" is in every title; "graft" in one in ten, with the word repeated in some.
            reference.title = QStringLiteral("Trial number %1%2")
                                  .arg(i)
                                  .arg(i % 10 == 0 ? QStringLiteral(" graft graft") : QString());
            reference.abstract = QStringLiteral("An abstract about record %1.").arg(i);
            auto id = project->references().insert(reference);
            ASSERT_TRUE(id);
            ids.push_back(*id);
        }
        ASSERT_TRUE(transaction.commit());
    }
    db::SearchIndex index(project->database());
    auto first = index.search(QStringLiteral("TRIAL"), db::SearchOptions{10, 0});
    auto second = index.search(QStringLiteral("trial"), db::SearchOptions{10, 10});
    ASSERT_TRUE(first && second);
    ASSERT_EQ(first->size(), 10u);
    ASSERT_EQ(second->size(), 10u);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ((*first)[i].reference, ids[ids.size() - 1 - i]);
        EXPECT_EQ((*second)[i].reference, ids[ids.size() - 11 - i]);
    }
    EXPECT_TRUE((*first)[0].snippet.contains(QStringLiteral("[Trial]")));

    // A word in a tenth of the records is still ranked by bm25 (its score is not the placeholder 0).
    auto ranked = index.search(QStringLiteral("graft"), db::SearchOptions{5, 0});
    ASSERT_TRUE(ranked);
    ASSERT_EQ(ranked->size(), 5u);
    EXPECT_LT((*ranked)[0].score, 0.0);
    // Phrases and several words are never taken for one common word.
    auto phrase = index.search(QStringLiteral("\"trial number\""), db::SearchOptions{5, 0});
    ASSERT_TRUE(phrase);
    EXPECT_LT((*phrase)[0].score, 0.0);
}
