// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Screenshots of the main window, for the README and the AppStream metainfo, and for
// looking at them as a person does (not a test: it asserts nothing).
//
//   mainwindow_screenshots OUTDIR [--theme light|dark] [--qm FILE.qm]
//
// welcome.png: the window before any connection (the three ways in, with the contexts of
// the kubeconfig KUBECONFIG names); main-window.png: connected to the embedded demo device,
// the claims pane with a Bound claim selected and its details; about.png: Help → About.
// packaging/screenshots/update.sh refreshes the ones the README shows.

#include "app/session/Session.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/gui/ScreenshotSupport.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

/// Selects the first Bound claim, so the details show a claim with its volume.
void selectABoundClaim(MainWindow& window)
{
    ResourcePane* claims = window.pane(u"PersistentVolumeClaim"_s);
    QAbstractItemModel* model = claims->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QJsonObject claim = index.data(ResourceTableModel::ObjectRole).toJsonObject();
        if (claim.value(u"status"_s).toObject().value(u"phase"_s).toString() == u"Bound") {
            claims->selectKey(index.data(ResourceTableModel::KeyRole).toString());
            return;
        }
    }
}

int run(const QString& dir)
{
    QSettings().clear();
    Session session;
    MainWindow window(&session);
    window.resize(1440, 860);
    window.show();
    screenshots::shoot(&window, dir, u"welcome"_s, 500);

    session.connectDemo();
    if (!waitFor([&session] { return session.store()->count(u"PersistentVolumeClaim"_s) >= 4; }, 60000)) {
        out() << "the demo device did not fill the store" << Qt::endl;
        return 1;
    }
    spin(1500); // the watches settle: phases, events
    selectABoundClaim(window);
    screenshots::shoot(&window, dir, u"main-window"_s, 1000);

    window.findChild<QAction*>(u"actionAbout"_s)->trigger();
    waitFor([&window] { return window.findChild<QMessageBox*>(u"aboutBox"_s) != nullptr; }, 5000);
    if (auto* about = window.findChild<QMessageBox*>(u"aboutBox"_s)) {
        screenshots::shoot(about, dir, u"about"_s);
        about->close();
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return screenshots::screenshotMain(
        argc, argv, {}, [](const QString& dir, const QCommandLineParser&) { return run(dir); });
}
