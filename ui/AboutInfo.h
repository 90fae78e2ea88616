// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ase {

/// A library the application is built on: what --version and Help → About list.
struct ThirdPartyComponent
{
    QString name; ///< "Qt"
    QString version; ///< the version the application runs with (or was built against)
    QString license; ///< SPDX expression, "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
    QString url; ///< the project's home page
};

/// The application's version, the libraries' versions and licenses, as text (--version)
/// and as the About dialog's HTML. No widgets: the same facts for both.
class AboutInfo final
{
    Q_DECLARE_TR_FUNCTIONS(ase::AboutInfo)

public:
    /// The application's license (the LICENSE file at the repository's root).
    static QString license() { return QStringLiteral("MIT"); }
    /// Qt, KF6 SyntaxHighlighting, yaml-cpp, QtKeychain and OpenSSL.
    static QList<ThirdPartyComponent> components();
    /// What --version prints: "ase-storage-manager 0.1.0+git152.gfdff148" (the first line,
    /// as help2man expects), then one line per library with its version.
    static QString versionText();
    /// The About dialog's text: name, version, what it is for, and a table of the libraries
    /// with their versions and licenses.
    static QString aboutHtml();
};

} // namespace ase
