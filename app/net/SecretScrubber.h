// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ase {

/// Takes token-looking values out of text that came from another program or server before
/// it is shown in an error, a message or a log line: credential plugin output (kubelogin,
/// gke-gcloud-auth-plugin, az), which may print the very token it failed to deliver.
///
/// Replaced with "[redacted]":
/// - JWTs (three base64url parts, the first starting "eyJ");
/// - the value after "Bearer ";
/// - the values of secret-named fields in JSON, YAML or key=value form (token, access_token,
///   refresh_token, id_token, password, secret, client_secret, clientKeyData,
///   clientCertificateData, key...);
/// - PEM blocks (certificates and keys);
/// - long runs that look random: 32+ hex digits, or 32+ base64 characters mixing upper
///   case, lower case and digits (paths, UUIDs and ordinary words are kept).
class SecretScrubber final
{
public:
    static QString scrub(const QString& text);
    static inline const QString kRedacted = QStringLiteral("[redacted]");
};

} // namespace ase
