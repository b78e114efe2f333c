// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace stemma::core {

/** A library the core is built on, as the About box names it. */
struct ThirdPartyLibrary
{
    QString name;
    QString version; ///< the version in use at run time where the library can tell, else the one built against
    QString licence; ///< an SPDX identifier
};

/**
 * The libraries linked into the core, each asked for its version here, where they are linked,
 * so no other layer has to include them.
 */
std::vector<ThirdPartyLibrary> thirdPartyLibraries();

} // namespace stemma::core
