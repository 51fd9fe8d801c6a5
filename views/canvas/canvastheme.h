#pragma once

#include <QColor>

class QPalette;

/// The colours of the drawing: AWS's architecture palette on a light canvas, or tuned
/// for contrast on a dark one when the window's palette is dark. Exports always use the
/// light theme (they go into documents). One home for every colour of the canvas.
struct CanvasTheme
{
    bool dark = false;
    QColor background; // the canvas behind everything
    QColor text;
    QColor muted;
    QColor vpc; // frames, connectors, route-table chips
    QColor vpcFill;
    QColor shelf; // behind a VPC's chips
    QColor region;
    QColor regionText;
    QColor zone;
    QColor publicSubnet;
    QColor publicFill;
    QColor privateSubnet;
    QColor privateFill;
    QColor nodeFill; // behind a node's icon and label
    QColor nodeFar;  // a node drawn as a plain square when zoomed far out
    QColor chipFill;
    QColor securityChip;
    QColor flowLogChip;
    QColor broken; // a peering whose VPCs overlap
    QColor paleConnector;
    QColor tagFill; // behind route labels and flow ends' names
    QColor selection;
    QColor delivered; // packets and paths of simulation
    QColor answer;
    QColor blocked;
    QColor added; // Compare with File: objects added, changed, and ghosts of removed ones
    QColor changed;
    QColor removed;

    static CanvasTheme light();
    static CanvasTheme darkTheme();
    /// Dark when the palette's window colour is dark.
    static CanvasTheme fromPalette(const QPalette &palette);
    /// Text for verdicts and problems in lists, tables and forms, readable on the
    /// palette's base colour (light or dark), and the tint behind a bad cell.
    static QColor acceptedText(const QPalette &palette);
    static QColor rejectedText(const QPalette &palette);
    static QColor badBackground(const QPalette &palette);
    /// The subtitle colour of a subnet of this edge colour.
    QColor subnetText(const QColor &edge) const { return dark ? edge.lighter(125) : edge.darker(130); }
};
