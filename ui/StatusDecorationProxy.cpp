// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/StatusDecorationProxy.h"

#include "models/itemmodels/ResourceTableModel.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>

namespace ase {

StatusDecorationProxy::StatusDecorationProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

QIcon StatusDecorationProxy::iconFor(int status)
{
    switch (status) {
    case ResourceTableModel::StatusOk: {
        static const QIcon icon(QStringLiteral(":/icons/status-ok.svg"));
        return icon;
    }
    case ResourceTableModel::StatusPending: {
        static const QIcon icon(QStringLiteral(":/icons/status-pending.svg"));
        return icon;
    }
    case ResourceTableModel::StatusWarning: {
        static const QIcon icon(QStringLiteral(":/icons/status-warning.svg"));
        return icon;
    }
    case ResourceTableModel::StatusError: {
        static const QIcon icon(QStringLiteral(":/icons/status-error.svg"));
        return icon;
    }
    case ResourceTableModel::StatusTerminating: {
        static const QIcon icon(QStringLiteral(":/icons/status-terminating.svg"));
        return icon;
    }
    default:
        return {};
    }
}

QVariant StatusDecorationProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole || role == Qt::ForegroundRole) {
        if (index.column() == m_statusColumn) {
            const int status = index.data(ResourceTableModel::StatusRole).toInt();
            if (role == Qt::DecorationRole)
                return iconFor(status);
            const QColor colour = colourFor(status);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
    }
    return QIdentityProxyModel::data(index, role);
}

QColor StatusDecorationProxy::colourFor(int status)
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (status) {
    case ResourceTableModel::StatusPending:
        return QColor(dark ? 0xf0c060 : 0x9a6700);
    case ResourceTableModel::StatusWarning:
        return QColor(dark ? 0xffa25c : 0xb35900);
    case ResourceTableModel::StatusError:
        return QColor(dark ? 0xff7b72 : 0xc62828);
    case ResourceTableModel::StatusTerminating:
        return QApplication::palette().color(QPalette::PlaceholderText);
    default:
        return {};
    }
}

} // namespace ase
