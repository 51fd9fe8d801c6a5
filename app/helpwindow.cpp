#include "helpwindow.h"

#include "catalogue.h"
#include "finding.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <qcustomplot.h>
#include <zlib.h>

namespace {

struct Page
{
    const char *file;
    const char *title;
};

const Page Pages[] = {
    {"window.md", QT_TRANSLATE_NOOP("HelpWindow", "The window")},
    {"canvas.md", QT_TRANSLATE_NOOP("HelpWindow", "The canvas")},
    {"diagrams.md", QT_TRANSLATE_NOOP("HelpWindow", "Diagrams: export, title, legend")},
    {"validation.md", QT_TRANSLATE_NOOP("HelpWindow", "Validation")},
    {"rules", QT_TRANSLATE_NOOP("HelpWindow", "Every rule")},
    {"simulation.md", QT_TRANSLATE_NOOP("HelpWindow", "Simulation and flow logs")},
    {"intents.md", QT_TRANSLATE_NOOP("HelpWindow", "Intents")},
    {"study.md", QT_TRANSLATE_NOOP("HelpWindow", "Lessons and challenges")},
    {"format.md", QT_TRANSLATE_NOOP("HelpWindow", "The file format")},
    {"performance.md", QT_TRANSLATE_NOOP("HelpWindow", "Performance")},
};

QString severityMeaning(Severity s)
{
    switch (s) {
    case Severity::Error:
        return HelpWindow::tr("error: AWS would refuse it, or traffic cannot work");
    case Severity::Warning:
        return HelpWindow::tr("warning: it works, but fails in a way you should know (an AZ outage, a quota, a "
                              "return path)");
    case Severity::Info:
        return HelpWindow::tr("info: worth seeing");
    }
    return {};
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), mList(new QListWidget(this)), mBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("HelpWindow"));
    setWindowTitle(tr("VPC Designer Manual"));
    mBrowser->setObjectName(QStringLiteral("HelpBrowser"));
    mBrowser->setOpenLinks(false);
    mBrowser->setSearchPaths({QStringLiteral(":/docs")});
    connect(mBrowser, &QTextBrowser::anchorClicked, this, &HelpWindow::follow);
    for (const Page &p : Pages) {
        auto *item = new QListWidgetItem(tr(p.title), mList);
        item->setData(Qt::UserRole, QLatin1String(p.file));
    }
    mList->setMaximumWidth(220);
    auto *back = new QPushButton(tr("Back"), this);
    auto *forward = new QPushButton(tr("Forward"), this);
    back->setShortcut(QKeySequence::Back);
    forward->setShortcut(QKeySequence::Forward);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QPushButton::clicked, mBrowser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, mBrowser, &QTextBrowser::forward);
    connect(mBrowser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(mBrowser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    connect(mList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != mPage)
            showPage(item->data(Qt::UserRole).toString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(forward);
    buttons->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(buttons);
    right->addWidget(mBrowser, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(mList);
    layout->addLayout(right, 1);
    resize(980, 720);
}

QStringList HelpWindow::pages()
{
    QStringList out;
    for (const Page &p : Pages)
        out.append(QLatin1String(p.file));
    return out;
}

void HelpWindow::showPage(const QString &page)
{
    mPage = pages().contains(page) ? page : QStringLiteral("window.md");
    if (mPage == QLatin1String("rules"))
        mBrowser->setHtml(rulesHtml());
    else
        mBrowser->setSource(QUrl(QStringLiteral("qrc:/docs/") + mPage), QTextDocument::MarkdownResource);
    {
        const QSignalBlocker block(mList);
        mList->setCurrentRow(int(pages().indexOf(mPage)));
    }
    present();
}

void HelpWindow::showRule(const QString &ruleId, const Finding *finding)
{
    mPage = QStringLiteral("rule:") + ruleId;
    const RuleInfo *rule = Catalogue::find(ruleId);
    QString html = QStringLiteral("<h2><code>%1</code></h2>").arg(ruleId.toHtmlEscaped());
    if (rule) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Severity:").toHtmlEscaped(), severityMeaning(rule->severity).toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Fires when").toHtmlEscaped(),
                         QCoreApplication::translate("Rules", rule->summary).toHtmlEscaped());
    } else {
        html +=
            QStringLiteral("<p>%1</p>").arg(tr("This rule is not in the catalogue of this version.").toHtmlEscaped());
    }
    if (finding) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p>")
                    .arg(tr("This finding").toHtmlEscaped(), finding->message.toHtmlEscaped(),
                         tr("Objects:").toHtmlEscaped(), finding->objects.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Every message says what is wrong, why AWS cares and what to do. The page "
                        "<a href=\"validation.md\">Validation</a> tells how the rules read a design; "
                        "<a href=\"rules\">Every rule</a> lists them all."));
    mBrowser->setHtml(html);
    {
        const QSignalBlocker block(mList);
        mList->setCurrentRow(-1);
    }
    present();
}

QString HelpWindow::rulesHtml()
{
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><table cellpadding='4'>")
                       .arg(tr("Every rule").toHtmlEscaped(), tr("The ids are stable: they appear in the "
                                                                 "Issues panel, in `vpc-designer validate` "
                                                                 "and in its JSON.")
                                                                  .toHtmlEscaped());
    for (const RuleInfo *rule : Catalogue::all())
        html += QStringLiteral("<tr><td><a name='%1'></a><code>%1</code></td><td>%2</td><td>%3</td></tr>")
                    .arg(QLatin1String(rule->id), QLatin1String(severityName(rule->severity)),
                         QCoreApplication::translate("Rules", rule->summary).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void HelpWindow::follow(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString path = url.path();
    const QString name = path.section(QLatin1Char('/'), -1);
    if (path.isEmpty() && url.hasFragment()) {
        mBrowser->scrollToAnchor(url.fragment());
    } else if (pages().contains(name)) {
        showPage(name);
    } else if (name.endsWith(QLatin1String(".png"))) {
        // A screenshot of the manual: shown alone, as wide as the window.
        const QString file =
            path.startsWith(QLatin1String("screenshots/")) ? path : QStringLiteral("screenshots/") + name;
        mBrowser->setHtml(QStringLiteral("<p><a href='%1'>%2</a></p><img src='qrc:/docs/%3' width='%4'>")
                              .arg(mPage, tr("Back to the page").toHtmlEscaped(), file)
                              .arg(std::max(200, mBrowser->viewport()->width() - 30)));
    }
}

void HelpWindow::present()
{
    show();
    raise();
    activateWindow();
}

QString HelpWindow::aboutText()
{
    QString text = tr("<h3>VPC Designer %1</h3>"
                      "<p>Design AWS VPC networks that check themselves: the drawing is a network model "
                      "that is validated as you draw and can be simulated.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    text += tr("<p>Built with:</p><ul>"
               "<li>Qt %1 (running on %2), under the GNU LGPL version 3</li>"
               "<li>QCustomPlot %3, under the GNU GPL version 3</li>"
               "<li>yaml-cpp %4, under the MIT licence</li>"
               "<li>zlib %5, under the zlib licence</li>"
               "</ul><p>These libraries are linked from the system, not copied into the program. "
               "The icons are the project's own. Text is drawn in the DejaVu fonts of the system "
               "(a free licence derived from Bitstream Vera).</p>"
               "<p>As the program links QCustomPlot, it is distributed under the terms of the GNU GPL "
               "version 3.</p>")
                .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()), QLatin1String(QCUSTOMPLOT_VERSION_STR),
                     QLatin1String(VPC_YAML_CPP_VERSION), QLatin1String(zlibVersion()));
    return text;
}

void HelpWindow::about(QWidget *parent)
{
    QMessageBox::about(parent, tr("About VPC Designer"), aboutText());
}
