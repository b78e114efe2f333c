// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duplicates/DuplicateReviewWidget.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stemma;

TEST(DuplicateReviewWidgetTest, FindsAndResolvesAPairFromTheKeyboard)
{
    QTemporaryDir dir;
    auto created = core::ReviewProject::create(dir.filePath(QStringLiteral("d.stemma")));
    ASSERT_TRUE(created);
    auto project = std::move(*created);
    core::Reference reference;
    reference.title = QStringLiteral("Autologous stem cell transplantation for systemic sclerosis");
    reference.year = 2014;
    reference.journal = QStringLiteral("JAMA");
    reference.authors = {core::Author{QStringLiteral("van Laar"), QStringLiteral("JM"), {}}};
    const auto first = *project->references().insert(reference);
    reference.title = QStringLiteral("AUTOLOGOUS STEM-CELL TRANSPLANTATION FOR SYSTEMIC SCLEROSIS.");
    reference.year = 2015;
    const auto second = *project->references().insert(reference);
    reference.title = QStringLiteral("Something else entirely");
    ASSERT_TRUE(project->references().insert(reference));

    ui::DuplicateReviewWidget widget;
    widget.setProject(project.get());
    widget.show();
    EXPECT_EQ(widget.pendingCount(), 0);

    QSignalSpy found(&widget, &ui::DuplicateReviewWidget::findingFinished);
    widget.findDuplicates();
    ASSERT_TRUE(found.wait(20000));
    EXPECT_EQ(found.front().front().toInt(), 1);
    ASSERT_EQ(widget.pendingCount(), 1);
    EXPECT_EQ(widget.differingFields(), (QStringList{QStringLiteral("Title"), QStringLiteral("Year")}));

    QSignalSpy changed(&widget, &ui::DuplicateReviewWidget::referencesChanged);
    widget.setFocus();
    QTest::keyClick(&widget, Qt::Key_M);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(widget.pendingCount(), 0);
    EXPECT_EQ(project->references().get(second)->mergedInto, first);

    QTest::keyClick(&widget, Qt::Key_U);
    EXPECT_EQ(widget.pendingCount(), 1);
    EXPECT_FALSE(project->references().get(second)->mergedInto.isValid());

    QTest::keyClick(&widget, Qt::Key_N);
    EXPECT_EQ(widget.pendingCount(), 0);
    EXPECT_EQ(*project->references().count(), 3);
}
