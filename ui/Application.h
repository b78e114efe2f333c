// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace stemma::ui {

/**
 * The composition root of the `stemma` program: application identity, command line, logging
 * (with Qt's own messages routed into it), the main window, and the screenshot mode that
 * renders the window to a PNG for the documentation.
 */
class Application
{
public:
    /** Runs the program; returns its exit code. */
    static int run(int argc, char* argv[]);
};

} // namespace stemma::ui
