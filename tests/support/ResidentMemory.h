// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace stemma::test {

/** This process's resident memory in bytes (Linux /proc/self/statm), 0 where unknown. */
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

/**
 * Whether the process's resident size says something about the code under test. AddressSanitizer
 * keeps freed blocks in quarantine (256 MiB by default) and pads every allocation, so under it a
 * memory bound measures the sanitizer, not Stemma; the bounds are checked by the normal build.
 */
constexpr bool residentMemoryIsMeaningful()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}

} // namespace stemma::test
