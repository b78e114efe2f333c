// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Study.h"

#include <vector>

namespace stemma::core::db {

class Database;

/**
 * Stores studies with the ordered references that report them, their arms and what each arm
 * received. Removing a study removes its arms, interventions, patients and results with it
 * (the schema cascades), so callers never leave orphans behind.
 */
class StudyRepository
{
public:
    explicit StudyRepository(Database& database);

    /** Stores a new study with its references in list order and returns its id. */
    Result<StudyId> insert(const Study& study);
    /** Rewrites every field and replaces the linked references with study.references. */
    Result<void> update(const Study& study);
    Result<Study> get(StudyId id);
    /** Every study in id order, each with its references. */
    Result<std::vector<Study>> list();
    Result<void> remove(StudyId id);
    /** The studies a reference reports, in id order. */
    Result<std::vector<StudyId>> studiesForReference(ReferenceId reference);

    /** Appends \a reference to the study's references; linking it twice is a Constraint error. */
    Result<void> linkReference(StudyId study, ReferenceId reference);
    /** Drops the link; NotFound when the reference was not linked. */
    Result<void> unlinkReference(StudyId study, ReferenceId reference);

    Result<ArmId> insertArm(const Arm& arm);
    Result<void> updateArm(const Arm& arm);
    Result<Arm> arm(ArmId id);
    /** The study's arms in the order they were added. */
    Result<std::vector<Arm>> arms(StudyId study);
    Result<void> removeArm(ArmId id);

    Result<InterventionId> insertIntervention(const Intervention& intervention);
    Result<void> updateIntervention(const Intervention& intervention);
    Result<Intervention> intervention(InterventionId id);
    Result<std::vector<Intervention>> interventions(ArmId arm);
    /** Every intervention of every arm of the study, by arm then insertion order. */
    Result<std::vector<Intervention>> interventionsForStudy(StudyId study);
    Result<void> removeIntervention(InterventionId id);

private:
    Result<void> writeReferences(StudyId id, const QList<ReferenceId>& references);
    Result<QList<ReferenceId>> readReferences(StudyId id);

    Database& m_database;
};

} // namespace stemma::core::db
