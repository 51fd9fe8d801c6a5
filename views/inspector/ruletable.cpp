#include "ruletable.h"
#include "canvastheme.h"

#include "document.h"
#include "propertycommand.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString portsText(const PortRange &p)
{
    return p.isAll() ? QString() : p.toString();
}

bool parsePorts(const QString &text, PortRange &out, QString &why)
{
    if (text.trimmed().isEmpty() || text.trimmed() == QLatin1String("all")) {
        out = PortRange::all();
        return true;
    }
    const auto r = PortRange::parse(text.trimmed().toStdString(), &why);
    if (r)
        out = *r;
    return r.has_value();
}

bool parseProtocol(const QString &text, Protocol &out, QString &why)
{
    const auto p = Protocol::parse(text.trimmed().toStdString());
    if (!p)
        why = RuleTable::tr("a protocol is tcp, udp, icmp, icmpv6, all or 0 to 255");
    else
        out = *p;
    return p.has_value();
}

bool parseCidr(const QString &text, Cidr &out, QString &why)
{
    const auto c = Cidr::parse(QStringView(text.trimmed()), &why);
    if (c)
        out = *c;
    return c.has_value();
}

} // namespace

RuleTable::RuleTable(Document *document, const QString &objectId, const PropertyDef &def, QWidget *parent)
    : QWidget(parent), mDocument(document), mId(objectId), mDef(def),
      mRow(def.type == PropertyType::Routes      ? Row::Route
           : def.type == PropertyType::NaclRules ? Row::Nacl
                                                 : Row::Sg),
      mIngress(qstrcmp(def.key, "ingress") == 0), mTable(new QTableWidget(this)), mProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("RuleTable-%1").arg(QLatin1String(def.key)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (def.type == PropertyType::OptionalSgRules) {
        mDefault = new QCheckBox(tr("AWS's default: allow all traffic out"), this);
        layout->addWidget(mDefault);
        connect(mDefault, &QCheckBox::toggled, this, [this](bool on) {
            mTable->setEnabled(!on);
            if (!mLoading)
                commit();
        });
    }
    mTable->setColumnCount(int(headers().size()));
    mTable->setHorizontalHeaderLabels(headers());
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setMinimumHeight(120);
    layout->addWidget(mTable);
    mProblem->setStyleSheet(QStringLiteral("color: %1").arg(CanvasTheme::rejectedText(palette()).name()));
    mProblem->setWordWrap(true);
    mProblem->hide();
    layout->addWidget(mProblem);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("add"));
    remove->setObjectName(QStringLiteral("remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RuleTable::addRow);
    connect(remove, &QPushButton::clicked, this, &RuleTable::removeSelectedRows);
    connect(mTable, &QTableWidget::cellChanged, this, &RuleTable::cellEdited);
    refresh();
}

QStringList RuleTable::headers() const
{
    const QString peer = mIngress ? tr("Source") : tr("Destination");
    switch (mRow) {
    case Row::Route:
        return {tr("Destination"), tr("Target")};
    case Row::Nacl:
        return {tr("Rule"), tr("Protocol"), tr("Ports"), peer, tr("Action")};
    case Row::Sg:
        return {tr("Protocol"), tr("Ports"), peer};
    }
    return {};
}

QStringList RuleTable::rowOf(int index, const QVariant &value) const
{
    switch (mRow) {
    case Row::Route: {
        const Route &r = value.value<RouteList>().at(index);
        return {r.destinationText(), r.target};
    }
    case Row::Nacl: {
        const NaclRule &r = value.value<NaclRuleList>().at(index);
        return {QString::number(r.number), r.protocol.toString(), portsText(r.ports), r.cidr.toString(),
                r.allow ? QStringLiteral("allow") : QStringLiteral("deny")};
    }
    case Row::Sg: {
        const SgRule &r = value.value<SgRuleList>().at(index);
        return {r.protocol.toString(), portsText(r.ports), r.peerText()};
    }
    }
    return {};
}

QStringList RuleTable::defaultRow() const
{
    switch (mRow) {
    case Row::Route: {
        // The VPC's way out, when it has one: the usual first route.
        QString target;
        if (const Object *o = mDocument->find(mId))
            if (const Vpc *vpc = mDocument->design().vpcOf(*o)) {
                if (const Gateway *igw = vpc->internetGateway())
                    target = igw->id;
                else if (!vpc->natGateways.empty())
                    target = vpc->natGateways.front()->id;
            }
        return {QStringLiteral("0.0.0.0/0"), target};
    }
    case Row::Nacl: {
        int next = 100;
        for (int r = 0; r < mTable->rowCount(); ++r)
            next = std::max(next, mTable->item(r, 0)->text().toInt() + 10);
        return {QString::number(next), QStringLiteral("tcp"), QStringLiteral("443"), QStringLiteral("0.0.0.0/0"),
                QStringLiteral("allow")};
    }
    case Row::Sg:
        return {QStringLiteral("tcp"), QStringLiteral("443"), QStringLiteral("0.0.0.0/0")};
    }
    return {};
}

void RuleTable::refresh()
{
    const Object *o = mDocument->find(mId);
    if (!o)
        return;
    mLoading = true;
    const QVariant value = mDef.get(*o);
    if (mDefault) {
        mDefault->setChecked(!value.isValid());
        mTable->setEnabled(value.isValid());
    }
    const int rows = !value.isValid()     ? 0
                     : mRow == Row::Route ? int(value.value<RouteList>().size())
                     : mRow == Row::Nacl  ? int(value.value<NaclRuleList>().size())
                                          : int(value.value<SgRuleList>().size());
    mTable->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList cells = rowOf(r, value);
        for (int c = 0; c < cells.size(); ++c)
            mTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    mProblem->hide();
    mLoading = false;
}

bool RuleTable::read(QVariant &value, QString &problem, int &badRow, int &badColumn) const
{
    const auto cell = [this](int r, int c) { return mTable->item(r, c) ? mTable->item(r, c)->text() : QString(); };
    RouteList routes;
    NaclRuleList nacl;
    SgRuleList sg;
    for (int r = 0; r < mTable->rowCount(); ++r) {
        badRow = r;
        switch (mRow) {
        case Row::Route: {
            Route route;
            badColumn = 0;
            route.prefixList = Route::prefixListOf(cell(r, 0));
            if (!route.isPrefixList() && !parseCidr(cell(r, 0), route.destination, problem))
                return false;
            badColumn = 1;
            route.target = cell(r, 1).trimmed();
            if (!isValidId(route.target)) {
                problem = tr("a target is the id of a gateway, NAT gateway, peering connection or instance");
                return false;
            }
            routes.append(route);
            break;
        }
        case Row::Nacl: {
            NaclRule rule;
            bool ok = false;
            badColumn = 0;
            rule.number = cell(r, 0).trimmed().toInt(&ok);
            if (!ok) {
                problem = tr("a rule number is a whole number from 1 to 32766");
                return false;
            }
            badColumn = 1;
            if (!parseProtocol(cell(r, 1), rule.protocol, problem))
                return false;
            badColumn = 2;
            if (!parsePorts(cell(r, 2), rule.ports, problem))
                return false;
            badColumn = 3;
            if (!parseCidr(cell(r, 3), rule.cidr, problem))
                return false;
            badColumn = 4;
            const QString action = cell(r, 4).trimmed();
            if (action != QLatin1String("allow") && action != QLatin1String("deny")) {
                problem = tr("the action is allow or deny");
                return false;
            }
            rule.allow = action == QLatin1String("allow");
            nacl.append(rule);
            break;
        }
        case Row::Sg: {
            SgRule rule;
            badColumn = 0;
            if (!parseProtocol(cell(r, 0), rule.protocol, problem))
                return false;
            badColumn = 1;
            if (!parsePorts(cell(r, 1), rule.ports, problem))
                return false;
            badColumn = 2;
            const QString peer = cell(r, 2).trimmed();
            if (peer.contains(QLatin1Char('/'))) {
                if (!parseCidr(peer, rule.cidr, problem))
                    return false;
            } else if (isValidId(peer) && !IpAddress::parse(QStringView(peer))) {
                rule.group = peer;
            } else if (peer.startsWith(QLatin1String("service:")) && peer.size() > 8) {
                rule.group = peer.toLower();
            } else {
                problem = tr("the peer is a CIDR block such as 10.0.0.0/16, a security group's id, a prefix list's "
                             "id (pl-...) or service:s3 for the Region's AWS-managed prefix list");
                return false;
            }
            sg.append(rule);
            break;
        }
        }
    }
    value = mRow == Row::Route  ? QVariant::fromValue(routes)
            : mRow == Row::Nacl ? QVariant::fromValue(nacl)
                                : QVariant::fromValue(sg);
    return true;
}

void RuleTable::cellEdited(int, int)
{
    if (!mLoading)
        commit();
}

void RuleTable::commit()
{
    const Object *o = mDocument->find(mId);
    if (!o)
        return;
    QVariant value;
    if (mDefault && mDefault->isChecked()) {
        value = QVariant();
    } else {
        QString problem;
        int row = -1, column = -1;
        for (int r = 0; r < mTable->rowCount(); ++r)
            for (int c = 0; c < mTable->columnCount(); ++c)
                if (mTable->item(r, c))
                    mTable->item(r, c)->setBackground(QBrush());
        if (!read(value, problem, row, column)) {
            // Marked before it is committed: the design keeps its last good value.
            mLoading = true;
            if (QTableWidgetItem *item = mTable->item(row, column)) {
                item->setBackground(CanvasTheme::badBackground(palette()));
                item->setToolTip(problem);
            }
            mLoading = false;
            mProblem->setText(tr("Row %1: %2").arg(row + 1).arg(problem));
            mProblem->show();
            return;
        }
        if (mDef.type == PropertyType::OptionalSgRules && !value.isValid())
            value = QVariant::fromValue(SgRuleList{});
    }
    mProblem->hide();
    if (value == mDef.get(*o))
        return;
    mDocument->undoStack()->push(new ChangePropertyCommand(mDocument, mId, QLatin1String(mDef.key), value));
}

void RuleTable::addRow()
{
    mLoading = true;
    const QStringList cells = defaultRow();
    const int r = mTable->rowCount();
    mTable->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        mTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    mLoading = false;
    commit();
    mTable->setCurrentCell(r, 0);
}

void RuleTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &i : mTable->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.rbegin(), rows.rend());
    mLoading = true;
    for (int r : rows)
        mTable->removeRow(r);
    mLoading = false;
    commit();
}
