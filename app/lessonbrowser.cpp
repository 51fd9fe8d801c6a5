#include "lessonbrowser.h"

#include "library.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

LessonBrowser::LessonBrowser(QWidget *parent) : QDialog(parent), mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("LessonBrowser"));
    setWindowTitle(tr("Lessons and Challenges"));
    resize(760, 480);
    mTree->setObjectName(QStringLiteral("LessonTree"));
    mTree->setColumnCount(4);
    mTree->setHeaderLabels({tr("Lesson"), tr("Kind"), tr("Facts"), tr("Progress")});
    mTree->setRootIsDecorated(true);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        mTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Topics in the order a learner takes them; in each, lessons before challenges.
    QHash<QString, QTreeWidgetItem *> topics;
    for (const QString &topic : Study::topics()) {
        auto *item = new QTreeWidgetItem(mTree, {Study::topicName(topic)});
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        topics.insert(topic, item);
    }
    for (int pass = 0; pass < 2; ++pass)
        for (const QString &id : Study::bundledIds()) {
            QString why;
            const auto l = Study::load(id, &why);
            if (!l || l->lesson.isChallenge() != (pass == 1))
                continue;
            const int score = Settings::lessonScore(id);
            const QString progress = score < 0                  ? QString()
                                     : !l->lesson.isChallenge() ? (score >= 100 ? tr("done") : tr("started"))
                                     : score >= 100             ? tr("solved")
                                                                : tr("%1%").arg(score);
            auto *item = new QTreeWidgetItem(topics.value(l->lesson.topic),
                                             {l->lesson.title, l->lesson.isChallenge() ? tr("challenge") : tr("lesson"),
                                              l->lesson.covers.join(QStringLiteral(", ")), progress});
            item->setData(0, Qt::UserRole, id);
            item->setToolTip(0, l->lesson.summary);
        }
    mTree->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mOpen = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    mOpen->setObjectName(QStringLiteral("OpenLesson"));
    mOpen->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mOpen, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty()) {
            Q_EMIT openRequested(currentId());
            accept();
        }
    });
    connect(mTree, &QTreeWidget::currentItemChanged, this, [this] { mOpen->setEnabled(!currentId().isEmpty()); });
    connect(mTree, &QTreeWidget::itemActivated, this, [this] { mOpen->click(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTree);
    layout->addWidget(buttons);
}

QString LessonBrowser::currentId() const
{
    const QTreeWidgetItem *item = mTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}
