#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

/// The shipped translations as the program loads them: each .qm the build made gives a
/// sample of texts, a plural form and a rule's message in its language; and the check that
/// stops the build on an unfinished string does stop it.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data();
    void samples();
    void unfinishedStopsTheBuild();
};

void TestTranslations::samples_data()
{
    QTest::addColumn<QString>("qm");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString de = QStringLiteral(VPC_QM_DIR "/vpc-designer_de.qm");
    const QString en = QStringLiteral(VPC_QM_DIR "/vpc-designer_en.qm");
    const QString ja = QStringLiteral(VPC_QM_DIR "/vpc-designer_ja.qm");
    QTest::newRow("de: a menu") << de << "MainWindow"
                                << "&Print..." << -1 << "&Drucken...";
    QTest::newRow("de: the legend") << de << "DiagramDecorations"
                                    << "Legend" << -1 << "Legende";
    QTest::newRow("de: one page") << de << "ExportDialog"
                                  << "%n page(s), %1" << 1 << "1 Seite, %1";
    QTest::newRow("de: pages") << de << "ExportDialog"
                               << "%n page(s), %1" << 4 << "4 Seiten, %1";
    QTest::newRow("de: a rule's message") << de << "Rules"
                                          << "%1 cannot be checked: %2" << -1 << "%1 lässt sich nicht prüfen: %2";
    // Japanese: the accelerator after the text, one plural form for every count.
    QTest::newRow("ja: a menu") << ja << "MainWindow"
                                << "&Print..." << -1 << QString::fromUtf8("印刷(&P)...");
    QTest::newRow("ja: the legend") << ja << "DiagramDecorations"
                                    << "Legend" << -1 << QString::fromUtf8("凡例");
    QTest::newRow("ja: one page") << ja << "ExportDialog"
                                  << "%n page(s), %1" << 1 << QString::fromUtf8("1 ページ、%1");
    QTest::newRow("ja: pages") << ja << "ExportDialog"
                               << "%n page(s), %1" << 4 << QString::fromUtf8("4 ページ、%1");
    QTest::newRow("ja: a rule's message")
        << ja << "Rules"
        << "%1 cannot be checked: %2" << -1 << QString::fromUtf8("%1 はチェックできません: %2");
    QTest::newRow("en: one page") << en << "ExportDialog"
                                  << "%n page(s), %1" << 1 << "1 page, %1";
    QTest::newRow("en: pages") << en << "ExportDialog"
                               << "%n page(s), %1" << 4 << "4 pages, %1";
}

void TestTranslations::samples()
{
    QFETCH(QString, qm);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator t;
    QVERIFY2(t.load(qm), qPrintable(qm));
    QString got = t.translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
    got.replace(QLatin1String("%n"), QString::number(n)); // as tr() does
    QCOMPARE(got, expected);
}

void TestTranslations::unfinishedStopsTheBuild()
{
    // The check the build runs: a finished file passes, one unfinished string fails it.
    QTemporaryDir dir;
    const QString script = QStringLiteral(VPC_SOURCE_DIR "/translations/check-complete.py");
    const auto run = [&](const QString &ts) {
        QProcess p;
        p.start(QStringLiteral("python3"), {script, dir.filePath(QStringLiteral("stamp")), ts});
        p.waitForFinished(30000);
        return p.exitCode();
    };
    QCOMPARE(run(QStringLiteral(VPC_SOURCE_DIR "/translations/vpc-designer_de.ts")), 0);
    QFile shipped(QStringLiteral(VPC_SOURCE_DIR "/translations/vpc-designer_de.ts"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray text = shipped.readAll();
    const QByteArray done = "<translation>Legende</translation>";
    QVERIFY(text.contains(done));
    text.replace(done, "<translation type=\"unfinished\"></translation>");
    QFile broken(dir.filePath(QStringLiteral("broken_de.ts")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(text);
    broken.close();
    QCOMPARE(run(broken.fileName()), 1);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
