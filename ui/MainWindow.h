#pragma once

#include <QMainWindow>

namespace ase {

/// The main window. Until a device or cluster is connected it shows an empty state that
/// says how to connect.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QWidget* createEmptyState();
    void restoreWindowState();
};

} // namespace ase
