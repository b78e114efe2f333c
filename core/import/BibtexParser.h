// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads BibTeX and BibLaTeX files (JabRef, Zotero, Web of Science and Scopus exports).
 *
 * The file is read line by line and only the entry being read is held in memory. @string
 * macros (and the month names) are expanded, # concatenations joined and LaTeX decoded to
 * Unicode (see decodeLatex). @comment and @preamble blocks are skipped and do not count as
 * records. An entry with unbalanced braces or a missing key is reported with its line and
 * skipped; reading resumes at the next line that starts with '@'.
 */
class BibtexParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
