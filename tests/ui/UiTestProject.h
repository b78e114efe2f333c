// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

#include <gtest/gtest.h>

#include <QString>

namespace stemma::test {

/**
 * Fills \a project with \a count references that the UI tests can count on:
 * reference i (1-based) has year 2000 + i % 20, is a conference abstract when i % 5 == 0
 * (a journal article otherwise), and has "Mesenchymal" in its title when i % 7 == 0.
 * The first author's family name is "Author<i>".
 */
inline void addLibraryReferences(core::ReviewProject& project, int count)
{
    for (int i = 1; i <= count; ++i) {
        core::Reference reference;
        reference.title = (i % 7 == 0 ? QStringLiteral("Mesenchymal stromal cells, trial %1")
                                      : QStringLiteral("Haematopoietic stem cell transplantation, cohort %1"))
                              .arg(i);
        reference.year = 2000 + i % 20;
        reference.type = i % 5 == 0 ? core::PublicationType::ConferenceAbstract : core::PublicationType::JournalArticle;
        reference.journal = QStringLiteral("Journal %1").arg(i % 3);
        reference.volume = QString::number(i);
        reference.issue = QStringLiteral("2");
        reference.pages = QStringLiteral("100-110");
        reference.doi = QStringLiteral("10.5555/stemma.%1").arg(i);
        reference.pmid = QString::number(1000 + i);
        reference.abstract = QStringLiteral("BACKGROUND: Cell therapy %1.\n\nRESULTS: Skin scores fell.").arg(i);
        reference.authors = {core::Author{QStringLiteral("Author%1").arg(i), QStringLiteral("Anna"), {}},
                             core::Author{QStringLiteral("Second"), QStringLiteral("Ben"), {}},
                             core::Author{QStringLiteral("Third"), QStringLiteral("Cy"), {}}};
        auto id = project.references().insert(reference);
        ASSERT_TRUE(id) << id.error().message.toStdString();
    }
}

} // namespace stemma::test
