#pragma once

#include "designformat.h"

#include <QMainWindow>

class Document;
class OutlineModel;
class QTreeView;

/// The designer's window: assembles the views around one Document and gives the File
/// and Edit menus. It decides nothing about networks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Document *document, QWidget *parent = nullptr);

    /// Opens a design file; on failure shows every problem and keeps the current design.
    bool openFile(const QString &path);
    /// Opens the example bundled in the resources (as an untitled design).
    bool openBundledExample();

    /// Saves to `path` (Save As without the dialog); reports failure in a message box.
    bool saveTo(const QString &path);

    Document *document() const { return mDocument; }
    QTreeView *outlineView() const { return mOutlineView; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void newDesign();
    void open();
    bool save();
    bool saveAs();
    /// Takes a loaded design into the document, or shows why it could not be loaded.
    bool adopt(LoadResult result, const QString &fileName, const QString &shownName);

    Document *mDocument;
    OutlineModel *mOutlineModel;
    QTreeView *mOutlineView;
};
