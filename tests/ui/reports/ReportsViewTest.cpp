// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports part through the real window: open the demo project, preview each item and
// export it in every format, then the full report.
#include "ui/reports/ReportsView.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace stemma;
using ui::ReportDocument;
using ui::ReportItem;

namespace {

class ReportsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.stemma"));
        {
            auto project = core::ReviewProject::create(path);
            ASSERT_TRUE(project);
            auto built = core::demo::buildDemoProject(**project);
            ASSERT_TRUE(built) << built.error().message.toStdString();
        }
        ASSERT_TRUE(window.openProject(path));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPart(ui::MainWindow::Part::Reports);
        view = window.reportsView();
        ASSERT_NE(view, nullptr);
        ASSERT_TRUE(view->isVisible());
    }

    QByteArray read(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    /** Checks that \a path holds a valid file of the kind its extension names. */
    void expectValid(const QString& path)
    {
        const QByteArray bytes = read(path);
        ASSERT_FALSE(bytes.isEmpty()) << path.toStdString();
        const QString extension = QFileInfo(path).suffix();
        if (extension == QLatin1String("pdf")) {
            EXPECT_TRUE(bytes.startsWith("%PDF")) << path.toStdString();
        } else if (extension == QLatin1String("svg")) {
            QXmlStreamReader xml(bytes);
            ASSERT_TRUE(xml.readNextStartElement()) << path.toStdString();
            EXPECT_EQ(xml.name(), QLatin1String("svg"));
            while (!xml.atEnd())
                xml.readNext();
            EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
        } else if (extension == QLatin1String("png")) {
            QImage image;
            EXPECT_TRUE(image.loadFromData(bytes, "PNG")) << path.toStdString();
            EXPECT_GT(image.width(), 100);
        } else if (extension == QLatin1String("xlsx") || extension == QLatin1String("odt")) {
            EXPECT_TRUE(bytes.startsWith("PK")) << path.toStdString(); // both are zip containers
        } else if (extension == QLatin1String("html")) {
            EXPECT_TRUE(bytes.contains("<table")) << path.toStdString();
        } else if (extension == QLatin1String("tex")) {
            EXPECT_TRUE(bytes.contains("\\begin{tabular}")) << path.toStdString();
        }
    }

    QTemporaryDir dir;
    ui::MainWindow window;
    ui::ReportsView* view = nullptr;
};

} // namespace

TEST_F(ReportsViewTest, PreviewFollowsTheSelectedItem)
{
    ASSERT_EQ(view->itemList()->count(), ui::REPORT_ITEM_COUNT);
    EXPECT_EQ(view->outcomeBox()->currentData().toString(), QStringLiteral("mRSS"));

    view->setCurrentItem(ReportItem::Prisma);
    EXPECT_TRUE(view->preview()->toPlainText().contains(QStringLiteral("PRISMA 2020")));
    EXPECT_EQ(view->formatBox()->count(), 3);

    view->itemList()->setCurrentRow(static_cast<int>(ReportItem::StudyCharacteristics));
    const QString studies = view->preview()->toPlainText();
    EXPECT_TRUE(studies.contains(QStringLiteral("Characteristics of the included studies")));
    EXPECT_TRUE(studies.contains(QStringLiteral("ASTIS"))) << studies.toStdString();
    EXPECT_EQ(view->formatBox()->itemData(0).toString(), QStringLiteral("csv"));

    view->setCurrentItem(ReportItem::Comparison);
    EXPECT_TRUE(view->preview()->toPlainText().contains(QStringLiteral("mRSS")));
    EXPECT_EQ(view->formatBox()->itemData(0).toString(), QStringLiteral("xlsx"));
    ASSERT_TRUE(view->setOutcome(QStringLiteral("OS")));
    EXPECT_TRUE(view->preview()->toPlainText().contains(QStringLiteral("OS")));
    EXPECT_FALSE(view->setOutcome(QStringLiteral("no such outcome")));
}

TEST_F(ReportsViewTest, ExportsEveryItemInEveryFormat)
{
    for (int i = 0; i < ui::REPORT_ITEM_COUNT; ++i) {
        const auto item = static_cast<ReportItem>(i);
        for (const QString& extension : ReportDocument::formats(item)) {
            const QString path = dir.filePath(QStringLiteral("item%1.%2").arg(i).arg(extension));
            auto written = view->exportItem(item, path);
            ASSERT_TRUE(written) << path.toStdString() << ": " << written.error().message.toStdString();
            expectValid(path);
        }
    }
    const QByteArray csv = read(dir.filePath(QStringLiteral("item1.csv")));
    EXPECT_TRUE(csv.startsWith("Study,Design,Country")) << csv.left(80).toStdString();
    EXPECT_TRUE(csv.contains("ASTIS"));
    const QByteArray markdown = read(dir.filePath(QStringLiteral("item2.md")));
    EXPECT_TRUE(markdown.contains("mRSS"));

    auto wrong = view->exportItem(ReportItem::Prisma, dir.filePath(QStringLiteral("prisma.csv")));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, core::ErrorCode::InvalidArgument);
}

TEST_F(ReportsViewTest, FullReportIsOnePdfWithEveryItem)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    auto written = view->exportFullReport(path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    expectValid(path);

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext is not installed; the PDF's text was not checked";
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("PRISMA"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("mRSS")));
    EXPECT_TRUE(text.contains(QStringLiteral("Characteristics of the included studies")));
    EXPECT_TRUE(text.contains(QStringLiteral("ASTIS")));
}

TEST_F(ReportsViewTest, WritingIntoAMissingFolderFails)
{
    auto written = view->exportFullReport(dir.filePath(QStringLiteral("missing/folder/report.pdf")));
    EXPECT_FALSE(written);
    auto item = view->exportItem(ReportItem::StudyCharacteristics, dir.filePath(QStringLiteral("missing/t.csv")));
    ASSERT_FALSE(item);
    EXPECT_EQ(item.error().code, core::ErrorCode::Io);
}

TEST_F(ReportsViewTest, PreviewFollowsChangesToTheProject)
{
    view->setCurrentItem(ReportItem::StudyCharacteristics);
    EXPECT_FALSE(view->preview()->toPlainText().contains(QStringLiteral("Zz registry")));
    core::Study study;
    study.label = QStringLiteral("Zz registry");
    study.design = core::StudyDesign::Unknown;
    study.patientCount = 12;
    auto added = window.project()->studies().insert(study);
    ASSERT_TRUE(added);
    // What adding a study announces.
    window.session()->notifyChanged(core::edit::Change{
        QStringLiteral("Add study"),
        {core::edit::touched(core::edit::EntityKind::Study, added->value, core::edit::Operation::Created)}});
    const QString text = view->preview()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Zz registry"))) << text.right(300).toStdString();
}
