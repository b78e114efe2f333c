// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evidence/TagPicker.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace stemma::ui {

TagPicker::TagPicker(const std::vector<core::Tag>& tags, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Tag selection"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("tagFilterEdit"));
    m_filter->setPlaceholderText(tr("Type a tag name…"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tagPickList"));
    QStringList paths;
    for (const core::Tag& tag : tags) {
        const QString path = pathOf(tags, tag);
        paths << path;
        auto* item = new QListWidgetItem(path, m_list);
        item->setData(Qt::UserRole, tag.id.value);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(tag.colour));
        item->setIcon(QIcon(swatch));
    }
    auto* completer = new QCompleter(paths, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_filter->setCompleter(completer);
    connect(m_filter, &QLineEdit::textChanged, this, &TagPicker::filter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString TagPicker::pathOf(const std::vector<core::Tag>& tags, const core::Tag& tag)
{
    QStringList parts{tag.name};
    core::TagId parent = tag.parent;
    // Bounded by the tag count so a broken tree cannot loop.
    for (size_t guard = 0; parent.isValid() && guard < tags.size(); ++guard) {
        auto it = std::find_if(tags.begin(), tags.end(), [&](const core::Tag& t) { return t.id == parent; });
        if (it == tags.end())
            break;
        parts.prepend(it->name);
        parent = it->parent;
    }
    return parts.join(QStringLiteral(" / "));
}

void TagPicker::filter(const QString& text)
{
    const QString needle = text.trimmed();
    QListWidgetItem* first = nullptr;
    QListWidgetItem* exact = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString path = item->text();
        const bool visible = needle.isEmpty() || path.contains(needle, Qt::CaseInsensitive);
        item->setHidden(!visible);
        if (visible && !first)
            first = item;
        const QString leaf = path.section(QStringLiteral(" / "), -1);
        if (visible && !exact &&
            (leaf.compare(needle, Qt::CaseInsensitive) == 0 || path.compare(needle, Qt::CaseInsensitive) == 0))
            exact = item;
    }
    m_list->setCurrentItem(exact ? exact : first);
}

core::TagId TagPicker::chosen() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden())
        return {};
    return core::TagId(item->data(Qt::UserRole).toLongLong());
}

} // namespace stemma::ui
