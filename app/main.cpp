#include "cli.h"
#include "document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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
    if (translator->load(QLocale(), QStringLiteral("vpc-designer"), QStringLiteral("_"),
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
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "the design to open; none: the bundled example"),
        QStringLiteral("[FILE]"));
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "-v" || a == "--version" ||
            a == "--help-all")
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
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    Document document;
    MainWindow window(&document);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openBundledExample();
    else
        window.openFile(files.first());
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("vpc-designer"));
    QCoreApplication::setOrganizationName(QStringLiteral("VPC Designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPC_DESIGNER_VERSION));
    if (argc > 1 && Cli::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Cli::run(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
