// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Study.h"

#include "core/domain/EnumText.h"

namespace stemma::core {
namespace {

constexpr EnumText<StudyDesign, 10> DESIGN_NAMES{{{
    {StudyDesign::Unknown, "unknown"},
    {StudyDesign::MetaAnalysis, "meta-analysis"},
    {StudyDesign::Review, "review"},
    {StudyDesign::Rct, "rct"},
    {StudyDesign::NonRandomisedTrial, "non-randomised-trial"},
    {StudyDesign::Cohort, "cohort"},
    {StudyDesign::CaseSeries, "case-series"},
    {StudyDesign::CaseReport, "case-report"},
    {StudyDesign::ConferenceAbstract, "conference-abstract"},
    {StudyDesign::GreyLiterature, "grey-literature"},
}}};

constexpr EnumText<StudyDesign, 10> DESIGN_LABELS{{{
    {StudyDesign::Unknown, "Design not recorded"},
    {StudyDesign::MetaAnalysis, "Meta-analysis"},
    {StudyDesign::Review, "Review"},
    {StudyDesign::Rct, "Randomised controlled trial"},
    {StudyDesign::NonRandomisedTrial, "Non-randomised trial"},
    {StudyDesign::Cohort, "Cohort study"},
    {StudyDesign::CaseSeries, "Case series"},
    {StudyDesign::CaseReport, "Case report"},
    {StudyDesign::ConferenceAbstract, "Conference abstract"},
    {StudyDesign::GreyLiterature, "Web page / grey literature"},
}}};

constexpr EnumText<InterventionFamily, 6> FAMILY_NAMES{{{
    {InterventionFamily::Msc, "msc"},
    {InterventionFamily::Hsct, "hsct"},
    {InterventionFamily::MscExtracellularVesicles, "msc-ev"},
    {InterventionFamily::Immunosuppressant, "immunosuppressant"},
    {InterventionFamily::Placebo, "placebo"},
    {InterventionFamily::Other, "other"},
}}};

constexpr EnumText<InterventionFamily, 6> FAMILY_LABELS{{{
    {InterventionFamily::Msc, "MSC"},
    {InterventionFamily::Hsct, "HSCT"},
    {InterventionFamily::MscExtracellularVesicles, "MSC-derived vesicles"},
    {InterventionFamily::Immunosuppressant, "Immunosuppressant / comparator"},
    {InterventionFamily::Placebo, "Placebo"},
    {InterventionFamily::Other, "Other"},
}}};

constexpr EnumText<MscSource, 9> SOURCE_NAMES{{{
    {MscSource::Unknown, "unknown"},
    {MscSource::BoneMarrow, "bone-marrow"},
    {MscSource::Adipose, "adipose"},
    {MscSource::UmbilicalCord, "umbilical-cord"},
    {MscSource::WhartonsJelly, "whartons-jelly"},
    {MscSource::Placenta, "placenta"},
    {MscSource::MenstrualBlood, "menstrual-blood"},
    {MscSource::DentalPulp, "dental-pulp"},
    {MscSource::Other, "other"},
}}};

constexpr EnumText<MscSource, 9> SOURCE_LABELS{{{
    {MscSource::Unknown, "Not reported"},
    {MscSource::BoneMarrow, "Bone marrow"},
    {MscSource::Adipose, "Adipose tissue"},
    {MscSource::UmbilicalCord, "Umbilical cord"},
    {MscSource::WhartonsJelly, "Wharton's jelly"},
    {MscSource::Placenta, "Placenta"},
    {MscSource::MenstrualBlood, "Menstrual blood"},
    {MscSource::DentalPulp, "Dental pulp"},
    {MscSource::Other, "Other"},
}}};

constexpr EnumText<DonorType, 6> DONOR_NAMES{{{
    {DonorType::Unknown, "unknown"},
    {DonorType::Autologous, "autologous"},
    {DonorType::Allogeneic, "allogeneic"},
    {DonorType::AllogeneicRelated, "allogeneic-related"},
    {DonorType::AllogeneicHaploidentical, "allogeneic-haploidentical"},
    {DonorType::AllogeneicUnrelated, "allogeneic-unrelated"},
}}};

constexpr EnumText<DonorType, 6> DONOR_LABELS{{{
    {DonorType::Unknown, "Not reported"},
    {DonorType::Autologous, "Autologous"},
    {DonorType::Allogeneic, "Allogeneic"},
    {DonorType::AllogeneicRelated, "Allogeneic, related"},
    {DonorType::AllogeneicHaploidentical, "Allogeneic, haploidentical"},
    {DonorType::AllogeneicUnrelated, "Allogeneic, unrelated"},
}}};

} // namespace

QString toString(StudyDesign design)
{
    return DESIGN_NAMES.toString(design);
}
std::optional<StudyDesign> studyDesignFromString(const QString& text)
{
    return DESIGN_NAMES.fromString(text);
}
QString displayName(StudyDesign design)
{
    return DESIGN_LABELS.toString(design);
}

QString toString(InterventionFamily family)
{
    return FAMILY_NAMES.toString(family);
}
std::optional<InterventionFamily> interventionFamilyFromString(const QString& text)
{
    return FAMILY_NAMES.fromString(text);
}
QString displayName(InterventionFamily family)
{
    return FAMILY_LABELS.toString(family);
}

QString toString(MscSource source)
{
    return SOURCE_NAMES.toString(source);
}
std::optional<MscSource> mscSourceFromString(const QString& text)
{
    return SOURCE_NAMES.fromString(text);
}
QString displayName(MscSource source)
{
    return SOURCE_LABELS.toString(source);
}

QString toString(DonorType donor)
{
    return DONOR_NAMES.toString(donor);
}
std::optional<DonorType> donorTypeFromString(const QString& text)
{
    return DONOR_NAMES.fromString(text);
}
QString displayName(DonorType donor)
{
    return DONOR_LABELS.toString(donor);
}

} // namespace stemma::core
