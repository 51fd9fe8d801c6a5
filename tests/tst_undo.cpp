#include "designformat.h"
#include "document.h"
#include "randomedits.h"

#include <QTest>

/// Random sequences of edits through the undo stack: undoing all of them gives the
/// starting file byte for byte, redoing all gives the final one, and every state in
/// between comes back exactly when the stack returns to it.
class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomSequences_data();
    void randomSequences();
};

namespace {

/// The index agrees with the objects: every object is found under its own id, once.
bool consistent(const Design &design, QString *problem)
{
    qsizetype count = 0;
    bool ok = true;
    design.forEachObject([&](Object &o) {
        ++count;
        if (design.find(o.id) != &o) {
            ok = false;
            *problem = QStringLiteral("%1 is not indexed").arg(o.id);
        }
    });
    if (ok && count != design.objectCount()) {
        *problem = QStringLiteral("index holds %1 ids for %2 objects").arg(design.objectCount()).arg(count);
        return false;
    }
    return ok;
}

} // namespace

void TestUndo::randomSequences_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edits");
    QTest::newRow("seed 1") << 1u << 1200;
    QTest::newRow("seed 2") << 2u << 1000;
    QTest::newRow("seed 3") << 3u << 1000;
    QTest::newRow("seed 42") << 42u << 1500;
}

void TestUndo::randomSequences()
{
    QFETCH(quint32, seed);
    QFETCH(int, edits);
    LoadResult loaded = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    QVERIFY(loaded.ok());
    Document document(std::move(loaded.design), QString());
    QUndoStack *stack = document.undoStack();
    const QByteArray start = DesignFormat::write(document.design());

    // The file at every stack index (merged commands overwrite their index).
    QList<QByteArray> snapshots{start};
    RandomEditor editor(&document, seed);
    int made = 0;
    for (int i = 0; i < edits; ++i) {
        const QString what = editor.step();
        if (what.isEmpty())
            continue;
        ++made;
        QString problem;
        QVERIFY2(consistent(document.design(), &problem), qPrintable(what + QStringLiteral(": ") + problem));
        snapshots.resize(stack->index() + 1);
        snapshots[stack->index()] = DesignFormat::write(document.design());
    }
    QVERIFY2(made >= edits * 9 / 10, qPrintable(QStringLiteral("only %1 edits made").arg(made)));
    QVERIFY(stack->count() > edits / 2);
    const QByteArray finalBytes = DesignFormat::write(document.design());

    // Wander: undo and redo to random indices, comparing with the recorded states.
    QRandomGenerator rng(seed * 7919);
    for (int hop = 0; hop < 40; ++hop) {
        const int target = int(rng.bounded(stack->count() + 1));
        stack->setIndex(target);
        QCOMPARE(DesignFormat::write(document.design()), snapshots.at(target));
        QString problem;
        QVERIFY2(consistent(document.design(), &problem), qPrintable(problem));
    }

    stack->setIndex(stack->count());
    QCOMPARE(DesignFormat::write(document.design()), finalBytes);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(DesignFormat::write(document.design()), start);
    QVERIFY(!document.isModified());
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(DesignFormat::write(document.design()), finalBytes);

    // The final state is a valid file that reads back as itself.
    const LoadResult again = DesignFormat::read(finalBytes, QStringLiteral("final.yaml"));
    QVERIFY2(again.ok(), qPrintable(again.firstError().toString()));
    QCOMPARE(DesignFormat::write(*again.design), finalBytes);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
