// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ApiError.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ase {

class KubeClient;
class OpenApiValidator;

/// The cluster's OpenAPI v3 schemas, read once for the checks of what the wizards build.
struct ClusterSchemas
{
    enum class State : quint8 {
        Loaded, ///< `validator` holds the schemas of the group-versions asked for (those served)
        NotServed, ///< the cluster does not publish /openapi/v3 (404)
        Failed, ///< reading them failed: `error`
    };
    State state = State::Failed;
    std::shared_ptr<const OpenApiValidator> validator;
    ApiError error;
};

/// Reads `/openapi/v3` (the index) and then the documents of `groupVersions` ("api/v1",
/// "apis/apps/v1") the index lists, at the URLs it gives (with their hash), into one
/// validator. Asynchronous; `done` is called once, not at all when `context` is destroyed
/// first (the requests are aborted with it).
void loadClusterSchemas(KubeClient* client, const QStringList& groupVersions, QObject* context,
    std::function<void(const ClusterSchemas& schemas)> done);

} // namespace ase
