// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/CodeHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace ase {

KSyntaxHighlighting::Repository& SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

CodeHighlighter::CodeHighlighter(const QString& definitionName, QPlainTextEdit* editor)
    : KSyntaxHighlighting::SyntaxHighlighter(editor->document())
    , m_editor(editor)
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setDefinition(SyntaxRepository::instance().definitionForName(definitionName));
    followPalette();
    m_editor->installEventFilter(this);
}

CodeHighlighter::~CodeHighlighter() = default;

void CodeHighlighter::followPalette()
{
    const bool dark = m_editor->palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme wanted = SyntaxRepository::instance().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    if (wanted.name() == theme().name())
        return;
    setTheme(wanted);
    rehighlight();
}

bool CodeHighlighter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        followPalette();
    return KSyntaxHighlighting::SyntaxHighlighter::eventFilter(watched, event);
}

void replaceChangedLines(QPlainTextEdit* editor, const QString& text)
{
    QTextDocument* doc = editor->document();
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const int oldCount = doc->blockCount();
    const int newCount = int(lines.size());
    int prefix = 0;
    for (QTextBlock b = doc->firstBlock();
         prefix < oldCount && prefix < newCount && b.text() == lines.at(prefix); b = b.next())
        ++prefix;
    if (prefix == oldCount && prefix == newCount)
        return;
    int suffix = 0;
    for (QTextBlock b = doc->lastBlock(); suffix < oldCount - prefix && suffix < newCount - prefix
         && b.text() == lines.at(newCount - 1 - suffix);
         b = b.previous())
        ++suffix;
    // Old blocks [prefix, oldEnd) become new lines [prefix, newEnd).
    const int oldEnd = oldCount - suffix;
    const int newEnd = newCount - suffix;
    QStringList inserted;
    for (int i = prefix; i < newEnd; ++i)
        inserted.append(lines.at(i).toString());
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    if (oldEnd - prefix == newEnd - prefix) {
        // As many lines as before (a field was typed in): replace only those that differ,
        // one by one, so that the lines between keep their highlighting.
        QTextBlock block = doc->findBlockByNumber(prefix);
        for (int i = prefix; i < newEnd && block.isValid(); ++i, block = block.next()) {
            if (block.text() == lines.at(i))
                continue;
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.insertText(lines.at(i).toString());
        }
    } else if (oldEnd > prefix && newEnd > prefix) {
        const QTextBlock last = doc->findBlockByNumber(oldEnd - 1);
        cursor.setPosition(doc->findBlockByNumber(prefix).position());
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertText(inserted.join(u'\n'));
    } else if (oldEnd > prefix) {
        // Lines removed: take their line breaks with them.
        if (oldEnd < oldCount) {
            cursor.setPosition(doc->findBlockByNumber(prefix).position());
            cursor.setPosition(doc->findBlockByNumber(oldEnd).position(), QTextCursor::KeepAnchor);
        } else {
            const QTextBlock before = doc->findBlockByNumber(prefix - 1);
            const QTextBlock last = doc->lastBlock();
            cursor.setPosition(before.position() + before.length() - 1);
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        }
        cursor.removeSelectedText();
    } else if (prefix < oldCount) {
        // Lines inserted before block `prefix`.
        cursor.setPosition(doc->findBlockByNumber(prefix).position());
        cursor.insertText(inserted.join(u'\n') + u'\n');
    } else {
        // Lines appended after the last block.
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u'\n' + inserted.join(u'\n'));
    }
    cursor.endEditBlock();
}

} // namespace ase
