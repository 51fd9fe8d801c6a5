// vpc-mimetype FILE...: the MIME type the desktop's database (XDG_DATA_DIRS) gives each
// file, one a line; tst_package asks it about design files and plain YAML.
#include <QCoreApplication>
#include <QMimeDatabase>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QMimeDatabase db;
    for (const QString &file : QCoreApplication::arguments().mid(1))
        std::printf("%s\n", qPrintable(db.mimeTypeForFile(file).name()));
    return 0;
}
