// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SuggestionValues.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using namespace stemma::core::edit;
using namespace stemma::core::edit::suggestion;

namespace {

extract::Suggestion suggest(const char* field, const char* value, const char* unit = "")
{
    extract::Suggestion s;
    s.field = QString::fromLatin1(field);
    s.value = QString::fromLatin1(value);
    s.unit = QString::fromLatin1(unit);
    return s;
}

Intervention of(qint64 id, InterventionFamily family)
{
    Intervention intervention;
    intervention.id = InterventionId(id);
    intervention.family = family;
    return intervention;
}

} // namespace

TEST(SuggestionValuesTest, TransplantStepsFillTheArmsHsctAndCellAttributesItsMsc)
{
    const std::vector<Intervention> arm{of(1, InterventionFamily::Msc), of(2, InterventionFamily::Hsct)};
    EXPECT_EQ(interventionToFill(arm, suggest("dose", "2000000", "cells/kg"), {}), InterventionId(1));
    EXPECT_EQ(interventionToFill(arm, suggest("route", "intravenous"), {}), InterventionId(1));
    for (const char* field : {"mobilisation", "conditioning", "cd34_selection", "atg"})
        EXPECT_EQ(interventionToFill(arm, suggest(field, "x"), {}), InterventionId(2)) << field;
    // A donor fits either family: the selected one wins, else the first.
    EXPECT_EQ(interventionToFill(arm, suggest("donor", "autologous"), InterventionId(2)), InterventionId(2));
    EXPECT_EQ(interventionToFill(arm, suggest("donor", "autologous"), {}), InterventionId(1));
    // A selected intervention of the wrong family is not filled with the other family's values.
    EXPECT_EQ(interventionToFill(arm, suggest("conditioning", "BEAM"), InterventionId(1)), InterventionId(2));
    // The named family finds its own intervention or none.
    EXPECT_EQ(interventionToFill(arm, suggest("intervention_family", "hsct"), {}), InterventionId(2));
    EXPECT_FALSE(interventionToFill(arm, suggest("intervention_family", "placebo"), {}));
    // MSC vesicles take cell attributes; an arm with only a comparator takes none.
    EXPECT_EQ(interventionToFill({of(5, InterventionFamily::MscExtracellularVesicles)}, suggest("dose", "1"), {}),
              InterventionId(5));
    EXPECT_FALSE(
        interventionToFill({of(6, InterventionFamily::Immunosuppressant)}, suggest("donor", "autologous"), {}));
    EXPECT_FALSE(interventionToFill({}, suggest("dose", "1"), {}));

    EXPECT_EQ(familyOf(suggest("conditioning", "BEAM")), InterventionFamily::Hsct);
    EXPECT_EQ(familyOf(suggest("infusions", "2")), InterventionFamily::Msc);
    EXPECT_EQ(familyOf(suggest("intervention_family", "placebo")), InterventionFamily::Placebo);
    EXPECT_FALSE(familyOf(suggest("donor", "autologous")));
    EXPECT_FALSE(familyOf(suggest("age", "36")));
}

TEST(SuggestionValuesTest, ValuesAreTheTextTheFieldEditsTake)
{
    auto cd34 = interventionValue(suggest("cd34_selection", "selected"));
    ASSERT_TRUE(cd34);
    EXPECT_EQ(cd34->field, InterventionField::Cd34Selection);
    EXPECT_EQ(cd34->text, QStringLiteral("yes"));
    EXPECT_EQ(interventionValue(suggest("cd34_selection", "unselected"))->text, QStringLiteral("no"));
    EXPECT_EQ(interventionValue(suggest("dose", "2000000"))->field, InterventionField::CellsPerKg);
    EXPECT_EQ(interventionValue(suggest("msc_source", "gingiva"))->text, QStringLiteral("other"));
    EXPECT_EQ(interventionValue(suggest("conditioning", "cyclophosphamide 200 mg/kg + rabbit ATG"))->text,
              QStringLiteral("cyclophosphamide 200 mg/kg + rabbit ATG"));
    EXPECT_FALSE(interventionValue(suggest("age", "36")));

    // Every value is one the edit accepts.
    for (const auto& s : {suggest("dose", "2000000"),
                          suggest("msc_source", "bone-marrow"),
                          suggest("donor", "allogeneic-unrelated"),
                          suggest("infusions", "2"),
                          suggest("cd34_selection", "selected"),
                          suggest("intervention_family", "hsct")}) {
        Intervention intervention;
        const auto value = interventionValue(s);
        ASSERT_TRUE(value) << s.field.toStdString();
        EXPECT_TRUE(SetInterventionField::setValue(intervention, value->field, value->text)) << s.field.toStdString();
    }
}

TEST(SuggestionValuesTest, PatientValuesTakeOnePersonsFactsAndRefuseGroupSummaries)
{
    Patient patient;
    patient.priorTherapies = {QStringLiteral("methotrexate")};
    EXPECT_EQ(patientValue(suggest("age", "36", "years"), patient)->text, QStringLiteral("36"));
    EXPECT_EQ(patientValue(suggest("age", "36", "years"), patient)->field, PatientField::Age);
    EXPECT_FALSE(patientValue(suggest("age", "30-50", "years"), patient));
    const auto duration = patientValue(suggest("disease_duration", "18", "months"), patient);
    ASSERT_TRUE(duration);
    EXPECT_EQ(duration->field, PatientField::DiseaseDuration);
    EXPECT_EQ(duration->text, QStringLiteral("1.5"));
    EXPECT_EQ(patientValue(suggest("sex", "female"), patient)->text, QStringLiteral("female"));
    EXPECT_EQ(patientValue(suggest("sex", "1", "male"), patient)->text, QStringLiteral("male"));
    EXPECT_FALSE(patientValue(suggest("sex", "7", "female"), patient));
    EXPECT_FALSE(patientValue(suggest("sex", "45", "% female"), patient));
    const auto prior = patientValue(suggest("prior_therapy", "azathioprine"), patient);
    ASSERT_TRUE(prior);
    EXPECT_EQ(prior->field, PatientField::PriorTherapies);
    EXPECT_EQ(prior->text, QStringLiteral("methotrexate\nazathioprine"));
    EXPECT_EQ(patientValue(suggest("prior_therapy", "Methotrexate"), patient)->text, QStringLiteral("methotrexate"));
    EXPECT_EQ(patientValue(suggest("disease_subtype", "diffuse cutaneous"), patient)->field, PatientField::Subtype);
    EXPECT_FALSE(patientValue(suggest("dose", "1"), patient));
}
