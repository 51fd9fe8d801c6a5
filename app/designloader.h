#pragma once

#include "designformat.h"
#include "finding.h"

#include <QObject>

#include <memory>

/// A design read and fully validated off the UI thread, ready to be adopted.
struct LoadedDesign
{
    QString path;
    LoadResult result;
    FindingList findings;
};

/// Loads and validates a design file on a worker thread, so that opening a design of
/// thousands of VPCs never freezes the window. `finished` arrives on the UI thread.
class DesignLoader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~DesignLoader() override;

    /// Starts reading `path`; false when a load is already running.
    bool start(const QString &path);
    bool isBusy() const { return mBusy; }

Q_SIGNALS:
    void finished(std::shared_ptr<LoadedDesign> loaded);

private:
    bool mBusy = false;
    class QThread *mThread = nullptr;
};
