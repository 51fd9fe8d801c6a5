#include "canvastheme.h"

#include <QPalette>

CanvasTheme CanvasTheme::light()
{
    CanvasTheme t;
    t.dark = false;
    t.background = QColor(0xf7, 0xf8, 0xfa);
    t.text = QColor(0x23, 0x2f, 0x3e);
    t.muted = QColor(0x5f, 0x6b, 0x7a);
    t.vpc = QColor(0x8c, 0x4f, 0xff);
    t.vpcFill = QColor(0xfb, 0xf9, 0xff);
    t.shelf = QColor(0xf1, 0xec, 0xff);
    t.region = QColor(0x01, 0xa8, 0x8d);
    t.regionText = t.region.darker(120);
    t.zone = QColor(0x14, 0x7e, 0xba);
    t.publicSubnet = QColor(0x7a, 0xa1, 0x16);
    t.publicFill = QColor(0xee, 0xf6, 0xe8);
    t.privateSubnet = QColor(0x14, 0x7e, 0xba);
    t.privateFill = QColor(0xe8, 0xf1, 0xf9);
    t.nodeFill = QColor(255, 255, 255, 200);
    t.nodeFar = QColor(0xf3, 0xb0, 0x70);
    t.chipFill = Qt::white;
    t.securityChip = QColor(0xdd, 0x34, 0x4c);
    t.flowLogChip = QColor(0xe7, 0x15, 0x7b);
    t.broken = QColor(0xd1, 0x34, 0x38);
    t.paleConnector = QColor(0xd9, 0xcc, 0xff);
    t.tagFill = QColor(255, 255, 255, 230);
    t.selection = QColor(0xff, 0x99, 0x00);
    t.delivered = QColor(22, 150, 60);
    t.answer = QColor(30, 110, 200);
    t.blocked = QColor(215, 40, 40);
    t.added = QColor(22, 150, 60);
    t.changed = QColor(0xc9, 0xa2, 0x00);
    t.removed = QColor(215, 40, 40);
    return t;
}

CanvasTheme CanvasTheme::darkTheme()
{
    // The same hues, lighter strokes and text, fills a step above the background: every
    // text colour keeps a contrast of at least 4.5:1 on the fill it sits on.
    CanvasTheme t;
    t.dark = true;
    t.background = QColor(0x1b, 0x1e, 0x23);
    t.text = QColor(0xe8, 0xeb, 0xf0);
    t.muted = QColor(0xa4, 0xae, 0xba);
    t.vpc = QColor(0xa9, 0x80, 0xff);
    t.vpcFill = QColor(0x24, 0x21, 0x30);
    t.shelf = QColor(0x30, 0x2a, 0x45);
    t.region = QColor(0x2e, 0xc4, 0xa6);
    t.regionText = t.region;
    t.zone = QColor(0x5a, 0xae, 0xe6);
    t.publicSubnet = QColor(0x9c, 0xc4, 0x4a);
    t.publicFill = QColor(0x22, 0x2d, 0x1c);
    t.privateSubnet = QColor(0x5a, 0xae, 0xe6);
    t.privateFill = QColor(0x1b, 0x29, 0x37);
    t.nodeFill = QColor(0x2b, 0x30, 0x38, 220);
    t.nodeFar = QColor(0xc8, 0x84, 0x42);
    t.chipFill = QColor(0x2a, 0x2e, 0x35);
    t.securityChip = QColor(0xf0, 0x5a, 0x6e);
    t.flowLogChip = QColor(0xf2, 0x4f, 0x9b);
    t.broken = QColor(0xff, 0x5c, 0x5c);
    t.paleConnector = QColor(0x4d, 0x42, 0x70);
    t.tagFill = QColor(0x26, 0x2a, 0x31, 235);
    t.selection = QColor(0xff, 0xa8, 0x26);
    t.delivered = QColor(0x3d, 0xc8, 0x6a);
    t.answer = QColor(0x4f, 0x9c, 0xff);
    t.blocked = QColor(0xff, 0x55, 0x55);
    t.added = QColor(0x3d, 0xc8, 0x6a);
    t.changed = QColor(0xff, 0xd7, 0x40);
    t.removed = QColor(0xff, 0x55, 0x55);
    return t;
}

CanvasTheme CanvasTheme::fromPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? darkTheme() : light();
}

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

QColor CanvasTheme::acceptedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0xd6, 0x7f) : QColor(22, 130, 60);
}

QColor CanvasTheme::rejectedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7a, 0x7a) : QColor(0xb3, 0x26, 0x1e);
}

QColor CanvasTheme::badBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5a, 0x24, 0x26) : QColor(0xfd, 0xe2, 0xe2);
}
