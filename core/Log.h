// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <spdlog/spdlog.h>

#include <QString>

#include <memory>

/** Lets spdlog format QStrings directly: log::db()->warn("{}", qstring). */
template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename FormatContext> auto format(const QString& text, FormatContext& ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()), ctx);
    }
};

namespace stemma::core::log {

/** Named loggers, one per layer. Sinks are attached by app/; until then they log nowhere. */
std::shared_ptr<spdlog::logger> core();
std::shared_ptr<spdlog::logger> db();
std::shared_ptr<spdlog::logger> import();
std::shared_ptr<spdlog::logger> ui();

/**
 * Routes every named logger to a rotating file in \a directory (created if missing) and, when
 * \a toConsole is set, to stderr as well. Returns the path of the log file.
 */
QString setUpLogging(const QString& directory, bool toConsole, spdlog::level::level_enum level);

/**
 * Sends Qt's own messages (platform warnings such as an unset XDG_RUNTIME_DIR) to the log instead
 * of stderr, so they reach the console only under --verbose and never mix with command output.
 */
void routeQtMessagesToLog();

} // namespace stemma::core::log
