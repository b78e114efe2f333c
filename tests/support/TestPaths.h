// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stemma::test {

/** tests/data in the source tree. */
QString testDataPath(const QString& relative = {});
/** ../shared beside the checkout; empty when a fresh clone has none. */
QString sharedPath(const QString& relative = {});
bool hasShared();

} // namespace stemma::test

/** Skips the current test, saying why, when ../shared is not there (a fresh clone has none). */
#define STEMMA_REQUIRE_SHARED()                                                                                        \
    do {                                                                                                               \
        if (!stemma::test::hasShared())                                                                                \
            GTEST_SKIP() << "../shared is absent (fresh clone): this test reads the shared reference data";            \
    } while (false)
