#include "isolatedsettings.h"
#include "preferencesdialog.h"
#include "settings.h"

#include "design.h"
#include "placement.h"
#include "timelineplot.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <qcustomplot.h>

/// Preferences as a user sets them: the language chosen with the keyboard, kept when the
/// dialog is accepted (and not when it is cancelled), and the locale whose translation the
/// next start loads.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void languageIsKeptForTheNextStart();
    void cancelKeepsNothing();
    void newObjectsStartWithTheDefaults();
    void badChoicesKeepTheDialogOpen();
    void timelineUnits_data();
    void timelineUnits();
};

void TestPreferences::languageIsKeptForTheNextStart()
{
    QCOMPARE(Settings::language(), QStringLiteral("system"));
    QCOMPARE(Settings::uiLocale(), QLocale()); // LANGUAGE, LC_ALL, LANG as the system says
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *language = dialog.languageBox();
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // English
    QTest::keyClick(language, Qt::Key_Down); // Deutsch
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(Settings::language(), QStringLiteral("de"));
    QCOMPARE(Settings::uiLocale().language(), QLocale::German);
    // The next dialog shows the choice.
    PreferencesDialog again;
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("de"));
}

void TestPreferences::cancelKeepsNothing()
{
    Settings::setLanguage(QStringLiteral("en"));
    PreferencesDialog dialog;
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("system")));
    dialog.reject();
    QCOMPARE(Settings::language(), QStringLiteral("en"));
    // A value the program does not know reads as the system's.
    QSettings().setValue(QStringLiteral("window/language"), QStringLiteral("tlh"));
    QCOMPARE(Settings::language(), QStringLiteral("system"));
}

/// Typed into the dialog as a user would: region, AZ letters and flow-log format; new VPCs,
/// subnets and flow logs then start with them.
void TestPreferences::newObjectsStartWithTheDefaults()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *region = dialog.regionBox();
    region->lineEdit()->selectAll();
    QTest::keyClicks(region->lineEdit(), QStringLiteral("eu-central-1"));
    dialog.zonesEdit()->selectAll();
    QTest::keyClicks(dialog.zonesEdit(), QStringLiteral("b, c"));
    const QString format = QStringLiteral("${version} ${srcaddr} ${dstaddr} ${action}");
    dialog.flowLogFormatBox()->lineEdit()->selectAll();
    QTest::keyClicks(dialog.flowLogFormatBox()->lineEdit(), format);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Settings::newObjectDefaults().region, QStringLiteral("eu-central-1"));
    QCOMPARE(Settings::newObjectDefaults().zones, (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(Placement::defaults().flowLogFormat, format);

    // A design's first VPC in the region; its subnets spread over b and c.
    Design design;
    ObjectPtr vpc = Placement::create(design, ObjectKind::Vpc, {});
    QVERIFY(vpc);
    QCOMPARE(static_cast<Vpc *>(vpc.get())->region, QStringLiteral("eu-central-1"));
    const QString vpcId = vpc->id;
    Object *vpcObject = vpc.get();
    QVERIFY(design.insert(nullptr, vpc));
    QStringList zones;
    for (int i = 0; i < 3; ++i) {
        const Placement::Target target = Placement::targetFor(design, ObjectKind::Subnet, {vpcId});
        ObjectPtr subnet = Placement::create(design, ObjectKind::Subnet, target);
        QVERIFY(subnet);
        zones.append(static_cast<Subnet *>(subnet.get())->az);
        QVERIFY(design.insert(vpcObject, subnet));
    }
    QCOMPARE(zones, (QStringList{QStringLiteral("eu-central-1b"), QStringLiteral("eu-central-1c"),
                                 QStringLiteral("eu-central-1b")}));
    ObjectPtr log = Placement::create(design, ObjectKind::FlowLog, {vpcId, {}, {}});
    QVERIFY(log);
    QCOMPARE(static_cast<FlowLog *>(log.get())->format, format);

    // The next start reads them back.
    Placement::setDefaults({});
    Settings::applyDefaults();
    QCOMPARE(Placement::defaults().region, QStringLiteral("eu-central-1"));
}

void TestPreferences::badChoicesKeepTheDialogOpen()
{
    const Placement::Defaults before = Settings::newObjectDefaults();
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.flowLogFormatBox()->lineEdit()->selectAll();
    QTest::keyClicks(dialog.flowLogFormatBox()->lineEdit(), QStringLiteral("${version} ${nonsense}"));
    QTest::keyClick(dialog.flowLogFormatBox(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("preferencesProblem"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("nonsense")), qPrintable(problem->text()));
    QCOMPARE(Settings::newObjectDefaults().flowLogFormat, before.flowLogFormat);
    // No AZ at all is refused too.
    dialog.flowLogFormatBox()->setCurrentText(QStringLiteral("default"));
    dialog.zonesEdit()->clear();
    QVERIFY(!dialog.problem().isEmpty());
    dialog.zonesEdit()->setText(QStringLiteral("a"));
    QCOMPARE(dialog.problem(), QString());
}

void TestPreferences::timelineUnits_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("tick"); // the label of the tick 120 s after the origin
    QTest::newRow("utc") << "utc"
                         << "capture time (UTC)"
                         << "00:02:00";
    QTest::newRow("elapsed") << "elapsed"
                             << "time since the first record"
                             << "+2:00";
}

void TestPreferences::timelineUnits()
{
    QFETCH(QString, units);
    QFETCH(QString, label);
    QFETCH(QString, tick);
    PreferencesDialog dialog;
    QComboBox *box = dialog.timelineUnitsBox();
    box->setCurrentIndex(box->findData(units));
    dialog.accept();
    QCOMPARE(Settings::timelineUnits(), units);
    TimelinePlot plot; // a new plot starts with the preference
    plot.resize(800, 300);
    plot.setRange(0, 300);
    plot.plot()->replot();
    QCOMPARE(plot.plot()->xAxis->label(), label);
    QVERIFY2(plot.plot()->xAxis->tickVectorLabels().contains(tick),
             qPrintable(plot.plot()->xAxis->tickVectorLabels().join(QLatin1Char(' '))));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
