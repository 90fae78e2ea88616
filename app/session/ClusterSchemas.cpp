// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/ClusterSchemas.h"

#include "app/kube/KubeClient.h"
#include "models/resources/OpenApiValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace ase {

namespace {

struct Load
{
    QStringList urls; ///< server-relative URLs of the documents still to read
    std::shared_ptr<OpenApiValidator> validator = std::make_shared<OpenApiValidator>();
    std::function<void(const ClusterSchemas&)> done;
};

void finish(const std::shared_ptr<Load>& load, ClusterSchemas::State state, const ApiError& error = {})
{
    ClusterSchemas schemas;
    schemas.state = state;
    schemas.error = error;
    if (state == ClusterSchemas::State::Loaded)
        schemas.validator = load->validator;
    load->done(schemas);
}

void next(KubeClient* client, QObject* context, const std::shared_ptr<Load>& load)
{
    if (load->urls.isEmpty()) {
        finish(load, ClusterSchemas::State::Loaded);
        return;
    }
    const QUrl url(load->urls.takeFirst());
    client->getRaw(url.path(), QUrlQuery(url), context, [client, context, load](const RawResult& result) {
        if (!result.ok()) {
            finish(load, ClusterSchemas::State::Failed, result.error);
            return;
        }
        QString problem;
        if (!load->validator->addDocument(QJsonDocument::fromJson(result.body).object(), &problem)) {
            finish(load, ClusterSchemas::State::Failed, ApiError::make(ApiError::Category::Decode, problem));
            return;
        }
        next(client, context, load);
    });
}

} // namespace

void loadClusterSchemas(KubeClient* client, const QStringList& groupVersions, QObject* context,
    std::function<void(const ClusterSchemas& schemas)> done)
{
    auto load = std::make_shared<Load>();
    load->done = std::move(done);
    if (!client) {
        finish(load, ClusterSchemas::State::Failed,
            ApiError::make(ApiError::Category::Config, QObject::tr("Not connected to a cluster.")));
        return;
    }
    client->getRaw(QStringLiteral("/openapi/v3"), {}, context,
        [client, context, load, groupVersions](const RawResult& result) {
            if (result.error.isNotFound()) {
                finish(load, ClusterSchemas::State::NotServed);
                return;
            }
            if (!result.ok()) {
                finish(load, ClusterSchemas::State::Failed, result.error);
                return;
            }
            const QJsonObject paths
                = QJsonDocument::fromJson(result.body).object().value(QLatin1StringView("paths")).toObject();
            for (const QString& gv : groupVersions) {
                const QString url
                    = paths.value(gv).toObject().value(QLatin1StringView("serverRelativeURL")).toString();
                if (!url.isEmpty())
                    load->urls.append(url);
            }
            next(client, context, load);
        });
}

} // namespace ase
