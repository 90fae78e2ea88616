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
