#include "findbar.h"
#include "canvastheme.h"

#include "document.h"
#include "selection.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

FindBar::FindBar(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), mDocument(document), mSelection(selection), mField(new QLineEdit(this)),
      mCount(new QLabel(this)), mPrevious(new QToolButton(this)), mNext(new QToolButton(this))
{
    setObjectName(QStringLiteral("FindBar"));
    mField->setObjectName(QStringLiteral("FindField"));
    mField->setPlaceholderText(tr("Find by id, name, CIDR or IP address"));
    mField->setToolTip(tr("An address finds the instance, subnet and VPC that hold it; Enter: next, "
                          "Shift+Enter: previous, Escape: close"));
    mField->setClearButtonEnabled(true);
    mField->installEventFilter(this);
    mPrevious->setArrowType(Qt::UpArrow);
    mPrevious->setToolTip(tr("Previous result (Shift+Enter)"));
    mNext->setArrowType(Qt::DownArrow);
    mNext->setToolTip(tr("Next result (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(mField, 1);
    layout->addWidget(mCount);
    layout->addWidget(mPrevious);
    layout->addWidget(mNext);
    layout->addWidget(close);
    connect(mField, &QLineEdit::textChanged, this, &FindBar::search);
    connect(mPrevious, &QToolButton::clicked, this, &FindBar::previous);
    connect(mNext, &QToolButton::clicked, this, &FindBar::next);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    // Results follow the design: an edit may add or remove what was found. Counted again
    // once the edit is done (a removal sends a signal per object), without moving the
    // selection.
    connect(document, &Document::designReset, this, [this] { search(); });
    connect(document, &Document::objectRemoved, this, [this] {
        if (isVisible() && !mRefreshQueued) {
            mRefreshQueued = true;
            QTimer::singleShot(0, this, [this] {
                mRefreshQueued = false;
                refresh();
            });
        }
    });
    search();
}

void FindBar::activate()
{
    setVisible(true);
    mField->setFocus(Qt::ShortcutFocusReason);
    mField->selectAll();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mField && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::refresh()
{
    const QString current = mCurrent >= 0 && mCurrent < mResults.size() ? mResults[mCurrent].id : QString();
    mResults = DesignSearch::find(mDocument->design(), mField->text());
    mCurrent = -1;
    for (int i = 0; i < mResults.size(); ++i)
        if (mResults[i].id == current)
            mCurrent = i;
    showCount();
}

void FindBar::search()
{
    mResults = DesignSearch::find(mDocument->design(), mField->text());
    mCurrent = -1;
    if (!mResults.isEmpty() && isVisible())
        show(0);
    else
        show(-1);
}

void FindBar::show(int index)
{
    mCurrent = index;
    showCount();
    if (index >= 0 && index < mResults.size())
        mSelection->set({mResults[index].id}, true);
}

void FindBar::showCount()
{
    const int index = mCurrent;
    const bool any = !mResults.isEmpty();
    mPrevious->setEnabled(mResults.size() > 1);
    mNext->setEnabled(mResults.size() > 1);
    if (mField->text().trimmed().isEmpty())
        mCount->clear();
    else if (!any)
        mCount->setText(tr("not found"));
    else
        mCount->setText(tr("%1 of %2").arg(std::max(index, 0) + 1).arg(mResults.size()));
    if (index >= 0 && index < mResults.size())
        mCount->setToolTip(mResults[index].reason);
    // Without a result the text turns red.
    QPalette p = mField->palette();
    p.setColor(QPalette::Text, any || mField->text().isEmpty() ? palette().color(QPalette::Text)
                                                               : CanvasTheme::rejectedText(palette()));
    mField->setPalette(p);
}

void FindBar::next()
{
    if (mResults.isEmpty())
        return;
    show((mCurrent + 1) % int(mResults.size()));
}

void FindBar::previous()
{
    if (mResults.isEmpty())
        return;
    show((mCurrent - 1 + int(mResults.size())) % int(mResults.size()));
}
