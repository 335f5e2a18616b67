#include "iconprovider.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

IconProvider::IconProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage IconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const qsizetype q = id.indexOf(u'?');
    const QString name = q < 0 ? id : id.left(q);
    const QUrlQuery query(q < 0 ? QString() : id.mid(q + 1));
    const QString color = query.queryItemValue(u"color"_s);
    const QSize target = requestedSize.isValid() && !requestedSize.isEmpty() ? requestedSize : QSize(16, 16);
    if (size)
        *size = target;

    QFile file(u":/icons/"_s + name + u".svg"_s);
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("icon: no icon named '%s'", qPrintable(name));
        return image;
    }
    QByteArray svg = file.readAll();
    if (!color.isEmpty())
        svg.replace("currentColor", color.toLatin1());
    QSvgRenderer renderer(svg);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

} // namespace atrium::gui
