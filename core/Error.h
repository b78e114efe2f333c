// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stemma::core {

/** What kind of failure an Error reports; callers branch on this, users read the message. */
enum class ErrorCode {
    Io,              ///< a file could not be read or written
    Database,        ///< SQLite reported a failure
    NotAProject,     ///< the file is not a Stemma project
    TooNew,          ///< the project was written by a newer Stemma
    Migration,       ///< upgrading an older project failed
    NotFound,        ///< the requested row or file does not exist
    InvalidArgument, ///< the caller passed something unusable
    Parse,           ///< input text could not be understood
    Cancelled,       ///< the user stopped the operation
    Constraint,      ///< the change would break the project's integrity
};

/** A failure with a message fit to show a reviewer. */
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    friend bool operator==(const Error&, const Error&) = default;
};

} // namespace stemma::core
