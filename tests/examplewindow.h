#pragma once

// The window on the bundled example, as the window's tests start from it: 1440x900,
// shown, the scene laid out.

#include "canvasscene.h"
#include "document.h"
#include "mainwindow.h"

#include <QTest>

struct ExampleWindow
{
    Document *document = nullptr;
    MainWindow *window = nullptr;

    bool open()
    {
        document = new Document;
        window = new MainWindow(document);
        window->resize(1440, 900);
        window->show();
        if (!window->openBundledExample() || !QTest::qWaitForWindowExposed(window))
            return false;
        window->canvasScene()->flush();
        return true;
    }

    void close()
    {
        delete window;
        delete document;
        window = nullptr;
        document = nullptr;
    }
};
