// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ManifestChecks.h"
#include "ui/wizards/ServerAnswer.h"

#include <QDialog>

#include <memory>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeWidget;

namespace ase {

class CodeHighlighter;
class FollowPanel;
class OpenApiValidator;
class Session;
struct ObjectOutcome;

/// File → Open YAML… (and a file dropped on the main window): one or more YAML files
/// (multi-document, v1 Lists), shown and editable in the highlighted YAML view with the
/// wizard frame's checks (parse errors at line and column, names, Quantities, the
/// cluster's schema: models/provisioning/ManifestChecks), a server dry-run per object, then
/// Apply (server-side apply; a conflict lists the fields and their managers and offers
/// Force or Cancel) or Create (POST, fails for objects that exist). The result per object
/// links to it; claims are followed to Bound as the wizards do (FollowPanel). Objects of
/// kinds the app has no pane for are applied too and reported as such.
class ApplyWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyWindow)

public:
    explicit ApplyWindow(Session* session, QWidget* parent = nullptr);
    ~ApplyWindow() override;

    /// Reads the files into the view (each preceded by a comment naming it); false with
    /// @p error set when one cannot be read.
    bool openFiles(const QStringList& paths, QString* error = nullptr);
    /// Replaces the text (as if typed).
    void setText(const QByteArray& yaml);

    QPlainTextEdit* editor() const { return m_edit; }
    QListWidget* checksView() const { return m_checks; }
    QTreeWidget* objectsView() const { return m_objects; }
    QPushButton* dryRunButton() const { return m_dryRun; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* createButton() const { return m_create; }
    QLabel* statusLabel() const { return m_status; }
    FollowPanel* followPanel() const { return m_follow; }
    /// The text's objects and checks as of the last change.
    const provisioning::ManifestSet& manifests() const { return m_set; }
    /// The objects in the order they are sent (namespaces, classes, volumes, claims, the rest).
    QList<QJsonObject> orderedManifests() const;

    /// Sends every object with dryRun=All; the objects view shows each answer.
    void runDryRun();
    /// Server-side apply of every object; @p force takes conflicting fields over.
    void apply(bool force = false);
    /// Creates every object (POST).
    void create();

Q_SIGNALS:
    /// A link to an object was followed: select it in its pane.
    void objectLinkActivated(const QString& kind, const QString& key);
    /// An apply or create ended (dry runs too): the objects view shows the answers.
    void answered();

private:
    void setUpEditor();
    /// The checks list (activating one shows its line) and the schemas' state.
    void setUpChecks();
    /// The objects and the server's answers (activating one opens it, or shows its line).
    void setUpObjects();
    void layOut();
    QHBoxLayout* buttonRow();
    void scheduleCheck();
    void recheck();
    void markErrors();
    void showObjects();
    void showAnswers(const QList<ObjectOutcome>& outcomes, bool dryRun);
    void onApplied(const QList<ObjectOutcome>& outcomes, bool wasCreate);
    void showConflict(const QString& object, const QStringList& conflicts);
    void startFollowing(const QList<ServerAnswer>& applied);
    void loadSchemas();
    void updateButtons();
    void setStatus(const QString& text, const QColor& color);
    void openWithDialog();

    Session* m_session;
    QLabel* m_files;
    QPlainTextEdit* m_edit;
    CodeHighlighter* m_highlighter;
    QListWidget* m_checks;
    QTreeWidget* m_objects;
    QLabel* m_schemaState;
    QLabel* m_status;
    QSplitter* m_right;
    FollowPanel* m_follow = nullptr;
    QPushButton* m_open;
    QPushButton* m_dryRun;
    QPushButton* m_apply;
    QPushButton* m_create;
    QPushButton* m_close;
    QTimer* m_checkTimer;
    provisioning::ManifestSet m_set;
    QList<QJsonObject> m_shown; ///< the objects the objects view lists
    std::shared_ptr<const OpenApiValidator> m_validator;
    QString m_schemaNote;
    bool m_busy = false;
};

} // namespace ase
