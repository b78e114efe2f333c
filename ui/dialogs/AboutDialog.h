// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace stemma::ui {

/** Help ▸ About Stemma: the version, and the libraries Stemma uses with their versions and licences. */
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    /** The dialog's text as rich text; also what the tests read. */
    static QString aboutHtml();
};

} // namespace stemma::ui
