// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace stemma::core::db {

class Database;

/** An outcome's minimal important difference, in the outcome's unit, with where it comes from. */
struct OutcomeMid
{
    OutcomeMeasureId measure;
    double mid = 0.0;
    QString population;
    QString source;

    friend bool operator==(const OutcomeMid&, const OutcomeMid&) = default;
};

/** The reviewer's confirmation or change of one GRADE domain for one outcome and comparison. */
struct StoredCertaintyJudgement
{
    OutcomeMeasureId measure;
    QString comparison; ///< which row of the comparison, e.g. "msc" or "hsct"
    QString domain;     ///< grade::toString(CertaintyDomain)
    int levels = 0;
    QString footnote;
    ReviewerId reviewer;

    friend bool operator==(const StoredCertaintyJudgement&, const StoredCertaintyJudgement&) = default;
};

/** Stores minimal important differences and the reviewer's certainty (GRADE) judgements. */
class CertaintyRepository
{
public:
    explicit CertaintyRepository(Database& database);

    [[nodiscard]] Result<std::optional<OutcomeMid>> mid(OutcomeMeasureId measure);
    /** Sets an outcome's MID; a MID must be positive. */
    [[nodiscard]] Result<void> setMid(const OutcomeMid& mid);
    [[nodiscard]] Result<void> removeMid(OutcomeMeasureId measure);

    [[nodiscard]] Result<std::vector<StoredCertaintyJudgement>> judgements(OutcomeMeasureId measure);
    /** Stores (replacing) a judgement; levels must lie in -2..2. */
    [[nodiscard]] Result<void> setJudgement(const StoredCertaintyJudgement& judgement);
    [[nodiscard]] Result<void> removeJudgement(OutcomeMeasureId measure,
                                               const QString& comparison,
                                               const QString& domain);

private:
    Database& m_database;
};

} // namespace stemma::core::db
