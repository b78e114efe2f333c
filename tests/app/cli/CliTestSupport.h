// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliApplication.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <optional>

namespace stemma::test {

/** What one in-process stemma-cli run printed and returned. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliContext context{out, err};
    cli::CliApplication application;
    run.exitCode = application.run(QStringList{QStringLiteral("stemma-cli")} + arguments, context);
    out.flush();
    err.flush();
    return run;
}

/** The text of \a member inside a zip archive (XLSX, ODT), read by python3's zipfile; nullopt when python3 is absent.
 */
inline std::optional<QString> zipMember(const QString& archive, const QString& member)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import sys, zipfile; "
                                  "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])"
                                  ".decode('utf-8'))"),
                   archive,
                   member});
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** The text of a PDF as pdftotext reads it; nullopt when pdftotext is absent. */
inline std::optional<QString> pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace stemma::test
