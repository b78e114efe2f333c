// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/PrismaPanel.h"

#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ProjectSession.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace stemma;

namespace {

class PrismaPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        test::addLibraryReferences(*project, 3);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
    }

    std::unique_ptr<ui::ProjectSession> session;
    QTemporaryDir folder;
};

TEST_F(PrismaPanelTest, ExportsSvgThatParsesAsXml)
{
    ui::PrismaPanel panel(*session);
    const QString path = folder.filePath(QStringLiteral("prisma.svg"));
    ASSERT_TRUE(panel.exportTo(path)) << panel.statusText().toStdString();
    EXPECT_TRUE(panel.statusText().startsWith(QStringLiteral("Saved ")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == QLatin1String("text"))
                ++texts;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_GT(texts, 0);
}

TEST_F(PrismaPanelTest, ExportsPngAndPdfAndRefusesOtherExtensions)
{
    ui::PrismaPanel panel(*session);
    const QString png = folder.filePath(QStringLiteral("prisma.png"));
    ASSERT_TRUE(panel.exportTo(png)) << panel.statusText().toStdString();
    const QImage image(png);
    EXPECT_FALSE(image.isNull());
    const QString pdf = folder.filePath(QStringLiteral("prisma.pdf"));
    ASSERT_TRUE(panel.exportTo(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    EXPECT_FALSE(panel.exportTo(folder.filePath(QStringLiteral("prisma.gif"))));
    EXPECT_FALSE(QFile::exists(folder.filePath(QStringLiteral("prisma.gif"))));
}

TEST_F(PrismaPanelTest, RefreshDrawsTheDiagram)
{
    ui::PrismaPanel panel(*session);
    panel.refresh();
    EXPECT_FALSE(panel.diagram()->pixmap().isNull());
}

TEST_F(PrismaPanelTest, DrawsTheDiagramToThePanesWidth)
{
    ui::PrismaPanel panel(*session);
    panel.resize(1400, 900);
    panel.show();
    panel.refresh();
    const auto width = [&panel] {
        const QPixmap pixmap = panel.diagram()->pixmap();
        return pixmap.width() / pixmap.devicePixelRatio();
    };
    const qreal wide = width();
    EXPECT_LE(wide, 1400);

    panel.resize(560, 900);
    QCoreApplication::processEvents();
    const qreal narrow = width();
    EXPECT_LT(narrow, wide) << "a narrow pane gets a smaller drawing";
    EXPECT_LE(narrow, 560) << "both columns of boxes fit without scrolling sideways";

    panel.resize(120, 900);
    QCoreApplication::processEvents();
    EXPECT_GT(width(), 120) << "never shrunk past legibility: the pane scrolls instead";
}

} // namespace
