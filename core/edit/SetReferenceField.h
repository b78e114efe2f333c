// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/** The fields of a Reference a reviewer can edit one at a time. */
enum class ReferenceField {
    Title,
    Year,
    Journal,
    Volume,
    Issue,
    Pages,
    Doi,
    Pmid,
    Abstract,
    Keywords,
    Type,
    Language,
    Url,
    PublicationTypes ///< the source's kinds of work, as text "Case Reports; Review"
};

/**
 * Sets one field of a stored reference. Values travel as text so one command serves every
 * field: the year as digits (empty for "unknown"), keywords one per line, the type by the name
 * toString(PublicationType) gives it.
 *
 * The old value is read from the file on the first apply(), so the command can be built
 * from what the reviewer typed alone; revert() writes that value back.
 */
class SetReferenceField final : public EditCommand
{
public:
    SetReferenceField(ReferenceId reference, ReferenceField field, QString newValue);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;
    bool mergeWith(const EditCommand& next) override;

    ReferenceId reference() const { return m_reference; }
    ReferenceField field() const { return m_field; }
    const QString& newValue() const { return m_newValue; }
    /** The value before the first apply(); empty until then. */
    const std::optional<QString>& oldValue() const { return m_oldValue; }

    /** The field's current value in the text form described above. */
    static QString value(const Reference& reference, ReferenceField field);
    /** Writes \a text into \a field of \a reference; fails when the text does not fit the field (a year of "abc"). */
    static Result<void> setValue(Reference& reference, ReferenceField field, const QString& text);
    /** The field's name for menus and messages ("title", "DOI"). */
    static QString fieldName(ReferenceField field);

private:
    Result<void> write(ReviewProject& project, const QString& text, bool rememberOld);

    ReferenceId m_reference;
    ReferenceField m_field;
    QString m_newValue;
    std::optional<QString> m_oldValue;
};

} // namespace stemma::core::edit
