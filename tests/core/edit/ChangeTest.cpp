// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/Change.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace stemma::core::edit;

TEST(ChangeTest, JsonRoundTripKeepsEveryEntity)
{
    Change change{QStringLiteral("Accept patients 12"),
                  {touched(EntityKind::Study, 4, Operation::Updated, {QStringLiteral("patientCount")}),
                   touched(EntityKind::TagSpan, 19, Operation::Created),
                   touched(EntityKind::Reference, 7, Operation::Updated, {QStringLiteral("tag_spans")})}};
    const QByteArray wire = QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
    auto read = Change::fromJson(QJsonDocument::fromJson(wire).object());
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(*read, change);
    EXPECT_TRUE(wire.contains("\"kind\":\"tag_span\""));
}

TEST(ChangeTest, UnknownKindIsReportedWithItsPosition)
{
    const auto json = QJsonDocument::fromJson(
                          R"({"text":"x","entities":[{"kind":"study","id":1,"operation":"updated"},
                              {"kind":"planet","id":2,"operation":"created"}]})")
                          .object();
    auto read = Change::fromJson(json);
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("entity 2")));
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("planet")));
}

TEST(ChangeTest, ReversedSwapsCreatedAndRemovedInReverseOrder)
{
    Change change{QStringLiteral("Add arm"),
                  {touched(EntityKind::Arm, 3, Operation::Created), touched(EntityKind::Study, 1, Operation::Updated)}};
    const Change undo = change.reversed();
    ASSERT_EQ(undo.entities.size(), 2);
    EXPECT_EQ(undo.entities[0], touched(EntityKind::Study, 1, Operation::Updated));
    EXPECT_EQ(undo.entities[1], touched(EntityKind::Arm, 3, Operation::Removed));
    EXPECT_EQ(undo.createdId(EntityKind::Arm), 0);
    EXPECT_EQ(change.createdId(EntityKind::Arm), 3);
    EXPECT_EQ(change.ids(EntityKind::Study), QList<qint64>{1});
}
