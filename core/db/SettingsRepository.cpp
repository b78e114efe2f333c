// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SettingsRepository.h"

#include "core/db/Database.h"

namespace stemma::core::db {

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<QString>> SettingsRepository::get(const QString& key)
{
    auto statement = m_database.prepare("SELECT value FROM project_setting WHERE key = :key");
    if (!statement)
        return statement.error();
    statement->bind(":key", key);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? std::optional<QString>(statement->text(0)) : std::nullopt;
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    auto stored = get(key);
    if (!stored)
        return stored.error();
    return stored->value_or(fallback);
}

Result<void> SettingsRepository::set(const QString& key, const QString& value)
{
    if (key.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a setting needs a key")};
    auto statement = m_database.prepare("INSERT INTO project_setting (key, value) VALUES (:key, :value) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!statement)
        return statement.error();
    statement->bind(":key", key).bind(":value", value);
    return statement->run();
}

Result<void> SettingsRepository::remove(const QString& key)
{
    auto statement = m_database.prepare("DELETE FROM project_setting WHERE key = :key");
    if (!statement)
        return statement.error();
    statement->bind(":key", key);
    return statement->run();
}

} // namespace stemma::core::db
