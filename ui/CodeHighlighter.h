// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

namespace ase {

/// The one KSyntaxHighlighting repository of the application.
class SyntaxRepository final
{
public:
    static KSyntaxHighlighting::Repository& instance();
};

/// KSyntaxHighlighting on a text editor for one language ("YAML", "JSON"), in the app's
/// theme: the light or dark default theme, picked from the editor's palette and switched
/// live when the palette changes (View ▸ Theme). The editor gets the fixed-width font.
class CodeHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

public:
    CodeHighlighter(const QString& definitionName, QPlainTextEdit* editor);
    ~CodeHighlighter() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Sets the theme the palette asks for; re-highlights only when it changed.
    void followPalette();

    QPlainTextEdit* m_editor;
};

/// Replaces @p editor's text by @p text touching only the lines that differ: a common prefix
/// and suffix of lines stay as they are, with their highlighting, so a live preview
/// re-highlights only what changed.
void replaceChangedLines(QPlainTextEdit* editor, const QString& text);

} // namespace ase
