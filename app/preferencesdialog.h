#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Preferences: how often unsaved work is copied for recovery (0: never), the appearance
/// (the desktop's colours, light or dark), the language (the system's, English, German,
/// Japanese; from the next start), what new objects start with (the region of a design's
/// first VPC, the AZs new subnets spread over, a new flow log's format) and how the
/// timeline labels time. Kept in the settings when accepted; a format that does not parse
/// keeps the dialog open with the reason.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QSpinBox *autosaveBox() const { return mAutosave; }
    QComboBox *appearanceBox() const { return mAppearance; }
    QComboBox *languageBox() const { return mLanguage; }
    QComboBox *regionBox() const { return mRegion; }
    QLineEdit *zonesEdit() const { return mZones; }
    QComboBox *flowLogFormatBox() const { return mFlowLogFormat; }
    QComboBox *timelineUnitsBox() const { return mTimelineUnits; }
    /// Why the choices cannot be kept (empty when they can), as shown under them.
    QString problem() const;
    void accept() override;

private:
    QSpinBox *mAutosave;
    QComboBox *mAppearance;
    QComboBox *mLanguage;
    QComboBox *mRegion;
    QLineEdit *mZones;
    QComboBox *mFlowLogFormat;
    QComboBox *mTimelineUnits;
    QLabel *mProblem;
};
