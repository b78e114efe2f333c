// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Patient.h"

#include "core/domain/EnumText.h"

namespace stemma::core {
namespace {

constexpr EnumText<Sex, 3> SEX_NAMES{{{
    {Sex::Unknown, "unknown"},
    {Sex::Female, "female"},
    {Sex::Male, "male"},
}}};

} // namespace

QString toString(Sex sex)
{
    return SEX_NAMES.toString(sex);
}
std::optional<Sex> sexFromString(const QString& text)
{
    return SEX_NAMES.fromString(text);
}

} // namespace stemma::core
