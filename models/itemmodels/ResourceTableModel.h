// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/StringPool.h"
#include "models/store/ResourceStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QVariant>

namespace ase {

/// One table row, computed once per object change so that data() is O(1). It keeps what a
/// view, a sort and the filter read and nothing twice: a cell sorts by its text unless it
/// has a raw value (bytes, a time, a count), and only those are kept beside the texts.
struct TableRow
{
    struct SortValue
    {
        int column = 0;
        QVariant value;
    };

    QString key; ///< store key ("ns/name" or "name")
    QString name;
    QString namespaceName;
    QDateTime created; ///< for the ticking Age column
    QStringList display; ///< text per column (the Age column's text is computed live)
    QList<SortValue> sortValues; ///< the raw values of the cells that do not sort by their text
    QStringList toolTips; ///< optional, per column
    QList<std::pair<QString, QString>> labels; ///< the object's labels, by key
    int status = 0; ///< a StatusKind value for colour and icon
    QString statusText; ///< the status in words (tooltip, accessible text)

    /// The raw value cell @p column sorts by, or null when it sorts by its text.
    const QVariant* rawSortValue(int column) const
    {
        for (const SortValue& sortValue : sortValues) {
            if (sortValue.column == column)
                return &sortValue.value;
        }
        return nullptr;
    }
};

} // namespace ase

// Moved by memcpy when the row cache grows (every member is an implicitly shared Qt value).
Q_DECLARE_TYPEINFO(ase::TableRow::SortValue, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ase::TableRow, Q_RELOCATABLE_TYPE);

namespace ase {

/// A table over the objects of one kind in the ResourceStore, updated in batches: one
/// begin/endInsertRows per batch of additions, removals as contiguous ranges, and one
/// dataChanged per contiguous range of updated rows — never a reset per event.
/// Subclasses say which columns there are and how an object becomes a row.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTableModel)

public:
    enum Role {
        SortRole = Qt::UserRole, ///< the raw value of the cell (bytes, QDateTime, numbers)
        KeyRole, ///< the store key of the row
        NameRole,
        NamespaceRole,
        FilterTextRole, ///< lower-case text of the row's cells, as the filter box searches it
        StatusRole, ///< int StatusKind of the row
        ObjectRole, ///< the stored QJsonObject (for details and YAML)
    };
    Q_ENUM(Role)

    /// How a row's status reads: the delegate picks a colour and an icon from it.
    enum StatusKind { StatusNone, StatusOk, StatusPending, StatusWarning, StatusError, StatusTerminating };
    Q_ENUM(StatusKind)

    /// @p columnTitles: the columns' titles, untranslated (QT_TR_NOOP in the subclass, so
    /// that they are translated in its context).
    ResourceTableModel(ResourceStore* store, const QString& kind, QList<const char*> columnTitles,
        QObject* parent = nullptr);
    ~ResourceTableModel() override;

    QString kind() const { return m_kind; }
    ResourceStore* store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex& index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of an object by store key, or -1.
    int rowOfKey(const QString& key) const;
    QString keyAt(int row) const;

    /// The row cache, as the filter proxy sorts and filters it. A copy shares it, so a
    /// worker thread may read the copy while the table goes on changing.
    const QList<TableRow>& rows() const { return m_rows; }
    const TableRow& row(int row) const { return m_rows.at(row); }

    /// The column that shows the status (coloured, with an icon), or -1.
    virtual int statusColumn() const { return -1; }
    /// The column that shows the object's age, or -1.
    virtual int ageColumn() const { return -1; }

    /// Texts the rows' pool holds now (tests, diagnostics): see StringPool.
    qsizetype sharedTextCount() const { return m_texts.size(); }

    /// Current time source for ages (tests fix it).
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    /// These rows (ascending) have new contents; emitted once per batch, before the
    /// dataChanged() of their ranges, so that a proxy places them again all at once.
    void rowsUpdated(const QList<int>& rows);

protected:
    int columns() const { return int(m_columnTitles.size()); }
    /// Builds the row of an object.
    virtual TableRow makeRow(const QJsonObject& object) const = 0;
    /// Other kinds whose changes alter rows of this model (pods for claims, ...).
    virtual QStringList relatedKinds() const { return {}; }
    /// Keys of this model's rows affected by a change of a related kind.
    virtual QStringList affectedKeys(const QString& relatedKind, const StoreChange& change);
    /// Called before the rows are rebuilt from the store (reset, connection switch):
    /// subclasses rebuild their indexes of related objects here.
    virtual void prepareReload() { }
    /// Rebuilds the rows with these keys (after a related change).
    void refreshRows(const QStringList& keys);
    /// Fills the common fields of a row (key, name, namespace, created, labels).
    TableRow baseRow(const QJsonObject& object, int columns) const;
    /// Sets a cell's text, and its sort value (the text when not given).
    static void setCell(TableRow& row, int column, const QString& text, const QVariant& sort = {});
    /// Sets the raw value a cell sorts by (bytes, a time, a count) instead of its text.
    static void setSortValue(TableRow& row, int column, const QVariant& value);
    /// The value a cell sorts by: its raw value, or its text.
    static QVariant sortValue(const TableRow& row, int column);
    /// The same for a text that many rows show (a phase, a namespace, a class, access
    /// modes): the rows share one copy of it.
    void setSharedCell(TableRow& row, int column, const QString& text, const QVariant& sort = {}) const;
    /// The model's shared copy of a text that many rows show.
    QString shared(const QString& text) const { return m_texts.intern(text); }

private:
    void onStoreChanged(const QString& kind, const QList<StoreChange>& changes);
    void applyOwnChanges(const QList<StoreChange>& changes);
    void reload();
    void removeRowsByIndex(QList<int> rows);
    void emitRowRangesChanged(QList<int> rows);
    void tickAges();
    QVariant cellData(const TableRow& row, int column, int role) const;
    /// makeRow(), with @p key, the store's own key string, for the row to share (baseRow()).
    TableRow buildRow(const QString& key, const QJsonObject& object) const;

    ResourceStore* m_store;
    QString m_kind;
    QList<const char*> m_columnTitles;
    QList<TableRow> m_rows;
    QHash<QString, int> m_rowByKey;
    mutable StringPool m_texts; ///< texts many rows show: namespaces, phases, label keys...
    mutable QString m_buildingKey; ///< the store's key of the row buildRow() makes
    QTimer m_ageTimer;
    std::function<QDateTime()> m_clock;
};

} // namespace ase
