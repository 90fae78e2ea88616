// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/SavedDeviceProfiles.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

constexpr auto kList = "deviceProfiles/list"_L1;
constexpr auto kLastUsed = "deviceProfiles/lastUsed"_L1;

} // namespace

SavedDeviceProfiles::SavedDeviceProfiles(QSettings& settings)
    : m_settings(settings)
{
    const int count = m_settings.beginReadArray(kList);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        m_profiles.append(DeviceProfile::load(m_settings));
    }
    m_settings.endArray();
}

QString SavedDeviceProfiles::identity(const DeviceProfile& profile)
{
    // The demo device is the same device whatever port it listens on this time.
    if (profile.demo)
        return (u"demo:"_s + profile.deviceId()).toLower();
    const QString endpoint = profile.armEndpoint
                                 .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment
                                     | QUrl::RemoveUserInfo)
                                 .toString();
    return (endpoint + profile.deviceId()).toLower();
}

qsizetype SavedDeviceProfiles::indexOf(const DeviceProfile& profile) const
{
    const QString key = identity(profile);
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (identity(m_profiles.at(i)) == key)
            return i;
    }
    return -1;
}

qsizetype SavedDeviceProfiles::save(const DeviceProfile& profile)
{
    qsizetype index = indexOf(profile);
    if (index >= 0) {
        m_profiles[index] = profile;
    } else {
        m_profiles.append(profile);
        index = m_profiles.size() - 1;
    }
    write();
    return index;
}

void SavedDeviceProfiles::remove(qsizetype index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    const bool wasLastUsed = index == lastUsedIndex();
    m_profiles.removeAt(index);
    if (wasLastUsed)
        m_settings.remove(kLastUsed);
    write();
}

qsizetype SavedDeviceProfiles::lastUsedIndex() const
{
    const QString key = m_settings.value(kLastUsed).toString();
    if (key.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (identity(m_profiles.at(i)) == key)
            return i;
    }
    return -1;
}

void SavedDeviceProfiles::setLastUsed(const DeviceProfile& profile)
{
    m_settings.setValue(kLastUsed, identity(profile));
}

void SavedDeviceProfiles::write()
{
    m_settings.remove(kList);
    m_settings.beginWriteArray(kList, int(m_profiles.size()));
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        m_settings.setArrayIndex(int(i));
        m_profiles.at(i).save(m_settings);
    }
    m_settings.endArray();
}

} // namespace ase
