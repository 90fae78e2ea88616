// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace ase {

/// "ns/name" for a namespaced object, "name" for a cluster-scoped one (client-go's
/// MetaNamespaceKeyFunc): the key the store, the binder and the UI share.
QString objectKey(QStringView ns, QStringView name);
/// The inverse of objectKey: {"ns", "name"} or {"", "name"}.
std::pair<QString, QString> splitObjectKey(QStringView key);

/// metav1.OwnerReference.
struct OwnerReference
{
    QString apiVersion;
    QString kind;
    QString name;
    QString uid;
    bool controller = false;

    static OwnerReference fromJson(const QJsonObject& object);
};

/// core/v1 ObjectReference: a PV's claimRef, an Event's involvedObject.
struct ObjectReference
{
    QString kind;
    QString ns; ///< namespace
    QString name;
    QString uid;
    QString apiVersion;
    QString resourceVersion;
    QString fieldPath;

    /// objectKey(ns, name).
    QString key() const { return objectKey(ns, name); }

    static ObjectReference fromJson(const QJsonObject& object);
};

/// metav1.ObjectMeta, the typed parts the app uses. Labels and annotations stay JSON
/// objects (cheap to keep; look values up with label()/annotation()).
struct ObjectMeta
{
    QString name;
    QString ns; ///< namespace; empty for cluster-scoped objects
    QString generateName;
    QString uid;
    QString resourceVersion;
    QDateTime creationTimestamp; ///< invalid when absent
    QDateTime deletionTimestamp; ///< invalid when absent
    QJsonObject labels;
    QJsonObject annotations;
    QStringList finalizers;
    QList<OwnerReference> ownerReferences;

    /// objectKey(ns, name).
    QString key() const { return objectKey(ns, name); }
    /// Being deleted (deletionTimestamp set): kubectl shows "Terminating".
    bool isTerminating() const { return deletionTimestamp.isValid(); }

    QString label(QLatin1StringView key) const { return labels.value(key).toString(); }
    QString annotation(QLatin1StringView key) const { return annotations.value(key).toString(); }
    /// Present at all, whatever the value (how the PV controller tests its annotations).
    bool hasAnnotation(QLatin1StringView key) const { return annotations.contains(key); }
    /// The owner reference with controller: true, if any.
    std::optional<OwnerReference> controllerRef() const;

    /// Decodes the `metadata` object.
    static ObjectMeta fromJson(const QJsonObject& metadata);
};

} // namespace ase
