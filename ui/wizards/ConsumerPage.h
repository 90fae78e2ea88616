#pragma once

#include "ui/wizards/WizardPage.h"

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ase {

class ClaimDraftController;

/// Static wizard, page 3 (optional): what uses the claim — nothing, a Deployment or a
/// StatefulSet whose pods mount it, or an IoT Edge module, whose `HostConfig.Mounts` JSON for
/// the share is shown highlighted to copy or save (it is not sent to the cluster).
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
    QPlainTextEdit* targetsEdit() const { return m_targets; }
    QPlainTextEdit* iotJson() const { return m_json; }

    void syncFromDraft() override;

private:
    void saveJson();

    ClaimDraftController* m_controller;
    QButtonGroup* m_kinds;
    QGroupBox* m_workload;
    QLineEdit* m_name;
    QLineEdit* m_image;
    QLineEdit* m_mountPath;
    QSpinBox* m_replicas;
    QGroupBox* m_iot;
    QPlainTextEdit* m_targets;
    QPlainTextEdit* m_json;
    QPushButton* m_copyJson;
    QPushButton* m_saveJson;
    QLabel* m_jsonState;
};

} // namespace ase
