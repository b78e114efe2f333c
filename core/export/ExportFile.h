// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace stemma::core::exports {

/** Writes \a content to \a path through a temporary file, so a failed write never leaves half a file. */
Result<void> writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace stemma::core::exports
