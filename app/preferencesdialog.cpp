#include "preferencesdialog.h"

#include "appearance.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), mAutosave(new QSpinBox(this)), mAppearance(new QComboBox(this)), mLanguage(new QComboBox(this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    mAutosave->setObjectName(QStringLiteral("autosaveInterval"));
    mAutosave->setRange(0, 3600);
    mAutosave->setSingleStep(10);
    mAutosave->setSuffix(tr(" s"));
    mAutosave->setSpecialValueText(tr("never"));
    mAutosave->setValue(Settings::autosaveSeconds());
    mAutosave->setToolTip(tr("Unsaved work is copied this often; after a crash the next start offers the copy"));
    mAppearance->setObjectName(QStringLiteral("appearance"));
    mAppearance->addItem(tr("As the desktop"), QStringLiteral("system"));
    mAppearance->addItem(tr("Light"), QStringLiteral("light"));
    mAppearance->addItem(tr("Dark"), QStringLiteral("dark"));
    mAppearance->setCurrentIndex(std::max(0, mAppearance->findData(Settings::appearance())));
    mAppearance->setToolTip(tr("The colours of the window, the canvas and the plots"));
    mLanguage->setObjectName(QStringLiteral("language"));
    mLanguage->addItem(tr("As the system"), QStringLiteral("system"));
    // Each language in its own words, so that it can be found whatever is shown now.
    mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    mLanguage->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    mLanguage->setCurrentIndex(std::max(0, mLanguage->findData(Settings::language())));
    mLanguage->setToolTip(tr("The language of the window and of the command line's messages; "
                             "as the system: what LANGUAGE or LANG says"));
    auto *form = new QFormLayout;
    form->addRow(tr("Recovery copy every"), mAutosave);
    form->addRow(tr("Colours"), mAppearance);
    form->addRow(tr("&Language"), mLanguage);
    auto *restart = new QLabel(tr("A new language applies when VPC Designer starts again."), this);
    restart->setObjectName(QStringLiteral("languageNote"));
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    auto *note = new QLabel(tr("At most this much work can be lost if the program or the computer stops."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    Settings::setAutosaveSeconds(mAutosave->value());
    Settings::setLanguage(mLanguage->currentData().toString());
    const QString appearance = mAppearance->currentData().toString();
    if (appearance != Settings::appearance()) {
        Settings::setAppearance(appearance);
        Appearance::apply(Appearance::fromName(appearance));
    }
    QDialog::accept();
}
