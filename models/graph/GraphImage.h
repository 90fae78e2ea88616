// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// The binding graph's picture as PNG: its SVG (BindingGraph::toSvg) rendered with Qt Svg.
/// In its own library (QtGui, QtSvg) so that ase_models stays QtCore only; the `graph`
/// command and the window's export share it. Needs a QGuiApplication (the command makes
/// one on the offscreen platform: no display needed).
namespace ase::graph {

/// PNG bytes of @p svg drawn at @p scale (1: one pixel per SVG unit); empty with
/// @p error set when the SVG cannot be read or the image would be too large.
QByteArray renderPng(const QByteArray& svg, double scale = 1.0, QString* error = nullptr);

} // namespace ase::graph
