// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DesignHint.h"

#include <QRegularExpression>

#include <utility>

namespace stemma::core::extract {

StudyDesign designHint(const Reference& reference)
{
    // In order of precedence (a case report with a review of the literature is a case report);
    // each pattern matches a whole label, compared in lower case.
    static const std::pair<QRegularExpression, StudyDesign> rules[] = {
        {QRegularExpression(QStringLiteral("^(meta-analysis|network meta-analysis)$")), StudyDesign::MetaAnalysis},
        {QRegularExpression(
             QStringLiteral("^(randomi[sz]ed controlled trial|equivalence trial|pragmatic clinical trial)$")),
         StudyDesign::Rct},
        {QRegularExpression(QStringLiteral("^(clinical trial(, phase [iv/]+)?|controlled clinical trial|clinical study|"
                                           "non-randomi[sz]ed( controlled)? trial)$")),
         StudyDesign::NonRandomisedTrial},
        {QRegularExpression(QStringLiteral("^(observational study|cohort study|retrospective study|"
                                           "prospective study)$")),
         StudyDesign::Cohort},
        {QRegularExpression(QStringLiteral("^(case reports?|case report)$")), StudyDesign::CaseReport},
        {QRegularExpression(QStringLiteral("^(case series)$")), StudyDesign::CaseSeries},
        {QRegularExpression(QStringLiteral("^(systematic review|review|scoping review|literature review)$")),
         StudyDesign::Review},
        {QRegularExpression(QStringLiteral("^(congress|meeting abstract|conference abstract|proceedings paper)$")),
         StudyDesign::ConferenceAbstract},
    };
    for (const auto& [pattern, design] : rules)
        for (const QString& label : reference.publicationTypes)
            if (pattern.match(label.trimmed().toLower()).hasMatch())
                return design;
    if (reference.type == PublicationType::ConferenceAbstract)
        return StudyDesign::ConferenceAbstract;
    if (reference.greyLiterature || reference.type == PublicationType::WebPage)
        return StudyDesign::GreyLiterature;
    return StudyDesign::Unknown;
}

} // namespace stemma::core::extract
