// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/TransplantRule.h"

#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

#include <QStringList>

#include <algorithm>

namespace stemma::core::extract {

using namespace support;

namespace {

const QString MOBILISATION = QStringLiteral("mobilisation");
const QString CONDITIONING = QStringLiteral("conditioning");
const QString CD34 = QStringLiteral("cd34_selection");

const QString CYCLOPHOSPHAMIDE = QStringLiteral("(?:cyclophosphamide|CYC?|Cy|CTX)");
const QString GCSF =
    QStringLiteral("(?:G-CSF|filgrastim|lenograstim|granulocyte[\\s-]colony[\\s-]stimulating\\s+factor)");

QString dose(const QString& number, const QString& unit)
{
    QString normalisedUnit = unit.simplified().remove(QLatin1Char(' ')).toLower();
    normalisedUnit.replace(QChar(0x00B2), QLatin1Char('2'));
    normalisedUnit.replace(QLatin1String("cgy"), QLatin1String("cGy"));
    normalisedUnit.replace(QLatin1String("gy"), QLatin1String("Gy"));
    const auto value = NumberParser::parse(number);
    return QStringLiteral("%1 %2").arg(value ? NumberParser::format(*value) : number, normalisedUnit);
}

/** One drug or procedure of a conditioning regimen, already in its normalised spelling. */
struct Component
{
    int start = 0;
    int end = 0;
    QString name;
    bool isDosedOrSpecific = false; ///< alone enough to call a regimen conditioning
};

/**
 * True when the words around [start, end) describe a comparator's drug course rather than a
 * transplant's conditioning: "12 monthly IV cyclophosphamide pulses", "versus pulse
 * cyclophosphamide once per month". A trial comparing HSCT with cyclophosphamide says
 * "myeloablative" in the same sentence, so the sentence alone cannot tell them apart.
 */
bool isComparatorCourse(const QString& text, int start, int end)
{
    static const QRegularExpression course =
        regex(QStringLiteral("\\b(?:pulses?|monthly|once\\s+(?:per|a)\\s+month|per\\s+month|maintenance|oral)\\b"));
    static const QRegularExpression comparedWith =
        regex(QStringLiteral("\\b(?:versus|vs\\.?|compared\\s+with|against|or|controls?)\\s+(?:[\\w-]+\\s+){0,3}$"));
    constexpr int WINDOW = 30;
    const int from = std::max(sentenceStart(text, start), start - WINDOW);
    const int to = std::min(sentenceEnd(text, start), end + WINDOW);
    const QString before = text.mid(from, start - from);
    const QString after = text.mid(end, to - end);
    return course.match(before).hasMatch() || course.match(after).hasMatch() || comparedWith.match(before).hasMatch();
}

} // namespace

void TransplantRule::collect(const QString& text, Suggestions& out) const
{
    collectMobilisation(text, out);
    collectConditioning(text, out);
    collectCd34Selection(text, out);
}

void TransplantRule::collectMobilisation(const QString& text, Suggestions& out)
{
    static const QRegularExpression cyclophosphamide = regex(
        QStringLiteral("\\b%1\\s*\\(?\\s*(%2)\\s*(g|mg)\\s*/\\s*m(?:2|\\x{00B2})\\s*\\)?(?:\\s*(?:\\+|and|plus|with|"
                       "followed\\s+by|,)\\s*(?:(?:subcutaneous|daily)\\s+)?(%3))?")
            .arg(CYCLOPHOSPHAMIDE, NumberParser::digitsPattern(), GCSF));
    static const QRegularExpression mobilised = regex(QStringLiteral("mobili[sz]"));
    for (auto it = cyclophosphamide.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool withGcsf = !match.captured(3).isEmpty();
        // Without G-CSF a g/m2 dose of cyclophosphamide is mobilisation only if the sentence says so.
        if (!withGcsf && !mobilised.match(sentenceAround(text, static_cast<int>(match.capturedStart()))).hasMatch())
            continue;
        QString value =
            QStringLiteral("cyclophosphamide ") + dose(match.captured(1), match.captured(2) + QStringLiteral("/m2"));
        if (withGcsf)
            value += QStringLiteral(" + G-CSF");
        out << make(text, match, MOBILISATION, value, 0.85);
    }
    static const QRegularExpression gcsf = regex(QStringLiteral("\\b%1(?:\\s+alone)?(?![\\w-])").arg(GCSF));
    for (auto it = gcsf.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int start = static_cast<int>(match.capturedStart());
        if (overlaps(out, MOBILISATION, start, static_cast<int>(match.capturedEnd())) || isNegated(text, start))
            continue;
        const bool stated = mobilised.match(sentenceAround(text, start)).hasMatch();
        out << make(text, match, MOBILISATION, QStringLiteral("G-CSF"), stated ? 0.85 : 0.5);
    }
}

void TransplantRule::collectConditioning(const QString& text, Suggestions& out)
{
    const QString number = NumberParser::digitsPattern();
    static const QRegularExpression component = regex(
        QStringLiteral(
            "\\b(?:(?<cy>%1)(?!\\s*\\(?\\s*%2\\s*m?g\\s*/\\s*m)(?:\\s*\\(?\\s*(?<cyDose>%2)\\s*mg\\s*/\\s*kg\\s*\\)?)?|"
            "(?:(?<species>rabbit|horse|equine)[\\s-]+)?(?<atg>r-?ATG|h-?ATG|ATG|anti-?thymocyte\\s+globulin|"
            "thymoglobulin[e]?)(?:\\s*\\(?\\s*(?<atgDose>%2)\\s*mg\\s*/\\s*kg\\s*\\)?)?|"
            "(?<tbiFirst>%2)\\s*(?<tbiFirstUnit>cGy|Gy)\\s+(?:of\\s+)?(?:TBI|total[\\s-]+body[\\s-]+irradiation)|"
            "(?:TBI|total[\\s-]+body[\\s-]+irradiation)(?:\\s*\\(?\\s*(?:of\\s+|at\\s+)?(?<tbi>%2)\\s*(?<tbiUnit>cGy|"
            "Gy)"
            "\\s*\\)?)?|"
            "(?<other>BEAM|melphalan|busulfan|fludarabine|thiotepa|carmustine|etoposide)(?:\\s*\\(?\\s*"
            "(?<otherDose>%2)\\s*(?<otherUnit>mg\\s*/\\s*(?:kg|m2|m\\x{00B2}))\\s*\\)?)?)(?![\\w-])")
            .arg(CYCLOPHOSPHAMIDE, number));
    static const QRegularExpression joiner =
        regex(QStringLiteral("^[\\s()]*(?:\\+|and|plus|with|,|/|followed\\s+by|;)?[\\s()]*(?:(?:a\\s+total\\s+of|"
                             "rabbit|horse)\\s+)?$"));
    static const QRegularExpression conditioningWord =
        regex(QStringLiteral("conditioning|myeloablat|lymphoablat|immunoablat|ablative"));

    QList<Component> components;
    for (auto it = component.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        Component c{static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd()), {}, true};
        if (!match.captured(QStringLiteral("cy")).isEmpty()) {
            const QString amount = match.captured(QStringLiteral("cyDose"));
            c.name = QStringLiteral("cyclophosphamide");
            if (!amount.isEmpty())
                c.name += QLatin1Char(' ') + dose(amount, QStringLiteral("mg/kg"));
            c.isDosedOrSpecific = !amount.isEmpty();
        } else if (!match.captured(QStringLiteral("atg")).isEmpty()) {
            const QString atg = match.captured(QStringLiteral("atg")).toLower();
            QString species = match.captured(QStringLiteral("species")).toLower();
            if (atg.startsWith(QLatin1Char('r')) || atg.startsWith(QLatin1String("thymo")))
                species = QStringLiteral("rabbit");
            else if (atg.startsWith(QLatin1Char('h')) || species == QLatin1String("equine"))
                species = QStringLiteral("horse");
            c.name = species.isEmpty() ? QStringLiteral("ATG") : species + QStringLiteral(" ATG");
            if (const QString amount = match.captured(QStringLiteral("atgDose")); !amount.isEmpty())
                c.name += QLatin1Char(' ') + dose(amount, QStringLiteral("mg/kg"));
        } else if (!match.captured(QStringLiteral("tbiFirst")).isEmpty()) {
            c.name = QStringLiteral("TBI ") +
                     dose(match.captured(QStringLiteral("tbiFirst")), match.captured(QStringLiteral("tbiFirstUnit")));
        } else if (!match.captured(QStringLiteral("other")).isEmpty()) {
            const QString other = match.captured(QStringLiteral("other"));
            c.name = other.compare(QLatin1String("BEAM"), Qt::CaseInsensitive) == 0 ? QStringLiteral("BEAM")
                                                                                    : other.toLower();
            if (const QString amount = match.captured(QStringLiteral("otherDose")); !amount.isEmpty())
                c.name += QLatin1Char(' ') + dose(amount, match.captured(QStringLiteral("otherUnit")));
        } else {
            // Without a dose "TBI" may as well be traumatic brain injury; the sentence must say conditioning.
            c.name = QStringLiteral("TBI");
            const QString amount = match.captured(QStringLiteral("tbi"));
            if (!amount.isEmpty())
                c.name += QLatin1Char(' ') + dose(amount, match.captured(QStringLiteral("tbiUnit")));
            c.isDosedOrSpecific = !amount.isEmpty();
        }
        components << c;
    }

    // Chain neighbours joined by "+", "and", "plus"… into one regimen.
    for (int i = 0; i < components.size();) {
        int last = i;
        while (
            last + 1 < components.size() &&
            joiner.match(text.mid(components[last].end, components[last + 1].start - components[last].end)).hasMatch())
            ++last;
        bool specific = false;
        QStringList names;
        for (int k = i; k <= last; ++k) {
            specific = specific || components[k].isDosedOrSpecific;
            names << components[k].name;
        }
        const int start = components[i].start;
        const int end = components[last].end;
        i = last + 1;
        const bool stated = conditioningWord.match(sentenceAround(text, start)).hasMatch();
        if ((!specific && !stated) || isNegated(text, start) || overlaps(out, MOBILISATION, start, end))
            continue;
        if (!specific && isComparatorCourse(text, start, end))
            continue;
        out << make(text, start, end, CONDITIONING, names.join(QStringLiteral(" + ")), stated ? 0.85 : 0.7);
    }
}

void TransplantRule::collectCd34Selection(const QString& text, Suggestions& out)
{
    static const QRegularExpression selected = regex(QStringLiteral(
        "\\b(?:CD34\\s*\\+?\\s*(?:-|\\s)?\\s*(?:cells?\\s+|stem\\s+cells?\\s+)?(?:selected|selection|enriched|"
        "enrichment|"
        "purified|purification|immunoselected|immunoselection)|(?:positive\\s+)?(?:selection|enrichment|"
        "immunoselection)\\s+(?:of|for)\\s+CD34\\s*\\+?(?:\\s*cells)?|selected\\s+for\\s+CD34\\s*\\+?(?:\\s*cells)?)"
        "(?![\\w])"));
    static const QRegularExpression unselected = regex(QStringLiteral(
        "\\b(?:un-?selected|non-?selected|unmanipulated|non-?manipulated)(?=(?:\\s+[\\w-]+){0,2}?\\s+(?:grafts?|"
        "autografts?|HSCT|transplant\\w*|stem\\s+cells?|PBSCs?|products?|apheresis|peripheral))"));
    for (auto it = selected.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool negated = isNegated(text, static_cast<int>(match.capturedStart()));
        out << make(text, match, CD34, negated ? QStringLiteral("unselected") : QStringLiteral("selected"), 0.85);
    }
    for (auto it = unselected.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out << make(text, match, CD34, QStringLiteral("unselected"), 0.8);
    }
}

} // namespace stemma::core::extract
