// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the small project scripts/screenshots.sh photographs: a dozen invented references on
// stem-cell therapy in systemic sclerosis, two imports, one merged duplicate, one full text.
// Titles and abstracts are written for this file; DOIs use the 10.5555 test prefix.
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace stemma::core;

namespace {

struct Sample
{
    const char* title;
    int year;
    const char* journal;
    const char* volume;
    const char* issue;
    const char* pages;
    PublicationType type;
    std::initializer_list<std::pair<const char*, const char*>> authors;
    const char* abstract;
    const char* keywords;
};

const Sample SAMPLES[] = {
    {"Autologous haematopoietic stem cell transplantation compared with monthly cyclophosphamide in early diffuse "
     "cutaneous systemic sclerosis: a randomised trial",
     2024,
     "Journal of Scleroderma Trials",
     "12",
     "3",
     "201-214",
     PublicationType::JournalArticle,
     {{"Moreau", "Claire"}, {"Lindqvist", "Erik"}, {"Okafor", "Ngozi"}, {"Brandt", "Jonas"}},
     "BACKGROUND: Patients with rapidly progressive diffuse cutaneous disease have few effective options.\n\n"
     "METHODS: Adults with disease duration under four years were randomised to transplantation or twelve monthly "
     "pulses of cyclophosphamide and followed for two years.\n\n"
     "RESULTS: Skin scores and forced vital capacity improved more after transplantation; treatment-related "
     "deaths occurred in the first year.\n\n"
     "CONCLUSIONS: Transplantation trades early risk for durable benefit in selected patients.",
     "systemic sclerosis\nHSCT\ncyclophosphamide\nrandomised controlled trial"},
    {"Mesenchymal stromal cell infusion for refractory digital ulcers in systemic sclerosis: a phase I/II study",
     2023,
     "Cell Therapy Reports",
     "8",
     "1",
     "45-53",
     PublicationType::JournalArticle,
     {{"Ferreira", "Ana"}, {"Kim", "Soo-jin"}, {"Haddad", "Rami"}},
     "OBJECTIVE: To assess safety and healing after intravenous allogeneic MSC in ulcers resistant to standard "
     "care.\n\nMETHODS: Twenty patients received two infusions four weeks apart.\n\n"
     "RESULTS: No infusion reactions were serious; most ulcers healed by week twelve.",
     "mesenchymal stromal cells\ndigital ulcers"},
    {"Long-term survival after autologous stem cell transplantation for systemic sclerosis: registry follow-up",
     2022,
     "Bone Marrow Transplantation Reviews",
     "57",
     "9",
     "1320-1331",
     PublicationType::JournalArticle,
     {{"Schneider", "Paul"}, {"Alvarez", "Lucia"}},
     "BACKGROUND: Registry data describe outcomes beyond the trial period.\n\n"
     "RESULTS: Overall and event-free survival at ten years were reported for 300 patients.",
     "registry\nsurvival"},
    {"Adipose-derived stromal vascular fraction injected into the fingers of patients with scleroderma hands",
     2021,
     "Rheumatology Advances",
     "5",
     "2",
     "88-97",
     PublicationType::JournalArticle,
     {{"Dubois", "Marc"}, {"Rossi", "Giulia"}, {"Nakamura", "Kenji"}, {"Weber", "Anke"}},
     "Hand function and pain were measured before and six months after a single injection session.",
     ""},
    {"Umbilical cord mesenchymal stem cells for interstitial lung disease in systemic sclerosis",
     2024,
     "Pulmonary Cell Medicine",
     "3",
     "4",
     "12-21",
     PublicationType::JournalArticle,
     {{"Chen", "Wei"}, {"Li", "Mei"}, {"Zhou", "Hao"}},
     "BACKGROUND: Lung involvement is the leading cause of death.\n\nRESULTS: Lung function was stable at one year.",
     "interstitial lung disease\nMSC"},
    {"Cardiac screening before stem cell transplantation in systemic sclerosis",
     2020,
     "Journal of Scleroderma Trials",
     "8",
     "2",
     "77-85",
     PublicationType::JournalArticle,
     {{"Okafor", "Ngozi"}, {"Moreau", "Claire"}},
     "Screening with MRI and right heart catheterisation changed eligibility decisions.",
     ""},
    {"Mesenchymal stem cells in autoimmune disease: where do we stand?",
     2019,
     "Autoimmunity Reviews Today",
     "18",
     "11",
     "1020-1030",
     PublicationType::JournalArticle,
     {{"Haddad", "Rami"}},
     "A narrative review of MSC trials across autoimmune conditions.",
     "review"},
    {"Non-myeloablative versus myeloablative conditioning for scleroderma: a cohort comparison",
     2021,
     "Bone Marrow Transplantation Reviews",
     "56",
     "4",
     "700-711",
     PublicationType::JournalArticle,
     {{"Alvarez", "Lucia"}, {"Schneider", "Paul"}, {"Brandt", "Jonas"}},
     "RESULTS: Relapse was more frequent after lighter conditioning.",
     ""},
    {"Quality of life two years after transplantation for systemic sclerosis",
     2023,
     "EULAR Congress Abstracts",
     "",
     "",
     "POS0912",
     PublicationType::ConferenceAbstract,
     {{"Lindqvist", "Erik"}},
     "HAQ-DI and SF-36 improved in most responders.",
     ""},
    {"Bone marrow mesenchymal stromal cells for skin fibrosis: a pilot trial",
     2022,
     "EULAR Congress Abstracts",
     "",
     "",
     "AB0456",
     PublicationType::ConferenceAbstract,
     {{"Ferreira", "Ana"}, {"Kim", "Soo-jin"}},
     "Modified Rodnan skin score fell by a mean of six points at six months.",
     ""},
    {"Stem cell therapy for systemic sclerosis: a systematic review protocol",
     2025,
     "Systematic Review Protocols",
     "14",
     "1",
     "e1001",
     PublicationType::Preprint,
     {{"Weber", "Anke"}, {"Rossi", "Giulia"}},
     "We describe the search, screening and synthesis planned for a review of MSC and HSCT.",
     ""},
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT.stemma\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    auto project = ReviewProject::create(path);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
        return 1;
    }
    auto& references = (*project)->references();
    auto pubmed = references.addBatch(ImportBatch{{},
                                                  QStringLiteral("PubMed"),
                                                  QStringLiteral("pubmed-2025-06.nbib"),
                                                  QStringLiteral("nbib"),
                                                  {},
                                                  QStringLiteral("2025-06-01"),
                                                  9,
                                                  9,
                                                  0});
    auto embase = references.addBatch(ImportBatch{{},
                                                  QStringLiteral("Embase"),
                                                  QStringLiteral("embase-2025-06.ris"),
                                                  QStringLiteral("ris"),
                                                  {},
                                                  QStringLiteral("2025-06-02"),
                                                  4,
                                                  3,
                                                  1});
    if (!pubmed || !embase)
        return 1;
    int number = 0;
    std::vector<ReferenceId> ids;
    for (const Sample& sample : SAMPLES) {
        ++number;
        Reference reference;
        reference.title = QString::fromUtf8(sample.title);
        reference.year = sample.year;
        reference.journal = QString::fromUtf8(sample.journal);
        reference.volume = QString::fromUtf8(sample.volume);
        reference.issue = QString::fromUtf8(sample.issue);
        reference.pages = QString::fromUtf8(sample.pages);
        reference.type = sample.type;
        reference.doi = QStringLiteral("10.5555/stemma.demo.%1").arg(number, 3, 10, QLatin1Char('0'));
        reference.abstract = QString::fromUtf8(sample.abstract);
        const QString keywords = QString::fromUtf8(sample.keywords);
        if (!keywords.isEmpty())
            reference.keywords = keywords.split(QLatin1Char('\n'));
        for (const auto& [family, given] : sample.authors)
            reference.authors.append(Author{QString::fromUtf8(family), QString::fromUtf8(given), {}});
        auto id = references.insert(reference);
        if (!id)
            return 1;
        ids.push_back(*id);
        const bool fromEmbase = number % 4 == 0;
        const QString raw =
            fromEmbase
                ? QStringLiteral("TY  - JOUR\nTI  - %1\nPY  - %2\nER  - ").arg(reference.title).arg(sample.year)
                : QStringLiteral("PMID- demo%1\nTI  - %2\nDP  - %3").arg(number).arg(reference.title).arg(sample.year);
        if (!references.addSource(ReferenceSource{{},
                                                  *id,
                                                  fromEmbase ? *embase : *pubmed,
                                                  fromEmbase ? QStringLiteral("ris") : QStringLiteral("nbib"),
                                                  fromEmbase ? QStringLiteral("embase-2025-06.ris")
                                                             : QStringLiteral("pubmed-2025-06.nbib"),
                                                  number,
                                                  number * 12 - 11,
                                                  raw}))
            return 1;
    }
    // The first trial was also found in Embase; that record was merged into the PubMed one.
    Reference duplicate = *references.get(ids.front());
    duplicate.id = ReferenceId();
    duplicate.title += QStringLiteral(".");
    auto duplicateId = references.insert(duplicate);
    if (!duplicateId || !references.setMergedInto(*duplicateId, ids.front()))
        return 1;
    if (!references.addSource(
            ReferenceSource{{},
                            *duplicateId,
                            *embase,
                            QStringLiteral("ris"),
                            QStringLiteral("embase-2025-06.ris"),
                            2,
                            9,
                            QStringLiteral("TY  - JOUR\nTI  - %1\nPY  - 2024\nER  - ").arg(duplicate.title)}))
        return 1;
    if (!references.addFullText(FullText{{},
                                         ids.front(),
                                         QStringLiteral("moreau-2024-hsct-trial.pdf"),
                                         QStringLiteral("application/pdf"),
                                         QByteArray(412'000, '\0'),
                                         {}}))
        return 1;
    std::printf("%s\n", qPrintable(path));
    return 0;
}
