// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/DemoDevice.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <memory>

namespace ase::demo {

/// Runs the demo device embedded in the app, in a thread of its own so that its
/// controllers never stall the window. The app then reaches it over the loopback socket
/// like any real device, with the kubeconfig and device profile it reports.
class DemoHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHost)

public:
    explicit DemoHost(QObject* parent = nullptr);
    ~DemoHost() override; ///< stops the device and its thread

    /// Starts the device; ready() or failed() follows.
    void start(const DemoDeviceOptions& options);

Q_SIGNALS:
    void ready(const QJsonObject& kubeconfig, const QJsonObject& deviceProfile);
    void failed(const QString& message);

private:
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives in m_thread: the device is made and deleted there
    std::unique_ptr<DemoDevice> m_device; ///< made and reset in m_thread
};

} // namespace ase::demo
