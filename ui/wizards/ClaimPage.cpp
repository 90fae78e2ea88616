#include "ui/wizards/ClaimPage.h"

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
using provisioning::DraftField;

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
{
    setObjectName(QStringLiteral("claimPage"));
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

    m_volume->setObjectName(QStringLiteral("staticFields"));
    m_volume->setWordWrap(true);
    m_volume->setTextFormat(Qt::RichText);

    auto* size = new QWidget(this);
    auto* sizeLayout = new QHBoxLayout(size);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_size);
    sizeLayout->addWidget(m_unit);
    sizeLayout->addWidget(m_capacity, 1);
    m_size->setAccessibleName(tr("Size"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, withCheck(m_name, fieldCheckLabel(DraftField::Name, m_name), this));
    auto* nsLabel = new QLabel(tr("Names&pace:"), this);
    nsLabel->setBuddy(m_namespace);
    auto* nsBox = withCheck(m_namespace, fieldCheckLabel(DraftField::Namespace, m_namespace), this);
    nsBox->layout()->addWidget(m_namespaceNote);
    form->addRow(nsLabel, nsBox);
    auto* sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, withCheck(size, fieldCheckLabel(DraftField::Size, m_size), this));
    auto* modesLabel = new QLabel(tr("Access modes:"), this);
    modesLabel->setBuddy(m_modes.first());
    form->addRow(
        modesLabel, withCheck(modes, fieldCheckLabel(DraftField::AccessModes, m_modes.first()), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_volume);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_controller->edit([&text](ClaimDraft& d) { d.name = text; }); });
    connect(m_namespace, &QComboBox::currentTextChanged, this,
        [this](const QString& text) { m_controller->edit([&text](ClaimDraft& d) { d.ns = text; }); });
    connect(m_size, &QLineEdit::textEdited, this, &ClaimPage::sizeEdited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ClaimPage::sizeEdited);
    refreshContext();
    syncFromDraft();
}

ClaimPage::~ClaimPage() = default;

void ClaimPage::sizeEdited()
{
    const QString size = m_size->text().trimmed() + m_unit->currentData().toString();
    m_controller->edit([&size](ClaimDraft& d) { d.size = size; });
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
    const PersistentVolume* volume = m_controller->context().volume(d.volumeName);
    for (qsizetype i = 0; i < kModes.size(); ++i) {
        QCheckBox* box = m_modes.at(i);
        const bool offered = !volume || volume->accessModes.testFlag(kModes.at(i));
        const bool on = d.accessModes.testFlag(kModes.at(i));
        // A mode the volume does not offer can be switched off, never on.
        box->setEnabled(offered || on);
        box->setToolTip(offered ? QString() : tr("The volume does not offer this access mode."));
        if (box->isChecked() != on) {
            QSignalBlocker blocker(box);
            box->setChecked(on);
        }
    }
    const QString capacity = volume && volume->capacity
        ? tr("at most %1, the volume's capacity").arg(volume->capacity->toString())
        : QString();
    if (m_capacity->text() != capacity)
        m_capacity->setText(capacity);
    const QString pv = d.volumeName.isEmpty() ? tr("(choose one on the first page)") : d.volumeName;
    const QString fields = tr(
        "<p><tt>volumeName: %1</tt><br>The claim names its volume, so the binder binds exactly that one.</p>"
        "<p><tt>storageClassName: \"\"</tt><br>Empty: binds only to volumes without a class. Left out, the "
        "cluster's default class would be filled in and a provisioner would make a new volume instead.</p>")
                               .arg(pv.toHtmlEscaped());
    if (m_volume->text() != fields)
        m_volume->setText(fields); // rich text: laid out anew only when it changed
}

} // namespace ase
