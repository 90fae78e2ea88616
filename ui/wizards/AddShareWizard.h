// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ShareDraft.h"
#include "ui/wizards/WizardFrame.h"

#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ase {

class ShareAccessPage;
class ShareBasicsPage;
class ShareComputePage;
class ShareDraftController;
class ShareStoragePage;

/// The Add-share wizard on the wizard frame: Basics, Where the data lives, Access, Edge
/// compute, Review. The preview shows the ARM request bodies (secrets `••••`). Create runs
/// the device's long-running operations (a new credential, a new user, the share, its mount)
/// with their progress; they run for `jobs`, an object that outlives the wizard, so closing
/// the wizard does not abandon them. With Edge compute the wizard then follows the share
/// until its PersistentVolume is in the cluster and offers "Claim this share…".
class AddShareWizard final : public WizardFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddShareWizard)

public:
    AddShareWizard(Session* session, QObject* jobs, QWidget* parent = nullptr);
    ~AddShareWizard() override;

    ShareDraftController* shareController() const { return m_shares; }
    ShareBasicsPage* basicsPage() const { return m_basics; }
    ShareStoragePage* storagePage() const { return m_storage; }
    ShareAccessPage* accessPage() const { return m_access; }
    ShareComputePage* computePage() const { return m_compute; }
    QProgressBar* progressBar() const { return m_progressBar; }
    QLabel* progressLabel() const { return m_progressLabel; }
    QLabel* errorLabel() const { return m_error; }
    QListWidget* followLog() const { return m_log; }
    QPushButton* claimButton() const { return m_claim; }

    void create(bool force = false) override;
    /// Called when the operations end, even after the wizard closed ("" = succeeded).
    void setReporter(std::function<void(const QString& share, const QString& error)> reporter)
    {
        m_reporter = std::move(reporter);
    }

Q_SIGNALS:
    /// "Claim this share…" was clicked.
    void claimShareRequested(const QString& shareName);
    /// The operations ended (the wizard may be closed by then): "" on success.
    void operationFinished(const QString& shareName, const QString& error);

public Q_SLOTS:
    /// While the device works, closing leaves it working (the main window reports the end).
    void reject() override;

private:
    void refreshContext();
    void readDevice();
    void run();
    void followVolume();
    void log(const QString& line);

    ShareDraftController* m_shares;
    QPointer<QObject> m_jobs;
    ShareBasicsPage* m_basics;
    ShareStoragePage* m_storage;
    ShareAccessPage* m_access;
    ShareComputePage* m_compute;
    QWidget* m_progressBox;
    QProgressBar* m_progressBar;
    QLabel* m_progressLabel;
    QLabel* m_error;
    QWidget* m_followPanel = nullptr;
    QListWidget* m_log = nullptr;
    QLabel* m_followState = nullptr;
    QPushButton* m_claim = nullptr;
    QTimer* m_contextTimer;
    QStringList m_users;
    QStringList m_credentials;
    bool m_listsKnown = false;
    QString m_created; ///< the share created, when following
    std::function<void(const QString&, const QString&)> m_reporter;
};

} // namespace ase
