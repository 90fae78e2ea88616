// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ase {

class Session;

/// What the window shows while not connected (first run, or after Disconnect): three ways
/// in — "Try the demo device", "Open a kubeconfig…" with the contexts of the kubeconfig found
/// automatically (KUBECONFIG, else ~/.kube/config) ready to click, and "Add a device…".
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(Session* session, QWidget* parent = nullptr);
    ~WelcomePage() override;

    /// Reads the kubeconfig again: the one chosen with "Open a kubeconfig…", else the
    /// automatic one. Done each time the page is shown.
    void reloadContexts();
    /// Shows why a connection did not work (e.g. the reconnect on start), under the buttons.
    void showMessage(const QString& message);

    QPushButton* demoButton() const { return m_demo; }
    QPushButton* openKubeconfigButton() const { return m_openKubeconfig; }
    QPushButton* addDeviceButton() const { return m_addDevice; }
    /// One row per context of the kubeconfig: activating a row connects to it.
    QListWidget* contextList() const { return m_contexts; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// "Add a device…": the window opens the connection dialog on its Device tab.
    void addDeviceRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createKubeconfigSection();
    void chooseKubeconfig();
    void connectContext(QListWidgetItem* item);

    Session* m_session;
    QString m_file; ///< chosen with "Open a kubeconfig…"; empty = KUBECONFIG / ~/.kube/config
    QPushButton* m_demo;
    QPushButton* m_openKubeconfig;
    QPushButton* m_addDevice;
    QLabel* m_kubeconfigNote;
    QListWidget* m_contexts;
    QLabel* m_message;
};

} // namespace ase
