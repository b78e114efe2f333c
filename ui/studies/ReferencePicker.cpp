// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/ReferencePicker.h"

#include "core/ReviewProject.h"
#include "core/db/LibraryQuery.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace stemma::ui {

ReferencePicker::ReferencePicker(core::ReviewProject& project, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("referencePicker"));
    setWindowTitle(tr("Link Reference"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("referencePickerFilter"));
    m_filter->setPlaceholderText(tr("Words of the title or an author's name"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("referencePickerList"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ReferencePicker::refill);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (chosen().isValid())
            accept();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    refill();
}

ReferencePicker::~ReferencePicker() = default;

core::ReferenceId ReferencePicker::chosen() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? core::ReferenceId(item->data(Qt::UserRole).toLongLong()) : core::ReferenceId();
}

void ReferencePicker::refill()
{
    m_list->clear();
    core::db::LibraryFilter filter;
    filter.searchText = m_filter->text();
    core::db::LibraryQuery query(m_project.database());
    auto rows = query.page(filter, core::db::LibrarySort{}, 0, LIMIT);
    if (!rows)
        return;
    for (const core::db::LibraryRow& row : *rows) {
        QString authors = row.firstAuthors.isEmpty() ? QString() : row.firstAuthors.front().shortName();
        if (row.authorCount > 1)
            authors += tr(" et al.");
        const QString year = row.year ? QString::number(*row.year) : tr("n.d.");
        auto* item = new QListWidgetItem(tr("%1 (%2) %3").arg(authors, year, row.title).trimmed(), m_list);
        item->setData(Qt::UserRole, row.id.value);
        item->setToolTip(row.title);
    }
    m_list->setCurrentRow(0);
}

} // namespace stemma::ui
