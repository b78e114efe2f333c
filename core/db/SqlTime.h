// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace stemma::core::db {

/** Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts as it reads. */
inline QString toSqlTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromSqlTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace stemma::core::db
