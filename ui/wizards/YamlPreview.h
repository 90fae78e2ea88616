// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/DraftController.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace ase {

class CodeHighlighter;

/// The right side of a wizard: the live, highlighted YAML of exactly the manifests that
/// will be sent, rebuilt on every change of the draft (only the lines that changed are
/// replaced, so only they are highlighted again), and the "Edit YAML" mode in which the
/// text is the user's: when it parses and maps onto the draft the form follows it; when it
/// does not, the form is left alone and the error is marked at its line and column.
class YamlPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlPreview)

public:
    explicit YamlPreview(DraftController* controller, QWidget* parent = nullptr);
    ~YamlPreview() override;

    QPlainTextEdit* editor() const { return m_edit; }
    QToolButton* editButton() const { return m_editButton; }
    bool isEditing() const { return m_editing; }
    /// The error of the text being edited, if it is not valid.
    std::optional<YamlError> error() const { return m_error; }

    /// Switches to Edit YAML (the text becomes editable).
    void startEditing();
    /// Asks to switch back to the preview. When something would be lost (invalid text,
    /// fields the form puts back, comments and formatting) the user is asked first
    /// (window-modal); `done(true)` once switched, `done(false)` if they kept editing.
    void requestPreview(const std::function<void(bool switched)>& done = {});

Q_SIGNALS:
    void editingChanged(bool editing);
    /// The text being edited became invalid, or valid again (error() says which).
    void errorChanged();

private:
    void onDraftChanged(DraftController::Origin origin);
    void onTextEdited();
    void stopEditing();
    void showStatus();

    DraftController* m_controller;
    QLabel* m_title;
    QToolButton* m_editButton;
    QPlainTextEdit* m_edit;
    CodeHighlighter* m_highlighter;
    QLabel* m_status;
    QLabel* m_kept;
    bool m_editing = false;
    bool m_writing = false; ///< the text is being written by the preview, not typed
    bool m_formChangedWhileInvalid = false;
    bool m_rewritten = false; ///< a form change replaced text the user had laid out themselves
    QByteArray m_canonical; ///< the draft's YAML the text stands for
    std::optional<YamlError> m_error;
    QStringList m_restored;
};

} // namespace ase
