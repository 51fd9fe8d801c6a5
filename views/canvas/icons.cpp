#include "icons.h"

#include <QCache>
#include <QHash>
#include <QPainter>
#include <QPaintEngine>
#include <QPixmap>
#include <QSvgRenderer>

#include <cmath>
#include <memory>

static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace {

QSvgRenderer *renderer(const QString &name)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    auto it = renderers.find(name);
    if (it == renderers.end()) {
        initIconResources();
        it = renderers.insert(name, std::make_shared<QSvgRenderer>(QStringLiteral(":/icons/%1.svg").arg(name)));
    }
    return it->get();
}

QPixmap pixmap(const QString &name, int size)
{
    static QCache<QString, QPixmap> cache(256);
    const QString key = name + QLatin1Char('@') + QString::number(size);
    if (QPixmap *hit = cache.object(key))
        return *hit;
    auto *pm = new QPixmap(size, size);
    pm->fill(Qt::transparent);
    QPainter p(pm);
    p.setRenderHint(QPainter::Antialiasing);
    renderer(name)->render(&p, QRectF(0, 0, size, size));
    p.end();
    const QPixmap copy = *pm;
    cache.insert(key, pm);
    return copy;
}

} // namespace

QString Icons::nameFor(ObjectKind kind, bool publicSubnet)
{
    switch (kind) {
    case ObjectKind::Subnet:
        return publicSubnet ? QStringLiteral("subnet-public") : QStringLiteral("subnet-private");
    case ObjectKind::Endpoint: return QStringLiteral("interface-endpoint");
    default: return QString::fromLatin1(kindTag(kind));
    }
}

void Icons::paint(QPainter *painter, const QString &name, const QRectF &rect)
{
    if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG) {
        renderer(name)->render(painter, rect);
        return;
    }
    // Device pixels the icon covers, rounded up to a power of two for the cache.
    const qreal scale = std::sqrt(std::abs(painter->worldTransform().determinant()));
    const int device = int(std::ceil(rect.width() * scale * painter->device()->devicePixelRatioF()));
    int size = 16;
    while (size < device && size < 512)
        size *= 2;
    painter->drawPixmap(rect, pixmap(name, size), QRectF(0, 0, size, size));
}

QIcon Icons::icon(const QString &name)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(pixmap(name, size));
    return icon;
}
