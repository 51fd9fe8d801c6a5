#include "exportdialog.h"

#include "canvasscene.h"
#include "design.h"
#include "document.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int PreviewWidth = 520;
constexpr int PreviewHeight = 360;

const QString FormatKey = QStringLiteral("export/format");
const QString ScaleKey = QStringLiteral("export/scale");
const QString PageKey = QStringLiteral("export/page");
const QString TransparentKey = QStringLiteral("export/transparent");
const QString AreaKey = QStringLiteral("export/area");
const QString TitleKey = QStringLiteral("export/title");
const QString LegendKey = QStringLiteral("export/legend");
const QString TrafficKey = QStringLiteral("export/scenario");

} // namespace

ExportDialog::ExportDialog(CanvasScene *scene, const QRectF &visible, const QStringList &selection, const QString &path,
                           QWidget *parent)
    : QDialog(parent), mScene(scene), mVisible(visible), mSelection(selection), mFormat(new QComboBox(this)),
      mScale(new QDoubleSpinBox(this)), mPage(new QComboBox(this)), mTransparent(new QCheckBox(this)),
      mWhole(new QRadioButton(tr("&Whole design"), this)), mVisibleArea(new QRadioButton(tr("&Visible area"), this)),
      mSelected(new QRadioButton(tr("Se&lection"), this)), mAreas(new QButtonGroup(this)),
      mTitle(new QCheckBox(tr("&Title block: name, description, date, file"), this)),
      mLegend(new QCheckBox(tr("&Legend of the symbols shown"), this)), mTraffic(new QComboBox(this)),
      mPath(new QLineEdit(this)), mPreviewLabel(new QLabel(this)), mSummary(new QLabel(this)),
      mPreviewTimer(new QTimer(this)), mFile(scene->document() ? scene->document()->fileName() : QString())
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export Diagram"));
    mFormat->setObjectName(QStringLiteral("ExportFormat"));
    mFormat->addItem(tr("PNG picture"), QStringLiteral("png"));
    mFormat->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    mFormat->addItem(tr("PDF document (vector)"), QStringLiteral("pdf"));
    mFormat->setToolTip(tr("PNG for slides and chats; SVG and PDF keep text as text and scale without blur"));
    mScale->setObjectName(QStringLiteral("ExportScale"));
    mScale->setRange(0.25, 16);
    mScale->setSingleStep(0.5);
    mScale->setDecimals(2);
    mScale->setSuffix(tr(" ×"));
    mScale->setToolTip(tr("Pixels per canvas unit: 1 is the canvas at 100 %, 2 for high-DPI screens and print"));
    mPage->setObjectName(QStringLiteral("ExportPage"));
    mPage->addItem(tr("One page, the picture's size"), int(DiagramRenderer::Options::Page::Fit));
    mPage->addItem(tr("A4, tiled"), int(DiagramRenderer::Options::Page::A4));
    mPage->addItem(tr("A3, tiled"), int(DiagramRenderer::Options::Page::A3));
    mPage->addItem(tr("Letter, tiled"), int(DiagramRenderer::Options::Page::Letter));
    mPage->setToolTip(tr("Tiled: the picture at its natural size over as many pages as it needs"));
    mTransparent->setObjectName(QStringLiteral("ExportTransparent"));
    mTransparent->setText(tr("T&ransparent background"));
    mTransparent->setToolTip(tr("No background, for documents with their own colour"));
    mWhole->setObjectName(QStringLiteral("ExportWhole"));
    mVisibleArea->setObjectName(QStringLiteral("ExportVisible"));
    mSelected->setObjectName(QStringLiteral("ExportSelection"));
    mSelected->setToolTip(tr("The area of the selected objects, with what lies in it"));
    mAreas->addButton(mWhole, int(Area::Whole));
    mAreas->addButton(mVisibleArea, int(Area::Visible));
    mAreas->addButton(mSelected, int(Area::Selection));
    mTraffic->setObjectName(QStringLiteral("ExportTraffic"));
    mTraffic->addItem(tr("None"), QString());
    for (const Scenario *s : scene->design().scenarios())
        mTraffic->addItem(s->name.isEmpty() ? s->id : tr("%1 (%2)").arg(s->name, s->id), s->id);
    mTraffic->setToolTip(tr("A scenario's flows as arrows along their paths: delivered green, answers dashed, "
                            "dropped red at what stops them"));
    mTitle->setObjectName(QStringLiteral("ExportTitle"));
    mLegend->setObjectName(QStringLiteral("ExportLegend"));
    mPath->setObjectName(QStringLiteral("ExportPath"));
    mPath->setToolTip(tr("The file to write; its ending follows the format"));
    mPreviewLabel->setObjectName(QStringLiteral("ExportPreview"));
    mPreviewLabel->setMinimumSize(PreviewWidth, PreviewHeight);
    mPreviewLabel->setAlignment(Qt::AlignCenter);
    mPreviewLabel->setFrameShape(QFrame::StyledPanel);
    mSummary->setObjectName(QStringLiteral("ExportSummary"));

    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("ExportBrowse"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *file = new QHBoxLayout;
    file->addWidget(mPath, 1);
    file->addWidget(browse);
    auto *areas = new QVBoxLayout;
    areas->addWidget(mWhole);
    areas->addWidget(mVisibleArea);
    areas->addWidget(mSelected);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format"), mFormat);
    form->addRow(tr("&Scale"), mScale);
    form->addRow(tr("&Pages"), mPage);
    form->addRow(QString(), mTransparent);
    form->addRow(tr("Draw"), areas);
    form->addRow(QString(), mTitle);
    form->addRow(QString(), mLegend);
    form->addRow(tr("&Traffic"), mTraffic);
    form->addRow(tr("F&ile"), file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("ExportButton"));
    write->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *side = new QVBoxLayout;
    side->addWidget(mPreviewLabel, 1);
    side->addWidget(mSummary);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addLayout(side, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    mPreviewTimer->setSingleShot(true);
    mPreviewTimer->setInterval(120); // a spin box's steps make one preview, not one each
    connect(mPreviewTimer, &QTimer::timeout, this, &ExportDialog::drawPreview);
    load();
    setPath(path);
    setFormat(QSettings().value(FormatKey, QFileInfo(path).suffix().toLower()).toString());
    if (const QFileInfo f(path); !path.isEmpty() && f.suffix().toLower() != format())
        mPath->setText(QDir(f.path()).filePath(f.completeBaseName() + QLatin1Char('.') + format()));
    connect(mFormat, &QComboBox::currentIndexChanged, this, [this] {
        // The file's ending follows the format.
        const QFileInfo f(mPath->text());
        if (!mPath->text().isEmpty())
            mPath->setText(QDir(f.path()).filePath(f.completeBaseName() + QLatin1Char('.') + format()));
        schedulePreview();
    });
    connect(mScale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(mPage, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(mTraffic, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {mTransparent, mTitle, mLegend})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(mAreas, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            schedulePreview();
    });
    updateEnabled();
    drawPreview();
}

QString ExportDialog::format() const
{
    return mFormat->currentData().toString();
}

void ExportDialog::setFormat(const QString &suffix)
{
    const int i = mFormat->findData(suffix.toLower());
    mFormat->setCurrentIndex(i < 0 ? 0 : i);
}

QString ExportDialog::path() const
{
    return mPath->text();
}

void ExportDialog::setPath(const QString &path)
{
    mPath->setText(path);
}

DiagramRenderer::Options ExportDialog::options() const
{
    DiagramRenderer::Options o;
    o.scale = mScale->value();
    o.transparent = mTransparent->isChecked();
    o.title = mTitle->isChecked();
    o.legend = mLegend->isChecked();
    o.file = mFile;
    o.page = DiagramRenderer::Options::Page(mPage->currentData().toInt());
    o.scenario = mTraffic->currentData().toString();
    switch (Area(mAreas->checkedId())) {
    case Area::Visible:
        o.area = mVisible;
        break;
    case Area::Selection:
        o.selection = mSelection;
        break;
    case Area::Whole:
        break;
    }
    return o;
}

void ExportDialog::load()
{
    const QSettings s;
    mScale->setValue(s.value(ScaleKey, 1.0).toDouble());
    mPage->setCurrentIndex(std::max(0, mPage->findData(s.value(PageKey, 0).toInt())));
    mTransparent->setChecked(s.value(TransparentKey, false).toBool());
    mTitle->setChecked(s.value(TitleKey, false).toBool());
    mLegend->setChecked(s.value(LegendKey, false).toBool());
    // The scenario by its id, when this design has it.
    mTraffic->setCurrentIndex(std::max(0, mTraffic->findData(s.value(TrafficKey).toString())));
    Area area = Area(s.value(AreaKey, int(Area::Whole)).toInt());
    if (area == Area::Selection && mSelection.isEmpty())
        area = Area::Whole;
    if (area == Area::Visible && mVisible.isEmpty())
        area = Area::Whole;
    if (QAbstractButton *b = mAreas->button(int(area)))
        b->setChecked(true);
    else
        mWhole->setChecked(true);
}

void ExportDialog::save() const
{
    QSettings s;
    s.setValue(FormatKey, format());
    s.setValue(ScaleKey, mScale->value());
    s.setValue(PageKey, mPage->currentData().toInt());
    s.setValue(TransparentKey, mTransparent->isChecked());
    s.setValue(TitleKey, mTitle->isChecked());
    s.setValue(LegendKey, mLegend->isChecked());
    s.setValue(TrafficKey, mTraffic->currentData().toString());
    s.setValue(AreaKey, mAreas->checkedId());
}

void ExportDialog::updateEnabled()
{
    const QString f = format();
    mScale->setEnabled(f == QLatin1String("png"));
    mPage->setEnabled(f == QLatin1String("pdf"));
    mSelected->setEnabled(!mSelection.isEmpty());
    mSelected->setText(mSelection.isEmpty() ? tr("Se&lection (nothing is selected)")
                                            : tr("Se&lection (%n object(s))", nullptr, int(mSelection.size())));
    mVisibleArea->setEnabled(!mVisible.isEmpty());
}

void ExportDialog::schedulePreview()
{
    updateEnabled();
    mPreviewTimer->start();
}

void ExportDialog::drawPreview()
{
    // The same picture as the export, at the scale that fits the preview.
    DiagramRenderer::Options o = options();
    o.scale = 1;
    QString error;
    const QImage whole = DiagramRenderer::render(*mScene, o, nullptr, &error);
    if (whole.isNull()) {
        mPreview = QImage();
        mPreviewLabel->setPixmap(QPixmap());
        mPreviewLabel->setText(error);
        mSummary->clear();
        return;
    }
    mPreview = whole.scaled(QSize(PreviewWidth, PreviewHeight), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    mPreviewLabel->setPixmap(QPixmap::fromImage(mPreview));
    const QString f = format();
    if (f == QLatin1String("png")) {
        const qreal scale = mScale->value();
        mSummary->setText(tr("%1 × %2 pixels")
                              .arg(int(std::ceil(whole.width() * scale)))
                              .arg(int(std::ceil(whole.height() * scale))));
    } else if (f == QLatin1String("pdf") && o.page != DiagramRenderer::Options::Page::Fit) {
        const DiagramRenderer::Tiling t = DiagramRenderer::tilingFor(whole.size(), o.page);
        mSummary->setText(
            tr("%n page(s), %1", nullptr, t.rows * t.columns).arg(t.landscape ? tr("landscape") : tr("portrait")));
    } else {
        mSummary->setText(tr("%1 × %2 units, vector").arg(whole.width()).arg(whole.height()));
    }
    mPreviewLabel->setToolTip(mSummary->text());
}

QString ExportDialog::summary() const
{
    return mSummary->text();
}

void ExportDialog::browse()
{
    const QString f = format();
    const QString filter = f == QLatin1String("svg")   ? tr("SVG drawings (*.svg)")
                           : f == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                       : tr("PNG pictures (*.png)");
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), mPath->text(), filter);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QLatin1Char('.') + f;
    mPath->setText(chosen);
}

void ExportDialog::accept()
{
    QString target = mPath->text().trimmed();
    if (target.isEmpty()) {
        browse();
        target = mPath->text().trimmed();
        if (target.isEmpty())
            return;
    }
    const QString f = format();
    if (QFileInfo(target).suffix().toLower() != f)
        target += QLatin1Char('.') + f;
    const DiagramRenderer::Options o = options();
    QString error, note;
    const bool ok = f == QLatin1String("svg")   ? DiagramRenderer::saveSvg(*mScene, target, o, &error)
                    : f == QLatin1String("pdf") ? DiagramRenderer::savePdf(*mScene, target, o, &error)
                                                : DiagramRenderer::saveImage(*mScene, target, o, &error, &note);
    if (!ok) {
        QMessageBox::critical(this, tr("Cannot export"), error);
        return;
    }
    save();
    Q_EMIT exported(target, note);
    QDialog::accept();
}
