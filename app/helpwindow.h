#pragma once

#include <QWidget>

class QListWidget;
class QUrl;
class QTextBrowser;
struct Finding;

/// The user manual, offline: the pages of docs/ (bundled in the binary) rendered in a
/// window with a list of pages, links between them and back and forward; a page of
/// every validation rule; and one rule explained for a finding. F1 on a panel opens the
/// page about it.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// The manual's pages: file names under :/docs ("window.md") and the rules page.
    static QStringList pages();
    /// Shows a page (one of `pages()`) and raises the window.
    void showPage(const QString &page);
    /// Shows what a rule checks and, when given, what this finding says.
    void showRule(const QString &ruleId, const Finding *finding = nullptr);
    QTextBrowser *browser() const { return mBrowser; }
    /// The page shown ("window.md", "rules", or "rule:ID").
    QString currentPage() const { return mPage; }

    /// The About box: version, Qt, and the licences of what the program links.
    static void about(QWidget *parent);
    static QString aboutText();

private:
    static QString rulesHtml();
    /// Follows a link: another page, a screenshot, or the web outside.
    void follow(const QUrl &url);
    void present();

    QListWidget *mList;
    QTextBrowser *mBrowser;
    QString mPage;
};
