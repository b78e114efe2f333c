// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end import benchmark: generates a 100,000-record search export (RIS and MEDLINE), imports
// it with stemma-cli in a child process (so the child's own time and peak memory are measured),
// runs duplicate detection, scores it against the known duplicates, and times searches.
//
// Usage: stemma_bench_import STEMMA_CLI [--records N] [--keep DIR]
#include "core/ReviewProject.h"
#include "core/db/Database.h"
#include "core/db/SearchIndex.h"
#include "tests/bench/SearchExportGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

namespace {

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    // User plus system CPU time: on a machine shared with other work, wall time overstates what
    // the step costs; CPU time does not.
    double cpuSeconds = 0;
    double peakMegabytes = 0;
};

/** Runs a command as a child process and measures its wall time and peak resident memory. */
ChildRun runChild(const QStringList& command)
{
    std::vector<QByteArray> storage;
    for (const QString& part : command)
        storage.push_back(part.toLocal8Bit());
    std::vector<char*> argv;
    for (auto& part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);

    // The previous step (generating 370 MB of exports, or importing them into another project)
    // leaves hundreds of megabytes of dirty pages that the kernel writes back while the next
    // child runs, slowing it by a second or more. Each step is measured on a settled machine.
    sync();
    QElapsedTimer timer;
    timer.start();
    // posix_spawn does not copy this process's memory into the child (fork would, and the
    // child's peak memory would then include the generator's records).
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return ChildRun{};
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.cpuSeconds =
        usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    run.peakMegabytes = usage.ru_maxrss / 1024.0;
    return run;
}

/** CPU time of this thread: what a search costs, whatever else the machine is doing. */
double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, std::size_t(p * (values.size() - 1) + 0.5));
    return values[index];
}

/** The child's half of the run: writes the RIS and MEDLINE exports and the planted duplicate pairs. */
int generateExport(const QString& dir, int records)
{
    stemma::bench::SearchExportGenerator::Options options;
    options.records = records;
    stemma::bench::SearchExportGenerator generator(QStringLiteral(STEMMA_BENCH_DATA_DIR "/word_frequencies.tsv"),
                                                   options);
    generator.writeRis(dir + QStringLiteral("/search.ris"));
    generator.writeMedline(dir + QStringLiteral("/search.nbib"));
    QFile truth(dir + QStringLiteral("/duplicates.tsv"));
    if (!truth.open(QIODevice::WriteOnly))
        return 1;
    for (const auto& [original, duplicate] : generator.duplicatePairs())
        truth.write(QByteArray::number(original) + '\t' + QByteArray::number(duplicate) + '\n');
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: %s STEMMA_CLI [--records N] [--keep DIR]\n", argv[0]);
        return 2;
    }
    if (arguments[1] == QLatin1String("--generate") && arguments.size() == 4)
        return generateExport(arguments[2], arguments[3].toInt());
    const QString cli = arguments[1];
    stemma::bench::SearchExportGenerator::Options options;
    QString keepDir;
    for (int i = 2; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--records"))
            options.records = arguments[i + 1].toInt();
        if (arguments[i] == QLatin1String("--keep"))
            keepDir = arguments[i + 1];
    }
    QTemporaryDir temporary;
    const QString dir = keepDir.isEmpty() ? temporary.path() : keepDir;
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
        return 1;
    }

    // The export is generated by a child process of its own: a parent holding 100,000 generated
    // records would lend its resident memory to every child it spawns (Linux keeps the larger
    // high-water mark across exec), and the import's peak memory would be the generator's.
    const QString truthPath = dir + QStringLiteral("/duplicates.tsv");
    const ChildRun generation = runChild(
        {QCoreApplication::applicationFilePath(), QStringLiteral("--generate"), dir, QString::number(options.records)});
    std::vector<std::pair<int, int>> truth;
    QFile truthFile(truthPath);
    if (generation.exitCode != 0 || !truthFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "generating the export into %s failed\n", qPrintable(dir));
        return 1;
    }
    while (!truthFile.atEnd()) {
        const QList<QByteArray> pair = truthFile.readLine().trimmed().split('\t');
        if (pair.size() == 2)
            truth.emplace_back(pair[0].toInt(), pair[1].toInt());
    }
    std::printf("generated %d records (%zu duplicates) in %.1f s; RIS %.0f MB\n",
                options.records,
                truth.size(),
                generation.seconds,
                QFileInfo(dir + QStringLiteral("/search.ris")).size() / 1e6);

    for (const char* format : {"nbib", "ris"}) {
        const QString project = dir + QStringLiteral("/bench-%1.stemma").arg(QString::fromLatin1(format));
        QFile::remove(project);
        runChild({cli, QStringLiteral("init"), project});
        const ChildRun import = runChild(
            {cli, QStringLiteral("import"), project, dir + QStringLiteral("/search.") + QString::fromLatin1(format)});
        std::printf("import %-4s: %.2f s wall, %.2f s CPU, peak %.0f MB, exit %d\n",
                    format,
                    import.seconds,
                    import.cpuSeconds,
                    import.peakMegabytes,
                    import.exitCode);
    }

    const QString project = dir + QStringLiteral("/bench-ris.stemma");
    const ChildRun dedupe = runChild({cli, QStringLiteral("dedupe"), project, QStringLiteral("--apply")});
    std::printf("dedupe     : %.2f s wall, %.2f s CPU, peak %.0f MB, exit %d\n",
                dedupe.seconds,
                dedupe.cpuSeconds,
                dedupe.peakMegabytes,
                dedupe.exitCode);

    auto opened = stemma::core::ReviewProject::open(project);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto& database = (*opened)->database();
    // Record i of the file became reference i + 1 of this fresh project.
    std::vector<qint64> root(options.records + 1);
    auto merged = database.prepare("SELECT id, coalesce(merged_into, id) FROM reference");
    while (merged && *merged->step())
        root[merged->int64(0)] = merged->int64(1);
    std::set<std::pair<qint64, qint64>> truePairs;
    int found = 0;
    for (const auto& [original, duplicate] : truth) {
        truePairs.emplace(original + 1, duplicate + 1);
        if (root[original + 1] == root[duplicate + 1])
            ++found;
    }
    int predicted = 0, correct = 0;
    for (qint64 id = 1; id <= options.records; ++id) {
        if (root[id] == id)
            continue;
        ++predicted;
        if (truePairs.count({root[id], id}) || truePairs.count({id, root[id]}))
            ++correct;
    }
    std::printf("dedupe     : precision %.4f, recall %.4f (%d merged, %zu true pairs)\n",
                predicted ? double(correct) / predicted : 1.0,
                double(found) / truth.size(),
                predicted,
                truth.size());

    stemma::core::db::SearchIndex index(database);
    const QStringList queries{QStringLiteral("patients"),
                              QStringLiteral("study"),
                              QStringLiteral("the"),
                              QStringLiteral("randomized controlled"),
                              QStringLiteral("\"systematic review\""),
                              QStringLiteral("rehab*"),
                              QStringLiteral("software OR thrombosis"),
                              QStringLiteral("study NOT patients"),
                              QStringLiteral("title:effect"),
                              QStringLiteral("author:bermo")};
    for (const QString& query : queries) {
        std::vector<double> latencies;
        std::vector<double> cpuLatencies;
        for (int run = 0; run < 30; ++run) {
            QElapsedTimer searchTimer;
            const double cpuStart = threadCpuMilliseconds();
            searchTimer.start();
            auto hits = index.search(query);
            latencies.push_back(searchTimer.nsecsElapsed() / 1e6);
            cpuLatencies.push_back(threadCpuMilliseconds() - cpuStart);
            if (!hits) {
                std::printf("search %s failed: %s\n", qPrintable(query), qPrintable(hits.error().message));
                break;
            }
        }
        std::printf("search %-26s wall p50 %6.1f ms  p95 %6.1f ms   CPU p50 %6.1f ms  p95 %6.1f ms\n",
                    qPrintable(query),
                    percentile(latencies, 0.5),
                    percentile(latencies, 0.95),
                    percentile(cpuLatencies, 0.5),
                    percentile(cpuLatencies, 0.95));
    }
    return 0;
}
