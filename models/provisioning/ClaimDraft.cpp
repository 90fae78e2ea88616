// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/ClaimDraft.h"

namespace ase::provisioning {

QString consumerKindName(ConsumerKind kind)
{
    switch (kind) {
    case ConsumerKind::None:
        break;
    case ConsumerKind::Deployment:
        return QStringLiteral("deployment");
    case ConsumerKind::StatefulSet:
        return QStringLiteral("statefulset");
    case ConsumerKind::IotEdge:
        return QStringLiteral("iotedge");
    }
    return QStringLiteral("none");
}

bool consumerKindFromName(const QString& name, ConsumerKind* kind)
{
    for (const ConsumerKind k :
        {ConsumerKind::None, ConsumerKind::Deployment, ConsumerKind::StatefulSet, ConsumerKind::IotEdge}) {
        if (name == consumerKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString consumerAppName(ConsumerApp app)
{
    return app == ConsumerApp::MySql ? QStringLiteral("mysql") : QStringLiteral("generic");
}

bool consumerAppFromName(const QString& name, ConsumerApp* app)
{
    for (const ConsumerApp a : {ConsumerApp::Generic, ConsumerApp::MySql}) {
        if (name == consumerAppName(a)) {
            *app = a;
            return true;
        }
    }
    return false;
}

void ConsumerDraft::setApp(ConsumerApp newApp)
{
    if (app == newApp)
        return;
    const ConsumerDraft defaults;
    app = newApp;
    if (newApp == ConsumerApp::MySql) {
        image = QStringLiteral("mysql:8.4");
        command.clear();
        mountPath = QStringLiteral("/var/lib/mysql");
        replicas = 1;
    } else {
        image = defaults.image;
        command = defaults.command;
        mountPath = defaults.mountPath;
    }
}

QStringList ClaimDraft::claimNames() const
{
    if (claimExists)
        return {name};
    if (!usesClaimTemplates())
        return {name};
    QStringList names;
    for (int i = 0; i < consumer.replicas; ++i)
        names.append(name + u'-' + consumerName() + u'-' + QString::number(i));
    return names;
}

ClaimDraft ClaimDraft::forShare(const QString& shareName)
{
    ClaimDraft draft;
    draft.source = ClaimSource::Volume;
    draft.shareName = shareName;
    draft.volumeName = shareName;
    draft.accessModes = AccessMode::ReadWriteMany;
    draft.size = QStringLiteral("10Gi");
    return draft;
}

ClaimDraft ClaimDraft::forVolume(const QString& volumeName)
{
    ClaimDraft draft;
    draft.source = ClaimSource::Volume;
    draft.volumeName = volumeName;
    return draft;
}

ClaimDraft ClaimDraft::forExistingClaim(
    const QString& ns, const QString& name, const QString& className, const QString& size, AccessModes modes)
{
    ClaimDraft draft = forStorageClass(className);
    draft.ns = ns;
    draft.name = name;
    draft.size = size;
    draft.accessModes = modes;
    draft.claimExists = true;
    draft.consumer.kind = ConsumerKind::Deployment;
    return draft;
}

ClaimDraft ClaimDraft::forStorageClass(const QString& className)
{
    ClaimDraft draft;
    draft.source = ClaimSource::StorageClass;
    draft.storageClassName = className;
    draft.accessModes = AccessMode::ReadWriteOnce;
    draft.size = QStringLiteral("10Gi");
    return draft;
}

} // namespace ase::provisioning
