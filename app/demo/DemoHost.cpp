// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/DemoHost.h"

#include "app/demo/arm/ArmDevice.h"

namespace ase::demo {

DemoHost::DemoHost(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-device"));
}

DemoHost::~DemoHost()
{
    if (m_context) {
        // The device's sockets and timers belong to its thread: delete it there.
        QMetaObject::invokeMethod(
            m_context, [this] { m_device.reset(); }, Qt::BlockingQueuedConnection);
        m_context->deleteLater();
    }
    m_thread.quit();
    m_thread.wait();
}

void DemoHost::start(const DemoDeviceOptions& options)
{
    if (m_context)
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, options] {
        // Made in the device's thread, so that everything it owns lives there.
        m_device = std::make_unique<DemoDevice>();
        QString error;
        // The cluster side, then the device side (ARM API, sign-in) and the seed scenario,
        // as the standalone ase-demo-device does.
        if (m_device->start(options, &error) && ArmDevice::attach(*m_device, &error))
            Q_EMIT ready(m_device->kubeconfig(), m_device->deviceProfile());
        else
            Q_EMIT failed(error);
    });
}

} // namespace ase::demo
