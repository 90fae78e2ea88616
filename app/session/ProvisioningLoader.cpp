// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/ProvisioningLoader.h"

#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace ase {

ProvisioningLoader::ProvisioningLoader(Session* session, const QString& ns, Callback done, QObject* parent)
    : QObject(parent)
    , m_done(std::move(done))
{
    ClusterOperations* cluster = session->cluster();
    provisioning::ProvisioningContext& context = m_result.context;
    const auto listed = [this](const ApiError& error, bool forbiddenIsUnknown, bool* known) {
        if (error.ok())
            return true;
        if (forbiddenIsUnknown && error.isForbidden()) {
            if (known)
                *known = false;
            return false;
        }
        if (m_result.error.ok())
            m_result.error = error;
        return false;
    };
    m_pending = 4;
    cluster->listObjects(kindname::PersistentVolume, {}, this,
        [this, &context, listed](const QList<QJsonObject>& objects, const ApiError& error) {
            if (listed(error, true, &context.volumesKnown))
                context.volumes = fromJsonObjects<PersistentVolume>(objects);
            finishOne();
        });
    cluster->listObjects(kindname::PersistentVolumeClaim, ns, this,
        [this, &context, listed](const QList<QJsonObject>& objects, const ApiError& error) {
            if (listed(error, true, nullptr))
                context.claims = fromJsonObjects<PersistentVolumeClaim>(objects);
            finishOne();
        });
    cluster->listObjects(kindname::StorageClass, {}, this,
        [this, &context, listed](const QList<QJsonObject>& objects, const ApiError& error) {
            if (listed(error, true, nullptr))
                context.classes = fromJsonObjects<StorageClass>(objects);
            finishOne();
        });
    cluster->listObjects(kindname::Namespace, {}, this,
        [this, &context, listed](const QList<QJsonObject>& objects, const ApiError& error) {
            if (listed(error, true, nullptr)) {
                QStringList names;
                for (const QJsonObject& object : objects)
                    names.append(metafield::name(object));
                names.sort();
                context.namespaces = names;
            }
            finishOne();
        });
    if (session->shares()->isConnected()) {
        ++m_pending;
        session->shares()->listShares(
            this, [this, &context](const QList<Share>& shares, const ArmError& error) {
                if (error.ok()) {
                    context.shares = shares;
                    context.sharesKnown = true;
                } else {
                    m_result.deviceError = error;
                }
                finishOne();
            });
    }
}

ProvisioningLoader::~ProvisioningLoader() = default;

void ProvisioningLoader::finishOne()
{
    if (--m_pending > 0)
        return;
    // Called back after the last answer's handler returned.
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            m_done(m_result);
    });
}

} // namespace ase
