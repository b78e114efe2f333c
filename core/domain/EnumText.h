// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace stemma::core {

/**
 * A fixed table of enum values and their stable text names, the names used in the database,
 * in JSON and on the command line. One table per enum keeps both directions in step.
 */
template <typename Enum, std::size_t N> struct EnumText
{
    std::array<std::pair<Enum, const char*>, N> names;

    QString toString(Enum value) const
    {
        for (const auto& [v, name] : names)
            if (v == value)
                return QString::fromLatin1(name);
        return {};
    }

    std::optional<Enum> fromString(const QString& text) const
    {
        for (const auto& [v, name] : names)
            if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return v;
        return std::nullopt;
    }
};

} // namespace stemma::core
