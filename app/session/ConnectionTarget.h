// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ase {

/// What a connection was made to, in terms that stay true the next time the app starts:
/// "the demo device" (never its port, which changes on every start) or a kubeconfig
/// context (the file as given — empty means KUBECONFIG, else ~/.kube/config — the
/// context's name and the namespace override). What File → Recent and the reconnect on
/// start use.
struct ConnectionTarget
{
    Q_DECLARE_TR_FUNCTIONS(ase::ConnectionTarget)

public:
    enum class Kind { None, Demo, Kubeconfig };

    Kind kind = Kind::None;
    QString kubeconfig; ///< the file as given; empty = KUBECONFIG, else ~/.kube/config
    QString context;
    QString ns; ///< empty = the context's namespace

    static ConnectionTarget demo() { return {Kind::Demo, {}, {}, {}}; }
    static ConnectionTarget kubeconfigContext(
        const QString& file, const QString& context, const QString& ns = {})
    {
        return {Kind::Kubeconfig, file, context, ns};
    }

    bool isValid() const { return kind == Kind::Demo || (kind == Kind::Kubeconfig && !context.isEmpty()); }
    /// "The demo device", "prod-edge (namespace media) — ~/.kube/edge.yaml": for menus.
    QString title() const;

    friend bool operator==(const ConnectionTarget&, const ConnectionTarget&) = default;
};

} // namespace ase
