// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ConsumerPage.h"

#include "ui/CodeHighlighter.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/SaveFileDialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ase {

using provisioning::ClaimDraft;
using provisioning::ClaimSource;
using provisioning::ConsumerApp;
using provisioning::ConsumerKind;
using provisioning::DraftField;

ConsumerPage::ConsumerPage(ClaimDraftController* controller, QWidget* parent)
    : WizardPage(tr("Consumer (optional)"), parent)
    , m_controller(controller)
    , m_kinds(new QButtonGroup(this))
    , m_workload(new QGroupBox(tr("Workload"), this))
    , m_name(new QLineEdit(this))
    , m_image(new QLineEdit(this))
    , m_mountPath(new QLineEdit(this))
    , m_replicas(new QSpinBox(this))
    , m_template(new QComboBox(this))
    , m_secret(new QWidget(this))
    , m_secretName(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
    , m_secretCommand(new QLineEdit(this))
    , m_iot(new QGroupBox(tr("IoT Edge module"), this))
    , m_targets(new QPlainTextEdit(this))
    , m_json(new QPlainTextEdit(this))
    , m_copyJson(new QPushButton(tr("Copy &JSON"), this))
    , m_saveJson(new QPushButton(tr("Save JS&ON…"), this))
    , m_jsonState(new QLabel(this))
{
    setObjectName(QStringLiteral("consumerPage"));
    auto* layout = new QVBoxLayout(this);
    addKindChoice(layout);
    addWorkloadForm(layout);
    connectWorkload();
    addIotEdgeBox(layout);
    layout->addStretch();
    syncFromDraft();
}

void ConsumerPage::addKindChoice(QVBoxLayout* layout)
{
    auto* intro = new QLabel(tr("Optionally, what uses the claim."), this);
    intro->setWordWrap(true);
    const QList<std::pair<ConsumerKind, QString>> kinds {
        {ConsumerKind::None, tr("N&othing for now")},
        {ConsumerKind::Deployment, tr("A &Deployment whose pods mount the claim")},
        {ConsumerKind::StatefulSet, tr("A S&tatefulSet whose pods mount the claim")},
        {ConsumerKind::IotEdge, tr("An &IoT Edge module that mounts the share")},
    };
    layout->addWidget(intro);
    for (const auto& [kind, text] : kinds) {
        auto* radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("consumer_") + provisioning::consumerKindName(kind));
        m_kinds->addButton(radio, int(kind));
        layout->addWidget(radio);
    }
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            m_controller->edit([id](ClaimDraft& d) { d.consumer.kind = ConsumerKind(id); });
    });
}

void ConsumerPage::addWorkloadForm(QVBoxLayout* layout)
{
    m_name->setObjectName(QStringLiteral("workloadName"));
    m_image->setObjectName(QStringLiteral("image"));
    m_image->setPlaceholderText(tr("e.g. nginx:1.27"));
    m_mountPath->setObjectName(QStringLiteral("mountPath"));
    m_mountPath->setPlaceholderText(tr("e.g. /data"));
    m_replicas->setObjectName(QStringLiteral("replicas"));
    m_replicas->setRange(0, 100);
    auto* form = new QFormLayout(m_workload);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](const QString& label, QWidget* editor, DraftField field) {
        auto* text = new QLabel(label, m_workload);
        text->setBuddy(editor);
        form->addRow(text, editor);
        form->addRow(QString(), fieldCheckLabel(field, editor));
    };
    m_template->setObjectName(QStringLiteral("consumerTemplate"));
    m_template->addItem(tr("Any image"), int(ConsumerApp::Generic));
    m_template->addItem(tr("MySQL (port 3306, data in /var/lib/mysql)"), int(ConsumerApp::MySql));
    auto* templateLabel = new QLabel(tr("R&uns:"), m_workload);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, m_template);
    addRow(tr("N&ame:"), m_name, DraftField::ConsumerName);
    addRow(tr("I&mage:"), m_image, DraftField::ConsumerImage);
    addRow(tr("Mount &path:"), m_mountPath, DraftField::ConsumerMountPath);
    addRow(tr("&Replicas:"), m_replicas, DraftField::ConsumerReplicas);
    addSecretRows();
    form->addRow(m_secret);
    layout->addWidget(m_workload);
}

void ConsumerPage::addSecretRows()
{
    // MySQL: the root password from a Secret.
    m_secretName->setObjectName(QStringLiteral("secretName"));
    m_secretName->setPlaceholderText(tr("e.g. mysql-root"));
    m_secretKey->setObjectName(QStringLiteral("secretKey"));
    m_secretCommand->setObjectName(QStringLiteral("secretCommand"));
    m_secretCommand->setReadOnly(true);
    m_secretCommand->setAccessibleName(tr("Command that creates the Secret"));
    auto* secretForm = new QFormLayout(m_secret);
    secretForm->setContentsMargins(0, 0, 0, 0);
    auto* secretNote
        = new QLabel(tr("The root password is read from a Secret when the pod starts; the manifest "
                        "names the Secret and never holds the password. Create the Secret first, "
                        "for example with:"),
            m_secret);
    secretNote->setWordWrap(true);
    secretNote->setForegroundRole(QPalette::PlaceholderText);
    auto* secretNameLabel = new QLabel(tr("Password &Secret:"), m_secret);
    secretNameLabel->setBuddy(m_secretName);
    secretForm->addRow(secretNameLabel, m_secretName);
    auto* secretKeyLabel = new QLabel(tr("Secret &key:"), m_secret);
    secretKeyLabel->setBuddy(m_secretKey);
    secretForm->addRow(secretKeyLabel, m_secretKey);
    secretForm->addRow(QString(), fieldCheckLabel(DraftField::ConsumerSecret, m_secretName));
    secretForm->addRow(secretNote);
    secretForm->addRow(m_secretCommand);
}

void ConsumerPage::connectWorkload()
{
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        const auto app = ConsumerApp(m_template->currentData().toInt());
        m_controller->edit([app](ClaimDraft& d) { d.consumer.setApp(app); });
    });
    // Each line edit writes its field of the draft's consumer.
    const std::pair<QLineEdit*, QString provisioning::ConsumerDraft::*> fields[] = {
        {m_secretName, &provisioning::ConsumerDraft::secretName},
        {m_secretKey, &provisioning::ConsumerDraft::secretKey},
        {m_name, &provisioning::ConsumerDraft::name},
        {m_image, &provisioning::ConsumerDraft::image},
        {m_mountPath, &provisioning::ConsumerDraft::mountPath},
    };
    for (const auto& [edit, field] : fields) {
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
            m_controller->edit([&text, field](ClaimDraft& d) { d.consumer.*field = text; });
        });
    }
    connect(m_replicas, &QSpinBox::valueChanged, this,
        [this](int value) { m_controller->edit([value](ClaimDraft& d) { d.consumer.replicas = value; }); });
}

void ConsumerPage::addIotEdgeBox(QVBoxLayout* layout)
{
    auto* iotLayout = new QVBoxLayout(m_iot);
    auto* targetsLabel = new QLabel(tr("Paths inside the module, one per &line:"), m_iot);
    targetsLabel->setBuddy(m_targets);
    m_targets->setObjectName(QStringLiteral("iotTargets"));
    m_targets->setTabChangesFocus(true);
    m_targets->setFixedHeight(m_targets->fontMetrics().lineSpacing() * 3 + 12);
    m_json->setObjectName(QStringLiteral("iotJson"));
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Container create options of the module"));
    m_json->setTabChangesFocus(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    new CodeHighlighter(QStringLiteral("JSON"), m_json);
    auto* note = new QLabel(tr("Paste this into the module's container create options. It is not sent to the "
                               "cluster."),
        m_iot);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_copyJson->setObjectName(QStringLiteral("copyJson"));
    m_saveJson->setObjectName(QStringLiteral("saveJson"));
    m_copyJson->setAutoDefault(false);
    m_saveJson->setAutoDefault(false);
    m_jsonState->setForegroundRole(QPalette::PlaceholderText);
    auto* jsonButtons = new QHBoxLayout;
    jsonButtons->addWidget(m_copyJson);
    jsonButtons->addWidget(m_saveJson);
    jsonButtons->addWidget(m_jsonState, 1);
    iotLayout->addWidget(targetsLabel);
    iotLayout->addWidget(m_targets);
    iotLayout->addWidget(fieldCheckLabel(DraftField::IotTargets, m_targets));
    iotLayout->addWidget(note);
    iotLayout->addWidget(m_json, 1);
    iotLayout->addLayout(jsonButtons);
    layout->addWidget(m_iot, 1);
    connect(m_targets, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList targets = m_targets->toPlainText().split(u'\n');
        m_controller->edit([&targets](ClaimDraft& d) { d.consumer.iotTargets = targets; });
    });
    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_json->toPlainText());
        m_jsonState->setText(tr("The JSON is on the clipboard."));
    });
    connect(m_saveJson, &QPushButton::clicked, this, &ConsumerPage::saveJson);
}

ConsumerPage::~ConsumerPage() = default;

void ConsumerPage::syncFromDraft()
{
    const ClaimDraft& d = m_controller->draft();
    const provisioning::ConsumerDraft& c = d.consumer;
    if (QAbstractButton* button = m_kinds->button(int(c.kind)); button && !button->isChecked()) {
        QSignalBlocker blocker(m_kinds);
        button->setChecked(true);
    }
    const bool workload = c.kind == ConsumerKind::Deployment || c.kind == ConsumerKind::StatefulSet;
    const bool dynamic = d.source == ClaimSource::StorageClass;
    // A StatefulSet of a dynamic claim gives each pod its own claim; IoT Edge modules mount shares.
    if (QAbstractButton* sts = m_kinds->button(int(ConsumerKind::StatefulSet)))
        sts->setText(dynamic ? tr("A S&tatefulSet: each pod gets its own claim (volumeClaimTemplates)")
                             : tr("A S&tatefulSet whose pods mount the claim"));
    if (QAbstractButton* iot = m_kinds->button(int(ConsumerKind::IotEdge)))
        iot->setVisible(!dynamic);
    m_workload->setVisible(workload);
    if (m_template->currentData().toInt() != int(c.app)) {
        QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(m_template->findData(int(c.app)));
    }
    m_secret->setVisible(c.app == ConsumerApp::MySql);
    if (m_secretName->text() != c.secretName)
        m_secretName->setText(c.secretName);
    if (m_secretKey->text() != c.secretKey)
        m_secretKey->setText(c.secretKey);
    const QString secret
        = c.secretName.trimmed().isEmpty() ? QStringLiteral("mysql-root") : c.secretName.trimmed();
    const QString command
        = QStringLiteral("kubectl create secret generic %1 -n %2 --from-literal=%3=\"$(read -rs -p "
                         "'Password: ' p; echo \"$p\")\"")
              .arg(secret, d.ns.trimmed(), c.secretKey.trimmed());
    if (m_secretCommand->text() != command) {
        m_secretCommand->setText(command);
        m_secretCommand->setCursorPosition(0); // the command's start, not its end
    }
    m_iot->setVisible(c.kind == ConsumerKind::IotEdge);
    if (m_name->text() != c.name)
        m_name->setText(c.name);
    m_name->setPlaceholderText(d.name.isEmpty() ? tr("the claim's name") : d.name);
    if (m_image->text() != c.image)
        m_image->setText(c.image);
    if (m_mountPath->text() != c.mountPath)
        m_mountPath->setText(c.mountPath);
    if (m_replicas->value() != c.replicas) {
        QSignalBlocker blocker(m_replicas);
        m_replicas->setValue(c.replicas);
    }
    if (m_targets->toPlainText().split(u'\n') != c.iotTargets) {
        QSignalBlocker blocker(m_targets);
        m_targets->setPlainText(c.iotTargets.join(u'\n'));
    }
    if (c.kind == ConsumerKind::IotEdge)
        replaceChangedLines(m_json, QString::fromUtf8(m_controller->iotEdgeJson()));
}

void ConsumerPage::saveJson()
{
    saveFileWithDialog(
        this,
        {tr("Save the module's mounts"), tr("JSON files (*.json)"), QStringLiteral("json"),
            QStringLiteral("createOptions.json"), QStringLiteral("saveJsonDialog")},
        [this] { return m_controller->iotEdgeJson(); },
        [this](const QString& path) {
            m_jsonState->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace ase
