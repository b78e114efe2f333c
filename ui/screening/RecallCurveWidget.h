// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

namespace stemma::ui {

/** A small recall curve: includes found against records screened, in the order they were decided. */
class RecallCurveWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RecallCurveWidget(QWidget* parent = nullptr);

    void setCurve(std::vector<int> foundAfter, int candidateCount);
    QSize sizeHint() const override { return {240, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<int> m_foundAfter;
    int m_candidates = 0;
};

} // namespace stemma::ui
