// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace stemma::core::import {

/**
 * The names of the elements open inside a record, joined with '/' ("Article/Journal/Title"),
 * kept up to date as tags open and close. Opening or closing a tag costs the length of its
 * name, not the depth: rebuilding the joined path on every tag made a deeply nested file
 * (a few hundred KB, 40,000 levels) take minutes to read.
 */
class ElementPath
{
public:
    void push(QStringView name)
    {
        m_ends.append(m_joined.size());
        if (!m_joined.isEmpty())
            m_joined += QLatin1Char('/');
        m_joined += name;
    }
    void pop()
    {
        if (m_ends.isEmpty())
            return;
        m_joined.truncate(m_ends.takeLast());
    }
    bool isEmpty() const { return m_ends.isEmpty(); }
    qsizetype depth() const { return m_ends.size(); }
    /** The open elements, outermost first, separated by '/'. */
    const QString& joined() const { return m_joined; }
    bool operator==(QLatin1String path) const { return m_joined == path; }
    bool endsWith(QLatin1String tail) const { return m_joined.endsWith(tail); }

private:
    QString m_joined;
    QList<qsizetype> m_ends; ///< length of m_joined before each open element was added
};

} // namespace stemma::core::import
