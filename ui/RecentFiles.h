// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace stemma::ui {

/** The projects opened lately, newest first, kept in QSettings. */
class RecentFiles
{
public:
    static constexpr int MAX_FILES = 10;

    /** Reads the list; files that no longer exist are dropped. */
    static QStringList load();
    /** Moves \a path to the front (adding it if new) and saves; returns the new list. */
    static QStringList add(const QString& path);
    static QStringList remove(const QString& path);
    static void clear();

private:
    static void save(const QStringList& paths);
};

} // namespace stemma::ui
