// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/Importer.h"

#include "core/db/Database.h"
#include "core/db/DuplicateRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/SearchIndex.h"
#include "core/import/LineReader.h"
#include "core/import/ParserRegistry.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace stemma::core;
using namespace stemma::core::import;

namespace {

/**
 * A tiny line format for exercising the pipeline on its own: "REC|title|doi|pmid|year" per line;
 * any other line is a broken record.
 */
class PipeParser final : public RecordParser
{
public:
    QString format() const override { return QStringLiteral("pipe"); }
    QString displayName() const override { return QStringLiteral("Pipe test format"); }
    int confidence(const QByteArray& head, const QString&) const override { return head.startsWith("REC|") ? 90 : 0; }
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override
    {
        LineReader reader(device);
        QString line;
        int record = 0;
        while (reader.readLine(line)) {
            if (line.isEmpty())
                continue;
            ++record;
            const QStringList fields = line.split(QLatin1Char('|'));
            if (fields.size() != 5 || fields[0] != QLatin1String("REC")) {
                sink.problem(ImportProblem{ImportProblem::Severity::Error,
                                           fileName,
                                           reader.lineNumber(),
                                           record,
                                           QStringLiteral("not a pipe record")});
                continue;
            }
            ParsedRecord parsed;
            parsed.reference.title = fields[1];
            parsed.reference.doi = fields[2];
            parsed.reference.pmid = fields[3];
            parsed.reference.year = fields[4].isEmpty() ? std::nullopt : std::optional<int>(fields[4].toInt());
            parsed.reference.authors = {Author{QStringLiteral("Author"), QStringLiteral("A"), {}}};
            parsed.rawText = line;
            parsed.recordNumber = record;
            parsed.line = reader.lineNumber();
            if (!sink.record(std::move(parsed)))
                return Error{ErrorCode::Cancelled, QStringLiteral("cancelled")};
        }
        return {};
    }
};

class ImporterTest : public ::testing::Test
{
protected:
    ImporterTest()
    {
        std::vector<std::unique_ptr<RecordParser>> parsers;
        parsers.push_back(std::make_unique<PipeParser>());
        registry = std::make_unique<ParserRegistry>(std::move(parsers));
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    Result<FileImportReport> import(const QString& path, const ImportProgress& progress = {})
    {
        Importer importer(project->database(), *registry);
        return importer.importFile(path, {}, progress);
    }

    int referenceCount(bool includeMerged) { return *project->references().count(includeMerged); }

    QTemporaryDir dir;
    std::unique_ptr<ParserRegistry> registry;
    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

} // namespace

TEST_F(ImporterTest, ImportsNormalisesKeepsRawTextAndIndexes)
{
    const QString path = write(QStringLiteral("a.txt"),
                               "REC|  Stem  cells in  SSc. |https://doi.org/10.1000/ABC.1|PMID: 123|2019\n"
                               "REC|Second record|||2020\n");
    auto report = import(path);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->format, QStringLiteral("pipe"));
    EXPECT_EQ(report->records, 2);
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->merged, 0);
    EXPECT_TRUE(report->problems.isEmpty());

    auto references = *project->references().list();
    ASSERT_EQ(references.size(), 2u);
    EXPECT_EQ(references[0].title, QStringLiteral("Stem cells in SSc"));
    EXPECT_EQ(references[0].doi, QStringLiteral("10.1000/abc.1"));
    EXPECT_EQ(references[0].pmid, QStringLiteral("123"));
    auto sources = *project->references().sources(references[0].id);
    ASSERT_EQ(sources.size(), 1u);
    EXPECT_EQ(sources[0].rawText,
              QStringLiteral("REC|  Stem  cells in  SSc. |https://doi.org/10.1000/ABC.1|PMID: 123|2019"));
    EXPECT_EQ(sources[0].line, 1);
    EXPECT_EQ(sources[0].batch, report->batch);
    EXPECT_EQ(*db::SearchIndex(project->database()).count(QStringLiteral("second")), 1);

    auto batches = *project->references().batches();
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches[0].recordsRead, 2);
    EXPECT_EQ(batches[0].imported, 2);
    EXPECT_EQ(batches[0].sourceName, QStringLiteral("a.txt"));
}

TEST_F(ImporterTest, ExactDoiOrPmidMatchesMergeAndKeepTheirSource)
{
    ASSERT_TRUE(import(write(QStringLiteral("first.txt"), "REC|Original|10.1000/x|111|2019\n")));
    auto report = import(write(QStringLiteral("second.txt"),
                               "REC|Same by DOI|https://doi.org/10.1000/X||2019\n"
                               "REC|Same by PMID||111|2019\n"
                               "REC|Same within file|10.1000/new||2019\n"
                               "REC|Same within file again|10.1000/NEW||2019\n"));
    ASSERT_TRUE(report);
    EXPECT_EQ(report->records, 4);
    EXPECT_EQ(report->imported, 1);
    EXPECT_EQ(report->merged, 3);
    EXPECT_EQ(referenceCount(false), 2);
    EXPECT_EQ(referenceCount(true), 5);
    auto merged = *project->references().mergedInto(ReferenceId(1));
    EXPECT_EQ(merged.size(), 2u);
}

TEST_F(ImporterTest, ImportMergesAreRecordedAsPairsThatCanBeUndone)
{
    ASSERT_TRUE(import(write(QStringLiteral("first.txt"), "REC|Original|10.1000/x|111|2019\n")));
    ASSERT_TRUE(import(write(QStringLiteral("second.txt"),
                             "REC|Same by DOI|10.1000/X||2019\n"
                             "REC|Same by PMID||111|2018\n")));
    db::DuplicateRepository duplicates(project->database());
    auto pairs = duplicates.candidates(false);
    ASSERT_TRUE(pairs);
    ASSERT_EQ(pairs->size(), 2u);
    std::sort(pairs->begin(), pairs->end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    const db::DuplicateCandidate byDoi = (*pairs)[0];
    EXPECT_EQ(byDoi.first, ReferenceId(1));
    EXPECT_EQ(byDoi.second, ReferenceId(2));
    EXPECT_EQ(byDoi.status, db::CandidateStatus::Merged);
    EXPECT_DOUBLE_EQ(byDoi.score, 1.0);
    EXPECT_EQ(byDoi.reasons, QStringLiteral("same DOI (import)"));
    EXPECT_EQ((*pairs)[1].reasons, QStringLiteral("same PMID (import)"));
    EXPECT_TRUE(duplicates.candidates(true)->empty()) << "a merged pair is no longer waiting for review";

    ASSERT_TRUE(duplicates.undo(byDoi.id));
    EXPECT_FALSE(project->references().get(ReferenceId(2))->mergedInto.isValid());
    EXPECT_EQ(referenceCount(false), 2) << "the DOI copy stands on its own again";
    EXPECT_EQ(project->references().sources(ReferenceId(2))->front().fileName, QStringLiteral("second.txt"));
    EXPECT_EQ(project->references().sources(ReferenceId(1))->front().fileName, QStringLiteral("first.txt"));
    EXPECT_EQ(project->references().get(ReferenceId(3))->mergedInto, ReferenceId(1)) << "the other merge stands";
    ASSERT_TRUE(duplicates.merge(byDoi.id)) << "and it can be merged again";
    EXPECT_EQ(referenceCount(false), 1);
}

TEST_F(ImporterTest, BrokenRecordsAreReportedAndTheRestImports)
{
    auto report = import(write(QStringLiteral("mixed.txt"), "REC|Good one|||2001\nthis is garbage\nREC|Good two|||\n"));
    ASSERT_TRUE(report);
    EXPECT_EQ(report->imported, 2);
    ASSERT_EQ(report->problems.size(), 1);
    EXPECT_EQ(report->problems[0].line, 2);
    EXPECT_TRUE(report->problems[0].toString().contains(QStringLiteral("mixed.txt:2: record 2: not a pipe record")));
}

TEST_F(ImporterTest, CancelLeavesTheProjectExactlyAsBefore)
{
    ASSERT_TRUE(import(write(QStringLiteral("before.txt"), "REC|Already here|||2000\n")));
    QByteArray big;
    for (int i = 0; i < 2000; ++i)
        big += "REC|Record " + QByteArray::number(i) + "|||2020\n";
    int calls = 0;
    auto report = import(write(QStringLiteral("big.txt"), big), [&calls](qint64, qint64) { return ++calls < 3; });
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(referenceCount(true), 1);
    EXPECT_EQ(project->references().batches()->size(), 1u);
    EXPECT_EQ(*db::SearchIndex(project->database()).count(QStringLiteral("record")), 0);
}

TEST_F(ImporterTest, UnknownEmptyAndMissingFilesFailClearly)
{
    auto unknown = import(write(QStringLiteral("notes.txt"), "just some notes\n"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("not a format Stemma can import")));

    auto binary = import(write(QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12)));
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().message.contains(QStringLiteral("binary")));

    auto empty = import(write(QStringLiteral("empty.ris"), QByteArray()));
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("empty")));

    auto missing = import(dir.filePath(QStringLiteral("missing.ris")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::Io);

    auto onlyBroken = import(write(QStringLiteral("broken.txt"), "REC|only|broken\n"));
    ASSERT_FALSE(onlyBroken);
    EXPECT_TRUE(onlyBroken.error().message.contains(QStringLiteral("no Pipe test format records")));
    EXPECT_EQ(referenceCount(true), 0);
    EXPECT_TRUE(project->references().batches()->empty());
}

TEST_F(ImporterTest, ForcedFormatMustExist)
{
    Importer importer(project->database(), *registry);
    ImportOptions options;
    options.format = QStringLiteral("nope");
    auto report = importer.importFile(write(QStringLiteral("a.txt"), "REC|x|||\n"), options);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("unknown format 'nope' (known: pipe)")));
}

TEST_F(ImporterTest, ImportsSpanningManyChunksIndexEveryNewRecordOnce)
{
    ASSERT_TRUE(import(write(QStringLiteral("before.txt"), "REC|Already here|||2000\n")));
    QByteArray big;
    for (int i = 1; i <= 1000; ++i) {
        big += "REC|Chunked record " + QByteArray::number(i) + "|||2020\n";
        if (i % 300 == 0)
            big += "broken line " + QByteArray::number(i) + "\n";
    }
    std::vector<qint64> progress;
    auto report = import(write(QStringLiteral("big.txt"), big), [&progress](qint64 done, qint64) {
        progress.push_back(done);
        return true;
    });
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->records, 1000);
    EXPECT_EQ(report->imported, 1000);
    // Problems keep the order of the file even though they came from the parsing thread.
    ASSERT_EQ(report->problems.size(), 3);
    EXPECT_EQ(report->problems[0].line, 301);
    EXPECT_EQ(report->problems[1].line, 602);
    EXPECT_EQ(report->problems[2].line, 903);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_GE(progress.size(), 4u);

    db::SearchIndex index(project->database());
    EXPECT_EQ(*index.count(QStringLiteral("chunked")), 1000);
    EXPECT_EQ(*index.count(QStringLiteral("already")), 1);
    EXPECT_EQ(*index.count(QStringLiteral("\"record 1000\"")), 1);
    EXPECT_TRUE(project->database().execute("INSERT INTO reference_fts (reference_fts) VALUES ('integrity-check')"));
    // Segment merging, paused while the file was indexed, is on again.
    auto automerge = project->database().prepare("SELECT v FROM reference_fts_config WHERE k = 'automerge'");
    ASSERT_TRUE(automerge && *automerge->step());
    EXPECT_EQ(automerge->int64(0), 4);
    auto references = *project->references().list();
    ASSERT_EQ(references.size(), 1001u);
    EXPECT_EQ(references.back().title, QStringLiteral("Chunked record 1000"));
}

TEST_F(ImporterTest, KeepsTheReferenceListMissingFieldsAndGreyLiteratureFlagOfSavedPages)
{
    ParserRegistry builtIn;
    Importer importer(project->database(), builtIn);
    auto article = importer.importFile(stemma::test::testDataPath(QStringLiteral("import/article_page.html")));
    ASSERT_TRUE(article) << article.error().message.toStdString();
    const QString promotional =
        write(QStringLiteral("clinic.html"),
              "<html><head><title>Invented Stem Cell Clinic | Home</title></head><body>"
              "<p>Our clinic offers invented cell treatments for many conditions, and our team answers "
              "every question you may have about them in a friendly way.</p>"
              "<p>Book a consultation today or contact us by phone.</p></body></html>");
    auto page = importer.importFile(promotional);
    ASSERT_TRUE(page) << page.error().message.toStdString();

    auto references = *project->references().list();
    ASSERT_EQ(references.size(), 2u);
    const Reference& stored = references[0];
    EXPECT_FALSE(stored.greyLiterature);
    EXPECT_TRUE(stored.notFound.isEmpty());
    auto cited = project->references().citedReferences(stored.id);
    ASSERT_TRUE(cited);
    ASSERT_EQ(cited->size(), 2);
    EXPECT_EQ(cited->at(1), QStringLiteral("Other C. A second invented reference. Made Up Med. 2020;4(1):1-9."));

    const Reference& clinic = references[1];
    EXPECT_TRUE(clinic.greyLiterature);
    EXPECT_TRUE(clinic.notFound.contains(QStringLiteral("authors")));
    EXPECT_TRUE(clinic.notFound.contains(QStringLiteral("year")));
    EXPECT_TRUE(project->references().citedReferences(clinic.id)->isEmpty());
}
