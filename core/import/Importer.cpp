// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/Importer.h"

#include "core/Log.h"
#include "core/db/BulkReferenceWriter.h"
#include "core/db/Database.h"
#include "core/db/ImportRuns.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/SearchIndex.h"
#include "core/db/TransactionGuard.h"
#include "core/import/Normalize.h"
#include "core/import/ParserRegistry.h"
#include "core/import/RecordPipe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <optional>
#include <thread>

namespace stemma::core::import {
namespace {

constexpr qint64 DETECTION_BYTES = 64 * 1024;
/// Records per chunk handed from the parsing thread to the storing one.
constexpr std::size_t CHUNK_RECORDS = 256;
/// An import commits at least this often (records or milliseconds, whichever comes first), so a
/// short write from another window or process waits about a second at most. Each commit also
/// indexes its batch, so far smaller batches would cost the import in index segments.
constexpr int BATCH_MAX_RECORDS = 25000;
constexpr qint64 BATCH_MAX_MS = 1000;
/// How long the write lock is let go between batches: several polls of a waiting writer
/// (Database polls every 2 ms).
constexpr int BATCH_PAUSE_MS = 15;
/// Problems listed one by one per file; a file with a broken record on every line still reports
/// in bounded memory, and the reviewer reads the first ones and a count.
constexpr qsizetype MAX_PROBLEMS_LISTED = 1000;

/**
 * Runs on the parsing thread: normalises each record (pure work, no database) and passes them
 * on in chunks. Problems stay here until the parser has finished.
 */
class ParsingSink final : public ParseSink
{
public:
    ParsingSink(RecordPipe& pipe, QIODevice& device, const QString& fileName, int maxRecords)
        : m_pipe(pipe)
        , m_device(device)
        , m_fileName(fileName)
        , m_maxRecords(maxRecords)
    {
        m_chunk.records.reserve(CHUNK_RECORDS);
    }

    bool record(ParsedRecord&& parsed) override
    {
        if (m_records == m_maxRecords) {
            // Stopping the parser here is not a cancellation: what was read is imported.
            m_recordLimitReached = true;
            m_problems.append(ImportProblem{
                ImportProblem::Severity::Error,
                m_fileName,
                parsed.line,
                parsed.recordNumber,
                QStringLiteral("more than %1 records in one file (the limit); the rest of the file was not read")
                    .arg(m_maxRecords)});
            return false;
        }
        ++m_records;
        normalizeReference(parsed.reference);
        m_chunk.records.push_back(std::move(parsed));
        return m_chunk.records.size() < CHUNK_RECORDS || flush();
    }

    void problem(const ImportProblem& problem) override
    {
        // A hostile file can yield a problem per line; only the first ones are kept, and counted after.
        if (m_problems.size() < MAX_PROBLEMS_LISTED)
            m_problems.append(problem);
        else
            ++m_unlisted;
    }

    bool recordLimitReached() const { return m_recordLimitReached; }

    /** Sends what is pending; false when the storing side has stopped. */
    bool flush()
    {
        if (m_chunk.records.empty())
            return true;
        m_chunk.bytesRead = m_device.pos();
        m_pipe.takeUsed(); // freed here, on the thread that allocated them
        const bool accepted = m_pipe.push(std::move(m_chunk));
        m_chunk = RecordChunk{};
        m_chunk.records.reserve(CHUNK_RECORDS);
        return accepted;
    }

    QList<ImportProblem> takeProblems()
    {
        if (m_unlisted > 0)
            m_problems.append(ImportProblem{ImportProblem::Severity::Warning,
                                            m_fileName,
                                            0,
                                            0,
                                            QStringLiteral("%1 more problems not listed (only the first %2 are)")
                                                .arg(m_unlisted)
                                                .arg(MAX_PROBLEMS_LISTED)});
        m_unlisted = 0;
        return std::move(m_problems);
    }

private:
    RecordPipe& m_pipe;
    QIODevice& m_device;
    QString m_fileName;
    int m_maxRecords;
    int m_records = 0;
    bool m_recordLimitReached = false;
    RecordChunk m_chunk;
    QList<ImportProblem> m_problems;
    qint64 m_unlisted = 0;
};

/** Runs on the importing thread: writes each record, its source and full text, inside the current batch. */
class RecordStore
{
public:
    RecordStore(db::BulkReferenceWriter& writer, FileImportReport& report, const QString& fileName)
        : m_writer(writer)
        , m_report(report)
        , m_fileName(fileName)
    {
    }

    Result<void> store(ParsedRecord& parsed)
    {
        ++m_report.records;
        Reference& reference = parsed.reference;
        reference.greyLiterature = parsed.isGreyLiterature;
        reference.notFound = parsed.notFound;
        QString matchedBy;
        auto existing = m_writer.findExisting(reference.doi, reference.pmid, &matchedBy);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            reference.mergedInto = **existing;
            ++m_report.merged;
        } else {
            ++m_report.imported;
        }
        auto id = m_writer.insert(reference);
        if (!id)
            return id.error();
        // Kept as a merged pair, so `dedupe --undo` can split what the import merged.
        if (reference.mergedInto.isValid()) {
            auto pair =
                m_writer.recordMerge(reference.mergedInto, *id, QStringLiteral("same %1 (import)").arg(matchedBy));
            if (!pair)
                return pair.error();
        }
        m_lastId = *id;
        STEMMA_TRY(m_writer.addSource(ReferenceSource{SourceId(),
                                                      *id,
                                                      m_report.batch,
                                                      m_report.format,
                                                      m_fileName,
                                                      parsed.recordNumber,
                                                      parsed.line,
                                                      parsed.rawText}));
        if (!parsed.citedReferences.isEmpty())
            STEMMA_TRY(db::ReferenceRepository(m_writer.database()).setCitedReferences(*id, parsed.citedReferences));
        if (!parsed.fullTextContent.isEmpty() || !parsed.fullText.isEmpty()) {
            auto attached = db::ReferenceRepository(m_writer.database())
                                .addFullText(FullText{FullTextId(),
                                                      *id,
                                                      m_fileName,
                                                      parsed.fullTextMimeType,
                                                      parsed.fullTextContent,
                                                      parsed.fullText});
            if (!attached)
                return attached.error();
        }
        return {};
    }

    ReferenceId lastId() const { return m_lastId; }

private:
    db::BulkReferenceWriter& m_writer;
    FileImportReport& m_report;
    QString m_fileName;
    ReferenceId m_lastId;
};

/**
 * Splits an import into transactions of bounded size and duration, each indexing its own
 * references for search before it commits. Between two, the write lock is let go for a moment
 * so another writer waiting on the project (a screening decision) gets its turn.
 */
class CommitBatches
{
public:
    explicit CommitBatches(db::Database& database)
        : m_database(database)
    {
    }

    Result<void> beginIfNeeded()
    {
        if (m_transaction)
            return {};
        m_transaction.emplace(m_database);
        if (!m_transaction->isActive()) {
            auto error = m_transaction->commit().error();
            m_transaction.reset();
            return error;
        }
        m_first = ReferenceId();
        m_records = 0;
        m_clock.start();
        return {};
    }
    void stored(ReferenceId id)
    {
        if (!m_first.isValid())
            m_first = id;
        m_last = id;
        ++m_records;
    }
    bool isFull() const
    {
        return m_transaction && (m_records >= BATCH_MAX_RECORDS || m_clock.elapsed() >= BATCH_MAX_MS);
    }
    /** Indexes what this batch stored and commits it. */
    Result<void> commit()
    {
        if (!m_transaction)
            return {};
        if (m_first.isValid())
            if (auto indexed = db::SearchIndex(m_database).indexImported(m_first, m_last); !indexed) {
                abandon();
                return indexed;
            }
        auto committed = m_transaction->commit();
        m_transaction.reset();
        if (!committed)
            return committed;
        ++m_commits;
        if (!m_database.inTransaction()) // inside a caller's transaction nobody else can get in anyway
            std::this_thread::sleep_for(std::chrono::milliseconds(BATCH_PAUSE_MS));
        return {};
    }
    void abandon() { m_transaction.reset(); }
    int commits() const { return m_commits; }

private:
    db::Database& m_database;
    std::optional<db::TransactionGuard> m_transaction;
    QElapsedTimer m_clock;
    ReferenceId m_first;
    ReferenceId m_last;
    int m_records = 0;
    int m_commits = 0;
};

} // namespace

Importer::Importer(db::Database& database, const ParserRegistry& registry)
    : m_database(database)
    , m_registry(registry)
{
}

QString Importer::formatOf(const QString& path, const ImportOptions& options) const
{
    if (!options.format.isEmpty()) {
        const RecordParser* parser = m_registry.byFormat(options.format);
        return parser ? parser->format() : QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const RecordParser* parser = m_registry.detect(file.peek(DETECTION_BYTES), QFileInfo(path).fileName());
    return parser ? parser->format() : QString();
}

Result<FileImportReport> Importer::importFile(const QString& path,
                                              const ImportOptions& options,
                                              const ImportProgress& progress)
{
    FileImportReport report;
    report.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return Error{ErrorCode::Parse, QStringLiteral("%1: the file is empty").arg(path)};

    RecordParser* parser = nullptr;
    if (!options.format.isEmpty()) {
        parser = m_registry.byFormat(options.format);
        if (!parser)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("unknown format '%1' (known: %2)")
                             .arg(options.format, m_registry.formats().join(QStringLiteral(", ")))};
    } else {
        const QByteArray head = file.peek(DETECTION_BYTES);
        parser = m_registry.detect(head, QFileInfo(path).fileName());
        if (!parser)
            return Error{ErrorCode::Parse,
                         QStringLiteral("%1: not a format Stemma can import (%2)")
                             .arg(path,
                                  head.contains('\0') ? QStringLiteral("it looks like a binary file")
                                                      : QStringLiteral("no known record markers found"))};
    }
    report.format = parser->format();
    db::ReferenceRepository references(m_database);
    db::ImportRuns runs(m_database);
    // One import at a time: a second one would only wait out every batch of the first.
    if (auto holder = runs.liveImport(); holder && *holder)
        return Error{ErrorCode::Database,
                     QStringLiteral("%1: not imported; the project is busy: %2; try again when it finishes")
                         .arg(path, (*holder)->describe())};
    ImportBatch batch;
    batch.sourceName = options.sourceName.isEmpty() ? QFileInfo(path).fileName() : options.sourceName;
    batch.fileName = QFileInfo(path).fileName();
    batch.format = report.format;
    batch.searchDate = options.searchDate;
    {
        // The batch row, marked as running by this process, is committed first so a second writer
        // can be told who holds the project and a crash can be rolled back on the next open.
        db::TransactionGuard start(m_database);
        if (!start.isActive())
            return Error{ErrorCode::Database,
                         QStringLiteral("%1: cannot start the import: %2").arg(path, start.commit().error().message)};
        auto batchId = references.addBatch(batch);
        if (!batchId)
            return batchId.error();
        report.batch = *batchId;
        STEMMA_TRY(runs.markRunning(report.batch));
        STEMMA_TRY(start.commit());
    }
    // From here on a failure takes back every batch already committed.
    auto rollBack = [&](Error error) -> Error {
        if (auto undone = runs.rollBack(report.batch); !undone)
            log::import()->error("{}: could not roll back the failed import: {}", path, undone.error().message);
        return error;
    };
    auto writer = db::BulkReferenceWriter::create(m_database);
    if (!writer)
        return rollBack(writer.error());

    // The parser runs on its own thread and this one stores, so parsing and SQLite overlap.
    QElapsedTimer phase;
    phase.start();
    RecordPipe pipe;
    ParsingSink parsingSink(pipe, file, path, options.maxRecords);
    Result<void> parsed;
    std::thread parsing([&] {
        parsed = parser->parse(file, path, parsingSink);
        if (parsingSink.recordLimitReached())
            parsed = {}; // reported as a problem; the records before the limit are imported
        if (parsed)
            parsingSink.flush();
        pipe.close();
    });

    RecordStore store(*writer, report, batch.fileName);
    CommitBatches batches(m_database);
    std::optional<Error> storageError;
    bool cancelled = false;
    while (auto chunk = pipe.pop()) {
        if (auto begun = batches.beginIfNeeded(); !begun)
            storageError = Error{begun.error().code, QStringLiteral("%1: %2").arg(path, begun.error().message)};
        for (ParsedRecord& record : chunk->records) {
            if (storageError)
                break;
            auto stored = store.store(record);
            if (!stored) {
                storageError = Error{stored.error().code,
                                     QStringLiteral("%1: could not store record %2: %3")
                                         .arg(path)
                                         .arg(record.recordNumber)
                                         .arg(stored.error().message)};
                break;
            }
            batches.stored(store.lastId());
        }
        if (!storageError && batches.isFull())
            if (auto committed = batches.commit(); !committed)
                storageError =
                    Error{committed.error().code, QStringLiteral("%1: %2").arg(path, committed.error().message)};
        if (!storageError && progress && !progress(chunk->bytesRead, file.size()))
            cancelled = true;
        pipe.giveBack(std::move(*chunk));
        if (storageError || cancelled) {
            pipe.stop();
            break;
        }
    }
    parsing.join();
    report.problems = parsingSink.takeProblems();
    std::optional<Error> failure = storageError;
    if (!failure && cancelled)
        failure = Error{ErrorCode::Cancelled, QStringLiteral("%1: import cancelled; nothing was imported").arg(path)};
    if (!failure && !parsed)
        failure = parsed.error();
    if (!failure && report.records == 0)
        failure = Error{ErrorCode::Parse,
                        QStringLiteral("%1: no %2 records found%3")
                            .arg(path,
                                 parser->displayName(),
                                 report.problems.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (%1)").arg(report.problems.front().toString()))};
    if (failure) {
        batches.abandon();
        return rollBack(*failure);
    }
    // The last batch also records the counts and marks the import complete, in one commit.
    batch.id = report.batch;
    batch.recordsRead = report.records;
    batch.imported = report.imported;
    batch.merged = report.merged;
    auto finished = batches.beginIfNeeded();
    if (finished)
        finished = references.updateBatchCounts(batch);
    if (finished)
        finished = runs.markComplete(report.batch);
    if (finished)
        finished = batches.commit();
    if (!finished) {
        batches.abandon();
        return rollBack(finished.error());
    }
    log::import()->debug(
        "{}: parsed, stored and indexed in {} ms, {} commits", path, phase.elapsed(), batches.commits());
    if (progress)
        progress(file.size(), file.size());
    log::import()->info("{}: {} records as {}, {} new, {} merged, {} problems",
                        path,
                        report.records,
                        report.format,
                        report.imported,
                        report.merged,
                        report.problems.size());
    return report;
}

} // namespace stemma::core::import
