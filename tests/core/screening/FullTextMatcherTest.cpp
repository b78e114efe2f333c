// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/FullTextMatcher.h"

#include "core/db/AuditRepository.h"
#include "core/db/ReferenceRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace stemma::core;
using stemma::core::screening::FullTextMatcher;
using stemma::core::screening::MatchKind;

namespace {

/** A small valid PDF with one line of Helvetica text per entry of \a pages, one page each. */
QByteArray makePdf(const QStringList& pages, const QString& title = {})
{
    QList<QByteArray> objects;
    const int pageCount = static_cast<int>(pages.size());
    const int firstPage = 4; // 1 catalog, 2 page tree, 3 font, then a page and its contents per page
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    for (int i = 0; i < pageCount; ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                   "/Contents " +
                       QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>";
        const QByteArray stream = "BT /F1 10 Tf 40 700 Td (" + pages[i].toLatin1() + ") Tj ET";
        objects << "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream";
    }
    objects << "<< /Title (" + title.toLatin1() + ") >>";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info " +
           QByteArray::number(objects.size()) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

class FullTextMatcherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        ASSERT_TRUE(folder.isValid());
        addReference(QStringLiteral("Autologous stem cell transplantation in systemic sclerosis"),
                     QStringLiteral("10.5555/stemma.1"));
        addReference(QStringLiteral("Mesenchymal stromal cells for digital ulcers: a pilot trial"),
                     QStringLiteral("10.5555/stemma.2"));
        addReference(QStringLiteral("Short title"), {});
    }

    void addReference(const QString& title, const QString& doi)
    {
        Reference reference;
        reference.title = title;
        reference.doi = doi;
        refs.push_back(*project->references().insert(reference));
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = folder.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    QTemporaryDir folder;
    std::vector<ReferenceId> refs;
};

TEST_F(FullTextMatcherTest, ReadsTextPagesAndMetadataTitle)
{
    const QString path =
        write(QStringLiteral("a.pdf"),
              makePdf({QStringLiteral("First page"), QStringLiteral("Second"), QStringLiteral("Third")},
                      QStringLiteral("A title")));
    auto pdf = FullTextMatcher::readPdf(path);
    ASSERT_TRUE(pdf) << pdf.error().message.toStdString();
    EXPECT_EQ(pdf->path, path);
    EXPECT_TRUE(pdf->firstPageText.contains(QStringLiteral("First page")));
    EXPECT_TRUE(pdf->firstPageText.contains(QStringLiteral("Second")));
    EXPECT_FALSE(pdf->firstPageText.contains(QStringLiteral("Third")));
    EXPECT_TRUE(pdf->text.contains(QStringLiteral("Third")));
    EXPECT_EQ(pdf->metadataTitle, QStringLiteral("A title"));
    EXPECT_TRUE(pdf->content.startsWith("%PDF-1.4"));
}

TEST_F(FullTextMatcherTest, RejectsFilesThatAreNotPdfs)
{
    auto notPdf = FullTextMatcher::readPdf(write(QStringLiteral("b.pdf"), "just some text"));
    ASSERT_FALSE(notPdf);
    EXPECT_EQ(notPdf.error().code, ErrorCode::Parse);
    auto missing = FullTextMatcher::readPdf(folder.filePath(QStringLiteral("missing.pdf")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
}

TEST_F(FullTextMatcherTest, TitleKeyKeepsOnlyLowerCaseWords)
{
    EXPECT_EQ(FullTextMatcher::titleKey(QStringLiteral("  Mesenchymal-Stromal Cells:\nA  Trial (Phase I) ")),
              QStringLiteral("mesenchymal stromal cells a trial phase i"));
    EXPECT_EQ(FullTextMatcher::titleKey(QStringLiteral("Sjögren")), QStringLiteral("sjogren"));
}

TEST_F(FullTextMatcherTest, MatchesByDoiOnTheFirstPages)
{
    auto pdf = FullTextMatcher::readPdf(
        write(QStringLiteral("doi.pdf"), makePdf({QStringLiteral("Rheumatology https://doi.org/10.5555/STEMMA.2.")})));
    ASSERT_TRUE(pdf);
    FullTextMatcher matcher(*project);
    auto found = matcher.match(*pdf);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->reference, refs[1]);
    EXPECT_EQ((*found)->kind, MatchKind::Doi);
}

TEST_F(FullTextMatcherTest, MatchesByTitleWhenNoDoiIsKnown)
{
    FullTextMatcher matcher(*project);
    auto onPage = FullTextMatcher::readPdf(
        write(QStringLiteral("t.pdf"),
              makePdf({QStringLiteral("AUTOLOGOUS STEM-CELL TRANSPLANTATION IN SYSTEMIC SCLEROSIS")})));
    ASSERT_TRUE(onPage);
    auto byPage = matcher.match(*onPage);
    ASSERT_TRUE(byPage && byPage->has_value());
    EXPECT_EQ((*byPage)->reference, refs[0]);
    EXPECT_EQ((*byPage)->kind, MatchKind::Title);

    auto byMetadata = FullTextMatcher::readPdf(
        write(QStringLiteral("m.pdf"),
              makePdf({QStringLiteral("no title here")},
                      QStringLiteral("Mesenchymal stromal cells for digital ulcers - a pilot trial"))));
    ASSERT_TRUE(byMetadata);
    auto found = matcher.match(*byMetadata);
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->reference, refs[1]);
}

TEST_F(FullTextMatcherTest, IgnoresDoisInTheReferenceListAndShortTitles)
{
    // The DOI sits on page 3, where an article lists the papers it cites; "Short title" is too generic.
    auto pdf = FullTextMatcher::readPdf(write(QStringLiteral("refs.pdf"),
                                              makePdf({QStringLiteral("Short title"),
                                                       QStringLiteral("Methods"),
                                                       QStringLiteral("References: 10.5555/stemma.1")})));
    ASSERT_TRUE(pdf);
    FullTextMatcher matcher(*project);
    auto found = matcher.match(*pdf);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value());
}

TEST_F(FullTextMatcherTest, AttachStoresThePdfWithAnAuditEntry)
{
    const QString path = write(QStringLiteral("article.pdf"), makePdf({QStringLiteral("Some article text")}));
    FullTextMatcher matcher(*project);
    auto id = matcher.attach(refs[2], path, QStringLiteral("Anna"));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    const auto texts = *project->references().fullTexts(refs[2]);
    ASSERT_EQ(texts.size(), 1u);
    EXPECT_EQ(texts[0].id, *id);
    EXPECT_EQ(texts[0].fileName, QStringLiteral("article.pdf"));
    EXPECT_EQ(texts[0].mimeType, QStringLiteral("application/pdf"));
    EXPECT_TRUE(texts[0].content.startsWith("%PDF-"));
    EXPECT_TRUE(texts[0].text.contains(QStringLiteral("Some article text")));
    const auto audit = *project->audit().list();
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].actor, QStringLiteral("Anna"));
    EXPECT_EQ(audit[0].action, QStringLiteral("attach"));
    EXPECT_EQ(audit[0].entityId, refs[2].value);
    EXPECT_EQ(audit[0].detail, QStringLiteral("full text article.pdf"));

    auto missing = matcher.attach(ReferenceId(99), path, QStringLiteral("Anna"));
    ASSERT_FALSE(missing);
}

TEST_F(FullTextMatcherTest, AttachFolderReportsMatchedUnmatchedAndUnreadable)
{
    write(QStringLiteral("1-doi.pdf"), makePdf({QStringLiteral("doi:10.5555/stemma.1")}));
    write(QStringLiteral("2-title.pdf"),
          makePdf({QStringLiteral("Mesenchymal stromal cells for digital ulcers: a pilot trial")}));
    write(QStringLiteral("3-other.pdf"), makePdf({QStringLiteral("An unrelated article")}));
    write(QStringLiteral("4-broken.pdf"), "not a pdf");
    write(QStringLiteral("notes.txt"), "ignored");

    FullTextMatcher matcher(*project);
    auto report = matcher.attachFolder(folder.path(), QStringLiteral("Anna"));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_EQ(report->matched.size(), 2u);
    EXPECT_EQ(report->matched[0].path, folder.filePath(QStringLiteral("1-doi.pdf")));
    EXPECT_EQ(report->matched[0].reference, refs[0]);
    EXPECT_EQ(report->matched[0].kind, MatchKind::Doi);
    EXPECT_FALSE(report->matched[0].alreadyAttached);
    EXPECT_EQ(report->matched[1].reference, refs[1]);
    EXPECT_EQ(report->matched[1].kind, MatchKind::Title);
    EXPECT_EQ(report->unmatched, QStringList{folder.filePath(QStringLiteral("3-other.pdf"))});
    ASSERT_EQ(report->failed.size(), 1);
    EXPECT_TRUE(report->failed[0].startsWith(QStringLiteral("4-broken.pdf:")));
    EXPECT_EQ(project->references().fullTexts(refs[0])->size(), 1u);
    EXPECT_EQ(project->references().fullTexts(refs[1])->size(), 1u);

    // Running it again attaches nothing twice.
    auto again = matcher.attachFolder(folder.path(), QStringLiteral("Anna"));
    ASSERT_TRUE(again);
    ASSERT_EQ(again->matched.size(), 2u);
    EXPECT_TRUE(again->matched[0].alreadyAttached);
    EXPECT_TRUE(again->matched[1].alreadyAttached);
    EXPECT_EQ(project->references().fullTexts(refs[0])->size(), 1u);
}

TEST_F(FullTextMatcherTest, AttachFolderNeedsAnExistingFolder)
{
    FullTextMatcher matcher(*project);
    auto report = matcher.attachFolder(folder.filePath(QStringLiteral("nope")), QStringLiteral("Anna"));
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::NotFound);
}

} // namespace
