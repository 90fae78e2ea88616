// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Event.h"

#include "models/resources/JsonFields.h"
#include "models/resources/KubeTime.h"
#include "models/resources/MetaFields.h"

using namespace Qt::StringLiterals;

namespace ase {

QDateTime Event::firstSeen() const
{
    return firstTimestamp.isValid() ? firstTimestamp : eventTime;
}

QDateTime Event::lastSeen() const
{
    if (hasSeries)
        return seriesLastObservedTime;
    return lastTimestamp.isValid() ? lastTimestamp : firstSeen();
}

bool Event::seenBefore(const Event& a, const Event& b)
{
    const QDateTime seenA = a.lastSeen();
    const QDateTime seenB = b.lastSeen();
    if (seenA != seenB)
        return seenA < seenB;
    bool numberA = false;
    bool numberB = false;
    const qulonglong versionA = a.metadata.resourceVersion.toULongLong(&numberA);
    const qulonglong versionB = b.metadata.resourceVersion.toULongLong(&numberB);
    if (numberA && numberB && versionA != versionB)
        return versionA < versionB;
    return a.metadata.name < b.metadata.name;
}

int Event::effectiveCount() const
{
    if (hasSeries)
        return seriesCount;
    return count > 0 ? count : 1;
}

QString Event::source() const
{
    const QString component = sourceComponent.isEmpty() ? reportingController : sourceComponent;
    const QString instance = sourceHost.isEmpty() ? reportingInstance : sourceHost;
    if (instance.isEmpty())
        return component;
    return component + u", " + instance;
}

Event Event::fromJson(const QJsonObject& object)
{
    Event e;
    e.m_json = object;
    e.metadata = ObjectMeta::fromJson(metafield::of(object));
    e.involvedObject = ObjectReference::fromJson(object.value("involvedObject"_L1).toObject());
    e.reason = object.value("reason"_L1).toString();
    e.message = object.value("message"_L1).toString();
    e.type = object.value("type"_L1).toString();
    e.count = static_cast<int>(jsonfield::integer(object.value("count"_L1)));
    e.firstTimestamp = parseJsonTime(object.value("firstTimestamp"_L1));
    e.lastTimestamp = parseJsonTime(object.value("lastTimestamp"_L1));
    e.eventTime = parseJsonTime(object.value("eventTime"_L1));
    const QJsonObject source = object.value("source"_L1).toObject();
    e.sourceComponent = source.value("component"_L1).toString();
    e.sourceHost = source.value("host"_L1).toString();
    e.reportingController = object.value("reportingComponent"_L1).toString();
    e.reportingInstance = object.value("reportingInstance"_L1).toString();
    const QJsonValue seriesValue = object.value("series"_L1);
    e.hasSeries = seriesValue.isObject();
    const QJsonObject series = seriesValue.toObject();
    e.seriesCount = static_cast<int>(jsonfield::integer(series.value("count"_L1)));
    e.seriesLastObservedTime = parseJsonTime(series.value("lastObservedTime"_L1));
    return e;
}

} // namespace ase
