// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/grade/SummaryOfFindings.h"

class QTextDocument;

namespace stemma::render {

/** A summary-of-findings table with its footnotes as an ODT or PDF document. Needs a QGuiApplication. */
class SummaryOfFindingsDocument
{
public:
    explicit SummaryOfFindingsDocument(core::grade::SummaryOfFindings sof);

    void build(QTextDocument& document) const;
    core::Result<void> writeOdt(const QString& path) const;
    core::Result<void> writePdf(const QString& path) const;

private:
    core::grade::SummaryOfFindings m_sof;
};

} // namespace stemma::render
