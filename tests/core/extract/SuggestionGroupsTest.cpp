// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/SuggestionGroups.h"

#include "core/extract/Extractor.h"
#include "tests/core/extract/ExtractTestSupport.h"

#include <QSet>

using namespace stemma::core;
using namespace stemma::core::extract;

namespace {

// Shaped like a trial's title and abstract: the family and the donor are named in both.
const QString TITLE = QStringLiteral("Autologous HSCT vs intravenous pulse cyclophosphamide in diffuse cutaneous "
                                     "systemic sclerosis");
const QString ABSTRACT = QStringLiteral("Randomised trial of 156 patients comparing autologous non-myeloablative HSCT "
                                        "with 12 monthly IV cyclophosphamide pulses. HSCT carried 8 treatment-related "
                                        "deaths.");

QList<GroupedSuggestion> matching(const SuggestionGroups& groups, const QString& field, const QString& value)
{
    QList<GroupedSuggestion> found;
    for (const auto& group : groups.groups())
        if (group.suggestion.field == field && group.suggestion.value == value)
            found << group;
    return found;
}

} // namespace

TEST(SuggestionGroupsTest, OffersEachValueOnceWithEverySpan)
{
    const Extractor extractor;
    SuggestionGroups groups;
    const ReferenceId reference(7);
    groups.add(reference, QStringLiteral("title"), extractor.extract(TITLE));
    groups.add(reference, QStringLiteral("abstract"), extractor.extract(ABSTRACT));

    const auto hsct = matching(groups, QStringLiteral("intervention_family"), QStringLiteral("hsct"));
    ASSERT_EQ(hsct.size(), 1);
    ASSERT_EQ(hsct[0].occurrences.size(), 3);
    EXPECT_EQ(hsct[0].occurrences[0].field, QStringLiteral("title"));
    EXPECT_EQ(hsct[0].occurrences[1].field, QStringLiteral("abstract"));
    EXPECT_EQ(hsct[0].occurrences[2].field, QStringLiteral("abstract"));
    for (const Occurrence& occurrence : hsct[0].occurrences) {
        EXPECT_EQ(occurrence.reference, reference);
        const QString& text = occurrence.field == QLatin1String("title") ? TITLE : ABSTRACT;
        EXPECT_EQ(text.mid(occurrence.start, occurrence.end - occurrence.start), occurrence.text);
    }
    const auto autologous = matching(groups, QStringLiteral("donor"), QStringLiteral("autologous"));
    ASSERT_EQ(autologous.size(), 1);
    EXPECT_EQ(autologous[0].occurrences.size(), 2);

    // No field/value pair is offered twice.
    QStringList keys;
    for (const auto& group : groups.groups())
        keys << SuggestionGroups::key(group.suggestion);
    EXPECT_EQ(keys.size(), QSet<QString>(keys.begin(), keys.end()).size());
    // The comparator's pulses are not a conditioning regimen.
    for (const auto& group : groups.groups())
        EXPECT_NE(group.suggestion.field, QStringLiteral("conditioning")) << group.suggestion.text.toStdString();
}

TEST(SuggestionGroupsTest, KeepsValuesApartWhenUnitOrMeasureDiffers)
{
    Suggestion women{QStringLiteral("sex"), QStringLiteral("7"), QStringLiteral("female"), {}, {}, 0, 7, {}, 0.9};
    women.text = QStringLiteral("7 women");
    Suggestion men = women;
    men.unit = QStringLiteral("male");
    men.start = 12;
    men.end = 17;
    men.text = QStringLiteral("7 men");
    Suggestion mrss{QStringLiteral("outcome"), QStringLiteral("24"), {}, QStringLiteral("mRSS"), {}, 20, 27, {}, 0.8};
    Suggestion fvc = mrss;
    fvc.measure = QStringLiteral("FVC");
    SuggestionGroups groups;
    groups.add(ReferenceId(1), QStringLiteral("abstract"), {women, men, mrss, fvc});
    EXPECT_EQ(groups.groups().size(), 4);
    // The same span read twice (a reference listed twice) is kept once.
    groups.add(ReferenceId(1), QStringLiteral("abstract"), {women});
    EXPECT_EQ(groups.groups()[0].occurrences.size(), 1);
    groups.add(ReferenceId(2), QStringLiteral("abstract"), {women});
    EXPECT_EQ(groups.groups()[0].occurrences.size(), 2);
    EXPECT_EQ(groups.groups()[0].occurrences[1].reference, ReferenceId(2));
}
