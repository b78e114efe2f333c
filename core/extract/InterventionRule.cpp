// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/InterventionRule.h"

#include "core/extract/DrugLexicon.h"
#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace stemma::core::extract {

using namespace support;

namespace {

const QString FAMILY = QStringLiteral("intervention_family");
const QString SOURCE = QStringLiteral("msc_source");
const QString DONOR = QStringLiteral("donor");
const QString ROUTE = QStringLiteral("route");
const QString INFUSIONS = QStringLiteral("infusions");

const QString MSC =
    QStringLiteral("(?:mesenchymal\\s+(?:stem|stromal|progenitor)(?:\\s*/\\s*(?:stem|stromal))?\\s+cells?|"
                   "(?:BM|AD|AT|UC|hUC|WJ|hAD)?-?MSCs?)");

using Pattern = std::pair<QRegularExpression, QString>;

/** Runs each (expression, value) in order; a later match overlapping an earlier one of the same field is dropped. */
void collectPatterns(const QString& text,
                     const std::vector<Pattern>& patterns,
                     const QString& field,
                     double confidence,
                     Suggestions& out,
                     int group = 0)
{
    for (const auto& [expression, value] : patterns) {
        for (auto it = expression.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const int start = static_cast<int>(match.capturedStart(group));
            const int end = static_cast<int>(match.capturedEnd(group));
            if (start < 0 || overlaps(out, field, start, end) ||
                isNegated(text, static_cast<int>(match.capturedStart())) ||
                isNegatedAfter(text, static_cast<int>(match.capturedEnd())))
                continue;
            out << make(text, start, end, field, value, confidence);
        }
    }
}

} // namespace

void InterventionRule::collect(const QString& text, Suggestions& out) const
{
    collectFamily(text, out);
    collectSource(text, out);
    collectDonor(text, out);
    collectRoute(text, out);
    collectInfusions(text, out);
}

void InterventionRule::collectFamily(const QString& text, Suggestions& out)
{
    static const std::vector<Pattern> patterns = {
        {regex(QStringLiteral("\\b%1[\\s-]*(?:derived\\s+)?(?:extracellular\\s+vesicles|EVs?|exosomes?|microvesicles|"
                              "secretome)\\b")
                   .arg(MSC)),
         QStringLiteral("msc-ev")},
        {regex(QStringLiteral("\\b(?:extracellular\\s+vesicles|exosomes|microvesicles)\\b")), QStringLiteral("msc-ev")},
        {regex(QStringLiteral(
             "\\b(?:(?:ha?ematopoietic|hemopoietic)\\s+(?:stem|progenitor)[\\s-]+cell\\s+(?:transplant\\w*|"
             "therapy|rescue)|a?HSCTs?|auto-?HSCT|HSC\\s+transplant\\w*|bone\\s+marrow\\s+transplant\\w*|"
             "(?:autologous|allogeneic)\\s+stem[\\s-]+cell\\s+transplant\\w*)\\b")),
         QStringLiteral("hsct")},
        {regex(QStringLiteral("\\b(?:%1|multipotent\\s+(?:mesenchymal\\s+)?stromal\\s+cells|ADSCs?)\\b").arg(MSC)),
         QStringLiteral("msc")},
        {regex(QStringLiteral("\\bplacebo\\b")), QStringLiteral("placebo")},
    };
    // A stem-cell transplant named by its cells ("autologous stem cell transplantation") is HSCT unless
    // the cells are mesenchymal, which the MSC pattern has already claimed.
    collectPatterns(text, patterns, FAMILY, 0.85, out);

    static const QRegularExpression comparator = regex(
        QStringLiteral(
            "\\b(?:versus|vs\\.?|compared\\s+(?:with|to)|control\\s+(?:arm|group)\\s+(?:received|was\\s+treated\\s+"
            "with)|randomi[sz]ed\\s+to\\s+(?:[\\w-]+\\s+){0,4}?(?:or|versus))\\s+(?:(?:monthly|oral|intravenous|iv|"
            "pulse|high-dose|standard|conventional)\\s+)*(%1|immunosuppressive\\s+therapy|immunosuppression|"
            "conventional\\s+(?:therapy|treatment))")
            .arg(DrugLexicon::pattern()));
    static const QRegularExpression arm =
        regex(QStringLiteral("(%1)\\s+(?:arm|group|control\\s+group)\\b").arg(DrugLexicon::pattern()));
    for (const auto* expression : {&comparator, &arm}) {
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (!overlaps(
                    out, FAMILY, static_cast<int>(match.capturedStart(1)), static_cast<int>(match.capturedEnd(1))))
                out << make(text, match, FAMILY, QStringLiteral("immunosuppressant"), 0.7, 1);
        }
    }
}

void InterventionRule::collectSource(const QString& text, Suggestions& out)
{
    static const QRegularExpression boneMarrow =
        regex(QStringLiteral("\\b(?:BM-?MSCs?|bone[\\s-]+marrow(?:[\\s-]+derived)?)\\b"));
    static const QRegularExpression cellsFollow = regex(QStringLiteral(
        "^[\\s-]*(?:derived\\s+)?(?:[\\w()-]+\\s+){0,3}?(?:MSCs?|mesenchymal|stromal|mononuclear\\s+cells|"
        "cells)\\b"));
    static const QRegularExpression transplantFollows = regex(QStringLiteral("^[\\s-]*transplant"));
    for (auto it = boneMarrow.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int end = static_cast<int>(match.capturedEnd());
        const QString after = text.mid(end, 60);
        const bool abbreviation = match.captured().startsWith(QLatin1String("BM"), Qt::CaseInsensitive);
        // "bone marrow transplantation" is HSCT; only marrow that is the source of cells counts.
        static const QRegularExpression mscBefore = regex(QStringLiteral("\\b(?:MSCs?|mesenchymal|stromal)\\b"));
        const int sentence = sentenceStart(text, static_cast<int>(match.capturedStart()));
        const bool aboutMsc = cellsFollow.match(after).hasMatch() ||
                              mscBefore.match(text.mid(sentence, match.capturedStart() - sentence)).hasMatch();
        if (!abbreviation && (transplantFollows.match(after).hasMatch() || !aboutMsc))
            continue;
        if (!isNegated(text, static_cast<int>(match.capturedStart())))
            out << make(text, match, SOURCE, QStringLiteral("bone-marrow"), 0.85);
    }
    static const std::vector<Pattern> patterns = {
        {regex(QStringLiteral("\\b(?:Wharton(?:'|\\x{2019})?s?\\s+jelly(?:[\\s-]+derived)?|WJ-?MSCs?)\\b")),
         QStringLiteral("whartons-jelly")},
        {regex(QStringLiteral(
             "\\b(?:(?:human\\s+)?umbilical[\\s-]+cord(?![\\s-]+blood)(?!\\s+Wharton)(?:[\\s-]+derived)?|"
             "h?UC-?MSCs?)\\b")),
         QStringLiteral("umbilical-cord")},
        {regex(QStringLiteral(
             "\\b(?:adipose(?:[\\s-]+tissue)?(?:[\\s-]+derived)?(?=[\\s-]+(?:MSCs?|mesenchymal|stromal|stem|"
             "derived|cells))|(?:adipose(?:[\\s-]+tissue)?|fat)[\\s-]+derived|AD-?MSCs?|AT-?MSCs?|"
             "ADSCs?)\\b")),
         QStringLiteral("adipose")},
        {regex(QStringLiteral("\\bplacenta(?:l)?(?:[\\s-]+derived)?\\b")), QStringLiteral("placenta")},
        {regex(QStringLiteral("\\bmenstrual\\s+blood(?:[\\s-]+derived)?\\b")), QStringLiteral("menstrual-blood")},
        {regex(QStringLiteral("\\bdental\\s+pulp(?:[\\s-]+derived)?\\b")), QStringLiteral("dental-pulp")},
    };
    collectPatterns(text, patterns, SOURCE, 0.85, out);
}

void InterventionRule::collectDonor(const QString& text, Suggestions& out)
{
    static const QRegularExpression allogeneic = regex(QStringLiteral(
        "\\ballogene?ic(?:[\\s-]+(haploidentical|unrelated|related|matched\\s+(?:related|unrelated|sibling)|"
        "sibling|HLA-identical\\s+sibling))?(?:[\\s-]+(?:related[\\s-]+)?donors?)?\\b"));
    for (auto it = allogeneic.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString kind = match.captured(1).toLower();
        QString value = QStringLiteral("allogeneic");
        if (kind.contains(QLatin1String("haplo")))
            value = QStringLiteral("allogeneic-haploidentical");
        else if (kind.contains(QLatin1String("unrelated")))
            value = QStringLiteral("allogeneic-unrelated");
        else if (!kind.isEmpty())
            value = QStringLiteral("allogeneic-related");
        if (!isNegated(text, static_cast<int>(match.capturedStart())))
            out << make(text, match, DONOR, value, 0.9);
    }
    static const std::vector<Pattern> patterns = {
        {regex(QStringLiteral("\\bhaploidentical(?:[\\s-]+related)?(?:[\\s-]+donors?)?\\b")),
         QStringLiteral("allogeneic-haploidentical")},
        {regex(QStringLiteral("\\b(?:unrelated|third[\\s-]party)[\\s-]+donors?\\b")),
         QStringLiteral("allogeneic-unrelated")},
        {regex(QStringLiteral("\\b(?:related|sibling|HLA-identical\\s+sibling|family)[\\s-]+donors?\\b")),
         QStringLiteral("allogeneic-related")},
        {regex(QStringLiteral("\\b(?:autologous|aHSCT|auto-?HSCT)\\b")), QStringLiteral("autologous")},
    };
    collectPatterns(text, patterns, DONOR, 0.9, out);
}

void InterventionRule::collectRoute(const QString& text, Suggestions& out)
{
    static const QRegularExpression cellTherapy = regex(
        QStringLiteral("\\b(?:MSCs?|mesenchymal|stem\\s+cells?|stromal|cells|HSCT|grafts?|exosomes?|vesicles|EVs?|"
                       "secretome)\\b"));
    static const QRegularExpression drugFollows =
        regex(QStringLiteral("^\\s+(?:(?:monthly|pulse|pulsed|high-dose)\\s+)*(?:%1)").arg(DrugLexicon::pattern()));
    static const QRegularExpression ivCase(QStringLiteral("\\bIV\\b"));
    static const QRegularExpression roman =
        regex(QStringLiteral("(?:(?:class|grade|stage|type|phase|NYHA|WHO|FC|DSM)\\s*|-)$"));
    const std::vector<Pattern> patterns = {
        {regex(QStringLiteral("\\b(?:intravenous(?:ly)?|i\\.\\s?v\\.(?!\\w))")), QStringLiteral("intravenous")},
        {ivCase, QStringLiteral("intravenous")},
        {regex(QStringLiteral("\\bintra-?arterial(?:ly)?\\b")), QStringLiteral("intra-arterial")},
        {regex(QStringLiteral("\\b(?:local(?:ly)?\\s+(?:injection|injected|administration|administered|infiltration|"
                              "delivery|implantation)|intralesional(?:ly)?|intradermal(?:ly)?|(?:injected|injection)(?:"
                              "\\s+[\\w-]+)?\\s+\\K(?:locally|"
                              "into\\s+the\\s+(?:fingers?|digits?|hands?|skin|lesions?|ulcers?|face|lips?)))\\b")),
         QStringLiteral("local injection")},
        {regex(QStringLiteral("\\b(?:subcutaneous(?:ly)?|s\\.c\\.(?!\\w))")), QStringLiteral("subcutaneous")},
        {regex(QStringLiteral("\\bintramuscular(?:ly)?\\b")), QStringLiteral("intramuscular")},
    };
    for (const auto& [expression, value] : patterns) {
        for (auto it = expression.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const int start = static_cast<int>(match.capturedStart());
            const int end = static_cast<int>(match.capturedEnd());
            // A route only matters for the cells; "intravenous cyclophosphamide" is the comparator's.
            const bool repeated = std::any_of(out.cbegin(), out.cend(), [&](const Suggestion& s) {
                return s.field == ROUTE && s.value == value && s.start < end && start < s.end;
            });
            if (repeated || isNegated(text, start) || isNegatedAfter(text, end) ||
                !cellTherapy.match(sentenceAround(text, start)).hasMatch() ||
                drugFollows.match(text.mid(end, 60)).hasMatch() ||
                roman.match(text.mid(qMax(0, start - 8), qMin(start, 8))).hasMatch())
                continue;
            out << make(text, match, ROUTE, value, 0.8);
        }
    }
}

void InterventionRule::collectInfusions(const QString& text, Suggestions& out)
{
    static const QRegularExpression counted =
        regex(QStringLiteral(
                  "\\b(%1)\\s+(?:(?:separate|consecutive|sequential|repeated|additional|monthly|weekly|intravenous|"
                  "IV|i\\.v\\.|MSC|MSCs|cell|cellular|stem\\s+cell|subcutaneous|local|further)\\s+){0,2}"
                  "(?:infusions?|injections?|doses|dose|administrations?|transfusions?)\\b")
                  .arg(NumberParser::numberPattern()));
    static const QRegularExpression times =
        regex(QStringLiteral("\\b(?:infused|injected|administered|given|repeated|transplanted|delivered)\\s+(%1)\\b"
                             "(?!\\s+(?:daily|a\\s+day|per\\s+day))")
                  .arg(NumberParser::timesPattern()));
    for (auto it = counted.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto value = NumberParser::parse(match.captured(1));
        if (!value || *value <= 0 || insideQuantity(text, static_cast<int>(match.capturedStart())))
            continue;
        out << make(text, match, INFUSIONS, NumberParser::format(*value), 0.85);
    }
    for (auto it = times.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (const auto value = NumberParser::parseTimes(match.captured(1)))
            out << make(text, match, INFUSIONS, NumberParser::format(*value), 0.8);
    }
}

} // namespace stemma::core::extract
