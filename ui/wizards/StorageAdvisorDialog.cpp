// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/StorageAdvisorDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ase {

using provisioning::StorageRecommendation;

StorageAdvisorDialog::StorageAdvisorDialog(const QList<StorageClass>& classes, QWidget* parent)
    : QDialog(parent)
    , m_classes(classes)
    , m_manyWriters(new QCheckBox(tr("Several &nodes write the same data at the same time"), this))
    , m_posix(new QCheckBox(tr("It is a &database or another app that needs POSIX files (MySQL, PostgreSQL, "
                               "MongoDB, Prometheus)"),
          this))
    , m_advice(new QLabel(this))
    , m_useClass(new QPushButton(this))
    , m_useShare(new QPushButton(tr("Open the &share wizard…"), this))
{
    setObjectName(QStringLiteral("storageAdvisor"));
    setWindowTitle(tr("Which storage do I need?"));
    m_manyWriters->setObjectName(QStringLiteral("manyWriters"));
    m_posix->setObjectName(QStringLiteral("posixApp"));
    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);
    m_advice->setMinimumWidth(420);
    m_useClass->setObjectName(QStringLiteral("useClass"));
    m_useShare->setObjectName(QStringLiteral("useShare"));
    auto* intro = new QLabel(tr("Two questions about what will use the storage:"), this);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_useClass, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_useShare, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_manyWriters);
    layout->addWidget(m_posix);
    layout->addSpacing(8);
    layout->addWidget(m_advice);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_manyWriters, &QCheckBox::toggled, this, &StorageAdvisorDialog::update);
    connect(m_posix, &QCheckBox::toggled, this, &StorageAdvisorDialog::update);
    connect(m_useClass, &QPushButton::clicked, this, [this] { done(UseClass); });
    connect(m_useShare, &QPushButton::clicked, this, [this] { done(UseShare); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

StorageAdvisorDialog::~StorageAdvisorDialog() = default;

QString StorageAdvisorDialog::classToUse() const
{
    if (!m_recommendation.className.isEmpty())
        return m_recommendation.className;
    // A share is advised; the node-local class is still the one to offer (one claim per replica).
    return provisioning::recommendStorage(false, true, m_classes).className;
}

void StorageAdvisorDialog::update()
{
    m_recommendation
        = provisioning::recommendStorage(m_manyWriters->isChecked(), m_posix->isChecked(), m_classes);
    const bool share = m_recommendation.kind == StorageRecommendation::Kind::Share;
    const QString headline = share ? tr("A device share, claimed statically")
                                   : tr("The class %1").arg(m_recommendation.className);
    m_advice->setText(QStringLiteral("<b>%1</b><br>%2")
                          .arg(headline.toHtmlEscaped(), m_recommendation.reason.toHtmlEscaped()));
    m_useClass->setText(tr("&Use %1").arg(classToUse()));
    m_useShare->setDefault(share);
    m_useClass->setDefault(!share);
}

} // namespace ase
