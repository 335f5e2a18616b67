#pragma once

#include <QQuickImageProvider>

namespace atrium::gui {

// image://icon/NAME?color=#RRGGBB — a bundled Bootstrap Icons SVG, tinted and rendered at the
// size asked for (Qt 6.4 has no MultiEffect to recolour an image in QML).
class IconProvider : public QQuickImageProvider
{
public:
    IconProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace atrium::gui
