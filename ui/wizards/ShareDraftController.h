// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ShareDraft.h"
#include "ui/wizards/DraftController.h"

#include <functional>

namespace ase {

/// The draft controller of the Add-share wizard: a ShareDraft, what the device has (its
/// shares, users, credentials), and, built once per change from models/provisioning, the
/// ARM request bodies (secrets masked `••••`) the preview shows and the checks. The frame's
/// fields map onto the share's: Name, Source = where the data lives, AccessModes = access,
/// ConsumerName = Edge compute (see fieldFor()).
class ShareDraftController final : public DraftController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareDraftController)

public:
    explicit ShareDraftController(const provisioning::ShareDraft& seed, QObject* parent = nullptr);
    ~ShareDraftController() override;

    const provisioning::ShareDraft& draft() const { return m_draft; }
    void edit(const std::function<void(provisioning::ShareDraft&)>& change);

    const provisioning::ShareContext& context() const { return m_context; }
    void setContext(const provisioning::ShareContext& context);
    /// The device id the bodies name (users/…, storageAccountCredentials/…).
    void setDeviceId(const QString& deviceId);

    /// The frame's field of a share check.
    static provisioning::DraftField fieldFor(provisioning::ShareCheck::Field field);

    QList<provisioning::DeviceRequest> requests() const { return m_requests; }
    QList<QJsonObject> manifests() const override;
    QByteArray yaml() const override { return m_text; }
    QList<provisioning::Check> checks() const override { return m_checks; }
    YamlEdit applyYaml(QByteArrayView text) override;
    QStringList kept() const override { return {}; }
    QString fieldTitle(provisioning::DraftField field) const override;
    bool isPristine() const override { return m_draft == m_seed; }
    QStringList objectTitles() const override;

protected:
    void recheck() override;

private:
    void rebuild();

    provisioning::ShareDraft m_seed;
    provisioning::ShareDraft m_draft;
    provisioning::ShareContext m_context;
    QString m_deviceId = QStringLiteral("<device>");
    QList<provisioning::DeviceRequest> m_requests;
    QByteArray m_text;
    QList<provisioning::Check> m_checks;
};

} // namespace ase
