// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/StudyCharacteristics.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

#include <QLocale>

namespace stemma::ui {
namespace {

using namespace core;

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 3);
}

/** "MSC, umbilical cord, allogeneic, 1e+06 cells/kg" or "HSCT, CY/ATG": what a reader compares. */
QString describe(const Intervention& intervention)
{
    QStringList parts{displayName(intervention.family)};
    if (intervention.mscSource != MscSource::Unknown)
        parts << displayName(intervention.mscSource);
    if (intervention.donor != DonorType::Unknown)
        parts << displayName(intervention.donor);
    if (intervention.cellsPerKg)
        parts << QObject::tr("%1 cells/kg").arg(number(*intervention.cellsPerKg));
    if (intervention.infusions)
        parts << QObject::tr("%n infusion(s)", nullptr, *intervention.infusions);
    if (!intervention.conditioning.isEmpty())
        parts << intervention.conditioning;
    if (intervention.cd34Selection.value_or(false))
        parts << QObject::tr("CD34+ selected");
    if (!intervention.drugs.isEmpty())
        parts << intervention.drugs;
    return parts.join(QLatin1String(", "));
}

QString followUp(const Study& study)
{
    if (study.followUpMonths)
        return QObject::tr("%1 months").arg(number(*study.followUpMonths));
    return study.followUpText;
}

} // namespace

Result<compare::Table> studyCharacteristicsTable(ReviewProject& project)
{
    compare::Table table;
    table.caption = QObject::tr("Characteristics of the included studies");
    table.header = {QObject::tr("Study"),
                    QObject::tr("Design"),
                    QObject::tr("Country"),
                    QObject::tr("Population"),
                    QObject::tr("Patients"),
                    QObject::tr("Follow-up"),
                    QObject::tr("Arms and interventions"),
                    QObject::tr("Evidence level"),
                    QObject::tr("Registration")};
    auto studies = project.studies().list();
    if (!studies)
        return studies.error();
    for (const Study& study : *studies) {
        auto arms = project.studies().arms(study.id);
        if (!arms)
            return arms.error();
        QStringList armTexts;
        for (const Arm& arm : *arms) {
            auto interventions = project.studies().interventions(arm.id);
            if (!interventions)
                return interventions.error();
            QStringList received;
            for (const Intervention& intervention : *interventions)
                received << describe(intervention);
            QString text = arm.label;
            if (arm.size)
                text += QStringLiteral(" (n = %1)").arg(*arm.size);
            if (!received.isEmpty())
                text += QStringLiteral(": ") + received.join(QLatin1String(" + "));
            armTexts << text;
        }
        QStringList population;
        if (!study.disease.isEmpty())
            population << study.disease;
        if (!study.diseaseSubtype.isEmpty())
            population << study.diseaseSubtype;
        table.rows.push_back({study.label,
                              displayName(study.design),
                              study.country,
                              population.join(QLatin1String(", ")),
                              study.patientCount ? QString::number(*study.patientCount) : QString(),
                              followUp(study),
                              armTexts.join(QLatin1String("; ")),
                              study.evidenceLevel,
                              study.registration});
    }
    return table;
}

} // namespace stemma::ui
