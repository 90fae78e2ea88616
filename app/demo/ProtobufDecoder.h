// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ApiErrors.h"

#include <QByteArray>
#include <QJsonObject>

namespace ase::demo {

/// Reads the Kubernetes protobuf encoding (`application/vnd.kubernetes.protobuf`) of the
/// objects kubectl's create verbs send — kubectl 1.32 and later send built-in kinds so,
/// and do not retry in JSON after a 415: the magic `k8s\0`, then a runtime.Unknown whose
/// typeMeta names the kind and whose raw bytes are the object's generated message.
///
/// It knows the messages of Namespace, ConfigMap, Deployment and Pod, with the fields
/// kubectl's generators fill (metadata, selector, pod template, containers, ports, env,
/// resources, volumes of hostPath, emptyDir and persistentVolumeClaim); other fields are
/// skipped. As Go's decoding into typed structs does, zero values of plain fields come out
/// absent and those of pointer fields (replicas: 0) stay.
namespace protobuf {

/// The media type these bodies are sent with.
inline constexpr char kMediaType[] = "application/vnd.kubernetes.protobuf";

/// The object as JSON, with apiVersion and kind. 415 when the kind is not one it knows,
/// 400 when the bytes are not a Kubernetes protobuf object.
ApiResult<QJsonObject> decodeObject(const QByteArray& body);

} // namespace protobuf

} // namespace ase::demo
