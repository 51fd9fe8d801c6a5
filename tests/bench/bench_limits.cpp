// The limits on outside input (docs/format.md), each met with the largest input it allows
// and with one just past it: time and peak memory of the designer's command line, each
// run in a child process of its own (peak memory from wait4; it includes the bench's own
// few megabytes at the fork). Not a test: no timed asserts.
//
//   bench_limits [--only NAME] [--keep DIR]
//
// The inputs are made first (about 2.5 GB of scratch space at the peak; --keep leaves
// them in DIR). The whole run takes a few minutes.

#include "designformat.h"
#include "gzip.h"
#include "objects.h"
#include "syntheticdesign.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

struct Outcome
{
    double seconds = 0;
    double peakMb = 0;
    int exitCode = -1;
    QByteArray firstLine; // of stderr: the refusal, when there is one
};

/// Runs the designer with `arguments`, its output to files in `dir`.
Outcome runDesigner(const QStringList &arguments, const QString &dir)
{
    std::vector<QByteArray> storage{QByteArray(VPC_DESIGNER_BINARY)};
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QByteArray out = QFile::encodeName(dir + QStringLiteral("/stdout.txt"));
    const QByteArray err = QFile::encodeName(dir + QStringLiteral("/stderr.txt"));
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int o = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int e = ::open(err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(o, 1);
        ::dup2(e, 2);
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    Outcome o;
    o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    o.peakMb = double(usage.ru_maxrss) / 1024.0;
    o.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    QFile f(QString::fromLocal8Bit(err));
    if (f.open(QIODevice::ReadOnly))
        o.firstLine = f.readLine().trimmed();
    return o;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// A design of `instances` logged instances in one subnet, a one-minute flow log on the
/// VPC, and one flow over 31 days: about 44,640 records per interface.
QByteArray monthOfLogs(int instances)
{
    QByteArray y = "vpc-designer: 1\n"
                   "vpcs:\n"
                   "  - id: vpc-a\n"
                   "    region: us-east-1\n"
                   "    cidr-blocks: [10.0.0.0/16]\n"
                   "    subnets: [{id: subnet-a, az: us-east-1a, cidr: 10.0.0.0/20}]\n"
                   "    flow-logs: [{id: fl-a, resource: vpc-a, max-aggregation-interval: 60}]\n"
                   "    instances:\n";
    for (int i = 0; i < instances; ++i)
        y += "      - {id: i-" + QByteArray::number(i) + ", subnet: subnet-a}\n";
    y += "traffic:\n"
         "  - id: month\n"
         "    flows: [{id: f, from: i-0, to: i-1, port: 443, duration: 2678400}]\n";
    return y;
}

struct Case
{
    const char *name;
    const char *limit;
    std::function<QStringList(const QString &dir)> make; // the arguments, after making the input
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString only, keep;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--only") == 0 && i + 1 < argc)
            only = QString::fromLocal8Bit(argv[++i]);
        else if (qstrcmp(argv[i], "--keep") == 0 && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
    }
    QTemporaryDir scratch;
    const QString root = keep.isEmpty() ? scratch.path() : keep;
    QDir().mkpath(root);
    const QString example = QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");

    const std::vector<Case> cases = {
        {"design-at-size-limit", "128 MB file",
         [](const QString &dir) {
             // 24.3 MB per 2,000 VPCs with no layout; with a layout, a little more.
             int vpcs = 10400;
             QString path = dir + QStringLiteral("/big.yaml");
             for (;;) {
                 const auto design = makeSyntheticDesign({vpcs, true});
                 QString error;
                 DesignFormat::save(*design, path, &error);
                 const qint64 size = QFileInfo(path).size();
                 if (size <= DesignFormat::MaxFileSize)
                     break;
                 vpcs = int(vpcs * 0.99);
             }
             std::printf("  (%d VPCs with a layout: %.1f MB)\n", vpcs, double(QFileInfo(path).size()) / 1e6);
             return QStringList{QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")};
         }},
        {"design-past-size-limit", "128 MB file",
         [](const QString &dir) {
             const QString path = dir + QStringLiteral("/huge.yaml");
             QFile f(path);
             if (f.open(QIODevice::WriteOnly))
                 f.resize(DesignFormat::MaxFileSize + 1); // sparse
             return QStringList{QStringLiteral("validate"), path};
         }},
        {"nesting-at-parser-limit", "500 levels (parser); 64 in a kept value",
         [](const QString &dir) {
             const QString path = dir + QStringLiteral("/deep.yaml");
             // The top mapping is the first level: 498 lists inside it make 499.
             writeFile(path, "vpc-designer: 1\nx-deep: " + QByteArray(498, '[') + QByteArray(498, ']') + "\n");
             return QStringList{QStringLiteral("validate"), path};
         }},
        {"keys-at-limit", "1,000,000 keys per mapping",
         [](const QString &dir) {
             QByteArray y = "vpc-designer: 1\nx-many:\n";
             for (quint32 i = 0; i < YamlReader::MaxKeysPerMapping; ++i)
                 y += "  k" + QByteArray::number(i) + ": 1\n";
             const QString path = dir + QStringLiteral("/keys.yaml");
             writeFile(path, y);
             return QStringList{QStringLiteral("validate"), path};
         }},
        {"keys-past-limit", "1,000,000 keys per mapping",
         [](const QString &dir) {
             QByteArray y = "vpc-designer: 1\nx-many:\n";
             for (quint32 i = 0; i <= YamlReader::MaxKeysPerMapping; ++i)
                 y += "  k" + QByteArray::number(i) + ": 1\n";
             const QString path = dir + QStringLiteral("/keys2.yaml");
             writeFile(path, y);
             return QStringList{QStringLiteral("validate"), path};
         }},
        {"aliases-within-limit", "alias expansion: 1,000,000 nodes",
         [](const QString &dir) {
             // Six levels of nine aliases: 9^5 = 59,049 leaves. Each use of an alias counts all
             // that it names, aliases in it too, so this counts about 660,000 of the 1,000,000.
             QByteArray y = "vpc-designer: 1\nx-reuse:\n  l0: &l0 [a, a, a, a, a, a, a, a, a]\n";
             for (int i = 1; i < 6; ++i) {
                 y += "  l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
                 for (int j = 0; j < 9; ++j)
                     y += (j ? ", *l" : "*l") + QByteArray::number(i - 1);
                 y += "]\n";
             }
             const QString path = dir + QStringLiteral("/reuse.yaml");
             writeFile(path, y);
             return QStringList{QStringLiteral("validate"), path};
         }},
        {"aliases-past-limit", "alias expansion: 1,000,000 nodes",
         [](const QString &dir) {
             // Ten levels of ten aliases: 10^10 nodes if expanded.
             QByteArray y = "vpc-designer: 1\nvpcs:\n  - id: v\n    region: r\n    cidr-blocks: [10.0.0.0/16]\n";
             y += "    l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n";
             for (int i = 1; i < 10; ++i) {
                 y += "    l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
                 for (int j = 0; j < 10; ++j)
                     y += (j ? ", *l" : "*l") + QByteArray::number(i - 1);
                 y += "]\n";
             }
             const QString path = dir + QStringLiteral("/laughs.yaml");
             writeFile(path, y);
             return QStringList{QStringLiteral("validate"), path};
         }},
        {"capture-at-limit", "5,000,000 flow-log records per scenario",
         [](const QString &dir) {
             // 105 interfaces: 4.9 million records (NODATA for most windows).
             const QString path = dir + QStringLiteral("/month.yaml");
             writeFile(path, monthOfLogs(105));
             return QStringList{QStringLiteral("simulate"),    path,
                                QStringLiteral("--flow-logs"), dir + QStringLiteral("/month-logs"),
                                QStringLiteral("--format"),    QStringLiteral("json")};
         }},
        {"capture-past-limit", "5,000,000 flow-log records per scenario",
         [](const QString &dir) {
             const QString path = dir + QStringLiteral("/month2.yaml");
             writeFile(path, monthOfLogs(115));
             return QStringList{QStringLiteral("simulate"), path, QStringLiteral("--flow-logs"),
                                dir + QStringLiteral("/month2-logs")};
         }},
        {"replay-records-at-limit", "20,000,000 records read",
         [&example](const QString &dir) {
             // 20 million default-format lines, gzip: 2 GB of text, inflated as it is read.
             QByteArray block;
             for (int i = 0; i < 10000; ++i)
                 block += "2 123456789012 eni-0a1b2c3d4e5f60718 10.0.1.10 10.0.2.20 " +
                          QByteArray::number(32768 + i % 20000) + " 443 6 10 840 1700000000 1700000060 ACCEPT OK\n";
             QByteArray text;
             text.reserve(block.size() * 2000);
             for (int i = 0; i < 2000; ++i)
                 text += block;
             const QString path = dir + QStringLiteral("/records.log.gz");
             writeFile(path, Gzip::compress(text, 1));
             return QStringList{QStringLiteral("replay"), example, path, QStringLiteral("--format"),
                                QStringLiteral("json")};
         }},
        {"gzip-past-inflation-limit", "16 GB inflated per log",
         [&example](const QString &dir) {
             // 16 GB and a little of one repeated line without a newline: the worst a gzip
             // log can do within the limit, refused just past it.
             const QString path = dir + QStringLiteral("/bomb.log.gz");
             const QByteArray gigabyte(qsizetype(1) << 30, 'x');
             const QByteArray member = Gzip::compress(gigabyte, 9);
             QFile f(path);
             if (f.open(QIODevice::WriteOnly)) {
                 for (int i = 0; i < 16; ++i)
                     f.write(member);
                 f.write(Gzip::compress(QByteArray(4096, 'x'), 9));
             }
             return QStringList{QStringLiteral("replay"), example, path};
         }},
    };

    std::printf("%-27s %-42s %9s %9s %5s  %s\n", "case", "limit", "seconds", "peak MB", "exit", "first line of stderr");
    for (const Case &c : cases) {
        if (!only.isEmpty() && only != QLatin1String(c.name))
            continue;
        const QString dir = root + QLatin1Char('/') + QLatin1String(c.name);
        QDir().mkpath(dir);
        // The input is made in a child of its own: memory the parent kept would count in
        // the designer's peak (a forked child's peak starts from its parent's size).
        const QString argumentsFile = dir + QStringLiteral("/arguments.txt");
        std::fflush(stdout);
        if (const pid_t maker = ::fork(); maker == 0) {
            writeFile(argumentsFile, c.make(dir).join(QLatin1Char('\n')).toUtf8());
            std::fflush(stdout);
            ::_exit(0);
        } else {
            ::waitpid(maker, nullptr, 0);
        }
        QFile argumentsText(argumentsFile);
        if (!argumentsText.open(QIODevice::ReadOnly)) {
            std::printf("%-27s could not make its input\n", c.name);
            continue;
        }
        const QStringList arguments = QString::fromUtf8(argumentsText.readAll()).split(QLatin1Char('\n'));
        const Outcome o = runDesigner(arguments, dir);
        std::printf("%-27s %-42s %9.2f %9.0f %5d  %.100s\n", c.name, c.limit, o.seconds, o.peakMb, o.exitCode,
                    o.firstLine.constData());
        std::fflush(stdout);
        if (keep.isEmpty())
            QDir(dir).removeRecursively();
    }
    return 0;
}
