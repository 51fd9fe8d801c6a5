#include "appearance.h"
#include "canvasview.h"
#include "cli.h"
#include "document.h"
#include "lessonpane.h"
#include "mainwindow.h"
#include "selection.h"
#include "settings.h"
#include "simulationpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

void installTranslations(QCoreApplication &app)
{
    // English plural forms ("1 route", "2 routes") first; the user's language on top.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/vpc-designer_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *translator = new QTranslator(&app);
    // The language chosen in Preferences (the system's by default), for the window and
    // the command line alike.
    if (translator->load(Settings::uiLocale(), QStringLiteral("vpc-designer"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) &&
        !translator->filePath().endsWith(QLatin1String("_en.qm")))
        QCoreApplication::installTranslator(translator);
}

/// The window's command line; --help and --version work without a display.
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "VPC Designer: design AWS VPC networks that check "
                                            "themselves.\n\n") +
        Cli::subcommandSummary() +
        QCoreApplication::translate("main", "\n'vpc-designer SUBCOMMAND --help' tells more."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "the design to open; none: the bundled example"),
                                 QStringLiteral("[FILE]"));
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("main", "open, draw, save a picture of the window to PNG, quit"),
                      QStringLiteral("PNG")});
    parser.addOption({QStringLiteral("select"),
                      QCoreApplication::translate("main", "select these objects (comma-separated ids) on opening"),
                      QStringLiteral("IDS")});
    parser.addOption({QStringLiteral("size"),
                      QCoreApplication::translate("main", "the window's size, such as 1600x1000"),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("simulate"),
                      QCoreApplication::translate("main", "show the simulation panel on this scenario"),
                      QStringLiteral("SCENARIO")});
    parser.addOption({QStringLiteral("at"),
                      QCoreApplication::translate("main", "with --simulate: the playback time in seconds"),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("appearance"),
                      QCoreApplication::translate("main", "the colours for this run: system, light or dark"),
                      QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("lesson"),
                      QCoreApplication::translate("main", "open a bundled lesson or challenge (vpc-designer lessons)"),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("step"),
                      QCoreApplication::translate("main", "with --lesson: the step to show (from 1)"),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("check"),
         QCoreApplication::translate("main", "with --lesson: grade the design at once (Check My Design)")});
    parser.addOption({QStringLiteral("tab"),
                      QCoreApplication::translate("main", "with --simulate: the panel's page (events, timeline, logs)"),
                      QStringLiteral("PAGE")});
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "-v" || a == "--version" || a == "--help-all")
            return true;
    }
    return false;
}

int runWindow(int argc, char **argv)
{
    if (wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    installTranslations(app);
    // The installed icon theme's icon when there is one (cmake --install puts it into
    // hicolor), else the bundled one; the desktop file name ties the window to its entry.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.vpcdesigner.VpcDesigner"),
                                                 QIcon(QStringLiteral(":/icons/vpc-designer.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.vpcdesigner.VpcDesigner"));
    Settings::applyDefaults(); // what new objects start with, the timeline's units
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    Appearance::apply(Appearance::fromName(parser.isSet(QStringLiteral("appearance"))
                                               ? parser.value(QStringLiteral("appearance"))
                                               : Settings::appearance()));
    Document document;
    MainWindow window(&document);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
        window.resize(size[0].toInt(), size[1].toInt());
    // What to do once the design is in: select, and maybe take the picture and quit.
    const auto ready = [&] {
        // The window has its final size now: fit again, unless the file has a view of its own.
        if (!Settings::viewOf(document.fileName()))
            window.canvas()->fitToWindow();
        if (parser.isSet(QStringLiteral("step")))
            window.lessonPane()->setStep(parser.value(QStringLiteral("step")).toInt() - 1);
        if (parser.isSet(QStringLiteral("check")))
            window.lessonPane()->check();
        const QString select = parser.value(QStringLiteral("select"));
        if (!select.isEmpty())
            window.selection()->set(select.split(QLatin1Char(',')), true);
        if (parser.isSet(QStringLiteral("simulate"))) {
            window.setSimulationMode(true);
            window.simulationPanel()->present(parser.value(QStringLiteral("simulate")),
                                              parser.value(QStringLiteral("tab")),
                                              parser.isSet(QStringLiteral("at"))
                                                  ? std::optional<double>(parser.value(QStringLiteral("at")).toDouble())
                                                  : std::nullopt);
        }
        const QString shot = parser.value(QStringLiteral("screenshot"));
        if (!shot.isEmpty())
            QTimer::singleShot(400, &window, [&window, shot] {
                const bool saved = window.grab().save(shot);
                QCoreApplication::exit(saved ? 0 : 2);
            });
    };
    // Once, for the design of the command line: later opens keep their own views.
    QObject::connect(
        &window, &MainWindow::designOpened, &window, [&] { QTimer::singleShot(100, &window, ready); },
        Qt::SingleShotConnection);
    const QStringList files = parser.positionalArguments();
    window.show();
    const QString lesson = parser.value(QStringLiteral("lesson"));
    const bool started = !lesson.isEmpty() ? window.openLesson(lesson)
                         : files.isEmpty() ? window.openBundledExample()
                                           : window.openFile(files.first());
    if (!started && parser.isSet(QStringLiteral("screenshot")))
        return 2;
    // Work a crashed session left behind is offered once the window is up (not when
    // taking a picture: nothing may wait for an answer then).
    if (!parser.isSet(QStringLiteral("screenshot")))
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("vpc-designer"));
    QCoreApplication::setOrganizationName(QStringLiteral("VPC Designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPC_DESIGNER_VERSION));
    if (argc > 1 && Cli::isMistypedSubcommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Cli::refuseMistyped(QString::fromLocal8Bit(argv[1]));
    }
    if (argc > 1 && Cli::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        if (Cli::needsPainting(QString::fromLocal8Bit(argv[1]))) {
            // Drawing needs fonts and a paint device, not a display: the offscreen
            // platform gives both anywhere.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // The offscreen platform asks for a runtime folder that a server may not have;
            // its complaint is not the user's business.
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                if (!text.startsWith(QLatin1String("QStandardPaths:")))
                    qt_message_output(type, context, text);
            });
            QApplication app(argc, argv);
            installTranslations(app);
            return Cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Cli::run(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
