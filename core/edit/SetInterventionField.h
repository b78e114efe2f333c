// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Study.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/** The typed attributes of an Intervention a reviewer edits one at a time. */
enum class InterventionField {
    Family,
    Description,
    MscSource,
    Donor,
    CellsPerKg,
    Infusions,
    Route,
    Mobilisation,
    Conditioning,
    Cd34Selection,
    Atg,
    AtgDetail,
    Drugs,
};

/**
 * Sets one attribute of a stored intervention from text, like SetStudyField: enumerations by the
 * names toString() gives them ("bone-marrow", "allogeneic-unrelated"), numbers as digits ("2e6"
 * for cells/kg), yes/no attributes as "yes", "no" or empty for not reported. The old value is
 * read on the first apply().
 */
class SetInterventionField final : public EditCommand
{
public:
    SetInterventionField(InterventionId intervention, InterventionField field, QString newValue);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;
    bool mergeWith(const EditCommand& next) override;

    const std::optional<QString>& oldValue() const { return m_oldValue; }

    static QString value(const Intervention& intervention, InterventionField field);
    static Result<void> setValue(Intervention& intervention, InterventionField field, const QString& text);
    /** The attribute's name for menus ("cells/kg"). */
    static QString fieldName(InterventionField field);
    /** The field name evidence links use ("cellsPerKg"), as the extractor's accept step writes them. */
    static QString linkName(InterventionField field);

private:
    Result<void> write(ReviewProject& project, const QString& text, bool rememberOld);

    InterventionId m_intervention;
    InterventionField m_field;
    QString m_newValue;
    std::optional<QString> m_oldValue;
    StudyId m_study; ///< the owning study, read on apply(), for the change notification
};

} // namespace stemma::core::edit
