// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ThirdPartyLibraries.h"

#include <fmt/core.h>
#include <spdlog/version.h>

#include <boost/version.hpp>
#include <poppler-version.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace stemma::core {

std::vector<ThirdPartyLibrary> thirdPartyLibraries()
{
    const auto dotted = [](int major, int minor, int patch) {
        return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    };
    return {
        {QStringLiteral("SQLite"),
         QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("blessing (public domain)")},
        {QStringLiteral("spdlog"), dotted(SPDLOG_VER_MAJOR, SPDLOG_VER_MINOR, SPDLOG_VER_PATCH), QStringLiteral("MIT")},
        {QStringLiteral("{fmt}"),
         dotted(FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100),
         QStringLiteral("MIT")},
        {QStringLiteral("Poppler"),
         QString::fromStdString(poppler::version_string()),
         QStringLiteral("GPL-2.0-or-later")},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(LXW_VERSION), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("Boost.Math"),
         dotted(BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, BOOST_VERSION % 100),
         QStringLiteral("BSL-1.0")},
    };
}

} // namespace stemma::core
