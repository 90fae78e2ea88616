// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/session/Session.h"
#include "ui/MainWindow.h"

#include <QStandardPaths>
#include <QTest>

namespace ase::test {

/// What a GUI test starts from: settings in test mode, a Session (a child of @p owner) and
/// its main window, shown (offscreen) and connecting to the embedded demo device. The
/// caller waits (QTRY_*) for what it needs of the store. Null when the window was not shown.
inline MainWindow* openDemoWindow(QObject* owner, Session** session)
{
    QStandardPaths::setTestModeEnabled(true);
    *session = new Session(owner);
    auto* window = new MainWindow(*session);
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) {
        delete window;
        return nullptr;
    }
    (*session)->connectDemo();
    return window;
}

} // namespace ase::test
