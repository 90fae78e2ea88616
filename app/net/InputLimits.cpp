#include "app/net/InputLimits.h"

#include <QtGlobal>

#include <algorithm>
#include <climits>

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

QString InputLimit::formatSize(qint64 bytes)
{
    if (bytes >= limits::kMiB && bytes % limits::kMiB == 0)
        return tr("%1 MiB").arg(bytes / limits::kMiB);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return tr("%n byte(s)", nullptr, int(std::min<qint64>(bytes, INT_MAX)));
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
