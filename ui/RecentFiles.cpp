// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace stemma::ui {
namespace {

const QString KEY = QStringLiteral("recentFiles");

} // namespace

QStringList RecentFiles::load()
{
    QStringList paths;
    for (const QString& path : QSettings().value(KEY).toStringList())
        if (QFileInfo::exists(path) && !paths.contains(path))
            paths.append(path);
    if (paths.size() > MAX_FILES)
        paths.resize(MAX_FILES);
    return paths;
}

QStringList RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = load();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    if (paths.size() > MAX_FILES)
        paths.resize(MAX_FILES);
    save(paths);
    return paths;
}

QStringList RecentFiles::remove(const QString& path)
{
    QStringList paths = load();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    save(paths);
    return paths;
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QStringList& paths)
{
    QSettings().setValue(KEY, paths);
}

} // namespace stemma::ui
