// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/JsonResource.h"
#include "models/resources/ObjectMeta.h"

#include <QDateTime>
#include <QString>

namespace ase {

/// core/v1 Event, with the fallbacks kubectl applies between the old fields (count,
/// first/lastTimestamp, source) and the new ones (eventTime, series, reporting*).
struct Event final : JsonResource
{
    ObjectMeta metadata;
    ObjectReference involvedObject;
    QString reason;
    QString message;
    QString type; ///< "Normal" or "Warning"
    int count = 0; ///< as sent; 0 when absent (see effectiveCount())
    QDateTime firstTimestamp;
    QDateTime lastTimestamp;
    QDateTime eventTime; ///< MicroTime, set by the events.k8s.io API
    QString sourceComponent; ///< source.component, e.g. "persistentvolume-controller"
    QString sourceHost; ///< source.host
    QString reportingController;
    QString reportingInstance;
    bool hasSeries = false; ///< a `series` object is present
    int seriesCount = 0; ///< series.count
    QDateTime seriesLastObservedTime;

    bool isWarning() const { return type == u"Warning"; }
    /// firstTimestamp, else eventTime.
    QDateTime firstSeen() const;
    /// series.lastObservedTime if there is a series, else lastTimestamp, else firstSeen().
    QDateTime lastSeen() const;
    /// Whether @p a was last seen before @p b. Events of the same second (timestamps have
    /// whole seconds) are in the order the server wrote them (resourceVersion, when both
    /// are numbers, as etcd's are), then by name: never in hash order.
    static bool seenBefore(const Event& a, const Event& b);
    /// series.count if there is a series, else count, else 1 (kubectl's COUNT).
    int effectiveCount() const;
    /// kubectl's SOURCE text: component (else reportingController), then ", host" (else
    /// reportingInstance) when there is one.
    QString source() const;

    static Event fromJson(const QJsonObject& object);
};

} // namespace ase
