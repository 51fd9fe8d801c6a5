#include "designloader.h"

#include "validator.h"

#include <QThread>

DesignLoader::~DesignLoader()
{
    if (mThread) {
        mThread->wait();
        delete mThread;
    }
}

bool DesignLoader::start(const QString &path)
{
    if (mBusy)
        return false;
    mBusy = true;
    auto loaded = std::make_shared<LoadedDesign>();
    loaded->path = path;
    if (mThread) {
        mThread->wait();
        delete mThread;
    }
    mThread = QThread::create([loaded] {
        loaded->result = DesignFormat::load(loaded->path);
        if (loaded->result.ok())
            loaded->findings = Validator().validate(*loaded->result.design);
    });
    connect(mThread, &QThread::finished, this, [this, loaded] {
        mBusy = false;
        Q_EMIT finished(loaded);
    });
    mThread->start();
    return true;
}
