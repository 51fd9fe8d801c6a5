#include "atomicwrite.h"
#include "designformat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

/// Writing files whole or not at all: a write that fails (a file-size limit, a full
/// file system) fails the save with a reason, leaves the old file as it was and no
/// temporary file behind; small files too, whose bytes all sit in a buffer until the end.
class TestAtomicWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesWhole();
    void refusedUnderAFileSizeLimit_data();
    void refusedUnderAFileSizeLimit();
    void fullFileSystem();
    void missingFolder();

private:
    QString read(const QString &path) const;
    QTemporaryDir mDir;
};

namespace {

/// Lowers the soft file-size limit for the scope (the signal it raises ignored, so that
/// the write fails with EFBIG as a full disk fails with ENOSPC).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &mOld);
        mOldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lower = mOld;
        lower.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lower);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &mOld);
        std::signal(SIGXFSZ, mOldHandler);
    }

private:
    rlimit mOld{};
    void (*mOldHandler)(int) = nullptr;
};

} // namespace

void TestAtomicWrite::initTestCase()
{
    QVERIFY(mDir.isValid());
}

QString TestAtomicWrite::read(const QString &path) const
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestAtomicWrite::writesWhole()
{
    const QString path = mDir.filePath(QStringLiteral("whole.txt"));
    QString error;
    QVERIFY(AtomicWrite::write(path, "first", &error));
    QVERIFY(AtomicWrite::write(path, "second", &error));
    QCOMPARE(read(path), QStringLiteral("second"));
    QCOMPARE(QDir(mDir.path()).entryList(QDir::Files), QStringList{QStringLiteral("whole.txt")});
}

void TestAtomicWrite::refusedUnderAFileSizeLimit_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("a small file (all in the buffer)") << 3000;
    QTest::newRow("16 KiB") << 16 * 1024;
    QTest::newRow("a large file") << 400 * 1024;
}

void TestAtomicWrite::refusedUnderAFileSizeLimit()
{
    QFETCH(int, size);
    const QString path = mDir.filePath(QStringLiteral("kept-%1.yaml").arg(size));
    QString error;
    QVERIFY(AtomicWrite::write(path, "the old design", &error));
    bool ok = true;
    {
        FileSizeLimit limit(1024);
        ok = AtomicWrite::write(path, QByteArray(size, 'x'), &error);
    }
    QVERIFY(!ok);
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot be written: ")), qPrintable(error));
    QCOMPARE(read(path), QStringLiteral("the old design"));
    for (const QString &name : QDir(mDir.path()).entryList(QDir::Files))
        QVERIFY2(name.startsWith(QLatin1String("kept-")) || name == QLatin1String("whole.txt"), qPrintable(name));
}

void TestAtomicWrite::fullFileSystem()
{
    // A real full disk: a small tmpfs, where the system allows mounting one (root).
    QTemporaryDir mount;
    const bool mounted = QProcess::execute(QStringLiteral("mount"),
                                           {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                            QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mount.path()}) == 0;
    if (!mounted)
        QSKIP("cannot mount a tmpfs here (needs root): the file-size limit cases cover the failure");
    const QString path = QDir(mount.path()).filePath(QStringLiteral("design.yaml"));
    QString error;
    QVERIFY(AtomicWrite::write(path, "the old design", &error));
    // Fill what is left.
    {
        QFile filler(QDir(mount.path()).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    const bool ok = AtomicWrite::write(path, QByteArray(8000, 'x'), &error); // fits a buffer
    QProcess::execute(QStringLiteral("umount"), {mount.path()});
    QVERIFY(!ok);
    QVERIFY2(error.contains(QLatin1String("cannot be written")), qPrintable(error));
}

void TestAtomicWrite::missingFolder()
{
    QString error;
    QVERIFY(!AtomicWrite::write(mDir.filePath(QStringLiteral("no/such/folder/x.yaml")), "x", &error));
    QVERIFY(error.contains(QLatin1String("no/such/folder")));
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
