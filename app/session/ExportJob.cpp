// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/ExportJob.h"

#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/store/ResourceStore.h"

#include <QMutex>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ase {

const QStringList& exportedKinds()
{
    static const QStringList kinds {kindname::Namespace, kindname::StorageClass, kindname::PersistentVolume,
        kindname::PersistentVolumeClaim};
    return kinds;
}

ExportSources exportSources(const ResourceStore& store, const ExportSelection& selection)
{
    ExportSources out;
    for (const QString& kind : exportedKinds())
        out.everything.append(store.objects(kind));
    switch (selection.scope) {
    case ExportSelection::Scope::Selection:
    case ExportSelection::Scope::PaneRows:
        if (selection.kind == kindname::Share) {
            // A share is exported as its PV (named after the share) and its IoT Edge mounts.
            for (const QString& name : selection.keys) {
                out.shares.append(name);
                const QJsonObject volume = store.object(kindname::PersistentVolume, name);
                if (!volume.isEmpty())
                    out.selected.append(volume);
            }
            break;
        }
        out.selected.reserve(selection.keys.size());
        for (const QString& key : selection.keys) {
            const QJsonObject object = store.object(selection.kind, key);
            if (!object.isEmpty())
                out.selected.append(object);
        }
        break;
    case ExportSelection::Scope::Namespace: {
        const QJsonObject ns = store.object(kindname::Namespace, selection.ns);
        if (!ns.isEmpty())
            out.selected.append(ns);
        for (const QJsonObject& claim : store.objects(kindname::PersistentVolumeClaim))
            if (metafield::ns(claim) == selection.ns)
                out.selected.append(claim);
        break;
    }
    case ExportSelection::Scope::Everything:
        out.selected = out.everything;
        break;
    }
    return out;
}

/// What the worker thread and the job share: the job may be gone before the thread ends.
struct ExportJob::State
{
    std::atomic<bool> canceled = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 0;
    QMutex mutex;
    std::shared_ptr<const exporting::ExportPlan> plan; ///< under mutex
    exporting::ExportResult result; ///< under mutex
};

namespace {

void writePlan(const std::shared_ptr<ExportJob::State>& state, const exporting::ExportPlan& plan,
    const exporting::ExportTarget& target)
{
    state->total = plan.objects.size();
    const exporting::ExportResult result
        = exporting::writeExport(plan, target, [&state](qsizetype done, qsizetype) {
              state->done = done;
              return !state->canceled.load();
          });
    QMutexLocker lock(&state->mutex);
    state->result = result;
}

} // namespace

ExportJob::ExportJob(ExportSources sources, const exporting::ExportOptions& options,
    std::optional<exporting::ExportTarget> target, QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ExportJob::poll);
    auto state = m_state;
    // The inputs go with the thread and are released there, not on the GUI thread.
    auto input = std::make_shared<ExportSources>(std::move(sources));
    auto* thread = QThread::create([state, input, options, target]() mutable {
        exporting::ExportOptions o = options;
        o.iotEdgeShares += input->shares;
        auto plan = std::make_shared<const exporting::ExportPlan>(
            exporting::planExport(input->selected, input->everything, o));
        *input = {};
        {
            QMutexLocker lock(&state->mutex);
            state->plan = plan;
            state->result.status = exporting::ExportResult::Status::Written;
            state->result.counts = plan->countsByKind();
        }
        if (target && !state->canceled) {
            writePlan(state, *plan, *target);
            // Written: the plan (every object, cleaned) is freed here, not on the GUI thread.
            QMutexLocker lock(&state->mutex);
            state->plan.reset();
            plan.reset();
        } else if (state->canceled) {
            QMutexLocker lock(&state->mutex);
            state->result.status = exporting::ExportResult::Status::Canceled;
        }
    });
    thread->setObjectName(u"export"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &ExportJob::onThreadFinished);
    m_thread.reset(thread);
}

ExportJob::ExportJob(
    std::shared_ptr<const exporting::ExportPlan> plan, const exporting::ExportTarget& target, QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ExportJob::poll);
    auto state = m_state;
    state->plan = plan;
    auto* thread = QThread::create([state, plan, target] { writePlan(state, *plan, target); });
    thread->setObjectName(u"export"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &ExportJob::onThreadFinished);
    m_thread.reset(thread);
}

ExportJob::~ExportJob()
{
    // A started thread ends on its own (at the next object) and deletes itself.
    m_state->canceled = true; // m_thread, if there, never started: it goes with the job
}

void ExportJob::start()
{
    if (m_running || !m_thread)
        return;
    m_running = true;
    m_poll.start();
    m_thread.release()->start(); // it owns itself from now on (deleteLater when finished)
}

void ExportJob::cancel()
{
    m_state->canceled = true;
}

void ExportJob::poll()
{
    const qint64 total = m_state->total;
    if (m_running && total > 0)
        Q_EMIT progress(m_state->done, total);
}

void ExportJob::onThreadFinished()
{
    if (!m_running)
        return;
    poll();
    m_running = false;
    m_poll.stop();
    {
        QMutexLocker lock(&m_state->mutex);
        m_plan = m_state->plan;
        m_result = m_state->result;
    }
    Q_EMIT finished();
}

} // namespace ase
