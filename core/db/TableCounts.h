// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <utility>
#include <vector>

namespace stemma::core::db {

class Database;

/** Row counts of every table of the project schema, in schema order, for `stemma-cli info`. */
Result<std::vector<std::pair<QString, qint64>>> tableCounts(Database& database);

} // namespace stemma::core::db
