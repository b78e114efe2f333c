// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SettingsRepository.h"

#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class SettingsRepositoryTest : public ::testing::Test
{
protected:
    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    db::SettingsRepository& repository() { return project->settings(); }
};

} // namespace

TEST_F(SettingsRepositoryTest, UnsetKeyHasNoValue)
{
    auto value = repository().get(QStringLiteral("screening.blind"));
    ASSERT_TRUE(value);
    EXPECT_FALSE(value->has_value());
    EXPECT_EQ(*repository().value(QStringLiteral("screening.blind"), QStringLiteral("off")), QStringLiteral("off"));
}

TEST_F(SettingsRepositoryTest, SetReplacesAndRemoveForgets)
{
    ASSERT_TRUE(repository().set(QStringLiteral("screening.blind"), QStringLiteral("on")));
    EXPECT_EQ(**repository().get(QStringLiteral("screening.blind")), QStringLiteral("on"));
    ASSERT_TRUE(repository().set(QStringLiteral("screening.blind"), QStringLiteral("off")));
    EXPECT_EQ(*repository().value(QStringLiteral("screening.blind")), QStringLiteral("off"));
    ASSERT_TRUE(repository().set(QStringLiteral("highlight.terms"), QStringLiteral("MSC\nHSCT\n")));
    EXPECT_EQ(**repository().get(QStringLiteral("highlight.terms")), QStringLiteral("MSC\nHSCT\n"));
    ASSERT_TRUE(repository().set(QStringLiteral("empty"), QString()));
    EXPECT_EQ(**repository().get(QStringLiteral("empty")), QString());

    ASSERT_TRUE(repository().remove(QStringLiteral("screening.blind")));
    EXPECT_FALSE(repository().get(QStringLiteral("screening.blind"))->has_value());
    EXPECT_TRUE(repository().remove(QStringLiteral("never set")));
}

TEST_F(SettingsRepositoryTest, EmptyKeyIsRejected)
{
    EXPECT_EQ(repository().set(QString(), QStringLiteral("x")).error().code, ErrorCode::InvalidArgument);
}
