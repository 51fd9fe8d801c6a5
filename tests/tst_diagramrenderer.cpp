#include "canvasitems.h"
#include "canvasscene.h"
#include "canvastheme.h"
#include "designformat.h"
#include "diagramdecorations.h"
#include "diagramrenderer.h"
#include "document.h"
#include "simulationrun.h"
#include "validationengine.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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
    void legendListsWhatIsDrawn_data();
    void legendListsWhatIsDrawn();
    void titleBlock();
    void selectionAndTransparency();
    void pdf_data();
    void pdf();
    void printer();
    void scenarioTraffic_data();
    void scenarioTraffic();

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
    // Peering labels lie between their VPCs: over no VPC.
    for (const PeeringConnection *p : d.document->design().peerings()) {
        const auto *item = static_cast<const PeeringItem *>(d.scene->item(p->id));
        if (!item || item->line().isNull())
            continue;
        for (const Vpc *v : d.document->design().vpcs())
            QVERIFY2(!item->labelRect().intersects(d.scene->geometry().rect(v->id)),
                     qPrintable(p->id + QStringLiteral("'s label is over ") + v->id));
    }

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

void TestDiagramRenderer::legendListsWhatIsDrawn_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QStringList>("keys");
    const QString regionVpcAz = QStringLiteral("region vpc az");
    QTest::newRow("three tiers") << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml") << QStringList()
                                 << (regionVpcAz +
                                     QStringLiteral(" subnet-public subnet-private instance nat-gateway "
                                                    "internet-gateway egress-only-internet-gateway gateway-endpoint "
                                                    "interface-endpoint further-interface route-table network-acl "
                                                    "security-group flow-log peering"))
                                        .split(QLatin1Char(' '));
    // Only the data tier's subnets: no gateways, NAT or endpoints in the picture.
    QTest::newRow("three tiers, the data subnets")
        << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml")
        << QStringList{QStringLiteral("subnet-data-a"), QStringLiteral("subnet-data-b")}
        << (regionVpcAz + QStringLiteral(" subnet-private instance")).split(QLatin1Char(' '));
    // A peering that cannot exist, and findings: their symbols are explained.
    QTest::newRow("overlapping peers") << QStringLiteral(VPC_LESSONS "/challenge-peering.yaml") << QStringList()
                                       << QStringList();
}

void TestDiagramRenderer::legendListsWhatIsDrawn()
{
    QFETCH(QString, path);
    QFETCH(QStringList, selection);
    QFETCH(QStringList, keys);
    Drawn d = draw(path);
    QVERIFY(d.scene);
    d.scene->flush();
    QString error;
    const auto area = DiagramRenderer::areaOf(*d.scene, selection, &error);
    QVERIFY2(area, qPrintable(error));
    QStringList got;
    for (const DiagramDecorations::Entry &e : DiagramDecorations::legendOf(*d.scene, *area))
        got.append(e.key);
    if (keys.isEmpty()) {
        // Every kind drawn has its entry, and every entry a kind drawn (checked by kind).
        QSet<QString> kinds;
        d.document->design().forEachObject([&](Object &o) {
            if (d.scene->geometry().contains(o.id) && o.kind == ObjectKind::Instance)
                kinds.insert(QStringLiteral("instance"));
        });
        QVERIFY(got.contains(QStringLiteral("vpc")));
        QCOMPARE(got.contains(QStringLiteral("instance")), kinds.contains(QStringLiteral("instance")));
        bool badges = false;
        d.document->design().forEachObject([&](Object &o) { badges = badges || d.scene->badge(o.id); });
        QCOMPARE(
            std::any_of(got.begin(), got.end(), [](const QString &k) { return k.startsWith(QLatin1String("badge-")); }),
            badges);
        return;
    }
    QVERIFY2(got == keys, qPrintable(got.join(QLatin1Char(' '))));
}

void TestDiagramRenderer::titleBlock()
{
    qputenv("SOURCE_DATE_EPOCH", "1000000000"); // 2001-09-09: the same picture every day
    Drawn d = draw(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(d.scene);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("t.svg"));
    DiagramRenderer::Options options;
    options.title = true;
    options.legend = true;
    options.file = QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");
    QString error;
    QVERIFY2(DiagramRenderer::saveSvg(*d.scene, out, options, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList t = texts(f.readAll());
    QVERIFY(t.contains(QStringLiteral("Three tiers in two AZs, with shared services")));
    const QString meta = QStringLiteral("2001-09-09  ·  three-tier.yaml  ·  VPC Designer %1")
                             .arg(QCoreApplication::applicationVersion());
    QVERIFY2(t.contains(meta), qPrintable(t.join(QLatin1Char('|'))));
    QVERIFY(t.contains(QStringLiteral("Legend")));
    QVERIFY(t.contains(QStringLiteral("private subnet")));
    // The description's first paragraph, wrapped: all its words, in order.
    const QString joined = t.join(QLatin1Char(' '));
    QVERIFY(joined.contains(QStringLiteral("an S3 gateway endpoint and an SSM interface endpoint")));
    // Without the options, neither.
    f.close();
    QVERIFY(DiagramRenderer::saveSvg(*d.scene, out, DiagramRenderer::Options(), &error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList plain = texts(f.readAll());
    QVERIFY(!plain.contains(QStringLiteral("Legend")) && !plain.contains(meta));
    qunsetenv("SOURCE_DATE_EPOCH");
}

void TestDiagramRenderer::selectionAndTransparency()
{
    Drawn d = draw(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(d.scene);
    DiagramRenderer::Options options;
    options.selection = {QStringLiteral("subnet-app-a")};
    options.transparent = true;
    QString error;
    const QImage image = DiagramRenderer::render(*d.scene, options, nullptr, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    const QRectF subnet = d.scene->geometry().rect(QStringLiteral("subnet-app-a"));
    QCOMPARE(image.size(), subnet.adjusted(-24, -24, 24, 24).size().toSize());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // outside the VPC: nothing drawn there
    QVERIFY(qAlpha(image.pixel(image.width() / 2, image.height() / 2)) > 0);
    // A selection of what is not drawn, or of nothing at all, is refused with a reason.
    options.selection = {QStringLiteral("no-such-thing")};
    QVERIFY(DiagramRenderer::render(*d.scene, options, nullptr, &error).isNull());
    QVERIFY2(error.contains(QLatin1String("no-such-thing")), qPrintable(error));
    options.selection = {QStringLiteral("workday")}; // a scenario
    QVERIFY(DiagramRenderer::render(*d.scene, options, nullptr, &error).isNull());
    QVERIFY2(error.contains(QLatin1String("not drawn")), qPrintable(error));
}

void TestDiagramRenderer::pdf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("pageName"); // as pdfinfo names the page size
    QTest::newRow("three tiers, one page") << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml") << QString() << QString();
    QTest::newRow("three tiers on A4") << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml") << QStringLiteral("A4")
                                       << QStringLiteral("(A4)");
    QTest::newRow("three tiers on A3") << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml") << QStringLiteral("a3")
                                       << QStringLiteral("(A3)");
    QTest::newRow("long labels on Letter") << QStringLiteral(VPC_TEST_DATA "/canvas/long-labels.yaml")
                                           << QStringLiteral("Letter") << QStringLiteral("(letter)");
}

void TestDiagramRenderer::pdf()
{
    QFETCH(QString, path);
    QFETCH(QString, page);
    QFETCH(QString, pageName);
    // poppler-utils (installed by .ci/install-deps) reads the PDF as a reader's viewer would.
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdfinfo.isEmpty() && !pdftotext.isEmpty(), "poppler-utils is missing: run .ci/install-deps");
    Drawn d = draw(path);
    QVERIFY(d.scene);
    DiagramRenderer::Options options;
    options.title = true;
    options.legend = true;
    options.file = path;
    if (!page.isEmpty())
        options.page = *DiagramRenderer::pageNamed(page);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("d.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(DiagramRenderer::savePdf(*d.scene, out, options, &error, &pages), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");

    QProcess info;
    info.start(pdfinfo, {out});
    QVERIFY(info.waitForFinished(30000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QCOMPARE(info.exitCode(), 0);
    const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    QCOMPARE(pagesLine.match(meta).captured(1).toInt(), pages);
    const QRegularExpression sizeLine(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts(.*)"));
    const QRegularExpressionMatch size = sizeLine.match(meta);
    QVERIFY2(size.hasMatch(), qPrintable(meta));
    if (page.isEmpty()) {
        QCOMPARE(pages, 1);
        // One page the picture's size: a canvas unit is 1/96 inch, 0.75 point.
        const QImage image = DiagramRenderer::render(*d.scene, options);
        QVERIFY(std::abs(size.captured(1).toDouble() - image.width() * 0.75) < 2);
        QVERIFY(std::abs(size.captured(2).toDouble() - image.height() * 0.75) < 2);
    } else {
        QVERIFY2(size.captured(3).contains(pageName), qPrintable(meta));
        // As many pages as the tiling of the picture at its natural size needs.
        const QImage image = DiagramRenderer::render(*d.scene, options);
        const DiagramRenderer::Tiling tiling = DiagramRenderer::tilingFor(image.size(), options.page);
        QCOMPARE(pages, tiling.rows * tiling.columns);
        QCOMPARE(size.captured(1).toDouble() > size.captured(2).toDouble(), tiling.landscape);
    }

    // Selectable text: every label of the design, as pdftotext reads it.
    QProcess text;
    text.start(pdftotext, {out, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    // The reader breaks lines where it likes and reads "fl" as a ligature.
    QString all = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    all.remove(QRegularExpression(QStringLiteral("\\s")));
    // Tiles cut the labels that cross their edges; one page has them all whole.
    const QStringList wanted =
        page.isEmpty() ? expected(d.document->design(), *d.scene) : QStringList{d.document->design().name};
    QStringList lost;
    for (QString e : wanted) {
        e.remove(QRegularExpression(QStringLiteral("\\s")));
        if (!all.contains(e))
            lost.append(e);
    }
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("not in the PDF's text: ") + lost.join(QStringLiteral(", "))));
}

void TestDiagramRenderer::printer()
{
    // File > Print draws on the printer's own pages: Letter, portrait, as its dialog chose.
    Drawn d = draw(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(d.scene);
    QTemporaryDir dir;
    QPrinter device;
    device.setResolution(96);
    device.setOutputFormat(QPrinter::PdfFormat);
    device.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    device.setPageSize(QPageSize(QPageSize::Letter));
    device.setPageOrientation(QPageLayout::Portrait);
    DiagramRenderer::Options options;
    options.page = DiagramRenderer::Options::Page::Device;
    QString error;
    const int pages = DiagramRenderer::paintPages(*d.scene, device, options, &error);
    QVERIFY2(pages > 1, qPrintable(error));
    QCOMPARE(device.pageLayout().orientation(), QPageLayout::Portrait); // kept, not chosen for it
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {device.outputFileName()});
    QVERIFY(info.waitForFinished(30000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(QStringLiteral("Pages:           %1").arg(pages)), qPrintable(meta));
    QVERIFY2(meta.contains(QLatin1String("612 x 792 pts (letter)")), qPrintable(meta));
}

void TestDiagramRenderer::scenarioTraffic_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scenario");
    QTest::newRow("three tiers, a working day")
        << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml") << QStringLiteral("workday");
    // Every lesson with traffic: stops at groups, ACLs, routes, endpoints' policies.
    for (const QFileInfo &f :
         QDir(QStringLiteral(VPC_LESSONS)).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        LoadResult r = DesignFormat::load(f.filePath());
        if (r.ok() && !r.design->scenarios().empty())
            QTest::newRow(qPrintable(f.fileName())) << f.filePath() << (*r.design->scenarios().begin())->id;
    }
}

void TestDiagramRenderer::scenarioTraffic()
{
    QFETCH(QString, path);
    QFETCH(QString, scenario);
    Drawn d = draw(path);
    QVERIFY(d.scene);
    // What the picture must show, from the simulator: one arrow per flow and direction
    // run, green delivered requests, dashed answers, red drops with their blocker.
    const SimulationRun run(d.document->design(), scenario);
    QVERIFY(run.isValid());
    int delivered = 0, answers = 0, dropped = 0;
    QStringList stops;
    for (const FlowRun &f : run.runs()) {
        if (!f.error.isEmpty() || f.request.count == 0)
            continue;
        for (const bool answer : {false, true}) {
            if (answer && (!f.hasReply || !f.request.delivered() || f.reply.count == 0))
                continue;
            const PacketPath &p = answer ? f.reply : f.request;
            if (!p.delivered()) {
                ++dropped;
                const int last = SimulationRun::stopHop(p);
                if (p.hops[size_t(last)].verdict == Hop::Verdict::Block)
                    stops.append(f.flow->id + QStringLiteral(": stopped by ") +
                                 run.explain().objectId(p.hops[size_t(last)]));
            } else if (answer) {
                ++answers;
            } else {
                ++delivered;
            }
        }
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("traffic.svg"));
    DiagramRenderer::Options options;
    options.scenario = scenario;
    options.legend = true;
    QString error;
    QVERIFY2(DiagramRenderer::saveSvg(*d.scene, out, options, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    // Count the SVG's arrows by their pens: 2.5 units wide, in the traffic's colours.
    const CanvasTheme theme = CanvasTheme::light();
    QHash<QString, int> lines;
    QXmlStreamReader xml(svg);
    QList<QXmlStreamAttributes> groups;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g"))
            groups.append(xml.attributes());
        else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g") && !groups.isEmpty())
            groups.removeLast();
        else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("polyline") &&
                 !groups.isEmpty() && groups.last().value(QLatin1String("stroke-width")) == QLatin1String("2.5")) {
            const QXmlStreamAttributes &g = groups.last();
            const QString stroke = g.value(QLatin1String("stroke")).toString();
            const bool dashed = g.hasAttribute(QLatin1String("stroke-dasharray"));
            lines[stroke + (dashed ? QStringLiteral(" dashed") : QString())] += 1;
        }
    }
    QCOMPARE(lines.value(theme.delivered.name()), delivered);
    QCOMPARE(lines.value(theme.answer.name() + QStringLiteral(" dashed")), answers);
    QCOMPARE(lines.value(theme.blocked.name()) + lines.value(theme.blocked.name() + QStringLiteral(" dashed")),
             dropped);
    // A red end at each blocker, with its name.
    const QStringList shown = texts(svg);
    for (const QString &stop : std::as_const(stops))
        QVERIFY2(std::any_of(shown.begin(), shown.end(), [&](const QString &t) { return t.startsWith(stop); }),
                 qPrintable(stop));
    if (delivered + answers + dropped > 0)
        QVERIFY(shown.contains(QStringLiteral("Legend")));
    // A scenario the design does not have: refused with its name.
    options.scenario = QStringLiteral("no-such-scenario");
    QVERIFY(!DiagramRenderer::saveSvg(*d.scene, out, options, &error));
    QVERIFY(error.contains(QLatin1String("no-such-scenario")));
}

QTEST_MAIN(TestDiagramRenderer)
#include "tst_diagramrenderer.moc"
