// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/WizardPage.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace ase {

class ClaimDraftController;

/// The claim wizards' consumer page (optional): what uses the claim — nothing, a Deployment
/// or a StatefulSet whose pods mount it (dynamic: a StatefulSet gives each pod its own claim
/// through volumeClaimTemplates), running any image or the MySQL template (its root password
/// from a Secret the user names, never in the manifest); static also an IoT Edge module,
/// whose `HostConfig.Mounts` JSON for the share is shown to copy or save (not sent).
class ConsumerPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumerPage)

public:
    explicit ConsumerPage(ClaimDraftController* controller, QWidget* parent = nullptr);
    ~ConsumerPage() override;

    QButtonGroup* kinds() const { return m_kinds; }
    QLineEdit* imageEdit() const { return m_image; }
    QLineEdit* mountPathEdit() const { return m_mountPath; }
    QSpinBox* replicasBox() const { return m_replicas; }
    QComboBox* templateBox() const { return m_template; }
    QLineEdit* secretNameEdit() const { return m_secretName; }
    QLineEdit* secretKeyEdit() const { return m_secretKey; }
    /// The kubectl command that creates the Secret (MySQL), to copy.
    QLineEdit* secretCommand() const { return m_secretCommand; }
    QPlainTextEdit* targetsEdit() const { return m_targets; }
    QPlainTextEdit* iotJson() const { return m_json; }

    void syncFromDraft() override;

private:
    /// The radio buttons: nothing, Deployment, StatefulSet, IoT Edge module.
    void addKindChoice(QVBoxLayout* layout);
    /// The workload's fields, with the MySQL template's Secret rows.
    void addWorkloadForm(QVBoxLayout* layout);
    void addSecretRows();
    /// The workload's fields write the draft as the user edits them.
    void connectWorkload();
    /// The IoT Edge module's paths and its container create options JSON.
    void addIotEdgeBox(QVBoxLayout* layout);
    void saveJson();

    ClaimDraftController* m_controller;
    QButtonGroup* m_kinds;
    QGroupBox* m_workload;
    QLineEdit* m_name;
    QLineEdit* m_image;
    QLineEdit* m_mountPath;
    QSpinBox* m_replicas;
    QComboBox* m_template;
    QWidget* m_secret;
    QLineEdit* m_secretName;
    QLineEdit* m_secretKey;
    QLineEdit* m_secretCommand;
    QGroupBox* m_iot;
    QPlainTextEdit* m_targets;
    QPlainTextEdit* m_json;
    QPushButton* m_copyJson;
    QPushButton* m_saveJson;
    QLabel* m_jsonState;
};

} // namespace ase
