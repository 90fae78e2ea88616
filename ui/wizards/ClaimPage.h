// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/WizardPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ase {

class ClaimDraftController;

/// The claim page of both claim wizards: name, namespace, size (with a unit picker), access
/// modes, volume mode and labels. Static: the size at most the volume's capacity, only the
/// volume's modes, and the two fields that make it static, shown and explained
/// (`volumeName: <pv>`, `storageClassName: ""`). Dynamic: only the modes the class's
/// provisioner gives (the others disabled, with the reason), and the choice between naming
/// the class and leaving `storageClassName` out for the cluster's default.
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
    QComboBox* volumeModeBox() const { return m_volumeMode; }
    QLineEdit* labelsEdit() const { return m_labels; }
    /// Dynamic: leave storageClassName out (the cluster's default class).
    QCheckBox* defaultClassBox() const { return m_defaultClass; }
    /// Why the disabled modes are disabled (dynamic).
    QLabel* modesNote() const { return m_modesNote; }

    void syncFromDraft() override;
    /// The cluster's namespaces or the volume changed.
    void refreshContext();

private:
    void setUpNameAndSize();
    /// The access modes' check boxes and their note.
    QWidget* makeModesBox();
    void setUpOtherFields();
    void layOut(QWidget* size, QWidget* modes);
    /// The fields write the draft as the user edits them.
    void connectFields();
    /// "Use the cluster's default class" on: the claim names no class; off: it names the
    /// default class (or the last one it named).
    void defaultClassToggled(bool on);
    void sizeEdited();
    void labelsEdited();
    void syncModes();
    void syncStaticFields();
    void syncDynamicFields();

    ClaimDraftController* m_controller;
    QLineEdit* m_name;
    QComboBox* m_namespace;
    QLineEdit* m_size;
    QComboBox* m_unit;
    QLabel* m_capacity;
    QList<QCheckBox*> m_modes;
    QLabel* m_volume;
    QLabel* m_namespaceNote;
    QLabel* m_modesNote;
    QComboBox* m_volumeMode;
    QLineEdit* m_labels;
    QCheckBox* m_defaultClass;
    QStringList m_namespacesShown;
    QString m_lastClass; ///< the class named before "use the default" was checked
};

} // namespace ase
