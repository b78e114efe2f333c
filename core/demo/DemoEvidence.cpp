// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoEvidence.h"

#include "core/ReviewProject.h"
#include "core/codebook/EvidenceTagger.h"
#include "core/codebook/ReferenceText.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace stemma::core::demo {
namespace {

const QString ABSTRACT = QStringLiteral("abstract");
const QString OUTCOME_RESULT = QStringLiteral("outcome_result");

} // namespace

void DemoEvidence::add(const QJsonObject& object, const QString& entity, qint64 id)
{
    const QJsonObject quotes = object.value(QLatin1String("quotes")).toObject();
    for (auto it = quotes.constBegin(); it != quotes.constEnd(); ++it)
        m_quoted.push_back({entity, id, it.key(), tagFor(entity, it.key()), it.value().toString()});
}

void DemoEvidence::addOutcome(const QJsonObject& object, qint64 id, const QString& code)
{
    const QJsonObject quotes = object.value(QLatin1String("quotes")).toObject();
    for (auto it = quotes.constBegin(); it != quotes.constEnd(); ++it)
        m_quoted.push_back({OUTCOME_RESULT, id, it.key(), tagForMeasure(code), it.value().toString()});
}

QString DemoEvidence::tagFor(const QString& entity, const QString& field)
{
    if (entity == QLatin1String("study") || entity == QLatin1String("arm"))
        return field == QLatin1String("followUpMonths") ? QStringLiteral("Follow-up") : QStringLiteral("Patient count");
    static const QHash<QString, QString> byField{
        {QStringLiteral("cellsPerKg"), QStringLiteral("Dose")},
        {QStringLiteral("infusions"), QStringLiteral("Infusions")},
        {QStringLiteral("mscSource"), QStringLiteral("MSC source")},
        {QStringLiteral("donor"), QStringLiteral("Donor")},
        {QStringLiteral("route"), QStringLiteral("Route")},
        {QStringLiteral("mobilisation"), QStringLiteral("Mobilisation")},
        {QStringLiteral("conditioning"), QStringLiteral("Conditioning")},
        {QStringLiteral("cd34Selection"), QStringLiteral("CD34 selection")},
        {QStringLiteral("atg"), QStringLiteral("ATG")},
        {QStringLiteral("atgDetail"), QStringLiteral("ATG")},
        {QStringLiteral("ageYears"), QStringLiteral("Age")},
        {QStringLiteral("sex"), QStringLiteral("Sex")},
        {QStringLiteral("diseaseSubtype"), QStringLiteral("Disease subtype")},
        {QStringLiteral("diseaseDurationYears"), QStringLiteral("Disease duration")},
        {QStringLiteral("priorTherapies"), QStringLiteral("Prior therapy")},
    };
    return byField.value(field, QStringLiteral("Intervention"));
}

QString DemoEvidence::tagForMeasure(const QString& code)
{
    static const QHash<QString, QString> byCode{
        {QStringLiteral("mRSS"), QStringLiteral("mRSS")},
        {QStringLiteral("FVC"), QStringLiteral("FVC")},
        {QStringLiteral("DLCO"), QStringLiteral("DLCO")},
        {QStringLiteral("HAQ-DI"), QStringLiteral("HAQ-DI")},
        {QStringLiteral("S-HAQ"), QStringLiteral("HAQ-DI")},
        {QStringLiteral("OS"), QStringLiteral("Survival")},
        {QStringLiteral("EFS"), QStringLiteral("Survival")},
        {QStringLiteral("PFS"), QStringLiteral("Survival")},
        {QStringLiteral("TRM"), QStringLiteral("Treatment-related mortality")},
        {QStringLiteral("DEATH"), QStringLiteral("Death")},
        {QStringLiteral("AE"), QStringLiteral("Adverse event")},
    };
    return byCode.value(code, QStringLiteral("Other outcome"));
}

Result<int> DemoEvidence::link(ReviewProject& project, ReferenceId reference, const QString& where)
{
    const std::vector<Quoted> quoted = std::exchange(m_quoted, {});
    auto abstract = codebook::ReferenceText::text(project, reference, ABSTRACT);
    if (!abstract)
        return abstract.error();
    // One span per passage and tag, however many values it states (a single arm's size and the
    // study's patient count often share "34 patients").
    QHash<QString, SpanId> spans;
    int stored = 0;
    for (const Quoted& value : quoted) {
        const int start = int(abstract->indexOf(value.quote));
        if (value.quote.isEmpty() || start < 0)
            return Error{ErrorCode::Parse,
                         QStringLiteral("%1: the quote \"%2\" for %3 is not in its abstract")
                             .arg(where, value.quote, value.field)};
        auto links = project.codebook().linksFor(value.entity, value.id);
        if (!links)
            return links.error();
        // The extractor found this value already; a second span would only repeat it.
        if (std::any_of(links->begin(), links->end(), [&](const auto& l) { return l.field == value.field; }))
            continue;
        auto tag = codebook::EvidenceTagger::tagNamed(project, value.tag);
        if (!tag)
            return tag.error();
        const QString key = QStringLiteral("%1/%2/%3").arg(tag->value).arg(start).arg(value.quote.size());
        SpanId span = spans.value(key);
        if (!span.isValid()) {
            TagSpan given;
            given.tag = *tag;
            given.reference = reference;
            given.field = ABSTRACT;
            given.start = start;
            given.end = start + int(value.quote.size());
            given.quote = value.quote;
            given.note = QStringLiteral("Quoted by the demo facts");
            auto inserted = project.codebook().insertSpan(given);
            if (!inserted)
                return inserted.error();
            span = *inserted;
            spans.insert(key, span);
            ++stored;
        }
        STEMMA_TRY(project.codebook().link(value.entity, value.id, value.field, span));
        if (value.entity != OUTCOME_RESULT)
            continue;
        auto result = project.outcomes().result(OutcomeResultId(value.id));
        if (!result)
            return result.error();
        if (!result->sourceSpan.isValid()) {
            result->sourceSpan = span;
            STEMMA_TRY(project.outcomes().updateResult(*result));
        }
    }
    return stored;
}

} // namespace stemma::core::demo
