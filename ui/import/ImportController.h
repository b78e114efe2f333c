// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/Importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace stemma::ui {

/** The outcome of importing one file, successful or not, as the dialog shows it. */
struct ImportOutcome
{
    QString path;
    bool ok = false;
    QString error; ///< set when the whole file failed (then nothing of it was stored)
    core::import::FileImportReport report;
};

/**
 * Runs imports off the GUI thread. The worker opens its own connection to the project file
 * (SQLite connections belong to one thread), imports each file in its own transaction and
 * reports progress; cancel() stops the current file, which then leaves nothing behind, and
 * skips the rest.
 */
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override;

    /** Starts importing \a files into the project at \a projectPath; false if already running. */
    bool start(const QString& projectPath, const QStringList& files, const core::import::ImportOptions& options = {});
    void cancel();
    bool isRunning() const;
    /** Blocks until the worker has finished (for shutdown and tests). */
    void wait();

signals:
    /** Overall progress in per-mille, and the file being read. */
    void progressChanged(int perMille, const QString& currentFile);
    void fileFinished(const stemma::ui::ImportOutcome& outcome);
    /** All files done (or cancelled); \a cancelled tells which. */
    void finished(bool cancelled);

private:
    void runImports(QString projectPath, QStringList files, core::import::ImportOptions options);

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace stemma::ui

Q_DECLARE_METATYPE(stemma::ui::ImportOutcome)
