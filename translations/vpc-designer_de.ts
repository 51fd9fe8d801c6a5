<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutoSaver</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery lock %1 cannot be taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasItems</name>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Drop on another VPC to peer it with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to peer %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peering: drop the link on another VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peered %1 with %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not something the canvas can add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to open the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no place for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CidrRules</name>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 in %3: its host bits are set, and AWS stores it as %4. Write %4 so the design says what AWS will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is a /%3; an IPv4 VPC block is /16 (65,536 addresses) to /28 (16). Choose a block in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block %2 lies in 169.254.0.0/16, the link-local range AWS keeps for the instance metadata service and DNS; AWS refuses it. Use a private range such as 10.0.0.0/8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block %2 overlaps 172.17.0.0/16, the default Docker bridge network that some AWS services (SageMaker, Cloud9) use; they will not reach those addresses. Prefer another range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cidr-blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipv6-cidr-blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 IPv4 blocks; the default quota is 5 per VPC (it can be raised to 50). Request the increase before deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s primary block %2 is in %3, but its block %4 is in %5; AWS refuses a secondary block from a different RFC 1918 range. Take it from %3, or from 100.64.0.0/10 or a public range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s blocks %2 and %3 overlap; AWS refuses a block that overlaps one the VPC already has. Remove one or make them disjoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cidr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipv6-cidr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route&apos;s destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ingress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an egress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s cidr %2 is IPv6; a subnet&apos;s cidr is its IPv4 block (put IPv6 in ipv6-cidr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is a /%3; an IPv4 subnet is /16 to /28. Choose a size in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is not inside any block of %3 (%4); AWS creates subnets only from their VPC&apos;s blocks. Pick a free block such as one inside %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s IPv6 block %2 is not a /64; AWS gives every subnet exactly a /64 of its VPC&apos;s /56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the IPv6 block %2, but %3 has no IPv6 block; add one to the VPC first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s IPv6 block %2 is not inside %3&apos;s IPv6 block %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in AZ %2, which is not an AZ of %3&apos;s region %4; a subnet lives in one AZ of its VPC&apos;s region, such as %4a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) overlaps %3 (%4) in %5; subnets of a VPC must not share addresses. Move %1 to a free block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is outside its subnet %3 (%4); AWS gives an interface an address of its own subnet. Use one from %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the IPv6 address %2, but its subnet %3 has no IPv6 block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is one of the five addresses AWS reserves in %3 (%4: the network address, the VPC router, DNS, one for future use, and the last); the first one an instance can have is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both have the address %3; an address belongs to one interface. Give %1 another address of %4.</source>
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
        <source>the subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design file (YAML)</source>
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
    <message>
        <source>replay a traffic scenario hop by hop; write its flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lay real flow-log files onto the design and explain each REJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a design to OUT: .yaml as the designer saves it (canonical order and formatting); .png or .svg as the canvas draws it (automatic layout where the design has no positions, badges for findings, no selection), the whole design however large. Runs without a display. The output is written whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write: .yaml, .yml, .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for PNG: pixels per canvas unit (default 1; 2 for high-DPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vpc-designer export FILE --output OUT.yaml|OUT.png|OUT.svg [--scale F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output must end in .yaml, .yml, .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale is a number above 0 and at most 16, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates every flow of a traffic scenario through the design, the request and the answer, hop by hop, naming every setting that blocks a packet. Runs without a display.
Exit code 0: every flow delivered; 1: at least one flow dropped; 2: the input could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario to run (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write what the design&apos;s flow logs would record, in AWS&apos;s S3 layout, and athena.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vpc-designer simulate FILE [--scenario ID] [--format text|json] [--flow-logs DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no scenario &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the design has no traffic scenario to simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: flow log %2: %3; the default format is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow logs: %1 records in %2 files under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads real VPC flow-log files (plain or gzip, default or custom fields by their header line), matches each record to the design&apos;s interfaces and addresses, and names for each REJECT the setting of the design that rejects it. Runs without a display.
Exit code 0: read; 2: the input could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow-log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vpc-designer replay FILE LOG... [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lines not read</source>
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
    <name>ContextMenus</name>
    <message>
        <source>&amp;Paste Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;VPC Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;Subnet Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;Internet Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peer With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already peered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;Instance Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;NAT Gateway Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Interface &amp;Endpoint Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Its &amp;VPCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate &amp;From Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate &amp;To Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain the Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignFormat</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
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
        <source>a key must be a single word, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 appears twice in one mapping</source>
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
        <source>%1 should be a list, not %2</source>
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
        <source>%1 cannot stand here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignSearch</name>
    <message>
        <source>has the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id contains &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design is large: drawn at scale %1 to stay within %2 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot encode the image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by VPC Designer</source>
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
    <name>EditOperations</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyCanvasHint</name>
    <message>
        <source>Add a VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;An empty design&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a VPC from the palette onto the canvas, or click it there; then add subnets, instances and gateways the same way. Or start from an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPC with the next free /16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundled design to look at and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design file of your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointRules</name>
    <message>
        <source>%1 has two subnets in %2 (%3 and %4); an interface endpoint takes at most one subnet per AZ. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an interface only in %2, while %3 has subnets in %4 too; if %2 fails, nothing in the VPC reaches %5 through it. Add one subnet of each of %4 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has private DNS on, but %2 has %3 off; AWS refuses private DNS for an endpoint unless the VPC has both dns-support and dns-hostnames. Turn them on, or private-dns off (and use the endpoint&apos;s own DNS names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a gateway endpoint for %2, but gateway endpoints exist only for s3 and dynamodb. Make it an interface endpoint (PrivateLink) for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for %2 in %3, but %4 is in %5; gateway endpoints reach services in their own region only. Use %5, or reach %3 over the internet or an interface endpoint there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is associated with no route table, so no subnet sends %2 traffic through it. Associate the route tables of the subnets that use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 aggregates over %2 s; AWS offers 60 s (1 minute) or 600 s (10 minutes), the default. Use one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on &apos;%2&apos;, which is not an object of this design; a flow log is attached to a VPC, a subnet or an instance&apos;s interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2, a %3; a flow log is attached to a VPC, a subnet or an instance&apos;s interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2 but is on %3 of %4; keep a flow log with the VPC it watches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find by id, name, CIDR or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address finds the instance, subnet and VPC that hold it; Enter: next, Shift+Enter: previous, Escape: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous result (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next result (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowLogs</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field: a custom format lists fields as ${name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow-log field of versions 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields expected, %2 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the %1 fields of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2 of the gzip file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a VPC flow-log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a VPC flow-log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data ends too early (the file is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the design rejects this packet: the rejection comes from a setting the design does not have (or the design differs from what ran)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>The window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation and flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: AWS would refuse it, or traffic cannot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: it works, but fails in a way you should know (an AZ outage, a quota, a return path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: worth seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC Designer Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule is not in the catalogue of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message says what is wrong, why AWS cares and what to do. The page &lt;a href=&quot;validation.md&quot;&gt;Validation&lt;/a&gt; tells how the rules read a design; &lt;a href=&quot;rules&quot;&gt;Every rule&lt;/a&gt; lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ids are stable: they appear in the Issues panel, in `vpc-designer validate` and in its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPC Designer %1&lt;/h3&gt;&lt;p&gt;Design AWS VPC networks that check themselves: the drawing is a network model that is validated as you draw and can be simulated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (running on %2), under the GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QCustomPlot %3, under the GNU GPL version 3&lt;/li&gt;&lt;li&gt;yaml-cpp %4, under the MIT licence&lt;/li&gt;&lt;li&gt;zlib %5, under the zlib licence&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;These libraries are linked from the system, not copied into the program. The icons are the project&apos;s own. Text is drawn in the DejaVu fonts of the system (a free licence derived from Bitstream Vera).&lt;/p&gt;&lt;p&gt;As the program links QCustomPlot, it is distributed under the terms of the GNU GPL version 3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VPC Designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n objects selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a YAML mapping, such as Statement: [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is taken</source>
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
    <message>
        <source>an IPv4 address has four decimal numbers separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each part of an IPv4 address is 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of an IPv4 address has a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address has at most eight groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 group has at most four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once in an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address without &apos;::&apos; has eight groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;::&apos; stands for at least one group, so at most seven may be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>No findings: the design passes every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
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
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export S&amp;VG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n object(s) and what depended on them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the copied objects&apos; VPCs are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation mode: play a scenario and follow its packets; %1 goes back to design mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole design as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste into the selected VPC or subnet, or beside the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection beside itself, with free blocks and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find objects by id, name, CIDR or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to show the whole design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between designing and simulating traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the scenario&apos;s traffic on the canvas (switches to simulation mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC Designer &amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual, on the page about the panel you are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation &amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VPC Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two VPCs and click Peering again, or drag from one VPC&apos;s link handle to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cannot be peered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peered %1 with %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the flow %1 from %2 to %3: edit it in the Simulation panel, then play (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opening %n more design(s) in windows of their own</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC Designer did not close properly. A recovery copy of %1 from %2 holds changes that were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it as an unsaved design, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it in place of what %1 holds on disk (nothing is written until you save), or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the work of %1; save it to keep it</source>
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
    <message>
        <source>a VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an egress-only internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peering connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flow</source>
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
    <name>PacketOverlay</name>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on the empty canvas: a VPC with the next free /16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop in a VPC&apos;s AZ column: the next free /24 in that AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop in a subnet: the next free usable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop in a public subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on a VPC (one per VPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress-only gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on a VPC: IPv6 out, nothing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a subnet: an interface endpoint; on a VPC: an S3 gateway endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on a VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a VPC or a subnet: logs its traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one VPC&apos;s link handle (or Shift-drag a VPC) to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the canvas, or click to add where it makes sense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help on the Palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringRules</name>
    <message>
        <source>internet gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no gateway to offer anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 will not carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends the default route %2 to %3: AWS does not let traffic through a peer VPC to the internet or other networks (no edge-to-edge routing), so %4. Send %2 to %5&apos;s own internet or NAT gateway, and through %3 only %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3 (to %4), but %2 is %5&apos;s block %6; %4 peers with %5, yet peering is not transitive: %4 will not forward the traffic. Peer %7 and %5 directly, or connect them through a transit gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends %2, which lies outside %3 (%4), to %5: AWS does not route through a peer to the internet, a NAT gateway or a gateway endpoint (no edge-to-edge routing), so %6. Use %7&apos;s own gateways for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, but no address of %2 is in %4 (%5): the peering delivers only to the peer&apos;s own addresses, so this traffic is dropped. Correct the destination to one of %4&apos;s blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, which is %4, not active: until it is accepted and active the route is a blackhole and the traffic is dropped. Accept %3 (or request a new peering), or remove the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins %2 to itself; AWS refuses a peering of a VPC with itself, and a VPC reaches its own addresses through its local routes anyway. Remove %1 or point it at another VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 overlaps %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot join %2 and %3: %4. AWS refuses a peering when any IPv4 block (primary or secondary) or IPv6 block of the two VPCs overlaps, even if only one family is used. Give one VPC blocks that do not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins %2 and %3, which %4 already joins; AWS allows one peering connection per pair of VPCs. Remove %1 and route through %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route table of %1 or %2 routes through %3, so no traffic crosses it. Add a route to %4 through %3 in %1&apos;s tables and a route to %5 through %3 in %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 routes to %2 through %3, but %2 has no route back: requests arrive and their answers are dropped. Add a route to %4 through %3 in the route tables of %2&apos;s subnets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 active peering connections; AWS allows at most 125 per VPC. Connect this many VPCs through a transit gateway instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 active peering connections, more than the default quota of 50 (it can be raised to 125). Request the increase, or connect the VPCs through a transit gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>a VPC cannot sit inside another VPC; drop it on the empty canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a peering by dragging from one VPC to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic is added in the simulation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnets do not nest; drop the subnet on the VPC&apos;s free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no free block left for another subnet (its blocks: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the internet gateway %2; a VPC has at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the egress-only internet gateway %2; a VPC has at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no free address left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not pasted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no subnet for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its VPC is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not pasted: %2 already has %3; a VPC has at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not pasted: no block of the size of %2 is free for a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps %2: %3 has no free block left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: left out %n reference(s) it cannot use where it was pasted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lives in a VPC; drop it inside one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives in a subnet; drop it inside one</source>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work is copied this often; after a crash the next start offers the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of the window, the canvas and the plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery copy every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this much work can be lost if the program or the computer stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all traffic (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port is 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR block: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-11-26T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a protocol is tcp, udp, icmp, icmpv6, all (-1) or 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is edited as a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>ACCEPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches nothing in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Src port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dst port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRules</name>
    <message>
        <source>route table %1 sends %2 to %3, which joins %4 and %5, not %6; a route can use only a peering of its own VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, but no object has that id; add it or correct the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, which is a %4; %3 takes a %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, which belongs to %4, not %5; an object can use only what its own VPC holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteRules</name>
    <message>
        <source>route table %1 has two routes to %2 (to %3 and to %4); AWS keeps one route per destination. Remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends the IPv4 destination %2 to the egress-only internet gateway %3, which carries IPv6 only. Send IPv4 to a NAT gateway (private subnets) or an internet gateway, and ::/0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, the internet gateway of %4; a route can use only its own VPC&apos;s internet gateway. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, but there is no internet gateway %3. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an internet gateway to %1 and route to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1 sends %2, a part of %3&apos;s own addresses, to %4; AWS accepts a route more specific than the local route only when it is exactly a subnet&apos;s block and points at a NAT gateway or an instance&apos;s interface (a middlebox). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the destination a whole subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point it at a NAT gateway or an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public NAT gateway %1 is in %2, whose route table %3 has no default route (0.0.0.0/0) to an internet gateway, so what it translates cannot leave. Put %1 in a public subnet, or add 0.0.0.0/0 -&gt; %4 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 carries the internet traffic of subnets in %3 (%4) too; if %2 fails, they lose their way out with it. Give each AZ its own NAT gateway and route each AZ&apos;s subnets to theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the public address %2, but %3&apos;s route table %4 has no route to an internet gateway, so the address is never reachable. Route 0.0.0.0/0 to %5, or drop the public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internet gateway of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <source>a protocol is tcp, udp, icmp, icmpv6, all or 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS&apos;s default: allow all traffic out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target is the id of a gateway, NAT gateway, peering connection or instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule number is a whole number from 1 to 32766</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action is allow or deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer is a CIDR block such as 10.0.0.0/16 or a security group&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityRules</name>
    <message>
        <source>an ingress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an egress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 naming %3, a group of %4, but %4 is not peered with %5 (by an active peering); a rule can name groups of its own VPC or of a peered VPC only. Peer the VPCs, or name %4&apos;s addresses (%6) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2, %3) has %4 naming %5 of the peered VPC %6 in %7; AWS lets rules name groups across a peering only within one region. Name %6&apos;s addresses (%8) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some answers (such as those to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s ingress rule %2 lets %3 in from %4, but its egress rules stop %5: network ACLs are stateless, so each answer needs its own rule. Allow %6 to %4 on the clients&apos; ephemeral ports (1024-65535 covers Linux, Windows, NAT gateways and load balancers) in the egress rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s egress rule %2 lets %3 out to %4, but its ingress rules stop %5 coming back: network ACLs are stateless, so answers need their own rule. Allow %6 from %4 on ephemeral ports (1024-65535) in the ingress rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rule number %3; rule numbers run from 1 to 32766 (32767 and * are AWS&apos;s final deny). Renumber it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two %2 rules numbered %3; a number orders one rule. Renumber one (leave gaps of 10 or 100 for later rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 %3 rules; AWS allows 60 per direction by default (the quota can be raised, but groups × rules per interface is capped at 1,000). Merge rules with wider blocks or split the group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>%1 matches %2 local (longest prefix /%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches the %2 prefix list (%3) -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 -&gt; %3 (longest prefix /%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2 (%3) allows %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rule allows %2 %3; security groups deny what they do not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security group: all inbound traffic is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security group: all outbound traffic is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer to an allowed connection: security groups are stateful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2 allows %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2 denies %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rule allows %2 %3; the final rule denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ends are in %1: network ACLs do not filter inside a subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route for %1: the packet is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route %1 -&gt; %2 leads nowhere (the target is missing or not in this VPC): a blackhole for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not active: routes to it are blackholes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2 or %3, the two ends of %4: peering is neither transitive nor edge-to-edge; peer the VPCs directly or use a transit gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to %1 is routed %2 instead of back the way the request came: asymmetric routing drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routed to instance %1 as a middlebox: the simulator does not follow traffic through appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no public IPv4 address: the internet gateway cannot translate it; give it a public or elastic IP, or route through a NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no public address of the destination: nothing from the internet reaches a private address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no internet gateway: nothing comes in from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an egress-only internet gateway carries IPv6 only; %1 is IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an egress-only internet gateway lets no connection in from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translates the answer back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source becomes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet has no route to an internet gateway for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to %1 is routed to %2, which never saw the request: a NAT gateway lets nothing in that it did not send out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in from the internet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out to the internet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across the peering between %1 and %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 through the gateway endpoint, inside AWS&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface endpoints carry TCP only (TCP and IPv4: the seed-era rule); this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for %2 in %3, but the traffic is in %4: gateway endpoints reach their own region&apos;s service only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subnet of %1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 but belongs to no interface of the design: its security groups are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enters %1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private DNS: the service&apos;s name resolves to %1, the endpoint&apos;s address here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the packet has nowhere to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would reach %1 were it not blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply (were the request let through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (an answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records: %2 matched, %3 matched nothing; %4 accepted, %5 rejected (%6 explained by the design, %7 not); %8 NODATA, %9 SKIPDATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an address, an object of the design nor service:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a gateway endpoint: it has no address; use service:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2; a flow starts or ends at an instance, an address or service:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no network interface (its subnet is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are of different address families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither %1 nor %2 is inside the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 flow needs a destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets no connection in from %2: a NAT gateway only carries answers to what it sent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads into %2, but %3 is in %4: the address is not the destination&apos;s from here (its private address is reached only from its own VPC or a peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of the five addresses AWS reserves in %2 (network, router, DNS, future use, broadcast): nothing takes traffic there, and a VPC has no broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address to send from or to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <source>The traffic scenario to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the object selected on the canvas the source of the current flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the object selected on the canvas the destination of the current flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario seconds per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCEPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import flow logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flow logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import VPC flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs (*.log *.gz *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the simulated flow logs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flow, and one instance, NAT gateway or interface endpoint on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records read: %2 matched, %3 rejected, %4 explained by the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario to export the flow logs of</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records shown; %2 packets accepted, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1, hop %2 of %3, at %4 s: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this packet is delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this packet is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every setting that blocks it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s of %2 s, %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next event (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the scenario (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>accepted packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
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
    <message>
        <source>not valid YAML: %1</source>
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
    <message>
        <source>open, draw, save a picture of the window to PNG, quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select these objects (comma-separated ids) on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window&apos;s size, such as 1600x1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the simulation panel on this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --simulate: the playback time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --simulate: the panel&apos;s page (events, timeline, logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colours for this run: system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
