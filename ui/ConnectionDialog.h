// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace ase {

class DeviceConnectionPage;
class Session;

/// Choose what to connect to: a kubeconfig context (with its file, cluster, user and
/// namespace), an Azure Stack Edge device profile, or the built-in demo device.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(Session* session, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    /// Reads kubeconfig files again (KUBECONFIG, ~/.kube/config, or the chosen file).
    void reloadContexts();
    QTableWidget* contextsTable() const { return m_contexts; }
    DeviceConnectionPage* devicePage() const { return m_device; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* createClusterPage();
    void chooseFile();
    void connectSelectedContext();

    Session* m_session;
    QTabWidget* m_tabs;
    QLineEdit* m_file;
    QTableWidget* m_contexts;
    QLineEdit* m_namespace;
    QLabel* m_clusterMessage;
    DeviceConnectionPage* m_device;
};

} // namespace ase
