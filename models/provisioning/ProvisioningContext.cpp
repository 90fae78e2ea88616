// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/ProvisioningContext.h"

#include "models/binding/VolumeBinding.h"

#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/store/ResourceStore.h"

#include <algorithm>

namespace ase::provisioning {

namespace {

template <typename List, typename Pred>
const typename List::value_type* findIn(const List& list, Pred pred)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), pred);
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const PersistentVolume* ProvisioningContext::volume(const QString& name) const
{
    return findIn(volumes, [&name](const PersistentVolume& v) { return v.metadata.name == name; });
}

const Share* ProvisioningContext::share(const QString& name) const
{
    return findIn(shares, [&name](const Share& s) { return s.name == name; });
}

const PersistentVolumeClaim* ProvisioningContext::claim(const QString& ns, const QString& name) const
{
    return findIn(claims,
        [&](const PersistentVolumeClaim& c) { return c.metadata.name == name && c.metadata.ns == ns; });
}

QString ProvisioningContext::freeClaimName(const QString& ns, const QString& first) const
{
    QString name = first;
    for (int i = 2; claim(ns, name); ++i)
        name = first + u'-' + QString::number(i);
    return name;
}

const StorageClass* ProvisioningContext::storageClass(const QString& name) const
{
    return findIn(classes, [&name](const StorageClass& c) { return c.metadata.name == name; });
}

const StorageClass* ProvisioningContext::defaultClass() const
{
    const std::optional<StorageClass> chosen = binding::defaultStorageClass(classes);
    return chosen ? storageClass(chosen->metadata.name) : nullptr;
}

ProvisioningContext ProvisioningContext::fromStore(
    const ResourceStore& store, bool namespacesKnown, bool volumesKnown, bool sharesKnown)
{
    ProvisioningContext context;
    context.volumes = fromJsonObjects<PersistentVolume>(store.objects(kindname::PersistentVolume));
    context.claims = fromJsonObjects<PersistentVolumeClaim>(store.objects(kindname::PersistentVolumeClaim));
    context.classes = fromJsonObjects<StorageClass>(store.objects(kindname::StorageClass));
    context.shares = fromJsonObjects<Share>(store.objects(kindname::Share));
    if (namespacesKnown) {
        QStringList names;
        for (const QJsonObject& object : store.objects(kindname::Namespace))
            names.append(ObjectMeta::fromJson(metafield::of(object)).name);
        names.sort();
        context.namespaces = names;
    }
    context.volumesKnown = volumesKnown;
    context.sharesKnown = sharesKnown;
    return context;
}

} // namespace ase::provisioning
