// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/ObjectSummary.h"

#include "models/resources/AccessModes.h"
#include "models/resources/KindNames.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/Share.h"
#include "models/resources/StorageClass.h"

#include <QCoreApplication>
#include <QLocale>

namespace ase {

namespace {

/// Gives the summary's strings a translation context for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ObjectSummary)
};

class Builder
{
public:
    Builder& add(const QString& label, const QString& value, bool warning = false)
    {
        if (!value.isEmpty())
            m_fields.append({label, value, {}, warning});
        return *this;
    }
    Builder& link(const QString& label, const QString& kind, const QString& key, const QString& text,
        const QString& missing = {})
    {
        if (key.isEmpty()) {
            add(label, missing);
            return *this;
        }
        m_fields.append({label, text, {{kind, key, text}}, false});
        return *this;
    }
    Builder& links(const QString& label, const QList<SummaryLink>& links, const QString& none)
    {
        QStringList texts;
        for (const SummaryLink& l : links)
            texts.append(l.text);
        m_fields.append({label, links.isEmpty() ? none : texts.join(QStringLiteral(", ")), links, false});
        return *this;
    }
    QList<SummaryField> take() { return std::move(m_fields); }

private:
    QList<SummaryField> m_fields;
};

QString quantityText(const std::optional<Quantity>& q)
{
    return q ? q->toString() : QString();
}

QString createdText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString modesText(AccessModes modes)
{
    return accessModeNames(modes).join(QStringLiteral(", "));
}

QList<SummaryLink> podsUsingClaim(const ResourceStore& store, const QString& ns, const QString& claim)
{
    QList<SummaryLink> links;
    for (const QJsonObject& object : store.referringObjects(kindname::Pod, objectKey(ns, claim))) {
        const Pod pod = Pod::fromJson(object);
        links.append({kindname::Pod, pod.metadata.key(), pod.metadata.name});
    }
    std::sort(links.begin(), links.end(),
        [](const SummaryLink& a, const SummaryLink& b) { return a.text < b.text; });
    return links;
}

QString phaseText(const QString& phase, bool terminating)
{
    return terminating ? Text::tr("Terminating (deletion waits for finalizers)") : phase;
}

QList<SummaryField> summarizeVolume(const QJsonObject& object, const ResourceStore& store)
{
    const PersistentVolume pv = PersistentVolume::fromJson(object);
    Builder b;
    b.add(Text::tr("Status"), phaseText(pv.phase, pv.metadata.isTerminating()),
        pv.phase == u"Failed" || pv.phase == u"Released");
    if (!pv.message.isEmpty())
        b.add(Text::tr("Message"), pv.message, true);
    b.add(Text::tr("Capacity"), quantityText(pv.capacity));
    b.add(Text::tr("Access modes"), modesText(pv.accessModes));
    if (pv.reclaimPolicy == u"Delete")
        b.add(Text::tr("Reclaim policy"),
            Text::tr("Delete: when its claim is deleted, the volume and its data are destroyed"), true);
    else if (pv.reclaimPolicy == u"Retain")
        b.add(Text::tr("Reclaim policy"),
            Text::tr("Retain: when its claim is deleted, the volume and its data stay (Released)"));
    else
        b.add(Text::tr("Reclaim policy"), pv.reclaimPolicy);
    b.add(Text::tr("StorageClass"),
        pv.storageClassName.isEmpty() ? Text::tr("none (binds only to claims without a class)")
                                      : pv.storageClassName);
    b.add(Text::tr("Volume mode"), pv.volumeMode);
    b.add(Text::tr("Source"),
        pv.sourceDetail.isEmpty() ? pv.sourceType : pv.sourceType + u": " + pv.sourceDetail);
    if (!pv.nodeAffinityHostname.isEmpty())
        b.add(Text::tr("Node"), pv.nodeAffinityHostname);
    if (pv.claimRef)
        b.link(Text::tr("Claim"), kindname::PersistentVolumeClaim, pv.claimRef->key(),
            pv.claimRef->ns + u'/' + pv.claimRef->name);
    else
        b.add(Text::tr("Claim"), Text::tr("none: available for binding"));
    if (store.contains(kindname::Share, pv.metadata.name))
        b.link(Text::tr("Device share"), kindname::Share, pv.metadata.name, pv.metadata.name);
    b.add(Text::tr("Provisioned by"), pv.provisionedBy);
    b.add(Text::tr("Created"), createdText(pv.metadata.creationTimestamp));
    return b.take();
}

QList<SummaryField> summarizeClaim(const QJsonObject& object, const ResourceStore& store)
{
    const PersistentVolumeClaim pvc = PersistentVolumeClaim::fromJson(object);
    Builder b;
    b.add(Text::tr("Status"), phaseText(pvc.phase, pvc.metadata.isTerminating()), pvc.phase != u"Bound");
    b.add(Text::tr("Namespace"), pvc.metadata.ns);
    b.add(Text::tr("Requested"), quantityText(pvc.requestedStorage));
    if (pvc.phase == u"Bound")
        b.add(Text::tr("Capacity"), quantityText(pvc.capacity));
    b.add(
        Text::tr("Access modes"), modesText(pvc.phase == u"Bound" ? pvc.statusAccessModes : pvc.accessModes));
    if (!pvc.storageClassSpecified)
        b.add(Text::tr("StorageClass"), Text::tr("not set (the default class applies)"));
    else
        b.add(Text::tr("StorageClass"),
            pvc.storageClassName.isEmpty() ? Text::tr("\"\" (static: binds only to volumes without a class)")
                                           : pvc.storageClassName);
    b.link(
        Text::tr("Volume"), kindname::PersistentVolume, pvc.volumeName, pvc.volumeName, Text::tr("none yet"));
    if (!pvc.volumeName.isEmpty() && store.contains(kindname::Share, pvc.volumeName))
        b.link(Text::tr("Device share"), kindname::Share, pvc.volumeName, pvc.volumeName);
    b.links(
        Text::tr("Used by"), podsUsingClaim(store, pvc.metadata.ns, pvc.metadata.name), Text::tr("no pod"));
    b.add(Text::tr("Selected node"), pvc.selectedNode);
    b.add(Text::tr("Provisioner"), pvc.storageProvisioner);
    b.add(Text::tr("Created"), createdText(pvc.metadata.creationTimestamp));
    return b.take();
}

QList<SummaryField> summarizeClass(const QJsonObject& object)
{
    const StorageClass sc = StorageClass::fromJson(object);
    Builder b;
    b.add(Text::tr("Provisioner"), sc.provisioner);
    b.add(Text::tr("Default class"),
        sc.isDefault ? Text::tr("yes: claims without a class get this one") : Text::tr("no"));
    b.add(Text::tr("Reclaim policy"), sc.reclaimPolicy, sc.reclaimPolicy == u"Delete");
    b.add(Text::tr("Binding mode"),
        sc.volumeBindingMode == u"WaitForFirstConsumer"
            ? Text::tr("WaitForFirstConsumer: a claim stays Pending until a pod uses it")
            : sc.volumeBindingMode);
    b.add(Text::tr("Volume expansion"),
        sc.allowVolumeExpansion ? Text::tr("allowed") : Text::tr("not allowed"));
    QStringList params;
    for (auto it = sc.parameters.cbegin(); it != sc.parameters.cend(); ++it)
        params.append(it.key() + u'=' + it.value());
    b.add(Text::tr("Parameters"), params.join(QStringLiteral(", ")));
    b.add(Text::tr("Created"), createdText(sc.metadata.creationTimestamp));
    return b.take();
}

QList<SummaryField> summarizeShare(const QJsonObject& object, const ResourceStore& store)
{
    const Share share = Share::fromJson(object);
    Builder b;
    b.add(Text::tr("Status"), share.shareStatus);
    b.add(Text::tr("Protocol"), share.accessProtocol.toUpper());
    if (share.isCloud() && share.azureContainerInfo) {
        b.add(Text::tr("Type"), Text::tr("Cloud: tiered to Azure"));
        b.add(Text::tr("Storage account"),
            share.azureContainerInfo->storageAccountCredentialId.section(u'/', -1));
        b.add(Text::tr("Container"), share.azureContainerInfo->containerName);
        b.add(Text::tr("Data format"), share.azureContainerInfo->dataFormat);
    } else {
        b.add(Text::tr("Type"), Text::tr("Local: data stays on the device"));
    }
    QStringList users;
    for (const UserAccessRight& right : share.userAccessRights)
        users.append(right.userId.section(u'/', -1) + u" (" + right.accessType + u')');
    b.add(Text::tr("Users"), users.join(QStringLiteral(", ")));
    QStringList clients;
    for (const ClientAccessRight& right : share.clientAccessRights)
        clients.append(right.client + u" (" + right.accessPermission + u')');
    b.add(Text::tr("NFS clients"), clients.join(QStringLiteral(", ")));
    if (share.isMountedForCompute())
        b.add(Text::tr("Edge compute"),
            share.shareMappings.constFirst().mountPoint.isEmpty()
                ? Text::tr("mounted")
                : share.shareMappings.constFirst().mountPoint);
    else
        b.add(Text::tr("Edge compute"), Text::tr("not mounted: no PersistentVolume"));
    const QJsonObject pvObject = store.object(kindname::PersistentVolume, share.name);
    if (!pvObject.isEmpty()) {
        const PersistentVolume pv = PersistentVolume::fromJson(pvObject);
        b.link(Text::tr("PersistentVolume"), kindname::PersistentVolume, share.name,
            share.name + u" (" + pv.phase + u')');
        if (pv.claimRef)
            b.link(Text::tr("Claim"), kindname::PersistentVolumeClaim, pv.claimRef->key(),
                pv.claimRef->ns + u'/' + pv.claimRef->name);
    }
    return b.take();
}

QList<SummaryField> summarizePod(const QJsonObject& object)
{
    const Pod pod = Pod::fromJson(object);
    Builder b;
    b.add(Text::tr("Phase"), pod.phase, pod.phase != u"Running" && pod.phase != u"Succeeded");
    b.add(Text::tr("Namespace"), pod.metadata.ns);
    b.add(Text::tr("Node"), pod.nodeName.isEmpty() ? Text::tr("not scheduled") : pod.nodeName);
    b.add(Text::tr("Containers"), pod.containerNames.join(QStringLiteral(", ")));
    QList<SummaryLink> claims;
    for (const QString& claim : pod.claimNames())
        claims.append({kindname::PersistentVolumeClaim, pod.metadata.ns + u'/' + claim, claim});
    b.links(Text::tr("Claims"), claims, Text::tr("none"));
    b.add(Text::tr("Created"), createdText(pod.metadata.creationTimestamp));
    return b.take();
}

} // namespace

QList<SummaryField> summarizeObject(
    const QString& kind, const QJsonObject& object, const ResourceStore& store)
{
    if (kind == kindname::PersistentVolume)
        return summarizeVolume(object, store);
    if (kind == kindname::PersistentVolumeClaim)
        return summarizeClaim(object, store);
    if (kind == kindname::StorageClass)
        return summarizeClass(object);
    if (kind == kindname::Share)
        return summarizeShare(object, store);
    if (kind == kindname::Pod)
        return summarizePod(object);
    return {};
}

QStringList relatedKinds(const QString& kind)
{
    // As the summarize* functions above read the store.
    if (kind == kindname::PersistentVolume)
        return {kindname::Share};
    if (kind == kindname::PersistentVolumeClaim)
        return {kindname::Share, kindname::Pod};
    if (kind == kindname::Share)
        return {kindname::PersistentVolume};
    return {};
}

} // namespace ase
