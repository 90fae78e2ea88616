// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <initializer_list>
#include <iterator>
#include <memory>

namespace ase {

/// A list of typed objects that holds each object by pointer and reads as a list of
/// `const T&`. Caches of many objects (the graph's source, the claims table's volumes) and
/// the lists made from them share each object instead of holding a copy each: a typed
/// PersistentVolume is 768 bytes before its texts, and three copies of 50,000 of them were
/// 110 MB. Objects are immutable once in a list; replace() puts a new one in a slot.
template <typename T>
class SharedList final
{
public:
    using Pointer = std::shared_ptr<const T>;
    using value_type = T;

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = qsizetype;
        using pointer = const T*;
        using reference = const T&;

        const_iterator() = default;
        explicit const_iterator(typename QList<Pointer>::const_iterator it)
            : m_it(it)
        { }
        const T& operator*() const { return **m_it; }
        const T* operator->() const { return m_it->get(); }
        const T& operator[](qsizetype n) const { return *m_it[n]; }
        const_iterator& operator++()
        {
            ++m_it;
            return *this;
        }
        const_iterator operator++(int) { return const_iterator(m_it++); }
        const_iterator& operator--()
        {
            --m_it;
            return *this;
        }
        const_iterator operator--(int) { return const_iterator(m_it--); }
        const_iterator& operator+=(qsizetype n)
        {
            m_it += n;
            return *this;
        }
        const_iterator& operator-=(qsizetype n)
        {
            m_it -= n;
            return *this;
        }
        friend const_iterator operator+(const_iterator it, qsizetype n) { return it += n; }
        friend const_iterator operator+(qsizetype n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, qsizetype n) { return it -= n; }
        friend qsizetype operator-(const_iterator a, const_iterator b) { return a.m_it - b.m_it; }
        friend bool operator==(const_iterator a, const_iterator b) { return a.m_it == b.m_it; }
        friend bool operator<(const_iterator a, const_iterator b) { return a.m_it < b.m_it; }
        friend bool operator>(const_iterator a, const_iterator b) { return a.m_it > b.m_it; }
        friend bool operator<=(const_iterator a, const_iterator b) { return a.m_it <= b.m_it; }
        friend bool operator>=(const_iterator a, const_iterator b) { return a.m_it >= b.m_it; }

    private:
        typename QList<Pointer>::const_iterator m_it;
    };
    using iterator = const_iterator;

    SharedList() = default;
    /// Copies each object once (for callers that build small lists by value).
    SharedList(const QList<T>& objects)
    {
        m_items.reserve(objects.size());
        for (const T& object : objects)
            append(object);
    }
    SharedList(QList<T>&& objects)
    {
        m_items.reserve(objects.size());
        for (T& object : objects)
            append(std::move(object));
    }
    SharedList(std::initializer_list<T> objects)
    {
        m_items.reserve(qsizetype(objects.size()));
        for (const T& object : objects)
            append(object);
    }

    void append(T object) { m_items.append(std::make_shared<const T>(std::move(object))); }
    void append(Pointer object) { m_items.append(std::move(object)); }
    /// Puts a new object in slot @p i (the old one stays valid for whoever else holds it).
    void replace(qsizetype i, T object) { m_items[i] = std::make_shared<const T>(std::move(object)); }
    void replace(qsizetype i, Pointer object) { m_items[i] = std::move(object); }
    void removeAt(qsizetype i) { m_items.removeAt(i); }
    void removeLast() { m_items.removeLast(); }
    void reserve(qsizetype size) { m_items.reserve(size); }
    void clear() { m_items.clear(); }

    qsizetype size() const { return m_items.size(); }
    qsizetype count() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const T& at(qsizetype i) const { return *m_items.at(i); }
    const T& operator[](qsizetype i) const { return *m_items.at(i); }
    const T& first() const { return *m_items.first(); }
    const T& last() const { return *m_items.last(); }
    const Pointer& pointerAt(qsizetype i) const { return m_items.at(i); }
    const_iterator begin() const { return const_iterator(m_items.cbegin()); }
    const_iterator end() const { return const_iterator(m_items.cend()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    /// Whether no other list shares this one's storage (an implicitly shared copy does).
    bool isDetached() const { return m_items.isDetached(); }
    /// The objects as values (copies).
    QList<T> toList() const { return QList<T>(begin(), end()); }

private:
    QList<Pointer> m_items;
};

} // namespace ase
