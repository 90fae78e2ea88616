// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/DeviceProfile.h"

#include <QList>
#include <QString>

class QSettings;

namespace ase {

/// The device profiles the user saved, and which one was used last, in QSettings:
/// `deviceProfiles/list` (an array of DeviceProfile::save() groups — no secrets) and
/// `deviceProfiles/lastUsed` (the identity() of the profile last connected).
///
///     QSettings settings;
///     SavedDeviceProfiles saved(settings);
///     saved.save(profile);           // adds, or replaces the one for the same device
///     saved.setLastUsed(profile);
class SavedDeviceProfiles final
{
public:
    /// Reads the saved profiles; `settings` must outlive this object.
    explicit SavedDeviceProfiles(QSettings& settings);

    const QList<DeviceProfile>& profiles() const { return m_profiles; }
    /// The index of the saved profile for the same device (same identity()), or -1.
    qsizetype indexOf(const DeviceProfile& profile) const;
    /// Adds `profile`, or replaces the saved profile for the same device; returns its index.
    qsizetype save(const DeviceProfile& profile);
    /// Removes the profile at `index` (ignored when out of range).
    void remove(qsizetype index);

    /// The index of the profile last connected, or -1.
    qsizetype lastUsedIndex() const;
    void setLastUsed(const DeviceProfile& profile);

    /// What makes two profiles the same device: the ARM endpoint and the device's resource
    /// id, case-insensitively ("https://management.azure.com/subscriptions/.../devices/x");
    /// for the demo device "demo:" and the resource id (its port changes on each start).
    static QString identity(const DeviceProfile& profile);

private:
    void write();

    QSettings& m_settings;
    QList<DeviceProfile> m_profiles;
};

} // namespace ase
