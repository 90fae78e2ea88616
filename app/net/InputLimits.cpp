// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/net/InputLimits.h"

#include <QIODevice>

#include <QtGlobal>

namespace ase {

qint64 InputLimit::bytes() const
{
    if (!environmentVariable)
        return defaultBytes;
    bool ok = false;
    const qint64 mib = qEnvironmentVariable(environmentVariable).toLongLong(&ok);
    // At most 1 TiB, so that the product cannot overflow.
    if (!ok || mib <= 0 || mib > 1024 * 1024)
        return defaultBytes;
    return mib * limits::kMiB;
}

bool InputLimit::exceededBy(qint64 bytesReceived, qint64 bytesTotal) const
{
    const qint64 limit = bytes();
    return bytesReceived > limit || bytesTotal > limit;
}

QByteArray InputLimit::readAll(QIODevice& device, bool* tooLarge) const
{
    const qint64 limit = bytes();
    QByteArray data = device.read(limit + 1);
    // A sequential device may hand out less than asked before its end: read on.
    while (data.size() <= limit && !device.atEnd()) {
        const QByteArray more = device.read(limit + 1 - data.size());
        if (more.isEmpty())
            break;
        data += more;
    }
    *tooLarge = data.size() > limit;
    if (*tooLarge)
        data.clear();
    return data;
}

QString InputLimit::formatSize(qint64 bytes)
{
    if (bytes >= limits::kMiB && bytes % limits::kMiB == 0)
        return tr("%1 MiB").arg(bytes / limits::kMiB);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

QString InputLimit::exceededMessage(const QString& what) const
{
    if (!environmentVariable)
        return tr("%1 is larger than the limit of %2.").arg(what, formatSize(bytes()));
    return tr("%1 is larger than the limit of %2 (set the environment variable %3 to a larger "
              "number of MiB to raise it).")
        .arg(what, formatSize(bytes()), QString::fromLatin1(environmentVariable));
}

} // namespace ase
