// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace stemma::core::grade {

/** GRADE's four levels of certainty, lowest first so that adding levels moves up. */
enum class CertaintyLevel { VeryLow = 1, Low = 2, Moderate = 3, High = 4 };

/** "⊕⊕◯◯" for Low, as GRADE summary-of-findings tables show it. */
QString symbols(CertaintyLevel level);
/** "Low", "Very low"… */
QString displayName(CertaintyLevel level);
/** Clamps a number of levels to the scale. */
CertaintyLevel certaintyFromScore(int score);

/** The five reasons to rate down and the three to rate up (Guyatt et al., GRADE guidelines 2011). */
enum class CertaintyDomain {
    RiskOfBias,
    Inconsistency,
    Indirectness,
    Imprecision,
    PublicationBias,
    LargeEffect,
    DoseResponse,
    PlausibleConfounding,
};
inline constexpr int CERTAINTY_DOMAIN_COUNT = 8;
QString toString(CertaintyDomain domain); ///< stable name stored in the project ("risk-of-bias")
std::optional<CertaintyDomain> certaintyDomainFromString(const QString& text);
QString displayName(CertaintyDomain domain);
bool isUpgrade(CertaintyDomain domain);

/** One domain's judgement: levels moved (−1 serious, −2 very serious, +1/+2 upgrades) and why. */
struct DomainCertainty
{
    CertaintyDomain domain = CertaintyDomain::RiskOfBias;
    int levels = 0;
    QString reason;         ///< the proposal's reasoning from the data
    bool fromData = true;   ///< false when Stemma has nothing to judge it from and only asks the reviewer
    bool confirmed = false; ///< the reviewer confirmed or changed it
    QString footnote;       ///< the reviewer's footnote for the summary-of-findings table
};

/** The certainty of one outcome's estimate for one comparison (an intervention family). */
struct CertaintyAssessment
{
    CertaintyLevel start = CertaintyLevel::Low;
    QString startReason;
    QList<DomainCertainty> domains; ///< all eight, in CertaintyDomain order

    CertaintyLevel level() const;
    const DomainCertainty* domain(CertaintyDomain d) const;
};

} // namespace stemma::core::grade
