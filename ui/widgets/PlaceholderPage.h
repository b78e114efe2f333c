// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace stemma::ui {

/** A part of the workstation that is not built yet: says what it will hold, and nothing pretends to work. */
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
    ~PlaceholderPage() override;

    QString title() const;
    QString description() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
};

} // namespace stemma::ui
