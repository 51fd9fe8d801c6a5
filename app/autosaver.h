#pragma once

#include "designformat.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>

#include <memory>

class Document;
class DesignSnapshot;
class QLockFile;
class QTimer;

/// A recovery copy found on disk: unsaved work of a session that did not end cleanly.
struct RecoveryCopy
{
    QString id;           // the session's id: the files' base name
    QString designPath;   // the design, as YAML
    QString originalFile; // the file the design came from ("" when it had none)
    QString displayName;  // what the window's title called it
    QDateTime savedAt;
};

/// Recovery copies of unsaved work, as editors keep them: every interval (60 s unless
/// set otherwise) a design with changes not yet copied is written, atomically, to the
/// application's data folder ("recovery/"). The copy is made from a DesignSnapshot in
/// slices of a few milliseconds and written on a worker thread, so that input is never
/// held up. A session holds a lock file while it runs; the next start finds the copies
/// whose session is gone (`orphans`) and offers them. Saving or a clean quit removes the
/// session's copy.
class AutoSaver : public QObject
{
    Q_OBJECT

public:
    explicit AutoSaver(Document *document, QObject *parent = nullptr);
    ~AutoSaver() override;

    /// Where recovery copies are kept.
    static QString folder();
    /// Copies left by sessions that are no longer running, newest first.
    static QList<RecoveryCopy> orphans();
    static LoadResult load(const RecoveryCopy &copy);
    /// Reads the note a session writes beside its copy (JSON: file, name, saved); fields
    /// that are missing or of the wrong type are left empty, the time falls back to
    /// `written`. Whatever the bytes, it returns.
    static RecoveryCopy readNote(const QByteArray &bytes, const QString &id, const QDateTime &written);
    /// Removes a copy's files.
    static void remove(const RecoveryCopy &copy);

    /// Seconds between copies; 0 turns copies off.
    void setInterval(int seconds);
    int interval() const { return mInterval; }
    /// Starts a copy now when there is work not yet copied (the timer's job).
    void saveNow();
    /// Whether a copy is being made or written.
    bool isBusy() const { return mSlicing || mWriting; }
    /// Removes this session's copy (after a save, on a clean quit).
    void discard();
    QString sessionId() const { return mId; }
    /// The longest the user interface was held up by one step of a copy (milliseconds).
    double longestStepMs() const { return mLongestStep; }

Q_SIGNALS:
    /// A copy was written (the design file's path).
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void step(quint64 epoch);
    void finished(bool ok, const QString &error, quint64 generation, quint64 epoch);
    void removeOwnFiles();
    bool lockSession();

    Document *mDocument;
    DesignSnapshot *mSnapshot;
    QTimer *mTimer;
    QThreadPool mPool;
    std::unique_ptr<QLockFile> mLock;
    QString mId;
    int mInterval = 60;
    quint64 mGeneration = 1;       // bumped by every change of the design
    quint64 mCopiedGeneration = 0; // what the copy on disk holds (0: none)
    quint64 mEpoch = 0;            // bumped by discard: what was started before is moot
    bool mDiscardPending = false;
    bool mSlicing = false;
    bool mWriting = false;
    double mLongestStep = 0;
};
