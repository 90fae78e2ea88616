#pragma once

#include "models/store/ResourceStore.h"

#include <QList>
#include <QString>

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
};

/// The important fields of an object, in words, with links to what it is bound to
/// (claim ↔ volume ↔ share, pods). Pure: reads the object and the store.
QList<SummaryField> summarizeObject(
    const QString& kind, const QJsonObject& object, const ResourceStore& store);

} // namespace ase
