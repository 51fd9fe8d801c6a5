#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

/// Preferences: how often unsaved work is copied for recovery (0: never), the appearance
/// (the desktop's colours, light or dark) and the language (the system's, English, German;
/// from the next start). Kept in the settings when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QSpinBox *autosaveBox() const { return mAutosave; }
    QComboBox *appearanceBox() const { return mAppearance; }
    QComboBox *languageBox() const { return mLanguage; }
    void accept() override;

private:
    QSpinBox *mAutosave;
    QComboBox *mAppearance;
    QComboBox *mLanguage;
};
