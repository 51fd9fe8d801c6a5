#pragma once

#include <QDialog>

class QTreeWidget;
class QPushButton;

/// Help > Lessons and Challenges: the bundled lessons by topic, with the facts each
/// covers and the learner's progress; Open (or a double click) asks for one.
class LessonBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit LessonBrowser(QWidget *parent = nullptr);
    QTreeWidget *tree() const { return mTree; }
    /// The id of the chosen lesson, or empty.
    QString currentId() const;

Q_SIGNALS:
    void openRequested(const QString &id);

private:
    QTreeWidget *mTree;
    QPushButton *mOpen;
};
