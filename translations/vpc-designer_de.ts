<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cidr</name>
    <message>
        <source>a CIDR block needs a prefix length, such as /16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length of an IPv4 block is 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length of an IPv6 block is 0 to 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long to be a CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check a design against every validation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the design as canonical YAML, PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the validation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands (run without a display):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a design to OUT: .yaml as the designer saves it (canonical order and formatting). Runs without a display. The output is written whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design file (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write: .yaml or .yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vpc-designer export FILE --output OUT.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output must end in .yaml or .yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every validation rule: id, severity and a one-line summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vpc-designer rules [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a design against every validation rule (see &apos;vpc-designer rules&apos;). Runs without a display.
Exit code 0: no error finding; 1: at least one error finding; 2: the file could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text (default) or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vpc-designer validate FILE [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Resize %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the design&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Peer %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove peering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the route to %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociate %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignFormat</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; designs up to %2 MB can be opened (a design of 2,000 VPCs is about 18 MB), so this is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpAddress</name>
    <message>
        <source>empty address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long to be an address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - VPC Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC designs (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened; the design you had is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more warning(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC designs (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectKind</name>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress-only internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peering connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortRange</name>
    <message>
        <source>ports are a number from 0 to 65535 or a range such as &quot;1024-65535&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>too many errors; reading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors and aliases here would expand to more than %1 nodes; an alias that repeats an alias that repeats... (a &apos;billion laughs&apos; file) is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias names an anchor that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a single value, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value is nested more than 64 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in %2; it is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CIDR block: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IP address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id: an id is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a protocol: use tcp, udp, icmp, icmpv6, all (or -1), or a number from 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route is a mapping such as {destination: 0.0.0.0/0, target: igw-a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in a route; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route needs a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route needs a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network ACL rule is a mapping such as {rule: 100, protocol: tcp, ports: 443, %1: 0.0.0.0/0, action: allow}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule number is a whole number (1 to 32766)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action is allow or deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in a network ACL rule; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network ACL rule needs a rule number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 rule needs a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network ACL rule needs an action (allow or deny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security-group rule is a mapping such as {protocol: tcp, ports: 443, %1: 0.0.0.0/0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address; a rule needs a block such as %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in a security-group rule; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security-group rule needs a %1 (a CIDR block or a group id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a value of %2: use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port is 0 to 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 to %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number of zero or more, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UTC time such as 2026-11-26T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 is a mapping with an id, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 has no id; every object needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice: it already names the %2 at line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot stand here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2, which is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one IPv4 block in cidr-blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a mapping such as {id: %2a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a second %2 of %3 (the first is %4); a VPC has at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout is a mapping from ids to positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout key is an object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout of %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout entry is a mapping such as {x: 0, y: 0, width: 300, height: 200}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in a layout entry; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout entry needs x and y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout names %1, which is not an object of this design; the entry is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VPC Designer design: the file holds %1; a design is a mapping that starts with &apos;vpc-designer: 1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VPC Designer design: the key &apos;vpc-designer: 1&apos; (the format version) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpc-designer is the format version, a whole number; %1 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is in format version %1; this designer reads version 1 (a newer designer wrote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 does not exist; this designer reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader::F</name>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 appears twice in one mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRules</name>
    <message>
        <source>route table %1 sends %2 to %3, which joins %4 and %5, not %6; a route can use only a peering of its own VPC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>an id that names nothing, or names an object of the wrong kind or in the wrong VPC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlTree</name>
    <message>
        <source>the file is empty; a design starts with &apos;vpc-designer: 1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first YAML document is read; the rest of the file is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML is nested more than %1 levels deep; a design needs fewer than ten (is this really a design file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VPC Designer: design AWS VPC networks that check themselves.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;vpc-designer SUBCOMMAND --help&apos; tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design to open; none: the bundled example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
