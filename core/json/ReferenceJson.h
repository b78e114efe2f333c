// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"

#include <QJsonObject>

namespace stemma::core::json {

/**
 * The JSON form of a reference used by `stemma-cli list --json` and exports: id, title,
 * authors [{family, given} or {collective}], year (number or null), journal, volume, issue,
 * pages, doi, pmid, abstract, keywords, type, publication_types (when the source named any),
 * grey_literature (bool), not_found (the fields the import could not find).
 */
QJsonObject toJson(const Reference& reference);

} // namespace stemma::core::json
