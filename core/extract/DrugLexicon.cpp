// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DrugLexicon.h"

#include "core/extract/RuleSupport.h"

#include <QStringList>

#include <array>
#include <utility>

namespace stemma::core::extract {

namespace {

// Canonical name, then a pattern for every way it is written. Longer spellings come first.
constexpr std::array<std::pair<const char*, const char*>, 27> DRUGS = {{
    {"methotrexate", "methotrexate|MTX"},
    {"azathioprine", "azathioprine|AZA"},
    {"cyclophosphamide", "cyclophosphamide|CYC|CTX"},
    {"mycophenolate mofetil", "mycophenolate(?:\\s+mofetil)?|mycophenolic\\s+acid|MMF"},
    {"rituximab", "rituximab"},
    {"tocilizumab", "tocilizumab"},
    {"ciclosporin", "ciclosporin|cyclosporine?(?:\\s+A)?|CsA"},
    {"tacrolimus", "tacrolimus"},
    {"methylprednisolone", "methylprednisolone"},
    {"prednisolone", "prednisolone"},
    {"prednisone", "prednisone"},
    {"glucocorticoids", "(?:cortico)?steroids?|glucocorticoids?|corticosteroid\\s+therapy"},
    {"hydroxychloroquine", "hydroxychloroquine|HCQ"},
    {"D-penicillamine", "D-?penicillamine"},
    {"intravenous immunoglobulin", "IVIG|IVIg|intravenous\\s+immunoglobulins?"},
    {"imatinib", "imatinib"},
    {"nintedanib", "nintedanib"},
    {"pirfenidone", "pirfenidone"},
    {"bosentan", "bosentan"},
    {"iloprost", "iloprost"},
    {"sildenafil", "sildenafil"},
    {"abatacept", "abatacept"},
    {"leflunomide", "leflunomide"},
    {"belimumab", "belimumab"},
    {"colchicine", "colchicine"},
    {"plasmapheresis", "plasmapheresis|plasma\\s+exchange"},
    {"prostanoids", "prostanoids|prostaglandins?|alprostadil"},
}};

} // namespace

QString DrugLexicon::pattern()
{
    QStringList alternatives;
    for (const auto& [name, spellings] : DRUGS) {
        Q_UNUSED(name);
        alternatives << QLatin1String(spellings);
    }
    return QStringLiteral("\\b(?:%1)\\b").arg(alternatives.join(QLatin1Char('|')));
}

QString DrugLexicon::canonical(const QString& name)
{
    for (const auto& [canonicalName, spellings] : DRUGS) {
        const QRegularExpression whole = support::regex(QStringLiteral("^(?:%1)$").arg(QLatin1String(spellings)));
        if (whole.match(name.simplified()).hasMatch())
            return QLatin1String(canonicalName);
    }
    return {};
}

} // namespace stemma::core::extract
