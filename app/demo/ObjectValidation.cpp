// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ObjectValidation.h"

#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Names.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase::demo::validation {

QList<FieldError> validateObjectMeta(
    const ResourceKind& kind, const QJsonObject& object, const QJsonObject* oldObject)
{
    QList<FieldError> errs;
    const QJsonObject meta = metafield::of(object);
    const QString name = meta.value("name"_L1).toString();
    if (name.isEmpty()) {
        errs.append(FieldError::required(u"metadata.name"_s, u"name or generateName is required"_s));
    } else {
        const QStringList nameErrors = kind.kind == kindname::Namespace ? names::isDns1123Label(name)
                                                                        : names::isDns1123Subdomain(name);
        for (const QString& e : nameErrors)
            errs.append(FieldError::invalid(u"metadata.name"_s, name, e));
    }
    if (kind.namespaced && meta.value("namespace"_L1).toString().isEmpty())
        errs.append(FieldError::required(u"metadata.namespace"_s));

    const QJsonObject labels = meta.value("labels"_L1).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        for (const QString& e : names::isQualifiedName(it.key()))
            errs.append(FieldError::invalid(u"metadata.labels"_s, it.key(), e));
        if (!it.value().isString()) {
            errs.append(FieldError::invalid(u"metadata.labels"_s, it.value(), u"must be a string"_s));
            continue;
        }
        for (const QString& e : names::isValidLabelValue(it.value().toString()))
            errs.append(FieldError::invalid(u"metadata.labels"_s, it.value(), e));
    }
    const QJsonObject annotations = meta.value("annotations"_L1).toObject();
    qsizetype total = 0;
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        for (const QString& e : names::isQualifiedName(it.key().toLower()))
            errs.append(FieldError::invalid(u"metadata.annotations"_s, it.key(), e));
        total += it.key().size() + it.value().toString().size();
    }
    if (total > 256 * 1024)
        errs.append(FieldError::tooLong(u"metadata.annotations"_s, QJsonValue(), 256 * 1024));

    if (oldObject) {
        const QJsonObject oldMeta = metafield::of(*oldObject);
        if (oldMeta.contains("deletionTimestamp"_L1)) {
            const QJsonArray oldFinalizers = oldMeta.value("finalizers"_L1).toArray();
            const QJsonArray finalizers = meta.value("finalizers"_L1).toArray();
            for (const QJsonValue& f : finalizers) {
                if (!oldFinalizers.contains(f)) {
                    errs.append(FieldError::forbidden(u"metadata.finalizers"_s,
                        u"no new finalizers can be added if the object is being "
                        "deleted, found new finalizers []string{\"%1\"}"_s.arg(f.toString())));
                }
            }
        }
    }
    return errs;
}

} // namespace ase::demo::validation
