// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

namespace ase {

/// Gives the status column of a ResourceTableModel (directly or through a filter proxy) an icon and a colour,
/// so that a status is never told by colour alone; every other role passes through.
class StatusDecorationProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDecorationProxy)

public:
    explicit StatusDecorationProxy(QObject* parent = nullptr);

    /// The column that shows the status (-1: none).
    void setStatusColumn(int column) { m_statusColumn = column; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The icon of a ResourceTableModel::StatusKind (empty for StatusNone).
    static QIcon iconFor(int status);
    /// The text colour of a ResourceTableModel::StatusKind in the current palette (light or
    /// dark); invalid for the kinds the panes leave in the text colour (none, ok).
    static QColor colourFor(int status);

private:
    int m_statusColumn = -1;
};

} // namespace ase
