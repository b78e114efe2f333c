// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the Library opens and scrolls on a 100,000-reference project. The project is built
// once per run in a temporary folder; see docs/benchmarks.md for results.
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/TransactionGuard.h"
#include "ui/models/ReferenceTableModel.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>

using namespace stemma;

namespace {

constexpr int REFERENCE_COUNT = 100'000;
/** Rows a maximised window shows at once. */
constexpr int FIRST_SCREEN_ROWS = 40;

const char* const FAMILIES[] = {"van Laar",
                                "Farge",
                                "Sullivan",
                                "Burt",
                                "Tyndall",
                                "Henes",
                                "Del Papa",
                                "Keir",
                                "Nash",
                                "Shouval",
                                "Zhang",
                                "Kowal-Bielecka"};
const char* const WORDS[] = {"mesenchymal",
                             "stromal",
                             "haematopoietic",
                             "autologous",
                             "transplantation",
                             "systemic",
                             "sclerosis",
                             "skin",
                             "lung",
                             "fibrosis",
                             "randomised",
                             "cohort",
                             "outcomes",
                             "safety",
                             "cyclophosphamide"};

double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

QString makeTitle(int i)
{
    QStringList words;
    for (int w = 0; w < 9; ++w)
        words.append(QString::fromLatin1(WORDS[(i * 7 + w * 3) % std::size(WORDS)]));
    words.front()[0] = words.front()[0].toUpper();
    return words.join(QLatin1Char(' ')) + QStringLiteral(" %1").arg(i);
}

/** Builds the project once, in one transaction, and returns its path. */
const QString& projectPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("bench.stemma"));
        auto project = core::ReviewProject::create(file);
        if (!project) {
            std::fprintf(stderr, "cannot create project: %s\n", qPrintable(project.error().message));
            std::exit(1);
        }
        core::db::TransactionGuard transaction((*project)->database());
        for (int i = 0; i < REFERENCE_COUNT; ++i) {
            core::Reference reference;
            reference.title = makeTitle(i);
            reference.year = 1990 + i % 36;
            reference.journal = QStringLiteral("Journal of Rheumatology %1").arg(i % 40);
            reference.volume = QString::number(i % 60);
            reference.issue = QString::number(i % 12);
            reference.pages = QStringLiteral("%1-%2").arg(i % 900).arg(i % 900 + 9);
            reference.doi = QStringLiteral("10.5555/bench.%1").arg(i);
            reference.pmid = QString::number(30'000'000 + i);
            reference.type =
                i % 9 == 0 ? core::PublicationType::ConferenceAbstract : core::PublicationType::JournalArticle;
            reference.abstract = QStringLiteral("BACKGROUND: Benchmark record %1.\n\nRESULTS: None.").arg(i);
            for (int a = 0; a < 1 + i % 6; ++a)
                reference.authors.append(core::Author{
                    QString::fromLatin1(FAMILIES[(i + a) % std::size(FAMILIES)]), QStringLiteral("A B"), {}});
            if (!(*project)->references().insert(reference)) {
                std::fprintf(stderr, "insert failed at %d\n", i);
                std::exit(1);
            }
        }
        if (!transaction.commit())
            std::exit(1);
        return file;
    }();
    return path;
}

std::unique_ptr<core::ReviewProject> openProject()
{
    auto project = core::ReviewProject::open(projectPath());
    if (!project) {
        std::fprintf(stderr, "cannot open project: %s\n", qPrintable(project.error().message));
        std::exit(1);
    }
    return std::move(*project);
}

/** Reads every cell of rows [first, last) as the view would paint them. */
void readRows(const ui::ReferenceTableModel& model, int first, int last)
{
    for (int row = first; row < last; ++row)
        for (int column = 0; column < ui::ReferenceTableModel::ColumnCount; ++column)
            benchmark::DoNotOptimize(model.index(row, column).data());
}

void BM_OpenFirstScreen(benchmark::State& state)
{
    projectPath();
    for (auto _ : state) {
        auto project = openProject();
        ui::ReferenceTableModel model(*project);
        readRows(model, 0, FIRST_SCREEN_ROWS);
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["peak_rss_mb"] = peakMemoryMb();
}
BENCHMARK(BM_OpenFirstScreen)->Unit(benchmark::kMillisecond);

/** The first screen after clicking a column header (the slowest sort key is Authors). */
void BM_SortFirstScreen(benchmark::State& state)
{
    auto project = openProject();
    const int column = static_cast<int>(state.range(0));
    for (auto _ : state) {
        ui::ReferenceTableModel model(*project);
        model.sort(column, Qt::AscendingOrder);
        readRows(model, 0, FIRST_SCREEN_ROWS);
    }
    state.SetLabel(ui::ReferenceTableModel(*project).headerData(column, Qt::Horizontal).toString().toStdString());
    state.counters["peak_rss_mb"] = peakMemoryMb();
}
BENCHMARK(BM_SortFirstScreen)
    ->Arg(ui::ReferenceTableModel::YearColumn)
    ->Arg(ui::ReferenceTableModel::TitleColumn)
    ->Arg(ui::ReferenceTableModel::AuthorsColumn)
    ->Unit(benchmark::kMillisecond);

/** Scrolls from the first row to the last, reading every cell once. */
void BM_ScrollAllRows(benchmark::State& state)
{
    auto project = openProject();
    const int column = static_cast<int>(state.range(0));
    for (auto _ : state) {
        ui::ReferenceTableModel model(*project);
        model.sort(column, Qt::DescendingOrder);
        readRows(model, 0, model.rowCount());
    }
    state.SetItemsProcessed(state.iterations() * REFERENCE_COUNT);
    state.counters["peak_rss_mb"] = peakMemoryMb();
}
BENCHMARK(BM_ScrollAllRows)
    ->Arg(ui::ReferenceTableModel::YearColumn)
    ->Arg(ui::ReferenceTableModel::AuthorsColumn)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

/** A search typed into the box: count and first screen of the matches. */
void BM_SearchFirstScreen(benchmark::State& state)
{
    auto project = openProject();
    for (auto _ : state) {
        ui::ReferenceTableModel model(*project);
        core::db::LibraryFilter filter;
        filter.searchText = QStringLiteral("mesench lung");
        model.setFilter(filter);
        readRows(model, 0, std::min(FIRST_SCREEN_ROWS, model.rowCount()));
    }
    state.counters["peak_rss_mb"] = peakMemoryMb();
}
BENCHMARK(BM_SearchFirstScreen)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
