// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ReferenceRepository.h"

#include "core/db/Database.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

Reference sampleReference()
{
    Reference reference;
    reference.title = QStringLiteral("Autologous hematopoietic stem cell transplantation vs intravenous pulse "
                                     "cyclophosphamide in diffuse cutaneous systemic sclerosis");
    reference.authors = {Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M"), {}},
                         Author{QStringLiteral("Farge"), QStringLiteral("Dominique"), {}},
                         Author{{}, {}, QStringLiteral("EBMT/EULAR Scleroderma Study Group")}};
    reference.year = 2014;
    reference.journal = QStringLiteral("JAMA");
    reference.volume = QStringLiteral("311");
    reference.issue = QStringLiteral("24");
    reference.pages = QStringLiteral("2490-2498");
    reference.doi = QStringLiteral("10.1001/jama.2014.6368");
    reference.pmid = QStringLiteral("24958149");
    reference.abstract = QStringLiteral("IMPORTANCE: Summary.\n\nOBJECTIVE: Compare.");
    reference.keywords = {QStringLiteral("systemic sclerosis"), QStringLiteral("HSCT")};
    reference.type = PublicationType::JournalArticle;
    reference.language = QStringLiteral("eng");
    reference.url = QStringLiteral("https://example.org/astis");
    reference.greyLiterature = true;
    reference.notFound = {QStringLiteral("abstract"), QStringLiteral("doi")};
    reference.addedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    return reference;
}

class ReferenceRepositoryTest : public ::testing::Test
{
protected:
    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    db::ReferenceRepository& repository() { return project->references(); }
};

} // namespace

TEST_F(ReferenceRepositoryTest, InsertAndGetRoundTripEveryField)
{
    Reference reference = sampleReference();
    auto id = repository().insert(reference);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    reference.id = *id;
    auto loaded = repository().get(*id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, reference);
}

TEST_F(ReferenceRepositoryTest, CitedReferencesKeepTheirOrderAndAreReplacedWhole)
{
    auto id = repository().insert(sampleReference());
    ASSERT_TRUE(id);
    EXPECT_TRUE(repository().citedReferences(*id)->isEmpty());
    const QStringList cited{QStringLiteral("Zeta Z. Last alphabetically, first in the list. 2001."),
                            QStringLiteral("Alpha A. Second. 1999."),
                            QStringLiteral("Alpha A. Second. 1999.")};
    ASSERT_TRUE(repository().setCitedReferences(*id, cited));
    EXPECT_EQ(*repository().citedReferences(*id), cited) << "order and repeated entries are kept";
    ASSERT_TRUE(repository().setCitedReferences(*id, {QStringLiteral("Only one now.")}));
    EXPECT_EQ(*repository().citedReferences(*id), QStringList{QStringLiteral("Only one now.")});

    auto other = repository().insert(sampleReference());
    ASSERT_TRUE(other);
    EXPECT_TRUE(repository().citedReferences(*other)->isEmpty());
    ASSERT_TRUE(repository().remove(*id));
    EXPECT_TRUE(repository().citedReferences(*id)->isEmpty()) << "removed with their reference";
}

TEST_F(ReferenceRepositoryTest, EmptyOptionalFieldsStayEmpty)
{
    Reference reference;
    reference.title = QStringLiteral("Untitled web page");
    reference.type = PublicationType::WebPage;
    auto id = repository().insert(reference);
    ASSERT_TRUE(id);
    auto loaded = repository().get(*id);
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->year.has_value());
    EXPECT_TRUE(loaded->keywords.isEmpty());
    EXPECT_TRUE(loaded->authors.isEmpty());
    EXPECT_EQ(loaded->type, PublicationType::WebPage);
    EXPECT_TRUE(loaded->addedAt.isValid());
    EXPECT_FALSE(loaded->greyLiterature);
    EXPECT_TRUE(loaded->notFound.isEmpty());
}

TEST_F(ReferenceRepositoryTest, UpdateReplacesFieldsAndAuthors)
{
    auto id = repository().insert(sampleReference());
    ASSERT_TRUE(id);
    auto reference = *repository().get(*id);
    reference.title = QStringLiteral("Corrected title");
    reference.authors = {Author{QStringLiteral("Sullivan"), QStringLiteral("Keith M"), {}}};
    reference.year.reset();
    ASSERT_TRUE(repository().update(reference));
    EXPECT_EQ(*repository().get(*id), reference);
}

TEST_F(ReferenceRepositoryTest, UpdateOfMissingReferenceIsNotFound)
{
    Reference reference = sampleReference();
    reference.id = ReferenceId(4242);
    auto updated = repository().update(reference);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code, ErrorCode::NotFound);
}

TEST_F(ReferenceRepositoryTest, GetOfMissingReferenceIsNotFound)
{
    auto loaded = repository().get(ReferenceId(99));
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
}

TEST_F(ReferenceRepositoryTest, MergedDuplicatesAreHiddenAndCanBeUnmerged)
{
    auto survivor = repository().insert(sampleReference());
    auto duplicate = repository().insert(sampleReference());
    ASSERT_TRUE(survivor && duplicate);
    ASSERT_TRUE(repository().setMergedInto(*duplicate, *survivor));
    EXPECT_EQ(*repository().count(), 1);
    EXPECT_EQ(*repository().count(true), 2);
    EXPECT_EQ(*repository().mergedInto(*survivor), std::vector<ReferenceId>{*duplicate});
    EXPECT_EQ(*repository().findByDoi(QStringLiteral("10.1001/jama.2014.6368")), *survivor);

    ASSERT_TRUE(repository().setMergedInto(*duplicate, ReferenceId()));
    EXPECT_EQ(*repository().count(), 2);
    EXPECT_FALSE(repository().setMergedInto(*duplicate, *duplicate));
}

TEST_F(ReferenceRepositoryTest, FindByIdentifiers)
{
    auto id = repository().insert(sampleReference());
    ASSERT_TRUE(id);
    EXPECT_EQ(*repository().findByPmid(QStringLiteral("24958149")), *id);
    EXPECT_FALSE(repository().findByPmid(QStringLiteral("1"))->has_value());
    EXPECT_FALSE(repository().findByDoi(QString())->has_value());
}

TEST_F(ReferenceRepositoryTest, ListStreamsAuthorsInOrder)
{
    for (int i = 0; i < 5; ++i) {
        Reference reference = sampleReference();
        reference.title = QStringLiteral("Record %1").arg(i);
        if (i == 2)
            reference.authors.clear();
        ASSERT_TRUE(repository().insert(reference));
    }
    auto all = repository().list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 5u);
    EXPECT_EQ((*all)[1].authors.size(), 3);
    EXPECT_TRUE((*all)[2].authors.isEmpty());
    EXPECT_EQ((*all)[4].authors.front().family, QStringLiteral("van Laar"));

    db::ReferenceQuery page;
    page.limit = 2;
    page.offset = 3;
    auto slice = repository().list(page);
    ASSERT_TRUE(slice);
    ASSERT_EQ(slice->size(), 2u);
    EXPECT_EQ(slice->front().title, QStringLiteral("Record 3"));
}

TEST_F(ReferenceRepositoryTest, SourcesBatchesAndFullTextsRoundTrip)
{
    ImportBatch batch;
    batch.sourceName = QStringLiteral("PubMed");
    batch.fileName = QStringLiteral("pubmed.nbib");
    batch.format = QStringLiteral("medline");
    batch.importedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    batch.searchDate = QStringLiteral("2026-02-28");
    auto batchId = repository().addBatch(batch);
    ASSERT_TRUE(batchId);
    batch.id = *batchId;
    batch.recordsRead = 10;
    batch.imported = 8;
    batch.merged = 2;
    ASSERT_TRUE(repository().updateBatchCounts(batch));
    EXPECT_EQ(*repository().batches(), std::vector<ImportBatch>{batch});

    auto id = repository().insert(sampleReference());
    ASSERT_TRUE(id);
    ReferenceSource source{SourceId(),
                           *id,
                           *batchId,
                           QStringLiteral("medline"),
                           QStringLiteral("pubmed.nbib"),
                           3,
                           41,
                           QStringLiteral("PMID- 24958149\nTI  - Autologous...")};
    auto sourceId = repository().addSource(source);
    ASSERT_TRUE(sourceId);
    source.id = *sourceId;
    EXPECT_EQ(*repository().sources(*id), std::vector<ReferenceSource>{source});

    FullText text{FullTextId(),
                  *id,
                  QStringLiteral("astis.pdf"),
                  QStringLiteral("application/pdf"),
                  QByteArray("%PDF-1.4\0binary", 15),
                  QStringLiteral("Extracted text")};
    auto textId = repository().addFullText(text);
    ASSERT_TRUE(textId);
    text.id = *textId;
    EXPECT_EQ(*repository().fullTexts(*id), std::vector<FullText>{text});
}

TEST_F(ReferenceRepositoryTest, RemovingAReferenceRemovesItsAuthorsAndSources)
{
    auto id = repository().insert(sampleReference());
    ASSERT_TRUE(id);
    ASSERT_TRUE(repository().addSource(ReferenceSource{SourceId(),
                                                       *id,
                                                       ImportBatchId(),
                                                       QStringLiteral("ris"),
                                                       QStringLiteral("a.ris"),
                                                       1,
                                                       1,
                                                       QStringLiteral("TY  - JOUR")}));
    ASSERT_TRUE(repository().remove(*id));
    EXPECT_TRUE(repository().sources(*id)->empty());
    auto statement = project->database().prepare("SELECT count(*) FROM author");
    ASSERT_TRUE(statement);
    ASSERT_TRUE(*statement->step());
    EXPECT_EQ(statement->int64(0), 0);
}

TEST_F(ReferenceRepositoryTest, SourceForMissingReferenceViolatesForeignKey)
{
    auto added = repository().addSource(ReferenceSource{SourceId(),
                                                        ReferenceId(777),
                                                        ImportBatchId(),
                                                        QStringLiteral("ris"),
                                                        QStringLiteral("a.ris"),
                                                        1,
                                                        1,
                                                        QStringLiteral("TY  - JOUR")});
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, ErrorCode::Constraint);
}
