#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class CanvasScene;
class QPainter;
class TrafficOverlay;

/// What an exported diagram carries besides the drawing, for a reader who has only the
/// picture: a title block (name, description, date, file, version) and a legend of the
/// symbols this picture uses, and only those.
namespace DiagramDecorations {

struct TitleBlock
{
    QString title;
    QString description;
    QString date; // ISO 8601
    QString file;
    QString version; // "VPC Designer 1.2.0"
};
/// The title block of the scene's design: its name (or the file's), the first paragraph
/// of its description, today's date (SOURCE_DATE_EPOCH, when set, for reproducible output).
TitleBlock titleBlockOf(const CanvasScene &scene, const QString &file);
/// Its height at `width`.
qreal titleHeight(const TitleBlock &block, qreal width);
void paintTitle(QPainter *painter, const QRectF &rect, const TitleBlock &block, const CanvasScene &scene);

/// One symbol of the legend and what it means.
struct Entry
{
    enum class Symbol : quint8 { Icon, Frame, Line, Badge, Dot };
    Symbol symbol = Symbol::Icon;
    QString icon;  // Icon, Frame (drawn in the frame's corner; may be empty)
    QColor stroke; // Frame, Line, Badge, Dot
    QColor fill;   // Frame, Badge, Dot
    Qt::PenStyle style = Qt::SolidLine;
    QString text;
    QString key; // what it stands for, stable and untranslated ("instance", "peering-inactive")
};
/// The symbols drawn in `area` of the scene (regions, VPCs, AZs, public and private
/// subnets, each kind of node and chip, peering line styles, finding badges, further
/// interfaces of endpoints), in a fixed order.
/// With `traffic`, its arrows' kinds and its ends' kinds too.
QList<Entry> legendOf(const CanvasScene &scene, const QRectF &area, const TrafficOverlay *traffic = nullptr);
/// The legend's height when laid out in columns across `width`.
qreal legendHeight(const QList<Entry> &entries, qreal width);
void paintLegend(QPainter *painter, const QRectF &rect, const QList<Entry> &entries, const CanvasScene &scene);

} // namespace DiagramDecorations
