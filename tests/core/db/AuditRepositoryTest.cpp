// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/AuditRepository.h"

#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

AuditEntry entry(int minute, const QString& entity, qint64 entityId, const QString& action)
{
    return AuditEntry{AuditEntryId(),
                      QDateTime(QDate(2026, 5, 6), QTime(9, minute, 0, 500), Qt::UTC),
                      QStringLiteral("Anna"),
                      action,
                      entity,
                      entityId,
                      QStringLiteral("detail %1").arg(minute)};
}

class AuditRepositoryTest : public ::testing::Test
{
protected:
    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    db::AuditRepository& repository() { return project->audit(); }
};

} // namespace

TEST_F(AuditRepositoryTest, AppendRoundTripsEveryField)
{
    AuditEntry stored = entry(1, QStringLiteral("study"), 7, QStringLiteral("edit"));
    auto id = repository().append(stored);
    ASSERT_TRUE(id);
    stored.id = *id;
    EXPECT_EQ(*repository().list(), std::vector<AuditEntry>{stored});
}

TEST_F(AuditRepositoryTest, ListIsNewestFirstWithLimitAndFilters)
{
    AuditEntry a = entry(1, QStringLiteral("study"), 7, QStringLiteral("edit"));
    AuditEntry b = entry(3, QStringLiteral("reference"), 2, QStringLiteral("import"));
    AuditEntry c = entry(2, QStringLiteral("study"), 8, QStringLiteral("edit"));
    a.id = *repository().append(a);
    b.id = *repository().append(b);
    c.id = *repository().append(c);

    EXPECT_EQ(*repository().list(), (std::vector<AuditEntry>{b, c, a}));
    db::AuditQuery limited;
    limited.limit = 2;
    EXPECT_EQ(*repository().list(limited), (std::vector<AuditEntry>{b, c}));
    db::AuditQuery studies;
    studies.entity = QStringLiteral("study");
    EXPECT_EQ(*repository().list(studies), (std::vector<AuditEntry>{c, a}));
    studies.entityId = 7;
    EXPECT_EQ(*repository().list(studies), std::vector<AuditEntry>{a});
    studies.entity = QStringLiteral("patient");
    EXPECT_TRUE(repository().list(studies)->empty());
}

TEST_F(AuditRepositoryTest, EmptyTimeAndDetail)
{
    AuditEntry bare;
    bare.actor = QStringLiteral("stemma-cli");
    bare.action = QStringLiteral("init");
    bare.entity = QStringLiteral("project");
    ASSERT_TRUE(repository().append(bare));
    auto entries = repository().list();
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_TRUE(entries->front().at.isValid());
    EXPECT_TRUE(entries->front().detail.isEmpty());
    EXPECT_EQ(entries->front().entityId, 0);
}
