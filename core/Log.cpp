// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Log.h"

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <QDir>
#include <QtGlobal>

#include <mutex>
#include <vector>

namespace stemma::core::log {
namespace {

constexpr std::size_t MAX_LOG_BYTES = 5 * 1024 * 1024;
constexpr std::size_t MAX_LOG_FILES = 3;

std::mutex& sinkMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<spdlog::sink_ptr>& sinks()
{
    static std::vector<spdlog::sink_ptr> list{std::make_shared<spdlog::sinks::null_sink_mt>()};
    return list;
}

std::shared_ptr<spdlog::logger> named(const char* name)
{
    std::lock_guard lock(sinkMutex());
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, sinks().begin(), sinks().end());
    logger->set_level(spdlog::get_level());
    spdlog::register_logger(logger);
    return logger;
}

} // namespace

std::shared_ptr<spdlog::logger> core()
{
    return named("core");
}
std::shared_ptr<spdlog::logger> db()
{
    return named("db");
}
std::shared_ptr<spdlog::logger> import()
{
    return named("import");
}
std::shared_ptr<spdlog::logger> ui()
{
    return named("ui");
}

QString setUpLogging(const QString& directory, bool toConsole, spdlog::level::level_enum level)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("stemma.log"));
    std::vector<spdlog::sink_ptr> newSinks;
    try {
        newSinks.push_back(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), MAX_LOG_BYTES, MAX_LOG_FILES));
    } catch (const spdlog::spdlog_ex&) {
        // An unwritable log folder must not stop the program; it then logs to the console only.
    }
    if (toConsole)
        newSinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    {
        std::lock_guard lock(sinkMutex());
        sinks() = newSinks;
        spdlog::set_level(level);
    }
    for (const char* name : {"core", "db", "import", "ui"}) {
        spdlog::drop(name);
        named(name);
    }
    return path;
}

namespace {

void logQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    auto logger = named("core");
    switch (type) {
    case QtDebugMsg:
        logger->debug("qt: {}", message);
        break;
    case QtInfoMsg:
        logger->info("qt: {}", message);
        break;
    case QtWarningMsg:
        logger->warn("qt: {}", message);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("qt: {}", message);
        break;
    }
}

} // namespace

void routeQtMessagesToLog()
{
    qInstallMessageHandler(logQtMessage);
}

} // namespace stemma::core::log
