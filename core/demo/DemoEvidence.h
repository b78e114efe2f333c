// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::demo {

/**
 * The demo's own evidence: each value in resources/demo/studies.json may carry "quotes", the words
 * of its reference's abstract that state it, by field ({"cellsPerKg": "1x10^6/kg"}). Once a
 * study's values are stored, every quote becomes a tagged span of the abstract linked to its value,
 * unless the extractor already linked that value. A quote its abstract lacks is a mistake in the
 * data and fails the build, so the demo never points a reviewer at text that is not there.
 */
class DemoEvidence
{
public:
    /** Remembers the quotes of \a object for the row \a entity / \a id ("intervention", 12). */
    void add(const QJsonObject& object, const QString& entity, qint64 id);
    /** The same for an outcome result, filed under the tag of its measure \a code ("mRSS", "TRM"). */
    void addOutcome(const QJsonObject& object, qint64 id, const QString& code);

    /** Tags and links every remembered quote in the abstract of \a reference and forgets them. */
    Result<int> link(ReviewProject& project, ReferenceId reference, const QString& where);

    /** The codebook tag the quote of \a field of an \a entity row is filed under ("cellsPerKg" → "Dose"). */
    static QString tagFor(const QString& entity, const QString& field);
    /** The codebook tag of an outcome measure's numbers ("TRM" → "Treatment-related mortality"). */
    static QString tagForMeasure(const QString& code);

private:
    struct Quoted
    {
        QString entity;
        qint64 id = 0;
        QString field;
        QString tag;
        QString quote;
    };
    std::vector<Quoted> m_quoted;
};

} // namespace stemma::core::demo
