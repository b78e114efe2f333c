// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Reference.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::screening {

/** A PDF read from disk: the bytes to keep and the text to match and search on. */
struct PdfFile
{
    QString path;
    QByteArray content;
    QString firstPageText; ///< the first two pages, where an article prints its own DOI and title
    QString text;          ///< every page
    QString metadataTitle;
};

/** How a PDF was tied to a reference. */
enum class MatchKind { Doi, Title };

struct FullTextMatch
{
    QString path;
    ReferenceId reference;
    MatchKind kind = MatchKind::Doi;
    bool alreadyAttached = false; ///< the reference already had this very file

    friend bool operator==(const FullTextMatch&, const FullTextMatch&) = default;
};

/** What attaching a folder did: PDFs matched (and attached), PDFs no reference matched, files not read. */
struct FullTextMatchReport
{
    std::vector<FullTextMatch> matched;
    QStringList unmatched; ///< paths
    QStringList failed;    ///< "file: reason"
};

/**
 * Attaches article PDFs to references as their full text, one at a time or a whole folder by
 * matching: first a DOI printed on the first two pages that a reference carries, else a
 * reference title found on those pages (or in the PDF's Title metadata). DOIs deeper in the
 * text are ignored on purpose: they belong to the article's own reference list.
 */
class FullTextMatcher
{
public:
    /** Titles shorter than this (after normalising) are too generic to match on. */
    static constexpr int MIN_TITLE_LENGTH = 20;

    /** Reads \a path with poppler; errors for a missing, damaged, encrypted or too large file. */
    static Result<PdfFile> readPdf(const QString& path);
    /** Lower case letters and digits with single spaces: the form titles are compared in. */
    static QString titleKey(const QString& text);

    explicit FullTextMatcher(ReviewProject& project);

    /** The reference \a pdf belongs to, if one matches. */
    Result<std::optional<FullTextMatch>> match(const PdfFile& pdf);
    /** Stores \a path as a full text of \a reference, with an audit entry naming \a actor. */
    Result<FullTextId> attach(ReferenceId reference, const QString& path, const QString& actor);
    /** Matches every *.pdf directly in \a folder and attaches the matched ones not attached yet. */
    Result<FullTextMatchReport> attachFolder(const QString& folder, const QString& actor);

private:
    Result<void> loadTitles();
    Result<FullTextId> store(ReferenceId reference, const PdfFile& pdf, const QString& actor);

    ReviewProject& m_project;
    bool m_titlesLoaded = false;
    std::vector<std::pair<QString, ReferenceId>> m_titles; ///< title key and reference, longest key first
};

} // namespace stemma::core::screening
