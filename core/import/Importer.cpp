// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/Importer.h"

#include "core/Log.h"
#include "core/db/BulkReferenceWriter.h"
#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/SearchIndex.h"
#include "core/db/TransactionGuard.h"
#include "core/import/Normalize.h"
#include "core/import/ParserRegistry.h"
#include "core/import/RecordPipe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <thread>

namespace stemma::core::import {
namespace {

constexpr qint64 DETECTION_BYTES = 64 * 1024;
/// Records per chunk handed from the parsing thread to the storing one.
constexpr std::size_t CHUNK_RECORDS = 256;

/**
 * Runs on the parsing thread: normalises each record (pure work, no database) and passes them
 * on in chunks. Problems stay here until the parser has finished.
 */
class ParsingSink final : public ParseSink
{
public:
    ParsingSink(RecordPipe& pipe, QIODevice& device)
        : m_pipe(pipe)
        , m_device(device)
    {
        m_chunk.records.reserve(CHUNK_RECORDS);
    }

    bool record(ParsedRecord&& parsed) override
    {
        normalizeReference(parsed.reference);
        m_chunk.records.push_back(std::move(parsed));
        return m_chunk.records.size() < CHUNK_RECORDS || flush();
    }

    void problem(const ImportProblem& problem) override { m_problems.append(problem); }

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

    QList<ImportProblem> takeProblems() { return std::move(m_problems); }

private:
    RecordPipe& m_pipe;
    QIODevice& m_device;
    RecordChunk m_chunk;
    QList<ImportProblem> m_problems;
};

/** Runs on the importing thread: writes each record, its source and full text, inside the file's transaction. */
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

    db::TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return Error{ErrorCode::Database, QStringLiteral("%1: cannot start the import transaction").arg(path)};
    db::ReferenceRepository references(m_database);
    ImportBatch batch;
    batch.sourceName = options.sourceName.isEmpty() ? QFileInfo(path).fileName() : options.sourceName;
    batch.fileName = QFileInfo(path).fileName();
    batch.format = report.format;
    batch.searchDate = options.searchDate;
    auto batchId = references.addBatch(batch);
    if (!batchId)
        return batchId.error();
    report.batch = *batchId;

    auto writer = db::BulkReferenceWriter::create(m_database);
    if (!writer)
        return writer.error();

    // The parser runs on its own thread and this one stores, so parsing and SQLite overlap.
    QElapsedTimer phase;
    phase.start();
    RecordPipe pipe;
    ParsingSink parsingSink(pipe, file);
    Result<void> parsed;
    std::thread parsing([&] {
        parsed = parser->parse(file, path, parsingSink);
        if (parsed)
            parsingSink.flush();
        pipe.close();
    });

    RecordStore store(*writer, report, batch.fileName);
    ReferenceId firstId;
    std::optional<Error> storageError;
    bool cancelled = false;
    while (auto chunk = pipe.pop()) {
        for (ParsedRecord& record : chunk->records) {
            auto stored = store.store(record);
            if (!stored) {
                storageError = Error{stored.error().code,
                                     QStringLiteral("%1: could not store record %2: %3")
                                         .arg(path)
                                         .arg(record.recordNumber)
                                         .arg(stored.error().message)};
                break;
            }
            if (!firstId.isValid())
                firstId = store.lastId();
        }
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

    if (storageError)
        return *storageError;
    if (cancelled)
        return Error{ErrorCode::Cancelled, QStringLiteral("%1: import cancelled; nothing was imported").arg(path)};
    if (!parsed)
        return parsed.error();
    if (report.records == 0)
        return Error{ErrorCode::Parse,
                     QStringLiteral("%1: no %2 records found%3")
                         .arg(path,
                              parser->displayName(),
                              report.problems.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (%1)").arg(report.problems.front().toString()))};

    // One statement indexes the whole file. Indexing chunk by chunk would make every later write
    // in the transaction flush FTS5's pending terms (its savepoint handler does), leaving
    // thousands of tiny segments to merge: half again the cost of the whole import.
    const qint64 storedMs = phase.restart();
    if (firstId.isValid())
        STEMMA_TRY(db::SearchIndex(m_database).indexImported(firstId, store.lastId()));
    log::import()->debug("{}: parsed and stored in {} ms, indexed in {} ms", path, storedMs, phase.restart());

    batch.id = report.batch;
    batch.recordsRead = report.records;
    batch.imported = report.imported;
    batch.merged = report.merged;
    STEMMA_TRY(references.updateBatchCounts(batch));
    STEMMA_TRY(transaction.commit());
    log::import()->debug("{}: committed in {} ms", path, phase.elapsed());
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
