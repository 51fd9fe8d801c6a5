#pragma once

#include <QFrame>

class QPushButton;

/// What an empty canvas says: how to start (drag a VPC from the palette, or click it),
/// with buttons for a first VPC, a bundled example and an existing design.
class EmptyCanvasHint : public QFrame
{
    Q_OBJECT

public:
    explicit EmptyCanvasHint(QWidget *parent = nullptr);

    QPushButton *addVpcButton() const { return mAddVpc; }
    QPushButton *exampleButton() const { return mExample; }
    QPushButton *openButton() const { return mOpen; }

Q_SIGNALS:
    void addVpcRequested();
    void exampleRequested();
    void openRequested();
    void lessonsRequested();

private:
    QPushButton *mAddVpc;
    QPushButton *mExample;
    QPushButton *mLessons;
    QPushButton *mOpen;
};
