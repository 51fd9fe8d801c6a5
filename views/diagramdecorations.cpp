#include "diagramdecorations.h"

#include "canvasitems.h"
#include "canvaslabels.h"
#include "canvasscene.h"
#include "design.h"
#include "findingsmodel.h"
#include "icons.h"
#include "packetoverlay.h"
#include "trafficoverlay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QTimeZone>

#include <cmath>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiagramDecorations)
};

constexpr qreal Pad = 16;
constexpr qreal EntryHeight = 26;
constexpr qreal SymbolWidth = 34;
constexpr qreal ColumnGap = 18;

const QFont &titleFont()
{
    return CanvasLabels::font(16, true);
}

const QFont &bodyFont()
{
    return CanvasLabels::font(9);
}

const QFont &headingFont()
{
    return CanvasLabels::font(9, true);
}

/// The lines of a paragraph wrapped at `width`, words whole.
QStringList wrapped(const QString &text, const QFont &f, qreal width)
{
    return CanvasLabels::wrap(text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts), f, width,
                              QStringLiteral(" "));
}

QString metaLine(const DiagramDecorations::TitleBlock &b)
{
    QStringList parts;
    for (const QString &p : {b.date, b.file, b.version})
        if (!p.isEmpty())
            parts.append(p);
    return parts.join(QStringLiteral("  ·  "));
}

qreal columnWidth(const QList<DiagramDecorations::Entry> &entries)
{
    qreal w = 120;
    for (const auto &e : entries)
        w = std::max(w, SymbolWidth + 8 + CanvasLabels::width(e.text, bodyFont()));
    return w;
}

int columnsIn(const QList<DiagramDecorations::Entry> &entries, qreal width)
{
    return std::max(1, int((width - 2 * Pad + ColumnGap) / (columnWidth(entries) + ColumnGap)));
}

} // namespace

namespace DiagramDecorations {

TitleBlock titleBlockOf(const CanvasScene &scene, const QString &file)
{
    const Design &design = scene.design();
    TitleBlock b;
    b.title = design.name.isEmpty() ? QFileInfo(file).completeBaseName() : design.name;
    if (b.title.isEmpty())
        b.title = Tr::tr("Untitled design");
    b.description = design.description.section(QStringLiteral("\n\n"), 0, 0).simplified();
    QDateTime now = QDateTime::currentDateTimeUtc();
    bool fixed = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&fixed);
    if (fixed)
        now = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    b.date = now.date().toString(Qt::ISODate);
    b.file = file.isEmpty() ? QString() : QFileInfo(file).fileName();
    b.version = Tr::tr("VPC Designer %1").arg(QCoreApplication::applicationVersion());
    return b;
}

qreal titleHeight(const TitleBlock &block, qreal width)
{
    const qreal text = width - 2 * Pad;
    qreal h = Pad + 24;
    h += 14 * qreal(wrapped(block.description, bodyFont(), text).size());
    h += 16 + Pad; // the line of date, file and version
    return h;
}

void paintTitle(QPainter *painter, const QRectF &rect, const TitleBlock &block, const CanvasScene &scene)
{
    const CanvasTheme &t = scene.theme();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(t.muted, 1));
    painter->drawLine(QPointF(rect.left() + Pad, rect.bottom() - 1), QPointF(rect.right() - Pad, rect.bottom() - 1));
    qreal y = rect.top() + Pad;
    const qreal x = rect.left() + Pad;
    const qreal w = rect.width() - 2 * Pad;
    painter->setPen(t.text);
    painter->setFont(titleFont());
    painter->drawText(QRectF(x, y, w, 24), Qt::AlignLeft | Qt::AlignVCenter, block.title);
    y += 24;
    painter->setFont(bodyFont());
    for (const QString &line : wrapped(block.description, bodyFont(), w)) {
        painter->drawText(QRectF(x, y, w, 14), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 14;
    }
    painter->setPen(t.muted);
    painter->drawText(QRectF(x, y, w, 16), Qt::AlignLeft | Qt::AlignVCenter, metaLine(block));
    painter->restore();
}

QList<Entry> legendOf(const CanvasScene &scene, const QRectF &area, const TrafficOverlay *traffic)
{
    const Design &design = scene.design();
    const CanvasGeometry &g = scene.geometry();
    const CanvasTheme &t = scene.theme();
    QSet<QString> seen;
    design.forEachObject([&](Object &o) {
        const QRectF r = g.rect(o.id);
        if (o.kind == ObjectKind::PeeringConnection) {
            const auto &p = static_cast<const PeeringConnection &>(o);
            // The connector as the canvas draws it: between the VPCs' edges.
            const QRectF a = g.rect(p.requester), b = g.rect(p.accepter);
            if (a.isEmpty() || b.isEmpty())
                return;
            const QRectF line = QRectF(edgePoint(a, b.center()), edgePoint(b, a.center())).normalized();
            if (!line.adjusted(-1, -1, 1, 1).intersects(area))
                return;
            seen.insert(scene.isBroken(p.id) ? QStringLiteral("peering-broken")
                        : p.isActive()       ? QStringLiteral("peering")
                                             : QStringLiteral("peering-inactive"));
            return;
        }
        if (r.isEmpty() || !r.intersects(area))
            return;
        switch (o.kind) {
        case ObjectKind::Subnet: {
            const auto &s = static_cast<const Subnet &>(o);
            seen.insert(design.isPublicSubnet(s) ? QStringLiteral("subnet-public") : QStringLiteral("subnet-private"));
            seen.insert(QStringLiteral("az"));
            break;
        }
        case ObjectKind::Endpoint: {
            const auto &e = static_cast<const Endpoint &>(o);
            seen.insert(e.isGateway() ? QStringLiteral("gateway-endpoint") : QStringLiteral("interface-endpoint"));
            if (e.isInterface() && e.subnets.size() > 1)
                seen.insert(QStringLiteral("further-interface"));
            break;
        }
        case ObjectKind::Vpc:
            seen.insert(QStringLiteral("vpc"));
            seen.insert(QStringLiteral("region"));
            break;
        default:
            seen.insert(Icons::nameFor(o.kind));
            break;
        }
        if (const CanvasScene::Badge *b = scene.badge(o.id))
            seen.insert(QStringLiteral("badge-%1").arg(int(b->severity)));
    });

    if (traffic) {
        for (const TrafficOverlay::Arrow &a : traffic->arrows())
            if (a.line.boundingRect().adjusted(-1, -1, 1, 1).intersects(area))
                seen.insert(!a.delivered ? QStringLiteral("traffic-dropped")
                            : a.answer   ? QStringLiteral("traffic-answer")
                                         : QStringLiteral("traffic-delivered"));
        for (const TrafficOverlay::EndNode &e : traffic->ends())
            if (e.rect.intersects(area))
                seen.insert(QStringLiteral("end-") + PacketOverlay::endIcon(e.end.kind));
    }
    QList<Entry> out;
    const auto add = [&](const QString &key, Entry e) {
        if (!seen.contains(key))
            return;
        e.key = key;
        out.append(e);
    };
    const auto icon = [](const QString &name, const QString &text) {
        Entry e;
        e.symbol = Entry::Symbol::Icon;
        e.icon = name;
        e.text = text;
        return e;
    };
    const auto frame = [](const QString &name, QColor stroke, QColor fill, Qt::PenStyle style, const QString &text) {
        Entry e;
        e.symbol = Entry::Symbol::Frame;
        e.icon = name;
        e.stroke = stroke;
        e.fill = fill;
        e.style = style;
        e.text = text;
        return e;
    };
    const auto line = [](QColor stroke, Qt::PenStyle style, const QString &text) {
        Entry e;
        e.symbol = Entry::Symbol::Line;
        e.stroke = stroke;
        e.style = style;
        e.text = text;
        return e;
    };
    add(QStringLiteral("region"),
        frame(QStringLiteral("region"), t.region, Qt::transparent, Qt::DashLine, Tr::tr("AWS Region")));
    add(QStringLiteral("vpc"), frame(QStringLiteral("vpc"), t.vpc, t.vpcFill, Qt::SolidLine, Tr::tr("VPC")));
    add(QStringLiteral("az"), frame(QString(), t.zone, Qt::transparent, Qt::DashLine, Tr::tr("Availability Zone")));
    add(QStringLiteral("subnet-public"), frame(QStringLiteral("subnet-public"), t.publicSubnet, t.publicFill,
                                               Qt::SolidLine, Tr::tr("public subnet (routes to an internet gateway)")));
    add(QStringLiteral("subnet-private"), frame(QStringLiteral("subnet-private"), t.privateSubnet, t.privateFill,
                                                Qt::SolidLine, Tr::tr("private subnet")));
    for (const ObjectKind k : {ObjectKind::Instance, ObjectKind::NatGateway, ObjectKind::InternetGateway,
                               ObjectKind::EgressOnlyInternetGateway})
        add(Icons::nameFor(k), icon(Icons::nameFor(k), kindName(k)));
    add(QStringLiteral("gateway-endpoint"), icon(QStringLiteral("gateway-endpoint"), Tr::tr("gateway endpoint")));
    add(QStringLiteral("interface-endpoint"), icon(QStringLiteral("interface-endpoint"), Tr::tr("interface endpoint")));
    {
        Entry dot;
        dot.symbol = Entry::Symbol::Dot;
        dot.stroke = t.vpc;
        dot.fill = t.dark ? t.vpc.darker(160) : t.vpc.lighter(160);
        dot.text = Tr::tr("a further interface of an interface endpoint drawn in another subnet");
        add(QStringLiteral("further-interface"), dot);
    }
    for (const ObjectKind k :
         {ObjectKind::RouteTable, ObjectKind::NetworkAcl, ObjectKind::SecurityGroup, ObjectKind::FlowLog})
        add(Icons::nameFor(k), icon(Icons::nameFor(k), kindName(k)));
    const auto peering = [&](QColor stroke, Qt::PenStyle style, const QString &text) {
        Entry e = line(stroke, style, text);
        e.icon = QStringLiteral("peering-connection");
        return e;
    };
    add(QStringLiteral("peering"), peering(t.vpc, Qt::SolidLine, Tr::tr("peering connection, active")));
    add(QStringLiteral("peering-inactive"), peering(t.vpc, Qt::DashLine, Tr::tr("peering connection, not active")));
    add(QStringLiteral("peering-broken"),
        peering(t.broken, Qt::DashDotLine, Tr::tr("peering connection that cannot exist (the blocks overlap)")));
    add(QStringLiteral("traffic-delivered"),
        line(t.delivered, Qt::SolidLine, Tr::tr("traffic delivered (arrow: its way)")));
    add(QStringLiteral("traffic-answer"), line(t.answer, Qt::DashLine, Tr::tr("the answer, delivered")));
    add(QStringLiteral("traffic-dropped"),
        line(t.blocked, Qt::SolidLine, Tr::tr("traffic dropped: a cross at what stops it, with its name")));
    for (const auto kind : {SimulationFrame::End::Kind::Internet, SimulationFrame::End::Kind::Outside,
                            SimulationFrame::End::Kind::Service})
        add(QStringLiteral("end-") + PacketOverlay::endIcon(kind),
            icon(PacketOverlay::endIcon(kind), PacketOverlay::endTitle(kind)));
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        Entry b;
        b.symbol = Entry::Symbol::Badge;
        b.fill = FindingsModel::colour(s);
        b.stroke = Qt::white;
        b.text = s == Severity::Error     ? Tr::tr("a finding: error")
                 : s == Severity::Warning ? Tr::tr("a finding: warning")
                                          : Tr::tr("a finding: note");
        add(QStringLiteral("badge-%1").arg(int(s)), b);
    }
    return out;
}

qreal legendHeight(const QList<Entry> &entries, qreal width)
{
    if (entries.isEmpty())
        return 0;
    const int columns = columnsIn(entries, width);
    const int rows = (int(entries.size()) + columns - 1) / columns;
    return Pad + 20 + rows * EntryHeight + Pad;
}

void paintLegend(QPainter *painter, const QRectF &rect, const QList<Entry> &entries, const CanvasScene &scene)
{
    if (entries.isEmpty())
        return;
    const CanvasTheme &t = scene.theme();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(t.muted, 1));
    painter->drawLine(QPointF(rect.left() + Pad, rect.top() + 1), QPointF(rect.right() - Pad, rect.top() + 1));
    painter->setPen(t.text);
    painter->setFont(headingFont());
    painter->drawText(QRectF(rect.left() + Pad, rect.top() + Pad, rect.width() - 2 * Pad, 16),
                      Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Legend"));
    const int columns = columnsIn(entries, rect.width());
    const int rows = (int(entries.size()) + columns - 1) / columns;
    const qreal cw = columnWidth(entries);
    painter->setFont(bodyFont());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const int col = int(i) / rows; // down the columns, in order
        const int row = int(i) % rows;
        const qreal x = rect.left() + Pad + col * (cw + ColumnGap);
        const qreal y = rect.top() + Pad + 20 + row * EntryHeight;
        const QRectF symbol(x, y + 3, SymbolWidth - 6, EntryHeight - 6);
        switch (e.symbol) {
        case Entry::Symbol::Icon:
            Icons::paint(painter, e.icon, QRectF(symbol.center() - QPointF(10, 10), QSizeF(20, 20)));
            break;
        case Entry::Symbol::Frame:
            painter->setPen(QPen(e.stroke, 1.5, e.style));
            painter->setBrush(e.fill);
            painter->drawRoundedRect(symbol, 3, 3);
            if (!e.icon.isEmpty())
                Icons::paint(painter, e.icon, QRectF(symbol.topLeft() + QPointF(2, 2), QSizeF(12, 12)));
            break;
        case Entry::Symbol::Line:
            painter->setPen(QPen(e.stroke, 2, e.style, Qt::FlatCap));
            painter->drawLine(QPointF(symbol.left(), symbol.center().y()),
                              QPointF(symbol.right(), symbol.center().y()));
            if (!e.icon.isEmpty()) // the connector's own mark at its middle
                Icons::paint(painter, e.icon, QRectF(symbol.center() - QPointF(7, 7), QSizeF(14, 14)));
            break;
        case Entry::Symbol::Badge:
            painter->setPen(QPen(e.stroke, 1.5));
            painter->setBrush(e.fill);
            painter->drawEllipse(symbol.center(), 8, 8);
            break;
        case Entry::Symbol::Dot:
            painter->setPen(QPen(e.stroke, 1));
            painter->setBrush(e.fill);
            painter->drawEllipse(symbol.center(), 5, 5);
            break;
        }
        painter->setPen(t.text);
        painter->drawText(QRectF(x + SymbolWidth + 2, y, cw - SymbolWidth, EntryHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
    painter->restore();
}

} // namespace DiagramDecorations
