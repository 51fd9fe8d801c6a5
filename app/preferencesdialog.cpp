#include "preferencesdialog.h"

#include "settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent), mAutosave(new QSpinBox(this))
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
    auto *form = new QFormLayout;
    form->addRow(tr("Recovery copy every"), mAutosave);
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
    QDialog::accept();
}
