// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grade/Certainty.h"

#include "core/domain/EnumText.h"

#include <algorithm>

namespace stemma::core::grade {

namespace {

constexpr EnumText<CertaintyDomain, CERTAINTY_DOMAIN_COUNT> DOMAIN_NAMES{{{
    {CertaintyDomain::RiskOfBias, "risk-of-bias"},
    {CertaintyDomain::Inconsistency, "inconsistency"},
    {CertaintyDomain::Indirectness, "indirectness"},
    {CertaintyDomain::Imprecision, "imprecision"},
    {CertaintyDomain::PublicationBias, "publication-bias"},
    {CertaintyDomain::LargeEffect, "large-effect"},
    {CertaintyDomain::DoseResponse, "dose-response"},
    {CertaintyDomain::PlausibleConfounding, "plausible-confounding"},
}}};

constexpr EnumText<CertaintyDomain, CERTAINTY_DOMAIN_COUNT> DOMAIN_LABELS{{{
    {CertaintyDomain::RiskOfBias, "Risk of bias"},
    {CertaintyDomain::Inconsistency, "Inconsistency"},
    {CertaintyDomain::Indirectness, "Indirectness"},
    {CertaintyDomain::Imprecision, "Imprecision"},
    {CertaintyDomain::PublicationBias, "Publication bias"},
    {CertaintyDomain::LargeEffect, "Large effect"},
    {CertaintyDomain::DoseResponse, "Dose-response gradient"},
    {CertaintyDomain::PlausibleConfounding, "Plausible confounding"},
}}};

} // namespace

QString symbols(CertaintyLevel level)
{
    const int filled = static_cast<int>(level);
    return QString(filled, QChar(0x2295)) + QString(4 - filled, QChar(0x25EF));
}

QString displayName(CertaintyLevel level)
{
    switch (level) {
    case CertaintyLevel::VeryLow:
        return QStringLiteral("Very low");
    case CertaintyLevel::Low:
        return QStringLiteral("Low");
    case CertaintyLevel::Moderate:
        return QStringLiteral("Moderate");
    case CertaintyLevel::High:
        return QStringLiteral("High");
    }
    return {};
}

CertaintyLevel certaintyFromScore(int score)
{
    return static_cast<CertaintyLevel>(std::clamp(score, 1, 4));
}

QString toString(CertaintyDomain domain)
{
    return DOMAIN_NAMES.toString(domain);
}

std::optional<CertaintyDomain> certaintyDomainFromString(const QString& text)
{
    return DOMAIN_NAMES.fromString(text);
}

QString displayName(CertaintyDomain domain)
{
    return DOMAIN_LABELS.toString(domain);
}

bool isUpgrade(CertaintyDomain domain)
{
    return domain == CertaintyDomain::LargeEffect || domain == CertaintyDomain::DoseResponse ||
           domain == CertaintyDomain::PlausibleConfounding;
}

CertaintyLevel CertaintyAssessment::level() const
{
    int score = static_cast<int>(start);
    for (const DomainCertainty& d : domains)
        score += d.levels;
    return certaintyFromScore(score);
}

const DomainCertainty* CertaintyAssessment::domain(CertaintyDomain d) const
{
    for (const DomainCertainty& item : domains)
        if (item.domain == d)
            return &item;
    return nullptr;
}

} // namespace stemma::core::grade
