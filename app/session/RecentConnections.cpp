// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/RecentConnections.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

constexpr auto kList = "recentConnections/list"_L1;
constexpr auto kKind = "kind"_L1;
constexpr auto kKubeconfig = "kubeconfig"_L1;
constexpr auto kContext = "context"_L1;
constexpr auto kNamespace = "namespace"_L1;
constexpr auto kDemo = "demo"_L1;
constexpr auto kKubeconfigKind = "kubeconfig"_L1;

} // namespace

RecentConnections::RecentConnections(QSettings& settings)
    : m_settings(settings)
{
    const int count = m_settings.beginReadArray(kList);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        const QString kind = m_settings.value(kKind).toString();
        ConnectionTarget target;
        if (kind == kDemo)
            target = ConnectionTarget::demo();
        else if (kind == kKubeconfigKind)
            target = ConnectionTarget::kubeconfigContext(m_settings.value(kKubeconfig).toString(),
                m_settings.value(kContext).toString(), m_settings.value(kNamespace).toString());
        if (target.isValid() && !m_targets.contains(target) && m_targets.size() < kMaximum)
            m_targets.append(target);
    }
    m_settings.endArray();
}

void RecentConnections::add(const ConnectionTarget& target)
{
    if (!target.isValid())
        return;
    m_targets.removeAll(target);
    m_targets.prepend(target);
    while (m_targets.size() > kMaximum)
        m_targets.removeLast();
    write();
}

void RecentConnections::remove(const ConnectionTarget& target)
{
    if (m_targets.removeAll(target) > 0)
        write();
}

void RecentConnections::clear()
{
    m_targets.clear();
    write();
}

void RecentConnections::write()
{
    m_settings.remove(kList);
    m_settings.beginWriteArray(kList, int(m_targets.size()));
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        m_settings.setArrayIndex(int(i));
        const ConnectionTarget& target = m_targets.at(i);
        if (target.kind == ConnectionTarget::Kind::Demo) {
            m_settings.setValue(kKind, kDemo);
            continue;
        }
        m_settings.setValue(kKind, kKubeconfigKind);
        m_settings.setValue(kKubeconfig, target.kubeconfig);
        m_settings.setValue(kContext, target.context);
        m_settings.setValue(kNamespace, target.ns);
    }
    m_settings.endArray();
}

} // namespace ase
