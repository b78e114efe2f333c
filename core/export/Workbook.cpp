// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/Workbook.h"

#include <QFile>

#include <xlsxwriter.h>

namespace stemma::core::exports {

Result<void> writeWorkbook(const std::vector<Sheet>& sheets, const QString& path, bool captionRow)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* workbook = workbook_new(file.constData());
    if (!workbook)
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(path));
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const Sheet& sheet : sheets) {
        const compare::Table& table = sheet.table;
        lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.left(31).toUtf8().constData());
        lxw_row_t r = 0;
        if (captionRow) {
            worksheet_write_string(worksheet, 0, 0, table.caption.toUtf8().constData(), bold);
            r = 2;
        }
        for (qsizetype col = 0; col < table.header.size(); ++col)
            worksheet_write_string(
                worksheet, r, static_cast<lxw_col_t>(col), table.header[col].toUtf8().constData(), bold);
        ++r;
        for (const auto& row : table.rows) {
            for (qsizetype col = 0; col < row.size(); ++col) {
                if (row[col].isEmpty())
                    continue;
                bool isNumber = false;
                const double v = row[col].toDouble(&isNumber);
                if (isNumber)
                    worksheet_write_number(worksheet, r, static_cast<lxw_col_t>(col), v, nullptr);
                else
                    worksheet_write_string(
                        worksheet, r, static_cast<lxw_col_t>(col), row[col].toUtf8().constData(), nullptr);
            }
            ++r;
        }
        worksheet_set_column(worksheet, 0, 0, 28, nullptr);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

} // namespace stemma::core::exports
