// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/EffectSize.h"

#include <array>
#include <cmath>

namespace stemma::core::analysis {

namespace {

struct MeasureName
{
    EffectMeasure measure;
    const char* name;
};

constexpr std::array<MeasureName, 10> MEASURE_NAMES{{{EffectMeasure::GEN, "GEN"},
                                                     {EffectMeasure::MD, "MD"},
                                                     {EffectMeasure::SMD, "SMD"},
                                                     {EffectMeasure::OR, "OR"},
                                                     {EffectMeasure::RR, "RR"},
                                                     {EffectMeasure::RD, "RD"},
                                                     {EffectMeasure::PR, "PR"},
                                                     {EffectMeasure::PLO, "PLO"},
                                                     {EffectMeasure::PFT, "PFT"},
                                                     {EffectMeasure::MC, "MC"}}};

Error missing(const char* field)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is missing").arg(QLatin1String(field)));
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

/// metafor's .cmicalc(): the exact small-sample correction factor of Hedges' g.
double hedgesCorrection(double m)
{
    return std::exp(std::lgamma(m / 2.0) - std::log(std::sqrt(m / 2.0)) - std::lgamma((m - 1.0) / 2.0));
}

Result<EffectSize> twoGroupMeans(EffectMeasure measure, const StudyData& d, EffectSize out)
{
    if (!d.m1i || !d.sd1i || !d.n1i || !d.m2i || !d.sd2i || !d.n2i)
        return missing("one of m1i, sd1i, n1i, m2i, sd2i, n2i");
    const double n1 = *d.n1i;
    const double n2 = *d.n2i;
    if (*d.sd1i < 0 || *d.sd2i < 0)
        return invalid(QStringLiteral("a standard deviation is negative"));
    if (n1 <= 0 || n2 <= 0)
        return invalid(QStringLiteral("a group size is not positive"));
    out.ni = n1 + n2;
    if (measure == EffectMeasure::MD) {
        out.yi = *d.m1i - *d.m2i;
        out.vi = *d.sd1i * *d.sd1i / n1 + *d.sd2i * *d.sd2i / n2;
        return out;
    }
    const double m = n1 + n2 - 2.0;
    if (m <= 1.0)
        return invalid(QStringLiteral("SMD needs more than three participants in total"));
    const double pooledSd = std::sqrt(((n1 - 1.0) * *d.sd1i * *d.sd1i + (n2 - 1.0) * *d.sd2i * *d.sd2i) / m);
    if (!(pooledSd > 0))
        return invalid(QStringLiteral("SMD needs a positive pooled standard deviation"));
    out.yi = hedgesCorrection(m) * (*d.m1i - *d.m2i) / pooledSd;
    // vtype = "LS", metafor's default.
    out.vi = 1.0 / n1 + 1.0 / n2 + out.yi * out.yi / (2.0 * (n1 + n2));
    return out;
}

Result<EffectSize> twoByTwo(EffectMeasure measure, const StudyData& d, const EffectSizeOptions& options, EffectSize out)
{
    if (!d.ai || !d.ci)
        return missing("ai or ci");
    double a = *d.ai;
    double c = *d.ci;
    double b = d.bi ? *d.bi : (d.n1i ? *d.n1i - a : std::nan(""));
    double dd = d.di ? *d.di : (d.n2i ? *d.n2i - c : std::nan(""));
    if (std::isnan(b) || std::isnan(dd))
        return missing("bi/n1i or di/n2i");
    if (d.bi && d.n1i && *d.n1i != a + b)
        return invalid(QStringLiteral("n1i is not ai + bi"));
    if (d.di && d.n2i && *d.n2i != c + dd)
        return invalid(QStringLiteral("n2i is not ci + di"));
    if (a < 0 || b < 0 || c < 0 || dd < 0)
        return invalid(QStringLiteral("a cell count is negative"));
    out.ni = a + b + c + dd;
    // to = "only0": only tables with a zero cell get the correction, in all four cells; double-zero
    // tables stay in (drop00 = FALSE, also what rma() does by default).
    if (a == 0 || b == 0 || c == 0 || dd == 0) {
        a += options.add;
        b += options.add;
        c += options.add;
        dd += options.add;
        out.continuityCorrected = options.add != 0.0;
    }
    const double n1 = a + b;
    const double n2 = c + dd;
    const double p1 = a / n1;
    const double p2 = c / n2;
    switch (measure) {
    case EffectMeasure::OR:
        out.yi = std::log(p1 / (1.0 - p1)) - std::log(p2 / (1.0 - p2));
        out.vi = 1.0 / a + 1.0 / b + 1.0 / c + 1.0 / dd;
        break;
    case EffectMeasure::RR:
        out.yi = std::log(p1) - std::log(p2);
        out.vi = 1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2;
        break;
    default:
        out.yi = p1 - p2;
        out.vi = p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2;
        break;
    }
    return out;
}

Result<EffectSize> proportion(EffectMeasure measure,
                              const StudyData& d,
                              const EffectSizeOptions& options,
                              EffectSize out)
{
    if (!d.xi || !d.ni)
        return missing("xi or ni");
    double x = *d.xi;
    double rest = *d.ni - x;
    if (x < 0 || rest < 0)
        return invalid(QStringLiteral("xi must lie between 0 and ni"));
    if (*d.ni <= 0)
        return invalid(QStringLiteral("ni is not positive"));
    out.ni = *d.ni;
    if (measure == EffectMeasure::PFT) {
        const double n = *d.ni;
        out.yi = 0.5 * (std::asin(std::sqrt(x / (n + 1.0))) + std::asin(std::sqrt((x + 1.0) / (n + 1.0))));
        out.vi = 1.0 / (4.0 * n + 2.0);
        return out;
    }
    if (x == 0 || rest == 0) {
        x += options.add;
        rest += options.add;
        out.continuityCorrected = options.add != 0.0;
    }
    const double n = x + rest;
    const double p = x / n;
    if (measure == EffectMeasure::PR) {
        out.yi = p;
        out.vi = p * (1.0 - p) / n;
    } else {
        out.yi = std::log(p / (1.0 - p));
        out.vi = 1.0 / x + 1.0 / rest;
    }
    return out;
}

Result<EffectSize> meanChange(const StudyData& d, const EffectSizeOptions& options, EffectSize out)
{
    if (!d.m1i || !d.m2i || !d.ni)
        return missing("one of m1i, m2i, ni");
    if (*d.ni <= 0)
        return invalid(QStringLiteral("ni is not positive"));
    out.ni = *d.ni;
    out.yi = *d.m1i - *d.m2i;
    double changeSd = 0.0;
    if (d.sdi) {
        changeSd = *d.sdi;
    } else {
        if (!d.sd1i || !d.sd2i)
            return missing("sdi (or sd1i and sd2i)");
        if (*d.sd1i < 0 || *d.sd2i < 0)
            return invalid(QStringLiteral("a standard deviation is negative"));
        out.correlationUsed = d.ri ? *d.ri : options.assumedCorrelation;
        if (std::abs(out.correlationUsed) > 1.0)
            return invalid(QStringLiteral("the correlation ri lies outside [-1, 1]"));
        changeSd = imputeChangeSd(*d.sd1i, *d.sd2i, out.correlationUsed);
        out.imputedChangeSd = true;
    }
    if (changeSd < 0 || std::isnan(changeSd))
        return invalid(QStringLiteral("the SD of the change is negative"));
    out.vi = changeSd * changeSd / out.ni;
    return out;
}

} // namespace

std::optional<EffectMeasure> effectMeasureFromName(const QString& name)
{
    for (const auto& entry : MEASURE_NAMES) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.measure;
    }
    return std::nullopt;
}

QString effectMeasureName(EffectMeasure measure)
{
    for (const auto& entry : MEASURE_NAMES) {
        if (entry.measure == measure)
            return QLatin1String(entry.name);
    }
    return {};
}

double imputeChangeSd(double sd1, double sd2, double correlation)
{
    // Rounding can push a perfect correlation of equal SDs a hair below zero.
    return std::sqrt(std::max(0.0, sd1 * sd1 + sd2 * sd2 - 2.0 * correlation * sd1 * sd2));
}

Result<EffectSize> computeEffectSize(EffectMeasure measure, const StudyData& data, const EffectSizeOptions& options)
{
    EffectSize out;
    out.study = data.study;
    switch (measure) {
    case EffectMeasure::GEN:
        if (!data.yi || !data.vi)
            return missing("yi or vi");
        out.yi = *data.yi;
        out.vi = *data.vi;
        out.ni = data.ni.value_or(0.0);
        if (out.vi < 0)
            return invalid(QStringLiteral("vi is negative"));
        return out;
    case EffectMeasure::MD:
    case EffectMeasure::SMD:
        return twoGroupMeans(measure, data, out);
    case EffectMeasure::OR:
    case EffectMeasure::RR:
    case EffectMeasure::RD:
        return twoByTwo(measure, data, options, out);
    case EffectMeasure::PR:
    case EffectMeasure::PLO:
    case EffectMeasure::PFT:
        return proportion(measure, data, options, out);
    case EffectMeasure::MC:
        return meanChange(data, options, out);
    }
    return invalid(QStringLiteral("unknown effect measure"));
}

Result<std::vector<EffectSize>> computeEffectSizes(EffectMeasure measure,
                                                   const std::vector<StudyData>& studies,
                                                   const EffectSizeOptions& options)
{
    std::vector<EffectSize> sizes;
    sizes.reserve(studies.size());
    for (std::size_t i = 0; i < studies.size(); ++i) {
        auto size = computeEffectSize(measure, studies[i], options);
        if (!size) {
            const QString label =
                studies[i].study.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(studies[i].study);
            return makeError(size.error().code,
                             QStringLiteral("study %1%2: %3").arg(i + 1).arg(label, size.error().message));
        }
        sizes.push_back(std::move(size.value()));
    }
    return sizes;
}

} // namespace stemma::core::analysis
