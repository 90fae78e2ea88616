// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimChecks.h"
#include "models/resources/Yaml.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace ase {

class OpenApiValidator;

/// What a wizard frame needs of a wizard's typed draft, whatever the draft is (a claim, a
/// share): the manifests it makes (for the preview, the dry-run, the apply and Save YAML),
/// its checks, and the way back from YAML text the user edited. The pages edit the draft
/// through the concrete controller; every change is announced once by draftChanged().
class DraftController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftController)

public:
    /// Who changed the draft: a page's field, the YAML editor, or a reset (a new seed).
    enum class Origin : quint8 { Form, Yaml, Reset };

    /// The outcome of applyYaml().
    struct YamlEdit
    {
        /// Why the text was not taken (its line and column); the draft is unchanged.
        std::optional<YamlError> error;
        QStringList kept; ///< fields the form does not know, kept as written
        QStringList restored; ///< fields the text leaves out that the form puts back

        bool ok() const { return !error.has_value(); }
    };

    /// Where the schema check stands.
    enum class SchemaState : quint8 {
        Loading, ///< the cluster's /openapi/v3 documents are on their way
        Checked, ///< the manifests are checked against the cluster's schemas
        NotServed, ///< the cluster does not publish /openapi/v3
        Failed, ///< reading them failed (schemaNote() says why)
    };

    explicit DraftController(QObject* parent = nullptr);
    ~DraftController() override;

    /// The manifests to send, in order.
    virtual QList<QJsonObject> manifests() const = 0;
    /// The same as one multi-document YAML stream: what the preview shows and Save writes.
    virtual QByteArray yaml() const = 0;
    /// Every check of the draft (the schema checks included), as of the last change.
    virtual QList<provisioning::Check> checks() const = 0;
    /// Maps YAML text onto the draft; on success the draft follows (Origin::Yaml).
    virtual YamlEdit applyYaml(QByteArrayView text) = 0;
    /// The fields of the draft the form has no control for, kept as the user wrote them.
    virtual QStringList kept() const = 0;
    /// The label of a field's editor ("Size"), for the list of checks.
    virtual QString fieldTitle(provisioning::DraftField field) const = 0;
    /// The user has changed nothing since the seed: closing needs no confirmation.
    virtual bool isPristine() const = 0;
    /// One line per manifest for the review page ("PersistentVolumeClaim data in namespace
    /// apps"); a draft whose manifests are no Kubernetes objects says what they are.
    virtual QStringList objectTitles() const;

    /// The schemas the manifests are checked against (null while not known).
    void setSchema(std::shared_ptr<const OpenApiValidator> validator, SchemaState state, const QString& note);
    SchemaState schemaState() const { return m_schemaState; }
    /// A sentence on the schema check when it is not Checked ("schema not checked: ...").
    QString schemaNote() const { return m_schemaNote; }

Q_SIGNALS:
    /// The draft changed; manifests(), yaml() and checks() are current.
    void draftChanged(ase::DraftController::Origin origin);
    /// The checks changed without the draft (the cluster changed, the schemas arrived).
    void checksChanged();

protected:
    /// The schema checks of these manifests (none while no schema is loaded).
    QList<provisioning::Check> schemaChecksOf(const QList<QJsonObject>& manifests) const;
    /// Called when the schemas changed: re-run the checks and emit checksChanged().
    virtual void recheck() = 0;

private:
    std::shared_ptr<const OpenApiValidator> m_validator;
    SchemaState m_schemaState = SchemaState::Loading;
    QString m_schemaNote;
};

} // namespace ase
