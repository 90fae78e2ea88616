// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimChecks.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ase {

class DraftController;

/// The checks of a draft in one list (review page): errors first, each naming its field;
/// activating one takes the user to that field. The schema check's state closes the list.
class ChecksList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksList)

public:
    explicit ChecksList(DraftController* controller, QWidget* parent = nullptr);
    ~ChecksList() override;

    QListWidget* list() const { return m_list; }
    void refresh();

Q_SIGNALS:
    void fieldActivated(ase::provisioning::DraftField field);

private:
    DraftController* m_controller;
    QLabel* m_summary;
    QListWidget* m_list;
};

} // namespace ase
