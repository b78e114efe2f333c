// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

/**
 * Picks a reference from the library by typing words of its title or an author's name: the
 * list shows the matches (newest first, at most LIMIT) and Enter or a double-click takes one.
 */
class ReferencePicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferencePicker)

public:
    static constexpr int LIMIT = 200;

    explicit ReferencePicker(core::ReviewProject& project, QWidget* parent = nullptr);
    ~ReferencePicker() override;

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    /** The highlighted reference; invalid when nothing matches. */
    core::ReferenceId chosen() const;

private:
    void refill();

    core::ReviewProject& m_project;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace stemma::ui
