// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ApiDiscovery.h"
#include "models/resources/KindNames.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QString storageVersionHash(const ResourceKind& kind)
{
    const QByteArray digest = QCryptographicHash::hash(
        (kind.apiVersion() + u'/' + kind.kind).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(8).toBase64());
}

QJsonObject groupVersionEntry(const QString& group, const QString& version)
{
    return {{"groupVersion"_L1, QString(group + u'/' + version)}, {"version"_L1, version}};
}

} // namespace

QJsonObject ApiDiscovery::version()
{
    return {{"major"_L1, "1"_L1}, {"minor"_L1, "32"_L1}, {"gitVersion"_L1, "v1.32.0-ase-demo"_L1},
        {"gitCommit"_L1, "0000000000000000000000000000000000000000"_L1}, {"gitTreeState"_L1, "clean"_L1},
        {"buildDate"_L1, "2026-01-01T00:00:00Z"_L1}, {"goVersion"_L1, "go1.23.4"_L1},
        {"compiler"_L1, "gc"_L1}, {"platform"_L1, "linux/amd64"_L1}};
}

QJsonObject ApiDiscovery::coreVersions(const QString& serverAddress)
{
    return {{"kind"_L1, "APIVersions"_L1}, {"versions"_L1, QJsonArray {u"v1"_s}},
        {"serverAddressByClientCIDRs"_L1,
            QJsonArray {
                QJsonObject {{"clientCIDR"_L1, "0.0.0.0/0"_L1}, {"serverAddress"_L1, serverAddress}}}}};
}

QJsonObject ApiDiscovery::group(const QString& name)
{
    for (const ResourceKind& kind : knownResourceKinds()) {
        if (kind.group == name && !name.isEmpty()) {
            const QJsonObject gv = groupVersionEntry(kind.group, kind.version);
            return {{"kind"_L1, "APIGroup"_L1}, {"apiVersion"_L1, "v1"_L1}, {"name"_L1, name},
                {"versions"_L1, QJsonArray {gv}}, {"preferredVersion"_L1, gv}};
        }
    }
    return {};
}

QJsonObject ApiDiscovery::groupList()
{
    QJsonArray groups;
    QStringList seen;
    for (const ResourceKind& kind : knownResourceKinds()) {
        if (kind.group.isEmpty() || seen.contains(kind.group))
            continue;
        seen.append(kind.group);
        QJsonObject g = group(kind.group);
        g.remove("kind"_L1);
        g.remove("apiVersion"_L1);
        groups.append(g);
    }
    return {{"kind"_L1, "APIGroupList"_L1}, {"apiVersion"_L1, "v1"_L1}, {"groups"_L1, groups}};
}

QStringList ApiDiscovery::groupVersions()
{
    QStringList out;
    for (const ResourceKind& kind : knownResourceKinds()) {
        if (!out.contains(kind.apiVersion()))
            out.append(kind.apiVersion());
    }
    return out;
}

QStringList ApiDiscovery::subresources(const ResourceKind& kind)
{
    if (kind.kind == kindname::Deployment || kind.kind == kindname::StatefulSet)
        return {u"scale"_s, u"status"_s};
    if (kind.kind == kindname::Namespace || kind.kind == kindname::PersistentVolume
        || kind.kind == kindname::PersistentVolumeClaim || kind.kind == kindname::Pod)
        return {u"status"_s};
    return {};
}

QJsonObject ApiDiscovery::resourceList(const QString& groupVersion)
{
    QJsonArray resources;
    bool found = false;
    for (const ResourceKind& kind : knownResourceKinds()) {
        if (kind.apiVersion() != groupVersion)
            continue;
        found = true;
        QStringList verbs {u"create"_s, u"delete"_s, u"deletecollection"_s, u"get"_s, u"list"_s, u"patch"_s,
            u"update"_s, u"watch"_s};
        if (kind.kind == kindname::Namespace)
            verbs.removeOne(u"deletecollection"_s);
        QJsonObject r {{"name"_L1, kind.resource}, {"singularName"_L1, kind.singular},
            {"namespaced"_L1, kind.namespaced}, {"kind"_L1, kind.kind}, {"verbs"_L1, toArray(verbs)},
            {"storageVersionHash"_L1, storageVersionHash(kind)}};
        if (!kind.shortNames.isEmpty())
            r.insert("shortNames"_L1, toArray(kind.shortNames));
        if (!kind.categories.isEmpty())
            r.insert("categories"_L1, toArray(kind.categories));
        resources.append(r);
        for (const QString& sub : subresources(kind)) {
            QJsonObject s {{"name"_L1, QString(kind.resource + u'/' + sub)}, {"singularName"_L1, ""_L1},
                {"namespaced"_L1, kind.namespaced}, {"kind"_L1, kind.kind},
                {"verbs"_L1, QJsonArray {u"get"_s, u"patch"_s, u"update"_s}}};
            if (sub == u"scale") {
                s.insert("group"_L1, "autoscaling"_L1);
                s.insert("version"_L1, "v1"_L1);
                s.insert("kind"_L1, "Scale"_L1);
            }
            resources.append(s);
        }
    }
    if (!found)
        return {};
    return {{"kind"_L1, "APIResourceList"_L1}, {"apiVersion"_L1, "v1"_L1}, {"groupVersion"_L1, groupVersion},
        {"resources"_L1, resources}};
}

} // namespace ase::demo
