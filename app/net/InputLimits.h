// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace ase {

/// One upper bound on untrusted input (a response body, a watch event, a plugin's output,
/// a file), with the environment variable that raises it. The default fits every real
/// cluster and device by a wide margin; the bound exists so that a broken or hostile peer
/// cannot make the app read without end.
struct InputLimit
{
    Q_DECLARE_TR_FUNCTIONS(ase::InputLimit)

public:
    const char* environmentVariable = nullptr; ///< "ASE_MAX_RESPONSE_MIB": the limit in MiB
    qint64 defaultBytes = 0;

    /// The limit in bytes: the environment variable (a positive whole number of MiB) when
    /// it is set and valid, else the default.
    qint64 bytes() const;

    /// "%1 is larger than the limit of 16 MiB (set ASE_MAX_WATCH_EVENT_MIB to raise it)."
    /// `what` names the input: "The server's answer to the list of PersistentVolumes".
    QString exceededMessage(const QString& what) const;
    /// For QNetworkReply::downloadProgress: the body read so far, or the size the server
    /// announced, is over the limit (abort the reply).
    bool exceededBy(qint64 bytesReceived, qint64 bytesTotal) const;
    /// Reads a file or device to its end, at most the limit: `*tooLarge` is set (and
    /// nothing returned) when there is more. Never reads more than the limit plus one byte,
    /// also from a device without an end (a pipe, /dev/zero).
    QByteArray readAll(QIODevice& device, bool* tooLarge) const;
    /// "16 MiB", "512 KiB": a size for the messages.
    static QString formatSize(qint64 bytes);
};

/// The limits of what the clients read from servers and plugins.
namespace limits {

constexpr qint64 kMiB = 1024 * 1024;

/// A whole response body read into memory: a list page, an object, an ARM reply.
inline constexpr InputLimit kResponseBody {"ASE_MAX_RESPONSE_MIB", 256 * kMiB};
/// One line of a watch stream (one event with its object). etcd stores objects of at most
/// 1.5 MiB; the JSON of one event stays well below the limit.
inline constexpr InputLimit kWatchEvent {"ASE_MAX_WATCH_EVENT_MIB", 16 * kMiB};
/// What an exec credential plugin writes to stdout (one ExecCredential).
inline constexpr InputLimit kExecOutput {"ASE_MAX_EXEC_OUTPUT_MIB", 4 * kMiB};
/// One kubeconfig file.
inline constexpr InputLimit kKubeconfigFile {"ASE_MAX_KUBECONFIG_MIB", 16 * kMiB};
/// One YAML or JSON manifest file (apply -f); also the parser's bound on the text.
inline constexpr InputLimit kManifestFile {"ASE_MAX_MANIFEST_MIB", 32 * kMiB};

} // namespace limits

} // namespace ase
