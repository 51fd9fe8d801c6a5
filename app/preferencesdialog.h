#pragma once

#include <QDialog>

class QSpinBox;

/// Preferences: how often unsaved work is copied for recovery (0: never). Kept in the
/// settings when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QSpinBox *autosaveBox() const { return mAutosave; }
    void accept() override;

private:
    QSpinBox *mAutosave;
};
