// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QListWidget;

namespace stemma::ui {

/**
 * The quick-pick palette: type part of a tag's name (or its path, "MSC / Dose") and press Enter.
 * A QCompleter over the tag paths completes as you type; the list below shows the matches.
 */
class TagPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagPicker)

public:
    TagPicker(const std::vector<core::Tag>& tags, QWidget* parent = nullptr);

    /** The tag chosen, invalid when cancelled or nothing matched. */
    core::TagId chosen() const;
    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }

    /** "Intervention / MSC / Dose" for every tag. */
    static QString pathOf(const std::vector<core::Tag>& tags, const core::Tag& tag);

private:
    void filter(const QString& text);

    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace stemma::ui
