// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/OutcomeNames.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace stemma::core::compare {
namespace {

/** Lower case, punctuation as spaces, runs of spaces as one: "HAQ-DI" and "haq di" meet. */
QString folded(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_/.,%()]+"));
    return text.toLower().replace(separators, QStringLiteral(" ")).trimmed();
}

/**
 * Words reviewers use for the outcomes of the default catalogue (core/db/migrations/0002),
 * folded, mapped to the catalogue code. "Mortality" alone means all-cause mortality: that is
 * what trials report as their mortality outcome; treatment-related mortality is asked for by name.
 */
const QHash<QString, QString>& synonyms()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("mortality"), QStringLiteral("DEATH")},
        {QStringLiteral("death"), QStringLiteral("DEATH")},
        {QStringLiteral("deaths"), QStringLiteral("DEATH")},
        {QStringLiteral("all cause mortality"), QStringLiteral("DEATH")},
        {QStringLiteral("all cause death"), QStringLiteral("DEATH")},
        {QStringLiteral("trm"), QStringLiteral("TRM")},
        {QStringLiteral("transplant related mortality"), QStringLiteral("TRM")},
        {QStringLiteral("treatment related death"), QStringLiteral("TRM")},
        {QStringLiteral("skin score"), QStringLiteral("mRSS")},
        {QStringLiteral("skin"), QStringLiteral("mRSS")},
        {QStringLiteral("rodnan"), QStringLiteral("mRSS")},
        {QStringLiteral("rodnan skin score"), QStringLiteral("mRSS")},
        {QStringLiteral("modified rodnan"), QStringLiteral("mRSS")},
        {QStringLiteral("mrss"), QStringLiteral("mRSS")},
        {QStringLiteral("rss"), QStringLiteral("mRSS")},
        {QStringLiteral("fvc"), QStringLiteral("FVC")},
        {QStringLiteral("forced vital capacity"), QStringLiteral("FVC")},
        {QStringLiteral("lung function"), QStringLiteral("FVC")},
        {QStringLiteral("dlco"), QStringLiteral("DLCO")},
        {QStringLiteral("tlco"), QStringLiteral("DLCO")},
        {QStringLiteral("diffusing capacity"), QStringLiteral("DLCO")},
        {QStringLiteral("transfer factor"), QStringLiteral("DLCO")},
        {QStringLiteral("haq"), QStringLiteral("HAQ-DI")},
        {QStringLiteral("haq di"), QStringLiteral("HAQ-DI")},
        {QStringLiteral("shaq"), QStringLiteral("HAQ-DI")},
        {QStringLiteral("disability"), QStringLiteral("HAQ-DI")},
        {QStringLiteral("health assessment questionnaire"), QStringLiteral("HAQ-DI")},
        {QStringLiteral("survival"), QStringLiteral("OS")},
        {QStringLiteral("overall survival"), QStringLiteral("OS")},
        {QStringLiteral("event free survival"), QStringLiteral("EFS")},
        {QStringLiteral("adverse events"), QStringLiteral("AE")},
        {QStringLiteral("serious adverse events"), QStringLiteral("SAE")},
        {QStringLiteral("raynaud"), QStringLiteral("RCS")},
        {QStringLiteral("digital ulcer"), QStringLiteral("DU")},
        {QStringLiteral("ulcers"), QStringLiteral("DU")},
        {QStringLiteral("cochin"), QStringLiteral("CHFS")},
        {QStringLiteral("hand function"), QStringLiteral("CHFS")},
        {QStringLiteral("disease activity"), QStringLiteral("EScSG")},
        {QStringLiteral("eustar"), QStringLiteral("EScSG")},
    };
    return table;
}

const OutcomeMeasure* byCode(const std::vector<OutcomeMeasure>& measures, const QString& code)
{
    for (const OutcomeMeasure& measure : measures)
        if (measure.code.compare(code, Qt::CaseInsensitive) == 0)
            return &measure;
    return nullptr;
}

} // namespace

Result<OutcomeMeasure> resolveOutcome(const std::vector<OutcomeMeasure>& measures, const QString& typed)
{
    const QString key = folded(typed);
    if (!key.isEmpty()) {
        if (const OutcomeMeasure* found = byCode(measures, typed.trimmed()))
            return *found;
        for (const OutcomeMeasure& measure : measures)
            if (folded(measure.code) == key || folded(measure.name) == key)
                return measure;
        if (const auto synonym = synonyms().constFind(key); synonym != synonyms().cend())
            if (const OutcomeMeasure* found = byCode(measures, *synonym))
                return *found;
    }
    QStringList known;
    for (const OutcomeMeasure& measure : measures)
        known << QStringLiteral("%1 (%2)").arg(measure.code, measure.name);
    return makeError(ErrorCode::NotFound,
                     known.isEmpty() ? QStringLiteral("unknown outcome \"%1\": the project has no outcomes").arg(typed)
                                     : QStringLiteral("unknown outcome \"%1\"; the project's outcomes are: %2")
                                           .arg(typed, known.join(QStringLiteral(", "))));
}

} // namespace stemma::core::compare
