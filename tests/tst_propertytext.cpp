#include "properties.h"
#include "yamlreader.h"

#include <QTest>

/// The text the Inspector shows and takes for a property, and back: what a user may type
/// into a field and what is refused with a reason (the value then stays as it was).
class TestPropertyText : public QObject
{
    Q_OBJECT
private slots:
    void fromText_data();
    void fromText();
    void policyText_data();
    void policyText();
};

void TestPropertyText::fromText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");  // the accepted value shown back; empty when refused
    QTest::addColumn<QString>("reason"); // a fragment of the refusal
    const int vpc = int(ObjectKind::Vpc), flow = int(ObjectKind::Flow);
    QTest::newRow("account") << vpc << "account"
                             << "111122223333"
                             << "111122223333"
                             << "";
    QTest::newRow("account, spaces trimmed") << vpc << "account"
                                             << " 111122223333 "
                                             << "111122223333"
                                             << "";
    QTest::newRow("account of 11 digits") << vpc << "account"
                                          << "11112222333"
                                          << ""
                                          << "12 digits";
    QTest::newRow("account of 13 digits") << vpc << "account"
                                          << "1111222233334"
                                          << ""
                                          << "12 digits";
    QTest::newRow("account with dashes") << vpc << "account"
                                         << "1111-2222-3333"
                                         << ""
                                         << "12 digits";
    QTest::newRow("account of Arabic-Indic digits") << vpc << "account" << QString(12, QChar(0x0661)) << ""
                                                    << "12 digits";
    QTest::newRow("region required") << vpc << "region"
                                     << " "
                                     << ""
                                     << "required";
    QTest::newRow("start at the limit") << flow << "start"
                                        << "2678400"
                                        << "2678400"
                                        << "";
    QTest::newRow("start past the limit") << flow << "start"
                                          << "2678401"
                                          << ""
                                          << "0 to 2678400";
    QTest::newRow("start nan") << flow << "start"
                               << "nan"
                               << ""
                               << "";
}

void TestPropertyText::fromText()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QFETCH(QString, reason);
    const PropertyDef *def = findProperty(ObjectKind(kind), QStringView(key));
    QVERIFY(def);
    QString why;
    const auto value = propertyFromText(*def, input, &why);
    if (shown.isEmpty()) {
        QVERIFY2(!value, qPrintable(propertyText(*def, value.value_or(QVariant()))));
        QVERIFY(!why.isEmpty());
        QVERIFY2(why.contains(reason), qPrintable(why));
    } else {
        QVERIFY2(value, qPrintable(why));
        QCOMPARE(propertyText(*def, *value), shown);
    }
}

void TestPropertyText::policyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("nothing: full access") << "" << true;
    QTest::newRow("a policy") << "Statement:\n  - Effect: Allow\n    Action: '*'\n" << true;
    QTest::newRow("a flow mapping") << "{Version: '2012-10-17'}" << true;
    QTest::newRow("a word") << "-" << false;
    QTest::newRow("a list") << "[a, b]" << false;
    QTest::newRow("not YAML") << "{a: [" << false;
}

void TestPropertyText::policyText()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QString why;
    const auto value = YamlReading::parseMapping(text, &why);
    QCOMPARE(value.has_value(), accepted);
    QCOMPARE(why.isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestPropertyText)
#include "tst_propertytext.moc"
