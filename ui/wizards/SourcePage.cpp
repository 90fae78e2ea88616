// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/SourcePage.h"

#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/WizardStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ase {

using provisioning::VolumeCandidate;

namespace {

enum Column { NameColumn, TypeColumn, CapacityColumn, ModesColumn, VerdictColumn, ColumnCount };

QString candidateKey(const VolumeCandidate& c)
{
    return c.volumeName.isEmpty() ? c.shareName : c.volumeName;
}

} // namespace

SourcePage::SourcePage(ClaimDraftController* controller, QWidget* parent)
    : WizardPage(tr("Share or volume"), parent)
    , m_controller(controller)
    , m_tree(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_mount(new QPushButton(tr("&Mount for Edge compute"), this))
    , m_progress(new QProgressBar(this))
    , m_mountState(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcePage"));
    auto* intro = new QLabel(tr("Choose the device share or PersistentVolume the new claim binds to. The "
                                "last column says whether a claim of this size and these access modes "
                                "could bind it, and if not, why."),
        this);
    intro->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("candidates"));
    m_tree->setAccessibleName(tr("Shares and volumes"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setHeaderLabels(
        {tr("Name"), tr("Type"), tr("Capacity"), tr("Access modes"), tr("Can a new claim bind it?")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(NameColumn, 170);
    m_tree->header()->resizeSection(TypeColumn, 90);
    m_tree->header()->resizeSection(CapacityColumn, 70);
    m_tree->header()->resizeSection(ModesColumn, 90);
    QLabel* check = fieldCheckLabel(provisioning::DraftField::Source, m_tree);

    m_detail->setObjectName(QStringLiteral("sourceDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_detail, &QLabel::linkActivated, this, [this](const QString& href) {
        Q_EMIT linkActivated(href.section(u'|', 0, 0), href.section(u'|', 1));
    });
    m_mount->setObjectName(QStringLiteral("mountShare"));
    m_mount->setAutoDefault(false);
    m_mount->setToolTip(tr("Turn on \"Use the share with Edge compute\" on the device; Kubernetes then gets "
                           "a PersistentVolume named after the share"));
    m_mount->hide();
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_mountState->setObjectName(QStringLiteral("mountState"));
    m_mountState->setWordWrap(true);
    m_mountState->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(check);
    layout->addWidget(m_detail);
    layout->addWidget(m_mount, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_mountState);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showDetail();
        if (!item)
            return;
        const VolumeCandidate& c = m_shown.at(item->data(NameColumn, Qt::UserRole).toInt());
        const QString volume = c.volumeName.isEmpty() ? c.shareName : c.volumeName;
        m_controller->edit([&c, &volume](provisioning::ClaimDraft& d) {
            d.volumeName = volume;
            d.shareName = c.shareName;
        });
    });
    connect(m_mount, &QPushButton::clicked, this, [this] {
        const VolumeCandidate* c = currentCandidate();
        if (!c || c->shareName.isEmpty() || !m_mounting.isEmpty())
            return;
        m_mounting = c->shareName;
        m_mount->hide();
        setMountProgress(tr("Mounting %1 for Edge compute…").arg(m_mounting));
        Q_EMIT mountRequested(m_mounting);
    });
    refreshCandidates();
}

SourcePage::~SourcePage() = default;

const VolumeCandidate* SourcePage::currentCandidate() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(NameColumn, Qt::UserRole).toInt();
    return index >= 0 && index < m_shown.size() ? &m_shown.at(index) : nullptr;
}

void SourcePage::pageEntered()
{
    refreshCandidates();
}

void SourcePage::syncFromDraft()
{
    // The verdicts depend on the size and the access modes; recompute when they changed.
    const provisioning::ClaimDraft& d = m_controller->draft();
    const QString basis = d.size + u'|' + QString::number(int(d.accessModes));
    if (basis != m_candidatesFor && isVisible())
        refreshCandidates();
    else
        selectCurrentSource();
}

void SourcePage::refreshCandidates()
{
    const provisioning::ClaimDraft& d = m_controller->draft();
    m_candidatesFor = d.size + u'|' + QString::number(int(d.accessModes));
    m_shown = provisioning::staticCandidates(m_controller->context(), d);
    QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        const VolumeCandidate& c = m_shown.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, candidateKey(c));
        item->setData(NameColumn, Qt::UserRole, int(i));
        item->setText(TypeColumn,
            c.shareName.isEmpty() ? tr("Volume") : tr("%1 share", "SMB share / NFS share").arg(c.protocol));
        item->setText(CapacityColumn, c.capacity ? c.capacity->toString() : QString());
        item->setText(ModesColumn, accessModesAbbreviation(c.accessModes));
        item->setText(VerdictColumn, c.claimable() ? tr("Yes") : c.reason);
        item->setToolTip(VerdictColumn, c.claimable() ? tr("A new claim can bind it.") : c.reason);
        item->setIcon(VerdictColumn,
            style()->standardIcon(
                c.claimable() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        if (!c.claimable()) {
            for (int col = NameColumn; col < VerdictColumn; ++col)
                item->setForeground(col, palette().brush(QPalette::PlaceholderText));
        }
    }
    selectCurrentSource();
    showDetail();
}

void SourcePage::selectCurrentSource()
{
    const provisioning::ClaimDraft& d = m_controller->draft();
    const QString wanted = d.volumeName.isEmpty() ? d.shareName : d.volumeName;
    QTreeWidgetItem* current = m_tree->currentItem();
    if (current && current->text(NameColumn) == wanted)
        return;
    QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(nullptr);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(NameColumn) == wanted) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            break;
        }
    }
    showDetail();
}

void SourcePage::showDetail()
{
    const VolumeCandidate* c = currentCandidate();
    m_mount->setVisible(c && c->verdict == VolumeCandidate::Verdict::NotMounted && m_mounting.isEmpty());
    if (!c) {
        m_detail->show();
        m_detail->setText(m_shown.isEmpty()
                ? tr("There are no shares or PersistentVolumes to claim. Connect to the device, or create a "
                     "share first.")
                : tr("Choose one of the list."));
        return;
    }
    const QString name = candidateKey(*c).toHtmlEscaped();
    QString text;
    if (c->claimable()) {
        text = tr("<b>%1</b>: a new claim can bind it. The claim will name it in <tt>volumeName</tt>, so the "
                  "binder binds the two one-to-one.")
                   .arg(name);
    } else if (c->verdict == VolumeCandidate::Verdict::BoundToClaim && !c->boundClaim.isEmpty()) {
        // The reason is the source's check, in the line above; here what to do about it.
        text = tr(
            "<b>%1</b> is bound to <a href=\"PersistentVolumeClaim|%2\">%2</a>. A volume serves one claim; "
            "choose another share or volume.")
                   .arg(name, c->boundClaim.toHtmlEscaped());
    }
    m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
}

void SourcePage::setMountProgress(const QString& text, int percent)
{
    // A percentage when the device gives one, else a busy bar.
    m_progress->setRange(0, percent >= 0 ? 100 : 0);
    if (percent >= 0)
        m_progress->setValue(percent);
    m_progress->show();
    m_mountState->show();
    m_mountState->setText(text);
    wizardstyle::setTextColor(m_mountState, palette().color(QPalette::WindowText));
}

void SourcePage::setMountFinished(const QString& shareName, const QString& error)
{
    m_mounting.clear();
    m_progress->hide();
    m_mountState->show();
    if (error.isEmpty()) {
        m_mountState->setText(
            tr("%1 is mounted for Edge compute. Its PersistentVolume appears in the list as soon as "
               "Kubernetes has it.")
                .arg(shareName));
        wizardstyle::setTextColor(m_mountState, wizardstyle::okColor(palette()));
    } else {
        m_mountState->setText(tr("Mounting %1 failed: %2").arg(shareName, error));
        wizardstyle::setTextColor(m_mountState, wizardstyle::errorColor(palette()));
    }
    showDetail();
}

} // namespace ase
