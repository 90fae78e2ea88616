// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>

/// The Kind names of the objects the app, the CLI and the demo device handle, as in a
/// manifest's `kind` field and as ResourceStore keys. "Share" is the device's share (not a
/// Kubernetes kind); ResourceKind (ResourceKind.h) has the REST paths of the others.
namespace ase::kindname {

inline constexpr QLatin1StringView PersistentVolumeClaim {"PersistentVolumeClaim"};
inline constexpr QLatin1StringView PersistentVolume {"PersistentVolume"};
inline constexpr QLatin1StringView StorageClass {"StorageClass"};
inline constexpr QLatin1StringView Share {"Share"};
inline constexpr QLatin1StringView Pod {"Pod"};
inline constexpr QLatin1StringView Namespace {"Namespace"};
inline constexpr QLatin1StringView Deployment {"Deployment"};
inline constexpr QLatin1StringView StatefulSet {"StatefulSet"};
inline constexpr QLatin1StringView Event {"Event"};
inline constexpr QLatin1StringView Secret {"Secret"};

} // namespace ase::kindname
