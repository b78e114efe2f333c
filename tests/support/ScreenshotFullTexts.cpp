// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a stand-in full text for each reference of a project, for scripts/screenshots.sh to
// attach with "Attach PDFs from folder…": one A4 page set from the reference's own record (title,
// authors, journal, DOI and the project's abstract), so the full-text reader shows the work the
// reviewer is deciding on and the folder matcher finds it by its DOI or title.
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

#include <QDir>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cstdio>

using namespace stemma::core;

namespace {

bool writePage(const Reference& reference, const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(reference.title);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const int margin = 250;
    QRect area(margin, margin, writer.width() - 2 * margin, writer.height() - 2 * margin);
    const auto paragraph = [&painter, &area](const QString& text, int points, bool bold, int spaceAfter) {
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSize(points);
        font.setBold(bold);
        painter.setFont(font);
        const QRect used = painter.boundingRect(area, Qt::TextWordWrap, text);
        painter.drawText(area, Qt::TextWordWrap, text);
        area.setTop(area.top() + used.height() + spaceAfter);
    };
    QStringList authors;
    for (const auto& author : reference.authors)
        authors << author.shortName();
    QString source = reference.journal;
    if (reference.year)
        source += QStringLiteral(" (%1)").arg(*reference.year);
    if (!reference.volume.isEmpty())
        source += QStringLiteral(" %1").arg(reference.volume);
    if (!reference.pages.isEmpty())
        source += QStringLiteral(": %1").arg(reference.pages);
    paragraph(source.trimmed(), 9, false, 60);
    paragraph(reference.title, 16, true, 60);
    paragraph(authors.join(QStringLiteral(", ")), 11, false, 30);
    if (!reference.doi.isEmpty())
        paragraph(QStringLiteral("https://doi.org/%1").arg(reference.doi), 9, false, 80);
    paragraph(QStringLiteral("Abstract"), 12, true, 20);
    paragraph(reference.abstract, 11, false, 0);
    return painter.end();
}

/** "van-laar-2014-1.pdf": how a reviewer's folder of downloaded articles tends to be named. */
QString fileName(const Reference& reference)
{
    QStringList parts;
    if (!reference.authors.empty()) {
        const Author& first = reference.authors.front();
        parts << (first.isCollective() ? first.collective : first.family).toLower().split(QLatin1Char(' '));
    }
    if (reference.year)
        parts << QString::number(*reference.year);
    parts << QString::number(reference.id.value);
    return parts.join(QLatin1Char('-')) + QStringLiteral(".pdf");
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication application(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: %s PROJECT FOLDER\n", qPrintable(arguments.value(0)));
        return 2;
    }
    auto project = ReviewProject::open(arguments[1]);
    if (!project)
        return 1;
    auto references = (*project)->references().list();
    if (!references || !QDir().mkpath(arguments[2]))
        return 1;
    for (const Reference& reference : *references)
        if (!writePage(reference, QDir(arguments[2]).filePath(fileName(reference))))
            return 1;
    std::printf("%zu\n", references->size());
    return 0;
}
