// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PdfText.h"

#include "core/Log.h"

#include <limits>
#include <memory>
#include <mutex>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace stemma::core::import {
namespace {

QString fromPoppler(const poppler::ustring& text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

/** Poppler reports broken objects on stderr by default; they belong in the log. */
void routePopplerMessagesToLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function(
            [](const std::string& message, void*) { log::import()->debug("poppler: {}", message); }, nullptr);
    });
}

} // namespace

Result<PdfText> PdfText::read(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.left(1024).indexOf("%PDF-") < 0)
        return makeError(ErrorCode::Parse, QStringLiteral("%1: not a PDF file (no %PDF- header)").arg(fileName));
    if (bytes.size() > std::numeric_limits<int>::max())
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the PDF is too large").arg(fileName));
    routePopplerMessagesToLog();
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.constData(), static_cast<int>(bytes.size())));
    if (!document)
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the PDF is damaged and cannot be read").arg(fileName));
    if (document->is_locked())
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1: the PDF is encrypted with a password; save an unprotected copy and "
                                        "import that")
                             .arg(fileName));
    const int pageCount = document->pages();
    if (pageCount <= 0)
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the PDF has no pages").arg(fileName));

    PdfText pdf;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        pdf.pages.append(page ? fromPoppler(page->text()) : QString());
    }
    pdf.title = fromPoppler(document->info_key("Title"));
    pdf.author = fromPoppler(document->info_key("Author"));
    return pdf;
}

} // namespace stemma::core::import
