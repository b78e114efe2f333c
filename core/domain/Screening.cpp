// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Screening.h"

#include "core/domain/EnumText.h"

namespace stemma::core {
namespace {

constexpr EnumText<ScreeningStage, 2> STAGE_NAMES{{{
    {ScreeningStage::TitleAbstract, "title-abstract"},
    {ScreeningStage::FullText, "full-text"},
}}};

constexpr EnumText<Verdict, 3> VERDICT_NAMES{{{
    {Verdict::Include, "include"},
    {Verdict::Exclude, "exclude"},
    {Verdict::Maybe, "maybe"},
}}};

} // namespace

QString toString(ScreeningStage stage)
{
    return STAGE_NAMES.toString(stage);
}
std::optional<ScreeningStage> screeningStageFromString(const QString& text)
{
    return STAGE_NAMES.fromString(text);
}
QString toString(Verdict verdict)
{
    return VERDICT_NAMES.toString(verdict);
}
std::optional<Verdict> verdictFromString(const QString& text)
{
    return VERDICT_NAMES.fromString(text);
}

} // namespace stemma::core
