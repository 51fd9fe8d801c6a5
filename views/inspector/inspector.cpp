#include "inspector.h"
#include "canvastheme.h"
#include "design.h"

#include "document.h"
#include "properties.h"
#include "propertycommand.h"
#include "ruletable.h"
#include "selection.h"
#include "yamlreader.h"
#include "yamltext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace {

/// A field whose text cannot be taken: a red frame, readable on light and dark palettes.
QString badStyle(const QPalette &palette)
{
    return QStringLiteral("QLineEdit { background: %1; border: 1px solid %2; }")
        .arg(CanvasTheme::badBackground(palette).name(), CanvasTheme::rejectedText(palette).name());
}

bool isTable(const PropertyDef &def)
{
    return def.type == PropertyType::Routes || def.type == PropertyType::NaclRules ||
           def.type == PropertyType::SgRules || def.type == PropertyType::OptionalSgRules;
}

} // namespace

Inspector::Inspector(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), mDocument(document), mSelection(selection), mTitle(new QLabel(this)), mFormHost(nullptr),
      mForm(nullptr)
{
    setObjectName(QStringLiteral("Inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    mTitle->setWordWrap(true);
    QFont f = mTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    mTitle->setFont(f);
    layout->addWidget(mTitle);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll);
    mFormHost = new QWidget;
    scroll->setWidget(mFormHost);

    setFocusPolicy(Qt::ClickFocus);
    qApp->installEventFilter(this);
    connect(selection, &Selection::changed, this, &Inspector::rebuild);
    connect(document, &Document::designReset, this, &Inspector::rebuild);
    connect(document, &Document::propertyChanged, this, [this](const QString &id, const QString &key) {
        if (id == mId)
            showValue(key);
    });
    connect(document, &Document::designTextChanged, this, [this] {
        if (mId.isEmpty())
            refresh();
    });
    connect(document, &Document::objectRenamed, this, [this](const QString &oldId, const QString &newId) {
        if (oldId == mId) {
            mId = newId;
            refresh();
        }
    });
    rebuild();
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus == this || !isAncestorOf(focus) || watched != focus)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeyCombination pressed = key->keyCombination();
    const bool undoRedo = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                          pressed == QKeyCombination(Qt::CTRL | Qt::Key_Y) ||
                          pressed == QKeyCombination(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!undoRedo)
        return QWidget::eventFilter(watched, event);
    // A field whose text cannot be taken: the first Ctrl+Z puts back the design's value
    // (the design's undo would undo something else).
    if (auto *edit = qobject_cast<QLineEdit *>(focus); edit && !edit->styleSheet().isEmpty()) {
        for (auto it = mEditors.constBegin(); it != mEditors.constEnd(); ++it)
            if (it.value() == edit) {
                edit->setStyleSheet(QString());
                showValue(it.key());
                mProblems.value(it.key())->hide();
            }
        event->accept(); // the field takes the key, with nothing left to undo
        return true;
    }
    // Leaving the field commits it (editingFinished); then the window's Undo or Redo
    // shortcut takes the key, because the field does not claim it.
    setFocus(Qt::OtherFocusReason);
    event->ignore();
    return true;
}

void Inspector::rebuild()
{
    // The same object (a rename of it, or the selection set again): the fields stay, with
    // their values refreshed; one of them may be the one being edited.
    const QStringList selected = mSelection->ids();
    if (selected.size() == 1 && selected.first() == mId && !mId.isEmpty() && !mEditors.isEmpty() &&
        mDocument->find(mId)) {
        refresh();
        return;
    }
    mEditors.clear();
    mProblems.clear();
    delete mFormHost->layout();
    // Later: a field may be the one whose signal brought us here. Silenced first: hiding
    // a focused field would otherwise commit it to the object shown next.
    for (QWidget *w : mFormHost->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        for (QObject *child : w->findChildren<QObject *>())
            child->blockSignals(true);
        w->blockSignals(true);
        w->hide();
        w->setParent(nullptr);
        w->deleteLater();
    }
    mForm = new QFormLayout(mFormHost);
    mForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QStringList ids = mSelection->ids();
    mId = ids.size() == 1 ? ids.first() : QString();
    const Object *o = mId.isEmpty() ? nullptr : mDocument->find(mId);
    if (ids.size() > 1) {
        mTitle->setText(tr("%n objects selected", nullptr, int(ids.size())));
        mForm->addRow(new QLabel(ids.join(QStringLiteral(", ")), mFormHost));
        return;
    }
    if (!o) {
        mId.clear();
        designForm();
        return;
    }
    mTitle->setText(tr("%1 %2").arg(kindName(o->kind), o->id));
    for (const PropertyDef &def : propertiesOf(o->kind)) {
        QWidget *editor = makeEditor(def);
        mEditors.insert(QLatin1String(def.key), editor);
        auto *problem = new QLabel(mFormHost);
        problem->setStyleSheet(QStringLiteral("color: %1").arg(CanvasTheme::rejectedText(palette()).name()));
        problem->setWordWrap(true);
        problem->hide();
        mProblems.insert(QLatin1String(def.key), problem);
        auto *cell = new QWidget(mFormHost);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        editor->setParent(cell);
        v->addWidget(editor);
        v->addWidget(problem);
        QString label = QLatin1String(def.key);
        if (def.required)
            label += QLatin1Char('*');
        if (isTable(def)) {
            mForm->addRow(new QLabel(label, mFormHost));
            mForm->addRow(cell);
        } else {
            mForm->addRow(label, cell);
        }
        showValue(QLatin1String(def.key));
    }
}

void Inspector::designForm()
{
    mTitle->setText(tr("The design"));
    auto *name = new QLineEdit(mDocument->design().name, mFormHost);
    name->setObjectName(QStringLiteral("name"));
    auto *description = new QPlainTextEdit(mDocument->design().description, mFormHost);
    description->setObjectName(QStringLiteral("description"));
    mEditors.insert(QStringLiteral("name"), name);
    mEditors.insert(QStringLiteral("description"), description);
    mForm->addRow(tr("name"), name);
    mForm->addRow(tr("description"), description);
    const auto commitText = [this, name, description] {
        const Design &d = mDocument->design();
        if (name->text() != d.name || description->toPlainText() != d.description)
            mDocument->undoStack()->push(
                new ChangeDesignTextCommand(mDocument, name->text(), description->toPlainText()));
    };
    connect(name, &QLineEdit::editingFinished, this, commitText);
    connect(description, &QPlainTextEdit::textChanged, this, commitText);
}

void Inspector::refresh()
{
    if (mId.isEmpty()) {
        if (auto *name = qobject_cast<QLineEdit *>(mEditors.value(QStringLiteral("name"))))
            if (!name->hasFocus())
                name->setText(mDocument->design().name);
        if (auto *d = qobject_cast<QPlainTextEdit *>(mEditors.value(QStringLiteral("description"))))
            if (!d->hasFocus() && d->toPlainText() != mDocument->design().description)
                d->setPlainText(mDocument->design().description);
        return;
    }
    for (auto it = mEditors.constBegin(); it != mEditors.constEnd(); ++it)
        showValue(it.key());
    if (const Object *o = mDocument->find(mId))
        mTitle->setText(tr("%1 %2").arg(kindName(o->kind), o->id));
}

QStringList Inspector::candidates(const PropertyDef &def) const
{
    // Ids of the kinds a reference may name: in the object's VPC when that is where
    // they must be; flow ends are instances anywhere.
    QStringList ids;
    const Object *o = mDocument->find(mId);
    const Vpc *vpc = o ? mDocument->design().vpcOf(*o) : nullptr;
    mDocument->design().forEachObject([&](Object &c) {
        if (!(def.refKinds & kindBit(c.kind)) || c.id == mId)
            return;
        if (vpc && c.kind != ObjectKind::Vpc && c.kind != ObjectKind::PeeringConnection &&
            mDocument->design().vpcOf(c) != vpc)
            return;
        ids.append(c.id);
    });
    return ids;
}

QWidget *Inspector::makeEditor(const PropertyDef &def)
{
    const QString key = QLatin1String(def.key);
    if (isTable(def))
        return new RuleTable(mDocument, mId, def, mFormHost);
    switch (def.type) {
    case PropertyType::Bool: {
        auto *box = new QCheckBox(mFormHost);
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { commit(key, on); });
        return box;
    }
    case PropertyType::Enum:
    case PropertyType::Ref:
    case PropertyType::Protocol:
    case PropertyType::FlowEndpoint:
        return choiceEditor(def);
    case PropertyType::SpaceList:
        return spaceEditor(def);
    case PropertyType::Mapping: {
        auto *text = new QPlainTextEdit(mFormHost);
        text->setPlaceholderText(tr("a YAML mapping, such as Statement: [...]"));
        text->setMaximumHeight(140);
        connect(text, &QPlainTextEdit::textChanged, this, [this, key, text] {
            QString why;
            const auto value = YamlReading::parseMapping(text->toPlainText(), &why);
            mProblems.value(key)->setVisible(!value);
            mProblems.value(key)->setText(why);
            if (value)
                commit(key, QVariant::fromValue(*value));
        });
        return text;
    }
    default:
        return lineEditor(def);
    }
}

QWidget *Inspector::lineEditor(const PropertyDef &def)
{
    const QString key = QLatin1String(def.key);
    auto *edit = new QLineEdit(mFormHost);
    // As the user types: marked and explained, nothing committed.
    connect(edit, &QLineEdit::textEdited, this, [this, key, edit] {
        const Object *o = mDocument->find(mId);
        const PropertyDef *d = o ? findProperty(o->kind, QStringView(key)) : nullptr;
        if (!d)
            return;
        QString why;
        const bool ok = propertyFromText(*d, edit->text(), &why).has_value();
        edit->setStyleSheet(ok ? QString() : badStyle(palette()));
        mProblems.value(key)->setText(why);
        mProblems.value(key)->setVisible(!ok);
    });
    // On Enter or leaving the field: committed when good.
    connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
        const Object *o = mDocument->find(mId);
        const PropertyDef *d = o ? findProperty(o->kind, QStringView(key)) : nullptr;
        if (!d)
            return;
        QString why;
        const auto value = propertyFromText(*d, edit->text(), &why);
        if (!value)
            return;
        if (d->type == PropertyType::Id && *value != QVariant(mId) && mDocument->find(value->toString())) {
            edit->setStyleSheet(badStyle(palette()));
            mProblems.value(key)->setText(tr("the id %1 is taken").arg(value->toString()));
            mProblems.value(key)->show();
            return;
        }
        commit(key, *value);
    });
    return edit;
}

QWidget *Inspector::spaceEditor(const PropertyDef &def)
{
    auto *edit = static_cast<QLineEdit *>(lineEditor(def));
    edit->setPlaceholderText(tr("internet, a CIDR block, service:NAME or ids, separated by commas"));
    QAction *pick =
        edit->addAction(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_ArrowDown)),
                        QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("pick-") + QLatin1String(def.key));
    pick->setToolTip(tr("Add a space: the internet, an AWS service, or a VPC, subnet, security group, instance, NAT "
                        "gateway or endpoint of the design"));
    connect(pick, &QAction::triggered, this, [this, edit, key = QLatin1String(def.key)] { pickSpace(edit, key); });
    return edit;
}

void Inspector::pickSpace(QLineEdit *edit, const QString &key)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("SpaceMenu"));
    const auto append = [this, edit, key](const QString &space) {
        const Object *o = mDocument->find(mId);
        const PropertyDef *d = o ? findProperty(o->kind, QStringView(key)) : nullptr;
        if (!d)
            return;
        QStringList spaces = d->get(*o).toStringList();
        if (spaces.contains(space))
            return;
        spaces.append(space);
        commit(key, QVariant(spaces));
        edit->setText(propertyText(*d, QVariant(spaces)));
    };
    menu.addAction(tr("The Internet"), this, [append] { append(QStringLiteral("internet")); })
        ->setObjectName(QStringLiteral("space-internet"));
    QMenu *services = menu.addMenu(tr("AWS Services"));
    QStringList names{QStringLiteral("s3"), QStringLiteral("dynamodb")};
    for (const Vpc *v : mDocument->design().vpcs())
        for (const Endpoint *e : v->endpointList())
            if (const QString n = e->service.section(QLatin1Char('.'), -1); !names.contains(n))
                names.append(n);
    for (const QString &n : std::as_const(names)) {
        const QString space = QStringLiteral("service:") + n;
        services->addAction(space, this, [append, space] { append(space); })
            ->setObjectName(QStringLiteral("space-") + space);
    }
    menu.addSeparator();
    for (const ObjectKind kind : {ObjectKind::Vpc, ObjectKind::Subnet, ObjectKind::SecurityGroup, ObjectKind::Instance,
                                  ObjectKind::NatGateway, ObjectKind::Endpoint}) {
        QStringList ids;
        mDocument->design().forEachObject([&](Object &o) {
            if (o.kind == kind)
                ids.append(o.id);
        });
        if (ids.isEmpty())
            continue;
        QString title = kindName(kind);
        title[0] = title[0].toUpper();
        QMenu *sub = menu.addMenu(title);
        for (const QString &id : std::as_const(ids))
            sub->addAction(id, this, [append, id] { append(id); })->setObjectName(QStringLiteral("space-") + id);
    }
    menu.exec(edit->mapToGlobal(QPoint(edit->width(), edit->height())));
}

QWidget *Inspector::choiceEditor(const PropertyDef &def)
{
    const QString key = QLatin1String(def.key);
    auto *combo = new QComboBox(mFormHost);
    if (def.type == PropertyType::Enum) {
        for (const char *v : def.enumValues)
            combo->addItem(QLatin1String(v));
    } else if (def.type == PropertyType::Protocol) {
        combo->setEditable(true);
        combo->addItems({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("icmpv6"),
                         QStringLiteral("all")});
    } else {
        combo->setEditable(true);
        if (!def.required)
            combo->addItem(QString());
        combo->addItems(candidates(def));
    }
    const auto take = [this, key, combo] {
        const Object *o = mDocument->find(mId);
        const PropertyDef *d = o ? findProperty(o->kind, QStringView(key)) : nullptr;
        if (!d)
            return;
        QString why;
        const auto value = propertyFromText(*d, combo->currentText(), &why);
        mProblems.value(key)->setText(why);
        mProblems.value(key)->setVisible(!value);
        if (value)
            commit(key, *value);
    };
    connect(combo, &QComboBox::activated, this, take);
    if (combo->lineEdit())
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, take);
    return combo;
}

void Inspector::showValue(const QString &key)
{
    const Object *o = mDocument->find(mId);
    QWidget *editor = mEditors.value(key);
    if (!o || !editor)
        return;
    const PropertyDef *def = findProperty(o->kind, QStringView(key));
    if (!def)
        return;
    const QVariant value = def->get(*o);
    const QSignalBlocker block(editor);
    if (auto *table = qobject_cast<RuleTable *>(editor)) {
        table->refresh();
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = propertyText(*def, value);
        if (combo->findText(text) < 0)
            combo->addItem(text);
        combo->setCurrentText(text);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (!edit->hasFocus() || edit->styleSheet().isEmpty()) {
            edit->setText(propertyText(*def, value));
            edit->setStyleSheet(QString());
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (!text->hasFocus()) {
            const YamlValue v = value.value<YamlValue>();
            text->setPlainText(v.isNull() ? QString() : YamlText::valueText(v));
        }
    }
    if (QLabel *problem = mProblems.value(key); problem && !qobject_cast<QLineEdit *>(editor))
        problem->hide();
}

void Inspector::commit(const QString &key, const QVariant &value)
{
    const Object *o = mDocument->find(mId);
    const PropertyDef *def = o ? findProperty(o->kind, QStringView(key)) : nullptr;
    if (!def || def->get(*o) == value)
        return;
    mProblems.value(key)->hide();
    mDocument->undoStack()->push(new ChangePropertyCommand(mDocument, mId, key, value));
}
