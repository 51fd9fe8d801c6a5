#include "emptycanvashint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyCanvasHint::EmptyCanvasHint(QWidget *parent)
    : QFrame(parent), mAddVpc(new QPushButton(tr("Add a VPC"), this)),
      mExample(new QPushButton(tr("Open an example"), this)), mLessons(new QPushButton(tr("Lessons…"), this)),
      mOpen(new QPushButton(tr("Open a design…"), this))
{
    setObjectName(QStringLiteral("EmptyCanvasHint"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *title = new QLabel(tr("<b>An empty design</b>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *text =
        new QLabel(tr("Drag a VPC from the palette onto the canvas, or click it there; then add subnets, "
                      "instances and gateways the same way. Or start from an example, or learn with a lesson."),
                   this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMinimumWidth(320);
    mAddVpc->setToolTip(tr("A VPC with the next free /16"));
    mExample->setToolTip(tr("A bundled design to look at and change"));
    mOpen->setToolTip(tr("A design file of your own"));
    mLessons->setToolTip(tr("Lessons that show how AWS networking works, and challenges the designer grades"));
    mLessons->setObjectName(QStringLiteral("HintLessons"));
    mAddVpc->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *b : {mAddVpc, mExample, mLessons, mOpen})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    connect(mAddVpc, &QPushButton::clicked, this, &EmptyCanvasHint::addVpcRequested);
    connect(mExample, &QPushButton::clicked, this, &EmptyCanvasHint::exampleRequested);
    connect(mOpen, &QPushButton::clicked, this, &EmptyCanvasHint::openRequested);
    connect(mLessons, &QPushButton::clicked, this, &EmptyCanvasHint::lessonsRequested);
}
