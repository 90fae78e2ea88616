// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/graph/GraphImage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace ase::graph {

QByteArray renderPng(const QByteArray& svg, double scale, QString* error)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        if (error)
            *error
                = QCoreApplication::translate("ase::graph", "the picture could not be drawn (invalid SVG)");
        return {};
    }
    const QSize size = (QSizeF(renderer.defaultSize()) * scale).toSize();
    // QImage refuses more than 2^31 bytes; a cluster-wide graph of 50,000 objects is
    // shrunk to fit rather than refused.
    constexpr qint64 kMaxPixels = 400'000'000;
    QSize target = size;
    if (qint64(size.width()) * size.height() > kMaxPixels) {
        const double shrink = std::sqrt(double(kMaxPixels) / (double(size.width()) * size.height()));
        target = (QSizeF(size) * shrink).toSize();
    }
    if (target.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ase::graph", "the picture is empty");
        return {};
    }
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("ase::graph", "not enough memory for a %1×%2 picture")
                         .arg(target.width())
                         .arg(target.height());
        return {};
    }
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(target)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("ase::graph", "the PNG could not be encoded");
        return {};
    }
    return bytes;
}

} // namespace ase::graph
