// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReviewProject.h"

#include <gtest/gtest.h>

#include <memory>

namespace stemma::test {

/** An in-memory project with every migration applied; fails the test if it cannot be made. */
inline std::unique_ptr<core::ReviewProject> makeMemoryProject()
{
    auto project = core::ReviewProject::openInMemory();
    EXPECT_TRUE(project.hasValue()) << (project ? "" : project.error().message.toStdString());
    return project ? std::move(*project) : nullptr;
}

} // namespace stemma::test
