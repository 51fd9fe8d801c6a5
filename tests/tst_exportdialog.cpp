#include "canvasscene.h"
#include "designformat.h"
#include "document.h"
#include "exportdialog.h"
#include "isolatedsettings.h"
#include "validationengine.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/// File > Export...: driven as a user does, with clicks and keys; the preview follows every
/// choice, the file written is what the choices say, and the choices are kept.
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void choicesPreviewAndWrite();
    void choicesAreKept();
    void nothingSelected();

private:
    template <class T> static T *child(QWidget *dialog, const char *name)
    {
        auto *w = dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    static void click(QWidget *w) { QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(8, w->height() / 2)); }

    std::unique_ptr<Document> mDocument;
    std::unique_ptr<ValidationEngine> mEngine;
    std::unique_ptr<CanvasScene> mScene;
    QTemporaryDir mDir;
};

void TestExportDialog::initTestCase()
{
    isolateSettings();
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    mDocument = std::make_unique<Document>(std::move(r.design), QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    mEngine = std::make_unique<ValidationEngine>(mDocument.get());
    mScene = std::make_unique<CanvasScene>(mDocument.get(), mEngine.get());
    mScene->flush();
}

void TestExportDialog::choicesPreviewAndWrite()
{
    const QString path = mDir.filePath(QStringLiteral("three-tier.png"));
    ExportDialog dialog(mScene.get(), QRectF(0, 0, 600, 400), {QStringLiteral("subnet-app-a")}, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.format(), QStringLiteral("png"));
    const QImage first = dialog.preview();
    QVERIFY(!first.isNull());
    QVERIFY2(dialog.summary().contains(QLatin1String("pixels")), qPrintable(dialog.summary()));

    // A legend makes the picture taller: the preview's shape follows.
    click(child<QCheckBox>(&dialog, "ExportLegend"));
    QTRY_VERIFY(double(dialog.preview().height()) / dialog.preview().width() >
                double(first.height()) / first.width() + 0.05);

    // PDF, two steps down the format list: the file's ending follows, the scale gives way
    // to the pages.
    auto *format = child<QComboBox>(&dialog, "ExportFormat");
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(dialog.format(), QStringLiteral("pdf"));
    QCOMPARE(dialog.path(), mDir.filePath(QStringLiteral("three-tier.pdf")));
    QVERIFY(!child<QDoubleSpinBox>(&dialog, "ExportScale")->isEnabled());
    auto *pages = child<QComboBox>(&dialog, "ExportPage");
    QVERIFY(pages->isEnabled());
    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_Down); // A4, tiled
    QTRY_VERIFY2(dialog.summary().contains(QLatin1String("page")), qPrintable(dialog.summary()));

    // A scenario's traffic: the ends outside the design join the picture.
    const QImage before = dialog.preview();
    auto *traffic = child<QComboBox>(&dialog, "ExportTraffic");
    traffic->setFocus();
    QTest::keyClick(traffic, Qt::Key_Down);
    QCOMPARE(dialog.options().scenario, QStringLiteral("workday"));
    QTRY_VERIFY(dialog.preview() != before);

    // Only the selection: a smaller picture.
    click(child<QRadioButton>(&dialog, "ExportSelection"));
    QCOMPARE(dialog.options().selection, QStringList{QStringLiteral("subnet-app-a")});

    QSignalSpy written(&dialog, &ExportDialog::exported);
    click(child<QPushButton>(&dialog, "ExportButton"));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).at(0).toString(), mDir.filePath(QStringLiteral("three-tier.pdf")));
    QFile f(mDir.filePath(QStringLiteral("three-tier.pdf")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(dialog.result() == QDialog::Accepted);
}

void TestExportDialog::choicesAreKept()
{
    // After the export above: PDF, A4, the legend, the selection; the next dialog opens so.
    ExportDialog dialog(mScene.get(), QRectF(0, 0, 600, 400), {QStringLiteral("subnet-app-a")},
                        mDir.filePath(QStringLiteral("again.png")));
    QCOMPARE(dialog.format(), QStringLiteral("pdf"));
    QCOMPARE(dialog.path(), mDir.filePath(QStringLiteral("again.pdf")));
    QVERIFY(child<QCheckBox>(&dialog, "ExportLegend")->isChecked());
    QVERIFY(!child<QCheckBox>(&dialog, "ExportTitle")->isChecked());
    QCOMPARE(dialog.options().page, DiagramRenderer::Options::Page::A4);
    QCOMPARE(dialog.options().scenario, QStringLiteral("workday"));
    QVERIFY(child<QRadioButton>(&dialog, "ExportSelection")->isChecked());
    // The format asked for by the menu wins over the kept one.
    dialog.setFormat(QStringLiteral("svg"));
    QCOMPARE(dialog.path(), mDir.filePath(QStringLiteral("again.svg")));
}

void TestExportDialog::nothingSelected()
{
    // The kept choice "selection" cannot apply: the whole design, and the choice is off.
    ExportDialog dialog(mScene.get(), QRectF(0, 0, 600, 400), {}, mDir.filePath(QStringLiteral("x.png")));
    QVERIFY(!child<QRadioButton>(&dialog, "ExportSelection")->isEnabled());
    QVERIFY(child<QRadioButton>(&dialog, "ExportWhole")->isChecked());
    QVERIFY(dialog.options().selection.isEmpty() && !dialog.options().area);
    // An unwritable place: a message, the dialog stays, nothing is written.
    dialog.setPath(QStringLiteral("/proc/no-such-dir/x.svg"));
    dialog.setFormat(QStringLiteral("svg"));
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!QFile::exists(QStringLiteral("/proc/no-such-dir/x.svg")));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
