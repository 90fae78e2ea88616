// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/ConnectionTarget.h"

#include <QDir>

namespace ase {

QString ConnectionTarget::title() const
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Demo:
        return tr("The demo device");
    case Kind::Kubeconfig: {
        const QString name = ns.isEmpty() ? context : tr("%1 (namespace %2)").arg(context, ns);
        if (kubeconfig.isEmpty())
            return name;
        QString file = QDir::toNativeSeparators(kubeconfig);
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (file.startsWith(home + QDir::separator()))
            file = u'~' + file.mid(home.size());
        return tr("%1 — %2").arg(name, file);
    }
    }
    return {};
}

} // namespace ase
