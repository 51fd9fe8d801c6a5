// DesignFormat's entry points: reading a file whole or in slices, the checks before the
// YAML parser (text, size), loading from disk.

#include "designformat.h"
#include "designreader.h"
#include "yamlslices.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <thread>

#include <cerrno>
#include <sys/stat.h>

using namespace YamlReading;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignReader)
};

} // namespace

Diagnostic LoadResult::firstError() const
{
    for (const Diagnostic &d : diagnostics)
        if (d.isError())
            return d;
    return {};
}

DiagnosticList LoadResult::warnings() const
{
    DiagnosticList out;
    for (const Diagnostic &d : diagnostics)
        if (!d.isError())
            out.append(d);
    return out;
}

namespace {

/// The fast path for large files: the VPC list in slices on all cores, each slice
/// parsed and read into a design of its own, the rest of the file alongside, then the
/// VPCs joined in order. It succeeds only for files without a single diagnostic (the
/// common case for large generated designs); otherwise the caller reads the file whole,
/// so that messages and their order are exactly those of the whole read.
std::optional<LoadResult> readSliced(const QByteArray &data, const QString &fileName)
{
    const int threads = int(std::min(4u, std::thread::hardware_concurrency()));
    if (threads < 2 || data.size() < DesignFormat::SliceThreshold)
        return std::nullopt;
    const auto plan = YamlSlices::plan(data, threads);
    if (!plan || plan->count() < 2)
        return std::nullopt;

    const size_t count = plan->count();
    std::vector<std::unique_ptr<Design>> designs(count);
    std::vector<DiagnosticList> diagnostics(count);
    const auto readSlice = [&](size_t k) {
        YamlTree tree;
        Diagnostic error;
        if (!tree.parse(plan->slice(data, k), fileName, error))
            return;
        DesignReader reader(tree, fileName, diagnostics[k]);
        designs[k] = reader.readVpcSlice();
    };
    std::vector<std::thread> workers;
    for (size_t k = 1; k < count; ++k)
        workers.emplace_back(readSlice, k);
    readSlice(0);

    LoadResult result;
    YamlTree skeleton;
    Diagnostic error;
    const bool parsed = skeleton.parse(plan->skeleton(data), fileName, error);
    std::optional<DesignReader> reader;
    if (parsed && skeleton.warnings().isEmpty()) {
        reader.emplace(skeleton, fileName, result.diagnostics);
        if (!reader->runDeferringLayout() || !result.diagnostics.isEmpty())
            reader.reset();
    }
    for (std::thread &t : workers)
        t.join();
    if (!reader)
        return std::nullopt;
    for (size_t k = 0; k < count; ++k)
        if (!designs[k] || !diagnostics[k].isEmpty())
            return std::nullopt;
    result.design = reader->finish(designs);
    if (!result.design || !result.diagnostics.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace

namespace {

/// The position of the first byte that is not text in UTF-8 (a NUL, a byte no UTF-8
/// sequence allows, an overlong form, a surrogate, a code point past U+10FFFF, a sequence
/// cut short), with what is wrong; line and column count characters from 1.
std::optional<Diagnostic> badText(const QByteArray &data, const QString &fileName)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    int line = 1, column = 1;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        qsizetype length = 1;
        QString why;
        if (c == 0) {
            why = Tr::tr("a NUL byte: a design is UTF-8 text");
        } else if (c >= 0x80) {
            char32_t cp = 0;
            char32_t least = 0;
            if (c >= 0xc2 && c <= 0xdf) {
                length = 2, cp = c & 0x1f, least = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                length = 3, cp = c & 0x0f, least = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                length = 4, cp = c & 0x07, least = 0x10000;
            } else {
                length = 0;
            }
            for (qsizetype k = 1; k < length; ++k) {
                if (i + k >= n || (p[i + k] & 0xc0) != 0x80) {
                    length = 0;
                    break;
                }
                cp = (cp << 6) | (p[i + k] & 0x3f);
            }
            if (length == 0 || cp < least || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                why = Tr::tr("bytes that are not UTF-8 (0x%1): a design is UTF-8 text")
                          .arg(QString::number(c, 16).rightJustified(2, QLatin1Char('0')));
        }
        if (!why.isEmpty()) {
            Diagnostic d;
            d.file = fileName;
            d.line = line;
            d.column = column;
            d.message = why;
            return d;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

LoadResult DesignFormat::read(const QByteArray &data, const QString &fileName, bool slicing)
{
    // Text that is not UTF-8 would change on the way in and out: refused, with where.
    if (auto bad = badText(data, fileName)) {
        LoadResult refused;
        refused.diagnostics.append(*bad);
        return refused;
    }
    if (slicing)
        if (auto sliced = readSliced(data, fileName))
            return std::move(*sliced);
    LoadResult result;
    YamlTree tree;
    Diagnostic parseError;
    if (!tree.parse(data, fileName, parseError)) {
        result.diagnostics.append(parseError);
        return result;
    }
    result.diagnostics.append(tree.warnings());
    DesignReader reader(tree, fileName, result.diagnostics);
    result.design = reader.run();
    return result;
}

LoadResult DesignFormat::load(const QString &path)
{
    LoadResult result;
    Diagnostic d;
    d.file = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        // A folder on the way that may not be entered hides the file: say so.
        struct stat st;
        const bool denied = ::stat(QFile::encodeName(path).constData(), &st) != 0 && errno == EACCES;
        d.message = denied ? Tr::tr("cannot be reached: permission denied") : Tr::tr("no such file");
        result.diagnostics.append(d);
        return result;
    }
    if (info.isDir()) {
        d.message = Tr::tr("is a folder, not a design file");
        result.diagnostics.append(d);
        return result;
    }
    if (!info.isFile()) {
        // /dev/zero would be read until memory runs out, a pipe with no writer waited on.
        d.message = Tr::tr("is not a regular file (a device, a pipe or a socket): not read");
        result.diagnostics.append(d);
        return result;
    }
    if (info.size() > MaxFileSize) {
        // Rounded up: a file one byte past the limit is not "128 MB; up to 128 MB".
        d.message = Tr::tr("the file is %1 MB; designs up to %2 MB can be opened (a design of 2,000 "
                           "VPCs is about 24 MB), so this is not read")
                        .arg((info.size() + (qint64(1) << 20) - 1) >> 20)
                        .arg(MaxFileSize >> 20);
        result.diagnostics.append(d);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d.message = Tr::tr("cannot be read: %1").arg(file.errorString());
        result.diagnostics.append(d);
        return result;
    }
    // Never more than the limit, whatever the file became since it was measured.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize) {
        d.message = Tr::tr("the file grew past %1 MB while it was read: not read").arg(MaxFileSize >> 20);
        result.diagnostics.append(d);
        return result;
    }
    if (data.size() != info.size() && file.error() != QFileDevice::NoError) {
        d.message = Tr::tr("cannot be read: %1").arg(file.errorString());
        result.diagnostics.append(d);
        return result;
    }
    return read(data, path);
}
