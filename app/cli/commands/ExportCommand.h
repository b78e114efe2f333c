// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace stemma::cli {

/** `stemma-cli export`: references as RIS, BibTeX, CSL-JSON, EndNote XML, MEDLINE or CSV. */
class ExportCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace stemma::cli
