// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keypress-to-next-reference time of the screening view on a 100,000-reference project: each
// iteration presses M (maybe), which writes the vote with its audit entry and shows the next
// reference. Run by hand: build/tests/bench/stemma_bench_screening
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/TransactionGuard.h"
#include "ui/ProjectSession.h"
#include "ui/screening/RankingPanel.h"
#include "ui/screening/ScreeningView.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace stemma;

namespace {

constexpr int REFERENCE_COUNT = 100'000;

std::unique_ptr<core::ReviewProject> makeProject(const QString& file)
{
    auto project = core::ReviewProject::create(file);
    if (!project) {
        std::fprintf(stderr, "cannot create project: %s\n", qPrintable(project.error().message));
        std::exit(1);
    }
    core::db::TransactionGuard transaction((*project)->database());
    for (int i = 0; i < REFERENCE_COUNT; ++i) {
        core::Reference reference;
        reference.title = QStringLiteral("Mesenchymal stromal cells in systemic sclerosis, cohort %1").arg(i);
        reference.year = 1990 + i % 36;
        reference.journal = QStringLiteral("Journal of Rheumatology %1").arg(i % 40);
        reference.abstract = QStringLiteral("BACKGROUND: Autologous haematopoietic stem cell transplantation %1.\n\n"
                                            "RESULTS: Skin scores fell in mice and patients.")
                                 .arg(i);
        reference.authors = {core::Author{QStringLiteral("van Laar"), QStringLiteral("JM"), {}},
                             core::Author{QStringLiteral("Farge"), QStringLiteral("D"), {}}};
        if (!(*project)->references().insert(reference)) {
            std::fprintf(stderr, "cannot insert reference %d\n", i);
            std::exit(1);
        }
    }
    if (!transaction.commit()) {
        std::fprintf(stderr, "cannot commit\n");
        std::exit(1);
    }
    return std::move(*project);
}

void BM_KeypressToNextReference(benchmark::State& state)
{
    QTemporaryDir dir;
    auto session = std::make_unique<ui::ProjectSession>(makeProject(dir.filePath(QStringLiteral("bench.stemma"))));
    ui::ScreeningView view(*session);
    view.setReviewerName(QStringLiteral("Bench"));
    for (auto _ : state) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_M, Qt::NoModifier, QStringLiteral("m"));
        QApplication::sendEvent(&view, &press);
        benchmark::DoNotOptimize(view.currentReference());
    }
    state.counters["decided"] = view.decidedCount();
}
BENCHMARK(BM_KeypressToNextReference)->Unit(benchmark::kMillisecond)->Iterations(500);

/**
 * The same keypress with prioritised screening on: the model retrains on its own thread after
 * every decision while the next key is pressed. Every tenth record is included, the rest
 * excluded (reason 1, then E). Timed: the keypress until the next reference is shown; not
 * timed: the event loop turns between keys, where the labels are handed to the trainer and a
 * finished ranking reorders the queue ("rearrange_ms" reports that step's mean).
 */
void BM_KeypressToNextReferenceRanked(benchmark::State& state)
{
    QTemporaryDir dir;
    auto session = std::make_unique<ui::ProjectSession>(makeProject(dir.filePath(QStringLiteral("bench.stemma"))));
    ui::ScreeningView view(*session);
    view.setReviewerName(QStringLiteral("Bench"));
    view.show();
    view.rankingPanel()->setRankingOn(true);
    const auto press = [&view](Qt::Key key, const QString& text) {
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(&view, &event);
    };
    press(Qt::Key_I, QStringLiteral("i"));
    press(Qt::Key_1, QStringLiteral("1"));
    press(Qt::Key_E, QStringLiteral("e"));
    view.rankingPanel()->waitForModel();
    int decided = 0;
    double loopSeconds = 0;
    for (auto _ : state) {
        if (++decided % 10 == 0) {
            press(Qt::Key_I, QStringLiteral("i"));
        } else {
            press(Qt::Key_1, QStringLiteral("1"));
            press(Qt::Key_E, QStringLiteral("e"));
        }
        benchmark::DoNotOptimize(view.currentReference());
        state.PauseTiming();
        QElapsedTimer loop;
        loop.start();
        QCoreApplication::processEvents();
        loopSeconds += loop.nsecsElapsed() / 1e9;
        state.ResumeTiming();
    }
    state.counters["decided"] = view.decidedCount();
    state.counters["models_trained"] = view.rankingPanel()->modelsTrained();
    state.counters["event_loop_ms"] = 1000.0 * loopSeconds / std::max(1, decided);
    // Hidden while whole: closing a shown view in its destructor would send the reviewer field's
    // focus-out (and its "editing finished") to a half-destroyed view.
    view.hide();
}
BENCHMARK(BM_KeypressToNextReferenceRanked)->Unit(benchmark::kMillisecond)->Iterations(300);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StemmaBench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
