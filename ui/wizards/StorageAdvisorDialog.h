// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/StorageClassGuide.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ase {

/// "Which storage do I need?": two questions (several nodes writing at once? a database or
/// another POSIX app?) and the seed's advice as it stands (models/provisioning
/// recommendStorage): a device share, claimed statically, or the node-local class. The user
/// takes the advice with one button: use the class, or open the share wizard.
class StorageAdvisorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageAdvisorDialog)

public:
    enum Choice : int { UseClass = QDialog::Accepted + 1, UseShare };

    StorageAdvisorDialog(const QList<StorageClass>& classes, QWidget* parent = nullptr);
    ~StorageAdvisorDialog() override;

    QCheckBox* manyWritersBox() const { return m_manyWriters; }
    QCheckBox* posixBox() const { return m_posix; }
    QLabel* adviceLabel() const { return m_advice; }
    QPushButton* useClassButton() const { return m_useClass; }
    QPushButton* useShareButton() const { return m_useShare; }
    /// The advice for the answers given so far.
    const provisioning::StorageRecommendation& recommendation() const { return m_recommendation; }
    /// The class "Use …" picks: the advised one, else the node-local class.
    QString classToUse() const;

private:
    void update();

    QList<StorageClass> m_classes;
    QCheckBox* m_manyWriters;
    QCheckBox* m_posix;
    QLabel* m_advice;
    QPushButton* m_useClass;
    QPushButton* m_useShare;
    provisioning::StorageRecommendation m_recommendation;
};

} // namespace ase
