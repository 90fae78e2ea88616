// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QWidget>

class QPlainTextEdit;
class QToolButton;
class QLabel;

namespace ase {

/// A read-only, highlighted YAML view of one object, as kubectl prints it, with a "clean"
/// toggle (the export transform) and a copy button. The theme follows the palette, live.
class YamlView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlView)

public:
    explicit YamlView(QWidget* parent = nullptr);
    ~YamlView() override;

    void setObject(const QJsonObject& object);
    void clear();
    /// No object; the text area says why ("Loading the full object…", an error).
    void showMessage(const QString& message);
    /// The YAML shown now (clean or full).
    QString text() const;
    bool isClean() const;
    void setClean(bool clean);

private:
    void render();

    QJsonObject m_object;
    QPlainTextEdit* m_edit;
    QToolButton* m_cleanButton;
    QToolButton* m_copyButton;
    QLabel* m_copied;
};

} // namespace ase
