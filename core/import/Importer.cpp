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

#include <QFile>
#include <QFileInfo>

namespace stemma::core::import {
namespace {

constexpr qint64 DETECTION_BYTES = 64 * 1024;
constexpr int PROGRESS_EVERY = 256;

/** Receives parsed records and writes them; remembers the first storage error, which stops parsing. */
class StoringSink final : public ParseSink
{
public:
    StoringSink(db::BulkReferenceWriter& writer,
                FileImportReport& report,
                QIODevice& device,
                const ImportProgress& progress,
                const QString& fileName)
        : m_writer(writer)
        , m_report(report)
        , m_device(device)
        , m_progress(progress)
        , m_fileName(fileName)
    {
    }

    bool record(ParsedRecord&& parsed) override
    {
        ++m_report.records;
        Reference& reference = parsed.reference;
        normalizeReference(reference);
        auto existing = m_writer.findExisting(reference.doi, reference.pmid);
        if (!existing)
            return fail(existing.error());
        if (existing->has_value()) {
            reference.mergedInto = **existing;
            ++m_report.merged;
        } else {
            ++m_report.imported;
        }
        auto id = m_writer.insert(reference);
        if (!id)
            return fail(id.error());
        if (!m_firstId.isValid())
            m_firstId = *id;
        m_lastId = *id;
        auto stored = m_writer.addSource(ReferenceSource{SourceId(),
                                                         *id,
                                                         m_report.batch,
                                                         m_report.format,
                                                         m_fileName,
                                                         parsed.recordNumber,
                                                         parsed.line,
                                                         parsed.rawText});
        if (!stored)
            return fail(stored.error());
        if (!parsed.fullTextContent.isEmpty() || !parsed.fullText.isEmpty()) {
            auto attached = db::ReferenceRepository(m_writer.database())
                                .addFullText(FullText{FullTextId(),
                                                      *id,
                                                      m_fileName,
                                                      parsed.fullTextMimeType,
                                                      parsed.fullTextContent,
                                                      parsed.fullText});
            if (!attached)
                return fail(attached.error());
        }
        if (m_progress && m_report.records % PROGRESS_EVERY == 0 && !m_progress(m_device.pos(), m_device.size())) {
            m_cancelled = true;
            return false;
        }
        return true;
    }

    void problem(const ImportProblem& problem) override { m_report.problems.append(problem); }

    bool cancelled() const { return m_cancelled; }
    const std::optional<Error>& storageError() const { return m_error; }
    ReferenceId firstId() const { return m_firstId; }
    ReferenceId lastId() const { return m_lastId; }

private:
    bool fail(const Error& error)
    {
        m_error = error;
        return false;
    }

    db::BulkReferenceWriter& m_writer;
    FileImportReport& m_report;
    QIODevice& m_device;
    const ImportProgress& m_progress;
    QString m_fileName;
    std::optional<Error> m_error;
    bool m_cancelled = false;
    ReferenceId m_firstId;
    ReferenceId m_lastId;
};

} // namespace

Importer::Importer(db::Database& database, const ParserRegistry& registry)
    : m_database(database)
    , m_registry(registry)
{
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
    StoringSink sink(*writer, report, file, progress, batch.fileName);
    auto parsed = parser->parse(file, path, sink);
    if (sink.storageError())
        return Error{sink.storageError()->code,
                     QStringLiteral("%1: could not store record %2: %3")
                         .arg(path)
                         .arg(report.records)
                         .arg(sink.storageError()->message)};
    if (sink.cancelled())
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

    if (sink.firstId().isValid())
        STEMMA_TRY(db::SearchIndex(m_database).indexRange(sink.firstId(), sink.lastId()));
    batch.id = report.batch;
    batch.recordsRead = report.records;
    batch.imported = report.imported;
    batch.merged = report.merged;
    STEMMA_TRY(references.updateBatchCounts(batch));
    STEMMA_TRY(transaction.commit());
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
