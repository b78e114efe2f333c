// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace stemma::core::db {

class Database;

/** Project-wide settings (blind screening, highlight terms…) stored in the project as key/value text. */
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database);

    /** The value stored under \a key, or nothing when it was never set. */
    Result<std::optional<QString>> get(const QString& key);
    /** The stored value, or \a fallback when the key was never set. */
    Result<QString> value(const QString& key, const QString& fallback = {});
    /** Stores \a value under \a key, replacing an earlier value. */
    Result<void> set(const QString& key, const QString& value);
    /** Forgets \a key; removing a key that is not set is not an error. */
    Result<void> remove(const QString& key);

private:
    Database& m_database;
};

} // namespace stemma::core::db
