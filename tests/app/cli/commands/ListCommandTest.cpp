// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ListCommand.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace stemma::core;
using stemma::test::runCli;

TEST(ListCommandTest, JsonHasTheDocumentedShapeAndHidesMergedDuplicates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.stemma"));
    {
        auto project = ReviewProject::create(path);
        ASSERT_TRUE(project);
        Reference reference;
        reference.title = QStringLiteral("Mesenchymal stem cells for systemic sclerosis");
        reference.authors = {Author{QStringLiteral("Christopeit"), QStringLiteral("M"), {}},
                             Author{{}, {}, QStringLiteral("MSC Study Group")}};
        reference.year = 2008;
        reference.journal = QStringLiteral("Leukemia");
        reference.volume = QStringLiteral("22");
        reference.issue = QStringLiteral("5");
        reference.pages = QStringLiteral("1062-1064");
        reference.doi = QStringLiteral("10.1038/sj.leu.2404996");
        reference.keywords = {QStringLiteral("MSC")};
        reference.notFound = {QStringLiteral("abstract")};
        auto survivor = (*project)->references().insert(reference);
        ASSERT_TRUE(survivor);
        ASSERT_TRUE((*project)->references().setCitedReferences(
            *survivor, {QStringLiteral("Uccelli A. Mesenchymal stem cells in health and disease. 2008.")}));
        reference.notFound.clear();
        reference.year.reset();
        auto duplicate = (*project)->references().insert(reference);
        ASSERT_TRUE(duplicate);
        ASSERT_TRUE((*project)->references().setMergedInto(*duplicate, *survivor));
    }
    const auto run = runCli({QStringLiteral("list"), path, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray array = run.json().array();
    ASSERT_EQ(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    EXPECT_EQ(object.value(QStringLiteral("title")).toString(),
              QStringLiteral("Mesenchymal stem cells for systemic sclerosis"));
    EXPECT_EQ(object.value(QStringLiteral("year")).toInt(), 2008);
    EXPECT_EQ(object.value(QStringLiteral("pages")).toString(), QStringLiteral("1062-1064"));
    EXPECT_EQ(object.value(QStringLiteral("doi")).toString(), QStringLiteral("10.1038/sj.leu.2404996"));
    EXPECT_EQ(object.value(QStringLiteral("type")).toString(), QStringLiteral("journal-article"));
    EXPECT_EQ(object.value(QStringLiteral("keywords")).toArray(), QJsonArray{QStringLiteral("MSC")});
    const QJsonArray authors = object.value(QStringLiteral("authors")).toArray();
    ASSERT_EQ(authors.size(), 2);
    EXPECT_EQ(authors[0].toObject().value(QStringLiteral("family")).toString(), QStringLiteral("Christopeit"));
    EXPECT_EQ(authors[0].toObject().value(QStringLiteral("given")).toString(), QStringLiteral("M"));
    EXPECT_EQ(authors[1].toObject().value(QStringLiteral("collective")).toString(), QStringLiteral("MSC Study Group"));
    EXPECT_EQ(object.value(QStringLiteral("grey_literature")), QJsonValue(false));
    EXPECT_EQ(object.value(QStringLiteral("not_found")).toArray(), QJsonArray{QStringLiteral("abstract")});
    EXPECT_EQ(object.value(QStringLiteral("cited_references")).toArray(),
              QJsonArray{QStringLiteral("Uccelli A. Mesenchymal stem cells in health and disease. 2008.")});
    for (const char* key : {"id", "issue", "volume", "journal", "pmid", "abstract"})
        EXPECT_TRUE(object.contains(QString::fromLatin1(key))) << key;

    const auto all = runCli({QStringLiteral("list"), path, QStringLiteral("--json"), QStringLiteral("--all")});
    ASSERT_EQ(all.json().array().size(), 2);
    const QJsonObject duplicate = all.json().array().at(1).toObject();
    EXPECT_TRUE(duplicate.value(QStringLiteral("year")).isNull());
    EXPECT_TRUE(duplicate.value(QStringLiteral("not_found")).toArray().isEmpty());
    EXPECT_TRUE(duplicate.value(QStringLiteral("cited_references")).toArray().isEmpty());
}
