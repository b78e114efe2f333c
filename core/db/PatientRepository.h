// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Patient.h"

#include <vector>

namespace stemma::core::db {

class Database;

/**
 * Stores the individual patients of case reports and series. A patient belongs to a study and,
 * optionally, to one of its arms; removing the arm keeps the patient without one.
 */
class PatientRepository
{
public:
    explicit PatientRepository(Database& database);

    /** Stores a new patient and returns its id; a missing study or arm is a Constraint error. */
    Result<PatientId> insert(const Patient& patient);
    Result<void> update(const Patient& patient);
    Result<Patient> get(PatientId id);
    /** The study's patients in the order they were added. */
    Result<std::vector<Patient>> list(StudyId study);
    Result<void> remove(PatientId id);

private:
    Database& m_database;
};

} // namespace stemma::core::db
