// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"
#include "tests/support/QStringPrinter.h"

#include <gtest/gtest.h>

#include <ostream>

namespace stemma::core::extract {

/** Lets gtest print a suggestion when an assertion fails. */
inline void PrintTo(const Suggestion& s, std::ostream* os)
{
    *os << s.field.toStdString() << '=' << s.value.toStdString() << " [" << s.unit.toStdString() << "] {"
        << s.measure.toStdString() << "} @" << s.timepoint.toStdString() << " \"" << s.text.toStdString() << "\" "
        << s.start << '-' << s.end;
}

} // namespace stemma::core::extract

namespace stemma::test {

/** What \a rule finds in \a text, each span checked against the text it quotes. */
inline core::extract::Suggestions collect(const core::extract::Rule& rule, const QString& text)
{
    core::extract::Suggestions out;
    rule.collect(text, out);
    for (const auto& s : out)
        EXPECT_EQ(text.mid(s.start, s.end - s.start), s.text) << s.field.toStdString();
    return out;
}

/** The suggestions of one field. */
inline core::extract::Suggestions only(const core::extract::Suggestions& all, const QString& field)
{
    core::extract::Suggestions out;
    for (const auto& s : all)
        if (s.field == field)
            out << s;
    return out;
}

} // namespace stemma::test
