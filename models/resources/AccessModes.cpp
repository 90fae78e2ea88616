// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/AccessModes.h"

#include <QJsonArray>

#include <array>
#include <bit>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

struct ModeInfo
{
    AccessMode mode;
    QLatin1StringView name;
    QLatin1StringView abbreviation;
};

// kubectl's order (GetAccessModesAsString).
constexpr std::array<ModeInfo, 4> Modes {{
    {AccessMode::ReadWriteOnce, "ReadWriteOnce"_L1, "RWO"_L1},
    {AccessMode::ReadOnlyMany, "ReadOnlyMany"_L1, "ROX"_L1},
    {AccessMode::ReadWriteMany, "ReadWriteMany"_L1, "RWX"_L1},
    {AccessMode::ReadWriteOncePod, "ReadWriteOncePod"_L1, "RWOP"_L1},
}};

} // namespace

std::optional<AccessMode> accessModeFromName(QStringView name)
{
    for (const ModeInfo& info : Modes) {
        if (name == info.name)
            return info.mode;
    }
    return std::nullopt;
}

QString accessModeName(AccessMode mode)
{
    for (const ModeInfo& info : Modes) {
        if (info.mode == mode)
            return info.name;
    }
    return {};
}

AccessModes accessModesFromJson(const QJsonValue& array)
{
    AccessModes modes;
    for (const QJsonValue& v : array.toArray()) {
        if (const auto mode = accessModeFromName(QStringView(v.toString())))
            modes |= *mode;
    }
    return modes;
}

AccessModes accessModesFromNames(const QStringList& names)
{
    AccessModes modes;
    for (const QString& name : names) {
        if (const auto mode = accessModeFromName(name))
            modes |= *mode;
    }
    return modes;
}

QStringList accessModeNames(AccessModes modes)
{
    QStringList names;
    for (const ModeInfo& info : Modes) {
        if (modes.testFlag(info.mode))
            names.append(info.name);
    }
    return names;
}

QString accessModesAbbreviation(AccessModes modes)
{
    QString text;
    for (const ModeInfo& info : Modes) {
        if (!modes.testFlag(info.mode))
            continue;
        if (!text.isEmpty())
            text += u',';
        text += info.abbreviation;
    }
    return text;
}

int accessModeCount(AccessModes modes)
{
    return std::popcount(static_cast<unsigned>(modes.toInt()));
}

} // namespace ase
