// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace stemma::core::extract {

/**
 * One value the extractor proposes for a study field, with the exact text it came from.
 *
 * field is one of: patients, age, sex, disease_subtype, disease_duration, prior_therapy,
 * intervention_family, msc_source, donor, dose, infusions, route, follow_up, mobilisation,
 * conditioning, cd34_selection, outcome, deaths, adverse_event.
 *
 * Values use the domain's vocabulary where it has one ("msc", "bone-marrow",
 * "allogeneic-unrelated", "female") and plain numbers otherwise ("2000000" with unit "cells/kg",
 * "69.6" with unit "months"); a range is "LOW-HIGH". A count of one sex has the count as value
 * and the sex as unit ("7", "female"). Outcomes name their instrument in measure ("mRSS") and,
 * when the text says, their timepoint ("baseline", "12 months", "follow-up"). Adverse events name
 * the event in measure ("serious adverse events"), deaths a rate's name ("treatment-related
 * mortality").
 *
 * start/end are UTF-16 offsets into the text that was read, so text == input.mid(start, end - start).
 * confidence (0..1) ranks suggestions for review; it is the rule's own estimate, not a probability.
 */
struct Suggestion
{
    QString field;
    QString value;
    QString unit;
    QString measure;
    QString timepoint;
    int start = 0;
    int end = 0;
    QString text;
    double confidence = 0.0;

    friend bool operator==(const Suggestion&, const Suggestion&) = default;
};

using Suggestions = QList<Suggestion>;

} // namespace stemma::core::extract
