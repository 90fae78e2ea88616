// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the fuzz targets share: the libFuzzer entry point's signature and a view of the input.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace ase::fuzz {

/// The input as bytes (no copy).
inline QByteArrayView bytes(const uint8_t* data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The input as text, the way the app reads user input and server strings (UTF-8).
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

/// Stops the run with a crash libFuzzer reports (and the replay test fails on): for
/// properties the code promises (a round trip), not for memory errors (the sanitizers
/// catch those).
[[noreturn]] inline void violated(const char* what)
{
    qFatal("fuzz property violated: %s", what);
}

} // namespace ase::fuzz
