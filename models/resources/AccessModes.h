// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ase {

/// A PersistentVolume access mode (core/v1 PersistentVolumeAccessMode).
enum class AccessMode : quint8 {
    ReadWriteOnce = 0x1,
    ReadOnlyMany = 0x2,
    ReadWriteMany = 0x4,
    ReadWriteOncePod = 0x8,
};
/// A set of access modes, as PVs and claims list them (order and repeats don't matter).
Q_DECLARE_FLAGS(AccessModes, AccessMode)
Q_DECLARE_OPERATORS_FOR_FLAGS(AccessModes)

/// "ReadWriteOnce" → AccessMode::ReadWriteOnce; nullopt for anything else (case matters).
std::optional<AccessMode> accessModeFromName(QStringView name);
/// AccessMode::ReadWriteMany → "ReadWriteMany".
QString accessModeName(AccessMode mode);
/// The set named by a JSON array of mode names; unknown names are ignored.
AccessModes accessModesFromJson(const QJsonValue& array);
/// The set named by a list of mode names; unknown names are ignored.
AccessModes accessModesFromNames(const QStringList& names);
/// The full names in kubectl's order (RWO, ROX, RWX, RWOP), e.g. for a manifest.
QStringList accessModeNames(AccessModes modes);
/// kubectl's ACCESS MODES column: "RWO,ROX,RWX,RWOP" in that order, no repeats; "" if none.
QString accessModesAbbreviation(AccessModes modes);
/// How many distinct modes the set holds.
int accessModeCount(AccessModes modes);

} // namespace ase
