// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportController.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/import/ParserRegistry.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QThread>

namespace stemma::ui {

ImportController::ImportController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportOutcome>();
}

ImportController::~ImportController()
{
    cancel();
    wait();
}

bool ImportController::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportController::cancel()
{
    m_cancelRequested = true;
}

void ImportController::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool ImportController::start(const QString& projectPath,
                             const QStringList& files,
                             const core::import::ImportOptions& options)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelRequested = false;
    m_thread = QThread::create([this, projectPath, files, options] { runImports(projectPath, files, options); });
    m_thread->start();
    return true;
}

void ImportController::runImports(QString projectPath, QStringList files, core::import::ImportOptions options)
{
    // Signals emitted from here are queued to the GUI thread's receivers.
    auto project = core::ReviewProject::open(projectPath);
    if (!project) {
        for (const QString& file : files)
            emit fileFinished(ImportOutcome{file, false, project.error().message, {}});
        emit finished(false);
        return;
    }
    core::import::ParserRegistry registry;
    core::import::Importer importer((*project)->database(), registry);
    const int count = int(files.size());
    for (int index = 0; index < count; ++index) {
        if (m_cancelRequested)
            break;
        const QString& file = files[index];
        const QString name = QFileInfo(file).fileName();
        emit progressChanged(index * 1000 / count, name);
        auto report = importer.importFile(file, options, [&](qint64 done, qint64 total) {
            const int fileShare = total > 0 ? int(done * 1000 / total) : 0;
            emit progressChanged((index * 1000 + fileShare) / count, name);
            return !m_cancelRequested.load();
        });
        if (report) {
            emit fileFinished(ImportOutcome{file, true, {}, *report});
        } else {
            core::log::ui()->warn("import of {} failed: {}", file, report.error().message);
            emit fileFinished(ImportOutcome{file, false, report.error().message, {}});
        }
    }
    emit progressChanged(1000, QString());
    emit finished(m_cancelRequested.load());
}

} // namespace stemma::ui
