// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/FullTextMatcher.h"

#include "core/ReviewProject.h"
#include "core/db/AuditRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/TransactionGuard.h"
#include "core/import/Normalize.h"
#include "core/import/PdfParser.h"
#include "core/import/PdfText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace stemma::core::screening {
namespace {

constexpr int FIRST_PAGES = 2;

QStringList dois(const QString& text)
{
    static const QRegularExpression doi(QStringLiteral("\\b10\\.\\d{4,9}/[^\\s\"'<>]+"));
    QStringList found;
    auto matches = doi.globalMatch(text);
    while (matches.hasNext()) {
        QString value = matches.next().captured(0);
        while (!value.isEmpty() && QStringLiteral(".,;)]").contains(value.back()))
            value.chop(1);
        found << value;
    }
    return found;
}

} // namespace

Result<PdfFile> FullTextMatcher::readPdf(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read: %2").arg(name, file.errorString()));
    if (file.size() > import::PdfParser::MAX_PDF_BYTES)
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the PDF is too large").arg(name));
    PdfFile pdf;
    pdf.path = path;
    pdf.content = file.readAll();
    auto read = import::PdfText::read(pdf.content, name);
    if (!read)
        return read.error();
    pdf.text = read->text();
    pdf.firstPageText = read->pages.mid(0, FIRST_PAGES).join(QStringLiteral("\n\n"));
    pdf.metadataTitle = import::normalizeWhitespace(read->title);
    return pdf;
}

QString FullTextMatcher::titleKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    bool space = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            key += c.toLower();
            space = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            space = true; // hyphens, line breaks and punctuation all separate words alike
        }
    }
    return key;
}

FullTextMatcher::FullTextMatcher(ReviewProject& project)
    : m_project(project)
{
}

Result<void> FullTextMatcher::loadTitles()
{
    if (m_titlesLoaded)
        return {};
    m_titles.clear();
    STEMMA_TRY(m_project.references().forEach({}, [this](const Reference& reference) {
        const QString key = titleKey(reference.title);
        if (key.size() >= MIN_TITLE_LENGTH)
            m_titles.emplace_back(key, reference.id);
        return true;
    }));
    // The longest title wins when one title is part of another ("… in systemic sclerosis: a follow-up").
    std::stable_sort(
        m_titles.begin(), m_titles.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    m_titlesLoaded = true;
    return {};
}

Result<std::optional<FullTextMatch>> FullTextMatcher::match(const PdfFile& pdf)
{
    for (const QString& doi : dois(pdf.firstPageText)) {
        auto found = m_project.references().findByDoi(import::normalizeDoi(doi));
        if (!found)
            return found.error();
        if (*found)
            return std::optional<FullTextMatch>(FullTextMatch{pdf.path, **found, MatchKind::Doi});
    }
    STEMMA_TRY(loadTitles());
    const QString metadata = titleKey(pdf.metadataTitle);
    const QString page = titleKey(pdf.firstPageText);
    for (const auto& [key, reference] : m_titles) {
        if (key == metadata || page.contains(key))
            return std::optional<FullTextMatch>(FullTextMatch{pdf.path, reference, MatchKind::Title});
    }
    return std::optional<FullTextMatch>();
}

Result<FullTextId> FullTextMatcher::attach(ReferenceId reference, const QString& path, const QString& actor)
{
    auto pdf = readPdf(path);
    if (!pdf)
        return pdf.error();
    auto exists = m_project.references().get(reference);
    if (!exists)
        return exists.error();
    return store(reference, *pdf, actor);
}

Result<FullTextId> FullTextMatcher::store(ReferenceId reference, const PdfFile& pdf, const QString& actor)
{
    db::TransactionGuard transaction(m_project.database());
    auto id = m_project.references().addFullText(FullText{FullTextId(),
                                                          reference,
                                                          QFileInfo(pdf.path).fileName(),
                                                          QStringLiteral("application/pdf"),
                                                          pdf.content,
                                                          pdf.text});
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = actor.isEmpty() ? QStringLiteral("unknown") : actor;
    entry.action = QStringLiteral("attach");
    entry.entity = QStringLiteral("reference");
    entry.entityId = reference.value;
    entry.detail = QStringLiteral("full text ") + QFileInfo(pdf.path).fileName();
    STEMMA_TRY(m_project.audit().append(entry));
    STEMMA_TRY(transaction.commit());
    return *id;
}

Result<FullTextMatchReport> FullTextMatcher::attachFolder(const QString& folder, const QString& actor)
{
    const QDir dir(folder);
    if (!dir.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such folder").arg(folder));
    FullTextMatchReport report;
    const QStringList names =
        dir.entryList({QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        auto pdf = readPdf(path);
        if (!pdf) {
            report.failed << pdf.error().message;
            continue;
        }
        auto found = match(*pdf);
        if (!found)
            return found.error();
        if (!*found) {
            report.unmatched << path;
            continue;
        }
        FullTextMatch matched = **found;
        auto existing = m_project.references().fullTexts(matched.reference);
        if (!existing)
            return existing.error();
        matched.alreadyAttached = std::any_of(
            existing->begin(), existing->end(), [&pdf](const FullText& text) { return text.content == pdf->content; });
        if (!matched.alreadyAttached) {
            auto stored = store(matched.reference, *pdf, actor);
            if (!stored)
                return stored.error();
        }
        report.matched.push_back(matched);
    }
    return report;
}

} // namespace stemma::core::screening
