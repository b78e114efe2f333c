// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every input the fuzz targets (tests/fuzz, scripts/fuzz.sh) found crashing or stalling a parser,
// and hand-made hostile inputs of the same kind, kept in tests/data/fuzz/<format>/ and replayed
// here through the parser of that format (tests/data/fuzz/detect/ through format detection).
// Each must be read to the end (records or problems, or an error naming the file), not crash.
#include "core/import/ParserRegistry.h"
#include "core/import/RecordParser.h"
#include "tests/core/import/CollectingSink.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace stemma::core::import;

TEST(FuzzRegressionTest, EveryKeptInputIsReadWithoutCrashing)
{
    ParserRegistry registry;
    const QDir root(stemma::test::testDataPath(QStringLiteral("fuzz")));
    ASSERT_TRUE(root.exists()) << root.path().toStdString();
    int replayed = 0;
    for (const QString& format : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        RecordParser* parser = format == QLatin1String("detect") ? nullptr : registry.byFormat(format);
        ASSERT_TRUE(parser || format == QLatin1String("detect")) << "no parser named " << format.toStdString();
        const QDir inputs(root.filePath(format));
        for (const QFileInfo& input : inputs.entryInfoList(QDir::Files)) {
            SCOPED_TRACE((format + QLatin1Char('/') + input.fileName()).toStdString());
            QFile file(input.filePath());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            if (!parser) {
                const QByteArray head = file.readAll();
                const RecordParser* detected = registry.detect(head, input.fileName());
                EXPECT_TRUE(detected == nullptr || !detected->format().isEmpty());
                ++replayed;
                continue;
            }
            stemma::test::CollectingSink sink;
            const auto result = parser->parse(file, input.fileName(), sink);
            if (!result)
                EXPECT_TRUE(result.error().message.contains(input.fileName())) << result.error().message.toStdString();
            else
                EXPECT_FALSE(sink.records.isEmpty() && sink.problems.isEmpty())
                    << "a hostile input read silently as nothing";
            for (const ImportProblem& problem : sink.problems)
                EXPECT_TRUE(problem.toString().startsWith(input.fileName())) << problem.toString().toStdString();
            ++replayed;
        }
    }
    EXPECT_GT(replayed, 0);
}
