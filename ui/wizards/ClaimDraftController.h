// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimDraft.h"
#include "models/provisioning/ProvisioningContext.h"
#include "ui/wizards/DraftController.h"

#include <functional>

namespace ase {

/// The draft controller of the claim wizards (static now, dynamic next): a ClaimDraft, the
/// context its checks run against, and the manifests, YAML and checks built once per
/// change from models/provisioning.
class ClaimDraftController final : public DraftController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDraftController)

public:
    explicit ClaimDraftController(const provisioning::ClaimDraft& seed, QObject* parent = nullptr);
    ~ClaimDraftController() override;

    const provisioning::ClaimDraft& draft() const { return m_draft; }
    /// Changes the draft as a page's field does; nothing happens when @p change changes nothing.
    void edit(const std::function<void(provisioning::ClaimDraft&)>& change);
    /// Replaces the draft (a new seed); the result is pristine again.
    void reset(const provisioning::ClaimDraft& seed);

    const provisioning::ProvisioningContext& context() const { return m_context; }
    /// What the checks know of the cluster and the device (updated as the store changes).
    void setContext(const provisioning::ProvisioningContext& context);

    /// The IoT Edge module's HostConfig.Mounts JSON (not sent to the cluster).
    QByteArray iotEdgeJson() const;

    QList<QJsonObject> manifests() const override { return m_manifests; }
    QByteArray yaml() const override { return m_yaml; }
    QList<provisioning::Check> checks() const override { return m_checks; }
    YamlEdit applyYaml(QByteArrayView text) override;
    QStringList kept() const override;
    QString fieldTitle(provisioning::DraftField field) const override;
    bool isPristine() const override { return m_draft == m_seed; }

protected:
    void recheck() override;

private:
    void setDraft(const provisioning::ClaimDraft& draft, Origin origin);
    void rebuild();
    QList<provisioning::Check> allChecks() const;

    provisioning::ClaimDraft m_seed;
    provisioning::ClaimDraft m_draft;
    provisioning::ProvisioningContext m_context;
    QList<QJsonObject> m_manifests;
    QByteArray m_yaml;
    QList<provisioning::Check> m_checks;
};

} // namespace ase
