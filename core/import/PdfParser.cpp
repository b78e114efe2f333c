// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PdfParser.h"

#include "core/import/ArticlePageParser.h"
#include "core/import/Normalize.h"
#include "core/import/PdfText.h"

#include <QIODevice>
#include <QRegularExpression>

#include <optional>

namespace stemma::core::import {
namespace {

/** Titles that PDF producers write on their own: they name the file, not the article. */
bool isPlaceholderTitle(const QString& title)
{
    static const QRegularExpression placeholder(
        QStringLiteral("^(?:untitled|microsoft word\\b.*|.*\\.(?:docx?|pdf|tex|dvi|indd|rtf)|document\\d*|title)$"),
        QRegularExpression::CaseInsensitiveOption);
    return title.size() < 5 || placeholder.match(title).hasMatch();
}

QList<Author> authorsFromMetadata(const QString& text)
{
    QList<Author> authors;
    const QRegularExpression separator(text.contains(QLatin1Char(';')) ? QStringLiteral("\\s*;\\s*")
                                                                       : QStringLiteral("\\s*(?:,|\\band\\b|&)\\s*"));
    for (const QString& name : text.split(separator, Qt::SkipEmptyParts))
        if (const Author author = parseAuthorName(name); !author.family.isEmpty() || author.isCollective())
            authors.append(author);
    return authors;
}

QString firstDoi(const QString& text)
{
    static const QRegularExpression doi(QStringLiteral("\\b10\\.\\d{4,9}/[^\\s\"'<>]+"));
    QString found = doi.match(text).captured(0);
    while (!found.isEmpty() && QStringLiteral(".,;)]").contains(found.back()))
        found.chop(1);
    return found;
}

/**
 * The year printed on the first page next to the article's DOI ("J Invented Med. 2019; doi:
 * 10.5555/x"), outside the DOI itself, whose digits are no year. The PDF's own dates say when
 * the file was made, not when the work was published, so they are never used.
 */
std::optional<int> yearFromDoiLine(const QString& firstPage, const QString& doi)
{
    if (doi.isEmpty())
        return std::nullopt;
    static const QRegularExpression year(QStringLiteral("(?<![\\d./-])((?:19|20)\\d{2})(?![\\d/-])"));
    for (const QString& line : firstPage.split(QLatin1Char('\n'))) {
        if (!line.contains(doi))
            continue;
        QString rest = line;
        rest.remove(doi);
        if (const auto match = year.match(rest); match.hasMatch())
            return match.captured(1).toInt();
    }
    return std::nullopt;
}

} // namespace

QString PdfParser::format() const
{
    return QStringLiteral("pdf");
}

QString PdfParser::displayName() const
{
    return QStringLiteral("PDF article");
}

int PdfParser::confidence(const QByteArray& head, const QString& fileName) const
{
    // The header may follow a little junk; readers accept it within the first kilobyte.
    Q_UNUSED(fileName)
    const qsizetype marker = head.indexOf("%PDF-");
    return marker >= 0 && marker < 1024 ? 95 : 0;
}

Result<void> PdfParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read: %2").arg(fileName, device.errorString()));
    const QByteArray bytes = device.read(MAX_PDF_BYTES + 1);
    if (bytes.isEmpty())
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the file is empty").arg(fileName));
    if (bytes.size() > MAX_PDF_BYTES)
        return makeError(
            ErrorCode::Parse,
            QStringLiteral("%1: the PDF is larger than %2 MB").arg(fileName).arg(MAX_PDF_BYTES / (1024 * 1024)));
    auto pdf = PdfText::read(bytes, fileName);
    if (!pdf)
        return pdf.error();
    const QString text = pdf->text();

    ParsedRecord record = ArticlePageParser::recordFromText(text);
    Reference& reference = record.reference;
    if (const QString title = normalizeWhitespace(pdf->title); !isPlaceholderTitle(title))
        reference.title = title;
    if (const QList<Author> authors = authorsFromMetadata(pdf->author); !authors.isEmpty())
        reference.authors = authors;
    if (const QString doi = firstDoi(text); !doi.isEmpty())
        reference.doi = doi;
    // The year comes from the text only (citation line, "Published: ...", copyright line, or the DOI
    // line on page 1); when none names it, "year" is reported as not found rather than guessed.
    if (!reference.year)
        reference.year = yearFromDoiLine(pdf->pages.front(), firstDoi(pdf->pages.front()));
    if (reference.type == PublicationType::WebPage && !record.isGreyLiterature)
        reference.type = PublicationType::JournalArticle;

    record.notFound.clear();
    record.notFound << missingEssentials(reference);
    if (reference.journal.isEmpty())
        record.notFound << QStringLiteral("journal");
    if (reference.abstract.isEmpty())
        record.notFound << QStringLiteral("abstract");
    if (reference.doi.isEmpty())
        record.notFound << QStringLiteral("doi");
    if (text.trimmed().isEmpty())
        sink.problem({ImportProblem::Severity::Warning,
                      fileName,
                      0,
                      1,
                      QStringLiteral("the PDF holds no text (a scanned document?); only its metadata was read")});

    record.rawText = text;
    record.recordNumber = 1;
    record.line = 0;
    record.fullTextContent = bytes;
    record.fullTextMimeType = QStringLiteral("application/pdf");
    record.fullText = text;
    if (!sink.record(std::move(record)))
        return makeError(ErrorCode::Cancelled, QStringLiteral("%1: import cancelled").arg(fileName));
    return {};
}

} // namespace stemma::core::import
