// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// Name and label validation. The Kubernetes checks mirror apimachinery's
/// pkg/util/validation and pkg/api/validate/content word for word (their messages are
/// Kubernetes' English, not translated); see ../shared/reference/kubernetes-api.md §8.
/// Every function returns the list of problems; an empty list means valid.
namespace ase::names {

/// IsDNS1123Label: namespace names. "[a-z0-9]([-a-z0-9]*[a-z0-9])?", at most 63.
QStringList isDns1123Label(const QString& value);
/// IsDNS1123Subdomain: PV, PVC, StorageClass, Pod names. Labels joined by dots, at most 253.
QStringList isDns1123Subdomain(const QString& value);
/// IsQualifiedName / IsLabelKey: label and annotation keys ("[prefix/]name").
QStringList isQualifiedName(const QString& value);
/// IsValidLabelValue: empty, or the label-name pattern, at most 63.
QStringList isValidLabelValue(const QString& value);

/// Azure Stack Edge share names (azure-stack-edge.md §3): 3 to 63 characters, lowercase
/// letters, digits and hyphens, no hyphen at either end and none next to another.
/// The messages are translated (context "ase::names").
QStringList isValidShareName(const QString& value);

/// Go's %q of a string: the form Kubernetes uses for values in its field errors.
QString goQuote(QStringView value);
/// A field.Invalid error as Kubernetes prints it:
/// `metadata.name: Invalid value: "Foo": <detail>`.
QString fieldInvalid(const QString& path, QStringView value, const QString& detail);
/// A field.Required error: `spec.storageClassName: Required value[: detail]`.
QString fieldRequired(const QString& path, const QString& detail = {});
/// utilerrors.NewAggregate(...).Error(): one message alone, several as "[a, b]",
/// duplicates removed.
QString aggregate(const QStringList& errors);

} // namespace ase::names
