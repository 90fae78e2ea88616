// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/ResourceStore.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ase {

/// A related object a summary points to ("PersistentVolume", "localsmb").
struct SummaryLink
{
    QString kind;
    QString key;
    QString text;
    bool operator==(const SummaryLink&) const = default;
};

/// One line of an object's summary: a label, a value in words, links to related objects,
/// and whether the line is a warning the user should read.
struct SummaryField
{
    QString label;
    QString value;
    QList<SummaryLink> links;
    bool warning = false;
    bool operator==(const SummaryField&) const = default;
};

/// The important fields of an object, in words, with links to what it is bound to
/// (claim ↔ volume ↔ share, pods). Pure: reads the object and the store.
QList<SummaryField> summarizeObject(
    const QString& kind, const QJsonObject& object, const ResourceStore& store);

/// The kinds, other than `kind` itself, whose objects summarizeObject() reads for an object
/// of `kind` (a claim's pods and share, a volume's share, a share's volume): a change to
/// one of them may change the summary, a change to any other kind cannot.
QStringList relatedKinds(const QString& kind);

} // namespace ase
