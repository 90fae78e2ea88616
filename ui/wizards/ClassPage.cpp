// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ClassPage.h"

#include "models/itemmodels/ResourceTableModel.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/provisioning/StorageClassGuide.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/StorageAdvisorDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ase {

using provisioning::ClaimDraft;
using provisioning::DraftField;

ClassPage::ClassPage(ClaimDraftController* controller, ResourceStore* store, QWidget* parent)
    : WizardPage(tr("StorageClass"), parent)
    , m_controller(controller)
    , m_model(new StorageClassTableModel(store, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_defaultNote(new QLabel(this))
    , m_description(new QLabel(this))
    , m_advice(new QPushButton(tr("&Which storage do I need?…"), this))
{
    setObjectName(QStringLiteral("classPage"));
    auto* intro
        = new QLabel(tr("Choose the kind of storage: the class's provisioner makes a new volume for the "
                        "claim."),
            this);
    intro->setWordWrap(true);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ResourceTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("classTable"));
    m_table->setAccessibleName(tr("StorageClasses"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StorageClassTableModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(StorageClassTableModel::Age, true);
    m_table->setColumnHidden(StorageClassTableModel::Volumes, true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 6);
    m_defaultNote->setObjectName(QStringLiteral("defaultNote"));
    m_defaultNote->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("classDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_advice->setObjectName(QStringLiteral("adviceButton"));
    m_advice->setAutoDefault(false);

    auto* adviceRow = new QHBoxLayout;
    adviceRow->addWidget(m_defaultNote, 1);
    adviceRow->addWidget(m_advice);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(fieldCheckLabel(DraftField::Source, m_table));
    layout->addLayout(adviceRow);
    layout->addWidget(m_description);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClassPage::rowChosen);
    connect(m_advice, &QPushButton::clicked, this, &ClassPage::askAdvice);
    // The rows come at the next turn of the loop (a reset) and as the store changes; the
    // draft's class stays the current row through all of it.
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &ClassPage::syncFromDraft);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &ClassPage::syncFromDraft);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &ClassPage::syncFromDraft);
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, &ClassPage::syncFromDraft);
    syncFromDraft();
}

ClassPage::~ClassPage() = default;

QString ClassPage::shownClass() const
{
    const ClaimDraft& d = m_controller->draft();
    const StorageClass* shown = m_controller->context().effectiveClass(d.storageClassName);
    return shown ? shown->metadata.name : d.storageClassName;
}

void ClassPage::rowChosen()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString name
        = current.siblingAtColumn(StorageClassTableModel::Name).data(ResourceTableModel::NameRole).toString();
    if (name.isEmpty() || name == shownClass())
        return; // the default shown for "use the default" stays the default
    m_controller->edit([&name](ClaimDraft& d) { d.storageClassName = name; });
}

void ClassPage::refreshContext()
{
    syncFromDraft();
}

void ClassPage::syncFromDraft()
{
    const QString name = shownClass();
    // Select the class's row (without editing the draft back).
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, StorageClassTableModel::Name);
        if (index.data(ResourceTableModel::NameRole).toString() == name) {
            if (m_table->currentIndex().row() != row) {
                QSignalBlocker blocker(m_table->selectionModel());
                m_table->setCurrentIndex(index);
                m_table->selectRow(row);
            }
            break;
        }
    }
    const provisioning::ProvisioningContext& context = m_controller->context();
    const StorageClass* defaultClass = context.defaultClass();
    const QString defaultName = defaultClass ? defaultClass->metadata.name : QString();
    m_defaultNote->setText(defaultName.isEmpty()
            ? tr("No class is marked default: a claim must name its class.")
            : tr("%1 is the cluster's default class: a claim that names no class gets it.").arg(defaultName));

    const StorageClass* storageClass = context.storageClass(name);
    QString text;
    if (!storageClass) {
        text = context.classes.isEmpty() ? tr("The cluster has no StorageClass, or it cannot be listed.")
                                         : tr("Choose a class above.");
    } else {
        const provisioning::ClassDescription d = provisioning::describeClass(*storageClass);
        text = QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p><p>%4 %5</p><p>%6</p><p>%7</p>")
                   .arg(storageClass->metadata.name.toHtmlEscaped(),
                       storageClass->provisioner.toHtmlEscaped(), d.summary.toHtmlEscaped(),
                       tr("Who can mount it: %1.")
                           .arg(accessModeNames(d.modes).join(QStringLiteral(", ")))
                           .toHtmlEscaped(),
                       d.modesNote.toHtmlEscaped(), d.onDelete.toHtmlEscaped(), d.binding.toHtmlEscaped());
    }
    if (m_description->text() != text)
        m_description->setText(text);
}

void ClassPage::askAdvice()
{
    StorageAdvisorDialog dialog(m_controller->context().classes, this);
    const int result = dialog.exec();
    if (result == StorageAdvisorDialog::UseShare) {
        Q_EMIT shareWizardRequested();
    } else if (result == StorageAdvisorDialog::UseClass) {
        const QString name = dialog.classToUse();
        m_controller->edit([&name](ClaimDraft& d) {
            d.storageClassName = name;
            // Node-local storage is one node's disk: ReadWriteOnce.
            d.accessModes = AccessMode::ReadWriteOnce;
        });
    }
}

} // namespace ase
