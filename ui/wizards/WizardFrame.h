// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/ServerAnswer.h"

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace ase {

class DraftController;
class FollowPanel;
class ReviewPage;
class Session;
class WizardPage;
class YamlPreview;

/// The frame every wizard uses: its pages on the left, the live YAML preview (and Edit
/// YAML) on the right, the checks next to each field and on the review page, the server
/// dry-run, Create (server-side apply, conflicts offered for Force), Save YAML… and Copy
/// YAML, and after Create a panel that follows what the cluster does with the objects.
/// The frame knows the draft only through its DraftController.
class WizardFrame : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardFrame)

public:
    WizardFrame(Session* session, DraftController* controller, QWidget* parent = nullptr);
    ~WizardFrame() override;

    DraftController* controller() const { return m_controller; }
    YamlPreview* preview() const { return m_preview; }
    ReviewPage* reviewPage() const { return m_review; }
    FollowPanel* followPanel() const { return m_follow; }
    QListWidget* pageList() const { return m_pageList; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* copyButton() const { return m_copy; }
    QLabel* statusLabel() const { return m_status; }

    int pageCount() const;
    int currentPage() const;
    WizardPage* page(int index) const;
    void setCurrentPage(int index);

    /// Writes the manifests to @p path (atomically); false with @p error set on failure.
    bool saveYamlTo(const QString& path, QString* error) const;
    /// Server-side apply of the manifests; `force` takes over conflicting fields. A wizard
    /// that creates elsewhere (the device) overrides it and uses showProgressPanel().
    virtual void create(bool force = false);
    /// Runs the server dry-run of the manifests (the review page shows the answers).
    void runDryRun();

Q_SIGNALS:
    /// A link to an object was followed: select it in its pane.
    void objectLinkActivated(const QString& kind, const QString& key);
    /// Create succeeded: these objects exist now.
    void created(const QList<ase::ServerAnswer>& answers);

public Q_SLOTS:
    /// Esc and Close: asks before a filled draft is discarded (never after Create).
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    /// Adds a page before the review page.
    void addPage(WizardPage* page);
    Session* session() const { return m_session; }
    /// The wizard's follow panel after Create (the frame shows it in place of the pages).
    virtual FollowPanel* makeFollowPanel(const QList<ServerAnswer>& applied);
    /// For a create() of its own: Create is busy (disabled) while `busy`.
    void setBusy(bool busy);
    bool isBusy() const { return m_applying; }
    bool isCreated() const { return m_created; }
    /// For a create() of its own: shows `panel` in place of the pages, as after Create.
    void showProgressPanel(QWidget* panel);
    void setStatusText(const QString& text) { setStatus(text); }

private:
    /// Back, Next, Create, Save YAML, Copy YAML, Close and the status line.
    void setUpButtons();
    QHBoxLayout* buttonRow();
    /// The checks, the buttons and every page follow the draft.
    void connectController();
    void updateChecks();
    void updateButtons();
    void focusField(int field);
    void showConflict(const QString& object, const QStringList& conflicts);
    void startFollowing(const QList<ServerAnswer>& applied);
    void saveYaml();
    void copyYaml();
    void setStatus(const QString& text);

    Session* m_session;
    DraftController* m_controller;
    QListWidget* m_pageList;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    YamlPreview* m_preview;
    ReviewPage* m_review;
    FollowPanel* m_follow = nullptr;
    QWidget* m_progress = nullptr; ///< the follow panel or a wizard's own progress panel
    QLabel* m_status;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_create;
    QPushButton* m_save;
    QPushButton* m_copy;
    QPushButton* m_close;
    bool m_dryRunning = false; ///< a dry-run is in flight
    bool m_applying = false; ///< an apply (Create) is in flight
    bool m_created = false;
    bool m_shown = false; ///< shown once: the first page was entered
};

} // namespace ase
