#include "isolatedsettings.h"
#include "preferencesdialog.h"
#include "settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

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

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
