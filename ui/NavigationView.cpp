// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/NavigationView.h"

#include <QHeaderView>

namespace ase {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int TitleRole = Qt::UserRole + 1;
constexpr int CountRole = Qt::UserRole + 2;
constexpr int NoteRole = Qt::UserRole + 3;
} // namespace

NavigationView::NavigationView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Navigation"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setColumnCount(1);
    m_groups[DeviceGroup] = new QTreeWidgetItem(this, {tr("Device")});
    m_groups[ClusterGroup] = new QTreeWidgetItem(this, {tr("Cluster")});
    for (QTreeWidgetItem* group : m_groups) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = font();
        f.setBold(true);
        group->setFont(0, f);
        group->setExpanded(true);
    }
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, KindRole).toString().isEmpty())
            Q_EMIT kindActivated(item->data(0, KindRole).toString());
    });
}

void NavigationView::addEntry(Group group, const QString& kind, const QString& title)
{
    auto* item = new QTreeWidgetItem(m_groups[group]);
    item->setData(0, KindRole, kind);
    item->setData(0, TitleRole, title);
    updateText(item);
    m_groups[group]->setExpanded(true);
}

QTreeWidgetItem* NavigationView::entry(const QString& kind) const
{
    for (QTreeWidgetItem* group : m_groups) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, KindRole).toString() == kind)
                return group->child(i);
        }
    }
    return nullptr;
}

void NavigationView::setCount(const QString& kind, int shown, int total)
{
    if (QTreeWidgetItem* item = entry(kind)) {
        item->setData(
            0, CountRole, shown == total ? QString::number(total) : tr("%1 of %2").arg(shown).arg(total));
        updateText(item);
    }
}

void NavigationView::setNote(const QString& kind, const QString& note)
{
    if (QTreeWidgetItem* item = entry(kind)) {
        item->setData(0, NoteRole, note);
        item->setToolTip(0, note);
        updateText(item);
    }
}

void NavigationView::setGroupTitle(Group group, const QString& title)
{
    m_groups[group]->setText(0, title);
}

void NavigationView::updateText(QTreeWidgetItem* item)
{
    const QString title = item->data(0, TitleRole).toString();
    const QString count = item->data(0, CountRole).toString();
    const QString note = item->data(0, NoteRole).toString();
    QString text = count.isEmpty() ? title : tr("%1 (%2)").arg(title, count);
    if (!note.isEmpty())
        text = tr("%1 — %2").arg(text, note);
    item->setText(0, text);
}

void NavigationView::selectKind(const QString& kind)
{
    if (QTreeWidgetItem* item = entry(kind))
        setCurrentItem(item);
}

QString NavigationView::currentKind() const
{
    return currentItem() ? currentItem()->data(0, KindRole).toString() : QString();
}

} // namespace ase
