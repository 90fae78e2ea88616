// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/ClaimChecks.h"

#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/ProvisioningText.h"
#include "models/provisioning/StorageClassGuide.h"
#include "models/provisioning/VolumeCandidates.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Names.h"
#include "models/resources/OpenApiValidator.h"
#include "models/resources/Quantity.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::provisioning {

namespace {

class Checks final
{
public:
    Checks(const ClaimDraft& draft, const ProvisioningContext& context)
        : m_draft(draft)
        , m_context(context)
    { }

    QList<Check> run()
    {
        checkName();
        checkNamespace();
        const std::optional<Quantity> size = checkSize();
        checkAccessModes();
        checkLabels();
        if (m_draft.source == ClaimSource::Volume)
            checkVolume(size);
        else
            checkStorageClass();
        checkVolumeMode();
        checkConsumer();
        return m_checks;
    }

private:
    void error(DraftField field, const QString& message)
    {
        m_checks.append({field, Check::Severity::Error, message, 0});
    }
    void warning(DraftField field, const QString& message)
    {
        m_checks.append({field, Check::Severity::Warning, message, 0});
    }

    void checkName()
    {
        const QString name = m_draft.name.trimmed();
        if (name.isEmpty()) {
            error(DraftField::Name, Text::tr("Give the claim a name, e.g. %1-data.").arg(namePrefix()));
            return;
        }
        const QStringList problems = names::isDns1123Subdomain(name);
        if (!problems.isEmpty()) {
            error(DraftField::Name, names::fieldInvalid(u"metadata.name"_s, name, problems.join(u"; "_s)));
            return;
        }
        if (m_draft.usesClaimTemplates()) {
            checkTemplateClaims();
            return;
        }
        if (m_draft.claimExists) {
            if (m_context.volumesKnown && !m_context.claims.isEmpty()
                && !m_context.claim(m_draft.ns.trimmed(), name))
                error(DraftField::Name,
                    Text::tr("The claim %1 is gone from namespace %2; nothing would mount.")
                        .arg(name, m_draft.ns.trimmed()));
            return;
        }
        if (m_context.claim(m_draft.ns.trimmed(), name))
            error(DraftField::Name,
                Text::tr("A claim named %1 already exists in namespace %2; choose another name.")
                    .arg(name, m_draft.ns.trimmed()));
    }

    /// A StatefulSet adopts the claims `<template>-<set>-<ordinal>` that already exist,
    /// whatever they are: say so before it happens.
    void checkTemplateClaims()
    {
        QStringList existing;
        for (const QString& claim : m_draft.claimNames()) {
            if (m_context.claim(m_draft.ns.trimmed(), claim))
                existing.append(claim);
        }
        if (!existing.isEmpty())
            warning(DraftField::Name,
                Text::tr("%1 already exist in namespace %2: the StatefulSet's pods will use them as they are "
                         "instead of new claims.")
                    .arg(existing.join(u", "_s), m_draft.ns.trimmed()));
    }

    void checkLabels()
    {
        for (auto it = m_draft.labels.cbegin(); it != m_draft.labels.cend(); ++it) {
            const QString key = it.key().trimmed();
            QStringList problems = names::isQualifiedName(key);
            if (!problems.isEmpty()) {
                error(DraftField::Labels,
                    names::fieldInvalid(u"metadata.labels"_s, key, problems.join(u"; "_s)));
                continue;
            }
            problems = names::isValidLabelValue(it.value().trimmed());
            if (!problems.isEmpty())
                error(DraftField::Labels,
                    names::fieldInvalid(u"metadata.labels"_s, it.value().trimmed(), problems.join(u"; "_s)));
        }
    }

    void checkVolumeMode()
    {
        if (m_draft.volumeMode != VolumeMode::Block)
            return;
        if (m_draft.source == ClaimSource::Volume) {
            const PersistentVolume* volume = m_context.volume(m_draft.volumeName.trimmed());
            if (volume && volume->volumeMode != u"Block")
                error(DraftField::VolumeMode,
                    Text::tr("%1 is a filesystem volume; a Block claim cannot bind it. Choose Filesystem.")
                        .arg(volume->metadata.name));
        }
        const ConsumerKind kind = m_draft.consumer.kind;
        if (kind == ConsumerKind::Deployment || kind == ConsumerKind::StatefulSet)
            error(DraftField::VolumeMode,
                Text::tr("A Block claim is a raw device (volumeDevices), but the workload here mounts a "
                         "filesystem at its mount path. Choose Filesystem, or no consumer."));
    }

    QString namePrefix() const
    {
        const QString base
            = m_draft.source == ClaimSource::Volume ? m_draft.volumeName : m_draft.storageClassName;
        return base.isEmpty() ? u"app"_s : base;
    }

    void checkNamespace()
    {
        const QString ns = m_draft.ns.trimmed();
        if (ns.isEmpty()) {
            error(DraftField::Namespace, Text::tr("Choose the namespace the claim goes to (e.g. default)."));
            return;
        }
        const QStringList problems = names::isDns1123Label(ns);
        if (!problems.isEmpty()) {
            error(DraftField::Namespace,
                names::fieldInvalid(u"metadata.namespace"_s, ns, problems.join(u"; "_s)));
            return;
        }
        if (m_context.namespaces && !m_context.namespaces->contains(ns))
            error(DraftField::Namespace,
                Text::tr(
                    "Namespace %1 does not exist; choose one of the cluster's namespaces or create it first.")
                    .arg(ns));
    }

    std::optional<Quantity> checkSize()
    {
        const QString text = m_draft.size.trimmed();
        if (text.isEmpty()) {
            error(DraftField::Size, Text::tr("Give the size to request, e.g. 10Gi."));
            return std::nullopt;
        }
        QString problem;
        const std::optional<Quantity> size = Quantity::parse(text, &problem);
        if (!size) {
            error(DraftField::Size,
                Text::tr("\"%1\" is not a size: %2. Write a number and a unit, e.g. 10Gi or 500Mi.")
                    .arg(text, problem));
            return std::nullopt;
        }
        if (size->sign() <= 0) {
            error(DraftField::Size, Text::tr("The size must be greater than zero."));
            return std::nullopt;
        }
        return size;
    }

    void checkAccessModes()
    {
        const AccessModes modes = m_draft.accessModes;
        if (!modes) {
            error(DraftField::AccessModes, Text::tr("Choose at least one access mode."));
            return;
        }
        if (modes.testFlag(AccessMode::ReadWriteOncePod) && accessModeCount(modes) > 1)
            error(DraftField::AccessModes,
                u"spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes"_s);
    }

    void checkVolume(const std::optional<Quantity>& size)
    {
        const QString name = m_draft.volumeName.trimmed();
        if (name.isEmpty()) {
            error(DraftField::Source, Text::tr("Choose the share or PersistentVolume to claim."));
            return;
        }
        if (!m_context.volumesKnown)
            return; // a namespace user: the binder will tell
        const Share* share = m_context.share(name);
        const PersistentVolume* volume = m_context.volume(name);
        if (!volume) {
            if (share)
                error(DraftField::Source, judgeShareWithoutVolume(*share).reason);
            else
                error(DraftField::Source,
                    m_context.sharesKnown
                        ? Text::tr("There is no share or PersistentVolume named %1.").arg(name)
                        : Text::tr("There is no PersistentVolume named %1.").arg(name));
            return;
        }
        ClaimDraft judged = m_draft;
        if (!size)
            judged.size = u"0"_s; // the size is reported on its own; judge the rest
        const VolumeCandidate verdict = judgeVolume(*volume, share, judged);
        if (verdict.claimable())
            return;
        const DraftField field = verdict.verdict == VolumeCandidate::Verdict::TooSmall ? DraftField::Size
            : verdict.verdict == VolumeCandidate::Verdict::AccessModesMissing ? DraftField::AccessModes
                                                                              : DraftField::Source;
        error(field,
            Text::tr("%1: %2", "volume name: the reason it cannot be claimed").arg(name, verdict.reason));
    }

    void checkStorageClass()
    {
        const QString name = m_draft.storageClassName.trimmed();
        // For "" the default class is filled in: its provisioner decides.
        const StorageClass* storageClass = m_context.effectiveClass(name);
        if (name.isEmpty() && !storageClass) {
            error(DraftField::Source,
                Text::tr("Choose a StorageClass: the cluster has no default class, so a claim without one "
                         "would stay Pending."));
            return;
        }
        if (!storageClass) {
            if (m_context.classes.isEmpty())
                return; // classes unknown (or none): the server decides
            QStringList names;
            for (const StorageClass& c : m_context.classes)
                names.append(c.metadata.name);
            names.sort();
            error(DraftField::Source,
                Text::tr("There is no StorageClass named %1; the cluster has %2.")
                    .arg(name, names.join(u", "_s)));
            return;
        }
        for (const AccessMode mode : {AccessMode::ReadWriteOnce, AccessMode::ReadOnlyMany,
                 AccessMode::ReadWriteMany, AccessMode::ReadWriteOncePod}) {
            if (m_draft.accessModes.testFlag(mode)) {
                const QString refusal = modeRefusal(*storageClass, mode);
                if (!refusal.isEmpty())
                    error(DraftField::AccessModes, refusal);
            }
        }
    }

    void checkConsumer()
    {
        const ConsumerDraft& c = m_draft.consumer;
        if (c.kind == ConsumerKind::None)
            return;
        if (c.kind == ConsumerKind::IotEdge) {
            if (m_draft.source != ClaimSource::Volume
                || (m_draft.shareName.isEmpty() && !m_context.share(m_draft.volumeName)
                    && m_context.sharesKnown))
                error(DraftField::IotTargets,
                    Text::tr("IoT Edge modules mount device shares; choose a share."));
            QStringList targets;
            for (const QString& target : c.iotTargets)
                if (!target.trimmed().isEmpty())
                    targets.append(target.trimmed());
            if (targets.isEmpty())
                error(DraftField::IotTargets,
                    Text::tr("Give at least one path inside the module, e.g. /home/input."));
            for (const QString& target : targets)
                if (!target.startsWith(u'/'))
                    error(DraftField::IotTargets,
                        Text::tr("The path %1 inside the module must be absolute (start with /).")
                            .arg(target));
            if (targets.removeDuplicates() > 0)
                error(DraftField::IotTargets, Text::tr("Each path inside the module may be used once."));
            return;
        }
        const QString name = m_draft.consumerName().trimmed();
        const QStringList problems = names::isDns1123Label(name);
        if (!problems.isEmpty())
            error(DraftField::ConsumerName,
                names::fieldInvalid(u"metadata.name"_s, name, problems.join(u"; "_s)));
        if (c.app == ConsumerApp::MySql)
            checkMySql();
        checkLiteralPasswords();
        if (c.image.trimmed().isEmpty())
            error(DraftField::ConsumerImage,
                Text::tr(
                    "Give the container image, e.g. nginx:1.27 or mcr.microsoft.com/azureml/onnxruntime."));
        else if (c.image.trimmed().contains(u' '))
            error(DraftField::ConsumerImage, Text::tr("An image reference has no spaces."));
        const QString path = c.mountPath.trimmed();
        if (path.isEmpty() || !path.startsWith(u'/'))
            error(DraftField::ConsumerMountPath,
                Text::tr("The mount path must be an absolute path inside the container, e.g. /data."));
        else if (path.contains(u':'))
            error(DraftField::ConsumerMountPath,
                u"spec.template.spec.containers[0].volumeMounts[0].mountPath: "
                u"Invalid value: %1: must not contain ':'"_s.arg(names::goQuote(path)));
        if (c.replicas < 0)
            error(DraftField::ConsumerReplicas,
                u"spec.replicas: Invalid value: %1: must be greater than or equal to 0"_s.arg(c.replicas));
        else if (c.replicas > 1 && c.app == ConsumerApp::MySql)
            error(DraftField::ConsumerReplicas,
                Text::tr(
                    "The MySQL template runs one replica (it sets up no replication); set one replica."));
        else if (m_draft.usesClaimTemplates())
            return; // each pod gets its own claim
        else if (c.replicas > 1 && m_draft.accessModes == AccessModes(AccessMode::ReadWriteOnce))
            warning(DraftField::ConsumerReplicas,
                Text::tr(
                    "%1 replicas share one ReadWriteOnce claim: pods on other nodes cannot mount it. Use "
                    "ReadWriteMany (a share) or one replica.")
                    .arg(c.replicas));
        else if (c.replicas > 1 && m_draft.accessModes.testFlag(AccessMode::ReadWriteOncePod))
            error(DraftField::ConsumerReplicas,
                Text::tr("A ReadWriteOncePod claim can be used by one pod only; set one replica."));
    }

    void checkMySql()
    {
        const ConsumerDraft& c = m_draft.consumer;
        const QString secret = c.secretName.trimmed();
        if (secret.isEmpty()) {
            error(DraftField::ConsumerSecret,
                Text::tr("Name the Secret that holds the root password (e.g. mysql-root); the manifest never "
                         "contains the password itself."));
        } else if (const QStringList problems = names::isDns1123Subdomain(secret); !problems.isEmpty()) {
            error(DraftField::ConsumerSecret,
                names::fieldInvalid(u"spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name"_s,
                    secret, problems.join(u"; "_s)));
        }
        const QString key = c.secretKey.trimmed();
        static const QRegularExpression keyPattern(u"^[-._a-zA-Z0-9]+$"_s);
        if (key.isEmpty())
            error(DraftField::ConsumerSecret,
                Text::tr("Give the Secret's key that holds the password, e.g. password."));
        else if (!keyPattern.match(key).hasMatch())
            error(DraftField::ConsumerSecret,
                names::fieldInvalid(u"spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key"_s,
                    key,
                    u"a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. "
                    u"'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is "
                    u"'[-._a-zA-Z0-9]+')"_s));
        if (m_draft.source == ClaimSource::Volume) {
            const Share* share = m_context.share(m_draft.volumeName.trimmed());
            if (share && share->isNfs())
                warning(DraftField::Source,
                    Text::tr("MySQL does not work on NFS shares (the device's documentation says so): use an "
                             "SMB share or %1.")
                        .arg(u"ase-node-local"_s));
        }
    }

    /// A password written into the workload is readable by everyone who can read it.
    void checkLiteralPasswords()
    {
        const QJsonObject workload = consumerManifest(m_draft);
        const QJsonArray containers = workload.value(u"spec"_s)
                                          .toObject()
                                          .value(u"template"_s)
                                          .toObject()
                                          .value(u"spec"_s)
                                          .toObject()
                                          .value(u"containers"_s)
                                          .toArray();
        for (const QJsonValue& container : containers) {
            for (const QJsonValue& env : container.toObject().value(u"env"_s).toArray()) {
                const QJsonObject var = env.toObject();
                const QString name = var.value(u"name"_s).toString();
                if (var.contains(u"value"_s) && !var.value(u"value"_s).toString().isEmpty()
                    && (name.contains(u"PASSWORD"_s, Qt::CaseInsensitive)
                        || name.contains(u"SECRET"_s, Qt::CaseInsensitive)))
                    warning(DraftField::ConsumerSecret,
                        Text::tr("%1 is written into the manifest as plain text: anyone who can read the "
                                 "workload can read it. Take it from a Secret (valueFrom.secretKeyRef).")
                            .arg(name));
            }
        }
    }

    const ClaimDraft& m_draft;
    const ProvisioningContext& m_context;
    QList<Check> m_checks;
};

} // namespace

QString fieldFlag(DraftField field, ClaimSource source)
{
    switch (field) {
    case DraftField::Source:
        return source == ClaimSource::Volume ? u"--share/--volume"_s : u"--storage-class"_s;
    case DraftField::Name:
        return u"NAME"_s;
    case DraftField::Namespace:
        return u"--namespace"_s;
    case DraftField::Size:
        return u"--size"_s;
    case DraftField::AccessModes:
        return u"--access-mode"_s;
    case DraftField::VolumeMode:
        return u"--volume-mode"_s;
    case DraftField::Labels:
        return u"--label"_s;
    case DraftField::ConsumerSecret:
        return u"--password-secret"_s;
    case DraftField::ConsumerName:
        return u"--consumer-name"_s;
    case DraftField::ConsumerImage:
        return u"--image"_s;
    case DraftField::ConsumerMountPath:
        return u"--mount-path"_s;
    case DraftField::ConsumerReplicas:
        return u"--replicas"_s;
    case DraftField::IotTargets:
        return u"--mount-path"_s;
    case DraftField::Manifest:
        return u"-f"_s;
    }
    return {};
}

QString fieldId(DraftField field)
{
    switch (field) {
    case DraftField::Source:
        return u"source"_s;
    case DraftField::Name:
        return u"name"_s;
    case DraftField::Namespace:
        return u"namespace"_s;
    case DraftField::Size:
        return u"size"_s;
    case DraftField::AccessModes:
        return u"accessModes"_s;
    case DraftField::VolumeMode:
        return u"volumeMode"_s;
    case DraftField::Labels:
        return u"labels"_s;
    case DraftField::ConsumerSecret:
        return u"secret"_s;
    case DraftField::ConsumerName:
        return u"consumerName"_s;
    case DraftField::ConsumerImage:
        return u"image"_s;
    case DraftField::ConsumerMountPath:
        return u"mountPath"_s;
    case DraftField::ConsumerReplicas:
        return u"replicas"_s;
    case DraftField::IotTargets:
        return u"iotTargets"_s;
    case DraftField::Manifest:
        return u"manifest"_s;
    }
    return {};
}

QList<Check> checkClaimDraft(const ClaimDraft& draft, const ProvisioningContext& context)
{
    return Checks(draft, context).run();
}

QList<Check> schemaChecks(const QList<QJsonObject>& manifests, const OpenApiValidator& validator)
{
    QList<Check> out;
    for (qsizetype i = 0; i < manifests.size(); ++i) {
        const QJsonObject& manifest = manifests.at(i);
        const QString kind = manifest.value(u"kind").toString();
        if (!validator.knows(manifest.value(u"apiVersion").toString(), kind))
            continue;
        const QString name = metafield::name(manifest);
        for (const QString& problem : validator.validate(manifest))
            out.append({DraftField::Manifest, Check::Severity::Error,
                Text::tr("%1 %2: %3", "kind, name, schema problem").arg(kind, name, problem), int(i) + 1});
    }
    return out;
}

bool hasErrors(const QList<Check>& checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const Check& c) { return c.isError(); });
}

QList<Check> checksOf(const QList<Check>& checks, DraftField field)
{
    QList<Check> out;
    std::copy_if(checks.cbegin(), checks.cend(), std::back_inserter(out),
        [field](const Check& c) { return c.field == field; });
    return out;
}

} // namespace ase::provisioning
