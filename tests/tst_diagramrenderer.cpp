#include "canvasscene.h"
#include "designformat.h"
#include "diagramrenderer.h"
#include "document.h"
#include "validationengine.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

/// Exported diagrams as a reader of a design document gets them: every id, name, block
/// and address of every object drawn is in the SVG's text in full, nothing is elided, and
/// every text fits its box on the canvas too (the window elides only what does not fit).
class TestDiagramRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLabelInFull_data();
    void everyLabelInFull();
    void aMissingLabelFails();

private:
    struct Drawn
    {
        std::unique_ptr<Document> document;
        std::unique_ptr<ValidationEngine> engine;
        std::unique_ptr<CanvasScene> scene;
    };
    static Drawn draw(const QString &path);
    /// The texts of an SVG, one per <text> element.
    static QStringList texts(const QByteArray &svg);
    /// What must be readable of each object the canvas draws.
    static QStringList expected(const Design &design, const CanvasScene &scene);
    /// The expected strings that no text holds whole.
    static QStringList missing(const QStringList &expected, const QStringList &texts);
};

TestDiagramRenderer::Drawn TestDiagramRenderer::draw(const QString &path)
{
    Drawn d;
    LoadResult loaded = DesignFormat::load(path);
    if (!loaded.ok())
        return d;
    d.document = std::make_unique<Document>(std::move(loaded.design), path);
    d.engine = std::make_unique<ValidationEngine>(d.document.get());
    d.scene = std::make_unique<CanvasScene>(d.document.get(), d.engine.get());
    return d;
}

QStringList TestDiagramRenderer::texts(const QByteArray &svg)
{
    QStringList out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            out.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return out;
}

QStringList TestDiagramRenderer::expected(const Design &design, const CanvasScene &scene)
{
    QStringList out;
    design.forEachObject([&](Object &o) {
        if (!scene.geometry().contains(o.id) && o.kind != ObjectKind::PeeringConnection)
            return; // not drawn: flows, intents, buckets...
        out.append(o.id);
        switch (o.kind) {
        case ObjectKind::Vpc: {
            const auto &v = static_cast<const Vpc &>(o);
            out.append(v.name);
            for (const Cidr &c : v.cidrBlocks + v.ipv6CidrBlocks)
                out.append(c.toString());
            break;
        }
        case ObjectKind::Subnet: {
            const auto &s = static_cast<const Subnet &>(o);
            out << s.name << s.cidr.toString() << (s.ipv6Cidr.isValid() ? s.ipv6Cidr.toString() : QString());
            break;
        }
        case ObjectKind::Instance: {
            const auto &i = static_cast<const Instance &>(o);
            for (const IpAddress &a : {i.privateIp, i.publicIp, i.ipv6})
                if (a.isValid())
                    out.append(a.toString());
            out.append(i.name);
            break;
        }
        case ObjectKind::NatGateway: {
            const auto &n = static_cast<const NatGateway &>(o);
            for (const IpAddress &a : {n.privateIp, n.publicIp})
                if (a.isValid())
                    out.append(a.toString());
            out.append(n.name);
            break;
        }
        case ObjectKind::Endpoint:
            out << static_cast<const Endpoint &>(o).name << static_cast<const Endpoint &>(o).service;
            break;
        case ObjectKind::RouteTable:
            out.append(static_cast<const RouteTable &>(o).name);
            break;
        case ObjectKind::NetworkAcl:
            out.append(static_cast<const NetworkAcl &>(o).name);
            break;
        case ObjectKind::SecurityGroup:
            out.append(static_cast<const SecurityGroup &>(o).name);
            break;
        case ObjectKind::PeeringConnection:
            out.append(static_cast<const PeeringConnection &>(o).name);
            break;
        default:
            break;
        }
    });
    out.removeAll(QString());
    return out;
}

QStringList TestDiagramRenderer::missing(const QStringList &expected, const QStringList &texts)
{
    QStringList out;
    // A long name may wrap over lines drawn one after the other.
    const QStringList candidates = texts + QStringList{texts.join(QLatin1Char(' '))};
    for (const QString &e : expected) {
        bool found = false;
        for (const QString &t : candidates) {
            // Whole words of the text: "10.0.0.1" is not found in "10.0.0.10".
            const auto boundary = [&](qsizetype i) {
                return i < 0 || i >= t.size() || t.at(i).isSpace() || t.at(i) == QLatin1Char('(') ||
                       t.at(i) == QLatin1Char(')') || t.at(i) == QChar(0x00B7);
            };
            for (qsizetype at = t.indexOf(e); at >= 0 && !found; at = t.indexOf(e, at + 1))
                found = boundary(at - 1) && boundary(at + e.size());
            if (found)
                break;
        }
        if (!found)
            out.append(e);
    }
    return out;
}

void TestDiagramRenderer::everyLabelInFull_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir : {QStringLiteral(VPC_EXAMPLES), QStringLiteral(VPC_LESSONS)})
        for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f.fileName())) << f.filePath();
    QTest::newRow("long names and addresses") << QStringLiteral(VPC_TEST_DATA "/canvas/long-labels.yaml");
}

void TestDiagramRenderer::everyLabelInFull()
{
    QFETCH(QString, path);
    Drawn d = draw(path);
    QVERIFY(d.scene);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("d.svg"));
    QString error;
    QVERIFY2(DiagramRenderer::saveSvg(*d.scene, out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList exported = texts(f.readAll());
    const QStringList wanted = expected(d.document->design(), *d.scene);
    QVERIFY(wanted.size() > 5);
    for (const QString &t : exported)
        QVERIFY2(!t.contains(QChar(0x2026)), qPrintable(QStringLiteral("elided in the export: ") + t));
    const QStringList lost = missing(wanted, exported);
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("not in the SVG's text: ") + lost.join(QStringLiteral(", "))));

    // The window at 100 %: the same texts fit their boxes, so nothing is elided there either.
    d.scene->flush();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator window;
    window.setOutputDevice(&buffer);
    const QRectF bounds = d.scene->designBounds();
    window.setSize(bounds.size().toSize());
    window.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
    QPainter painter(&window);
    d.scene->render(&painter, QRectF(QPointF(0, 0), bounds.size()), bounds, Qt::KeepAspectRatio);
    painter.end();
    for (const QString &t : texts(bytes))
        QVERIFY2(!t.contains(QChar(0x2026)), qPrintable(QStringLiteral("does not fit its box: ") + t));
}

void TestDiagramRenderer::aMissingLabelFails()
{
    // The check itself: an address cut short, or a near miss, is not found.
    const QStringList texts{QStringLiteral("10.10.0.10 · 54…"), QStringLiteral("web-a"),
                            QStringLiteral("rtb-data (main)  data")};
    QCOMPARE(missing({QStringLiteral("54.20.0.10"), QStringLiteral("10.10.0.1"), QStringLiteral("web")}, texts),
             (QStringList{QStringLiteral("54.20.0.10"), QStringLiteral("10.10.0.1"), QStringLiteral("web")}));
    QCOMPARE(missing({QStringLiteral("10.10.0.10"), QStringLiteral("rtb-data"), QStringLiteral("data")}, texts),
             QStringList());
}

QTEST_MAIN(TestDiagramRenderer)
#include "tst_diagramrenderer.moc"
