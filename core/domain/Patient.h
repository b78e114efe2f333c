// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stemma::core {

enum class Sex { Unknown, Female, Male };
QString toString(Sex sex);
std::optional<Sex> sexFromString(const QString& text);

/**
 * One patient from a case report or series. Baseline and follow-up scores are OutcomeResults
 * that name this patient, so individual data pool the same way as arm data.
 */
struct Patient
{
    PatientId id;
    StudyId study;
    ArmId arm;     ///< optional: invalid when the study has no arms
    QString label; ///< "Patient 1"
    std::optional<double> ageYears;
    Sex sex = Sex::Unknown;
    QString diseaseSubtype;
    std::optional<double> diseaseDurationYears;
    QStringList priorTherapies;
    QString notes;

    friend bool operator==(const Patient&, const Patient&) = default;
};

} // namespace stemma::core
