#include "cli.h"

#include "canvasscene.h"
#include "cfnexport.h"
#include "designformat.h"
#include "diagramrenderer.h"
#include "document.h"
#include "validationengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int Cli::exportCloudFormation(const Design &design, const QString &out, bool json)
{
    Q_UNUSED(json); // the suffix says it
    QStringList written, warnings;
    QString error;
    const bool ok = CfnExport::save(design, out, &written, &warnings, &error);
    for (const QString &warning : warnings)
        printErr(Tr::tr("warning: %1").arg(warning));
    if (!ok) {
        printErr(error);
        return BadInput;
    }
    if (written.size() > 1)
        printOut((Tr::tr("%n template(s): %1", nullptr, int(written.size())).arg(written.join(QStringLiteral(", "))) +
                  QLatin1Char('\n'))
                     .toUtf8());
    return Ok;
}

int Cli::exportDesign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a design to OUT: .yaml as the designer saves it (canonical order and "
               "formatting); .cfn.yaml or .cfn.json as a CloudFormation template that creates it (one "
               "per account and region, OUT-ACCOUNT-REGION.cfn.yaml when there are several); .png, .svg or .pdf as the "
               "canvas draws it (automatic layout where the "
               "design has no positions, badges for findings, no selection), the whole design "
               "however large. Runs without a display. The output is written whole or not at all."));
    parser.addPositionalArgument(QStringLiteral("export"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the design file (YAML)"));
    QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("the file to write: .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg or .pdf"),
                              QStringLiteral("OUT"));
    QCommandLineOption scale(QStringList{QStringLiteral("scale")},
                             Tr::tr("for PNG: pixels per canvas unit (default 1; 2 for high-DPI)"), QStringLiteral("F"),
                             QStringLiteral("1"));
    QCommandLineOption title(QStringList{QStringLiteral("title")},
                             Tr::tr("for PNG, SVG and PDF: a title block above the drawing (the design's name and "
                                    "description, the date, the file and the version)"));
    QCommandLineOption legend(QStringList{QStringLiteral("legend")},
                              Tr::tr("for PNG, SVG and PDF: a legend of the symbols the picture uses"));
    QCommandLineOption transparent(QStringList{QStringLiteral("transparent")},
                                   Tr::tr("for PNG, SVG and PDF: no background"));
    QCommandLineOption selection(QStringList{QStringLiteral("selection")},
                                 Tr::tr("for PNG, SVG and PDF: only the area of these objects (ids, comma-separated)"),
                                 QStringLiteral("IDS"));
    QCommandLineOption page(QStringList{QStringLiteral("page")},
                            Tr::tr("for PDF: A4, A3 or Letter, the picture tiled over as many pages as it needs "
                                   "at its natural size (default: one page the picture's size)"),
                            QStringLiteral("SIZE"));
    QCommandLineOption scenario(QStringList{QStringLiteral("scenario")},
                                Tr::tr("for PNG, SVG and PDF: this scenario's flows as arrows along their paths "
                                       "(delivered green, answers dashed, dropped red at what stops them)"),
                                QStringLiteral("ID"));
    parser.addOption(output);
    parser.addOption(scale);
    parser.addOption(page);
    parser.addOption(scenario);
    parser.addOption(title);
    parser.addOption(legend);
    parser.addOption(transparent);
    parser.addOption(selection);
    const QString usage = Tr::tr("usage: vpc-designer export FILE --output "
                                 "OUT.yaml|OUT.cfn.yaml|OUT.cfn.json|OUT.png|OUT.svg|OUT.pdf [--scale F] "
                                 "[--title] [--legend] [--transparent] [--selection IDS] [--page A4|A3|Letter] "
                                 "[--scenario ID]");
    if (!parseCommand(parser, arguments, usage, 2, 2))
        return BadInput;
    if (!parser.isSet(output)) {
        printErr(usage);
        return BadInput;
    }
    const QStringList positional = parser.positionalArguments();
    const QString out = parser.value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    const QString lower = out.toLower();
    const bool cfnJson = lower.endsWith(QLatin1String(".cfn.json"));
    const bool cfn = cfnJson || lower.endsWith(QLatin1String(".cfn.yaml")) || lower.endsWith(QLatin1String(".cfn.yml"));
    const bool yaml = !cfn && (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"));
    const bool pdf = suffix == QLatin1String("pdf");
    if (!cfn && !yaml && !pdf && suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        printErr(Tr::tr("%1: the output must end in .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg or .pdf").arg(out));
        return BadInput;
    }
    std::optional<DiagramRenderer::Options::Page> pageSize = DiagramRenderer::Options::Page::Fit;
    if (parser.isSet(page)) {
        pageSize = DiagramRenderer::pageNamed(parser.value(page));
        if (!pageSize || !pdf) {
            printErr(pdf ? Tr::tr("--page is A4, A3 or Letter, not '%1'").arg(parser.value(page))
                         : Tr::tr("--page is for PDF output"));
            return BadInput;
        }
    }
    bool scaleOk = false;
    const qreal factor = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || !(factor > 0 && factor <= 16)) { // NaN fails both
        printErr(Tr::tr("--scale is a number above 0 and at most 16, not '%1'").arg(parser.value(scale)));
        return BadInput;
    }
    // A picture's options say nothing to a design file: refused rather than ignored.
    if (yaml || cfn) {
        for (const QCommandLineOption *o : {&title, &legend, &transparent, &selection, &scenario, &page})
            if (parser.isSet(*o)) {
                printErr(Tr::tr("--%1 is for PNG, SVG and PDF output, not %2").arg(o->names().constFirst(), out));
                return BadInput;
            }
    }
    auto design = load(positional.at(1));
    if (!design)
        return BadInput;
    QString error;
    if (cfn)
        return exportCloudFormation(*design, out, cfnJson);
    if (yaml) {
        if (!DesignFormat::save(*design, out, &error)) {
            printErr(error);
            return BadInput;
        }
        return Ok;
    }
    // The same scene the window draws, with the same badges.
    Document document(std::move(design), positional.at(1));
    ValidationEngine engine(&document);
    CanvasScene scene(&document, &engine);
    DiagramRenderer::Options options;
    options.scale = factor;
    options.title = parser.isSet(title);
    options.legend = parser.isSet(legend);
    options.transparent = parser.isSet(transparent);
    options.file = positional.at(1);
    for (const QString &id : parser.value(selection).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.selection.append(id.trimmed());
    if (parser.isSet(selection) && options.selection.isEmpty()) {
        printErr(Tr::tr("--selection needs at least one id"));
        return BadInput;
    }
    options.page = *pageSize;
    options.scenario = parser.value(scenario);
    QString note;
    const bool ok = pdf                              ? DiagramRenderer::savePdf(scene, out, options, &error)
                    : suffix == QLatin1String("svg") ? DiagramRenderer::saveSvg(scene, out, options, &error)
                                                     : DiagramRenderer::saveImage(scene, out, options, &error, &note);
    if (!ok) {
        printErr(error);
        return BadInput;
    }
    if (!note.isEmpty())
        printErr(QStringLiteral("%1: %2").arg(out, note));
    return Ok;
}
