// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grade/SummaryOfFindings.h"

#include "core/analysis/Distributions.h"

#include <cmath>

namespace stemma::core::grade {

namespace {

const double Z95 = 1.959963984540054;

QString fixed(double value, int decimals)
{
    // A true minus sign reads better in tables than a hyphen.
    return QString::number(value, 'f', decimals).replace(QLatin1Char('-'), QChar(0x2212));
}

QString absoluteEffect(const compare::Comparison& c, const compare::ComparisonRow& row)
{
    if (!row.estimate)
        return row.rangeMin && row.rangeMax
                   ? QStringLiteral("not pooled; range %1 to %2").arg(fixed(*row.rangeMin, 1), fixed(*row.rangeMax, 1))
                   : QStringLiteral("not pooled");
    const bool ci = row.ciLb && row.ciUb;
    if (c.proportions) {
        QString text = QStringLiteral("%1 per 1000").arg(qRound(*row.estimate * 1000.0));
        if (ci)
            text +=
                QStringLiteral(" (95% CI %1 to %2)").arg(qRound(*row.ciLb * 1000.0)).arg(qRound(*row.ciUb * 1000.0));
        return text;
    }
    QString text = QStringLiteral("Mean change %1 %2").arg(fixed(*row.estimate, 1), c.measure.unit);
    if (ci)
        text += QStringLiteral(" (95% CI %1 to %2)").arg(fixed(*row.ciLb, 1), fixed(*row.ciUb, 1));
    return text.simplified();
}

/// Standard error behind a symmetric 95% CI on the analysis scale.
std::optional<double> seFromCi(std::optional<double> lb, std::optional<double> ub)
{
    if (!lb || !ub || !(*ub > *lb))
        return std::nullopt;
    return (*ub - *lb) / (2.0 * Z95);
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

/// MSC against HSCT across studies: a ratio of proportions (log scale, delta method from the
/// logit CIs) or a difference in mean change.
std::optional<QString> relativeEffect(const compare::Comparison& c,
                                      const compare::ComparisonRow& a,
                                      const compare::ComparisonRow& b)
{
    if (!a.estimate || !b.estimate || !a.ciLb || !a.ciUb || !b.ciLb || !b.ciUb)
        return std::nullopt;
    if (c.proportions) {
        const auto inside = [](double p) { return p > 0.0 && p < 1.0; };
        if (!inside(*a.estimate) || !inside(*b.estimate) || !inside(*a.ciLb) || !inside(*a.ciUb) || !inside(*b.ciLb) ||
            !inside(*b.ciUb))
            return std::nullopt;
        const double seA = *seFromCi(logit(*a.ciLb), logit(*a.ciUb)) * (1.0 - *a.estimate);
        const double seB = *seFromCi(logit(*b.ciLb), logit(*b.ciUb)) * (1.0 - *b.estimate);
        const double logRr = std::log(*a.estimate / *b.estimate);
        const double se = std::sqrt(seA * seA + seB * seB);
        return QStringLiteral("RR %1 (95% CI %2 to %3)")
            .arg(fixed(std::exp(logRr), 2), fixed(std::exp(logRr - Z95 * se), 2), fixed(std::exp(logRr + Z95 * se), 2));
    }
    const auto seA = seFromCi(a.ciLb, a.ciUb);
    const auto seB = seFromCi(b.ciLb, b.ciUb);
    if (!seA || !seB)
        return std::nullopt;
    const double diff = *a.estimate - *b.estimate;
    const double se = std::sqrt(*seA * *seA + *seB * *seB);
    return QStringLiteral("MD %1 %2 (95% CI %3 to %4)")
        .arg(fixed(diff, 1), c.measure.unit, fixed(diff - Z95 * se, 1), fixed(diff + Z95 * se, 1))
        .simplified();
}

QString marker(int index)
{
    return QString(QChar(QLatin1Char('a').unicode() + index % 26));
}

QString rowName(const compare::ComparisonRow& row)
{
    return row.label();
}

} // namespace

QString certaintyText(CertaintyLevel level)
{
    return symbols(level) + QLatin1Char(' ') + displayName(level);
}

SummaryOfFindings summaryOfFindings(const compare::Comparison& c, const std::vector<RowCertainty>& certainty)
{
    SummaryOfFindings sof;
    sof.outcome = QStringLiteral("%1: %2").arg(c.measure.code, c.measure.name);
    sof.caption = QStringLiteral("Summary of findings: %1").arg(compare::comparisonTitle(c));
    const compare::ComparisonRow* msc = nullptr;
    const compare::ComparisonRow* hsct = nullptr;
    for (const auto& row : c.rows)
        if (row.kind == compare::RowKind::Aggregate && row.subgroup.isEmpty()) {
            if (row.family == InterventionFamily::Msc && !msc)
                msc = &row;
            if (row.family == InterventionFamily::Hsct && !hsct)
                hsct = &row;
        }
    const std::optional<QString> relative = msc && hsct ? relativeEffect(c, *msc, *hsct) : std::nullopt;
    QString relativeMarker;
    if (relative) {
        relativeMarker = marker(static_cast<int>(sof.footnotes.size()));
        sof.footnotes << relativeMarker + QStringLiteral(": MSC against HSCT compared across studies, not within "
                                                         "randomised comparisons; unadjusted, normal approximation.");
    }
    for (const RowCertainty& rc : certainty) {
        const compare::ComparisonRow& row = c.rows[rc.rowIndex];
        SofRow out;
        out.comparison = rowName(row);
        out.key = rc.comparison;
        out.participants = row.patients;
        out.studies = row.studyCount;
        out.certainty = rc.assessment.level();
        for (const DomainCertainty& d : rc.assessment.domains) {
            if (d.levels == 0 && d.footnote.isEmpty())
                continue;
            const QString m = marker(static_cast<int>(sof.footnotes.size()));
            const QString change = d.levels < 0   ? QStringLiteral("rated down %1").arg(-d.levels)
                                   : d.levels > 0 ? QStringLiteral("rated up %1").arg(d.levels)
                                                  : QStringLiteral("not rated down");
            sof.footnotes << QStringLiteral("%1: %2 (%3), %4: %5")
                                 .arg(m,
                                      displayName(d.domain),
                                      out.comparison,
                                      change,
                                      d.footnote.isEmpty() ? d.reason : d.footnote);
            out.certaintyNotes << m;
        }
        out.absoluteEffect = absoluteEffect(c, row);
        out.relativeEffect =
            (&row == msc && relative) ? *relative + QLatin1Char(' ') + relativeMarker : QStringLiteral("—");
        sof.rows.push_back(out);
    }
    return sof;
}

Result<SummaryOfFindings> summaryOfFindings(ReviewProject& project, const compare::Comparison& comparison)
{
    auto certainty = assessCertainty(project, comparison);
    if (!certainty)
        return certainty.error();
    return summaryOfFindings(comparison, *certainty);
}

compare::Table sofTable(const SummaryOfFindings& sof)
{
    compare::Table table;
    table.caption = sof.caption;
    table.header = {QStringLiteral("Outcome"),
                    QStringLiteral("Comparison"),
                    QStringLiteral("№ of participants (studies)"),
                    QStringLiteral("Certainty of the evidence (GRADE)"),
                    QStringLiteral("Relative effect (95% CI)"),
                    QStringLiteral("Absolute effect (95% CI)")};
    for (const SofRow& row : sof.rows) {
        QString certainty = certaintyText(row.certainty);
        if (!row.certaintyNotes.isEmpty())
            certainty += QLatin1Char(' ') + row.certaintyNotes.join(QLatin1Char(','));
        table.rows.push_back({sof.outcome,
                              row.comparison,
                              QStringLiteral("%1 (%2)").arg(row.participants).arg(row.studies),
                              certainty,
                              row.relativeEffect,
                              row.absoluteEffect});
    }
    return table;
}

std::vector<compare::HeadedTable> sofTables(const SummaryOfFindings& sof)
{
    compare::Table notes;
    notes.caption = QStringLiteral("Footnotes");
    notes.header = {QStringLiteral("Footnote")};
    for (const QString& note : sof.footnotes)
        notes.rows.push_back({note});
    return {{QStringLiteral("Summary of findings"), sofTable(sof)}, {QStringLiteral("Footnotes"), notes}};
}

QString exportSummaryOfFindings(const SummaryOfFindings& sof, compare::TableFormat format)
{
    return compare::exportTables(sofTables(sof), format);
}

Result<void> writeSummaryOfFindingsXlsx(const SummaryOfFindings& sof, const QString& path)
{
    return compare::writeTablesXlsx(sofTables(sof), path);
}

} // namespace stemma::core::grade
