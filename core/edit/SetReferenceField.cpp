// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetReferenceField.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/import/Normalize.h"

namespace stemma::core::edit {
namespace {

constexpr int MIN_YEAR = 1000;
constexpr int MAX_YEAR = 2999;

} // namespace

SetReferenceField::SetReferenceField(ReferenceId reference, ReferenceField field, QString newValue)
    : m_reference(reference)
    , m_field(field)
    , m_newValue(std::move(newValue))
{
}

Result<void> SetReferenceField::apply(ReviewProject& project)
{
    return write(project, m_newValue, !m_oldValue.has_value());
}

Result<void> SetReferenceField::revert(ReviewProject& project)
{
    Q_ASSERT(m_oldValue.has_value());
    if (!m_oldValue)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    return write(project, *m_oldValue, false);
}

Result<void> SetReferenceField::write(ReviewProject& project, const QString& text, bool rememberOld)
{
    auto reference = project.references().get(m_reference);
    if (!reference)
        return reference.error();
    const QString previous = value(*reference, m_field);
    STEMMA_TRY(setValue(*reference, m_field, text));
    STEMMA_TRY(project.references().update(*reference));
    if (rememberOld)
        m_oldValue = previous;
    return {};
}

QString SetReferenceField::text() const
{
    return QStringLiteral("Edit %1").arg(fieldName(m_field));
}

QString SetReferenceField::value(const Reference& reference, ReferenceField field)
{
    switch (field) {
    case ReferenceField::Title:
        return reference.title;
    case ReferenceField::Year:
        return reference.year ? QString::number(*reference.year) : QString();
    case ReferenceField::Journal:
        return reference.journal;
    case ReferenceField::Volume:
        return reference.volume;
    case ReferenceField::Issue:
        return reference.issue;
    case ReferenceField::Pages:
        return reference.pages;
    case ReferenceField::Doi:
        return reference.doi;
    case ReferenceField::Pmid:
        return reference.pmid;
    case ReferenceField::Abstract:
        return reference.abstract;
    case ReferenceField::Keywords:
        return reference.keywords.join(QLatin1Char('\n'));
    case ReferenceField::Type:
        return toString(reference.type);
    case ReferenceField::Language:
        return reference.language;
    case ReferenceField::Url:
        return reference.url;
    case ReferenceField::PublicationTypes:
        return reference.publicationTypes.join(QStringLiteral("; "));
    }
    return {};
}

Result<void> SetReferenceField::setValue(Reference& reference, ReferenceField field, const QString& text)
{
    const QString trimmed = text.trimmed();
    switch (field) {
    case ReferenceField::Title:
        reference.title = trimmed;
        return {};
    case ReferenceField::Year: {
        if (trimmed.isEmpty()) {
            reference.year.reset();
            return {};
        }
        bool ok = false;
        const int year = trimmed.toInt(&ok);
        if (!ok || year < MIN_YEAR || year > MAX_YEAR)
            return Error{
                ErrorCode::InvalidArgument,
                QStringLiteral("\"%1\" is not a year; type four digits, or nothing when unknown").arg(trimmed)};
        reference.year = year;
        return {};
    }
    case ReferenceField::Journal:
        reference.journal = trimmed;
        return {};
    case ReferenceField::Volume:
        reference.volume = trimmed;
        return {};
    case ReferenceField::Issue:
        reference.issue = trimmed;
        return {};
    case ReferenceField::Pages:
        reference.pages = trimmed;
        return {};
    case ReferenceField::Doi:
        // Stored normalised (see Reference::doi) so duplicate detection keeps working.
        reference.doi = trimmed.toLower();
        for (const QLatin1String prefix : {QLatin1String("https://doi.org/"),
                                           QLatin1String("http://doi.org/"),
                                           QLatin1String("https://dx.doi.org/"),
                                           QLatin1String("doi:")})
            if (reference.doi.startsWith(prefix))
                reference.doi = reference.doi.mid(prefix.size()).trimmed();
        return {};
    case ReferenceField::Pmid:
        for (const QChar c : trimmed)
            if (!c.isDigit())
                return Error{ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" is not a PubMed id; a PMID has digits only").arg(trimmed)};
        reference.pmid = trimmed;
        return {};
    case ReferenceField::Abstract:
        // Keeps the blank lines between sections; only the ends are trimmed.
        reference.abstract = trimmed;
        return {};
    case ReferenceField::Keywords: {
        QStringList keywords;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const QString keyword = line.trimmed();
            if (!keyword.isEmpty())
                keywords.append(keyword);
        }
        reference.keywords = keywords;
        return {};
    }
    case ReferenceField::Type:
        reference.type = publicationTypeFromString(trimmed);
        return {};
    case ReferenceField::Language:
        reference.language = trimmed;
        return {};
    case ReferenceField::Url:
        reference.url = trimmed;
        return {};
    case ReferenceField::PublicationTypes:
        reference.publicationTypes = import::splitLabels(text);
        reference.publicationTypes.removeDuplicates();
        return {};
    }
    return Error{ErrorCode::InvalidArgument, QStringLiteral("unknown field")};
}

QString SetReferenceField::fieldName(ReferenceField field)
{
    switch (field) {
    case ReferenceField::Title:
        return QStringLiteral("title");
    case ReferenceField::Year:
        return QStringLiteral("year");
    case ReferenceField::Journal:
        return QStringLiteral("journal");
    case ReferenceField::Volume:
        return QStringLiteral("volume");
    case ReferenceField::Issue:
        return QStringLiteral("issue");
    case ReferenceField::Pages:
        return QStringLiteral("pages");
    case ReferenceField::Doi:
        return QStringLiteral("DOI");
    case ReferenceField::Pmid:
        return QStringLiteral("PMID");
    case ReferenceField::Abstract:
        return QStringLiteral("abstract");
    case ReferenceField::Keywords:
        return QStringLiteral("keywords");
    case ReferenceField::Type:
        return QStringLiteral("type");
    case ReferenceField::Language:
        return QStringLiteral("language");
    case ReferenceField::Url:
        return QStringLiteral("URL");
    case ReferenceField::PublicationTypes:
        return QStringLiteral("publication types");
    }
    return {};
}

Change SetReferenceField::change() const
{
    return Change{text(),
                  {touched(EntityKind::Reference, m_reference.value, Operation::Updated, {fieldName(m_field)})}};
}

bool SetReferenceField::mergeWith(const EditCommand& next)
{
    // Typing into a field saves on every change; undo should restore what was there before, not one letter.
    const auto* other = dynamic_cast<const SetReferenceField*>(&next);
    if (!other || other->m_reference != m_reference || other->m_field != m_field)
        return false;
    m_newValue = other->m_newValue;
    return true;
}

} // namespace stemma::core::edit
