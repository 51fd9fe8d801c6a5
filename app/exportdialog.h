#pragma once

#include "diagramrenderer.h"

#include <QDialog>
#include <QImage>

class CanvasScene;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;

/// File > Export...: the format (PNG, SVG, PDF), the scale or the page, the background,
/// what to draw (the whole design, the visible area, the selection), the title block and
/// the legend, with a live preview of the picture and the file to write. The choices are
/// kept in the settings for the next export; the same renderer as the command line draws.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Area : quint8 { Whole, Visible, Selection };

    /// `visible` is the part of the scene the view shows; `selection` the selected ids.
    ExportDialog(CanvasScene *scene, const QRectF &visible, const QStringList &selection, const QString &path,
                 QWidget *parent = nullptr);

    /// "png", "svg" or "pdf".
    QString format() const;
    void setFormat(const QString &suffix);
    QString path() const;
    void setPath(const QString &path);
    /// What the renderer is asked for, as the widgets say now.
    DiagramRenderer::Options options() const;
    /// The preview as last drawn (for tests and the accessible description).
    QImage preview() const { return mPreview; }
    /// What the preview says of the output: its size in pixels, or its pages.
    QString summary() const;

    /// Writes the file; on failure says why in a message box and stays open.
    void accept() override;

Q_SIGNALS:
    /// After a file was written: its path and a note (the scale used for a large design).
    void exported(const QString &path, const QString &note);

private:
    void load();
    void save() const;
    void schedulePreview();
    void drawPreview();
    void browse();
    void updateEnabled();

    CanvasScene *mScene;
    QRectF mVisible;
    QStringList mSelection;
    QComboBox *mFormat;
    QDoubleSpinBox *mScale;
    QComboBox *mPage;
    QCheckBox *mTransparent;
    QRadioButton *mWhole;
    QRadioButton *mVisibleArea;
    QRadioButton *mSelected;
    QButtonGroup *mAreas;
    QCheckBox *mTitle;
    QCheckBox *mLegend;
    QComboBox *mTraffic;
    QLineEdit *mPath;
    QLabel *mPreviewLabel;
    QLabel *mSummary;
    QTimer *mPreviewTimer;
    QImage mPreview;
    QString mFile; // the design's file, for the title block
};
