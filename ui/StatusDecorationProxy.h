#pragma once

#include <QIdentityProxyModel>

namespace ase {

/// Gives the status column of a ResourceTableModel an icon and a colour, so that a
/// status is never told by colour alone; every other role passes through.
class StatusDecorationProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDecorationProxy)

public:
    explicit StatusDecorationProxy(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The icon of a ResourceTableModel::StatusKind (empty for StatusNone).
    static QIcon iconFor(int status);
};

} // namespace ase
