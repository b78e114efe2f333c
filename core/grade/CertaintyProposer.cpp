// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grade/CertaintyProposer.h"

#include "core/grade/SmallStudyTest.h"

namespace stemma::core::grade {

namespace {

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double share)
{
    return QString::number(qRound(share * 100.0)) + QLatin1Char('%');
}

/// An interval as the table shows it: proportions in percent, continuous values in their unit.
QString interval(const OutcomeEvidence& e, double lb, double ub)
{
    if (e.continuous)
        return QStringLiteral("%1 to %2").arg(number(lb), number(ub));
    return QStringLiteral("%1% to %2%").arg(number(lb * 100.0), number(ub * 100.0));
}

QString eventCount(int events)
{
    return events == 1 ? QStringLiteral("1 event") : QStringLiteral("%1 events").arg(events);
}

DomainCertainty judged(CertaintyDomain domain, int levels, QString reason, bool fromData = true)
{
    DomainCertainty d;
    d.domain = domain;
    d.levels = levels;
    d.reason = std::move(reason);
    d.fromData = fromData;
    return d;
}

bool allRandomised(const OutcomeEvidence& e)
{
    if (e.studies.empty())
        return false;
    for (const EvidenceStudy& s : e.studies)
        if (s.design != StudyDesign::Rct)
            return false;
    return true;
}

DomainCertainty riskOfBias(const OutcomeEvidence& e)
{
    double total = 0.0, high = 0.0, some = 0.0, low = 0.0, unassessed = 0.0;
    for (const EvidenceStudy& s : e.studies) {
        total += s.weight;
        if (!s.concern)
            unassessed += s.weight;
        else if (*s.concern == quality::Concern::High)
            high += s.weight;
        else if (*s.concern == quality::Concern::Some)
            some += s.weight;
        else
            low += s.weight;
    }
    if (total <= 0.0)
        return judged(CertaintyDomain::RiskOfBias, 0, QStringLiteral("no weighted studies"), false);
    const QString shares =
        QStringLiteral("%1 of the weight at low risk of bias, %2 with some concerns, %3 at high "
                       "risk, %4 not assessed")
            .arg(percent(low / total), percent(some / total), percent(high / total), percent(unassessed / total));
    // GRADE rates down when most of the information comes from studies at high risk of bias.
    if (high / total >= 0.5)
        return judged(CertaintyDomain::RiskOfBias, -1, QStringLiteral("serious: ") + shares);
    if (unassessed / total >= 0.5)
        return judged(CertaintyDomain::RiskOfBias, -1, QStringLiteral("serious until assessed: ") + shares);
    return judged(CertaintyDomain::RiskOfBias, 0, QStringLiteral("not serious: ") + shares);
}

/// The values beyond which an effect is important: benefit and harm, each a MID away from no change.
struct Thresholds
{
    double benefit;
    double harm;
};

std::optional<Thresholds> thresholds(const OutcomeEvidence& e)
{
    if (!e.continuous || !e.mid)
        return std::nullopt;
    const double benefit = e.lowerIsBetter ? -*e.mid : *e.mid;
    return Thresholds{benefit, -benefit};
}

bool strictlyInside(double value, double lb, double ub)
{
    return lb < value && value < ub;
}

DomainCertainty inconsistency(const OutcomeEvidence& e)
{
    const int k = static_cast<int>(e.studies.size());
    if (k < 2 || !e.i2)
        return judged(
            CertaintyDomain::Inconsistency, 0, QStringLiteral("a single study: inconsistency cannot be judged"), false);
    const QString i2 = QStringLiteral("I² = %1%").arg(number(*e.i2, 0));
    const auto t = thresholds(e);
    bool piCrossesOne = false, piCrossesBoth = false;
    QString pi;
    if (t && e.piLb && e.piUb) {
        const bool benefit = strictlyInside(t->benefit, *e.piLb, *e.piUb);
        const bool harm = strictlyInside(t->harm, *e.piLb, *e.piUb);
        piCrossesOne = benefit || harm;
        piCrossesBoth = benefit && harm;
        pi = QStringLiteral(", prediction interval %1").arg(interval(e, *e.piLb, *e.piUb));
    }
    if (*e.i2 >= CONSIDERABLE_I2 && piCrossesBoth)
        return judged(CertaintyDomain::Inconsistency,
                      -2,
                      QStringLiteral("very serious: %1%2 spans both important benefit and important harm").arg(i2, pi));
    if (*e.i2 >= CONSIDERABLE_I2)
        return judged(CertaintyDomain::Inconsistency,
                      -1,
                      QStringLiteral("serious: %1 (considerable heterogeneity)%2").arg(i2, pi));
    if (*e.i2 >= SUBSTANTIAL_I2 && piCrossesOne)
        return judged(CertaintyDomain::Inconsistency,
                      -1,
                      QStringLiteral("serious: %1%2 crosses the minimal important difference").arg(i2, pi));
    return judged(CertaintyDomain::Inconsistency, 0, QStringLiteral("not serious: %1%2").arg(i2, pi));
}

DomainCertainty imprecision(const OutcomeEvidence& e)
{
    if (!e.ciLb || !e.ciUb)
        return judged(CertaintyDomain::Imprecision, -1, QStringLiteral("serious: no pooled confidence interval"));
    const QString ci = QStringLiteral("95% CI %1").arg(interval(e, *e.ciLb, *e.ciUb));
    if (const auto t = thresholds(e)) {
        const bool benefit = strictlyInside(t->benefit, *e.ciLb, *e.ciUb);
        const bool harm = strictlyInside(t->harm, *e.ciLb, *e.ciUb);
        const QString mid = QStringLiteral("MID %1").arg(number(*e.mid, 2));
        if (benefit && harm)
            return judged(CertaintyDomain::Imprecision,
                          -2,
                          QStringLiteral("very serious: %1 includes both important benefit and important harm (%2)")
                              .arg(ci, mid));
        if (benefit || harm)
            return judged(CertaintyDomain::Imprecision, -1, QStringLiteral("serious: %1 crosses the %2").arg(ci, mid));
    }
    if (e.continuous && e.participants < CONTINUOUS_OIS)
        return judged(
            CertaintyDomain::Imprecision,
            -1,
            QStringLiteral("serious: %1 participants, fewer than the optimal information size of about %2; %3")
                .arg(e.participants)
                .arg(CONTINUOUS_OIS)
                .arg(ci));
    if (!e.continuous && e.events.value_or(0) < BINARY_OIS_EVENTS)
        return judged(CertaintyDomain::Imprecision,
                      -1,
                      QStringLiteral("serious: %1, fewer than the optimal information size of about %2 events; %3")
                          .arg(eventCount(e.events.value_or(0)))
                          .arg(BINARY_OIS_EVENTS)
                          .arg(ci));
    QString reason = QStringLiteral("not serious: %1").arg(ci);
    if (e.continuous && !e.mid)
        reason += QStringLiteral(" (no minimal important difference set for this outcome)");
    return judged(CertaintyDomain::Imprecision, 0, reason);
}

DomainCertainty publicationBias(const OutcomeEvidence& e)
{
    std::vector<double> yi, vi;
    for (const EvidenceStudy& s : e.studies)
        if (s.yi && s.vi) {
            yi.push_back(*s.yi);
            vi.push_back(*s.vi);
        }
    const int k = static_cast<int>(yi.size());
    if (k < SMALL_STUDY_MIN_K)
        return judged(CertaintyDomain::PublicationBias,
                      0,
                      QStringLiteral("%1 studies with a variance: fewer than %2, too few for a small-study test")
                          .arg(k)
                          .arg(SMALL_STUDY_MIN_K),
                      false);
    const auto egger = eggerTest(yi, vi);
    if (!egger)
        return judged(CertaintyDomain::PublicationBias, 0, egger.error().message, false);
    const QString test = QStringLiteral("Egger's test p = %1 (k = %2)").arg(number(egger->pval, 3)).arg(k);
    if (egger->pval < SMALL_STUDY_ALPHA)
        return judged(CertaintyDomain::PublicationBias,
                      -1,
                      QStringLiteral("suspected: ") + test + QStringLiteral(", small-study asymmetry"));
    return judged(CertaintyDomain::PublicationBias, 0, QStringLiteral("not detected: ") + test);
}

} // namespace

CertaintyAssessment proposeCertainty(const OutcomeEvidence& evidence)
{
    CertaintyAssessment a;
    if (allRandomised(evidence)) {
        a.start = CertaintyLevel::High;
        a.startReason = QStringLiteral("randomised trials");
    } else {
        a.start = CertaintyLevel::Low;
        a.startReason = QStringLiteral("observational studies (cohorts, case series or case reports)");
    }
    a.domains << riskOfBias(evidence) << inconsistency(evidence)
              << judged(CertaintyDomain::Indirectness,
                        0,
                        QStringLiteral("not judged from the data: compare populations, interventions and outcomes "
                                       "with the review question"),
                        false)
              << imprecision(evidence) << publicationBias(evidence);
    const QString upgrade = a.start == CertaintyLevel::High
                                ? QStringLiteral("randomised evidence is not rated up")
                                : QStringLiteral("not judged from the data: the reviewer decides");
    for (CertaintyDomain d :
         {CertaintyDomain::LargeEffect, CertaintyDomain::DoseResponse, CertaintyDomain::PlausibleConfounding})
        a.domains << judged(d, 0, upgrade, false);
    return a;
}

} // namespace stemma::core::grade
