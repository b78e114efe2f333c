// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/Comparison.h"

#include <QString>

class QTextDocument;

namespace stemma::render {

/**
 * A comparison as a document: title, method note, the comparison and study tables and the forest
 * plot, written as ODT (QTextDocumentWriter) or PDF (QPdfWriter). Needs a QGuiApplication.
 */
class ComparisonDocument
{
public:
    explicit ComparisonDocument(core::compare::Comparison comparison);

    /// Fills \a document with the tables and the forest plot image.
    void build(QTextDocument& document) const;
    core::Result<void> writeOdt(const QString& path) const;
    core::Result<void> writePdf(const QString& path) const;

private:
    core::compare::Comparison m_comparison;
};

} // namespace stemma::render
