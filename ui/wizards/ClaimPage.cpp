// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ClaimPage.h"

#include "models/provisioning/StorageClassGuide.h"
#include "ui/wizards/ClaimDraftController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ase {

using provisioning::ClaimDraft;
using provisioning::ClaimSource;
using provisioning::DraftField;
using provisioning::VolumeMode;

namespace {

const QList<AccessMode> kModes {AccessMode::ReadWriteOnce, AccessMode::ReadOnlyMany,
    AccessMode::ReadWriteMany, AccessMode::ReadWriteOncePod};
const QStringList kUnits {QStringLiteral("Mi"), QStringLiteral("Gi"), QStringLiteral("Ti")};

/// "10Gi" → {"10", "Gi"}; a size in another unit stays whole, with no unit picked.
std::pair<QString, QString> splitSize(const QString& size)
{
    for (const QString& unit : kUnits) {
        if (size.endsWith(unit) && size.size() > unit.size())
            return {size.chopped(unit.size()), unit};
    }
    return {size, QString()};
}

/// "app=db, tier=data" → {app: db, tier: data}; a part without '=' is a key with an empty value.
QMap<QString, QString> parseLabels(const QString& text)
{
    QMap<QString, QString> labels;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (part.trimmed().isEmpty())
            continue;
        labels.insert(equals < 0 ? part.trimmed() : part.left(equals).trimmed(),
            equals < 0 ? QString() : part.mid(equals + 1).trimmed());
    }
    return labels;
}

QString labelsText(const QMap<QString, QString>& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(QStringLiteral(", "));
}

QWidget* withCheck(QWidget* editor, QLabel* check, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(check);
    return box;
}

} // namespace

ClaimPage::ClaimPage(ClaimDraftController* controller, QWidget* parent)
    : WizardPage(tr("Claim"), parent)
    , m_controller(controller)
    , m_name(new QLineEdit(this))
    , m_namespace(new QComboBox(this))
    , m_size(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_capacity(new QLabel(this))
    , m_volume(new QLabel(this))
    , m_namespaceNote(new QLabel(this))
    , m_modesNote(new QLabel(this))
    , m_volumeMode(new QComboBox(this))
    , m_labels(new QLineEdit(this))
    , m_defaultClass(new QCheckBox(this))
{
    setObjectName(QStringLiteral("claimPage"));
    setUpNameAndSize();
    QWidget* modes = makeModesBox();
    setUpOtherFields();
    auto* size = new QWidget(this);
    auto* sizeLayout = new QHBoxLayout(size);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_size);
    sizeLayout->addWidget(m_unit);
    sizeLayout->addWidget(m_capacity, 1);
    m_size->setAccessibleName(tr("Size"));
    layOut(size, modes);
    connectFields();
    refreshContext();
    syncFromDraft();
}

void ClaimPage::setUpNameAndSize()
{
    m_name->setObjectName(QStringLiteral("claimName"));
    m_name->setPlaceholderText(tr("e.g. sensor-data"));
    m_name->setMaxLength(253);
    m_namespace->setObjectName(QStringLiteral("claimNamespace"));
    m_namespace->setEditable(true);
    m_namespace->setInsertPolicy(QComboBox::NoInsert);
    m_namespaceNote->setWordWrap(true);
    m_namespaceNote->setForegroundRole(QPalette::PlaceholderText);
    m_namespaceNote->hide();
    m_size->setObjectName(QStringLiteral("claimSize"));
    m_size->setPlaceholderText(tr("e.g. 10"));
    m_size->setMaximumWidth(140);
    m_unit->setObjectName(QStringLiteral("claimSizeUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->addItems(kUnits);
    m_unit->addItem(tr("as written"), QString());
    for (int i = 0; i < kUnits.size(); ++i)
        m_unit->setItemData(i, kUnits.at(i), Qt::UserRole);
    m_capacity->setForegroundRole(QPalette::PlaceholderText);
}

QWidget* ClaimPage::makeModesBox()
{
    auto* modes = new QWidget(this);
    auto* modesLayout = new QVBoxLayout(modes);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    modesLayout->setSpacing(2);
    const QStringList modeTexts {tr("ReadWriteOnce: read-write by the pods of one node"),
        tr("ReadOnlyMany: read-only by many nodes"), tr("ReadWriteMany: read-write by many nodes"),
        tr("ReadWriteOncePod: read-write by one pod")};
    for (qsizetype i = 0; i < kModes.size(); ++i) {
        auto* box = new QCheckBox(modeTexts.at(i), modes);
        box->setObjectName(QStringLiteral("mode") + accessModeName(kModes.at(i)));
        modesLayout->addWidget(box);
        m_modes.append(box);
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) {
            m_controller->edit([i, on](ClaimDraft& d) { d.accessModes.setFlag(kModes.at(i), on); });
        });
    }
    m_modesNote->setObjectName(QStringLiteral("modesNote"));
    m_modesNote->setWordWrap(true);
    m_modesNote->setForegroundRole(QPalette::PlaceholderText);
    modesLayout->addWidget(m_modesNote);
    return modes;
}

void ClaimPage::setUpOtherFields()
{
    m_volumeMode->setObjectName(QStringLiteral("volumeMode"));
    m_volumeMode->addItem(tr("Filesystem (default): mounted as a directory"), int(VolumeMode::Filesystem));
    m_volumeMode->addItem(
        tr("Block: a raw device, for apps that manage one themselves"), int(VolumeMode::Block));
    m_labels->setObjectName(QStringLiteral("claimLabels"));
    m_labels->setPlaceholderText(tr("optional, e.g. app=mysql, tier=data"));
    m_defaultClass->setObjectName(QStringLiteral("defaultClass"));
    m_volume->setObjectName(QStringLiteral("staticFields"));
    m_volume->setWordWrap(true);
    m_volume->setTextFormat(Qt::RichText);
}

void ClaimPage::layOut(QWidget* size, QWidget* modes)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row: its label (the buddy takes the mnemonic), the field with its check under it.
    const auto addRow = [this, form](const QString& text, QWidget* buddy, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_name, withCheck(m_name, fieldCheckLabel(DraftField::Name, m_name), this));
    auto* nsBox = withCheck(m_namespace, fieldCheckLabel(DraftField::Namespace, m_namespace), this);
    nsBox->layout()->addWidget(m_namespaceNote);
    addRow(tr("Names&pace:"), m_namespace, nsBox);
    addRow(tr("&Size:"), m_size, withCheck(size, fieldCheckLabel(DraftField::Size, m_size), this));
    addRow(tr("Access modes:"), m_modes.first(),
        withCheck(modes, fieldCheckLabel(DraftField::AccessModes, m_modes.first()), this));
    addRow(tr("&Volume mode:"), m_volumeMode,
        withCheck(m_volumeMode, fieldCheckLabel(DraftField::VolumeMode, m_volumeMode), this));
    addRow(
        tr("&Labels:"), m_labels, withCheck(m_labels, fieldCheckLabel(DraftField::Labels, m_labels), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_defaultClass);
    layout->addWidget(m_volume);
    layout->addStretch();
}

void ClaimPage::connectFields()
{
    connect(m_name, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_controller->edit([&text](ClaimDraft& d) { d.name = text; }); });
    connect(m_namespace, &QComboBox::currentTextChanged, this,
        [this](const QString& text) { m_controller->edit([&text](ClaimDraft& d) { d.ns = text; }); });
    connect(m_size, &QLineEdit::textEdited, this, &ClaimPage::sizeEdited);
    connect(m_volumeMode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = VolumeMode(m_volumeMode->currentData().toInt());
        m_controller->edit([mode](ClaimDraft& d) { d.volumeMode = mode; });
    });
    connect(m_labels, &QLineEdit::textEdited, this, &ClaimPage::labelsEdited);
    connect(m_defaultClass, &QCheckBox::toggled, this, &ClaimPage::defaultClassToggled);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ClaimPage::sizeEdited);
}

void ClaimPage::defaultClassToggled(bool on)
{
    const provisioning::ProvisioningContext& context = m_controller->context();
    QString explicitClass;
    if (!on) {
        // Name the default class explicitly (what the cluster would fill in).
        const StorageClass* defaultClass = context.defaultClass();
        explicitClass = defaultClass ? defaultClass->metadata.name : m_lastClass;
    }
    m_controller->edit([&](ClaimDraft& d) {
        if (on && !d.storageClassName.isEmpty())
            m_lastClass = d.storageClassName;
        d.storageClassName = on ? QString() : explicitClass;
    });
}

ClaimPage::~ClaimPage() = default;

void ClaimPage::sizeEdited()
{
    const QString size = m_size->text().trimmed() + m_unit->currentData().toString();
    m_controller->edit([&size](ClaimDraft& d) { d.size = size; });
}

void ClaimPage::labelsEdited()
{
    const QMap<QString, QString> labels = parseLabels(m_labels->text());
    m_controller->edit([&labels](ClaimDraft& d) { d.labels = labels; });
}

void ClaimPage::refreshContext()
{
    const provisioning::ProvisioningContext& context = m_controller->context();
    const QStringList names = context.namespaces.value_or(QStringList());
    if (names != m_namespacesShown) {
        m_namespacesShown = names;
        QSignalBlocker blocker(m_namespace);
        const QString text = m_namespace->currentText();
        m_namespace->clear();
        m_namespace->addItems(names);
        m_namespace->setCurrentText(text);
    }
    m_namespaceNote->setVisible(!context.namespaces.has_value());
    m_namespaceNote->setText(tr("The namespaces cannot be listed with your permissions: type the name; the "
                                "server checks it."));
    syncFromDraft();
}

void ClaimPage::syncFromDraft()
{
    const ClaimDraft& d = m_controller->draft();
    if (m_name->text() != d.name)
        m_name->setText(d.name);
    if (m_namespace->currentText() != d.ns) {
        QSignalBlocker blocker(m_namespace);
        m_namespace->setCurrentText(d.ns);
    }
    if (m_size->text().trimmed() + m_unit->currentData().toString() != d.size) {
        const auto [number, unit] = splitSize(d.size);
        QSignalBlocker blocker(m_unit);
        m_size->setText(number);
        m_unit->setCurrentIndex(unit.isEmpty() ? m_unit->count() - 1 : int(kUnits.indexOf(unit)));
    }
    if (m_volumeMode->currentData().toInt() != int(d.volumeMode)) {
        QSignalBlocker blocker(m_volumeMode);
        m_volumeMode->setCurrentIndex(m_volumeMode->findData(int(d.volumeMode)));
    }
    if (parseLabels(m_labels->text()) != d.labels)
        m_labels->setText(labelsText(d.labels));
    syncModes();
    if (d.source == ClaimSource::StorageClass)
        syncDynamicFields();
    else
        syncStaticFields();
}

void ClaimPage::syncModes()
{
    const ClaimDraft& d = m_controller->draft();
    const provisioning::ProvisioningContext& context = m_controller->context();
    const PersistentVolume* volume = d.source == ClaimSource::Volume ? context.volume(d.volumeName) : nullptr;
    const StorageClass* storageClass
        = d.source == ClaimSource::StorageClass ? context.effectiveClass(d.storageClassName) : nullptr;
    QStringList refusals;
    for (qsizetype i = 0; i < kModes.size(); ++i) {
        QCheckBox* box = m_modes.at(i);
        const AccessMode mode = kModes.at(i);
        QString reason;
        if (volume && !volume->accessModes.testFlag(mode))
            reason = tr("The volume does not offer this access mode.");
        else if (storageClass)
            reason = provisioning::modeRefusal(*storageClass, mode);
        const bool offered = reason.isEmpty();
        const bool on = d.accessModes.testFlag(mode);
        // A mode that is not offered can be switched off, never on.
        box->setEnabled(offered || on);
        box->setToolTip(reason);
        if (box->isChecked() != on) {
            QSignalBlocker blocker(box);
            box->setChecked(on);
        }
    }
    if (storageClass) {
        const provisioning::ClassDescription description = provisioning::describeClass(*storageClass);
        const QString sentence = provisioning::offeredModesSentence(*storageClass);
        if (!sentence.isEmpty())
            refusals.append(sentence);
        if (!description.modesKnown)
            refusals.append(description.modesNote);
    }
    m_modesNote->setVisible(!refusals.isEmpty());
    m_modesNote->setText(refusals.join(u' '));
    const QString capacity = volume && volume->capacity
        ? tr("at most %1, the volume's capacity").arg(volume->capacity->toString())
        : QString();
    if (m_capacity->text() != capacity)
        m_capacity->setText(capacity);
}

void ClaimPage::syncStaticFields()
{
    const ClaimDraft& d = m_controller->draft();
    m_defaultClass->hide();
    const QString pv = d.volumeName.isEmpty() ? tr("(choose one on the first page)") : d.volumeName;
    const QString fields = tr(
        "<p><tt>volumeName: %1</tt><br>The claim names its volume, so the binder binds exactly that one.</p>"
        "<p><tt>storageClassName: \"\"</tt><br>Empty: binds only to volumes without a class. Left out, the "
        "cluster's default class would be filled in and a provisioner would make a new volume instead.</p>")
                               .arg(pv.toHtmlEscaped());
    if (m_volume->text() != fields)
        m_volume->setText(fields); // rich text: laid out anew only when it changed
}

void ClaimPage::syncDynamicFields()
{
    const ClaimDraft& d = m_controller->draft();
    const StorageClass* defaultClass = m_controller->context().defaultClass();
    const QString defaultName = defaultClass ? defaultClass->metadata.name : QString();
    m_defaultClass->show();
    m_defaultClass->setText(defaultName.isEmpty()
            ? tr("Use the cluster's default class (the cluster has none: the claim would stay Pending)")
            : tr("Use the cluster's default class, %1 (leave storageClassName out)").arg(defaultName));
    const bool useDefault = d.storageClassName.isEmpty();
    m_defaultClass->setEnabled(useDefault || !defaultName.isEmpty());
    if (m_defaultClass->isChecked() != useDefault) {
        QSignalBlocker blocker(m_defaultClass);
        m_defaultClass->setChecked(useDefault);
    }
    const QString fields = useDefault
        ? tr("<p><tt>storageClassName</tt> left out<br>The cluster fills in its default class when the claim "
             "is "
             "created%1; if the default changes later, new claims follow it.</p>")
              .arg(defaultName.isEmpty() ? QString() : QString(u" (" + defaultName.toHtmlEscaped() + u')'))
        : tr("<p><tt>storageClassName: %1</tt><br>The class's provisioner makes a new volume for the claim; "
             "no "
             "existing volume is taken.</p>")
              .arg(d.storageClassName.toHtmlEscaped());
    if (m_volume->text() != fields)
        m_volume->setText(fields);
}

} // namespace ase
