// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/OutcomeResultText.h"

#include <QCoreApplication>

namespace stemma::ui {
namespace {

QString number(std::optional<double> value)
{
    return value ? QString::number(*value) : QStringLiteral("\u2013");
}

QString tr(const char* text)
{
    return QCoreApplication::translate("OutcomeResultText", text);
}

/** " [lower–upper]" when both limits are known, else nothing. */
QString interval(const core::OutcomeResult& result)
{
    if (!result.lower || !result.upper)
        return {};
    return QStringLiteral(" [%1\u2013%2]").arg(number(result.lower), number(result.upper));
}

} // namespace

QString outcomeResultText(const core::OutcomeResult& result)
{
    using core::Statistic;
    QString text;
    switch (result.statistic) {
    case Statistic::EventsTotal:
        if (result.events)
            text =
                result.n ? tr("%1/%2 events").arg(*result.events).arg(*result.n) : tr("%1 events").arg(*result.events);
        else
            text = number(result.value);
        break;
    case Statistic::Percentage:
        text = result.value ? QStringLiteral("%1%").arg(number(result.value)) : number(result.value);
        break;
    case Statistic::MeanSd:
        text = number(result.value);
        if (result.spread)
            text += tr(" (SD %1)").arg(number(result.spread));
        break;
    case Statistic::MedianIqr:
        text = tr("median %1").arg(number(result.value)) + interval(result);
        break;
    case Statistic::HazardRatio:
        text = tr("HR %1").arg(number(result.value)) + interval(result);
        break;
    case Statistic::IndividualValue:
        text = number(result.value);
        break;
    }
    if (result.isChangeFromBaseline)
        text = tr("change %1").arg(text);
    return text;
}

} // namespace stemma::ui
