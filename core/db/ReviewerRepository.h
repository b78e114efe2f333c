// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Screening.h"

#include <vector>

namespace stemma::core::db {

class Database;

/** Stores the people who screen and extract; a reviewer is known by a unique name. */
class ReviewerRepository
{
public:
    explicit ReviewerRepository(Database& database);

    /**
     * The id of the reviewer called \a name (surrounding spaces ignored), adding them when new.
     * An empty name is an InvalidArgument error.
     */
    Result<ReviewerId> findOrCreate(const QString& name);
    Result<Reviewer> get(ReviewerId id);
    /** Every reviewer in the order they were added. */
    Result<std::vector<Reviewer>> list();

private:
    Database& m_database;
};

} // namespace stemma::core::db
