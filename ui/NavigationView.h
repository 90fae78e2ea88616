// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeWidget>

namespace ase {

/// The left-hand navigation, grouped as the user thinks: the device (its shares) and the
/// cluster (volumes, claims, classes), each entry with its count.
class NavigationView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationView)

public:
    enum Group { DeviceGroup, ClusterGroup };

    explicit NavigationView(QWidget* parent = nullptr);

    /// Adds an entry for a pane (kind) under a group.
    void addEntry(Group group, const QString& kind, const QString& title);
    void setCount(const QString& kind, int shown, int total);
    /// A short state shown after the title ("no permission", "connecting"...), or empty.
    void setNote(const QString& kind, const QString& note);
    void setGroupTitle(Group group, const QString& title);
    void selectKind(const QString& kind);
    QString currentKind() const;

Q_SIGNALS:
    void kindActivated(const QString& kind);

private:
    QTreeWidgetItem* entry(const QString& kind) const;
    void updateText(QTreeWidgetItem* item);

    QTreeWidgetItem* m_groups[2];
};

} // namespace ase
