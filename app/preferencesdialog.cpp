#include "preferencesdialog.h"

#include "appearance.h"
#include "awsranges.h"
#include "flowlogformat.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
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
    mLanguage->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
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

    // What new objects start with.
    const Placement::Defaults defaults = Settings::newObjectDefaults();
    mRegion = new QComboBox(this);
    mRegion->setObjectName(QStringLiteral("defaultRegion"));
    mRegion->setEditable(true);
    mRegion->addItems(AwsRanges::regions());
    mRegion->setCurrentText(defaults.region);
    mRegion->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]{2}(-[a-z]+)+-[0-9]+")), mRegion));
    mRegion->setToolTip(tr("The region of a design's first VPC; later VPCs take the first one's"));
    mZones = new QLineEdit(defaults.zones.join(QStringLiteral(", ")), this);
    mZones->setObjectName(QStringLiteral("defaultZones"));
    mZones->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]( *, *[a-z])*,? *")), mZones));
    mZones->setToolTip(tr("The letters of the AZs new subnets spread over, after the region: \"a, b, c\" gives "
                          "us-east-1a, us-east-1b and us-east-1c; a new subnet goes to the one with the fewest"));
    mFlowLogFormat = new QComboBox(this);
    mFlowLogFormat->setObjectName(QStringLiteral("defaultFlowLogFormat"));
    mFlowLogFormat->setEditable(true);
    mFlowLogFormat->addItem(QStringLiteral("default"));
    mFlowLogFormat->addItem(QStringLiteral("${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} "
                                           "${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} "
                                           "${log-status} ${vpc-id} ${subnet-id} ${tcp-flags} ${flow-direction}"));
    mFlowLogFormat->setCurrentText(defaults.flowLogFormat);
    // The custom format offered is long: the box shows a part of it, not the dialog all of it.
    mFlowLogFormat->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mFlowLogFormat->setMinimumContentsLength(32);
    mFlowLogFormat->setToolTip(tr("The record format of a new flow log: default (AWS's version 2 fields) or "
                                  "custom fields such as ${version} ${srcaddr} ${dstaddr} ${action}"));
    mTimelineUnits = new QComboBox(this);
    mTimelineUnits->setObjectName(QStringLiteral("timelineUnits"));
    mTimelineUnits->addItem(tr("Clock time (UTC)"), QStringLiteral("utc"));
    mTimelineUnits->addItem(tr("Clock time (local)"), QStringLiteral("local"));
    mTimelineUnits->addItem(tr("Time since the first record"), QStringLiteral("elapsed"));
    mTimelineUnits->setCurrentIndex(std::max(0, mTimelineUnits->findData(Settings::timelineUnits())));
    mTimelineUnits->setToolTip(tr("How the simulation's timeline labels its time axis"));
    auto *newObjects = new QGroupBox(tr("New objects"), this);
    auto *newForm = new QFormLayout(newObjects);
    newForm->addRow(tr("&Region"), mRegion);
    newForm->addRow(tr("&Availability Zones"), mZones);
    newForm->addRow(tr("&Flow-log format"), mFlowLogFormat);
    form->addRow(tr("&Timeline"), mTimelineUnits);
    mProblem = new QLabel(this);
    mProblem->setObjectName(QStringLiteral("preferencesProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #c62828"));
    mProblem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(newObjects);
    layout->addWidget(mProblem);
    layout->addWidget(buttons);
}

QString PreferencesDialog::problem() const
{
    const QString region = mRegion->currentText().trimmed();
    if (!QRegularExpression(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$")).match(region).hasMatch())
        return tr("\"%1\" is not a region name such as us-east-1").arg(region);
    if (mZones->text().trimmed().isEmpty())
        return tr("Name at least one Availability Zone, such as a");
    QString why;
    if (!FlowLogFormat::parse(mFlowLogFormat->currentText().trimmed(), &why))
        return tr("The flow-log format cannot be used: %1").arg(why);
    return {};
}

void PreferencesDialog::accept()
{
    const QString problem = this->problem();
    mProblem->setText(problem);
    mProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return; // nothing is kept until every choice can be
    Placement::Defaults defaults;
    defaults.region = mRegion->currentText().trimmed();
    defaults.zones.clear();
    for (const QString &zone : mZones->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!zone.trimmed().isEmpty() && !defaults.zones.contains(zone.trimmed()))
            defaults.zones.append(zone.trimmed());
    defaults.flowLogFormat = mFlowLogFormat->currentText().trimmed();
    Settings::setNewObjectDefaults(defaults);
    Settings::setTimelineUnits(mTimelineUnits->currentData().toString());
    Settings::setAutosaveSeconds(mAutosave->value());
    Settings::setLanguage(mLanguage->currentData().toString());
    const QString appearance = mAppearance->currentData().toString();
    if (appearance != Settings::appearance()) {
        Settings::setAppearance(appearance);
        Appearance::apply(Appearance::fromName(appearance));
    }
    QDialog::accept();
}
