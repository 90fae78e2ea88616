// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// ResourceTableView: rows appended below the visible ones update the scroll bar without a
// repaint; rows that may show, removals and resized columns repaint as QTableView does.

#include "ui/ResourceTableView.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

/// Counts the paint events of a widget.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

QList<QStandardItem*> row(int i)
{
    return {new QStandardItem(u"pv-%1"_s.arg(i)), new QStandardItem(u"Bound"_s)};
}

/// Lets every posted event, delayed layout and repaint happen.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(1);
    }
}

} // namespace

class TestResourceTableView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 2);
        m_view = std::make_unique<ResourceTableView>();
        m_view->setModel(m_model.get());
        m_view->resize(400, 200);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_paints = std::make_unique<PaintCounter>(m_view->viewport());
    }

    void cleanup()
    {
        m_paints.reset();
        m_view.reset();
        m_model.reset();
    }

    void rowsAppendedBelowUpdateOnlyTheScrollBar()
    {
        fill(100);
        const int paintsBefore = m_paints->count;
        const int maximumBefore = m_view->verticalScrollBar()->maximum();
        for (int i = 100; i < 150; ++i)
            m_model->appendRow(row(i));
        settle();
        QCOMPARE(m_paints->count, paintsBefore);
        QVERIFY(m_view->scrollBarOnlyLayouts() > 0);
        QVERIFY(m_view->verticalScrollBar()->maximum() > maximumBefore);
        // The new rows are there when scrolled to.
        m_view->scrollToBottom();
        settle();
        QVERIFY(m_paints->count > paintsBefore);
        QCOMPARE(m_view->rowAt(m_view->viewport()->height() - 1), 149);
    }

    void rowsThatMayShowRepaint_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("inserted at the top") << u"insert-top"_s;
        QTest::newRow("appended to a table that does not fill the view") << u"append-short"_s;
        QTest::newRow("appended below, and one removed in the same turn") << u"append-and-remove"_s;
        QTest::newRow("appended below, and a column resized in the same turn") << u"append-and-resize"_s;
        QTest::newRow("appended below, and the header labels changed in the same turn")
            << u"append-and-labels"_s;
    }

    void rowsThatMayShowRepaint()
    {
        QFETCH(QString, change);
        fill(change == u"append-short" ? 2 : 100);
        const int paintsBefore = m_paints->count;
        const int onlyBefore = m_view->scrollBarOnlyLayouts();
        if (change == u"insert-top") {
            m_model->insertRow(0, row(-1));
        } else {
            m_model->appendRow(row(1000));
            if (change == u"append-and-remove")
                m_model->removeRow(0);
            else if (change == u"append-and-resize")
                m_view->horizontalHeader()->resizeSection(0, m_view->horizontalHeader()->sectionSize(0) + 30);
            else if (change == u"append-and-labels")
                m_model->setHorizontalHeaderLabels({u"Name"_s, u"Status"_s});
        }
        settle();
        QVERIFY2(m_paints->count > paintsBefore, "the viewport was not repainted");
        QCOMPARE(m_view->scrollBarOnlyLayouts(), onlyBefore);
        // What shows is the model's first rows.
        QCOMPARE(m_view->indexAt(QPoint(5, 5)).data().toString(), m_model->index(0, 0).data().toString());
    }

private:
    void fill(int rows)
    {
        for (int i = 0; i < rows; ++i)
            m_model->appendRow(row(i));
        settle();
    }

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<ResourceTableView> m_view;
    std::unique_ptr<PaintCounter> m_paints;
};

QTEST_MAIN(TestResourceTableView)
#include "tst_resourcetableview.moc"
