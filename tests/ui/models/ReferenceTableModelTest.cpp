// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ReferenceTableModel.h"

#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace stemma;
using ui::ReferenceTableModel;

namespace {

class ReferenceTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        test::addLibraryReferences(*project, 50);
        model = std::make_unique<ReferenceTableModel>(*project);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QString cell(int row, int column) const { return model->index(row, column).data().toString(); }

    std::unique_ptr<core::ReviewProject> project = test::makeMemoryProject();
    std::unique_ptr<ReferenceTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(ReferenceTableModelTest, ShowsEveryColumnOfARow)
{
    ASSERT_EQ(model->rowCount(), 50);
    EXPECT_EQ(model->columnCount(), 6);
    model->sort(ReferenceTableModel::TitleColumn, Qt::AscendingOrder);
    // Titles sort "Haematopoietic … cohort 1", "… cohort 10", …; the first is reference 1.
    EXPECT_EQ(cell(0, ReferenceTableModel::TitleColumn),
              QStringLiteral("Haematopoietic stem cell transplantation, cohort 1"));
    EXPECT_EQ(cell(0, ReferenceTableModel::AuthorsColumn), QStringLiteral("Author1 A, Second B, et al."));
    EXPECT_EQ(model->index(0, ReferenceTableModel::YearColumn).data().toInt(), 2001);
    EXPECT_EQ(cell(0, ReferenceTableModel::JournalColumn), QStringLiteral("Journal 1"));
    EXPECT_EQ(cell(0, ReferenceTableModel::TypeColumn), QStringLiteral("Journal article"));
    EXPECT_EQ(cell(0, ReferenceTableModel::IdentifierColumn), QStringLiteral("10.5555/stemma.1"));
    EXPECT_EQ(model->index(0, 0).data(ReferenceTableModel::ReferenceIdRole).toLongLong(), 1);
    EXPECT_EQ(model->headerData(ReferenceTableModel::IdentifierColumn, Qt::Horizontal).toString(),
              QStringLiteral("DOI / PMID"));
}

TEST_F(ReferenceTableModelTest, ReadsPagesOnlyWhenAsked)
{
    // A fresh model without the tester, which reads rows on its own.
    ReferenceTableModel fresh(*project);
    EXPECT_EQ(fresh.rowCount(), 50);
    EXPECT_EQ(fresh.cachedPageCount(), 0);
    (void)fresh.index(0, 0).data();
    EXPECT_EQ(fresh.cachedPageCount(), 1);
}

TEST_F(ReferenceTableModelTest, SortsByYearInSql)
{
    model->sort(ReferenceTableModel::YearColumn, Qt::AscendingOrder);
    EXPECT_EQ(model->index(0, ReferenceTableModel::YearColumn).data().toInt(), 2000);
    EXPECT_EQ(model->index(49, ReferenceTableModel::YearColumn).data().toInt(), 2019);
    int previous = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int year = model->index(row, ReferenceTableModel::YearColumn).data().toInt();
        EXPECT_GE(year, previous) << "row " << row;
        previous = year;
    }
    model->sort(ReferenceTableModel::YearColumn, Qt::DescendingOrder);
    EXPECT_EQ(model->index(0, ReferenceTableModel::YearColumn).data().toInt(), 2019);
}

TEST_F(ReferenceTableModelTest, FiltersByYearRangeAndType)
{
    core::db::LibraryFilter filter;
    filter.yearFrom = 2005;
    filter.yearTo = 2006;
    model->setFilter(filter);
    // Years 2005 and 2006 come from i = 5, 6, 25, 26, 45, 46.
    EXPECT_EQ(model->rowCount(), 6);
    EXPECT_EQ(model->totalCount(), 50);
    filter.type = core::PublicationType::ConferenceAbstract;
    model->setFilter(filter);
    EXPECT_EQ(model->rowCount(), 3); // i = 5, 25, 45
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(cell(row, ReferenceTableModel::TypeColumn), QStringLiteral("Conference abstract"));
}

TEST_F(ReferenceTableModelTest, RowOfFindsAReferenceUnderTheCurrentSort)
{
    model->sort(ReferenceTableModel::TitleColumn, Qt::AscendingOrder);
    const int row = model->rowOf(core::ReferenceId(7));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->referenceId(row), core::ReferenceId(7));
}

TEST(ReferenceTableModelStaticTest, ShortAuthorsNamesTwoThenEtAl)
{
    core::db::LibraryRow row;
    row.firstAuthors = {core::Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M"), {}}};
    row.authorCount = 1;
    EXPECT_EQ(ReferenceTableModel::shortAuthors(row), QStringLiteral("van Laar JM"));
    row.firstAuthors.append(core::Author{{}, {}, QStringLiteral("EBMT Group")});
    row.authorCount = 2;
    EXPECT_EQ(ReferenceTableModel::shortAuthors(row), QStringLiteral("van Laar JM, EBMT Group"));
}

TEST_F(ReferenceTableModelTest, RefreshMovesAnEditedRowAndItsSelection)
{
    model->sort(ReferenceTableModel::TitleColumn, Qt::AscendingOrder);
    const QPersistentModelIndex selected = model->index(model->rowOf(core::ReferenceId(4)), 0);
    ASSERT_NE(selected.row(), 0);
    core::Reference reference = *project->references().get(core::ReferenceId(4));
    reference.title = QStringLiteral("AAA first by title");
    ASSERT_TRUE(project->references().update(reference));
    model->refresh();
    EXPECT_EQ(selected.row(), 0);
    EXPECT_EQ(model->index(0, ReferenceTableModel::TitleColumn).data().toString(),
              QStringLiteral("AAA first by title"));
    EXPECT_EQ(model->rowCount(), 50);
}
