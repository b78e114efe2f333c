// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ScreeningService.h"

#include "core/ReviewProject.h"
#include "core/db/AuditRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/SettingsRepository.h"
#include "core/db/TransactionGuard.h"
#include "core/screening/ScreeningOrder.h"

#include <map>

namespace stemma::core::screening {
namespace {

QString blindKey(ScreeningStage stage)
{
    return QStringLiteral("screening.blind.") + toString(stage);
}

StageOutcome fromVerdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Include:
        return StageOutcome::Include;
    case Verdict::Exclude:
        return StageOutcome::Exclude;
    case Verdict::Maybe:
        return StageOutcome::Maybe;
    }
    return StageOutcome::Maybe;
}

bool votesDiffer(const std::vector<ScreeningDecision>& votes)
{
    for (const auto& vote : votes) {
        if (vote.verdict != votes.front().verdict)
            return true;
    }
    return false;
}

} // namespace

QString ScreeningService::notRetrievableReason()
{
    return QStringLiteral("Not retrievable");
}

ScreeningService::ScreeningService(ReviewProject& project)
    : m_project(project)
{
}

StageOutcome ScreeningService::combine(const std::vector<ScreeningDecision>& votes,
                                       const std::optional<ScreeningResolution>& resolution)
{
    if (resolution)
        return fromVerdict(resolution->verdict);
    if (votes.empty())
        return StageOutcome::Unscreened;
    if (votesDiffer(votes))
        return StageOutcome::Conflict;
    return fromVerdict(votes.front().verdict);
}

Result<QString> ScreeningService::reviewerName(ReviewerId id)
{
    auto reviewer = m_project.reviewers().get(id);
    if (!reviewer)
        return reviewer.error();
    return reviewer->name;
}

Result<DecisionId> ScreeningService::record(const ScreeningDecision& decision)
{
    if (decision.verdict == Verdict::Exclude && decision.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an exclusion needs a reason"));
    if (decision.stage == ScreeningStage::FullText) {
        auto eligible = eligibleForFullText(decision.reference);
        if (!eligible)
            return eligible.error();
        if (!*eligible)
            return makeError(ErrorCode::Constraint,
                             QStringLiteral("reference %1 was not included at title/abstract screening")
                                 .arg(decision.reference.value));
    }
    auto name = reviewerName(decision.reviewer);
    if (!name)
        return name.error();

    db::TransactionGuard transaction(m_project.database());
    auto id = m_project.screening().recordDecision(decision);
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = decision.decidedAt;
    entry.actor = *name;
    entry.action = QStringLiteral("screen");
    entry.entity = QStringLiteral("reference");
    entry.entityId = decision.reference.value;
    entry.detail = toString(decision.stage) + QLatin1Char(' ') + toString(decision.verdict);
    if (!decision.reason.isEmpty())
        entry.detail += QStringLiteral(": ") + decision.reason;
    STEMMA_TRY(m_project.audit().append(entry));
    STEMMA_TRY(transaction.commit());
    return *id;
}

Result<void> ScreeningService::withdraw(ReferenceId reference, ReviewerId reviewer, ScreeningStage stage)
{
    auto votes = m_project.screening().decisions(reference, stage);
    if (!votes)
        return votes.error();
    for (const auto& vote : *votes) {
        if (vote.reviewer != reviewer)
            continue;
        auto name = reviewerName(reviewer);
        if (!name)
            return name.error();
        db::TransactionGuard transaction(m_project.database());
        STEMMA_TRY(m_project.screening().removeDecision(vote.id));
        AuditEntry entry;
        entry.actor = *name;
        entry.action = QStringLiteral("unscreen");
        entry.entity = QStringLiteral("reference");
        entry.entityId = reference.value;
        entry.detail = toString(stage) + QStringLiteral(" withdrew ") + toString(vote.verdict);
        STEMMA_TRY(m_project.audit().append(entry));
        return transaction.commit();
    }
    return {};
}

Result<DecisionId> ScreeningService::resolve(const ScreeningResolution& resolution)
{
    if (resolution.verdict == Verdict::Exclude && resolution.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an exclusion needs a reason"));
    QString actor = QStringLiteral("unknown");
    if (resolution.resolvedBy.isValid()) {
        auto name = reviewerName(resolution.resolvedBy);
        if (!name)
            return name.error();
        actor = *name;
    }
    db::TransactionGuard transaction(m_project.database());
    auto id = m_project.screening().resolve(resolution);
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = resolution.resolvedAt;
    entry.actor = actor;
    entry.action = QStringLiteral("resolve");
    entry.entity = QStringLiteral("reference");
    entry.entityId = resolution.reference.value;
    entry.detail = toString(resolution.stage) + QLatin1Char(' ') + toString(resolution.verdict);
    if (!resolution.reason.isEmpty())
        entry.detail += QStringLiteral(": ") + resolution.reason;
    if (!resolution.method.isEmpty())
        entry.detail += QStringLiteral(" (") + resolution.method + QLatin1Char(')');
    STEMMA_TRY(m_project.audit().append(entry));
    STEMMA_TRY(transaction.commit());
    return *id;
}

Result<StageOutcome> ScreeningService::outcome(ReferenceId reference, ScreeningStage stage)
{
    auto resolution = m_project.screening().resolution(reference, stage);
    if (!resolution)
        return resolution.error();
    if (*resolution)
        return combine({}, *resolution);
    auto votes = m_project.screening().decisions(reference, stage);
    if (!votes)
        return votes.error();
    return combine(*votes, std::nullopt);
}

Result<bool> ScreeningService::eligibleForFullText(ReferenceId reference)
{
    auto result = outcome(reference, ScreeningStage::TitleAbstract);
    if (!result)
        return result.error();
    return *result == StageOutcome::Include || *result == StageOutcome::Maybe;
}

Result<std::vector<ReferenceId>> ScreeningService::candidates(ScreeningStage stage)
{
    return candidates(stage, PlainOrder());
}

Result<std::vector<ReferenceId>> ScreeningService::candidates(ScreeningStage stage, const ScreeningOrder& order)
{
    auto eligible = eligibleCandidates(stage);
    if (!eligible)
        return eligible.error();
    STEMMA_TRY(order.arrange(m_project, stage, *eligible));
    return eligible;
}

Result<std::vector<ReferenceId>> ScreeningService::eligibleCandidates(ScreeningStage stage)
{
    std::vector<ReferenceId> live;
    STEMMA_TRY(m_project.references().forEach({}, [&live](const Reference& reference) {
        live.push_back(reference.id);
        return true;
    }));
    if (stage == ScreeningStage::TitleAbstract)
        return live;
    auto votes = m_project.screening().decisionsForStage(ScreeningStage::TitleAbstract);
    if (!votes)
        return votes.error();
    auto resolutions = m_project.screening().resolutions(ScreeningStage::TitleAbstract);
    if (!resolutions)
        return resolutions.error();
    std::map<ReferenceId, std::vector<ScreeningDecision>> byReference;
    for (auto& vote : *votes)
        byReference[vote.reference].push_back(std::move(vote));
    std::map<ReferenceId, ScreeningResolution> resolved;
    for (auto& resolution : *resolutions)
        resolved.emplace(resolution.reference, std::move(resolution));
    std::vector<ReferenceId> eligible;
    for (ReferenceId reference : live) {
        const auto found = resolved.find(reference);
        StageOutcome result = StageOutcome::Unscreened;
        if (found != resolved.end()) {
            result = combine({}, found->second);
        } else {
            const auto cast = byReference.find(reference);
            if (cast != byReference.end())
                result = combine(cast->second, std::nullopt);
        }
        if (result == StageOutcome::Include || result == StageOutcome::Maybe)
            eligible.push_back(reference);
    }
    return eligible;
}

Result<std::vector<ScreeningConflict>> ScreeningService::conflicts(ScreeningStage stage)
{
    auto votes = m_project.screening().decisionsForStage(stage);
    if (!votes)
        return votes.error();
    auto resolutions = m_project.screening().resolutions(stage);
    if (!resolutions)
        return resolutions.error();
    std::map<ReferenceId, std::vector<ScreeningDecision>> byReference;
    for (auto& vote : *votes)
        byReference[vote.reference].push_back(std::move(vote));
    for (const auto& resolution : *resolutions)
        byReference.erase(resolution.reference);
    std::vector<ScreeningConflict> result;
    for (auto& [reference, decisions] : byReference) {
        if (votesDiffer(decisions))
            result.push_back(ScreeningConflict{reference, std::move(decisions)});
    }
    return result;
}

Result<bool> ScreeningService::isBlind(ScreeningStage stage)
{
    auto value = m_project.settings().value(blindKey(stage), QStringLiteral("false"));
    if (!value)
        return value.error();
    return *value == QLatin1String("true");
}

Result<void> ScreeningService::setBlind(ScreeningStage stage, bool blind)
{
    return m_project.settings().set(blindKey(stage), blind ? QStringLiteral("true") : QStringLiteral("false"));
}

Result<std::vector<ScreeningDecision>> ScreeningService::visibleDecisions(ReferenceId reference,
                                                                          ScreeningStage stage,
                                                                          ReviewerId viewer)
{
    auto votes = m_project.screening().decisions(reference, stage);
    if (!votes)
        return votes.error();
    auto blind = isBlind(stage);
    if (!blind)
        return blind.error();
    if (!*blind)
        return votes;
    std::vector<ScreeningDecision> own;
    for (auto& vote : *votes) {
        if (vote.reviewer == viewer)
            own.push_back(std::move(vote));
    }
    return own;
}

} // namespace stemma::core::screening
