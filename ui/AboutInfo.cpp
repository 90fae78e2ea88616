// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/AboutInfo.h"

#include "app/BuildInfo.h"

#include <QtVersion>
#include <ksyntaxhighlighting_version.h>
#include <openssl/opensslv.h>

namespace ase {

QList<ThirdPartyComponent> AboutInfo::components()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
            QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
            QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("KF6 SyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
            QStringLiteral("MIT"), QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting")},
        {QStringLiteral("yaml-cpp"), buildinfo::yamlCppVersion(), QStringLiteral("MIT"),
            QStringLiteral("https://github.com/jbeder/yaml-cpp")},
        {QStringLiteral("QtKeychain"), buildinfo::qtKeychainVersion(), QStringLiteral("BSD-3-Clause"),
            QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("OpenSSL"), QStringLiteral(OPENSSL_VERSION_STR), QStringLiteral("Apache-2.0"),
            QStringLiteral("https://www.openssl.org/")},
    };
}

QString AboutInfo::versionText()
{
    QString text = QCoreApplication::applicationName() + u' ' + buildinfo::version() + u'\n';
    for (const ThirdPartyComponent& component : components())
        text += tr("%1 %2").arg(component.name, component.version) + u'\n';
    return text;
}

QString AboutInfo::aboutHtml()
{
    QString rows;
    for (const ThirdPartyComponent& c : components()) {
        rows += QStringLiteral(
            "<tr><td nowrap><a href=\"%1\">%2</a></td><td nowrap>%3</td><td nowrap>%4</td></tr>")
                    .arg(c.url.toHtmlEscaped(), c.name.toHtmlEscaped(), c.version.toHtmlEscaped(),
                        c.license.toHtmlEscaped());
    }
    return tr("<h3>ASE Storage Manager %1</h3>"
              "<p>Shares, persistent volumes, claims and storage classes of Kubernetes "
              "on Azure Stack Edge devices, in one native application.</p>"
              "<p>Licensed under the %2 license.</p>")
               .arg(buildinfo::version().toHtmlEscaped(), license())
        + tr("<p>Built on these libraries, each under its own license:</p>")
        + QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">")
        + tr("<tr><th align=\"left\">Library</th><th align=\"left\">Version</th>"
             "<th align=\"left\">License</th></tr>")
        + rows + QStringLiteral("</table>");
}

} // namespace ase
