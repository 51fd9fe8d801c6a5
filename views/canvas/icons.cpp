#include "icons.h"

#include <QCache>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPaintEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
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

/// Draws an SVG of ours at whatever size and pixel ratio is asked. A tinted engine
/// replaces the SVG's `currentColor` by the palette's text colour of the icon's mode.
class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(const QString &path, bool tinted) : mPath(path), mTinted(tinted) {}

    QIconEngine *clone() const override { return new SvgIconEngine(mPath, mTinted); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // Lists and menus paint icons this way at every repaint: from the cached pixmap of
        // the device's pixels, not by parsing the SVG again.
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state, ratio));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        // `size` is in device pixels already; the pixmap says its ratio.
        const QString key = QStringLiteral("vpcicon:%1:%2:%3x%4:%5")
                                .arg(mPath, colour(mode).name(QColor::HexArgb))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale);
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer r(svg(mode));
        r.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pm);
        return pm;
    }

private:
    QColor colour(QIcon::Mode mode) const
    {
        if (!mTinted)
            return mode == QIcon::Disabled ? QColor(Qt::gray) : QColor(Qt::transparent);
        const QPalette palette = QGuiApplication::palette();
        return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
    }

    QByteArray svg(QIcon::Mode mode) const
    {
        if (mRaw.isEmpty()) {
            initIconResources();
            QFile file(mPath);
            if (file.open(QIODevice::ReadOnly))
                mRaw = file.readAll();
        }
        QByteArray data = mRaw;
        if (mTinted)
            data.replace("currentColor", colour(mode).name().toLatin1());
        return data;
    }

    QString mPath;
    bool mTinted;
    mutable QByteArray mRaw; // the SVG as read, once
};

} // namespace

QString Icons::nameFor(ObjectKind kind, bool publicSubnet)
{
    switch (kind) {
    case ObjectKind::Subnet:
        return publicSubnet ? QStringLiteral("subnet-public") : QStringLiteral("subnet-private");
    case ObjectKind::Endpoint:
        return QStringLiteral("interface-endpoint");
    default:
        return QString::fromLatin1(kindTag(kind));
    }
}

void Icons::paint(QPainter *painter, const QString &name, const QRectF &rect)
{
    // Vector devices get vectors: SVG files, PDF files and printers.
    if (const QPaintEngine *engine = painter->paintEngine();
        engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf ||
                   engine->type() == QPaintEngine::Picture || engine->type() == QPaintEngine::MacPrinter ||
                   engine->type() == QPaintEngine::Windows)) {
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
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name), false));
}

QIcon Icons::actionIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(name), true));
}
