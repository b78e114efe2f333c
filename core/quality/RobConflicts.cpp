// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/RobConflicts.h"

#include "core/quality/RobAnswers.h"

#include <QSet>

#include <map>
#include <tuple>

namespace stemma::core::quality {

namespace {

using GroupKey = std::tuple<qint64, qint64, QString>;

GroupKey keyOf(const RobAssessment& a)
{
    return {a.study.value, a.measure.value, a.toolId};
}

QStringList differingDomains(const AssessmentOutcome& a, const AssessmentOutcome& b)
{
    QStringList domains;
    for (qsizetype i = 0; i < a.domains.size() && i < b.domains.size(); ++i)
        if (a.domains[i].judgement != b.domains[i].judgement)
            domains << a.domains[i].id;
    if (a.overall.judgement != b.overall.judgement)
        domains << overallKey();
    return domains;
}

QStringList differingAnswers(const RobAssessment& a, const RobAssessment& b)
{
    const QHash<QString, QString> left = answerMap(a.answers);
    const QHash<QString, QString> right = answerMap(b.answers);
    QSet<QString> ids(left.keyBegin(), left.keyEnd());
    ids.unite(QSet<QString>(right.keyBegin(), right.keyEnd()));
    QStringList differing;
    for (const QString& id : ids)
        if (left.value(id) != right.value(id))
            differing << id;
    differing.sort();
    return differing;
}

} // namespace

Result<QList<RobConflict>> findRobConflicts(const std::vector<RobAssessment>& assessments)
{
    std::map<GroupKey, std::vector<const RobAssessment*>> independent;
    QSet<QString> resolvedGroups;
    const auto groupName = [](const GroupKey& key) {
        return QStringLiteral("%1/%2/%3").arg(std::get<0>(key)).arg(std::get<1>(key)).arg(std::get<2>(key));
    };
    for (const RobAssessment& a : assessments) {
        if (a.kind == RobAssessmentKind::Consensus)
            resolvedGroups.insert(groupName(keyOf(a)));
        else
            independent[keyOf(a)].push_back(&a);
    }
    QList<RobConflict> conflicts;
    for (const auto& [key, group] : independent) {
        for (std::size_t i = 0; i < group.size(); ++i) {
            auto left = evaluate(*group[i]);
            if (!left)
                return left.error();
            for (std::size_t j = i + 1; j < group.size(); ++j) {
                auto right = evaluate(*group[j]);
                if (!right)
                    return right.error();
                const QStringList domains = differingDomains(*left, *right);
                if (domains.isEmpty())
                    continue;
                conflicts << RobConflict{group[i]->study,
                                         group[i]->measure,
                                         group[i]->toolId,
                                         group[i]->id,
                                         group[j]->id,
                                         domains,
                                         differingAnswers(*group[i], *group[j]),
                                         resolvedGroups.contains(groupName(key))};
            }
        }
    }
    return conflicts;
}

std::vector<RobAssessment> visibleWhileBlind(const std::vector<RobAssessment>& assessments, ReviewerId reviewer)
{
    std::vector<RobAssessment> visible;
    for (const RobAssessment& a : assessments)
        if (a.kind == RobAssessmentKind::Consensus || a.reviewer == reviewer)
            visible.push_back(a);
    return visible;
}

} // namespace stemma::core::quality
