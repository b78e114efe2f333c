// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Patient.h"
#include "core/domain/Study.h"
#include "core/edit/SetInterventionField.h"
#include "core/edit/SetPatientField.h"
#include "core/extract/Suggestion.h"

#include <optional>
#include <vector>

/**
 * Where an accepted suggestion is stored and as what text, so accepting "two infusions" and
 * "2×10^6/kg" fills one MSC intervention and "conditioning with cyclophosphamide" the arm's HSCT
 * intervention instead of each making a new one. The views push the matching Set…Field edits.
 */
namespace stemma::core::edit::suggestion {

/** An attribute of an intervention and the text SetInterventionField takes for it. */
struct InterventionValue
{
    InterventionField field;
    QString text;
};

/** A field of a patient and the text SetPatientField takes for it. */
struct PatientValue
{
    PatientField field;
    QString text;
};

/**
 * The intervention attribute \a s proposes (dose, MSC source, donor, infusions, route,
 * mobilisation, conditioning, CD34 selection, ATG, family), or nothing for other fields.
 */
std::optional<InterventionValue> interventionValue(const extract::Suggestion& s);

/**
 * The family of the intervention \a s describes: MSC for cell source, dose, infusions and route;
 * HSCT for mobilisation, conditioning, CD34 selection and ATG; the named family for
 * intervention_family. Nothing for a donor, which either family has.
 */
std::optional<InterventionFamily> familyOf(const extract::Suggestion& s);

/**
 * Which of an arm's \a interventions \a s fills: \a selected when it is one of them and of the
 * right family, else the first of the suggested family (MSC vesicles count as MSC), else, for a
 * donor, the first MSC or HSCT intervention. Nothing when the arm has none that fits: the caller
 * adds one of familyOf(s) (MSC for a donor).
 */
std::optional<InterventionId> interventionToFill(const std::vector<Intervention>& interventions,
                                                 const extract::Suggestion& s,
                                                 InterventionId selected);

/**
 * The patient field \a s proposes, given the patient's current values: age and disease duration
 * in years, sex ("female", or one woman counted as "1" female), a prior therapy added to the
 * ones already listed, the disease subtype. Nothing for values that describe a group (a mean age
 * range, "7" women, "45% female") or for other fields.
 */
std::optional<PatientValue> patientValue(const extract::Suggestion& s, const Patient& current);

} // namespace stemma::core::edit::suggestion
