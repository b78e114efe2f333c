// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ProjectFileCheck.h"

#include "core/db/Migrator.h"

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace stemma::core::db {
namespace {

/// The SQLite file header (https://www.sqlite.org/fileformat.html, "The Database Header").
constexpr qint64 HEADER_SIZE = 100;
constexpr char SQLITE_MAGIC[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr int PAGE_SIZE_OFFSET = 16;
constexpr int PAGE_COUNT_OFFSET = 28;
constexpr int CHANGE_COUNTER_OFFSET = 24;
constexpr int VERSION_VALID_FOR_OFFSET = 92;
constexpr int USER_VERSION_OFFSET = 60;
constexpr int APPLICATION_ID_OFFSET = 68;

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto byte = [&](int i) { return quint32(quint8(bytes[offset + i])); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

bool hasNoWriteBits(const QFileInfo& info)
{
    return !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

Error notAProject(const QString& path, const QString& why)
{
    return Error{ErrorCode::NotAProject,
                 QStringLiteral("%1 is not a Stemma project (%2); it was left unchanged").arg(path, why)};
}

} // namespace

bool isReadOnlyLocation(const QString& path)
{
    // Permission bits count even for root, who could write anyway: a file or folder made
    // read-only says "do not change this". access() adds read-only file systems and ACLs.
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const QByteArray filePath = QFile::encodeName(file.absoluteFilePath());
    const QByteArray folderPath = QFile::encodeName(folder.absoluteFilePath());
    return hasNoWriteBits(file) || hasNoWriteBits(folder) || ::access(filePath.constData(), W_OK) != 0 ||
           ::access(folderPath.constData(), W_OK) != 0;
}

Result<ProjectFileState> checkProjectFile(const QString& path, int latestSchema)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(path)};
    if (info.isDir())
        return notAProject(path, QStringLiteral("it is a folder"));
    ProjectFileState state;
    state.hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    state.hasShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    state.readOnlyLocation = isReadOnlyLocation(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return notAProject(path, QStringLiteral("the file is empty"));
    const QByteArray header = file.read(HEADER_SIZE);
    if (header.size() < HEADER_SIZE || !header.startsWith(QByteArray(SQLITE_MAGIC, sizeof SQLITE_MAGIC)))
        return notAProject(path, QStringLiteral("not an SQLite database"));

    quint32 pageSize = (quint32(quint8(header[PAGE_SIZE_OFFSET])) << 8) | quint8(header[PAGE_SIZE_OFFSET + 1]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 applicationId = bigEndian32(header, APPLICATION_ID_OFFSET);
    const quint32 userVersion = bigEndian32(header, USER_VERSION_OFFSET);
    // The page count in the header is only trustworthy when written by a recent SQLite, which
    // also sets "version valid for" to the change counter.
    const bool pageCountValid =
        bigEndian32(header, CHANGE_COUNTER_OFFSET) == bigEndian32(header, VERSION_VALID_FOR_OFFSET);
    const qint64 expectedSize = qint64(bigEndian32(header, PAGE_COUNT_OFFSET)) * pageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return notAProject(path, QStringLiteral("an SQLite header with an impossible page size %1").arg(pageSize));
    if (size % pageSize != 0 || (pageCountValid && size < expectedSize))
        return Error{ErrorCode::NotAProject,
                     QStringLiteral("%1 is truncated (%2 bytes where its header gives %3); it was left unchanged. "
                                    "Restore it from a backup.")
                         .arg(path)
                         .arg(size)
                         .arg(pageCountValid ? expectedSize : (size / pageSize + 1) * pageSize)};
    if (state.hasWal)
        return state; // the application id and schema may still be only in the write-ahead log
    if (applicationId != quint32(Migrator::APPLICATION_ID))
        return notAProject(path,
                           applicationId == 0
                               ? QStringLiteral("an SQLite database of another program")
                               : QStringLiteral("an SQLite database of another program, application id 0x%1")
                                     .arg(applicationId, 8, 16, QLatin1Char('0')));
    if (userVersion > quint32(latestSchema)) {
        Error error = Migrator::tooNewError(path, userVersion);
        error.message += QStringLiteral(" The file was left unchanged.");
        return error;
    }
    return state;
}

} // namespace stemma::core::db
