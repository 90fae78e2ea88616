// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/export/ExportPlan.h"
#include "models/export/ExportWriter.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QThread;

#include <memory>
#include <optional>

namespace ase {

class ResourceStore;

/// What the export dialog exports, taken from the store.
struct ExportSelection
{
    enum class Scope : quint8 {
        Selection, ///< the objects `keys` of `kind` (a pane's selected rows)
        PaneRows, ///< the same, for every row the pane shows (its filter applied)
        Namespace, ///< every claim of namespace `ns`, and the Namespace itself
        Everything, ///< every namespace, class, volume and claim
    };
    Scope scope = Scope::Everything;
    QString kind; ///< Selection, PaneRows: "PersistentVolumeClaim", ..., or "Share"
    QStringList keys; ///< store keys; for shares, share names
    QString ns; ///< Namespace
};

/// The objects an export starts from.
struct ExportSources
{
    QList<QJsonObject> selected;
    QList<QJsonObject> everything; ///< where related objects are found
    /// Shares of the selection (their PVs are exported: a share's PV has its name).
    QStringList shares;
};

/// The kinds an export takes from the store (pods are kept there in part only; shares are
/// the device's, exported through their PVs and IoT Edge mounts).
const QStringList& exportedKinds();
/// The selection's objects, and everything related objects may come from. Cheap (the
/// objects are shared, not copied): fine on the GUI thread for 20,000 objects.
ExportSources exportSources(const ResourceStore& store, const ExportSelection& selection);

/// An export run off the GUI thread: plans (models/export planExport) and, with a target,
/// writes (writeExport) on a thread of its own, so the window never waits for it. Progress
/// is polled from the worker every 50 ms. cancel() stops the write at the next object and
/// undoes it. Deleting the job cancels it without waiting: the thread ends on its own.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    /// Plans the export of @p sources and, when @p target is given, writes it.
    ExportJob(ExportSources sources, const exporting::ExportOptions& options,
        std::optional<exporting::ExportTarget> target, QObject* parent = nullptr);
    /// Writes a plan made before (the dialog's summary) to @p target.
    ExportJob(std::shared_ptr<const exporting::ExportPlan> plan, const exporting::ExportTarget& target,
        QObject* parent = nullptr);
    ~ExportJob() override;

    /// What the worker thread shares with the job (internal).
    struct State;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    /// After finished(): the plan of a job without a target, or the plan a write-only job
    /// was given (a job that planned and wrote frees its plan on its own thread).
    std::shared_ptr<const exporting::ExportPlan> plan() const { return m_plan; }
    /// After finished(): what was written (nothing for a plan-only job: status Written, no path).
    const exporting::ExportResult& result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void poll();
    void onThreadFinished();

    std::shared_ptr<State> m_state;
    std::shared_ptr<const exporting::ExportPlan> m_plan;
    exporting::ExportResult m_result;
    QTimer m_poll;
    std::unique_ptr<QThread> m_thread; ///< until start(); then it owns itself and deletes itself when done
    bool m_running = false;
};

} // namespace ase
