// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ShareDraftController.h"

#include <QJsonDocument>

namespace ase {

using namespace provisioning;

ShareDraftController::ShareDraftController(const ShareDraft& seed, QObject* parent)
    : DraftController(parent)
    , m_seed(seed)
    , m_draft(seed)
{
    setSchema(nullptr, SchemaState::NotServed,
        tr("The device checks the request bodies itself when they are sent; it has no dry-run."));
    rebuild();
}

QStringList ShareDraftController::objectTitles() const
{
    QStringList lines;
    for (const DeviceRequest& r : m_requests) {
        const QString name = r.path.section(u'/', 1);
        if (r.path.startsWith(u"users/"))
            lines.append(tr("Share user %1 (password encrypted for the device)").arg(name));
        else if (r.path.startsWith(u"storageAccountCredentials/"))
            lines.append(tr("Storage account credential %1 (key encrypted for the device)").arg(name));
        else
            lines.append(m_draft.computeMount ? tr("Share %1, then its mount for Edge compute").arg(name)
                                              : tr("Share %1").arg(name));
    }
    return lines;
}

ShareDraftController::~ShareDraftController() = default;

void ShareDraftController::edit(const std::function<void(ShareDraft&)>& change)
{
    ShareDraft draft = m_draft;
    change(draft);
    if (draft == m_draft)
        return;
    m_draft = draft;
    rebuild();
    Q_EMIT draftChanged(Origin::Form);
}

void ShareDraftController::setContext(const ShareContext& context)
{
    m_context = context;
    recheck();
}

void ShareDraftController::setDeviceId(const QString& deviceId)
{
    if (deviceId.isEmpty() || deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    rebuild();
    Q_EMIT draftChanged(Origin::Reset);
}

DraftField ShareDraftController::fieldFor(ShareCheck::Field field)
{
    switch (field) {
    case ShareCheck::Field::Name:
        return DraftField::Name;
    case ShareCheck::Field::Storage:
        return DraftField::Source;
    case ShareCheck::Field::Access:
        return DraftField::AccessModes;
    case ShareCheck::Field::Compute:
        return DraftField::ConsumerName;
    }
    return DraftField::Name;
}

QList<QJsonObject> ShareDraftController::manifests() const
{
    QList<QJsonObject> out;
    for (const DeviceRequest& r : m_requests)
        out.append(r.body);
    return out;
}

void ShareDraftController::rebuild()
{
    m_requests = shareRequests(m_draft, m_deviceId);
    // The request bodies as the preview shows them: each after a comment naming its request
    // (JSON is YAML; the comments keep the text a valid YAML stream).
    QByteArray text;
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        const DeviceRequest& r = m_requests.at(i);
        if (i > 0)
            text += "---\n";
        text += "# " + r.method.toUtf8() + ' ' + r.path.toUtf8() + "?api-version=2023-12-01\n";
        text += QJsonDocument(r.body).toJson(QJsonDocument::Indented);
    }
    m_text = text;
    recheck();
}

void ShareDraftController::recheck()
{
    QList<Check> checks;
    for (const ShareCheck& c : checkShareDraft(m_draft, m_context))
        checks.append(
            {fieldFor(c.field), c.error ? Check::Severity::Error : Check::Severity::Warning, c.message});
    m_checks = checks;
    Q_EMIT checksChanged();
}

DraftController::YamlEdit ShareDraftController::applyYaml(QByteArrayView)
{
    YamlEdit result;
    result.error = YamlError {1, 1, 1, tr("The request bodies follow the form; change the share there.")};
    return result;
}

QString ShareDraftController::fieldTitle(DraftField field) const
{
    switch (field) {
    case DraftField::Name:
        return tr("Basics");
    case DraftField::Source:
        return tr("Where the data lives");
    case DraftField::AccessModes:
        return tr("Access");
    case DraftField::ConsumerName:
        return tr("Edge compute");
    default:
        return {};
    }
}

} // namespace ase
