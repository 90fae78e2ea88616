// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

namespace ase {

/// A key whose plain (binary) comparison orders text naturally: case-insensitive, and runs
/// of digits by their value ("pv2" < "pv10" < "PV11"). Computed once per row, so that a sort
/// of 10,000 rows compares keys instead of walking strings character by character.
///
/// Each digit run becomes u'0', one character holding its length without leading zeros,
/// and the digits; every other character is case-folded.
QString naturalSortKey(QStringView text);
/// Compares two texts as their naturalSortKey()s compare, without allocating them.
int naturalCompare(QStringView left, QStringView right);

/// Compares two raw cell values as the tables sort them: numbers by value, times by time,
/// text by naturalSortKey(). Negative, zero or positive. `leftKey`/`rightKey` are the
/// natural keys of text values when already computed (else they are computed here).
int compareSortValues(const QVariant& left, const QVariant& right, const QString* leftKey = nullptr,
    const QString* rightKey = nullptr);

} // namespace ase
