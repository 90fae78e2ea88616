// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ChecksList.h"

#include "ui/wizards/DraftController.h"
#include "ui/wizards/WizardStyle.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace ase {

using provisioning::Check;

ChecksList::ChecksList(DraftController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("checksList"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("checks"));
    m_list->setAccessibleName(tr("Checks"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QVariant field = item->data(Qt::UserRole);
        if (field.isValid())
            Q_EMIT fieldActivated(provisioning::DraftField(field.toInt()));
    });
    connect(m_controller, &DraftController::draftChanged, this, &ChecksList::refresh);
    connect(m_controller, &DraftController::checksChanged, this, &ChecksList::refresh);
    refresh();
}

ChecksList::~ChecksList() = default;

void ChecksList::refresh()
{
    if (!isVisible())
        return; // the review page refreshes the list when it is shown
    QList<Check> checks = m_controller->checks();
    std::stable_sort(checks.begin(), checks.end(),
        [](const Check& a, const Check& b) { return a.isError() && !b.isError(); });
    m_list->clear();
    int errors = 0;
    for (const Check& check : std::as_const(checks)) {
        errors += check.isError() ? 1 : 0;
        auto* item = new QListWidgetItem(
            tr("%1: %2", "field: message").arg(m_controller->fieldTitle(check.field), check.message), m_list);
        item->setIcon(style()->standardIcon(
            check.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, int(check.field));
        item->setToolTip(check.message);
    }
    // The schema check's state closes the list (checked, or why not).
    auto* schema = new QListWidgetItem(m_controller->schemaState() == DraftController::SchemaState::Checked
            ? tr("Schema: every manifest was checked against the cluster's /openapi/v3.")
            : m_controller->schemaNote(),
        m_list);
    schema->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    const int warnings = int(checks.size()) - errors;
    if (errors > 0) {
        m_summary->setText(tr("%n problem(s) to fix before Create.", nullptr, errors));
        wizardstyle::setTextColor(m_summary, wizardstyle::errorColor(palette()));
    } else if (warnings > 0) {
        m_summary->setText(tr("No errors; %n warning(s) to read.", nullptr, warnings));
        wizardstyle::setTextColor(m_summary, wizardstyle::warningColor(palette()));
    } else {
        m_summary->setText(tr("All checks pass."));
        wizardstyle::setTextColor(m_summary, wizardstyle::okColor(palette()));
    }
}

} // namespace ase
