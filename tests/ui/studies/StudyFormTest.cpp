// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The study form in the Studies part: the design by its readable name, the level of evidence,
// an arm's label and size, and the study's several reports, each change one undo step.
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"
#include "ui/studies/ArmEditor.h"
#include "ui/studies/ReferencePicker.h"
#include "ui/studies/StudiesView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stemma;
using namespace stemma::core;

namespace {

class StudyFormTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        trial = addReference(*project, "Autologous HSCT versus cyclophosphamide in systemic sclerosis", 2014);
        followUp = addReference(*project, "Long-term follow-up of the transplant trial", 2019);
        unrelated = addReference(*project, "Umbilical-cord MSC for digital ulcers", 2021);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        view = std::make_unique<ui::StudiesView>(*session);
        view->resize(1200, 800);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ASSERT_TRUE(view->addStudy(QStringLiteral("ASTIS"), trial));
    }

    static ReferenceId addReference(ReviewProject& project, const char* title, int year)
    {
        Reference reference;
        reference.title = QString::fromLatin1(title);
        reference.year = year;
        return *project.references().insert(reference);
    }

    Study stored() { return *session->project().studies().get(view->currentStudy()); }

    QStringList listed() const
    {
        QStringList rows;
        for (int i = 0; i < view->referenceList()->count(); ++i)
            rows << view->referenceList()->item(i)->text();
        return rows;
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::StudiesView> view;
    ReferenceId trial, followUp, unrelated;
};

} // namespace

TEST_F(StudyFormTest, DesignIsChosenByItsReadableName)
{
    QComboBox* design = view->designBox();
    ASSERT_NE(design, nullptr);
    EXPECT_EQ(view->fieldEditor(edit::StudyField::Design), nullptr); // no free-text box for a code
    EXPECT_EQ(design->currentText(), QStringLiteral("Not yet classified"));
    const int rct = design->findData(QStringLiteral("rct"));
    ASSERT_GE(rct, 0);
    EXPECT_EQ(design->itemText(rct), displayName(StudyDesign::Rct));
    EXPECT_FALSE(design->itemText(rct).contains(QStringLiteral("rct")));
    design->setCurrentIndex(rct);
    emit design->activated(rct);
    EXPECT_EQ(stored().design, StudyDesign::Rct);

    QLineEdit* level = view->fieldEditor(edit::StudyField::EvidenceLevel);
    ASSERT_NE(level, nullptr);
    level->setText(QStringLiteral("1b"));
    emit level->editingFinished();
    EXPECT_EQ(stored().evidenceLevel, QStringLiteral("1b"));

    session->undoStack()->undo();
    EXPECT_EQ(stored().evidenceLevel, QString());
    EXPECT_EQ(level->text(), QString());
    session->undoStack()->undo();
    EXPECT_EQ(stored().design, StudyDesign::Unknown);
    EXPECT_EQ(design->currentText(), QStringLiteral("Not yet classified"));
}

TEST_F(StudyFormTest, SelectingAnArmEditsItsLabelAndSize)
{
    ASSERT_TRUE(view->addArm(QStringLiteral("HSCT")));
    const ArmId arm = view->targetArm();
    ASSERT_TRUE(view->selectItem(QStringLiteral("arm"), arm.value));
    ui::ArmEditor* editor = view->armEditor();
    ASSERT_TRUE(editor->isVisibleTo(view.get()));
    EXPECT_EQ(editor->arm(), arm);
    QLineEdit* label = editor->editor(edit::ArmField::Label);
    QLineEdit* size = editor->editor(edit::ArmField::Size);
    EXPECT_EQ(label->text(), QStringLiteral("HSCT"));
    label->setText(QStringLiteral("Autologous HSCT"));
    emit label->editingFinished();
    size->setText(QStringLiteral("79"));
    emit size->editingFinished();
    EXPECT_EQ(session->project().studies().arm(arm)->label, QStringLiteral("Autologous HSCT"));
    EXPECT_EQ(session->project().studies().arm(arm)->size, 79);
    // The tree shows the new label and size.
    bool shown = false;
    for (int i = 0; i < view->structureTree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = view->structureTree()->topLevelItem(i);
        shown |= item->text(0) == QStringLiteral("Arm Autologous HSCT") && item->text(1) == QStringLiteral("n = 79");
    }
    EXPECT_TRUE(shown);
    // Refused text shows the stored value again.
    size->setText(QStringLiteral("many"));
    emit size->editingFinished();
    EXPECT_EQ(size->text(), QStringLiteral("79"));
    session->undoStack()->undo();
    EXPECT_FALSE(session->project().studies().arm(arm)->size.has_value());
    session->undoStack()->undo();
    EXPECT_EQ(label->text(), QStringLiteral("HSCT"));
}

TEST_F(StudyFormTest, LinksAFollowUpReportFromTheLibraryAndUnlinksIt)
{
    EXPECT_EQ(listed(),
              QStringList{QStringLiteral("Autologous HSCT versus cyclophosphamide in systemic sclerosis "
                                         "(2014)")});
    // Click "Link Reference…", type words of the follow-up's title and press Enter.
    bool listedOnlyTheMatch = false;
    QTimer::singleShot(0, view.get(), [&] {
        auto* picker = qobject_cast<ui::ReferencePicker*>(QApplication::activeModalWidget());
        if (!picker)
            return;
        QTest::keyClicks(picker->filterEdit(), QStringLiteral("long-term follow"));
        listedOnlyTheMatch = picker->list()->count() == 1;
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        if (picker->isVisible())
            picker->reject();
    });
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("linkReferenceButton")), Qt::LeftButton);
    EXPECT_TRUE(listedOnlyTheMatch);
    EXPECT_EQ(stored().references, (QList<ReferenceId>{trial, followUp}));
    ASSERT_EQ(view->referenceList()->count(), 2);
    EXPECT_EQ(view->referenceList()->item(1)->text(),
              QStringLiteral("Long-term follow-up of the transplant trial (2019)"));
    // Linking it twice is not offered as a second edit.
    EXPECT_FALSE(view->linkReference(followUp));

    // Select the trial's main paper and click Unlink; undo puts it back first.
    view->referenceList()->setCurrentRow(0);
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("unlinkReferenceButton")), Qt::LeftButton);
    EXPECT_EQ(stored().references, QList<ReferenceId>{followUp});
    EXPECT_EQ(view->referenceList()->count(), 1);
    session->undoStack()->undo();
    EXPECT_EQ(stored().references, (QList<ReferenceId>{trial, followUp}));
    session->undoStack()->undo();
    EXPECT_EQ(stored().references, QList<ReferenceId>{trial});
    EXPECT_EQ(view->referenceList()->count(), 1);
}

TEST_F(StudyFormTest, ReferencePickerFindsByTitleWords)
{
    ui::ReferencePicker picker(session->project());
    EXPECT_EQ(picker.list()->count(), 3);
    picker.filterEdit()->setText(QStringLiteral("umbilical"));
    ASSERT_EQ(picker.list()->count(), 1);
    EXPECT_EQ(picker.chosen(), unrelated);
    EXPECT_TRUE(picker.list()->item(0)->text().contains(QStringLiteral("(2021)")));
    picker.filterEdit()->setText(QStringLiteral("no such words"));
    EXPECT_EQ(picker.list()->count(), 0);
    EXPECT_FALSE(picker.chosen().isValid());
}
