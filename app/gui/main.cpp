// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Application.h"

int main(int argc, char* argv[])
{
    return stemma::ui::Application::run(argc, argv);
}
