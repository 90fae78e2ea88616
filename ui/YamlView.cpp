// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/YamlView.h"

#include "models/resources/CleanExport.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Yaml.h"
#include "ui/CodeHighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ase {

YamlView::YamlView(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_cleanButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_copied(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("yamlText"));
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setAccessibleName(tr("YAML of the selected object"));
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_cleanButton->setObjectName(QStringLiteral("yamlClean"));
    m_cleanButton->setText(tr("&Clean"));
    m_cleanButton->setCheckable(true);
    m_cleanButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cleanButton->setToolTip(tr("Show the object as it can be applied to another cluster: without status, "
                                 "server-set metadata and binding annotations"));
    connect(m_cleanButton, &QToolButton::toggled, this, &YamlView::render);

    m_copyButton->setObjectName(QStringLiteral("yamlCopy"));
    m_copyButton->setText(tr("C&opy"));
    m_copyButton->setToolTip(tr("Copy the YAML to the clipboard"));
    connect(m_copyButton, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_edit->toPlainText());
        m_copied->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copied, &QLabel::clear);
    });
    m_copied->setForegroundRole(QPalette::PlaceholderText);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_cleanButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_copied);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_edit);

    new CodeHighlighter(QStringLiteral("YAML"), m_edit);
}

YamlView::~YamlView() = default;

void YamlView::setObject(const QJsonObject& object)
{
    m_object = object;
    render();
}

void YamlView::clear()
{
    m_object = {};
    m_edit->clear();
    m_edit->setPlaceholderText({});
}

void YamlView::showMessage(const QString& message)
{
    clear();
    m_edit->setPlaceholderText(message);
}

QString YamlView::text() const
{
    return m_edit->toPlainText();
}

bool YamlView::isClean() const
{
    return m_cleanButton->isChecked();
}

void YamlView::setClean(bool clean)
{
    m_cleanButton->setChecked(clean);
}

void YamlView::render()
{
    if (m_object.isEmpty()) {
        m_edit->clear();
        return;
    }
    QJsonObject shown = isClean() ? cleanForExport(m_object) : m_object;
    if (!isClean()) {
        // As `kubectl get -o yaml` prints it: managedFields only on request.
        QJsonObject meta = metafield::of(shown);
        meta.remove(QLatin1StringView("managedFields"));
        shown.insert(QLatin1StringView("metadata"), meta);
    }
    m_edit->setPlaceholderText({});
    const int scroll = m_edit->verticalScrollBar()->value();
    m_edit->setPlainText(QString::fromUtf8(toYaml(shown)));
    m_edit->verticalScrollBar()->setValue(scroll);
}

} // namespace ase
