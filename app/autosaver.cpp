#include "autosaver.h"

#include "atomicwrite.h"

#include "designsnapshot.h"
#include "document.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AutoSaver)
};

/// A note is a few hundred bytes; anything larger is not one of ours.
constexpr qint64 MaxNoteSize = 64 * 1024;

/// One slice of copying the design: well under a frame.
constexpr double SliceMs = 2;

QString pathOf(const QString &id, const char *suffix)
{
    return QDir(AutoSaver::folder()).filePath(id + QLatin1String(suffix));
}

} // namespace

AutoSaver::AutoSaver(Document *document, QObject *parent)
    : QObject(parent), mDocument(document), mSnapshot(DesignSnapshot::of(document)), mTimer(new QTimer(this)),
      mId(QUuid::createUuid().toString(QUuid::WithoutBraces).left(13))
{
    mPool.setMaxThreadCount(1);
    const auto changed = [this] { ++mGeneration; };
    connect(document, &Document::objectAdded, this, changed);
    connect(document, &Document::objectRemoved, this, changed);
    connect(document, &Document::propertyChanged, this, changed);
    connect(document, &Document::objectRenamed, this, changed);
    connect(document, &Document::layoutChanged, this, changed);
    connect(document, &Document::designTextChanged, this, changed);
    connect(document, &Document::designReset, this, changed);
    // Saved, or undone back to what the file holds: no work to lose, no copy to keep.
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    connect(mTimer, &QTimer::timeout, this, &AutoSaver::saveNow);
    setInterval(mInterval);
}

AutoSaver::~AutoSaver()
{
    mPool.waitForDone();
    if (mDiscardPending)
        removeOwnFiles(); // discarded while a write was under way, and no event loop is left to say so
}

QString AutoSaver::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

void AutoSaver::setInterval(int seconds)
{
    mInterval = std::max(0, seconds);
    if (mInterval == 0) {
        mTimer->stop();
        return;
    }
    mTimer->start(mInterval * 1000);
}

void AutoSaver::saveNow()
{
    if (mSlicing || mWriting || !mDocument->isModified() || mGeneration == mCopiedGeneration)
        return;
    mSlicing = true;
    step(mEpoch);
}

void AutoSaver::step(quint64 epoch)
{
    if (epoch != mEpoch) { // discarded meanwhile: the work is saved or thrown away
        mSlicing = false;
        return;
    }
    QElapsedTimer clock;
    clock.start();
    if (!mSnapshot->refresh(SliceMs)) {
        mLongestStep = std::max(mLongestStep, double(clock.nsecsElapsed()) / 1e6);
        QTimer::singleShot(0, this, [this, epoch] { step(epoch); }); // input gets its turn in between
        return;
    }
    mSlicing = false;
    if (!mDocument->isModified() || !lockSession())
        return;
    const std::shared_ptr<const DesignSnapshot::Frozen> frozen = mSnapshot->take();
    const quint64 generation = mGeneration;
    QJsonObject meta;
    meta.insert(QStringLiteral("file"), mDocument->fileName());
    meta.insert(QStringLiteral("name"), mDocument->displayName());
    meta.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("version"), QCoreApplication::applicationVersion());
    const QByteArray metaBytes = QJsonDocument(meta).toJson();
    const QString designPath = pathOf(mId, ".yaml");
    const QString metaPath = pathOf(mId, ".json");
    mWriting = true;
    mLongestStep = std::max(mLongestStep, double(clock.nsecsElapsed()) / 1e6);
    mPool.start([this, frozen, generation, epoch, metaBytes, designPath, metaPath] {
        // The design first, then the note that names it: a copy is whole or not there.
        const QByteArray text = DesignFormat::write(*frozen->assemble());
        QString error;
        const bool ok = AtomicWrite::write(designPath, text, &error) && AtomicWrite::write(metaPath, metaBytes, &error);
        QMetaObject::invokeMethod(
            this, [this, ok, error, generation, epoch] { finished(ok, error, generation, epoch); },
            Qt::QueuedConnection);
    });
}

void AutoSaver::finished(bool ok, const QString &error, quint64 generation, quint64 epoch)
{
    mWriting = false;
    if (epoch != mEpoch) {
        mDiscardPending = false;
        removeOwnFiles(); // saved or thrown away while it was being written: no copy stays
        return;
    }
    if (!ok) {
        Q_EMIT failed(Tr::tr("The recovery copy could not be written: %1").arg(error));
        return;
    }
    if (!mDocument->isModified()) {
        discard(); // saved while the copy was being written
        return;
    }
    mCopiedGeneration = generation;
    Q_EMIT saved(pathOf(mId, ".yaml"));
}

bool AutoSaver::lockSession()
{
    if (mLock)
        return true;
    if (!QDir().mkpath(folder())) {
        Q_EMIT failed(Tr::tr("The recovery folder %1 cannot be made").arg(folder()));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(pathOf(mId, ".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        Q_EMIT failed(Tr::tr("The recovery lock %1 cannot be taken").arg(pathOf(mId, ".lock")));
        return false;
    }
    mLock = std::move(lock);
    return true;
}

void AutoSaver::discard()
{
    ++mEpoch; // a copy being made or written is moot
    mSlicing = false;
    mCopiedGeneration = 0;
    if (mWriting)
        mDiscardPending = true; // removed when the write is done, without waiting for it here
    else
        removeOwnFiles();
}

void AutoSaver::removeOwnFiles()
{
    if (!mLock)
        return;
    QFile::remove(pathOf(mId, ".json"));
    QFile::remove(pathOf(mId, ".yaml"));
    mLock.reset(); // unlocks and removes the lock file
}

QList<RecoveryCopy> AutoSaver::orphans()
{
    QList<RecoveryCopy> out;
    const QDir dir(folder());
    // A design without its note: a session that died between the two writes.
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.yaml")}, QDir::Files)) {
        const QString id = info.completeBaseName();
        if (QFileInfo::exists(dir.filePath(id + QStringLiteral(".json"))))
            continue;
        QLockFile lock(dir.filePath(id + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            QFile::remove(info.absoluteFilePath());
            lock.unlock();
        }
    }
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = info.completeBaseName();
        // A lock held by a running session is not taken; one left by a dead process is.
        QLockFile lock(dir.filePath(id + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const RecoveryCopy copy = readNote(file.read(MaxNoteSize), id, info.lastModified());
        if (QFileInfo::exists(copy.designPath))
            out.append(copy);
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.savedAt > b.savedAt; });
    return out;
}

RecoveryCopy AutoSaver::readNote(const QByteArray &bytes, const QString &id, const QDateTime &written)
{
    const QJsonObject meta = QJsonDocument::fromJson(bytes).object();
    RecoveryCopy copy;
    copy.id = id;
    copy.designPath = pathOf(id, ".yaml");
    copy.originalFile = meta.value(QStringLiteral("file")).toString();
    copy.displayName = meta.value(QStringLiteral("name")).toString();
    copy.savedAt = QDateTime::fromString(meta.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    if (!copy.savedAt.isValid())
        copy.savedAt = written;
    return copy;
}

LoadResult AutoSaver::load(const RecoveryCopy &copy)
{
    return DesignFormat::load(copy.designPath);
}

void AutoSaver::remove(const RecoveryCopy &copy)
{
    QFile::remove(pathOf(copy.id, ".json"));
    QFile::remove(copy.designPath);
    QFile::remove(pathOf(copy.id, ".lock"));
}
