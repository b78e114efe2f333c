// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stemma::core {

/** Study designs, in the order of the usual evidence hierarchy (strongest first after Unknown). */
enum class StudyDesign {
    Unknown,
    MetaAnalysis,
    Review,
    Rct,
    NonRandomisedTrial,
    Cohort,
    CaseSeries,
    CaseReport,
    ConferenceAbstract,
    GreyLiterature,
};
QString toString(StudyDesign design);
std::optional<StudyDesign> studyDesignFromString(const QString& text);
/** A reviewer-facing label ("Randomised controlled trial"). */
QString displayName(StudyDesign design);

/** The unit of analysis; reported by one or more references (a trial and its follow-ups). */
struct Study
{
    StudyId id;
    QString label; ///< short name reviewers use: "ASTIS", "Chakr 2018"
    QString title;
    StudyDesign design = StudyDesign::Unknown;
    QString disease;        ///< "systemic sclerosis"
    QString diseaseSubtype; ///< "diffuse cutaneous"
    QString country;
    std::optional<int> patientCount;
    std::optional<double> followUpMonths;
    QString followUpText;  ///< as reported, when it is not one number
    QString evidenceLevel; ///< e.g. Oxford CEBM level "1b"
    QString registration;  ///< trial registry id
    QString notes;
    QList<ReferenceId> references;

    friend bool operator==(const Study&, const Study&) = default;
};

/** A group of patients treated alike within a study. */
struct Arm
{
    ArmId id;
    StudyId study;
    QString label;
    std::optional<int> size;
    QString notes;

    friend bool operator==(const Arm&, const Arm&) = default;
};

enum class InterventionFamily {
    Msc,
    Hsct,
    MscExtracellularVesicles,
    Immunosuppressant,
    Placebo,
    Other,
};
QString toString(InterventionFamily family);
std::optional<InterventionFamily> interventionFamilyFromString(const QString& text);
QString displayName(InterventionFamily family);

enum class MscSource {
    Unknown,
    BoneMarrow,
    Adipose,
    UmbilicalCord,
    WhartonsJelly,
    Placenta,
    MenstrualBlood,
    DentalPulp,
    Other,
};
QString toString(MscSource source);
std::optional<MscSource> mscSourceFromString(const QString& text);
QString displayName(MscSource source);

enum class DonorType {
    Unknown,
    Autologous,
    Allogeneic, ///< allogeneic, relation not reported
    AllogeneicRelated,
    AllogeneicHaploidentical,
    AllogeneicUnrelated,
};
QString toString(DonorType donor);
std::optional<DonorType> donorTypeFromString(const QString& text);
QString displayName(DonorType donor);

/**
 * What an arm received. Family decides which of the typed attributes apply: MSC fields for
 * MSC and MSC-derived vesicles, HSCT fields for transplants, drugs for comparators.
 */
struct Intervention
{
    InterventionId id;
    ArmId arm;
    InterventionFamily family = InterventionFamily::Other;
    QString description;
    // MSC
    MscSource mscSource = MscSource::Unknown;
    DonorType donor = DonorType::Unknown;
    std::optional<double> cellsPerKg;
    std::optional<int> infusions;
    QString route; ///< "intravenous", "subcutaneous", "local injection"
    // HSCT
    QString mobilisation;
    QString conditioning;
    std::optional<bool> cd34Selection;
    std::optional<bool> atg;
    QString atgDetail;
    // comparators
    QString drugs;

    friend bool operator==(const Intervention&, const Intervention&) = default;
};

} // namespace stemma::core
