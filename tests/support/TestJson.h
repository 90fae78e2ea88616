// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

// JSON written inline in tests.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QtGlobal>

namespace ase::test {

/// Parses a JSON object a test wrote; a typo in it stops the test at once, with the reason.
inline QJsonObject json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

/// One line of a watch body: `{"type":TYPE,"object":<a PersistentVolume NAME at RV>}` and
/// its newline.
inline QByteArray watchLine(const char* type, const QString& name, int rv)
{
    using namespace Qt::StringLiterals;
    const QJsonObject object {{"kind"_L1, "PersistentVolume"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}, {"resourceVersion"_L1, QString::number(rv)}}}};
    return QJsonDocument(QJsonObject {{"type"_L1, QLatin1StringView(type)}, {"object"_L1, object}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace ase::test
