#pragma once

#include "ui/wizards/WizardPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ase {

class ClaimDraftController;

/// Static wizard, page 2: the claim — name, namespace, size (at most the volume's capacity,
/// with a unit picker), access modes (only the volume's), and the two fields that make it
/// static, shown and explained: `volumeName: <pv>` and `storageClassName: ""`.
class ClaimPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimPage)

public:
    explicit ClaimPage(ClaimDraftController* controller, QWidget* parent = nullptr);
    ~ClaimPage() override;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* namespaceBox() const { return m_namespace; }
    QLineEdit* sizeEdit() const { return m_size; }
    QComboBox* unitBox() const { return m_unit; }
    QCheckBox* modeBox(int index) const { return m_modes.at(index); }

    void syncFromDraft() override;
    /// The cluster's namespaces or the volume changed.
    void refreshContext();

private:
    void sizeEdited();

    ClaimDraftController* m_controller;
    QLineEdit* m_name;
    QComboBox* m_namespace;
    QLineEdit* m_size;
    QComboBox* m_unit;
    QLabel* m_capacity;
    QList<QCheckBox*> m_modes;
    QLabel* m_volume;
    QLabel* m_namespaceNote;
    QStringList m_namespacesShown;
};

} // namespace ase
