// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/import/Importer.h"
#include "core/import/ParserRegistry.h"
#include "tests/support/QStringPrinter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <vector>

namespace stemma::test {

/** Imports \a path into \a project with the built-in parsers; fails the test on an error. */
inline core::import::FileImportReport importInto(core::ReviewProject& project,
                                                 const QString& path,
                                                 const QString& format = {})
{
    core::import::ParserRegistry registry;
    core::import::Importer importer(project.database(), registry);
    core::import::ImportOptions options;
    options.format = format;
    auto report = importer.importFile(path, options);
    EXPECT_TRUE(report.hasValue()) << path.toStdString() << ": "
                                   << (report ? "" : report.error().message.toStdString());
    return report ? *report : core::import::FileImportReport{};
}

/** The live (unmerged) references of \a project in id order. */
inline std::vector<core::Reference> liveReferences(core::ReviewProject& project)
{
    auto references = project.references().list();
    EXPECT_TRUE(references.hasValue());
    return references ? *references : std::vector<core::Reference>{};
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/** Runs a bibutils converter (ris2xml, bib2xml, end2xml) on \a input; empty when it is not installed. */
inline QString runBibutils(const QString& program, const QString& input, bool* ran)
{
    *ran = false;
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        return {};
    QProcess process;
    process.start(found,
                  {QStringLiteral("-i"), QStringLiteral("utf8"), QStringLiteral("-o"), QStringLiteral("utf8"), input});
    if (!process.waitForFinished(60000))
        return {};
    *ran = process.exitStatus() == QProcess::NormalExit;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace stemma::test
