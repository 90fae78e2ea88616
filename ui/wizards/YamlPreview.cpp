// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/YamlPreview.h"

#include "ui/CodeHighlighter.h"
#include "ui/wizards/WizardStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace ase {

YamlPreview::YamlPreview(DraftController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(tr("YAML to send"), this))
    , m_editButton(new QToolButton(this))
    , m_edit(new QPlainTextEdit(this))
    , m_highlighter(nullptr)
    , m_status(new QLabel(this))
    , m_kept(new QLabel(this))
{
    setObjectName(QStringLiteral("yamlPreview"));
    m_title->setObjectName(QStringLiteral("previewTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_editButton->setObjectName(QStringLiteral("editYaml"));
    m_editButton->setText(tr("&Edit YAML"));
    m_editButton->setCheckable(true);
    m_editButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editButton->setToolTip(
        tr("Edit the manifests as text. The form follows while the text is valid; fields the form "
           "has no control for are kept as written."));
    connect(m_editButton, &QToolButton::clicked, this, [this](bool checked) {
        if (checked) {
            startEditing();
            return;
        }
        m_editButton->setChecked(true); // until the switch is confirmed
        requestPreview();
    });

    m_edit->setObjectName(QStringLiteral("yamlText"));
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setAccessibleName(tr("YAML of the manifests to send"));
    m_edit->setTabChangesFocus(true);
    m_highlighter = new CodeHighlighter(QStringLiteral("YAML"), m_edit);
    m_edit->setTabStopDistance(m_edit->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);

    m_status->setObjectName(QStringLiteral("yamlStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kept->setObjectName(QStringLiteral("yamlKept"));
    m_kept->setWordWrap(true);
    m_kept->setTextFormat(Qt::PlainText);
    m_kept->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_editButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_kept);

    connect(m_controller, &DraftController::draftChanged, this, &YamlPreview::onDraftChanged);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &YamlPreview::onTextEdited);
    onDraftChanged(DraftController::Origin::Reset);
}

YamlPreview::~YamlPreview() = default;

void YamlPreview::onDraftChanged(DraftController::Origin origin)
{
    if (m_editing && origin == DraftController::Origin::Yaml) {
        m_canonical = m_controller->yaml();
        showStatus();
        return; // the text is the user's and it is what the draft now says
    }
    if (m_editing && m_error) {
        // Never overwrite text the user is fixing; say that the form moved on.
        m_formChangedWhileInvalid = true;
        showStatus();
        return;
    }
    // The user's own comments or layout (text that differs from what the draft writes)
    // give way to the form's change: say so rather than lose them silently.
    m_rewritten = m_editing && m_edit->toPlainText().toUtf8() != m_canonical;
    m_canonical = m_controller->yaml();
    m_writing = true;
    replaceChangedLines(m_edit, QString::fromUtf8(m_canonical));
    m_writing = false;
    if (m_editing) {
        m_restored.clear();
        m_edit->setExtraSelections({});
    }
    showStatus();
}

void YamlPreview::onTextEdited()
{
    if (m_writing || !m_editing)
        return;
    m_rewritten = false;
    const QByteArray text = m_edit->toPlainText().toUtf8();
    const DraftController::YamlEdit result = m_controller->applyYaml(text);
    const bool wasValid = !m_error;
    m_error = result.error;
    QList<QTextEdit::ExtraSelection> marks;
    if (m_error) {
        QTextEdit::ExtraSelection mark;
        const QTextBlock block = m_edit->document()->findBlockByNumber(std::max(0, m_error->line - 1));
        mark.cursor = QTextCursor(block);
        if (block.isValid()) {
            const int column = std::clamp(m_error->column - 1, 0, std::max(0, block.length() - 1));
            mark.cursor.setPosition(block.position() + column);
            mark.cursor.setPosition(
                block.position() + std::max(column + 1, block.length() - 1), QTextCursor::KeepAnchor);
        }
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(wizardstyle::errorColor(palette()));
        mark.format.setToolTip(m_error->toString());
        marks.append(mark);
    } else {
        m_restored = result.restored;
        m_formChangedWhileInvalid = false;
    }
    m_edit->setExtraSelections(marks);
    showStatus();
    if (wasValid != !m_error)
        Q_EMIT errorChanged();
}

void YamlPreview::showStatus()
{
    if (m_editing && m_error) {
        m_status->setText(m_formChangedWhileInvalid
                ? tr("Not taken: %1. The form has changed since; your text is left as it is.")
                      .arg(m_error->toString())
                : tr("Not taken: %1. The form keeps its values until the text is valid.")
                      .arg(m_error->toString()));
        wizardstyle::setTextColor(m_status, wizardstyle::errorColor(palette()));
        m_status->show();
    } else if (m_editing && m_rewritten) {
        m_status->setText(tr("The form changed, so the text was written anew from it: your comments and "
                             "layout are not kept."));
        wizardstyle::setTextColor(m_status, wizardstyle::warningColor(palette()));
        m_status->show();
    } else if (m_editing) {
        m_status->setText(tr("Valid: the form follows the text."));
        wizardstyle::setTextColor(m_status, wizardstyle::okColor(palette()));
        m_status->show();
    } else {
        m_status->hide();
    }
    const QStringList kept = m_controller->kept();
    m_kept->setVisible(!kept.isEmpty());
    const QString keptText = kept.isEmpty()
        ? QString()
        : tr("Kept as written (the form has no field for them): %1").arg(kept.join(QStringLiteral(", ")));
    if (m_kept->text() != keptText)
        m_kept->setText(keptText);
}

void YamlPreview::startEditing()
{
    if (m_editing)
        return;
    m_editing = true;
    m_error.reset();
    m_restored.clear();
    m_formChangedWhileInvalid = false;
    m_edit->setReadOnly(false);
    m_edit->setTabChangesFocus(false);
    m_editButton->setChecked(true);
    m_edit->setFocus(Qt::OtherFocusReason);
    m_title->setText(tr("Editing the YAML to send"));
    showStatus();
    Q_EMIT editingChanged(true);
}

void YamlPreview::stopEditing()
{
    m_editing = false;
    const bool hadError = m_error.has_value();
    m_error.reset();
    m_title->setText(tr("YAML to send"));
    m_restored.clear();
    m_formChangedWhileInvalid = false;
    m_edit->setReadOnly(true);
    m_edit->setTabChangesFocus(true);
    m_edit->setExtraSelections({});
    m_editButton->setChecked(false);
    m_rewritten = false;
    m_canonical = m_controller->yaml();
    m_writing = true;
    replaceChangedLines(m_edit, QString::fromUtf8(m_canonical));
    m_writing = false;
    showStatus();
    Q_EMIT editingChanged(false);
    if (hadError)
        Q_EMIT errorChanged();
}

void YamlPreview::requestPreview(const std::function<void(bool)>& done)
{
    if (!m_editing) {
        if (done)
            done(true);
        return;
    }
    QStringList losses;
    if (m_error)
        losses.append(tr("The text is not valid (%1): what you typed since it last was valid is discarded.")
                          .arg(m_error->toString()));
    if (!m_restored.isEmpty())
        losses.append(tr("Fields you removed are put back by the form: %1.")
                          .arg(m_restored.join(QStringLiteral(", "))));
    if (m_edit->toPlainText().toUtf8() != m_controller->yaml() && !m_error)
        losses.append(tr("Comments, order and formatting are rewritten the way the preview writes them."));
    if (losses.isEmpty()) {
        stopEditing();
        if (done)
            done(true);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Back to the preview?"),
        tr("Switching back to the preview changes the text:"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("leaveEditYaml"));
    box->setInformativeText(losses.join(QStringLiteral("\n\n")));
    QAbstractButton* leave = box->addButton(tr("Switch to the preview"), QMessageBox::AcceptRole);
    QAbstractButton* stay = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton*>(stay));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, leave, done] {
        const bool switched = box->clickedButton() == leave;
        if (switched)
            stopEditing();
        else
            m_editButton->setChecked(true);
        if (done)
            done(switched);
    });
    box->open();
}

} // namespace ase
