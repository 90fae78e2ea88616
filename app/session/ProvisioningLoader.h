// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"
#include "app/kube/ApiError.h"
#include "models/provisioning/ProvisioningContext.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ase {

class Session;

/// Reads, once, what the provisioning checks need from the cluster and the device (the
/// headless commands; the window has it in its store): the PersistentVolumes, the claims
/// of one namespace, the StorageClasses, the namespaces and the device's shares. What the
/// user may not list (a namespace user and PVs or namespaces) is marked unknown and left
/// to the server; any other failure ends the load with its error.
class ProvisioningLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningLoader)

public:
    struct Result
    {
        provisioning::ProvisioningContext context;
        ApiError error; ///< the cluster refused or could not be reached
        ArmError deviceError; ///< the device's shares could not be read
        bool ok() const { return error.ok() && deviceError.ok(); }
    };
    using Callback = std::function<void(const Result& result)>;

    /// Starts at once; `done` is called once, later, unless the loader is destroyed first.
    ProvisioningLoader(Session* session, const QString& ns, Callback done, QObject* parent = nullptr);
    ~ProvisioningLoader() override;

private:
    void finishOne();

    Result m_result;
    Callback m_done;
    int m_pending = 0;
};

} // namespace ase
