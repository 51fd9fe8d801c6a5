#pragma once

#include <QHash>
#include <QWidget>

class Document;
class QLineEdit;
class QFormLayout;
class QLabel;
class QScrollArea;
class RuleTable;
class Selection;
struct PropertyDef;

/// Edits every property of the selected object: a field per property, checked as it is
/// typed (a bad CIDR is marked and explained before anything is committed), tables for
/// routes and rules. With nothing selected it edits the design's name and description.
/// Every commit is one undoable command.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    Inspector(Document *document, Selection *selection, QWidget *parent = nullptr);

    /// The editor of a property of the shown object (tests drive it like a user).
    QWidget *editor(const QString &key) const { return mEditors.value(key, nullptr); }
    QString shownId() const { return mId; }

protected:
    /// Ctrl+Z (or Redo) in one of its fields commits the field and goes to the design's
    /// undo stack, as in Qt Creator: the field's own undo would hide the design's.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void refresh();
    QWidget *makeEditor(const PropertyDef &def);
    QWidget *lineEditor(const PropertyDef &def);
    /// An intent's spaces: typed as a list, or picked one at a time from a menu.
    QWidget *spaceEditor(const PropertyDef &def);
    void pickSpace(QLineEdit *edit, const QString &key);
    QWidget *choiceEditor(const PropertyDef &def);
    QStringList candidates(const PropertyDef &def) const;
    void showValue(const QString &key);
    void commit(const QString &key, const QVariant &value);
    void designForm();

    Document *mDocument;
    Selection *mSelection;
    QString mId;
    QLabel *mTitle;
    QWidget *mFormHost;
    QFormLayout *mForm;
    QHash<QString, QWidget *> mEditors;
    QHash<QString, QLabel *> mProblems;
};
