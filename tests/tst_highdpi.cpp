#include "document.h"
#include "icons.h"
#include "isolatedsettings.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QTest>

/// At a scale factor of 2 (set before the application starts, as a user's desktop
/// does): the window fits the screen on a first start and after a start on a bigger
/// screen, and icons are drawn at the screen's pixels, not scaled up.
class TestHighDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstStartFitsTheScreen();
    void savedGeometryFromABiggerScreenFits();
    void iconsAreSharp_data();
    void iconsAreSharp();
};

void TestHighDpi::initTestCase()
{
    isolateSettings();
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
}

void TestHighDpi::firstStartFitsTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(available.contains(window.frameGeometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                        .arg(window.frameGeometry().width())
                                                                        .arg(window.frameGeometry().height())
                                                                        .arg(available.width())
                                                                        .arg(available.height())));
    QVERIFY(window.minimumSizeHint().width() <= available.width());
    QVERIFY(window.minimumSizeHint().height() <= available.height());
}

void TestHighDpi::savedGeometryFromABiggerScreenFits()
{
    {
        Document document;
        MainWindow window(&document);
        window.show();
        window.setGeometry(100, 100, 1440, 900); // as a big screen had it
        QVERIFY(window.close());
    }
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(available.contains(window.frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6")
                                                                        .arg(window.frameGeometry().x())
                                                                        .arg(window.frameGeometry().y())
                                                                        .arg(window.frameGeometry().width())
                                                                        .arg(window.frameGeometry().height())
                                                                        .arg(available.width())
                                                                        .arg(available.height())));
}

void TestHighDpi::iconsAreSharp_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("action") << "action"
                            << "save";
    QTest::newRow("object") << "object"
                            << "vpc";
}

void TestHighDpi::iconsAreSharp()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    const QIcon icon = kind == QLatin1String("action") ? Icons::actionIcon(name) : Icons::icon(name);
    const QPixmap pm = icon.pixmap(QSize(20, 20), qApp->devicePixelRatio());
    QCOMPARE(pm.size(), QSize(40, 40)); // device pixels: drawn for them
    QCOMPARE(pm.devicePixelRatio(), 2.0);
    // Drawn, not blank.
    const QImage image = pm.toImage();
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 128;
    QVERIFY(opaque > 40);
}

int main(int argc, char **argv)
{
    // A laptop's screen at 200 %: 683x384 points.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" VPC_TEST_DATA "/offscreen/laptop.json");
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestHighDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_highdpi.moc"
