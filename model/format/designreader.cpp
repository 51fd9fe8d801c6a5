#include "designreader.h"

#include "designformat.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

using namespace YamlReading;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignReader)
};

} // namespace

std::unique_ptr<Design> DesignReader::run()
{
    mDesign = std::make_unique<Design>();
    readTop(mTree.root());
    if (mLayoutNode != None)
        readLayout(mLayoutNode);
    if (mErrors > 0)
        return nullptr;
    return std::move(mDesign);
}

bool DesignReader::runDeferringLayout()
{
    mDesign = std::make_unique<Design>();
    readTop(mTree.root());
    return mErrors == 0;
}

std::unique_ptr<Design> DesignReader::readVpcSlice()
{
    mDesign = std::make_unique<Design>();
    readChildren(mTree.root(), topLevelLists()[0], nullptr);
    if (mErrors > 0)
        return nullptr;
    return std::move(mDesign);
}

std::unique_ptr<Design> DesignReader::finish(std::vector<std::unique_ptr<Design>> &slices)
{
    if (!mDesign->adoptVpcs(slices))
        return nullptr;
    if (mLayoutNode != None)
        readLayout(mLayoutNode);
    if (mErrors > 0)
        return nullptr;
    return std::move(mDesign);
}

QString DesignReader::describe(const Object &o) const
{
    return Tr::tr("%1 %2").arg(kindName(o.kind), quote(o.id));
}

Object *DesignReader::readObject(quint32 at, ObjectKind kind, Object *parent, const QString &listKey)
{
    const quint32 m = resolve(at);
    if (m == None)
        return nullptr;
    if (node(m).type != Type::Mapping) {
        error(at, Tr::tr("each entry of %1 is a mapping with an id, not %2")
                      .arg(listKey, QLatin1String(typeName(node(m).type))));
        return nullptr;
    }
    // The id first: messages and duplicate checks need it.
    quint32 idNode = None;
    forEachEntry(m, [&](quint32, std::string_view key, quint32 v) {
        if (key == "id")
            idNode = v;
    });
    if (mStop)
        return nullptr;
    if (idNode == None) {
        error(at, Tr::tr("this %1 has no id; every object needs one").arg(kindName(kind)));
        return nullptr;
    }
    auto idText = scalar(idNode, QStringLiteral("id"));
    if (!idText)
        return nullptr;
    auto objectId = id(idNode, *idText);
    if (!objectId)
        return nullptr;

    ObjectPtr owned = createObject(kind);
    Object *object = owned.get();
    object->id = *objectId;
    object->line = int(node(m).line);
    object->column = int(node(m).column);
    if (Object *existing = mDesign->find(*objectId)) {
        error(idNode, Tr::tr("the id %1 is used twice: it already names the %2 at line %3")
                          .arg(quote(*idText), kindName(existing->kind))
                          .arg(existing->line));
        return nullptr;
    }
    if (!mDesign->insert(parent, owned)) {
        error(idNode, Tr::tr("%1 cannot stand here").arg(kindNameWithArticle(kind)));
        return nullptr;
    }

    QSet<const PropertyDef *> present;
    forEachEntry(m, [&](quint32 k, std::string_view key, quint32 v) {
        if (key == "id")
            return;
        if (const PropertyDef *def = findProperty(kind, key)) {
            // A required value written as '' (or a tag with nothing after it) is as
            // missing as no key at all: it would save as text that does not reopen.
            const quint32 r = mTree.resolve(v);
            if (def->required && r != None && node(r).type == Type::Scalar && node(r).length == 0) {
                error(v, Tr::tr("%1 is required; it may not be empty").arg(quote(key)));
                present.insert(def);
                return;
            }
            if (auto val = value(kind, *def, v)) {
                def->set(*object, *val);
                if (!isNull(v))
                    present.insert(def);
            }
            return;
        }
        for (const ChildListDef &list : childListsOf(kind)) {
            if (key == list.key) {
                readChildren(v, list, object);
                return;
            }
        }
        keepUnknown(object->extra, k, key, v, describe(*object));
    });
    for (const PropertyDef &def : propertiesOf(kind)) {
        if (def.required && !present.contains(&def) && def.type != PropertyType::Id)
            error(at, Tr::tr("%1 has no %2, which is required").arg(describe(*object), quote(QLatin1String(def.key))));
    }
    if (kind == ObjectKind::Vpc && present.contains(findProperty(kind, std::string_view("cidr-blocks"))) &&
        static_cast<Vpc *>(object)->cidrBlocks.isEmpty())
        error(at, Tr::tr("%1 needs at least one IPv4 block in cidr-blocks").arg(describe(*object)));
    return object;
}

void DesignReader::readChildren(quint32 at, const ChildListDef &list, Object *parent)
{
    const QString key = QLatin1String(list.key);
    if (list.single) {
        const quint32 v = resolve(at);
        if (v == None || node(v).type == Type::Null)
            return;
        if (node(v).type != Type::Mapping) {
            error(at, Tr::tr("%1 is a mapping such as {id: %2a}").arg(key, kindIdPrefix(list.kind)));
            return;
        }
        readObject(at, list.kind, parent, key);
        return;
    }
    forEachItem(at, key, [&](quint32 item) { readObject(item, list.kind, parent, key); });
    checkSingletons(parent);
}

void DesignReader::checkSingletons(Object *parent)
{
    if (!parent || parent->kind != ObjectKind::Vpc)
        return;
    const auto *vpc = static_cast<const Vpc *>(parent);
    const auto second = [&](auto list, auto flag, const char *what) {
        const Object *first = nullptr;
        for (auto *o : list) {
            if (!flag(o))
                continue;
            if (first && !mReportedSingletons.contains(o)) {
                mReportedSingletons.insert(o);
                Diagnostic d;
                d.file = mFile;
                d.line = o->line;
                d.column = o->column;
                d.message = Tr::tr("%1 is a second %2 of %3 (the first is %4); a VPC has at most one")
                                .arg(describe(*o), QLatin1String(what), describe(*vpc), quote(first->id));
                mOut.append(d);
                ++mErrors;
            }
            if (!first)
                first = o;
        }
    };
    second(
        vpc->routeTableList(), [](const RouteTable *t) { return t->main; }, "main route table");
    second(
        vpc->networkAclList(), [](const NetworkAcl *a) { return a->isDefault; }, "default network ACL");
}

void DesignReader::readLayout(quint32 at)
{
    const quint32 m = resolve(at);
    if (m == None || node(m).type == Type::Null)
        return;
    if (node(m).type != Type::Mapping) {
        error(at, Tr::tr("layout is a mapping from ids to positions"));
        return;
    }
    QSet<QString> seen;
    for (quint32 k = node(m).first; k != None && !mStop;) {
        const quint32 v = node(k).next;
        const quint32 key = resolve(k);
        if (key == None)
            return;
        if (node(key).type != Type::Scalar) {
            error(k, Tr::tr("a layout key is an object id"));
            k = node(v).next;
            continue;
        }
        const QString objectId = str(mTree.text(node(key)));
        if (seen.contains(objectId))
            error(k, Tr::tr("the layout of %1 is given twice").arg(quote(mTree.text(node(key)))));
        seen.insert(objectId);
        readLayoutEntry(k, objectId, v);
        k = node(v).next;
    }
}

void DesignReader::readLayoutEntry(quint32 keyNode, const QString &objectId, quint32 at)
{
    const quint32 m = resolve(at);
    if (m == None)
        return;
    if (node(m).type != Type::Mapping) {
        error(at, Tr::tr("a layout entry is a mapping such as {x: 0, y: 0, width: 300, height: 200}"));
        return;
    }
    LayoutRect rect;
    bool hasX = false, hasY = false, good = true;
    forEachEntry(m, [&](quint32 k, std::string_view key, quint32 v) {
        double *target = key == "x"        ? &rect.x
                         : key == "y"      ? &rect.y
                         : key == "width"  ? &rect.width
                         : key == "height" ? &rect.height
                                           : nullptr;
        if (!target) {
            warning(k, Tr::tr("unknown key %1 in a layout entry; it is ignored").arg(quote(key)));
            return;
        }
        auto text = scalar(v, str(key));
        double d = 0;
        if (!text || !parseDouble(*text, d)) {
            if (text)
                error(v, Tr::tr("%1 is a number, not %2").arg(str(key), quote(*text)));
            good = false;
            return;
        }
        if (!std::isfinite(d) || std::abs(d) > DesignFormat::MaxLayoutCoordinate) {
            error(v, Tr::tr("%1 is a number between -%L2 and %L2, not %3")
                         .arg(str(key))
                         .arg(DesignFormat::MaxLayoutCoordinate, 0, 'f', 0)
                         .arg(quote(*text)));
            good = false;
            return;
        }
        if ((key == "width" || key == "height") && d < 0) {
            error(v, Tr::tr("%1 cannot be negative").arg(str(key)));
            good = false;
            return;
        }
        *target = d;
        hasX = hasX || key == "x";
        hasY = hasY || key == "y";
    });
    if (!good)
        return;
    if (!hasX || !hasY) {
        error(at, Tr::tr("a layout entry needs x and y"));
        return;
    }
    if (!mDesign->contains(objectId))
        warning(keyNode, Tr::tr("the layout names %1, which is not an object of this design; the "
                                "entry is kept")
                             .arg(quote(objectId)));
    mDesign->setLayout(objectId, rect);
}

void DesignReader::readTop(quint32 at)
{
    const quint32 root = resolve(at);
    if (root == None)
        return;
    if (node(root).type != Type::Mapping) {
        error(root, Tr::tr("not a VPC Designer design: the file holds %1; a design is a mapping "
                           "that starts with 'vpc-designer: 1'")
                        .arg(QLatin1String(typeName(node(root).type))));
        return;
    }
    quint32 versionNode = None;
    forEachEntry(root, [&](quint32, std::string_view key, quint32 v) {
        if (key == "vpc-designer")
            versionNode = v;
    });
    if (mStop)
        return;
    if (versionNode == None) {
        error(root, Tr::tr("not a VPC Designer design: the key 'vpc-designer: 1' (the format "
                           "version) is missing"));
        return;
    }
    auto version = scalar(versionNode, QStringLiteral("vpc-designer"));
    qint64 v = 0;
    if (!version)
        return;
    if (!parseInt(*version, v)) {
        error(versionNode,
              Tr::tr("vpc-designer is the format version, a whole number; %1 is not").arg(quote(*version)));
        return;
    }
    if (v != 1) {
        error(versionNode, v > 1 ? Tr::tr("this file is in format version %1; this designer reads "
                                          "version 1 (a newer designer wrote it)")
                                       .arg(v)
                                 : Tr::tr("format version %1 does not exist; this designer reads "
                                          "version 1")
                                       .arg(v));
        return;
    }
    quint32 layoutNode = None;
    forEachEntry(root, [&](quint32 k, std::string_view key, quint32 value) {
        if (key == "vpc-designer")
            return;
        if (key == "name" || key == "description") {
            auto t = scalar(value, str(key));
            if (t)
                (key == "name" ? mDesign->name : mDesign->description) = str(*t);
            return;
        }
        if (key == "layout") {
            layoutNode = value;
            return;
        }
        if (key == "lesson") { // kept as written; Study::parse reads it
            if (auto lesson = toValue(value, 0))
                mDesign->lesson = std::move(*lesson);
            return;
        }
        for (const ChildListDef &list : topLevelLists()) {
            if (key == list.key) {
                readChildren(value, list, nullptr);
                return;
            }
        }
        keepUnknown(mDesign->extra, k, key, value, Tr::tr("the design"));
    });
    // Layout last (see run): its warnings can then tell whether an id names an object.
    mLayoutNode = layoutNode;
}
