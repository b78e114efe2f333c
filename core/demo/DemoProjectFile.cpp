// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/db/SettingsRepository.h"
#include "core/demo/DemoProjectBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace stemma::core::demo {
namespace {

/** True when the project at \a path was built from the demo facts \a version. */
bool isCurrentDemo(const QString& path, const QString& version)
{
    auto project = ReviewProject::open(path);
    if (!project)
        return false;
    auto stored = (*project)->settings().value(QString::fromLatin1(DEMO_FACTS_SETTING));
    return stored && *stored == version;
}

QString previousPath(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(" (previous).stemma"));
}

} // namespace

Result<QString> ensureDemoProjectFile(const QString& path)
{
    QFile factsFile(demoDataPath());
    if (!factsFile.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QStringLiteral("the demo data is missing from this build (%1)").arg(factsFile.fileName())};
    const QByteArray facts = factsFile.readAll();
    const QString version = demoFactsVersion(facts);

    if (QFileInfo::exists(path)) {
        if (isCurrentDemo(path, version))
            return path;
        const QString previous = previousPath(path);
        QFile::remove(previous);
        if (!QFile::rename(path, previous))
            return Error{ErrorCode::Io, QStringLiteral("%1: cannot move the older demo project aside").arg(path)};
        log::core()->info("demo facts changed; the older demo project is kept as {}", previous);
    }
    auto project = ReviewProject::create(path);
    if (!project)
        return project.error();
    if (auto built = buildDemoProject(**project, facts); !built) {
        project->reset();
        QFile::remove(path);
        return built.error();
    }
    return path;
}

} // namespace stemma::core::demo
