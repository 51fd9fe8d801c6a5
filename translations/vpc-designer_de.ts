<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The recovery folder %1 cannot be made</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The recovery lock %1 cannot be taken</source>
        <translation>Die Wiederherstellungssperre %1 kann nicht gesetzt werden</translation>
    </message>
</context>
<context>
    <name>CanvasItems</name>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>auto address</source>
        <translation>automatische Adresse</translation>
    </message>
    <message>
        <source>public NAT</source>
        <translation>öffentliches NAT</translation>
    </message>
    <message>
        <source>private NAT</source>
        <translation>privates NAT</translation>
    </message>
    <message>
        <source>internet gateway</source>
        <translation>Internet-Gateway</translation>
    </message>
    <message>
        <source>egress-only</source>
        <translation>nur ausgehend</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (Haupt)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Drop on another VPC to peer it with %1</source>
        <translation>Auf einer anderen VPC ablegen, um sie per Peering mit %1 zu verbinden</translation>
    </message>
    <message>
        <source>Release to peer %1 with %2</source>
        <translation>Loslassen, um %1 per Peering mit %2 zu verbinden</translation>
    </message>
    <message>
        <source>No peering: drop the link on another VPC</source>
        <translation>Kein Peering: Legen Sie die Verbindung auf einer anderen VPC ab</translation>
    </message>
    <message>
        <source>Peered %1 with %2 through %3</source>
        <translation>%1 per Peering mit %2 verbunden (über %3)</translation>
    </message>
    <message>
        <source>not something the canvas can add</source>
        <translation>nichts, was die Zeichenfläche hinzufügen kann</translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation>der Zeichenfläche</translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation>Ablegen hier nicht möglich: %1</translation>
    </message>
    <message>
        <source>Drop to open the design</source>
        <translation>Loslassen, um den Entwurf zu öffnen</translation>
    </message>
    <message>
        <source>Drop to add %1 to %2</source>
        <translation>Loslassen: %1 wird %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>there is no place for it</source>
        <translation>dafür ist kein Platz vorhanden</translation>
    </message>
</context>
<context>
    <name>CfnExport</name>
    <message>
        <source>%1: its IPv6 block is not a /64 of its VPC&apos;s first IPv6 block; the template leaves it out</source>
        <translation>%1: Sein IPv6-Block ist kein /64 aus dem ersten IPv6-Block seiner VPC; die Vorlage lässt es aus</translation>
    </message>
    <message>
        <source>%1: the route to %2 names %3, which is nothing a route can target; the template leaves it out</source>
        <translation>%1: Die Route nach %2 nennt %3, und das kann kein Weiterleitungsziel einer Route sein; die Vorlage lässt sie aus</translation>
    </message>
</context>
<context>
    <name>CfnImport</name>
    <message>
        <source>its id is taken, or its container is missing; left out</source>
        <translation>die ID ist bereits vergeben, oder das übergeordnete Objekt fehlt; ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no block: %2</source>
        <translation>„%1“ ist kein Block: %2</translation>
    </message>
    <message>
        <source>its VPC %1 is not in the files; left out</source>
        <translation>die zugehörige VPC %1 ist nicht in den Dateien; ausgelassen</translation>
    </message>
    <message>
        <source>not AWS CLI output: its top is no object</source>
        <translation>keine AWS-CLI-Ausgabe: Die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not describe output the designer reads; left out</source>
        <translation>%1 ist keine describe-Ausgabe, die der Designer liest; ausgelassen</translation>
    </message>
    <message>
        <source>IpProtocol &apos;%1&apos; is no protocol; the rule is left out</source>
        <translation>IpProtocol „%1“ ist kein Protokoll; die Regel wird ausgelassen</translation>
    </message>
    <message>
        <source>attached to no VPC; left out</source>
        <translation>an keine VPC angefügt; ausgelassen</translation>
    </message>
    <message>
        <source>the route to %1 goes through %2, which the designer does not model; left out</source>
        <translation>die Route nach %1 führt über %2, und das modelliert der Designer nicht; ausgelassen</translation>
    </message>
    <message>
        <source>its subnet %1 is not in the files; left out</source>
        <translation>das zugehörige Subnetz %1 ist nicht in den Dateien; ausgelassen</translation>
    </message>
    <message>
        <source>a %1 endpoint is not something the designer models; left out</source>
        <translation>einen Endpunkt vom Typ %1 modelliert der Designer nicht; ausgelassen</translation>
    </message>
    <message>
        <source>its policy is no JSON document: %1</source>
        <translation>die Richtlinie ist kein JSON-Dokument: %1</translation>
    </message>
    <message>
        <source>a peering connection needs both VPCs; left out</source>
        <translation>eine Peering-Verbindung braucht beide VPCs; ausgelassen</translation>
    </message>
    <message>
        <source>it logs %1, which is not in the files; left out</source>
        <translation>das protokollierte Objekt %1 ist nicht in den Dateien; ausgelassen</translation>
    </message>
    <message>
        <source>its id %1 is taken, or %2 cannot hold it; left out</source>
        <translation>die ID %1 ist bereits vergeben, oder %2 kann das Objekt nicht aufnehmen; ausgelassen</translation>
    </message>
    <message>
        <source>its %1 names %2, which is no VPC of the templates; left out</source>
        <translation>%1 nennt %2, aber das ist keine VPC der Vorlagen; ausgelassen</translation>
    </message>
    <message>
        <source>its %1 &apos;%2&apos; is no block: %3</source>
        <translation>%1 „%2“ ist kein Block: %3</translation>
    </message>
    <message>
        <source>Fn::GetAtt names %1, which is no resource</source>
        <translation>Fn::GetAtt nennt %1, aber das ist keine Ressource</translation>
    </message>
    <message>
        <source>Fn::GetAtt %1.%2 is not an attribute the import knows</source>
        <translation>Fn::GetAtt %1.%2 ist kein Attribut, das der Import kennt</translation>
    </message>
    <message>
        <source>not a CloudFormation template: no Resources</source>
        <translation>keine CloudFormation-Vorlage: Resources fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an id (1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;); left out</source>
        <translation>„%1“ kann keine ID sein (1 bis 64 Buchstaben, Ziffern, „-“, „_“ oder „.“); ausgelassen</translation>
    </message>
    <message>
        <source>%1 is not something the designer models; left out</source>
        <translation>%1 modelliert der Designer nicht; ausgelassen</translation>
    </message>
    <message>
        <source>a block from an IPAM pool is AWS&apos;s choice; give CidrBlock</source>
        <translation>einen Block aus einem IPAM-Pool wählt AWS; geben Sie CidrBlock an</translation>
    </message>
    <message>
        <source>a VPC needs an IPv4 block; left out</source>
        <translation>eine VPC braucht einen IPv4-Block; ausgelassen</translation>
    </message>
    <message>
        <source>AWS picks an Amazon-provided IPv6 block; the design takes %1</source>
        <translation>AWS wählt einen von Amazon bereitgestellten IPv6-Block; der Entwurf verwendet %1</translation>
    </message>
    <message>
        <source>a virtual private gateway is not something the designer models; left out</source>
        <translation>ein Virtual Private Gateway modelliert der Designer nicht; ausgelassen</translation>
    </message>
    <message>
        <source>its GroupId names %1, which is no security group of the templates; left out</source>
        <translation>GroupId nennt %1, aber das ist keine Sicherheitsgruppe der Vorlagen; ausgelassen</translation>
    </message>
    <message>
        <source>its SubnetId names %1, which is no subnet; left out</source>
        <translation>SubnetId nennt %1, aber das ist kein Subnetz; ausgelassen</translation>
    </message>
    <message>
        <source>AWS picks the elastic IP&apos;s address; %1 has a public address the design does not know</source>
        <translation>AWS wählt die Adresse der Elastic IP; %1 hat eine öffentliche Adresse, die der Entwurf nicht kennt</translation>
    </message>
    <message>
        <source>a peering connection needs VpcId and PeerVpcId; left out</source>
        <translation>eine Peering-Verbindung braucht VpcId und PeerVpcId; ausgelassen</translation>
    </message>
    <message>
        <source>its NetworkAclId names %1, which is no network ACL; left out</source>
        <translation>NetworkAclId nennt %1, aber das ist keine Netzwerk-ACL; ausgelassen</translation>
    </message>
    <message>
        <source>it joins %1 and %2, which are not both in the templates; left out</source>
        <translation>verbindet %1 und %2, die nicht beide in den Vorlagen stehen; ausgelassen</translation>
    </message>
    <message>
        <source>a network interface no instance uses is not something the designer models; left out</source>
        <translation>eine Netzwerkschnittstelle, die keine Instance nutzt, modelliert der Designer nicht; ausgelassen</translation>
    </message>
    <message>
        <source>no AvailabilityZone: AWS picks one; the design takes %1</source>
        <translation>keine AvailabilityZone: AWS wählt eine; der Entwurf verwendet %1</translation>
    </message>
    <message>
        <source>its RouteTableId names %1, which is no route table; left out</source>
        <translation>RouteTableId nennt %1, aber das ist keine Routing-Tabelle; ausgelassen</translation>
    </message>
    <message>
        <source>a route to a %1 is not something the designer models; left out</source>
        <translation>eine Route zu einem Objekt vom Typ %1 modelliert der Designer nicht; ausgelassen</translation>
    </message>
    <message>
        <source>the route has no target; left out</source>
        <translation>die Route hat kein Weiterleitungsziel; ausgelassen</translation>
    </message>
    <message>
        <source>it names no subnet of the templates; left out</source>
        <translation>nennt kein Subnetz der Vorlagen; ausgelassen</translation>
    </message>
    <message>
        <source>its ResourceId names %1, which is nothing in the templates; left out</source>
        <translation>ResourceId nennt %1, aber das gibt es in den Vorlagen nicht; ausgelassen</translation>
    </message>
    <message>
        <source>not a CloudFormation template: its top is no mapping</source>
        <translation>keine CloudFormation-Vorlage: Die oberste Ebene ist kein Mapping</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>condition %1 depends on itself</source>
        <translation>Bedingung %1 hängt von sich selbst ab</translation>
    </message>
    <message>
        <source>condition %1 is not defined; taken as false</source>
        <translation>Bedingung %1 ist nicht definiert; sie gilt als falsch</translation>
    </message>
    <message>
        <source>intrinsic functions nested too deeply</source>
        <translation>intrinsische Funktionen zu tief verschachtelt</translation>
    </message>
    <message>
        <source>Ref %1 names no parameter with a value and no resource</source>
        <translation>Ref %1 nennt weder einen Parameter mit Wert noch eine Ressource</translation>
    </message>
    <message>
        <source>Fn::GetAtt takes a resource and an attribute</source>
        <translation>Fn::GetAtt erwartet eine Ressource und ein Attribut</translation>
    </message>
    <message>
        <source>Fn::Join takes a delimiter and a list</source>
        <translation>Fn::Join erwartet ein Trennzeichen und eine Liste</translation>
    </message>
    <message>
        <source>Fn::Select: index out of the list</source>
        <translation>Fn::Select: Index außerhalb der Liste</translation>
    </message>
    <message>
        <source>Fn::Split takes a delimiter and a string</source>
        <translation>Fn::Split erwartet ein Trennzeichen und eine Zeichenkette</translation>
    </message>
    <message>
        <source>Fn::Cidr takes a block, a count from 1 to 256 and host bits that fit</source>
        <translation>Fn::Cidr erwartet einen Block, eine Anzahl von 1 bis 256 und passende Host-Bits</translation>
    </message>
    <message>
        <source>Fn::If takes a condition and two values</source>
        <translation>Fn::If erwartet eine Bedingung und zwei Werte</translation>
    </message>
    <message>
        <source>Fn::FindInMap: no such entry in the mappings</source>
        <translation>Fn::FindInMap: kein solcher Eintrag in den Mappings</translation>
    </message>
    <message>
        <source>Fn::ImportValue %1: another stack&apos;s output, which the import cannot see</source>
        <translation>Fn::ImportValue %1: die Ausgabe eines anderen Stacks, die der Import nicht sehen kann</translation>
    </message>
    <message>
        <source>%1 is not an intrinsic function the import knows</source>
        <translation>%1 ist keine intrinsische Funktion, die der Import kennt</translation>
    </message>
    <message>
        <source>the import gives a design that cannot be saved: %1</source>
        <translation>der Import ergäbe einen Entwurf, der sich nicht speichern lässt: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>neither a CloudFormation template (no Resources) nor AWS CLI describe output (no Vpcs, Subnets, RouteTables...)</source>
        <translation>weder eine CloudFormation-Vorlage (kein Resources) noch eine Ausgabe von AWS CLI describe (kein Vpcs, Subnets, RouteTables...)</translation>
    </message>
    <message>
        <source>no template and no AWS CLI output to import</source>
        <translation>keine Vorlage und keine AWS-CLI-Ausgabe zu importieren</translation>
    </message>
    <message>
        <source>give CloudFormation templates or AWS CLI describe output, not both</source>
        <translation>Geben Sie CloudFormation-Vorlagen oder Ausgaben von AWS CLI describe an, nicht beides</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>a CIDR block needs a prefix length, such as /16</source>
        <translation>ein CIDR-Block braucht eine Präfixlänge, etwa /16</translation>
    </message>
    <message>
        <source>the prefix length of an IPv4 block is 0 to 32</source>
        <translation>die Präfixlänge eines IPv4-Blocks liegt zwischen 0 und 32</translation>
    </message>
    <message>
        <source>the prefix length of an IPv6 block is 0 to 128</source>
        <translation>die Präfixlänge eines IPv6-Blocks liegt zwischen 0 und 128</translation>
    </message>
    <message>
        <source>too long to be a CIDR block</source>
        <translation>zu lang für einen CIDR-Block</translation>
    </message>
</context>
<context>
    <name>CidrRules</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 has %2 in %3: its host bits are set, and AWS stores it as %4. Write %4 so the design says what AWS will do.</source>
        <translation>Bei %1 steht %2 in %3: Die Host-Bits sind gesetzt, und AWS speichert den Block als %4. Schreiben Sie %4, damit der Entwurf zeigt, was AWS tatsächlich tut.</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is a /%3; an IPv4 VPC block is /16 (65,536 addresses) to /28 (16). Choose a block in that range.</source>
        <translation>Der Block %2 von %1 ist ein /%3; ein IPv4-Block einer VPC umfasst /16 (65.536 Adressen) bis /28 (16). Wählen Sie einen Block in diesem Bereich.</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 lies in 169.254.0.0/16, the link-local range AWS keeps for the instance metadata service and DNS; AWS refuses it. Use a private range such as 10.0.0.0/8.</source>
        <translation>Der Block %2 von %1 liegt in 169.254.0.0/16, dem Link-Local-Bereich, den AWS für den Instance-Metadatendienst und DNS reserviert; AWS lehnt ihn ab. Verwenden Sie einen privaten Bereich wie 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 overlaps 172.17.0.0/16, the default Docker bridge network that some AWS services (SageMaker, Cloud9) use; they will not reach those addresses. Prefer another range.</source>
        <translation>Der Block %2 von %1 überschneidet sich mit 172.17.0.0/16, dem Standard-Bridge-Netzwerk von Docker, das einige AWS-Dienste (SageMaker, Cloud9) verwenden; diese erreichen die betroffenen Adressen nicht. Wählen Sie besser einen anderen Bereich.</translation>
    </message>
    <message>
        <source>cidr-blocks</source>
        <translation>cidr-blocks</translation>
    </message>
    <message>
        <source>ipv6-cidr-blocks</source>
        <translation>ipv6-cidr-blocks</translation>
    </message>
    <message>
        <source>%1 has %2 IPv4 blocks; the default quota is 5 per VPC (it can be raised to 50). Request the increase before deploying.</source>
        <translation>%1 hat %2 IPv4-Blöcke; das Standardkontingent beträgt 5 pro VPC (es kann auf 50 erhöht werden). Beantragen Sie die Erhöhung vor der Bereitstellung.</translation>
    </message>
    <message>
        <source>%1&apos;s primary block %2 is in %3, but its block %4 is in %5; AWS refuses a secondary block from a different RFC 1918 range. Take it from %3, or from 100.64.0.0/10 or a public range.</source>
        <translation>Der primäre Block %2 von %1 liegt in %3, der Block %4 aber in %5; AWS lehnt einen sekundären Block aus einem anderen RFC-1918-Bereich ab. Nehmen Sie ihn aus %3, aus 100.64.0.0/10 oder aus einem öffentlichen Bereich.</translation>
    </message>
    <message>
        <source>%1&apos;s blocks %2 and %3 overlap; AWS refuses a block that overlaps one the VPC already has. Remove one or make them disjoint.</source>
        <translation>Die Blöcke %2 und %3 von %1 überschneiden sich; AWS lehnt einen Block ab, der sich mit einem bereits vorhandenen Block der VPC überschneidet. Entfernen Sie einen davon oder wählen Sie überschneidungsfreie Blöcke.</translation>
    </message>
    <message>
        <source>cidr</source>
        <translation>cidr</translation>
    </message>
    <message>
        <source>ipv6-cidr</source>
        <translation>ipv6-cidr</translation>
    </message>
    <message>
        <source>a route&apos;s destination</source>
        <translation>einem Routenziel</translation>
    </message>
    <message>
        <source>an ingress rule</source>
        <translation>einer eingehenden Regel</translation>
    </message>
    <message>
        <source>an egress rule</source>
        <translation>einer ausgehenden Regel</translation>
    </message>
    <message>
        <source>%1&apos;s cidr %2 is IPv6; a subnet&apos;s cidr is its IPv4 block (put IPv6 in ipv6-cidr).</source>
        <translation>Der Wert cidr %2 von %1 ist IPv6; cidr ist bei einem Subnetz dessen IPv4-Block (IPv6 gehört in ipv6-cidr).</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is a /%3; an IPv4 subnet is /16 to /28. Choose a size in that range.</source>
        <translation>Der Block %2 von %1 ist ein /%3; ein IPv4-Subnetz umfasst /16 bis /28. Wählen Sie eine Größe in diesem Bereich.</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is not inside any block of %3 (%4); AWS creates subnets only from their VPC&apos;s blocks. Pick a free block such as one inside %5.</source>
        <translation>Der Block %2 von %1 liegt in keinem Block von %3 (%4); AWS legt Subnetze nur aus den Blöcken ihrer VPC an. Wählen Sie einen freien Block, etwa einen innerhalb von %5.</translation>
    </message>
    <message>
        <source>%1&apos;s IPv6 block %2 is not a /64; AWS gives every subnet exactly a /64 of its VPC&apos;s /56.</source>
        <translation>Der IPv6-Block %2 von %1 ist kein /64; AWS gibt jedem Subnetz genau ein /64 aus dem /56 seiner VPC.</translation>
    </message>
    <message>
        <source>%1 has the IPv6 block %2, but %3 has no IPv6 block; add one to the VPC first.</source>
        <translation>%1 hat den IPv6-Block %2, aber %3 hat keinen IPv6-Block; fügen Sie der VPC zuerst einen hinzu.</translation>
    </message>
    <message>
        <source>%1&apos;s IPv6 block %2 is not inside %3&apos;s IPv6 block %4.</source>
        <translation>Der IPv6-Block %2 von %1 liegt nicht im IPv6-Block %4 von %3.</translation>
    </message>
    <message>
        <source>%1 is in AZ %2, which is not an AZ of %3&apos;s region %4; a subnet lives in one AZ of its VPC&apos;s region, such as %4a.</source>
        <translation>%1 liegt in der AZ %2, die keine AZ der Region %4 von %3 ist; ein Subnetz liegt in einer AZ der Region seiner VPC, etwa in %4a.</translation>
    </message>
    <message>
        <source>%1 (%2) overlaps %3 (%4) in %5; subnets of a VPC must not share addresses. Move %1 to a free block.</source>
        <translation>%1 (%2) überschneidet sich mit %3 (%4) in %5; Subnetze einer VPC dürfen keine Adressen gemeinsam haben. Verschieben Sie %1 in einen freien Block.</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is outside its subnet %3 (%4); AWS gives an interface an address of its own subnet. Use one from %5 to %6.</source>
        <translation>Die Adresse %2 von %1 liegt außerhalb des zugehörigen Subnetzes %3 (%4); AWS gibt einer Schnittstelle eine Adresse aus ihrem eigenen Subnetz. Verwenden Sie eine Adresse von %5 bis %6.</translation>
    </message>
    <message>
        <source>%1 has the IPv6 address %2, but its subnet %3 has no IPv6 block.</source>
        <translation>%1 hat die IPv6-Adresse %2, aber das zugehörige Subnetz %3 hat keinen IPv6-Block.</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is one of the five addresses AWS reserves in %3 (%4: the network address, the VPC router, DNS, one for future use, and the last); the first one an instance can have is %5.</source>
        <translation>Die Adresse %2 von %1 ist eine der fünf Adressen, die AWS in %3 reserviert (%4: die Netzwerkadresse, der VPC-Router, DNS, eine für künftige Nutzung und die letzte); die erste Adresse, die eine Instance erhalten kann, ist %5.</translation>
    </message>
    <message>
        <source>%1 and %2 both have the address %3; an address belongs to one interface. Give %1 another address of %4.</source>
        <translation>%1 und %2 haben beide die Adresse %3; eine Adresse gehört zu genau einer Schnittstelle. Geben Sie %1 eine andere Adresse aus %4.</translation>
    </message>
    <message>
        <source>a block from 198.19.0.0/16 is refused in every VPC whose primary block is not in that range</source>
        <translation>ein Block aus 198.19.0.0/16 wird in jeder VPC abgelehnt, deren primärer Block nicht in diesem Bereich liegt</translation>
    </message>
    <message>
        <source>a VPC whose primary block is in 172.16.0.0/12 cannot add a block from 172.31.0.0/16</source>
        <translation>eine VPC, deren primärer Block in 172.16.0.0/12 liegt, kann keinen Block aus 172.31.0.0/16 hinzufügen</translation>
    </message>
    <message>
        <source>a VPC whose primary block is public, in 100.64.0.0/10 or in 198.19.0.0/16 cannot add a block from an RFC 1918 range</source>
        <translation>eine VPC, deren primärer Block öffentlich ist oder in 100.64.0.0/10 oder 198.19.0.0/16 liegt, kann keinen Block aus einem RFC-1918-Bereich hinzufügen</translation>
    </message>
    <message>
        <source>once a VPC has a block from 10.0.0.0/15 (here %1), it cannot add one from 10.0.0.0/16</source>
        <translation>sobald eine VPC einen Block aus 10.0.0.0/15 hat (hier %1), kann sie keinen aus 10.0.0.0/16 hinzufügen</translation>
    </message>
    <message>
        <source>%1 cannot add %2 to its primary block %3: %4 (AWS&apos;s association restrictions). Take the block from a range the table permits, such as another part of the primary&apos;s range, 100.64.0.0/10 or a public range.</source>
        <translation>%1 kann %2 nicht zu ihrem primären Block %3 hinzufügen: %4 (Zuordnungsbeschränkungen von AWS). Nehmen Sie den Block aus einem Bereich, den die Tabelle erlaubt, etwa einem anderen Teil des primären Bereichs, 100.64.0.0/10 oder einem öffentlichen Bereich.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check a design against every validation rule</source>
        <translation>einen Entwurf gegen alle Validierungsregeln prüfen</translation>
    </message>
    <message>
        <source>list the validation rules</source>
        <translation>die Validierungsregeln auflisten</translation>
    </message>
    <message>
        <source>Subcommands (run without a display):</source>
        <translation>Unterbefehle (laufen ohne grafische Oberfläche):</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>the subcommand</source>
        <translation>der Unterbefehl</translation>
    </message>
    <message>
        <source>the design file (YAML)</source>
        <translation>die Entwurfsdatei (YAML)</translation>
    </message>
    <message>
        <source>Lists every validation rule: id, severity and a one-line summary.</source>
        <translation>Listet alle Validierungsregeln auf: ID, Schweregrad und eine einzeilige Zusammenfassung.</translation>
    </message>
    <message>
        <source>usage: vpc-designer rules [--format text|json]</source>
        <translation>Aufruf: vpc-designer rules [--format text|json]</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a design against every validation rule (see &apos;vpc-designer rules&apos;). Runs without a display.
Exit code 0: no error finding; 1: at least one error finding; 2: the file could not be used.</source>
        <translation>Prüft einen Entwurf gegen alle Validierungsregeln (siehe „vpc-designer rules“). Läuft ohne grafische Oberfläche.
Exit-Code 0: kein Befund vom Schweregrad Fehler; 1: mindestens ein Befund vom Schweregrad Fehler; 2: die Datei war nicht verwendbar.</translation>
    </message>
    <message>
        <source>output format: text (default) or json</source>
        <translation>Ausgabeformat: text (Standard) oder json</translation>
    </message>
    <message>
        <source>usage: vpc-designer validate FILE [--format text|json]</source>
        <translation>Aufruf: vpc-designer validate FILE [--format text|json]</translation>
    </message>
    <message>
        <source>--format is text or json, not &apos;%1&apos;</source>
        <translation>--format ist text oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>replay a traffic scenario hop by hop; write its flow logs</source>
        <translation>ein Verkehrsszenario Hop für Hop nachspielen; seine Flow-Logs schreiben</translation>
    </message>
    <message>
        <source>lay real flow-log files onto the design and explain each REJECT</source>
        <translation>echte Flow-Log-Dateien auf den Entwurf abbilden und jedes REJECT erklären</translation>
    </message>
    <message>
        <source>for PNG: pixels per canvas unit (default 1; 2 for high-DPI)</source>
        <translation>für PNG: Pixel pro Einheit der Zeichenfläche (Standard 1; 2 für High-DPI)</translation>
    </message>
    <message>
        <source>--scale is a number above 0 and at most 16, not &apos;%1&apos;</source>
        <translation>--scale ist eine Zahl größer als 0 und höchstens 16, nicht „%1“</translation>
    </message>
    <message>
        <source>Evaluates every flow of a traffic scenario through the design, the request and the answer, hop by hop, naming every setting that blocks a packet. Runs without a display.
Exit code 0: every flow delivered; 1: at least one flow dropped; 2: the input could not be used.</source>
        <translation>Wertet jeden Fluss eines Verkehrsszenarios im Entwurf aus, Anfrage und Antwort, Hop für Hop, und nennt jede Einstellung, die ein Paket blockiert. Läuft ohne grafische Oberfläche.
Exit-Code 0: jeder Fluss zugestellt; 1: mindestens ein Fluss verworfen; 2: die Eingabe war nicht verwendbar.</translation>
    </message>
    <message>
        <source>the scenario to run (default: the first)</source>
        <translation>das auszuführende Szenario (Standard: das erste)</translation>
    </message>
    <message>
        <source>also write what the design&apos;s flow logs would record, in AWS&apos;s S3 layout, and athena.sql</source>
        <translation>außerdem schreiben, was die Flow-Logs des Entwurfs aufzeichnen würden, im S3-Layout von AWS, dazu athena.sql</translation>
    </message>
    <message>
        <source>usage: vpc-designer simulate FILE [--scenario ID] [--format text|json] [--flow-logs DIR]</source>
        <translation>Aufruf: vpc-designer simulate FILE [--scenario ID] [--format text|json] [--flow-logs DIR]</translation>
    </message>
    <message>
        <source>%1: no scenario &apos;%2&apos;</source>
        <translation>%1: kein Szenario „%2“</translation>
    </message>
    <message>
        <source>%1: the design has no traffic scenario to simulate</source>
        <translation>%1: Der Entwurf hat kein Verkehrsszenario, das simuliert werden kann</translation>
    </message>
    <message>
        <source>%1: flow log %2: %3; the default format is used</source>
        <translation>%1: Flow-Log %2: %3; das Standardformat wird verwendet</translation>
    </message>
    <message>
        <source>flow logs: %1 records in %2 files under %3</source>
        <translation>Flow-Logs: %1 Datensätze in %2 Dateien unter %3</translation>
    </message>
    <message>
        <source>flow-log files</source>
        <translation>Flow-Log-Dateien</translation>
    </message>
    <message>
        <source>%1 more lines not read</source>
        <translation>%1 weitere Zeilen nicht gelesen</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (and no such file); &apos;vpc-designer --help&apos; lists the subcommands</source>
        <translation>unbekannter Unterbefehl „%1“ (und keine solche Datei); „vpc-designer --help“ listet die Unterbefehle auf</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (and no such file); did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Unterbefehl „%1“ (und keine solche Datei); meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>--flow-logs needs a folder to write to</source>
        <translation>--flow-logs braucht einen Ordner, in den geschrieben wird</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>list the bundled lessons and challenges</source>
        <translation>die mitgelieferten Lektionen und Aufgaben auflisten</translation>
    </message>
    <message>
        <source>grade learners&apos; design files against a challenge</source>
        <translation>Entwurfsdateien von Lernenden gegen eine Aufgabe bewerten</translation>
    </message>
    <message>
        <source>Lists the bundled lessons and challenges: id, topic, title, the facts they cover, and for a challenge its number of goals.</source>
        <translation>Listet die mitgelieferten Lektionen und Aufgaben auf: ID, Thema, Titel, die abgedeckten Fakten und bei einer Aufgabe die Zahl ihrer Ziele.</translation>
    </message>
    <message>
        <source>usage: vpc-designer lessons [--format text|json]</source>
        <translation>Aufruf: vpc-designer lessons [--format text|json]</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Grades learners&apos; design files against a challenge (a bundled id or a file): every goal is checked in each file, with what is wrong and where.
Exit code 0: every file passes; 1: some file misses a goal; 2: the input could not be used.</source>
        <translation>Bewertet Entwurfsdateien von Lernenden gegen eine Aufgabe (eine mitgelieferte ID oder eine Datei): Jedes Ziel wird in jeder Datei geprüft, mit dem, was falsch ist, und wo.
Exit-Code 0: jede Datei besteht; 1: eine Datei verfehlt ein Ziel; 2: die Eingabe war nicht verwendbar.</translation>
    </message>
    <message>
        <source>a bundled challenge&apos;s id, or its file</source>
        <translation>die ID einer mitgelieferten Aufgabe oder ihre Datei</translation>
    </message>
    <message>
        <source>the learners&apos; design files</source>
        <translation>die Entwurfsdateien der Lernenden</translation>
    </message>
    <message>
        <source>usage: vpc-designer grade CHALLENGE FILE... [--format text|json]</source>
        <translation>Aufruf: vpc-designer grade AUFGABE DATEI... [--format text|json]</translation>
    </message>
    <message>
        <source>%1 is a lesson without goals: there is nothing to grade</source>
        <translation>%1 ist eine Lektion ohne Ziele: Es gibt nichts zu bewerten</translation>
    </message>
    <message>
        <source>%1: not graded: %2
</source>
        <translation>%1: nicht bewertet: %2
</translation>
    </message>
    <message>
        <source>%1: %2 of %3 goals, %4%
</source>
        <translation>%1: %2 von %3 Zielen, %4 %
</translation>
    </message>
    <message>
        <source>prove the design&apos;s intents over every packet</source>
        <translation>die Vorgaben des Entwurfs für jedes Paket beweisen</translation>
    </message>
    <message>
        <source>Proves every intent of a design (its intents: section) over every packet of its spaces: every address, protocol and port. Each violated intent comes with one packet that breaks it (the witness) and its path hop by hop. Exit code 0 when all hold, 1 when one is violated or invalid, 2 when the file cannot be used.</source>
        <translation>Beweist jede Vorgabe eines Entwurfs (seinen Abschnitt intents:) für jedes Paket ihrer Räume: jede Adresse, jedes Protokoll und jeden Port. Zu jeder verletzten Vorgabe gehört ein Paket, das sie bricht (der Zeuge), mit seinem Weg Schritt für Schritt. Exit-Code 0, wenn alle gelten, 1, wenn eine verletzt oder ungültig ist, 2, wenn die Datei nicht verwendbar ist.</translation>
    </message>
    <message>
        <source>the design file</source>
        <translation>die Entwurfsdatei</translation>
    </message>
    <message>
        <source>usage: vpc-designer verify FILE [--format text|json]</source>
        <translation>Aufruf: vpc-designer verify DATEI [--format text|json]</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>%n Vorgabe</numerusform>
            <numerusform>%n Vorgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holding, %2 violated, %3 invalid</source>
        <translation>%1 gelten, %2 verletzt, %3 ungültig</translation>
    </message>
    <message>
        <source>the reachability matrix: exact protocols and ports between spaces</source>
        <translation>die Erreichbarkeitsmatrix: genaue Protokolle und Ports zwischen Räumen</translation>
    </message>
    <message>
        <source>The reachability matrix: for each pair of spaces, the exact protocols and ports that are delivered and answered, proved over every packet. By default every subnet against every subnet of its VPC and of the VPCs peered with it; --from and --to (each may be given more than once) name the rows and columns: internet, a CIDR block, service:NAME, or a VPC, subnet, security group, instance, NAT gateway or endpoint.</source>
        <translation>Die Erreichbarkeitsmatrix: für jedes Paar von Räumen die genauen Protokolle und Ports, die zugestellt und beantwortet werden, bewiesen für jedes Paket. Standardmäßig jedes Subnetz gegen jedes Subnetz seiner VPC und der per Peering verbundenen VPCs; --from und --to (jeweils mehrfach möglich) nennen Zeilen und Spalten: internet, einen CIDR-Block, service:NAME oder eine VPC, ein Subnetz, eine Sicherheitsgruppe, eine Instance, ein NAT-Gateway oder einen Endpunkt.</translation>
    </message>
    <message>
        <source>a row: a space</source>
        <translation>eine Zeile: ein Raum</translation>
    </message>
    <message>
        <source>a column: a space</source>
        <translation>eine Spalte: ein Raum</translation>
    </message>
    <message>
        <source>output format: text (default), json or csv</source>
        <translation>Ausgabeformat: text (Standard), json oder csv</translation>
    </message>
    <message>
        <source>usage: vpc-designer reach FILE [--from SPACE] [--to SPACE] [--format text|json|csv]</source>
        <translation>Aufruf: vpc-designer reach DATEI [--from RAUM] [--to RAUM] [--format text|json|csv]</translation>
    </message>
    <message>
        <source>--format is text, json or csv, not &apos;%1&apos;</source>
        <translation>--format ist text, json oder csv, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of spaces</source>
        <translation>
            <numerusform>%n Paar von Räumen</numerusform>
            <numerusform>%n Paare von Räumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with something open</source>
        <translation>
            <numerusform>%n mit etwas Offenem</numerusform>
            <numerusform>%n mit etwas Offenem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) of packets evaluated</source>
        <translation>
            <numerusform>%n Paketklasse ausgewertet</numerusform>
            <numerusform>%n Paketklassen ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>what changed between two designs: objects, reachability, intents</source>
        <translation>was sich zwischen zwei Entwürfen geändert hat: Objekte, Erreichbarkeit, Vorgaben</translation>
    </message>
    <message>
        <source>What changed from OLD to NEW: objects added, removed and changed (by id and key), reachability gained and lost between subnets (exact protocols and ports), and intents that newly fail or hold. Exit code 1 when reachability widened towards a subnet that an intent protects (the destination of an intent that expects none) or an intent newly fails, 0 otherwise, 2 when a file cannot be used.</source>
        <translation>Was sich von ALT zu NEU geändert hat: hinzugefügte, entfernte und geänderte Objekte (nach ID und Schlüssel), gewonnene und verlorene Erreichbarkeit zwischen Subnetzen (genaue Protokolle und Ports) und Vorgaben, die neu scheitern oder neu gelten. Exit-Code 1, wenn die Erreichbarkeit zu einem Subnetz erweitert wurde, das eine Vorgabe schützt (das Ziel einer Vorgabe, die none erwartet), oder eine Vorgabe neu scheitert, sonst 0, 2, wenn eine Datei nicht verwendbar ist.</translation>
    </message>
    <message>
        <source>the design before</source>
        <translation>der Entwurf vorher</translation>
    </message>
    <message>
        <source>the design after</source>
        <translation>der Entwurf nachher</translation>
    </message>
    <message>
        <source>usage: vpc-designer diff OLD NEW [--format text|json]</source>
        <translation>Aufruf: vpc-designer diff ALT NEU [--format text|json]</translation>
    </message>
    <message>
        <source>reach + %1 -&gt; %2: %3</source>
        <translation>erreichbar + %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>reach - %1 -&gt; %2: %3</source>
        <translation>erreichbar - %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>intent %1: %2 -&gt; %3</source>
        <translation>Vorgabe %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>reachability widened towards what an intent protects</source>
        <translation>die Erreichbarkeit wurde zu etwas erweitert, das eine Vorgabe schützt</translation>
    </message>
    <message>
        <source>Reads real VPC flow-log files (plain or gzip, default or custom fields by their header line), matches each record to the design&apos;s interfaces and addresses, and names for each REJECT the setting of the design that rejects it. With --athena, writes what Athena needs to do the same where logs too big for one machine are. Runs without a display.
Exit code 0: read; 2: the input could not be used.</source>
        <translation>Liest echte VPC-Flow-Log-Dateien (unkomprimiert oder gzip, Standard- oder benutzerdefinierte Felder laut Kopfzeile), ordnet jeden Datensatz den Schnittstellen und Adressen des Entwurfs zu und nennt für jeden REJECT die Einstellung des Entwurfs, die ihn ablehnt. Mit --athena wird geschrieben, was Athena braucht, um dasselbe dort zu tun, wo Logs liegen, die für einen Rechner zu groß sind. Läuft ohne Bildschirm.
Exit-Code 0: gelesen; 2: die Eingabe war nicht verwendbar.</translation>
    </message>
    <message>
        <source>write to DIR the design&apos;s interfaces and the classes of packets it rejects, with the setting that rejects each (CSV for S3), and blame.sql: their tables and the query that names the setting for every REJECT of the flow-log tables of athena.sql</source>
        <translation>nach DIR die Schnittstellen des Entwurfs und die Paketklassen schreiben, die er ablehnt, jeweils mit der ablehnenden Einstellung (CSV für S3), sowie blame.sql: ihre Tabellen und die Abfrage, die für jeden REJECT der Flow-Log-Tabellen aus athena.sql die Einstellung nennt</translation>
    </message>
    <message>
        <source>usage: vpc-designer replay FILE LOG... [--format text|json] [--athena DIR]</source>
        <translation>Aufruf: vpc-designer replay DATEI LOG... [--format text|json] [--athena DIR]</translation>
    </message>
    <message>
        <source>--athena needs a folder</source>
        <translation>--athena braucht einen Ordner</translation>
    </message>
    <message>
        <source>%1 classes of packets at %2 interfaces (%3 evaluated), %4 rows of settings that reject; wrote %5</source>
        <translation>%1 Paketklassen an %2 Schnittstellen (%3 ausgewertet), %4 Zeilen mit ablehnenden Einstellungen; geschrieben: %5</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: a title block above the drawing (the design&apos;s name and description, the date, the file and the version)</source>
        <translation>für PNG, SVG und PDF: ein Schriftfeld über der Zeichnung (Name und Beschreibung des Designs, Datum, Datei und Version)</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: a legend of the symbols the picture uses</source>
        <translation>für PNG, SVG und PDF: eine Legende der Symbole, die das Bild verwendet</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: no background</source>
        <translation>für PNG, SVG und PDF: kein Hintergrund</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: only the area of these objects (ids, comma-separated)</source>
        <translation>für PNG, SVG und PDF: nur der Bereich dieser Objekte (IDs, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>for PDF: A4, A3 or Letter, the picture tiled over as many pages as it needs at its natural size (default: one page the picture&apos;s size)</source>
        <translation>für PDF: A4, A3 oder Letter; das Bild in natürlicher Größe auf so viele Seiten verteilt, wie es braucht (Standard: eine Seite in der Größe des Bildes)</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: this scenario&apos;s flows as arrows along their paths (delivered green, answers dashed, dropped red at what stops them)</source>
        <translation>für PNG, SVG und PDF: die Flows dieses Szenarios als Pfeile entlang ihrer Wege (zugestellt grün, Antworten gestrichelt, verworfen rot bei dem, was sie aufhält)</translation>
    </message>
    <message>
        <source>--page is A4, A3 or Letter, not &apos;%1&apos;</source>
        <translation>--page ist A4, A3 oder Letter, nicht „%1“</translation>
    </message>
    <message>
        <source>--page is for PDF output</source>
        <translation>--page gilt nur für PDF-Ausgabe</translation>
    </message>
    <message>
        <source>--%1 is for PNG, SVG and PDF output, not %2</source>
        <translation>--%1 gilt für PNG-, SVG- und PDF-Ausgabe, nicht für %2</translation>
    </message>
    <message>
        <source>--selection needs at least one id</source>
        <translation>--selection braucht mindestens eine ID</translation>
    </message>
    <message>
        <source>write the design as canonical YAML, or draw it as PNG, SVG or PDF</source>
        <translation>den Entwurf als kanonisches YAML schreiben oder als PNG, SVG oder PDF zeichnen</translation>
    </message>
    <message>
        <source>read CloudFormation templates into a design</source>
        <translation>CloudFormation-Vorlagen in einen Entwurf einlesen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s): %1</source>
        <translation>
            <numerusform>%n Vorlage: %1</numerusform>
            <numerusform>%n Vorlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a design to OUT: .yaml as the designer saves it (canonical order and formatting); .cfn.yaml or .cfn.json as a CloudFormation template that creates it (one per account and region, OUT-ACCOUNT-REGION.cfn.yaml when there are several); .png, .svg or .pdf as the canvas draws it (automatic layout where the design has no positions, badges for findings, no selection), the whole design however large. Runs without a display. The output is written whole or not at all.</source>
        <translation>Schreibt einen Entwurf nach AUS: .yaml so, wie der Designer ihn speichert (kanonische Reihenfolge und Formatierung); .cfn.yaml oder .cfn.json als CloudFormation-Vorlage, die ihn erstellt (eine pro Konto und Region, AUS-KONTO-REGION.cfn.yaml, wenn es mehrere sind); .png, .svg oder .pdf so, wie die Zeichenfläche ihn zeichnet (automatisches Layout, wo der Entwurf keine Positionen hat, Markierungen für Befunde, keine Auswahl), und zwar den ganzen Entwurf, wie groß er auch ist. Läuft ohne grafische Oberfläche. Die Ausgabe wird vollständig oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>the file to write: .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg or .pdf</source>
        <translation>die zu schreibende Datei: .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>usage: vpc-designer export FILE --output OUT.yaml|OUT.cfn.yaml|OUT.cfn.json|OUT.png|OUT.svg|OUT.pdf [--scale F] [--title] [--legend] [--transparent] [--selection IDS] [--page A4|A3|Letter] [--scenario ID]</source>
        <translation>Aufruf: vpc-designer export DATEI --output AUS.yaml|AUS.cfn.yaml|AUS.cfn.json|AUS.png|AUS.svg|AUS.pdf [--scale F] [--title] [--legend] [--transparent] [--selection IDS] [--page A4|A3|Letter] [--scenario ID]</translation>
    </message>
    <message>
        <source>%1: the output must end in .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg or .pdf</source>
        <translation>%1: die Ausgabe muss auf .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>Reads CloudFormation templates (YAML with the short tags, or JSON; several are the stacks of one network), or the JSON the AWS CLI&apos;s describe-* commands print (several files, any order, regions and accounts), into a design and writes it to FILE.yaml: intrinsic functions evaluated, parameters from --parameter or their defaults, conditions and mappings applied. What the designer does not model is a warning with its place; the rest still loads. Runs without a display.</source>
        <translation>Liest CloudFormation-Vorlagen (YAML mit den Kurzform-Tags oder JSON; mehrere sind die Stacks eines Netzwerks) oder das JSON, das die describe-*-Befehle der AWS CLI ausgeben (mehrere Dateien, beliebige Reihenfolge, Regionen und Konten), in einen Entwurf ein und schreibt ihn nach DATEI.yaml: intrinsische Funktionen ausgewertet, Parameter aus --parameter oder ihren Standardwerten, Bedingungen und Mappings angewendet. Was der Designer nicht modelliert, wird als Warnung mit seiner Stelle gemeldet; der Rest wird trotzdem geladen. Läuft ohne grafische Oberfläche.</translation>
    </message>
    <message>
        <source>a template, or a folder of them</source>
        <translation>eine Vorlage oder ein Ordner mit Vorlagen</translation>
    </message>
    <message>
        <source>the design file to write (.yaml)</source>
        <translation>die zu schreibende Entwurfsdatei (.yaml)</translation>
    </message>
    <message>
        <source>a template parameter&apos;s value (repeatable)</source>
        <translation>der Wert eines Vorlagenparameters (wiederholbar)</translation>
    </message>
    <message>
        <source>the region of the stacks (default: the template&apos;s, else us-east-1)</source>
        <translation>die Region der Stacks (Standard: die der Vorlage, sonst us-east-1)</translation>
    </message>
    <message>
        <source>the account of the stacks (default: the template&apos;s, else 123456789012)</source>
        <translation>das Konto der Stacks (Standard: das der Vorlage, sonst 123456789012)</translation>
    </message>
    <message>
        <source>usage: vpc-designer import SOURCE... --output FILE.yaml [--parameter KEY=VALUE]... [--region REGION] [--account ID]</source>
        <translation>Aufruf: vpc-designer import QUELLE... --output DATEI.yaml [--parameter SCHLÜSSEL=WERT]... [--region REGION] [--account ID]</translation>
    </message>
    <message>
        <source>%1: the output must end in .yaml or .yml</source>
        <translation>%1: die Ausgabe muss auf .yaml oder .yml enden</translation>
    </message>
    <message>
        <source>--parameter takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--parameter erwartet SCHLÜSSEL=WERT, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Resize %n object(s)</source>
        <translation>
            <numerusform>Größe von %n Objekt ändern</numerusform>
            <numerusform>Größe von %n Objekten ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>%n Objekt verschieben</numerusform>
            <numerusform>%n Objekte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation>%1 von „%2“ ändern</translation>
    </message>
    <message>
        <source>Change the design&apos;s description</source>
        <translation>Beschreibung des Entwurfs ändern</translation>
    </message>
    <message>
        <source>Peer %1 with %2</source>
        <translation>%1 per Peering mit %2 verbinden</translation>
    </message>
    <message>
        <source>Remove peering %1</source>
        <translation>Peering %1 entfernen</translation>
    </message>
    <message>
        <source>Route %1 to %2 in %3</source>
        <translation>Route für %1 zu %2 in %3 anlegen</translation>
    </message>
    <message>
        <source>Remove the route to %1 from %2</source>
        <translation>Route für %1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Associate %1 with %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Dissociate %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 aufheben</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>End Comparison</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Compare the design with another file: File &gt; Compare with File…</source>
        <translation>Den Entwurf mit einer anderen Datei vergleichen: Datei &gt; Mit Datei vergleichen…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Click an entry to select what it names on the canvas</source>
        <translation>Klicken Sie auf einen Eintrag, um das Genannte auf der Zeichenfläche auszuwählen</translation>
    </message>
    <message>
        <source>Stop comparing and take the marks off the canvas</source>
        <translation>Den Vergleich beenden und die Markierungen von der Zeichenfläche nehmen</translation>
    </message>
    <message>
        <source>&amp;Select on the Canvas</source>
        <translation>Auf der Zeichenfläche &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <source>Comparison ended</source>
        <translation>Vergleich beendet</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleiche mit %1…</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>Vergleich mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>der Entwurf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reachability (%1)</source>
        <translation>Erreichbarkeit (%1)</translation>
    </message>
    <message>
        <source>+ %1 -&gt; %2</source>
        <translation>+ %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now open: %1</source>
        <translation>jetzt offen: %1</translation>
    </message>
    <message>
        <source>- %1 -&gt; %2</source>
        <translation>- %1 -&gt; %2</translation>
    </message>
    <message>
        <source>no longer open: %1</source>
        <translation>nicht mehr offen: %1</translation>
    </message>
    <message>
        <source>Intents (%1)</source>
        <translation>Vorgaben (%1)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>No difference from %1.</source>
        <translation>Kein Unterschied zu %1.</translation>
    </message>
    <message>
        <source>Compared with %1: %2 added, %3 removed, %4 changed; reachability changed between %5 pairs of subnets.</source>
        <translation>Verglichen mit %1: %2 hinzugefügt, %3 entfernt, %4 geändert; die Erreichbarkeit hat sich zwischen %5 Subnetzpaaren geändert.</translation>
    </message>
    <message>
        <source>Reachability widened towards what an intent protects.</source>
        <translation>Die Erreichbarkeit von etwas, das eine Vorgabe schützt, wurde erweitert.</translation>
    </message>
    <message>
        <source>%1 was in %2 and is not in this design</source>
        <translation>%1 war in %2 und ist nicht in diesem Entwurf</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Paste Here</source>
        <translation>Hier &amp;einfügen</translation>
    </message>
    <message>
        <source>Add a &amp;VPC Here</source>
        <translation>&amp;VPC hier hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Add a &amp;Subnet Here</source>
        <translation>&amp;Subnetz hier hinzufügen</translation>
    </message>
    <message>
        <source>Add an &amp;Internet Gateway</source>
        <translation>&amp;Internet-Gateway hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Peer With</source>
        <translation>&amp;Peering mit</translation>
    </message>
    <message>
        <source>Already peered</source>
        <translation>Bereits per Peering verbunden</translation>
    </message>
    <message>
        <source>Paste &amp;into %1</source>
        <translation>In %1 ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add an &amp;Instance Here</source>
        <translation>&amp;Instance hier hinzufügen</translation>
    </message>
    <message>
        <source>Add a &amp;NAT Gateway Here</source>
        <translation>&amp;NAT-Gateway hier hinzufügen</translation>
    </message>
    <message>
        <source>Add an Interface &amp;Endpoint Here</source>
        <translation>&amp;Schnittstellen-Endpunkt hier hinzufügen</translation>
    </message>
    <message>
        <source>Select Its &amp;VPCs</source>
        <translation>Zugehörige &amp;VPCs auswählen</translation>
    </message>
    <message>
        <source>Simulate &amp;From Here</source>
        <translation>Simulation &amp;von hier</translation>
    </message>
    <message>
        <source>Simulate &amp;To Here</source>
        <translation>Simulation &amp;bis hier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation>I&amp;D kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>Meldung &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Explain the Rule %1</source>
        <translation>Regel %1 &amp;erklären</translation>
    </message>
    <message>
        <source>Add an S3 &amp;Bucket</source>
        <translation>S3-&amp;Bucket hinzufügen</translation>
    </message>
    <message>
        <source>Add an &amp;Intent</source>
        <translation>&amp;Vorgabe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Replay in Simulation</source>
        <translation>In der Simulation &amp;nachspielen</translation>
    </message>
    <message>
        <source>Add the packet that breaks the intent as a flow and follow it hop by hop</source>
        <translation>Das Paket, das die Vorgabe bricht, als Fluss hinzufügen und Schritt für Schritt verfolgen</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>each entry of %1 is a mapping with an id, not %2</source>
        <translation>jeder Eintrag in %1 ist ein Mapping mit einer id, nicht %2</translation>
    </message>
    <message>
        <source>this %1 has no id; every object needs one</source>
        <translation>dieses Objekt (%1) hat keine id; jedes Objekt braucht eine</translation>
    </message>
    <message>
        <source>the id %1 is used twice: it already names the %2 at line %3</source>
        <translation>die ID %1 wird doppelt verwendet: Sie bezeichnet bereits das Objekt vom Typ %2 in Zeile %3</translation>
    </message>
    <message>
        <source>%1 has no %2, which is required</source>
        <translation>bei %1 fehlt der erforderliche Schlüssel %2</translation>
    </message>
    <message>
        <source>%1 needs at least one IPv4 block in cidr-blocks</source>
        <translation>%1 braucht mindestens einen IPv4-Block in cidr-blocks</translation>
    </message>
    <message>
        <source>%1 is a mapping such as {id: %2a}</source>
        <translation>%1 ist ein Mapping wie {id: %2a}</translation>
    </message>
    <message>
        <source>%1 is a second %2 of %3 (the first is %4); a VPC has at most one</source>
        <translation>%1 ist in %3 bereits das zweite Objekt vom Typ %2 (das erste ist %4); eine VPC hat höchstens eines davon</translation>
    </message>
    <message>
        <source>layout is a mapping from ids to positions</source>
        <translation>layout ist ein Mapping von IDs auf Positionen</translation>
    </message>
    <message>
        <source>a layout key is an object id</source>
        <translation>ein Schlüssel in layout ist eine Objekt-ID</translation>
    </message>
    <message>
        <source>the layout of %1 is given twice</source>
        <translation>das Layout von %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>a layout entry is a mapping such as {x: 0, y: 0, width: 300, height: 200}</source>
        <translation>ein layout-Eintrag ist ein Mapping wie {x: 0, y: 0, width: 300, height: 200}</translation>
    </message>
    <message>
        <source>unknown key %1 in a layout entry; it is ignored</source>
        <translation>unbekannter Schlüssel %1 in einem layout-Eintrag; er wird ignoriert</translation>
    </message>
    <message>
        <source>%1 is a number, not %2</source>
        <translation>%1 muss eine Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>a layout entry needs x and y</source>
        <translation>ein layout-Eintrag braucht x und y</translation>
    </message>
    <message>
        <source>the layout names %1, which is not an object of this design; the entry is kept</source>
        <translation>layout nennt %1, das kein Objekt dieses Entwurfs ist; der Eintrag bleibt erhalten</translation>
    </message>
    <message>
        <source>not a VPC Designer design: the file holds %1; a design is a mapping that starts with &apos;vpc-designer: 1&apos;</source>
        <translation>kein VPC-Designer-Entwurf: Die Datei enthält %1; ein Entwurf ist ein Mapping, das mit „vpc-designer: 1“ beginnt</translation>
    </message>
    <message>
        <source>not a VPC Designer design: the key &apos;vpc-designer: 1&apos; (the format version) is missing</source>
        <translation>kein VPC-Designer-Entwurf: Der Schlüssel „vpc-designer: 1“ (die Formatversion) fehlt</translation>
    </message>
    <message>
        <source>vpc-designer is the format version, a whole number; %1 is not</source>
        <translation>vpc-designer ist die Formatversion, eine ganze Zahl; %1 ist keine</translation>
    </message>
    <message>
        <source>this file is in format version %1; this designer reads version 1 (a newer designer wrote it)</source>
        <translation>diese Datei hat die Formatversion %1; dieser Designer liest Version 1 (ein neuerer Designer hat sie geschrieben)</translation>
    </message>
    <message>
        <source>format version %1 does not exist; this designer reads version 1</source>
        <translation>die Formatversion %1 gibt es nicht; dieser Designer liest Version 1</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>den Entwurf</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation>ist ein Ordner, keine Entwurfsdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a route is a mapping such as {destination: 0.0.0.0/0, target: igw-a}</source>
        <translation>eine Route ist ein Mapping wie {destination: 0.0.0.0/0, target: igw-a}</translation>
    </message>
    <message>
        <source>unknown key %1 in a route; it is ignored</source>
        <translation>unbekannter Schlüssel %1 in einer Route; er wird ignoriert</translation>
    </message>
    <message>
        <source>a route needs a destination</source>
        <translation>eine Route braucht ein Ziel (destination)</translation>
    </message>
    <message>
        <source>a route needs a target</source>
        <translation>eine Route braucht ein target (wohin sie den Datenverkehr leitet)</translation>
    </message>
    <message>
        <source>a network ACL rule is a mapping such as {rule: 100, protocol: tcp, ports: 443, %1: 0.0.0.0/0, action: allow}</source>
        <translation>eine Netzwerk-ACL-Regel ist ein Mapping wie {rule: 100, protocol: tcp, ports: 443, %1: 0.0.0.0/0, action: allow}</translation>
    </message>
    <message>
        <source>a rule number is a whole number (1 to 32766)</source>
        <translation>eine Regelnummer ist eine ganze Zahl (1 bis 32766)</translation>
    </message>
    <message>
        <source>action is allow or deny</source>
        <translation>action ist allow oder deny</translation>
    </message>
    <message>
        <source>unknown key %1 in a network ACL rule; it is ignored</source>
        <translation>unbekannter Schlüssel %1 in einer Netzwerk-ACL-Regel; er wird ignoriert</translation>
    </message>
    <message>
        <source>a network ACL rule needs a rule number</source>
        <translation>eine Netzwerk-ACL-Regel braucht eine Regelnummer</translation>
    </message>
    <message>
        <source>an %1 rule needs a %2</source>
        <translation>eine %1-Regel braucht einen Wert für %2</translation>
    </message>
    <message>
        <source>a network ACL rule needs an action (allow or deny)</source>
        <translation>eine Netzwerk-ACL-Regel braucht eine action (allow oder deny)</translation>
    </message>
    <message>
        <source>a security-group rule is a mapping such as {protocol: tcp, ports: 443, %1: 0.0.0.0/0}</source>
        <translation>eine Sicherheitsgruppenregel ist ein Mapping wie {protocol: tcp, ports: 443, %1: 0.0.0.0/0}</translation>
    </message>
    <message>
        <source>%1 is an address; a rule needs a block such as %2/%3</source>
        <translation>%1 ist eine Adresse; eine Regel braucht einen Block wie %2/%3</translation>
    </message>
    <message>
        <source>unknown key %1 in a security-group rule; it is ignored</source>
        <translation>unbekannter Schlüssel %1 in einer Sicherheitsgruppenregel; er wird ignoriert</translation>
    </message>
    <message>
        <source>a security-group rule needs a %1 (a CIDR block or a group id)</source>
        <translation>eine Sicherheitsgruppenregel braucht einen Wert für %1 (einen CIDR-Block oder eine Gruppen-ID)</translation>
    </message>
    <message>
        <source>%1 is not a value of %2: use %3</source>
        <translation>%1 ist kein zulässiger Wert für %2: Verwenden Sie %3</translation>
    </message>
    <message>
        <source>%1 is true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is a whole number, not %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>a port is 0 to 65535, not %1</source>
        <translation>ein Port liegt zwischen 0 und 65535, nicht %1</translation>
    </message>
    <message>
        <source>%1 is %2 to %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>%1 is a number of zero or more, not %2</source>
        <translation>%1 muss eine Zahl größer oder gleich null sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not a UTC time such as 2026-11-26T10:00:00Z</source>
        <translation>%1 ist keine UTC-Zeit wie 2026-11-26T10:00:00Z</translation>
    </message>
    <message>
        <source>too many errors; reading stopped</source>
        <translation>zu viele Fehler; das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>an alias names an anchor that does not exist</source>
        <translation>ein Alias nennt einen Anker, den es nicht gibt</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>ein Schlüssel muss ein einzelnes Wort sein, nicht %1</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one mapping</source>
        <translation>der Schlüssel %1 kommt in einem Mapping doppelt vor</translation>
    </message>
    <message>
        <source>%1 should be a single value, not %2</source>
        <translation>%1 sollte ein einzelner Wert sein, nicht %2</translation>
    </message>
    <message>
        <source>this value is nested more than 64 levels deep</source>
        <translation>dieser Wert ist tiefer als 64 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; it is kept as written</source>
        <translation>unbekannter Schlüssel %1 für %2; er bleibt unverändert erhalten</translation>
    </message>
    <message>
        <source>%1 is not a CIDR block: %2</source>
        <translation>%1 ist kein CIDR-Block: %2</translation>
    </message>
    <message>
        <source>%1 is not an IP address: %2</source>
        <translation>%1 ist keine IP-Adresse: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid id: an id is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>%1 ist keine gültige ID: Eine ID besteht aus 1 bis 64 Buchstaben, Ziffern, „-“, „_“ oder „.“</translation>
    </message>
    <message>
        <source>%1 should be a list, not %2</source>
        <translation>%1 sollte eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a protocol: use tcp, udp, icmp, icmpv6, all (or -1), or a number from 0 to 255</source>
        <translation>%1 ist kein Protokoll: Verwenden Sie tcp, udp, icmp, icmpv6, all (oder -1) oder eine Zahl von 0 bis 255</translation>
    </message>
    <message>
        <source>%1 cannot stand here</source>
        <translation>%1 ist an dieser Stelle nicht zulässig</translation>
    </message>
    <message>
        <source>%1 is required; it may not be empty</source>
        <translation>%1 ist erforderlich; der Wert darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is a number between -%L2 and %L2, not %3</source>
        <translation>%1 muss eine Zahl zwischen -%L2 und %L2 sein, nicht %3</translation>
    </message>
    <message>
        <source>a NUL byte: a design is UTF-8 text</source>
        <translation>ein NUL-Byte: Ein Entwurf ist UTF-8-Text</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (0x%1): a design is UTF-8 text</source>
        <translation>Bytes, die kein UTF-8 sind (0x%1): Ein Entwurf ist UTF-8-Text</translation>
    </message>
    <message>
        <source>cannot be reached: permission denied</source>
        <translation>nicht erreichbar: Zugriff verweigert</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket): not read</source>
        <translation>ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket): nicht gelesen</translation>
    </message>
    <message>
        <source>the file is %1 MB; designs up to %2 MB can be opened (a design of 2,000 VPCs is about 24 MB), so this is not read</source>
        <translation>die Datei ist %1 MB groß; Entwürfe bis %2 MB können geöffnet werden (ein Entwurf mit 2.000 VPCs hat etwa 24 MB), daher wird sie nicht gelesen</translation>
    </message>
    <message>
        <source>the file grew past %1 MB while it was read: not read</source>
        <translation>die Datei ist beim Lesen über %1 MB gewachsen: nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is a mapping of keys such as Statement: [...], not %2</source>
        <translation>%1 ist ein Mapping mit Schlüsseln wie Statement: [...], nicht %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an account is 12 digits, such as 111122223333, not %1</source>
        <translation>ein Konto besteht aus 12 Ziffern, etwa 111122223333, nicht %1</translation>
    </message>
    <message>
        <source>anchors and aliases here would expand to more than %L1 nodes; an alias that repeats an alias that repeats... (a &apos;billion laughs&apos; file) is refused</source>
        <translation>Anker und Aliase würden hier zu mehr als %L1 Knoten aufgelöst; ein Alias, der einen Alias wiederholt, der einen Alias wiederholt … (eine „Billion Laughs“-Datei) wird abgelehnt</translation>
    </message>
    <message>
        <source>this mapping has %L1 keys; at most %L2 are read</source>
        <translation>dieses Mapping hat %L1 Schlüssel; höchstens %L2 werden gelesen</translation>
    </message>
    <message>
        <source>a mapping of keys such as Statement: [...] is needed here</source>
        <translation>hier wird ein Mapping mit Schlüsseln wie Statement: [...] benötigt</translation>
    </message>
    <message>
        <source>%1 is not a space: internet, a CIDR block, service:NAME or an id</source>
        <translation>%1 ist kein Raum: internet, ein CIDR-Block, service:NAME oder eine ID</translation>
    </message>
</context>
<context>
    <name>DesignSearch</name>
    <message>
        <source>has the address %1</source>
        <translation>hat die Adresse %1</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>has the block %1</source>
        <translation>hat den Block %1</translation>
    </message>
    <message>
        <source>%1 lies in %2</source>
        <translation>%1 liegt in %2</translation>
    </message>
    <message>
        <source>is called %1</source>
        <translation>heißt %1</translation>
    </message>
    <message>
        <source>id contains &apos;%1&apos;</source>
        <translation>ID enthält „%1“</translation>
    </message>
    <message>
        <source>name contains &apos;%1&apos;</source>
        <translation>Name enthält „%1“</translation>
    </message>
</context>
<context>
    <name>DiagramDecorations</name>
    <message>
        <source>Untitled design</source>
        <translation>Unbenanntes Design</translation>
    </message>
    <message>
        <source>VPC Designer %1</source>
        <translation>VPC Designer %1</translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>Availability Zone</translation>
    </message>
    <message>
        <source>public subnet (routes to an internet gateway)</source>
        <translation>öffentliches Subnetz (Route zu einem Internet-Gateway)</translation>
    </message>
    <message>
        <source>private subnet</source>
        <translation>privates Subnetz</translation>
    </message>
    <message>
        <source>gateway endpoint</source>
        <translation>Gateway-Endpunkt</translation>
    </message>
    <message>
        <source>interface endpoint</source>
        <translation>Schnittstellen-Endpunkt</translation>
    </message>
    <message>
        <source>a further interface of an interface endpoint drawn in another subnet</source>
        <translation>eine weitere Schnittstelle eines Schnittstellen-Endpunkts, der in einem anderen Subnetz gezeichnet ist</translation>
    </message>
    <message>
        <source>peering connection, active</source>
        <translation>Peering-Verbindung, aktiv</translation>
    </message>
    <message>
        <source>peering connection, not active</source>
        <translation>Peering-Verbindung, nicht aktiv</translation>
    </message>
    <message>
        <source>peering connection that cannot exist (the blocks overlap)</source>
        <translation>Peering-Verbindung, die es nicht geben kann (die Adressblöcke überlappen)</translation>
    </message>
    <message>
        <source>traffic delivered (arrow: its way)</source>
        <translation>zugestellter Verkehr (Pfeil: sein Weg)</translation>
    </message>
    <message>
        <source>the answer, delivered</source>
        <translation>die Antwort, zugestellt</translation>
    </message>
    <message>
        <source>traffic dropped: a cross at what stops it, with its name</source>
        <translation>verworfener Verkehr: ein Kreuz bei dem, was ihn aufhält, mit dessen Namen</translation>
    </message>
    <message>
        <source>a finding: error</source>
        <translation>ein Befund: Fehler</translation>
    </message>
    <message>
        <source>a finding: warning</source>
        <translation>ein Befund: Warnung</translation>
    </message>
    <message>
        <source>a finding: note</source>
        <translation>ein Befund: Hinweis</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <source>the design is large: drawn at scale %1 to stay within %2 megapixels</source>
        <translation>der Entwurf ist groß: im Maßstab %1 gezeichnet, um unter %2 Megapixeln zu bleiben</translation>
    </message>
    <message>
        <source>%1: cannot encode the image: %2</source>
        <translation>%1: das Bild kann nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>Drawn by VPC Designer</source>
        <translation>Gezeichnet mit VPC Designer</translation>
    </message>
    <message>
        <source>no scenario has the id &apos;%1&apos;</source>
        <translation>kein Szenario hat die ID „%1“</translation>
    </message>
    <message>
        <source>%1 is not drawn on the canvas; select VPCs, subnets or what they hold</source>
        <translation>%1 ist auf der Zeichenfläche nicht gezeichnet; wählen Sie VPCs, Subnetze oder was sie enthalten</translation>
    </message>
    <message>
        <source>no object has the id &apos;%1&apos;</source>
        <translation>kein Objekt hat die ID „%1“</translation>
    </message>
    <message>
        <source>cannot draw on the page</source>
        <translation>kann nicht auf die Seite zeichnen</translation>
    </message>
    <message>
        <source>page %1 of %2: row %3 of %4, column %5 of %6</source>
        <translation>Seite %1 von %2: Zeile %3 von %4, Spalte %5 von %6</translation>
    </message>
    <message>
        <source>VPC Designer %1</source>
        <translation>VPC Designer %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s)</source>
        <translation>
            <numerusform>%n Objekt entfernen</numerusform>
            <numerusform>%n Objekte entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>%n Objekt einfügen</numerusform>
            <numerusform>%n Objekte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1%2</source>
        <translation>%1%2 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1%2 to %3</source>
        <translation>%1%2 zu %3 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>EmptyCanvasHint</name>
    <message>
        <source>Add a VPC</source>
        <translation>VPC hinzufügen</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open a design…</source>
        <translation>Entwurf öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;An empty design&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ein leerer Entwurf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A VPC with the next free /16</source>
        <translation>Eine VPC mit dem nächsten freien /16</translation>
    </message>
    <message>
        <source>A bundled design to look at and change</source>
        <translation>Ein mitgelieferter Entwurf zum Ansehen und Ändern</translation>
    </message>
    <message>
        <source>A design file of your own</source>
        <translation>Eine eigene Entwurfsdatei</translation>
    </message>
    <message>
        <source>Lessons…</source>
        <translation>Lektionen…</translation>
    </message>
    <message>
        <source>Drag a VPC from the palette onto the canvas, or click it there; then add subnets, instances and gateways the same way. Or start from an example, or learn with a lesson.</source>
        <translation>Ziehen Sie eine VPC aus der Palette auf die Zeichenfläche oder klicken Sie sie dort an; fügen Sie dann Subnetze, Instanzen und Gateways genauso hinzu. Oder beginnen Sie mit einem Beispiel oder lernen Sie mit einer Lektion.</translation>
    </message>
    <message>
        <source>Lessons that show how AWS networking works, and challenges the designer grades</source>
        <translation>Lektionen, die zeigen, wie AWS-Netzwerke funktionieren, und Aufgaben, die der Designer bewertet</translation>
    </message>
</context>
<context>
    <name>EndpointRules</name>
    <message>
        <source>%1 has two subnets in %2 (%3 and %4); an interface endpoint takes at most one subnet per AZ. Keep one of them.</source>
        <translation>%1 hat zwei Subnetze in %2 (%3 und %4); ein Schnittstellen-Endpunkt nimmt höchstens ein Subnetz pro AZ. Behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>%1 has an interface only in %2, while %3 has subnets in %4 too; if %2 fails, nothing in the VPC reaches %5 through it. Add one subnet of each of %4 to %1.</source>
        <translation>%1 hat nur in %2 eine Schnittstelle, während %3 auch Subnetze in %4 hat; fällt %2 aus, erreicht über diesen Endpunkt nichts in der VPC mehr den Dienst %5. Fügen Sie %1 je ein Subnetz in %4 hinzu.</translation>
    </message>
    <message>
        <source>%1 has private DNS on, but %2 has %3 off; AWS refuses private DNS for an endpoint unless the VPC has both dns-support and dns-hostnames. Turn them on, or private-dns off (and use the endpoint&apos;s own DNS names).</source>
        <translation>%1 hat privates DNS aktiviert, aber bei %2 ist Folgendes deaktiviert: %3; AWS lehnt privates DNS für einen Endpunkt ab, solange die VPC nicht sowohl dns-support als auch dns-hostnames aktiviert hat. Aktivieren Sie beide oder schalten Sie private-dns aus (und verwenden Sie die eigenen DNS-Namen des Endpunkts).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 is a gateway endpoint for %2, but gateway endpoints exist only for s3 and dynamodb. Make it an interface endpoint (PrivateLink) for %2.</source>
        <translation>%1 ist ein Gateway-Endpunkt für %2, aber Gateway-Endpunkte gibt es nur für s3 und dynamodb. Machen Sie daraus einen Schnittstellen-Endpunkt (PrivateLink) für %2.</translation>
    </message>
    <message>
        <source>%1 is for %2 in %3, but %4 is in %5; gateway endpoints reach services in their own region only. Use %5, or reach %3 over the internet or an interface endpoint there.</source>
        <translation>%1 ist für %2 in %3, aber %4 liegt in %5; Gateway-Endpunkte erreichen nur Dienste in ihrer eigenen Region. Verwenden Sie %5 oder erreichen Sie %3 über das Internet oder über einen Schnittstellen-Endpunkt dort.</translation>
    </message>
    <message>
        <source>%1 is associated with no route table, so no subnet sends %2 traffic through it. Associate the route tables of the subnets that use %2.</source>
        <translation>%1 ist mit keiner Routing-Tabelle verknüpft, daher leitet kein Subnetz %2-Datenverkehr darüber. Verknüpfen Sie die Routing-Tabellen der Subnetze, die %2 nutzen.</translation>
    </message>
    <message>
        <source>%1 aggregates over %2 s; AWS offers 60 s (1 minute) or 600 s (10 minutes), the default. Use one of them.</source>
        <translation>%1 aggregiert über %2 s; AWS bietet 60 s (1 Minute) oder 600 s (10 Minuten, der Standard). Verwenden Sie einen dieser Werte.</translation>
    </message>
    <message>
        <source>%1 is on &apos;%2&apos;, which is not an object of this design; a flow log is attached to a VPC, a subnet or an instance&apos;s interface.</source>
        <translation>%1 hängt an „%2“, das kein Objekt dieses Entwurfs ist; ein Flow-Log wird an eine VPC, ein Subnetz oder die Schnittstelle einer Instance angehängt.</translation>
    </message>
    <message>
        <source>%1 is on %2, a %3; a flow log is attached to a VPC, a subnet or an instance&apos;s interface.</source>
        <translation>%1 hängt an %2 (Typ %3); ein Flow-Log wird an eine VPC, ein Subnetz oder die Schnittstelle einer Instance angehängt.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 but is on %3 of %4; keep a flow log with the VPC it watches.</source>
        <translation>%1 gehört zu %2, hängt aber an %3 von %4; ordnen Sie ein Flow-Log der VPC zu, die es überwacht.</translation>
    </message>
    <message>
        <source>%1 has an interface only in %2, while %3 has subnets in %4 too; if %2 fails, nothing in the VPC reaches %5 through it. Add a subnet of %4 to %1.</source>
        <translation>%1 hat nur in %2 eine Schnittstelle, während %3 auch in %4 Subnetze hat; fällt %2 aus, erreicht nichts in der VPC %5 darüber. Fügen Sie %1 ein Subnetz aus %4 hinzu.</translation>
    </message>
    <message>
        <source>The policy of %1</source>
        <translation>Die Richtlinie von %1</translation>
    </message>
    <message>
        <source>Statement %1 of %2&apos;s policy</source>
        <translation>Anweisung %1 der Richtlinie von %2</translation>
    </message>
    <message>
        <source>%1 is refused by AWS: %2.</source>
        <translation>%1 wird von AWS abgelehnt: %2.</translation>
    </message>
    <message>
        <source>%1: %2; the simulator&apos;s verdict through it may differ from AWS&apos;s.</source>
        <translation>%1: %2; das Urteil des Simulators kann hier von dem von AWS abweichen.</translation>
    </message>
    <message>
        <source>%1 is refused by AWS: its resource %2 is not %3 or an object in it; a bucket policy speaks of its own bucket only.</source>
        <translation>%1 wird von AWS abgelehnt: Ihre Ressource %2 ist weder %3 noch ein Objekt darin; eine Bucket-Richtlinie spricht nur von ihrem eigenen Bucket.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Whole design</source>
        <translation>&amp;Ganzes Design</translation>
    </message>
    <message>
        <source>&amp;Visible area</source>
        <translation>&amp;Sichtbarer Bereich</translation>
    </message>
    <message>
        <source>Se&amp;lection</source>
        <translation>&amp;Auswahl</translation>
    </message>
    <message>
        <source>&amp;Title block: name, description, date, file</source>
        <translation>Schrift&amp;feld: Name, Beschreibung, Datum, Datei</translation>
    </message>
    <message>
        <source>&amp;Legend of the symbols shown</source>
        <translation>&amp;Legende der gezeigten Symbole</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <source>PNG for slides and chats; SVG and PDF keep text as text and scale without blur</source>
        <translation>PNG für Folien und Chats; SVG und PDF behalten Text als Text und skalieren ohne Unschärfe</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Pixels per canvas unit: 1 is the canvas at 100 %, 2 for high-DPI screens and print</source>
        <translation>Pixel je Einheit der Zeichenfläche: 1 ist die Zeichenfläche bei 100 %, 2 für hochauflösende Bildschirme und Druck</translation>
    </message>
    <message>
        <source>One page, the picture&apos;s size</source>
        <translation>Eine Seite in der Größe des Bildes</translation>
    </message>
    <message>
        <source>A4, tiled</source>
        <translation>A4, gekachelt</translation>
    </message>
    <message>
        <source>A3, tiled</source>
        <translation>A3, gekachelt</translation>
    </message>
    <message>
        <source>Letter, tiled</source>
        <translation>Letter, gekachelt</translation>
    </message>
    <message>
        <source>Tiled: the picture at its natural size over as many pages as it needs</source>
        <translation>Gekachelt: das Bild in natürlicher Größe auf so vielen Seiten, wie es braucht</translation>
    </message>
    <message>
        <source>T&amp;ransparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>No background, for documents with their own colour</source>
        <translation>Kein Hintergrund, für Dokumente mit eigener Farbe</translation>
    </message>
    <message>
        <source>The area of the selected objects, with what lies in it</source>
        <translation>Der Bereich der ausgewählten Objekte, mit allem, was darin liegt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A scenario&apos;s flows as arrows along their paths: delivered green, answers dashed, dropped red at what stops them</source>
        <translation>Die Flows eines Szenarios als Pfeile entlang ihrer Wege: zugestellt grün, Antworten gestrichelt, verworfen rot bei dem, was sie aufhält</translation>
    </message>
    <message>
        <source>The file to write; its ending follows the format</source>
        <translation>Die zu schreibende Datei; ihre Endung folgt dem Format</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Maßstab</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Se&amp;lection (nothing is selected)</source>
        <translation>&amp;Auswahl (nichts ist ausgewählt)</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;lection (%n object(s))</source>
        <translation>
            <numerusform>&amp;Auswahl (%n Objekt)</numerusform>
            <numerusform>&amp;Auswahl (%n Objekte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n Seite, %1</numerusform>
            <numerusform>%n Seiten, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>%1 × %2 units, vector</source>
        <translation>%1 × %2 Einheiten, Vektor</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find by id, name, CIDR or IP address</source>
        <translation>Nach ID, Name, CIDR oder IP-Adresse suchen</translation>
    </message>
    <message>
        <source>An address finds the instance, subnet and VPC that hold it; Enter: next, Shift+Enter: previous, Escape: close</source>
        <translation>Eine Adresse findet die Instance, das Subnetz und die VPC, die sie enthalten; Enter: nächster Treffer, Shift+Enter: vorheriger, Escape: schließen</translation>
    </message>
    <message>
        <source>Previous result (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next result (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>FlowLogCapture</name>
    <message>
        <source>the flow logs of this scenario would hold about %1 million records; at most %2 million are made: shorten its flows, or log fewer interfaces (flow logs on subnets or instances rather than whole VPCs)</source>
        <translation>die Flow-Logs dieses Szenarios würden etwa %1 Millionen Datensätze enthalten; höchstens %2 Millionen werden erzeugt: Kürzen Sie seine Flüsse oder protokollieren Sie weniger Schnittstellen (Flow-Logs auf Subnetzen oder Instances statt auf ganzen VPCs)</translation>
    </message>
</context>
<context>
    <name>FlowLogPage</name>
    <message>
        <source>Simulated flow logs</source>
        <translation>Simulierte Flow-Logs</translation>
    </message>
    <message>
        <source>The played scenario&apos;s simulated records, or real flow logs imported</source>
        <translation>Die simulierten Datensätze des abgespielten Szenarios oder importierte echte Flow-Logs</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>What the timeline&apos;s bars count</source>
        <translation>Was die Balken des Zeitverlaufs zählen</translation>
    </message>
    <message>
        <source>The network interface whose records are shown (also chosen by selecting its object on the canvas)</source>
        <translation>Die Netzwerkschnittstelle, deren Datensätze angezeigt werden (auch durch Auswahl ihres Objekts auf der Zeichenfläche wählbar)</translation>
    </message>
    <message>
        <source>The scenario&apos;s flow whose records are shown</source>
        <translation>Der Fluss des Szenarios, dessen Datensätze angezeigt werden</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>ACCEPT</source>
        <translation>ACCEPT</translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation>REJECT</translation>
    </message>
    <message>
        <source>address contains…</source>
        <translation>Adresse enthält…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Import real flow logs, export the simulated ones, or save the timeline as a picture</source>
        <translation>Echte Flow-Logs importieren, die simulierten exportieren oder den Zeitverlauf als Bild speichern</translation>
    </message>
    <message>
        <source>Import flow logs…</source>
        <translation>Flow-Logs importieren…</translation>
    </message>
    <message>
        <source>Read real VPC flow logs (plain or gzip) and find what rejects each REJECT</source>
        <translation>Echte VPC-Flow-Logs lesen (unkomprimiert oder gzip) und für jedes REJECT ermitteln, was es ablehnt</translation>
    </message>
    <message>
        <source>Export flow logs…</source>
        <translation>Flow-Logs exportieren…</translation>
    </message>
    <message>
        <source>Write the simulated records as AWS delivers them to S3</source>
        <translation>Die simulierten Datensätze so schreiben, wie AWS sie an S3 liefert</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Schnittstelle:</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Fluss:</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>Datensatz kopieren</translation>
    </message>
    <message>
        <source>Only this interface&apos;s records</source>
        <translation>Nur die Datensätze dieser Schnittstelle</translation>
    </message>
    <message>
        <source>Only this flow&apos;s records</source>
        <translation>Nur die Datensätze dieses Flusses</translation>
    </message>
    <message>
        <source>Show every record</source>
        <translation>Alle Datensätze anzeigen</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Zeitverlauf exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Import VPC flow logs</source>
        <translation>VPC-Flow-Logs importieren</translation>
    </message>
    <message>
        <source>Export the simulated flow logs to</source>
        <translation>Die simulierten Flow-Logs exportieren nach</translation>
    </message>
    <message>
        <source>Record copied</source>
        <translation>Datensatz kopiert</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle Flüsse</translation>
    </message>
    <message>
        <source>%1 records shown; on the timeline %2 packets accepted, %3 rejected</source>
        <translation>%1 Datensätze angezeigt; im Zeitverlauf %2 Pakete akzeptiert, %3 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n file(s)</source>
        <translation>
            <numerusform>Importiert: %n Datei</numerusform>
            <numerusform>Importiert: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records read: %2 matched, %3 rejected, %4 explained by the design</source>
        <translation>%1 Datensätze gelesen: %2 zugeordnet, %3 abgelehnt, %4 durch den Entwurf erklärt</translation>
    </message>
    <message>
        <source>No scenario to export the flow logs of</source>
        <translation>Kein Szenario, dessen Flow-Logs exportiert werden könnten</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow logs (*.log *.gz *.txt *.json);;All files (*)</source>
        <translation>Flow-Logs (*.log *.gz *.txt *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FlowLogs</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field: a custom format lists fields as ${name}</source>
        <translation>„%1“ ist kein Feld: Ein benutzerdefiniertes Format listet Felder als ${name} auf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow-log field of versions 2 to 5</source>
        <translation>„%1“ ist kein Flow-Log-Feld der Versionen 2 bis 5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 fields expected, %2 found</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>„%1“ ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>more than the %1 fields of the format</source>
        <translation>mehr als die %1 Felder des Formats</translation>
    </message>
    <message>
        <source>%1: not a VPC flow-log file</source>
        <translation>%1: keine VPC-Flow-Log-Datei</translation>
    </message>
    <message>
        <source>%1 (not a VPC flow-log file)</source>
        <translation>%1 (keine VPC-Flow-Log-Datei)</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation>zlib konnte nicht mit dem nächsten gzip-Abschnitt fortfahren</translation>
    </message>
    <message>
        <source>the gzip data ends too early (the file is cut short)</source>
        <translation>die gzip-Daten enden zu früh (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation>die gzip-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>zlib failed (%1)</source>
        <translation>zlib ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>nothing in the design rejects this packet: the rejection comes from a setting the design does not have (or the design differs from what ran)</source>
        <translation>nichts im Entwurf lehnt dieses Paket ab: Die Ablehnung stammt von einer Einstellung, die der Entwurf nicht enthält (oder der Entwurf weicht von dem ab, was tatsächlich lief)</translation>
    </message>
    <message>
        <source>more than %L1 flow-log records: at most that many are read at a time; read fewer files at once</source>
        <translation>mehr als %L1 Flow-Log-Datensätze: Höchstens so viele werden auf einmal gelesen; lesen Sie weniger Dateien auf einmal</translation>
    </message>
    <message>
        <source>a line longer than %1 KiB: not a flow-log line</source>
        <translation>eine Zeile länger als %1 KiB: keine Flow-Log-Zeile</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket): not read</source>
        <translation>%1: keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket): nicht gelesen</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: the text stops here (byte %5 of the compressed file)</source>
        <translation>%1:%2:%3: %4: der Text endet hier (Byte %5 der komprimierten Datei)</translation>
    </message>
    <message>
        <source>it inflates to more than %1 GB, more than a flow log holds</source>
        <translation>entpackt ergibt sie mehr als %1 GB, mehr als ein Flow-Log enthält</translation>
    </message>
    <message>
        <source>it inflates to more than %1 MB, more than a flow log holds</source>
        <translation>entpackt ergibt sie mehr als %1 MB, mehr als ein Flow-Log enthält</translation>
    </message>
    <message>
        <source>CloudWatch Logs JSON of %1 MB: at most %2 MB is read; export fewer events at once</source>
        <translation>CloudWatch-Logs-JSON von %1 MB: höchstens %2 MB werden gelesen; exportieren Sie weniger Ereignisse auf einmal</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>JSON without &quot;events&quot;: not what aws logs filter-log-events prints</source>
        <translation>JSON ohne „events“: nicht das, was aws logs filter-log-events ausgibt</translation>
    </message>
    <message>
        <source>an event without a message</source>
        <translation>ein Ereignis ohne message</translation>
    </message>
    <message>
        <source>the design induces more than %1 classes of packets at its interfaces: too many to tabulate</source>
        <translation>der Entwurf ergibt an seinen Schnittstellen mehr als %1 Paketklassen: zu viele für eine Tabelle</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Start (s)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pakete/s</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>the challenge has no flow %1</source>
        <translation>die Aufgabe hat keinen Datenfluss %1</translation>
    </message>
    <message>
        <source>the flow %1 cannot run in your design: %2</source>
        <translation>der Datenfluss %1 kann in Ihrem Entwurf nicht laufen: %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 is dropped on its way</source>
        <translation>%1 von %2 nach %3 wird unterwegs verworfen</translation>
    </message>
    <message>
        <source>%1 gets there, but its answer is dropped on the way back</source>
        <translation>%1 kommt an, aber seine Antwort wird auf dem Rückweg verworfen</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 still gets through; nothing in your design stops it</source>
        <translation>%1 von %2 nach %3 kommt noch durch; nichts in Ihrem Entwurf hält es auf</translation>
    </message>
    <message>
        <source>the designer still finds %1: %2</source>
        <translation>der Designer findet noch %1: %2</translation>
    </message>
    <message>
        <source>the designer does not find %1 in your design</source>
        <translation>der Designer findet %1 nicht in Ihrem Entwurf</translation>
    </message>
    <message>
        <source>%1 is still in your design</source>
        <translation>%1 ist noch in Ihrem Entwurf</translation>
    </message>
    <message>
        <source>your design has no %1</source>
        <translation>Ihr Entwurf hat kein %1</translation>
    </message>
    <message>
        <source>%1: %2 in your design, at most %3 wanted</source>
        <translation>%1: %2 in Ihrem Entwurf, höchstens %3 gewünscht</translation>
    </message>
    <message>
        <source>%1: %2 in your design, at least %3 wanted</source>
        <translation>%1: %2 in Ihrem Entwurf, mindestens %3 gewünscht</translation>
    </message>
    <message>
        <source>a question is answered, not built</source>
        <translation>eine Frage wird beantwortet, nicht gebaut</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>you chose &quot;%1&quot;; the answer is &quot;%2&quot;: %3</source>
        <translation>Sie haben „%1“ gewählt; die Antwort ist „%2“: %3</translation>
    </message>
    <message>
        <source>not answered before the simulation was played</source>
        <translation>nicht beantwortet, bevor die Simulation abgespielt wurde</translation>
    </message>
    <message>
        <source>the challenge has no intent %1</source>
        <translation>die Aufgabe hat keine Vorgabe %1</translation>
    </message>
    <message>
        <source>%1 cannot be checked in your design: %2</source>
        <translation>%1 lässt sich in Ihrem Entwurf nicht prüfen: %2</translation>
    </message>
    <message>
        <source>%1 holds in your design; it should not</source>
        <translation>%1 gilt in Ihrem Entwurf; das sollte sie nicht</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>The window</source>
        <translation>Das Fenster</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>Die Zeichenfläche</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Simulation and flow logs</source>
        <translation>Simulation und Flow-Logs</translation>
    </message>
    <message>
        <source>The file format</source>
        <translation>Das Dateiformat</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>error: AWS would refuse it, or traffic cannot work</source>
        <translation>Fehler: AWS würde es ablehnen, oder der Datenverkehr kann nicht funktionieren</translation>
    </message>
    <message>
        <source>warning: it works, but fails in a way you should know (an AZ outage, a quota, a return path)</source>
        <translation>Warnung: Es funktioniert, versagt aber auf eine Weise, die Sie kennen sollten (ein AZ-Ausfall, ein Kontingent, ein Rückweg)</translation>
    </message>
    <message>
        <source>info: worth seeing</source>
        <translation>Hinweis: lohnt einen Blick</translation>
    </message>
    <message>
        <source>VPC Designer Manual</source>
        <translation>Handbuch zu VPC Designer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>Wird ausgelöst, wenn</translation>
    </message>
    <message>
        <source>This rule is not in the catalogue of this version.</source>
        <translation>Diese Regel ist nicht im Katalog dieser Version enthalten.</translation>
    </message>
    <message>
        <source>This finding</source>
        <translation>Dieser Befund</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <source>Every message says what is wrong, why AWS cares and what to do. The page &lt;a href=&quot;validation.md&quot;&gt;Validation&lt;/a&gt; tells how the rules read a design; &lt;a href=&quot;rules&quot;&gt;Every rule&lt;/a&gt; lists them all.</source>
        <translation>Jede Meldung sagt, was falsch ist, warum es für AWS eine Rolle spielt und was zu tun ist. Die Seite &lt;a href=&quot;validation.md&quot;&gt;Validierung&lt;/a&gt; erklärt, wie die Regeln einen Entwurf lesen; &lt;a href=&quot;rules&quot;&gt;Alle Regeln&lt;/a&gt; listet sie vollständig auf.</translation>
    </message>
    <message>
        <source>The ids are stable: they appear in the Issues panel, in `vpc-designer validate` and in its JSON.</source>
        <translation>Die IDs sind stabil: Sie erscheinen im Bereich „Probleme“, in `vpc-designer validate` und in dessen JSON.</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Zurück zur Seite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPC Designer %1&lt;/h3&gt;&lt;p&gt;Design AWS VPC networks that check themselves: the drawing is a network model that is validated as you draw and can be simulated.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPC Designer %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie AWS-VPC-Netzwerke, die sich selbst prüfen: Die Zeichnung ist ein Netzwerkmodell, das schon beim Zeichnen validiert wird und sich simulieren lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (running on %2), under the GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QCustomPlot %3, under the GNU GPL version 3&lt;/li&gt;&lt;li&gt;yaml-cpp %4, under the MIT licence&lt;/li&gt;&lt;li&gt;zlib %5, under the zlib licence&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;These libraries are linked from the system, not copied into the program. The icons are the project&apos;s own. Text is drawn in the DejaVu fonts of the system (a free licence derived from Bitstream Vera).&lt;/p&gt;&lt;p&gt;As the program links QCustomPlot, it is distributed under the terms of the GNU GPL version 3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (läuft unter %2), unter der GNU LGPL Version 3&lt;/li&gt;&lt;li&gt;QCustomPlot %3, unter der GNU GPL Version 3&lt;/li&gt;&lt;li&gt;yaml-cpp %4, unter der MIT-Lizenz&lt;/li&gt;&lt;li&gt;zlib %5, unter der zlib-Lizenz&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Diese Bibliotheken werden aus dem System gelinkt, nicht in das Programm kopiert. Die Symbole sind eigene Werke des Projekts. Text wird in den DejaVu-Schriften des Systems dargestellt (eine freie Lizenz, abgeleitet von Bitstream Vera).&lt;/p&gt;&lt;p&gt;Da das Programm QCustomPlot linkt, wird es unter den Bedingungen der GNU GPL Version 3 verbreitet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About VPC Designer</source>
        <translation>Über VPC Designer</translation>
    </message>
    <message>
        <source>Lessons and challenges</source>
        <translation>Lektionen und Aufgaben</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Diagrams: export, title, legend</source>
        <translation>Diagramme: Export, Schriftfeld, Legende</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n objects selected</source>
        <translation>
            <numerusform>%n Objekt ausgewählt</numerusform>
            <numerusform>%n Objekte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The design</source>
        <translation>Der Entwurf</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>a YAML mapping, such as Statement: [...]</source>
        <translation>ein YAML-Mapping, etwa Statement: [...]</translation>
    </message>
    <message>
        <source>the id %1 is taken</source>
        <translation>die ID %1 ist bereits vergeben</translation>
    </message>
    <message>
        <source>internet, a CIDR block, service:NAME or ids, separated by commas</source>
        <translation>internet, ein CIDR-Block, service:NAME oder IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Add a space: the internet, an AWS service, or a VPC, subnet, security group, instance, NAT gateway or endpoint of the design</source>
        <translation>Einen Raum hinzufügen: das Internet, einen AWS-Service oder eine VPC, ein Subnetz, eine Sicherheitsgruppe, eine Instance, ein NAT-Gateway oder einen Endpunkt des Entwurfs</translation>
    </message>
    <message>
        <source>The Internet</source>
        <translation>Das Internet</translation>
    </message>
    <message>
        <source>AWS Services</source>
        <translation>AWS-Services</translation>
    </message>
</context>
<context>
    <name>Intents</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 an %3</translation>
    </message>
    <message>
        <source>%1 names no space</source>
        <translation>%1 nennt keinen Raum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 has no interface (no instance, NAT gateway or interface endpoint), so it is an empty space</source>
        <translation>%1: %2 hat keine Schnittstelle (keine Instance, kein NAT-Gateway, keinen Schnittstellen-Endpunkt) und ist damit ein leerer Raum</translation>
    </message>
    <message>
        <source>%1 has no ports: a port range is for tcp, udp or all</source>
        <translation>%1 hat keine Ports: ein Portbereich gilt für tcp, udp oder all</translation>
    </message>
    <message>
        <source>via names nothing: &apos;%1&apos;</source>
        <translation>via nennt nichts: „%1“</translation>
    </message>
    <message>
        <source>no packet can go from these spaces to those</source>
        <translation>kein Paket kann von diesen Räumen zu jenen gehen</translation>
    </message>
    <message>
        <source>no packet of these spaces can be sent: %1</source>
        <translation>kein Paket dieser Räume lässt sich senden: %1</translation>
    </message>
    <message>
        <source>%1, whose %2</source>
        <translation>%1, deren %2</translation>
    </message>
    <message>
        <source>%1 does not hold: %2 is delivered; nothing on its way stops it</source>
        <translation>%1 gilt nicht: %2 wird zugestellt; nichts auf dem Weg hält es auf</translation>
    </message>
    <message>
        <source>%1 does not hold: %2 is delivered, let in by %3; narrow that rule (or deny the traffic in a network ACL) to keep it out</source>
        <translation>%1 gilt nicht: %2 wird zugestellt, eingelassen von %3; engen Sie diese Regel ein (oder verweigern Sie den Verkehr in einer Netzwerk-ACL), um es fernzuhalten</translation>
    </message>
    <message>
        <source>; and by </source>
        <translation>; und von </translation>
    </message>
    <message>
        <source>%1 does not hold: %2 is delivered without passing %3; route it through %3</source>
        <translation>%1 gilt nicht: %2 wird zugestellt, ohne %3 zu passieren; leiten Sie es über %3</translation>
    </message>
    <message>
        <source>it has nowhere to go</source>
        <translation>es kann nirgendwohin</translation>
    </message>
    <message>
        <source>%1 does not hold: %2</source>
        <translation>%1 gilt nicht: %2</translation>
    </message>
    <message>
        <source>%1 does not hold: no packet gets there and back; for one, %2</source>
        <translation>%1 gilt nicht: kein Paket kommt hin und zurück; zum Beispiel %2</translation>
    </message>
    <message>
        <source>%1 gets there, but its answer is stopped at %2</source>
        <translation>%1 kommt an, aber seine Antwort wird angehalten bei %2</translation>
    </message>
    <message>
        <source>%1 is stopped at %2</source>
        <translation>%1 wird angehalten bei %2</translation>
    </message>
    <message>
        <source>proving it takes more than %1 classes of packets; narrow its spaces, protocol or ports</source>
        <translation>der Beweis braucht mehr als %1 Paketklassen; engen Sie Räume, Protokoll oder Ports ein</translation>
    </message>
</context>
<context>
    <name>IpAddress</name>
    <message>
        <source>empty address</source>
        <translation>leere Adresse</translation>
    </message>
    <message>
        <source>too long to be an address</source>
        <translation>zu lang für eine Adresse</translation>
    </message>
    <message>
        <source>an IPv4 address has four decimal numbers separated by dots</source>
        <translation>eine IPv4-Adresse besteht aus vier durch Punkte getrennten Dezimalzahlen</translation>
    </message>
    <message>
        <source>each part of an IPv4 address is 0 to 255</source>
        <translation>jeder Teil einer IPv4-Adresse liegt zwischen 0 und 255</translation>
    </message>
    <message>
        <source>a part of an IPv4 address has a leading zero</source>
        <translation>ein Teil einer IPv4-Adresse hat eine führende Null</translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation>keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>an IPv6 address has at most eight groups</source>
        <translation>eine IPv6-Adresse hat höchstens acht Gruppen</translation>
    </message>
    <message>
        <source>an IPv6 group has at most four hex digits</source>
        <translation>eine IPv6-Gruppe hat höchstens vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once in an IPv6 address</source>
        <translation>„::“ darf in einer IPv6-Adresse nur einmal vorkommen</translation>
    </message>
    <message>
        <source>an IPv6 address without &apos;::&apos; has eight groups</source>
        <translation>eine IPv6-Adresse ohne „::“ hat acht Gruppen</translation>
    </message>
    <message>
        <source>&apos;::&apos; stands for at least one group, so at most seven may be written</source>
        <translation>„::“ steht für mindestens eine Gruppe, daher dürfen höchstens sieben ausgeschrieben werden</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>No findings: the design passes every rule.</source>
        <translation>Keine Befunde: Der Entwurf erfüllt alle Regeln.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1: a goal is a mapping with an id</source>
        <translation>%1: Ein Ziel ist eine Zuordnung mit einer ID</translation>
    </message>
    <message>
        <source>%1: a flow goal&apos;s verdict is delivered or dropped</source>
        <translation>%1: Das Urteil eines Datenfluss-Ziels ist delivered oder dropped</translation>
    </message>
    <message>
        <source>%1: an object goal says exists, at-least or at-most</source>
        <translation>%1: Ein Objekt-Ziel nennt exists, at-least oder at-most</translation>
    </message>
    <message>
        <source>%1: a question has two or more choices and the index of the right one (from 0)</source>
        <translation>%1: Eine Frage hat zwei oder mehr Antworten und den Index der richtigen (ab 0)</translation>
    </message>
    <message>
        <source>%1: a goal says in text what it asks</source>
        <translation>%1: Ein Ziel sagt in text, was es verlangt</translation>
    </message>
    <message>
        <source>Subnets, gateways and NAT</source>
        <translation>Subnetze, Gateways und NAT</translation>
    </message>
    <message>
        <source>IPv6 and the egress-only internet gateway</source>
        <translation>IPv6 und das Egress-Only-Internet-Gateway</translation>
    </message>
    <message>
        <source>Gateway endpoints</source>
        <translation>Gateway-Endpunkte</translation>
    </message>
    <message>
        <source>Interface endpoints</source>
        <translation>Schnittstellen-Endpunkte</translation>
    </message>
    <message>
        <source>VPC peering</source>
        <translation>VPC-Peering</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>Flow-Logs</translation>
    </message>
    <message>
        <source>lesson: a mapping with a title, the facts it covers and steps</source>
        <translation>lesson: eine Zuordnung mit Titel, den abgedeckten Fakten und Schritten</translation>
    </message>
    <message>
        <source>lesson: a title is needed</source>
        <translation>lesson: ein Titel wird benötigt</translation>
    </message>
    <message>
        <source>lesson: the topic is one of %1</source>
        <translation>lesson: das Thema ist eines von %1</translation>
    </message>
    <message>
        <source>lesson: covers names facts F1 to F28, not %1</source>
        <translation>lesson: covers nennt die Fakten F1 bis F28, nicht %1</translation>
    </message>
    <message>
        <source>goal %1: two goals have this id</source>
        <translation>Ziel %1: zwei Ziele haben diese ID</translation>
    </message>
    <message>
        <source>step %1: a step has text</source>
        <translation>Schritt %1: ein Schritt hat einen Text</translation>
    </message>
    <message>
        <source>step %1: wait-for names no goal of the lesson (%2)</source>
        <translation>Schritt %1: wait-for nennt kein Ziel der Lektion (%2)</translation>
    </message>
    <message>
        <source>lesson: at least one step</source>
        <translation>lesson: mindestens ein Schritt</translation>
    </message>
    <message>
        <source>%1: not a lesson (no lesson: section)</source>
        <translation>%1: keine Lektion (kein Abschnitt lesson:)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a goal names a flow, an intent, a finding, an object (or kind) or a question</source>
        <translation>%1: ein Ziel nennt einen Fluss, eine Vorgabe, einen Befund, ein Objekt (oder eine Art) oder eine Frage</translation>
    </message>
</context>
<context>
    <name>Lesson text</name>
    <message>
        <source>One NAT gateway, two AZs</source>
        <translation>Ein NAT-Gateway, zwei AZs</translation>
    </message>
    <message>
        <source>A NAT gateway lives in one AZ; subnets of another AZ that use it share its fate.</source>
        <translation>Ein NAT-Gateway liegt in einer AZ; Subnetze einer anderen AZ, die es nutzen, teilen sein Schicksal.</translation>
    </message>
    <message>
        <source>Both private subnets send 0.0.0.0/0 to nat-a. Play: both instances reach the internet
under nat-a&apos;s public address, and nothing outside can start a connection to them.</source>
        <translation>Beide privaten Subnetze senden 0.0.0.0/0 an nat-a. Spielen Sie ab: Beide Instances
erreichen das Internet unter der öffentlichen Adresse von nat-a, und von außen kann
niemand eine Verbindung zu ihnen aufbauen.</translation>
    </message>
    <message>
        <source>A NAT gateway is redundant inside its AZ, not across AZs. The Issues panel warns
(nat-gateway-single-az): if us-east-1a fails, subnet-private-b loses its way out too.</source>
        <translation>Ein NAT-Gateway ist innerhalb seiner AZ redundant, nicht über AZs hinweg. Der Bereich
„Probleme“ warnt (nat-gateway-single-az): Fällt us-east-1a aus, verliert auch
subnet-private-b seinen Weg nach draußen.</translation>
    </message>
    <message>
        <source>The fix is one NAT gateway per AZ, each in a public subnet of its AZ, and each AZ&apos;s
private route table pointing at its own. The challenge &quot;A NAT gateway in each AZ&quot; asks
you to build it.</source>
        <translation>Die Lösung ist ein NAT-Gateway pro AZ, jedes in einem öffentlichen Subnetz seiner AZ,
und die private Routing-Tabelle jeder AZ zeigt auf ihr eigenes. In der Aufgabe „Ein
NAT-Gateway in jeder AZ“ bauen Sie das.</translation>
    </message>
    <message>
        <source>Public and private subnets</source>
        <translation>Öffentliche und private Subnetze</translation>
    </message>
    <message>
        <source>What makes a subnet public, and how a NAT gateway lets private addresses reach out but not in.</source>
        <translation>Was ein Subnetz öffentlich macht und wie ein NAT-Gateway private Adressen nach draußen lässt, aber nichts zu ihnen herein.</translation>
    </message>
    <message>
        <source>This VPC has two subnets. The route table of &quot;public&quot; sends 0.0.0.0/0 to the internet
gateway igw-shop: that route, and nothing else, is what makes a subnet public.</source>
        <translation>Diese VPC hat zwei Subnetze. Die Routing-Tabelle von &quot;public&quot; sendet 0.0.0.0/0 an das
Internet-Gateway igw-shop: Diese Route, und nichts anderes, macht ein Subnetz
öffentlich.</translation>
    </message>
    <message>
        <source>i-web has a public IPv4 address (198.51.100.10) besides its private one; i-app has only
a private address. Private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) are never
routed on the internet.</source>
        <translation>i-web hat neben seiner privaten eine öffentliche IPv4-Adresse (198.51.100.10); i-app
hat nur eine private Adresse. Private Bereiche (10.0.0.0/8, 172.16.0.0/12,
192.168.0.0/16) werden im Internet nie geroutet.</translation>
    </message>
    <message>
        <source>The NAT gateway nat-a stands in the public subnet, with its own public address. The
private subnet&apos;s table sends 0.0.0.0/0 to it: i-app can reach the internet, under
nat-a&apos;s address, and the answers come back through it.</source>
        <translation>Das NAT-Gateway nat-a steht im öffentlichen Subnetz, mit einer eigenen öffentlichen
Adresse. Die Tabelle des privaten Subnetzes sendet 0.0.0.0/0 dorthin: i-app
erreicht das Internet unter der Adresse von nat-a, und die Antworten kommen über
nat-a zurück.</translation>
    </message>
    <message>
        <source>Play the scenario. Customers reach i-web; i-web reaches i-app inside the VPC;
i-app&apos;s update goes out through nat-a. The probe from the internet to i-app&apos;s address
is dropped: nothing outside can start a connection to a private address, NAT or not.</source>
        <translation>Spielen Sie das Szenario ab. Kunden erreichen i-web; i-web erreicht i-app innerhalb
der VPC; das Update von i-app geht über nat-a hinaus. Der Testzugriff aus dem
Internet auf die Adresse von i-app wird verworfen: Von außen kann niemand eine
Verbindung zu einer privaten Adresse aufbauen, ob mit NAT oder ohne.</translation>
    </message>
    <message>
        <source>A stateful security group and a stateless network ACL</source>
        <translation>Eine zustandsbehaftete Sicherheitsgruppe und eine zustandslose Netzwerk-ACL</translation>
    </message>
    <message>
        <source>Why an answer passes a security group by itself but needs its own rule in a network ACL, shown with the flow-log records of the AWS documentation.</source>
        <translation>Warum eine Antwort eine Sicherheitsgruppe von selbst passiert, in einer Netzwerk-ACL aber eine eigene Regel braucht, gezeigt an den Flow-Log-Datensätzen aus der AWS-Dokumentation.</translation>
    </message>
    <message>
        <source>sg-ping lets ICMP in. A security group is stateful: the answer to what it let in goes
out without a rule of its own. acl-icmp-in, the subnet&apos;s network ACL, also lets ICMP
in, but a network ACL is stateless: the answer is judged again, by its egress rules,
and none of them allows ICMP.</source>
        <translation>sg-ping lässt ICMP herein. Eine Sicherheitsgruppe ist zustandsbehaftet: Die Antwort
auf das, was sie hereingelassen hat, geht ohne eigene Regel hinaus. acl-icmp-in, die
Netzwerk-ACL des Subnetzes, lässt ICMP ebenfalls herein, aber eine Netzwerk-ACL ist
zustandslos: Die Antwort wird erneut geprüft, nach ihren ausgehenden Regeln, und
keine davon erlaubt ICMP.</translation>
    </message>
    <message>
        <source>Play. The ping reaches i-web; the answer is dropped by the ACL on its way out. On the
flow-log page, i-web&apos;s interface has two records, exactly those of the AWS documentation:
the request ACCEPT, the answer REJECT.</source>
        <translation>Spielen Sie ab. Der Ping erreicht i-web; die Antwort wird von der ACL auf dem Weg hinaus
verworfen. Auf der Seite „Flow-Logs“ hat die Schnittstelle von i-web zwei Datensätze,
genau die aus der AWS-Dokumentation: die Anfrage ACCEPT, die Antwort REJECT.</translation>
    </message>
    <message>
        <source>web-out, a connection i-web starts, works: the ACL allows 443 out and the answers in
on the ephemeral ports 1024-65535. With a network ACL, both directions need rules.</source>
        <translation>web-out, eine Verbindung, die i-web aufbaut, funktioniert: Die ACL erlaubt 443
hinaus und die Antworten herein auf den flüchtigen Ports 1024-65535. Bei einer
Netzwerk-ACL brauchen beide Richtungen Regeln.</translation>
    </message>
    <message>
        <source>The designer saw it coming: the Issues panel warns (nacl-blocks-return) that the ACL
lets ICMP in while stopping every answer, and says which rule to add: ICMP echo
replies (type 0) out.</source>
        <translation>Der Designer hat es kommen sehen: Der Bereich „Probleme“ warnt (nacl-blocks-return),
dass die ACL ICMP hereinlässt, aber jede Antwort blockiert, und nennt die fehlende
Regel: ICMP-Echo-Antworten (Typ 0) hinaus.</translation>
    </message>
    <message>
        <source>A rule that works across Regions</source>
        <translation>Eine Regel, die über Regionen hinweg funktioniert</translation>
    </message>
    <message>
        <source>Replace a security-group reference that cannot cross Regions by the peer&apos;s addresses.</source>
        <translation>Ersetzen Sie einen Verweis auf eine Sicherheitsgruppe, der nicht über Regionen hinweg gilt, durch die Adressen des Peers.</translation>
    </message>
    <message>
        <source>sg-eu names sg-web, a group in another Region: the rule cannot apply, and web-to-eu is
dropped. Make sg-eu let the web servers in without naming their group.</source>
        <translation>sg-eu nennt sg-web, eine Gruppe in einer anderen Region: Die Regel kann nicht greifen,
und web-to-eu wird verworfen. Sorgen Sie dafür, dass sg-eu die Webserver hereinlässt,
ohne ihre Gruppe zu nennen.</translation>
    </message>
    <message>
        <source>Answer the question, then check your design.</source>
        <translation>Beantworten Sie die Frage und prüfen Sie dann Ihren Entwurf.</translation>
    </message>
    <message>
        <source>the web server reaches the API in Ireland</source>
        <translation>der Webserver erreicht die API in Irland</translation>
    </message>
    <message>
        <source>the API in Virginia still takes the web servers</source>
        <translation>die API in Virginia nimmt weiterhin die Webserver an</translation>
    </message>
    <message>
        <source>no rule names a group of another Region</source>
        <translation>keine Regel nennt eine Gruppe einer anderen Region</translation>
    </message>
    <message>
        <source>sg-api names sg-web across pcx-web-api. Why does that one work?</source>
        <translation>sg-api nennt sg-web über pcx-web-api hinweg. Warum funktioniert das?</translation>
    </message>
    <message>
        <source>Both VPCs are in us-east-1, where a rule may reference a peered VPC&apos;s group</source>
        <translation>Beide VPCs liegen in us-east-1, wo eine Regel auf eine Gruppe einer per Peering verbundenen VPC verweisen darf</translation>
    </message>
    <message>
        <source>Group references work across every peering</source>
        <translation>Gruppenverweise funktionieren über jedes Peering hinweg</translation>
    </message>
    <message>
        <source>It does not work either</source>
        <translation>Auch das funktioniert nicht</translation>
    </message>
    <message>
        <source>security groups can reference the groups of a peered VPC in the same Region only</source>
        <translation>Sicherheitsgruppen können nur in derselben Region auf die Gruppen einer per Peering verbundenen VPC verweisen</translation>
    </message>
    <message>
        <source>A rule&apos;s source may be a CIDR block instead of a group.</source>
        <translation>Die Quelle einer Regel kann statt einer Gruppe ein CIDR-Block sein.</translation>
    </message>
    <message>
        <source>vpc-web&apos;s block is 10.21.0.0/16; the web servers&apos; subnet is 10.21.1.0/24.</source>
        <translation>Der Block von vpc-web ist 10.21.0.0/16; das Subnetz der Webserver ist 10.21.1.0/24.</translation>
    </message>
    <message>
        <source>DynamoDB without the internet</source>
        <translation>DynamoDB ohne Internet</translation>
    </message>
    <message>
        <source>Reach DynamoDB and S3 through gateway endpoints, with no NAT gateway and no route to the internet.</source>
        <translation>Erreichen Sie DynamoDB und S3 über Gateway-Endpunkte, ohne NAT-Gateway und ohne Route ins Internet.</translation>
    </message>
    <message>
        <source>i-orders reaches DynamoDB and S3 through nat-orders and the internet gateway. Give the
private route table gateway endpoints instead, and remove the NAT gateway.</source>
        <translation>i-orders erreicht DynamoDB und S3 über nat-orders und das Internet-Gateway. Geben Sie
stattdessen der privaten Routing-Tabelle Gateway-Endpunkte und entfernen Sie das
NAT-Gateway.</translation>
    </message>
    <message>
        <source>i-orders queries DynamoDB</source>
        <translation>i-orders fragt DynamoDB ab</translation>
    </message>
    <message>
        <source>i-orders still writes to S3</source>
        <translation>i-orders schreibt weiterhin in S3</translation>
    </message>
    <message>
        <source>no NAT gateway is left</source>
        <translation>es ist kein NAT-Gateway mehr übrig</translation>
    </message>
    <message>
        <source>one gateway endpoint per service</source>
        <translation>ein Gateway-Endpunkt pro Dienst</translation>
    </message>
    <message>
        <source>A third service, SQS, is needed privately. Can a gateway endpoint do it?</source>
        <translation>Ein dritter Dienst, SQS, wird privat benötigt. Kann ein Gateway-Endpunkt das leisten?</translation>
    </message>
    <message>
        <source>Yes, gateway endpoints exist for every AWS service</source>
        <translation>Ja, Gateway-Endpunkte gibt es für jeden AWS-Dienst</translation>
    </message>
    <message>
        <source>No, gateway endpoints exist for S3 and DynamoDB only; SQS needs an interface endpoint</source>
        <translation>Nein, Gateway-Endpunkte gibt es nur für S3 und DynamoDB; SQS braucht einen Schnittstellen-Endpunkt</translation>
    </message>
    <message>
        <source>gateway endpoints serve S3 and DynamoDB; other services are reached privately through interface endpoints (PrivateLink)</source>
        <translation>Gateway-Endpunkte bedienen S3 und DynamoDB; andere Dienste erreicht man privat über Schnittstellen-Endpunkte (PrivateLink)</translation>
    </message>
    <message>
        <source>Add an endpoint on the VPC (not in a subnet) for each service, with rtb-private in its route tables.</source>
        <translation>Fügen Sie für jeden Dienst einen Endpunkt auf der VPC hinzu (nicht in einem Subnetz), mit rtb-private unter seinen Routing-Tabellen.</translation>
    </message>
    <message>
        <source>Then delete nat-orders and the route that pointed at it.</source>
        <translation>Löschen Sie dann nat-orders und die Route, die darauf zeigte.</translation>
    </message>
    <message>
        <source>An endpoint for our bucket only</source>
        <translation>Ein Endpunkt nur für unseren Bucket</translation>
    </message>
    <message>
        <source>Write an endpoint policy that lets the report job reach example-reports and nothing else.</source>
        <translation>Schreiben Sie eine Endpunktrichtlinie, mit der der Berichtsjob example-reports erreicht und sonst nichts.</translation>
    </message>
    <message>
        <source>vpce-s3 has no policy: AWS gives it full access, so i-report could upload our data to
a stranger&apos;s bucket (stranger-upload). Write a policy for vpce-s3 in the Inspector
that allows only example-reports.</source>
        <translation>vpce-s3 hat keine Richtlinie: AWS gibt ihm vollen Zugriff, also könnte i-report
unsere Daten in den Bucket eines Fremden hochladen (stranger-upload). Schreiben Sie
im Inspektor eine Richtlinie für vpce-s3, die nur example-reports erlaubt.</translation>
    </message>
    <message>
        <source>the report job still uploads to example-reports</source>
        <translation>der Berichtsjob lädt weiterhin nach example-reports hoch</translation>
    </message>
    <message>
        <source>nothing reaches a stranger&apos;s bucket through the endpoint</source>
        <translation>über den Endpunkt erreicht nichts den Bucket eines Fremden</translation>
    </message>
    <message>
        <source>partner-data is out of bounds too</source>
        <translation>auch partner-data bleibt gesperrt</translation>
    </message>
    <message>
        <source>AWS accepts your policy</source>
        <translation>AWS akzeptiert Ihre Richtlinie</translation>
    </message>
    <message>
        <source>What does a gateway endpoint allow when it has no policy written?</source>
        <translation>Was erlaubt ein Gateway-Endpunkt, wenn für ihn keine Richtlinie geschrieben ist?</translation>
    </message>
    <message>
        <source>Nothing until a policy is attached</source>
        <translation>Nichts, bis eine Richtlinie angefügt ist</translation>
    </message>
    <message>
        <source>Full access to the service, any bucket of any account</source>
        <translation>Vollen Zugriff auf den Dienst, auf jeden Bucket jedes Kontos</translation>
    </message>
    <message>
        <source>Only the buckets of its own account</source>
        <translation>Nur die Buckets des eigenen Kontos</translation>
    </message>
    <message>
        <source>an endpoint&apos;s default policy allows full access; a policy of your own narrows it</source>
        <translation>die Standardrichtlinie eines Endpunkts erlaubt vollen Zugriff; eine eigene Richtlinie schränkt ihn ein</translation>
    </message>
    <message>
        <source>The policy is YAML in the Inspector, as AWS writes it, with Version and Statement.</source>
        <translation>Die Richtlinie steht als YAML im Inspektor, so wie AWS sie schreibt, mit Version und Statement.</translation>
    </message>
    <message>
        <source>One Allow statement with Resource arn:aws:s3:::example-reports and arn:aws:s3:::example-reports/* is enough; what a policy does not allow, it denies.</source>
        <translation>Eine Allow-Anweisung mit Resource arn:aws:s3:::example-reports und arn:aws:s3:::example-reports/* genügt; was eine Richtlinie nicht erlaubt, verweigert sie.</translation>
    </message>
    <message>
        <source>Log the refused connections</source>
        <translation>Abgelehnte Verbindungen protokollieren</translation>
    </message>
    <message>
        <source>Choose where a flow log attaches and what it keeps, and predict the record it writes.</source>
        <translation>Wählen Sie, wo ein Flow-Log ansetzt und was es aufzeichnet, und sagen Sie den Datensatz voraus, den es schreibt.</translation>
    </message>
    <message>
        <source>The security team wants a record of every connection refused anywhere in vpc-web,
and nothing else. Add one flow log that does it (a VPC, a subnet or an interface; ALL,
ACCEPT or REJECT).</source>
        <translation>Das Sicherheitsteam will einen Datensatz jeder Verbindung, die irgendwo in vpc-web
abgelehnt wird, und nichts sonst. Fügen Sie ein einziges Flow-Log hinzu, das genau das
leistet (auf einer VPC, einem Subnetz oder einer Schnittstelle; ALL, ACCEPT oder
REJECT).</translation>
    </message>
    <message>
        <source>Before you play the minute, answer the questions; then play it and open the flow-log
page to see whether you were right.</source>
        <translation>Beantworten Sie die Fragen, bevor Sie die Minute abspielen; spielen Sie sie dann ab
und öffnen Sie die Seite „Flow-Logs“, um zu sehen, ob Sie richtig lagen.</translation>
    </message>
    <message>
        <source>a flow log watches the VPC</source>
        <translation>ein Flow-Log überwacht die VPC</translation>
    </message>
    <message>
        <source>the flow log is on a VPC</source>
        <translation>das Flow-Log liegt auf einer VPC</translation>
    </message>
    <message>
        <source>Which one flow log sees the refused SSH scan of i-admin and the refused RDP scan of i-web?</source>
        <translation>Welches einzelne Flow-Log sieht den abgelehnten SSH-Scan von i-admin und den abgelehnten RDP-Scan von i-web?</translation>
    </message>
    <message>
        <source>One on subnet-web</source>
        <translation>Eines auf subnet-web</translation>
    </message>
    <message>
        <source>One on vpc-web</source>
        <translation>Eines auf vpc-web</translation>
    </message>
    <message>
        <source>One on i-web&apos;s interface</source>
        <translation>Eines auf der Schnittstelle von i-web</translation>
    </message>
    <message>
        <source>a flow log on a VPC watches every interface in it; one on a subnet or an interface sees only those</source>
        <translation>ein Flow-Log auf einer VPC überwacht jede Schnittstelle darin; eines auf einem Subnetz oder einer Schnittstelle sieht nur deren Schnittstellen</translation>
    </message>
    <message>
        <source>What does a REJECT flow log record of rdp-scan hold?</source>
        <translation>Was enthält ein REJECT-Datensatz des Flow-Logs zu rdp-scan?</translation>
    </message>
    <message>
        <source>The RDP packets&apos; contents, to see what the scanner tried</source>
        <translation>Den Inhalt der RDP-Pakete, um zu sehen, was der Scanner versucht hat</translation>
    </message>
    <message>
        <source>Addresses, ports, protocol, packets, bytes, the window and REJECT</source>
        <translation>Adressen, Ports, Protokoll, Pakete, Bytes, das Zeitfenster und REJECT</translation>
    </message>
    <message>
        <source>Only the scanner&apos;s address</source>
        <translation>Nur die Adresse des Scanners</translation>
    </message>
    <message>
        <source>flow logs keep metadata of each window, never the packets&apos; contents</source>
        <translation>Flow-Logs speichern Metadaten jedes Zeitfensters, nie den Inhalt der Pakete</translation>
    </message>
    <message>
        <source>The log keeps REJECT only. Is the shoppers&apos; HTTPS to i-web in it?</source>
        <translation>Das Log speichert nur REJECT. Ist das HTTPS der Käufer zu i-web darin enthalten?</translation>
    </message>
    <message>
        <source>Yes, every flow of the VPC is</source>
        <translation>Ja, jeder Fluss der VPC ist darin enthalten</translation>
    </message>
    <message>
        <source>No, it was accepted</source>
        <translation>Nein, es wurde akzeptiert</translation>
    </message>
    <message>
        <source>a flow log keeps ACCEPT, REJECT or ALL traffic, as it was created</source>
        <translation>ein Flow-Log speichert ACCEPT-, REJECT- oder ALL-Datenverkehr, je nachdem, wie es erstellt wurde</translation>
    </message>
    <message>
        <source>A flow log is added from the palette onto a VPC, a subnet or an instance.</source>
        <translation>Ein Flow-Log ziehen Sie aus der Palette auf eine VPC, ein Subnetz oder eine Instance.</translation>
    </message>
    <message>
        <source>In the Inspector, set its traffic-type to REJECT.</source>
        <translation>Setzen Sie im Inspektor seinen traffic-type auf REJECT.</translation>
    </message>
    <message>
        <source>When do the records come?</source>
        <translation>Wann kommen die Datensätze?</translation>
    </message>
    <message>
        <source>Set up a flow log to CloudWatch Logs, then predict its windows and delivery.</source>
        <translation>Richten Sie ein Flow-Log nach CloudWatch Logs ein und sagen Sie dann seine Zeitfenster und die Zustellung voraus.</translation>
    </message>
    <message>
        <source>Add a flow log on i-build that writes to CloudWatch Logs every 60 seconds
(max-aggregation-interval 60). Then answer before you play.</source>
        <translation>Fügen Sie auf i-build ein Flow-Log hinzu, das alle 60 Sekunden nach CloudWatch
Logs schreibt (max-aggregation-interval 60). Antworten Sie dann, bevor Sie
abspielen.</translation>
    </message>
    <message>
        <source>Play the download and open the flow-log page to check your answers.</source>
        <translation>Spielen Sie den Download ab und öffnen Sie die Seite „Flow-Logs“, um Ihre Antworten zu prüfen.</translation>
    </message>
    <message>
        <source>a flow log watches i-build</source>
        <translation>ein Flow-Log überwacht i-build</translation>
    </message>
    <message>
        <source>every flow log aggregates over 60 or 600 seconds</source>
        <translation>jedes Flow-Log aggregiert über 60 oder 600 Sekunden</translation>
    </message>
    <message>
        <source>The download lasts 180 s. How many records does a 60-second log write for its request direction?</source>
        <translation>Der Download dauert 180 s. Wie viele Datensätze schreibt ein 60-Sekunden-Log für die Richtung der Anfrage?</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>180</source>
        <translation>180</translation>
    </message>
    <message>
        <source>one record per window in which the flow had packets, 60 s each</source>
        <translation>ein Datensatz pro Zeitfenster, in dem der Fluss Pakete hatte, je 60 s</translation>
    </message>
    <message>
        <source>When can the first record be read in CloudWatch Logs?</source>
        <translation>Wann lässt sich der erste Datensatz in CloudWatch Logs lesen?</translation>
    </message>
    <message>
        <source>As the first packet passes</source>
        <translation>Sobald das erste Paket durchläuft</translation>
    </message>
    <message>
        <source>About 5 minutes after its window closes</source>
        <translation>Etwa 5 Minuten, nachdem sein Zeitfenster endet</translation>
    </message>
    <message>
        <source>At midnight, in a daily file</source>
        <translation>Um Mitternacht, in einer Tagesdatei</translation>
    </message>
    <message>
        <source>records are aggregated over their window and delivered minutes later (about 5 for CloudWatch Logs, 10 for S3)</source>
        <translation>Datensätze werden über ihr Zeitfenster aggregiert und Minuten später zugestellt (etwa 5 bei CloudWatch Logs, 10 bei S3)</translation>
    </message>
    <message>
        <source>Where does Athena query flow-log records?</source>
        <translation>Wo fragt Athena Flow-Log-Datensätze ab?</translation>
    </message>
    <message>
        <source>In CloudWatch Logs</source>
        <translation>In CloudWatch Logs</translation>
    </message>
    <message>
        <source>In S3</source>
        <translation>In S3</translation>
    </message>
    <message>
        <source>In the VPC</source>
        <translation>In der VPC</translation>
    </message>
    <message>
        <source>Athena reads files in S3; CloudWatch Logs has Logs Insights</source>
        <translation>Athena liest Dateien in S3; CloudWatch Logs hat Logs Insights</translation>
    </message>
    <message>
        <source>A flow log from the palette onto i-build; in the Inspector, destination cloud-watch-logs and max-aggregation-interval 60.</source>
        <translation>Ein Flow-Log aus der Palette auf i-build; im Inspektor destination cloud-watch-logs und max-aggregation-interval 60.</translation>
    </message>
    <message>
        <source>An interface endpoint that survives an AZ</source>
        <translation>Ein Schnittstellen-Endpunkt, der den Ausfall einer AZ übersteht</translation>
    </message>
    <message>
        <source>Give the endpoint an interface in each AZ, and let only the workers reach it.</source>
        <translation>Geben Sie dem Endpunkt eine Schnittstelle in jeder AZ, und lassen Sie nur die Worker zu ihm durch.</translation>
    </message>
    <message>
        <source>vpce-sqs has one interface, in us-east-1a: if that AZ fails, the workers of
us-east-1b lose SQS. Give the endpoint a subnet in each AZ.</source>
        <translation>vpce-sqs hat eine Schnittstelle, in us-east-1a: Fällt diese AZ aus, verlieren
die Worker in us-east-1b den Zugang zu SQS. Geben Sie dem Endpunkt ein Subnetz
in jeder AZ.</translation>
    </message>
    <message>
        <source>sg-endpoint lets in anything from the VPC. Only members of sg-app should reach the
endpoint: the batch server (i-batch) must be refused.</source>
        <translation>sg-endpoint lässt alles aus der VPC herein. Nur Mitglieder von sg-app sollen den
Endpunkt erreichen: Der Batch-Server (i-batch) muss abgewiesen werden.</translation>
    </message>
    <message>
        <source>the endpoint has an interface in each AZ that has subnets</source>
        <translation>der Endpunkt hat eine Schnittstelle in jeder AZ, die Subnetze hat</translation>
    </message>
    <message>
        <source>the worker of us-east-1b reaches SQS</source>
        <translation>der Worker in us-east-1b erreicht SQS</translation>
    </message>
    <message>
        <source>i-batch cannot reach the endpoint</source>
        <translation>i-batch erreicht den Endpunkt nicht</translation>
    </message>
    <message>
        <source>the worker of us-east-1a still sends</source>
        <translation>der Worker in us-east-1a sendet weiterhin</translation>
    </message>
    <message>
        <source>The endpoint must also refuse sqs:PurgeQueue from the workers. What does that?</source>
        <translation>Der Endpunkt muss außerdem sqs:PurgeQueue von den Workern ablehnen. Was leistet das?</translation>
    </message>
    <message>
        <source>Its security group</source>
        <translation>Seine Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Its endpoint policy</source>
        <translation>Seine Endpunktrichtlinie</translation>
    </message>
    <message>
        <source>A network ACL rule</source>
        <translation>Eine Regel einer Netzwerk-ACL</translation>
    </message>
    <message>
        <source>a security group decides who reaches the interface; the endpoint policy decides which actions it allows</source>
        <translation>eine Sicherheitsgruppe entscheidet, wer die Schnittstelle erreicht; die Endpunktrichtlinie entscheidet, welche Aktionen der Endpunkt erlaubt</translation>
    </message>
    <message>
        <source>Add subnet-b to the endpoint&apos;s subnets in the Inspector.</source>
        <translation>Fügen Sie im Inspektor subnet-b zu den Subnetzen des Endpunkts hinzu.</translation>
    </message>
    <message>
        <source>A security-group rule may name another group (sg-app) as its source.</source>
        <translation>Eine Regel einer Sicherheitsgruppe kann eine andere Gruppe (sg-app) als Quelle nennen.</translation>
    </message>
    <message>
        <source>IPv6 out, but not in</source>
        <translation>IPv6 hinaus, aber nicht herein</translation>
    </message>
    <message>
        <source>Let i-app reach the internet over IPv6 while nothing there can open a connection to it.</source>
        <translation>Lassen Sie i-app das Internet über IPv6 erreichen, ohne dass von dort jemand eine Verbindung zu i-app öffnen kann.</translation>
    </message>
    <message>
        <source>i-app has a public IPv6 address, as every IPv6 address is, and rtb-app sends ::/0 to
the internet gateway: the probe from the internet gets an answer. Keep app-out working
and make the probe fail, without touching the security group.</source>
        <translation>i-app hat eine öffentliche IPv6-Adresse, denn jede IPv6-Adresse ist öffentlich, und
rtb-app sendet ::/0 an das Internet-Gateway: Der Testzugriff aus dem Internet erhält
eine Antwort. Sorgen Sie dafür, dass app-out weiter funktioniert und der Testzugriff
scheitert, ohne die Sicherheitsgruppe anzufassen.</translation>
    </message>
    <message>
        <source>i-app reaches the internet over IPv6</source>
        <translation>i-app erreicht das Internet über IPv6</translation>
    </message>
    <message>
        <source>the probe from the internet gets no connection</source>
        <translation>der Testzugriff aus dem Internet bekommt keine Verbindung</translation>
    </message>
    <message>
        <source>an egress-only internet gateway carries the subnet&apos;s IPv6</source>
        <translation>ein Egress-Only-Internet-Gateway befördert den IPv6-Verkehr des Subnetzes</translation>
    </message>
    <message>
        <source>the visitors still reach i-web</source>
        <translation>die Besucher erreichen i-web weiterhin</translation>
    </message>
    <message>
        <source>Why is there no NAT gateway for IPv6 here?</source>
        <translation>Warum gibt es hier kein NAT-Gateway für IPv6?</translation>
    </message>
    <message>
        <source>NAT gateways are too slow for IPv6</source>
        <translation>NAT-Gateways sind für IPv6 zu langsam</translation>
    </message>
    <message>
        <source>Every IPv6 address is public; an egress-only internet gateway keeps connections from starting outside</source>
        <translation>Jede IPv6-Adresse ist öffentlich; ein Egress-Only-Internet-Gateway verhindert, dass Verbindungen von außen beginnen</translation>
    </message>
    <message>
        <source>IPv6 cannot leave a VPC</source>
        <translation>IPv6 kann eine VPC nicht verlassen</translation>
    </message>
    <message>
        <source>IPv6 needs no translation; the egress-only gateway only lets out what starts inside, and its answers</source>
        <translation>IPv6 braucht keine Adressübersetzung; das Egress-Only-Gateway lässt nur durch, was innen beginnt, samt den Antworten darauf</translation>
    </message>
    <message>
        <source>An egress-only internet gateway is added to the VPC, like an internet gateway.</source>
        <translation>Ein Egress-Only-Internet-Gateway wird wie ein Internet-Gateway der VPC hinzugefügt.</translation>
    </message>
    <message>
        <source>Then rtb-app sends ::/0 to it instead of the internet gateway.</source>
        <translation>Dann sendet rtb-app ::/0 dorthin statt an das Internet-Gateway.</translation>
    </message>
    <message>
        <source>A NAT gateway in each AZ</source>
        <translation>Ein NAT-Gateway in jeder AZ</translation>
    </message>
    <message>
        <source>Survive the loss of an AZ by giving each AZ its own NAT gateway.</source>
        <translation>Überstehen Sie den Ausfall einer AZ, indem Sie jeder AZ ein eigenes NAT-Gateway geben.</translation>
    </message>
    <message>
        <source>Both private subnets reach the internet through nat-a, in us-east-1a. If that AZ
fails, i-app-b in us-east-1b loses its way out too. Give us-east-1b a NAT gateway of
its own, in its public subnet, and route rtb-private-b to it.</source>
        <translation>Beide privaten Subnetze erreichen das Internet über nat-a in us-east-1a. Fällt diese AZ
aus, verliert auch i-app-b in us-east-1b seinen Weg nach draußen. Geben Sie us-east-1b
ein eigenes NAT-Gateway in seinem öffentlichen Subnetz, und routen Sie rtb-private-b dorthin.</translation>
    </message>
    <message>
        <source>no NAT gateway serves private subnets of several AZs</source>
        <translation>kein NAT-Gateway bedient private Subnetze mehrerer AZs</translation>
    </message>
    <message>
        <source>two NAT gateways</source>
        <translation>zwei NAT-Gateways</translation>
    </message>
    <message>
        <source>i-app-a still reaches the internet</source>
        <translation>i-app-a erreicht weiterhin das Internet</translation>
    </message>
    <message>
        <source>i-app-b still reaches the internet</source>
        <translation>i-app-b erreicht weiterhin das Internet</translation>
    </message>
    <message>
        <source>Where must the NAT gateway for us-east-1b stand?</source>
        <translation>Wo muss das NAT-Gateway für us-east-1b liegen?</translation>
    </message>
    <message>
        <source>In subnet-private-b, beside the instances it serves</source>
        <translation>In subnet-private-b, neben den Instances, die es bedient</translation>
    </message>
    <message>
        <source>In subnet-public-b, whose route table leads to the internet gateway</source>
        <translation>In subnet-public-b, dessen Routing-Tabelle zum Internet-Gateway führt</translation>
    </message>
    <message>
        <source>In any subnet of the VPC</source>
        <translation>In einem beliebigen Subnetz der VPC</translation>
    </message>
    <message>
        <source>a public NAT gateway sends its traffic out through the internet gateway, so its own subnet must be public</source>
        <translation>ein öffentliches NAT-Gateway sendet seinen Datenverkehr über das Internet-Gateway hinaus, daher muss sein eigenes Subnetz öffentlich sein</translation>
    </message>
    <message>
        <source>Drop a NAT gateway from the palette onto subnet-public-b.</source>
        <translation>Ziehen Sie ein NAT-Gateway aus der Palette auf subnet-public-b.</translation>
    </message>
    <message>
        <source>Then edit rtb-private-b&apos;s route 0.0.0.0/0 to point at it.</source>
        <translation>Ändern Sie dann die Route 0.0.0.0/0 von rtb-private-b so, dass sie darauf zeigt.</translation>
    </message>
    <message>
        <source>The peer&apos;s names, resolved privately</source>
        <translation>Die Namen des Peers, privat aufgelöst</translation>
    </message>
    <message>
        <source>Turn on what DNS resolution across a peering needs.</source>
        <translation>Schalten Sie ein, was die DNS-Auflösung über ein Peering braucht.</translation>
    </message>
    <message>
        <source>pcx-app-data has DNS resolution on for both sides, so that i-db&apos;s public DNS name,
asked from vpc-app, resolves to its private address. AWS refuses it here: see the
Issues panel. Give it what it needs.</source>
        <translation>Bei pcx-app-data ist die DNS-Auflösung für beide Seiten eingeschaltet, damit der öffentliche
DNS-Name von i-db, aus vpc-app abgefragt, zu seiner privaten Adresse aufgelöst wird. AWS
lehnt das hier ab: siehe den Bereich „Probleme“. Schaffen Sie die Voraussetzungen dafür.</translation>
    </message>
    <message>
        <source>DNS resolution on the peering is possible</source>
        <translation>DNS-Auflösung auf dem Peering ist möglich</translation>
    </message>
    <message>
        <source>i-app reaches the database</source>
        <translation>i-app erreicht die Datenbank</translation>
    </message>
    <message>
        <source>What does DNS resolution on a peering change?</source>
        <translation>Was ändert die DNS-Auflösung auf einem Peering?</translation>
    </message>
    <message>
        <source>The peer&apos;s public DNS names resolve to private addresses, so the traffic stays on the peering</source>
        <translation>Die öffentlichen DNS-Namen des Peers werden zu privaten Adressen aufgelöst, sodass der Datenverkehr auf dem Peering bleibt</translation>
    </message>
    <message>
        <source>It opens the security groups to the peer</source>
        <translation>Sie öffnet die Sicherheitsgruppen für den Peer</translation>
    </message>
    <message>
        <source>It makes the peering transitive</source>
        <translation>Sie macht das Peering transitiv</translation>
    </message>
    <message>
        <source>without it, a public name resolves to a public address and the traffic leaves by the internet, if at all</source>
        <translation>ohne sie wird ein öffentlicher Name zu einer öffentlichen Adresse aufgelöst, und der Datenverkehr geht über das Internet, wenn überhaupt</translation>
    </message>
    <message>
        <source>Both VPCs need dns-support and dns-hostnames.</source>
        <translation>Beide VPCs brauchen dns-support und dns-hostnames.</translation>
    </message>
    <message>
        <source>The application needs the database</source>
        <translation>Die Anwendung braucht die Datenbank</translation>
    </message>
    <message>
        <source>Replace a hope of transit by a peering of its own, with routes on both sides.</source>
        <translation>Ersetzen Sie die Hoffnung auf Transit durch ein eigenes Peering mit Routen auf beiden Seiten.</translation>
    </message>
    <message>
        <source>rtb-app sends 10.30.0.0/16 (vpc-data) through the peering with vpc-shared. The
designer flags it: peering is not transitive, and app-to-db is dropped at the peering.
Give vpc-app a way to the database that works.</source>
        <translation>rtb-app sendet 10.30.0.0/16 (vpc-data) über das Peering mit vpc-shared. Der
Designer meldet das: Peering ist nicht transitiv, und app-to-db wird am Peering verworfen.
Geben Sie vpc-app einen Weg zur Datenbank, der funktioniert.</translation>
    </message>
    <message>
        <source>no route counts on transit</source>
        <translation>keine Route setzt auf Transit</translation>
    </message>
    <message>
        <source>every peering is routed on both sides</source>
        <translation>jedes Peering ist auf beiden Seiten geroutet</translation>
    </message>
    <message>
        <source>i-app still reaches the shared services</source>
        <translation>i-app erreicht weiterhin die gemeinsamen Dienste</translation>
    </message>
    <message>
        <source>Ten VPCs must all reach each other by peering alone. How many peering connections is that?</source>
        <translation>Zehn VPCs müssen einander allein per Peering erreichen. Wie viele Peering-Verbindungen sind das?</translation>
    </message>
    <message>
        <source>9</source>
        <translation>9</translation>
    </message>
    <message>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <source>45</source>
        <translation>45</translation>
    </message>
    <message>
        <source>90</source>
        <translation>90</translation>
    </message>
    <message>
        <source>peering is not transitive, so each pair needs its own connection, n(n-1)/2 = 45 (a transit gateway avoids this)</source>
        <translation>Peering ist nicht transitiv, daher braucht jedes Paar eine eigene Verbindung: n(n-1)/2 = 45 (ein Transit-Gateway vermeidet das)</translation>
    </message>
    <message>
        <source>Peer vpc-app with vpc-data directly (drag from one VPC&apos;s link handle to the other).</source>
        <translation>Verbinden Sie vpc-app direkt per Peering mit vpc-data (ziehen Sie vom Verbindungsgriff der einen VPC zur anderen).</translation>
    </message>
    <message>
        <source>Route 10.30.0.0/16 in rtb-app and 10.10.0.0/16 in rtb-data through the new peering.</source>
        <translation>Routen Sie 10.30.0.0/16 in rtb-app und 10.10.0.0/16 in rtb-data über das neue Peering.</translation>
    </message>
    <message>
        <source>Peer the application with the database</source>
        <translation>Anwendung und Datenbank per Peering verbinden</translation>
    </message>
    <message>
        <source>Give a VPC its own block, peer it, route both ways and open the database port.</source>
        <translation>Geben Sie einer VPC einen eigenen Block, verbinden Sie sie per Peering, routen Sie in beide Richtungen und öffnen Sie den Datenbank-Port.</translation>
    </message>
    <message>
        <source>Both VPCs use 10.10.0.0/16: AWS refuses to peer them. Give vpc-data a block of its
own (and move its subnet and i-db into it), then peer the two VPCs.</source>
        <translation>Beide VPCs verwenden 10.10.0.0/16: AWS lehnt ein Peering zwischen ihnen ab. Geben Sie
vpc-data einen eigenen Block (und verschieben Sie sein Subnetz und i-db hinein), und
verbinden Sie dann die beiden VPCs per Peering.</translation>
    </message>
    <message>
        <source>Route each VPC&apos;s block through the peering on both sides, and let sg-data take 5432
from the application. Play the scenario until app-to-db is delivered.</source>
        <translation>Routen Sie auf beiden Seiten den Block der jeweils anderen VPC über das Peering, und
lassen Sie sg-data Port 5432 von der Anwendung annehmen. Spielen Sie das Szenario ab,
bis app-to-db zugestellt wird.</translation>
    </message>
    <message>
        <source>the peered VPCs do not overlap</source>
        <translation>die per Peering verbundenen VPCs überlappen sich nicht</translation>
    </message>
    <message>
        <source>the two VPCs are peered</source>
        <translation>die beiden VPCs sind per Peering verbunden</translation>
    </message>
    <message>
        <source>app-to-db is delivered and answered</source>
        <translation>app-to-db wird zugestellt und beantwortet</translation>
    </message>
    <message>
        <source>both sides route through the peering</source>
        <translation>beide Seiten routen über das Peering</translation>
    </message>
    <message>
        <source>vpc-data is also peered with vpc-backup. Can i-app reach vpc-backup through vpc-data?</source>
        <translation>vpc-data ist auch per Peering mit vpc-backup verbunden. Kann i-app vpc-backup über vpc-data erreichen?</translation>
    </message>
    <message>
        <source>Yes, with a route in rtb-app through the peering with vpc-data</source>
        <translation>Ja, mit einer Route in rtb-app über das Peering mit vpc-data</translation>
    </message>
    <message>
        <source>No, peering is not transitive; vpc-app needs its own peering with vpc-backup</source>
        <translation>Nein, Peering ist nicht transitiv; vpc-app braucht ein eigenes Peering mit vpc-backup</translation>
    </message>
    <message>
        <source>a peering carries traffic between its two VPCs only; a packet for a third VPC is dropped at the peer</source>
        <translation>ein Peering trägt nur Datenverkehr zwischen seinen beiden VPCs; ein Paket für eine dritte VPC wird beim Peer verworfen</translation>
    </message>
    <message>
        <source>Change vpc-data&apos;s block in the Inspector (10.30.0.0/16, say), then its subnet&apos;s and i-db&apos;s addresses.</source>
        <translation>Ändern Sie den Block von vpc-data im Inspektor (etwa auf 10.30.0.0/16), dann die Adressen seines Subnetzes und von i-db.</translation>
    </message>
    <message>
        <source>Drag from one VPC&apos;s link handle to the other to peer them.</source>
        <translation>Ziehen Sie vom Verbindungsgriff der einen VPC zur anderen, um sie per Peering zu verbinden.</translation>
    </message>
    <message>
        <source>Each route table needs the other VPC&apos;s block with the peering as target.</source>
        <translation>Jede Routing-Tabelle braucht den Block der anderen VPC, mit dem Peering unter „Weiterleiten an“.</translation>
    </message>
    <message>
        <source>Private DNS for the queue</source>
        <translation>Privates DNS für die Warteschlange</translation>
    </message>
    <message>
        <source>Make the service&apos;s usual name resolve to the interface endpoint.</source>
        <translation>Sorgen Sie dafür, dass der übliche Name des Dienstes zum Schnittstellen-Endpunkt aufgelöst wird.</translation>
    </message>
    <message>
        <source>vpce-sqs has interfaces in both AZs, but private DNS is off: the workers&apos; name for SQS
still resolves to its public addresses, and the VPC has no route there. Make the
usual name lead to the endpoint.</source>
        <translation>vpce-sqs hat Schnittstellen in beiden AZs, aber privates DNS ist aus: Der Name, den die
Worker für SQS verwenden, wird weiterhin zu dessen öffentlichen Adressen aufgelöst, und die
VPC hat keine Route dorthin. Lassen Sie den üblichen Namen zum Endpunkt führen.</translation>
    </message>
    <message>
        <source>the worker of us-east-1a reaches SQS</source>
        <translation>der Worker in us-east-1a erreicht SQS</translation>
    </message>
    <message>
        <source>the VPC supports private DNS</source>
        <translation>die VPC unterstützt privates DNS</translation>
    </message>
    <message>
        <source>no NAT gateway</source>
        <translation>kein NAT-Gateway</translation>
    </message>
    <message>
        <source>Without private DNS, how would a worker reach the endpoint?</source>
        <translation>Wie würde ein Worker den Endpunkt ohne privates DNS erreichen?</translation>
    </message>
    <message>
        <source>It cannot</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>By the endpoint&apos;s own DNS names, the regional one or the one of its AZ</source>
        <translation>Über die eigenen DNS-Namen des Endpunkts, den regionalen oder den seiner AZ</translation>
    </message>
    <message>
        <source>By the service&apos;s public name over the internet gateway</source>
        <translation>Über den öffentlichen Namen des Dienstes via Internet-Gateway</translation>
    </message>
    <message>
        <source>an interface endpoint always has DNS names of its own; private DNS adds the service&apos;s usual name</source>
        <translation>ein Schnittstellen-Endpunkt hat immer eigene DNS-Namen; privates DNS fügt den üblichen Namen des Dienstes hinzu</translation>
    </message>
    <message>
        <source>Turn private-dns on for vpce-sqs in the Inspector.</source>
        <translation>Schalten Sie im Inspektor private-dns für vpce-sqs ein.</translation>
    </message>
    <message>
        <source>Private DNS needs dns-support and dns-hostnames on the VPC.</source>
        <translation>Privates DNS braucht dns-support und dns-hostnames in der VPC.</translation>
    </message>
    <message>
        <source>Updates for a private server</source>
        <translation>Updates für einen privaten Server</translation>
    </message>
    <message>
        <source>Let a server in a private subnet reach the internet, and nothing on the internet reach it.</source>
        <translation>Lassen Sie einen Server in einem privaten Subnetz das Internet erreichen, aber nichts aus dem Internet den Server.</translation>
    </message>
    <message>
        <source>i-app lives in the private subnet, whose route table has no way out. It must download
its updates (app-updates) while staying private. Build what it needs.</source>
        <translation>i-app liegt im privaten Subnetz, dessen Routing-Tabelle keinen Weg nach draußen hat.
Die Instance muss ihre Updates (app-updates) herunterladen und dabei privat bleiben.
Bauen Sie, was sie braucht.</translation>
    </message>
    <message>
        <source>i-app downloads its updates over HTTPS</source>
        <translation>i-app lädt seine Updates über HTTPS herunter</translation>
    </message>
    <message>
        <source>the internet still cannot open a connection to i-app</source>
        <translation>das Internet kann weiterhin keine Verbindung zu i-app öffnen</translation>
    </message>
    <message>
        <source>i-app stays private (no public address, no route of its subnet to the internet gateway)</source>
        <translation>i-app bleibt privat (keine öffentliche Adresse, keine Route seines Subnetzes zum Internet-Gateway)</translation>
    </message>
    <message>
        <source>a NAT gateway does the translation</source>
        <translation>ein NAT-Gateway übernimmt die Adressübersetzung</translation>
    </message>
    <message>
        <source>A client on the internet knows the NAT gateway&apos;s public address. Can it open a connection to i-app through it?</source>
        <translation>Ein Client im Internet kennt die öffentliche Adresse des NAT-Gateways. Kann er darüber eine Verbindung zu i-app öffnen?</translation>
    </message>
    <message>
        <source>Yes, if i-app&apos;s security group allows the port</source>
        <translation>Ja, wenn die Sicherheitsgruppe von i-app den Port erlaubt</translation>
    </message>
    <message>
        <source>No, a NAT gateway only carries connections started from inside</source>
        <translation>Nein, ein NAT-Gateway trägt nur Verbindungen, die von innen begonnen werden</translation>
    </message>
    <message>
        <source>Only over IPv6</source>
        <translation>Nur über IPv6</translation>
    </message>
    <message>
        <source>a NAT gateway keeps state for connections its subnets start; what arrives unasked is dropped</source>
        <translation>ein NAT-Gateway speichert den Zustand der Verbindungen, die seine Subnetze beginnen; was unaufgefordert ankommt, wird verworfen</translation>
    </message>
    <message>
        <source>A private subnet reaches out through a NAT gateway, which itself must stand in a public subnet.</source>
        <translation>Ein privates Subnetz gelangt über ein NAT-Gateway nach draußen, das selbst in einem öffentlichen Subnetz liegen muss.</translation>
    </message>
    <message>
        <source>After adding the NAT gateway, route 0.0.0.0/0 of rtb-private to it.</source>
        <translation>Routen Sie nach dem Hinzufügen des NAT-Gateways 0.0.0.0/0 in rtb-private dorthin.</translation>
    </message>
    <message>
        <source>S3 without the NAT gateway</source>
        <translation>S3 ohne das NAT-Gateway</translation>
    </message>
    <message>
        <source>Replace a NAT gateway by a gateway endpoint, and make the bucket refuse everything else.</source>
        <translation>Ersetzen Sie ein NAT-Gateway durch einen Gateway-Endpunkt, und lassen Sie den Bucket alles andere ablehnen.</translation>
    </message>
    <message>
        <source>report-upload reaches S3 through nat-data and the internet gateway. Add a gateway
endpoint for S3 to the private route table, then remove the NAT gateway.</source>
        <translation>report-upload erreicht S3 über nat-data und das Internet-Gateway. Fügen Sie der privaten
Routing-Tabelle einen Gateway-Endpunkt für S3 hinzu, und entfernen Sie dann das NAT-Gateway.</translation>
    </message>
    <message>
        <source>The bucket still takes uploads from anywhere. Write a bucket policy for
bucket-reports (in the Inspector) that denies every request not coming through your
endpoint, so that public-upload is refused.</source>
        <translation>Der Bucket nimmt noch Uploads von überall an. Schreiben Sie (im Inspektor) eine
Bucket-Richtlinie für bucket-reports, die jede Anfrage verweigert, die nicht über Ihren
Endpunkt kommt, sodass public-upload abgelehnt wird.</translation>
    </message>
    <message>
        <source>Answer the question, then grade your design.</source>
        <translation>Beantworten Sie die Frage, und bewerten Sie dann Ihren Entwurf.</translation>
    </message>
    <message>
        <source>report-upload reaches the bucket</source>
        <translation>report-upload erreicht den Bucket</translation>
    </message>
    <message>
        <source>the bucket refuses the public server&apos;s upload</source>
        <translation>der Bucket lehnt den Upload des öffentlichen Servers ab</translation>
    </message>
    <message>
        <source>the policies you wrote are ones AWS accepts</source>
        <translation>die Richtlinien, die Sie geschrieben haben, akzeptiert AWS</translation>
    </message>
    <message>
        <source>Which route does associating the gateway endpoint add to the private route table?</source>
        <translation>Welche Route fügt die Verknüpfung des Gateway-Endpunkts der privaten Routing-Tabelle hinzu?</translation>
    </message>
    <message>
        <source>0.0.0.0/0 to the endpoint</source>
        <translation>0.0.0.0/0 zum Endpunkt</translation>
    </message>
    <message>
        <source>the S3 prefix list (pl-...) of the Region to the endpoint</source>
        <translation>die S3-Präfixliste (pl-...) der Region zum Endpunkt</translation>
    </message>
    <message>
        <source>S3&apos;s addresses to the internet gateway</source>
        <translation>die Adressen von S3 zum Internet-Gateway</translation>
    </message>
    <message>
        <source>a gateway endpoint is a route target; its destination is the service&apos;s prefix list, so only S3 traffic goes there</source>
        <translation>ein Gateway-Endpunkt steht in einer Route unter „Weiterleiten an“; ihr Ziel ist die Präfixliste des Dienstes, daher geht nur S3-Datenverkehr dorthin</translation>
    </message>
    <message>
        <source>Gateway endpoints are added on the VPC (not in a subnet), with the route tables that should use them.</source>
        <translation>Gateway-Endpunkte werden auf der VPC hinzugefügt (nicht in einem Subnetz), zusammen mit den Routing-Tabellen, die sie nutzen sollen.</translation>
    </message>
    <message>
        <source>A Deny with Condition StringNotEquals on aws:SourceVpce refuses whatever does not come through the endpoint.</source>
        <translation>Ein Deny mit der Condition StringNotEquals auf aws:SourceVpce lehnt alles ab, was nicht über den Endpunkt kommt.</translation>
    </message>
    <message>
        <source>The bucket policy&apos;s Resource must name the bucket, arn:aws:s3:::example-reports and arn:aws:s3:::example-reports/*.</source>
        <translation>Die Resource der Bucket-Richtlinie muss den Bucket nennen: arn:aws:s3:::example-reports und arn:aws:s3:::example-reports/*.</translation>
    </message>
    <message>
        <source>What flow logs record, where, and when</source>
        <translation>Was Flow-Logs aufzeichnen, wo und wann</translation>
    </message>
    <message>
        <source>The fields of a record, the three places a flow log attaches, its windows and delays, its destinations and its filters.</source>
        <translation>Die Felder eines Datensatzes, die drei Stellen, an die ein Flow-Log angehängt wird, seine Zeitfenster und Verzögerungen, seine Ziele und seine Filter.</translation>
    </message>
    <message>
        <source>Play the minute and open the flow-log page. Each record is metadata of a window:
interface, addresses, ports, protocol, packets, bytes, start, end, ACCEPT or REJECT.
No record holds a byte of what the packets carried.</source>
        <translation>Spielen Sie die Minute ab und öffnen Sie die Seite „Flow-Logs“. Jeder Datensatz enthält
Metadaten eines Zeitfensters: Schnittstelle, Adressen, Ports, Protokoll, Pakete, Bytes,
Beginn, Ende, ACCEPT oder REJECT. Kein Datensatz enthält auch nur ein Byte dessen,
was die Pakete transportiert haben.</translation>
    </message>
    <message>
        <source>A flow log attaches to a VPC (fl-vpc: every interface in it), a subnet (fl-web-rejects:
every interface in subnet-web) or one interface (fl-admin: i-admin&apos;s). The VPC&apos;s log
sees i-web and i-admin; the subnet&apos;s sees only i-web.</source>
        <translation>Ein Flow-Log wird an eine VPC angehängt (fl-vpc: jede Schnittstelle darin), an ein
Subnetz (fl-web-rejects: jede Schnittstelle in subnet-web) oder an eine Schnittstelle
(fl-admin: die von i-admin). Das Log der VPC sieht i-web und i-admin, das des Subnetzes
nur i-web.</translation>
    </message>
    <message>
        <source>A log takes only ACCEPT, only REJECT or ALL. fl-web-rejects keeps the RDP scan refused
by sg-web and nothing of the shoppers; fl-admin keeps the administrator&apos;s SSH and not
the refused scan.</source>
        <translation>Ein Log erfasst nur ACCEPT, nur REJECT oder ALL. fl-web-rejects behält den von sg-web
abgelehnten RDP-Scan und nichts von den Kunden; fl-admin behält die SSH-Verbindung
des Administrators, aber nicht den abgelehnten Scan.</translation>
    </message>
    <message>
        <source>Records are not real time: packets are summed over a window (600 s by default, 60 s
for the two logs here) and delivered after it closes, about 5 minutes later to
CloudWatch Logs and 10 to S3. The timeline shows each record at its delivery.</source>
        <translation>Datensätze kommen nicht in Echtzeit: Pakete werden über ein Zeitfenster summiert
(standardmäßig 600 s, bei den beiden Logs hier 60 s) und nach dessen Ende geliefert,
etwa 5 Minuten später an CloudWatch Logs und 10 Minuten später an S3. Der Zeitverlauf
zeigt jeden Datensatz zum Zeitpunkt seiner Lieferung.</translation>
    </message>
    <message>
        <source>fl-vpc writes gzip files to S3, where Athena queries them (Files &gt; Export writes
them and the CREATE TABLE statement); the other two write log streams to CloudWatch
Logs, one per interface, which Logs Insights queries.</source>
        <translation>fl-vpc schreibt gzip-Dateien nach S3, wo Athena sie abfragt („Dateien &gt; Flow-Logs
exportieren“ schreibt sie samt der Anweisung CREATE TABLE); die beiden anderen schreiben
Log-Streams nach CloudWatch Logs, einen pro Schnittstelle, die Logs Insights abfragt.</translation>
    </message>
    <message>
        <source>Flow-log windows and delivery</source>
        <translation>Zeitfenster und Lieferung von Flow-Logs</translation>
    </message>
    <message>
        <source>Why flow-log records come in windows, minutes after the traffic, and where they land.</source>
        <translation>Warum Flow-Log-Datensätze in Zeitfenstern kommen, Minuten nach dem Datenverkehr, und wo sie landen.</translation>
    </message>
    <message>
        <source>i-build downloads packages for three minutes. Two flow logs watch it: fl-minute
aggregates over 60 s and writes to CloudWatch Logs; fl-ten aggregates over 600 s (the
default) and writes to S3.</source>
        <translation>i-build lädt drei Minuten lang Pakete herunter. Zwei Flow-Logs beobachten die Instance:
fl-minute aggregiert über 60 s und schreibt nach CloudWatch Logs; fl-ten aggregiert
über 600 s (der Standard) und schreibt nach S3.</translation>
    </message>
    <message>
        <source>Play and open the flow-log page. fl-minute writes a record per minute for each
direction; fl-ten one for the whole download. No record exists while its window is open.</source>
        <translation>Spielen Sie ab und öffnen Sie die Seite „Flow-Logs“. fl-minute schreibt pro Minute einen
Datensatz für jede Richtung, fl-ten einen für den ganzen Download. Solange sein Zeitfenster
offen ist, gibt es keinen Datensatz.</translation>
    </message>
    <message>
        <source>A record arrives after its window closes and a delivery delay: about 5 minutes to
CloudWatch Logs, about 10 to S3. The timeline shows each record at its delivery, so the
S3 records come last. Flow logs are for looking back, not for alarms in the second.</source>
        <translation>Ein Datensatz kommt an, wenn sein Zeitfenster geschlossen und eine Lieferverzögerung
vergangen ist: etwa 5 Minuten bei CloudWatch Logs, etwa 10 bei S3. Der Zeitverlauf zeigt
jeden Datensatz zum Zeitpunkt seiner Lieferung, daher kommen die S3-Datensätze zuletzt.
Flow-Logs dienen dem Rückblick, nicht Alarmen im Sekundentakt.</translation>
    </message>
    <message>
        <source>In S3 the records are gzip files under AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/,
which Athena queries with a table over them; in CloudWatch Logs they are log streams,
one per interface, which Logs Insights queries. The simulation panel&apos;s Files menu
writes both, as AWS would.</source>
        <translation>In S3 sind die Datensätze gzip-Dateien unter AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/,
die Athena über eine Tabelle abfragt; in CloudWatch Logs sind sie Log-Streams, einer pro
Schnittstelle, die Logs Insights abfragt. Das Menü „Dateien“ des Simulationsbereichs
schreibt beides so, wie AWS es tun würde.</translation>
    </message>
    <message>
        <source>A DynamoDB gateway endpoint for two AZs, and its policy</source>
        <translation>Ein DynamoDB-Gateway-Endpunkt für zwei AZs und seine Richtlinie</translation>
    </message>
    <message>
        <source>One gateway endpoint serves every AZ of the VPC; its policy decides which actions pass.</source>
        <translation>Ein einziger Gateway-Endpunkt bedient jede AZ der VPC; seine Richtlinie entscheidet, welche Aktionen durchkommen.</translation>
    </message>
    <message>
        <source>vpce-dynamodb is one gateway endpoint for the whole VPC: both route tables, of two
AZs, get DynamoDB&apos;s prefix list. It is not placed in a subnet and is highly available
by design: there is nothing to duplicate per AZ, unlike a NAT gateway or an interface
endpoint.</source>
        <translation>vpce-dynamodb ist ein einziger Gateway-Endpunkt für die ganze VPC: Beide Routing-Tabellen,
aus zwei AZs, erhalten die Präfixliste von DynamoDB. Er liegt in keinem Subnetz und ist
von Haus aus hochverfügbar: Pro AZ ist nichts zu duplizieren, anders als bei einem
NAT-Gateway oder einem Schnittstellen-Endpunkt.</translation>
    </message>
    <message>
        <source>Play. Both services query the table through the endpoint, each from its own AZ.</source>
        <translation>Spielen Sie das Szenario ab. Beide Dienste fragen die Tabelle über den Endpunkt ab, jeder aus seiner eigenen AZ.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s policy allows GetItem and Query on the orders table. drop-table
(dynamodb:DeleteTable) is refused at the endpoint: what a policy does not allow, it
denies, whatever the IAM role of the instance would allow.</source>
        <translation>Die Richtlinie des Endpunkts erlaubt GetItem und Query auf der Tabelle orders. drop-table
(dynamodb:DeleteTable) wird am Endpunkt abgelehnt: Was eine Richtlinie nicht erlaubt,
verweigert sie, egal was die IAM-Rolle der Instance erlauben würde.</translation>
    </message>
    <message>
        <source>S3 through a gateway endpoint, and a private bucket</source>
        <translation>S3 über einen Gateway-Endpunkt und ein privater Bucket</translation>
    </message>
    <message>
        <source>How a gateway endpoint reaches S3 without the internet, what its policy and a bucket policy add, and where it stops.</source>
        <translation>Wie ein Gateway-Endpunkt S3 ohne das Internet erreicht, was seine Richtlinie und eine Bucket-Richtlinie hinzufügen und wo seine Grenzen liegen.</translation>
    </message>
    <message>
        <source>The private subnet&apos;s route table has no route to the internet. The gateway endpoint
vpce-s3 is associated with it: that adds one route whose destination is S3&apos;s prefix
list (pl-...) and whose target is the endpoint. Gateway endpoints exist for S3 and
DynamoDB only, and need nothing in a subnet: they are highly available by design.</source>
        <translation>Die Routing-Tabelle des privaten Subnetzes hat keine Route ins Internet. Der Gateway-Endpunkt
vpce-s3 ist ihr zugeordnet: Das fügt eine Route hinzu, deren Ziel die Präfixliste von S3
(pl-...) ist und die an den Endpunkt weiterleitet. Gateway-Endpunkte gibt es nur für S3 und
DynamoDB, und sie brauchen nichts in einem Subnetz: Sie sind von Haus aus hochverfügbar.</translation>
    </message>
    <message>
        <source>Play the scenario. report-upload leaves i-report, matches the prefix-list route and
reaches S3 through vpce-s3: no NAT gateway, no internet gateway, no public address.</source>
        <translation>Spielen Sie das Szenario ab. report-upload verlässt i-report, passt auf die Präfixlisten-Route und
erreicht S3 über vpce-s3: kein NAT-Gateway, kein Internet-Gateway, keine öffentliche Adresse.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s policy allows only example-reports: partner-read, for another bucket, is
dropped at vpce-s3 even though the network would carry it.</source>
        <translation>Die Richtlinie des Endpunkts erlaubt nur example-reports: partner-read, für einen anderen Bucket,
wird an vpce-s3 verworfen, obwohl das Netzwerk ihn befördern würde.</translation>
    </message>
    <message>
        <source>The bucket policy of bucket-reports denies everything that does not come through
vpce-s3 (aws:SourceVpce). The public server&apos;s upload goes over the internet gateway and
is refused at the bucket: the bucket cannot leak, whatever the network allows.</source>
        <translation>Die Bucket-Richtlinie von bucket-reports verweigert alles, was nicht über vpce-s3 kommt
(aws:SourceVpce). Der Upload des öffentlichen Servers läuft über das Internet-Gateway und
wird am Bucket abgelehnt: Der Bucket kann keine Daten preisgeben, egal was das Netzwerk zulässt.</translation>
    </message>
    <message>
        <source>A gateway endpoint is regional. oregon-read is for a bucket in us-west-2: its
addresses are not in this Region&apos;s prefix list, and the private subnet has no other
way out, so it is dropped. DynamoDB has no endpoint here, and is dropped too.</source>
        <translation>Ein Gateway-Endpunkt ist regional. oregon-read gilt einem Bucket in us-west-2: Dessen
Adressen stehen nicht in der Präfixliste dieser Region, und das private Subnetz hat keinen
anderen Weg nach draußen, daher wird er verworfen. Für DynamoDB gibt es hier keinen Endpunkt;
auch dieser Datenverkehr wird verworfen.</translation>
    </message>
    <message>
        <source>S3 through an interface endpoint, and its DNS names</source>
        <translation>S3 über einen Schnittstellen-Endpunkt und seine DNS-Namen</translation>
    </message>
    <message>
        <source>The two private ways to S3 side by side, and how a service&apos;s name comes to mean the endpoint.</source>
        <translation>Die beiden privaten Wege zu S3 im Vergleich, und wie der Name eines Dienstes zum Endpunkt aufgelöst wird.</translation>
    </message>
    <message>
        <source>vpc-gw reaches S3 through a gateway endpoint: a route to S3&apos;s prefix list, S3&apos;s public
addresses on the wire. vpc-if uses an interface endpoint (PrivateLink): an interface
with a private address in each of its subnets.</source>
        <translation>vpc-gw erreicht S3 über einen Gateway-Endpunkt: eine Route zur Präfixliste von S3, auf der
Leitung die öffentlichen Adressen von S3. vpc-if nutzt einen Schnittstellen-Endpunkt (PrivateLink):
eine Schnittstelle mit einer privaten Adresse in jedem seiner Subnetze.</translation>
    </message>
    <message>
        <source>Play. i-gw&apos;s request goes to an S3 address through the gateway endpoint; i-if&apos;s goes to
10.12.2.x, the endpoint&apos;s interface in its own AZ, inside the VPC.</source>
        <translation>Spielen Sie das Szenario ab. Die Anfrage von i-gw geht über den Gateway-Endpunkt an eine S3-Adresse;
die von i-if geht an 10.12.2.x, die Schnittstelle des Endpunkts in ihrer eigenen AZ, innerhalb der VPC.</translation>
    </message>
    <message>
        <source>An interface endpoint has DNS names of its own: a regional one and one per AZ. With
private DNS on (it needs dns-support and dns-hostnames), the service&apos;s usual name
resolves to the endpoint&apos;s addresses, so clients need no change. Interface endpoints
also serve from on-premises networks and peered VPCs, which a gateway endpoint cannot.</source>
        <translation>Ein Schnittstellen-Endpunkt hat eigene DNS-Namen: einen regionalen und einen pro AZ. Mit
eingeschaltetem privatem DNS (es braucht dns-support und dns-hostnames) wird der übliche Name
des Dienstes zu den Adressen des Endpunkts aufgelöst, Clients müssen also nichts ändern.
Schnittstellen-Endpunkte bedienen auch On-Premises-Netzwerke und per Peering verbundene VPCs,
was ein Gateway-Endpunkt nicht kann.</translation>
    </message>
    <message>
        <source>Interface endpoints, one per AZ, with private DNS</source>
        <translation>Schnittstellen-Endpunkte, einer pro AZ, mit privatem DNS</translation>
    </message>
    <message>
        <source>How PrivateLink puts a service&apos;s interface in your subnets, who may reach it, and what it answers.</source>
        <translation>Wie PrivateLink eine Schnittstelle eines Dienstes in Ihre Subnetze bringt, wer sie erreichen darf und was sie beantwortet.</translation>
    </message>
    <message>
        <source>vpce-sqs is an interface endpoint (PrivateLink): a network interface with a private
address in each subnet it names. Such an interface lives in one AZ, so the endpoint is
highly available only if it has a subnet in each AZ you use, here us-east-1a and b.</source>
        <translation>vpce-sqs ist ein Schnittstellen-Endpunkt (PrivateLink): eine Netzwerkschnittstelle mit einer privaten
Adresse in jedem Subnetz, das er nennt. Eine solche Schnittstelle liegt in einer AZ, daher ist der
Endpunkt nur hochverfügbar, wenn er in jeder genutzten AZ ein Subnetz hat, hier us-east-1a und b.</translation>
    </message>
    <message>
        <source>The endpoint gets DNS names of its own, a regional one and one per AZ. With private
DNS on (it needs dns-support and dns-hostnames), the service&apos;s usual name resolves to
the endpoint: play, and each worker reaches SQS at the endpoint&apos;s address in its own AZ.</source>
        <translation>Der Endpunkt erhält eigene DNS-Namen, einen regionalen und einen pro AZ. Mit eingeschaltetem
privatem DNS (es braucht dns-support und dns-hostnames) wird der übliche Name des Dienstes zum
Endpunkt aufgelöst: Spielen Sie das Szenario ab, und jeder Worker erreicht SQS an der Adresse
des Endpunkts in seiner eigenen AZ.</translation>
    </message>
    <message>
        <source>Who reaches it is decided by its security group: sg-endpoint takes 443 from sg-app
only, so i-batch, outside sg-app, is dropped there. What it allows is decided by its
policy: purge (sqs:PurgeQueue) is refused by vpce-sqs&apos;s policy.</source>
        <translation>Wer ihn erreicht, entscheidet seine Sicherheitsgruppe: sg-endpoint nimmt 443 nur von sg-app an,
daher wird i-batch, das nicht zu sg-app gehört, dort verworfen. Was er erlaubt, entscheidet seine
Richtlinie: purge (sqs:PurgeQueue) wird von der Richtlinie von vpce-sqs abgelehnt.</translation>
    </message>
    <message>
        <source>An interface endpoint carries TCP: the UDP probe is dropped at the endpoint. The course
notes say TCP over IPv4 only; AWS has since added IPv6 on dual-stack endpoints, which
this design does not use.</source>
        <translation>Ein Schnittstellen-Endpunkt befördert TCP: Der UDP-Test wird am Endpunkt verworfen. Die
Kursunterlagen nennen nur TCP über IPv4; AWS hat inzwischen IPv6 für Dual-Stack-Endpunkte
ergänzt, die dieser Entwurf nicht nutzt.</translation>
    </message>
    <message>
        <source>IPv6 and the egress-only internet gateway</source>
        <translation>IPv6 und das Egress-Only-Internet-Gateway</translation>
    </message>
    <message>
        <source>Why IPv6 needs no NAT, and how an egress-only internet gateway keeps a subnet from being reached.</source>
        <translation>Warum IPv6 kein NAT braucht und wie ein Egress-Only-Internet-Gateway verhindert, dass ein Subnetz von außen erreicht wird.</translation>
    </message>
    <message>
        <source>The VPC has an IPv6 block from Amazon, and each subnet a /64 of it. Every IPv6
address is public: i-app&apos;s 2600:1f18:1a2b:3c01::10 is reachable from the internet
unless something stops it. There is no NAT for IPv6.</source>
        <translation>Die VPC hat einen IPv6-Block von Amazon, jedes Subnetz ein /64 daraus. Jede IPv6-Adresse
ist öffentlich: 2600:1f18:1a2b:3c01::10 von i-app ist aus dem Internet erreichbar,
sofern nichts es verhindert. Für IPv6 gibt es kein NAT.</translation>
    </message>
    <message>
        <source>rtb-web sends ::/0 to the internet gateway: IPv6 goes in and out of the web subnet.
Play: the visitors reach i-web over IPv6.</source>
        <translation>rtb-web sendet ::/0 an das Internet-Gateway: IPv6 geht in das Web-Subnetz hinein und heraus.
Spielen Sie das Szenario ab: Die Besucher erreichen i-web über IPv6.</translation>
    </message>
    <message>
        <source>rtb-app sends ::/0 to the egress-only internet gateway eigw-v6. i-app&apos;s request goes
out and its answers come back. The probe from the internet gets in through igw-v6,
which serves the whole VPC, and i-app&apos;s group lets it in; but i-app&apos;s answer leaves
by rtb-app to eigw-v6, which never saw the connection start and drops it. No
connection from outside completes.</source>
        <translation>rtb-app sendet ::/0 an das Egress-Only-Internet-Gateway eigw-v6. Die Anfrage von i-app geht
hinaus, und ihre Antworten kommen zurück. Die Testanfrage aus dem Internet gelangt über igw-v6,
das die ganze VPC bedient, hinein, und die Gruppe von i-app lässt sie durch; aber die Antwort
von i-app geht über rtb-app an eigw-v6, das den Verbindungsaufbau nie gesehen hat und sie
verwirft. Keine Verbindung von außen kommt zustande.</translation>
    </message>
    <message>
        <source>The flow log of subnet-app records what i-app&apos;s interface saw: app-out both ways, and
the probe too, ACCEPT, since its request arrived and its answer left before eigw-v6
dropped it. A flow log tells what an interface saw, not whether a connection worked;
keep such groups closed to ::/0. The egress-only gateway belongs to the VPC, spans its
AZs and scales by itself: nothing to place per AZ.</source>
        <translation>Das Flow-Log von subnet-app zeichnet auf, was die Schnittstelle von i-app gesehen hat: app-out
in beide Richtungen und auch die Testanfrage, ACCEPT, denn die Anfrage kam an und die Antwort
ging hinaus, bevor eigw-v6 sie verwarf. Ein Flow-Log zeigt, was eine Schnittstelle gesehen hat,
nicht, ob eine Verbindung funktioniert hat; halten Sie solche Gruppen für ::/0 geschlossen. Das
Egress-Only-Gateway gehört zur VPC, erstreckt sich über ihre AZs und skaliert von selbst: Pro AZ
ist nichts zu platzieren.</translation>
    </message>
    <message>
        <source>Peering across Regions, DNS, and ranges that overlap</source>
        <translation>Regionsübergreifendes Peering, DNS und überlappende Bereiche</translation>
    </message>
    <message>
        <source>Peering between Regions and accounts, resolving the peer&apos;s public names to private addresses, and why address ranges must not be reused.</source>
        <translation>Peering zwischen Regionen und Konten, die Auflösung der öffentlichen Namen des Peers in private Adressen, und warum Adressbereiche nicht wiederverwendet werden dürfen.</translation>
    </message>
    <message>
        <source>pcx-eu-us joins a VPC in eu-west-1 (account 111122223333) with one in us-east-1
(account 444455556666). Between Regions the traffic is encrypted and stays on AWS&apos;s
global network, never the public internet. Play: both directions pass.</source>
        <translation>pcx-eu-us verbindet eine VPC in eu-west-1 (Konto 111122223333) mit einer in us-east-1
(Konto 444455556666). Zwischen Regionen ist der Datenverkehr verschlüsselt und bleibt im
globalen Netzwerk von AWS, nie im öffentlichen Internet. Spielen Sie das Szenario ab: Beide
Richtungen kommen durch.</translation>
    </message>
    <message>
        <source>DNS resolution is on for both sides: an instance&apos;s public DNS name, asked from the
peer VPC, resolves to its private address, so the traffic stays on the peering. It
needs dns-support and dns-hostnames in both VPCs.</source>
        <translation>Die DNS-Auflösung ist auf beiden Seiten eingeschaltet: Der öffentliche DNS-Name einer Instance
wird, aus der Peer-VPC abgefragt, zu ihrer privaten Adresse aufgelöst, sodass der Datenverkehr
im Peering bleibt. Dafür braucht es dns-support und dns-hostnames in beiden VPCs.</translation>
    </message>
    <message>
        <source>Across Regions a security-group rule cannot name the peer&apos;s group: sg-us and sg-eu
name the peer&apos;s block instead.</source>
        <translation>Über Regionen hinweg kann eine Sicherheitsgruppenregel die Gruppe des Peers nicht nennen: sg-us
und sg-eu nennen stattdessen den Block des Peers.</translation>
    </message>
    <message>
        <source>vpc-copy reused 10.50.0.0/16. AWS refuses to peer VPCs whose blocks overlap, and the
designer says so on pcx-us-copy (see the Issues panel). Plan address ranges once, for
every VPC that might ever be connected.</source>
        <translation>vpc-copy hat 10.50.0.0/16 wiederverwendet. AWS lehnt ein Peering von VPCs ab, deren Blöcke sich
überschneiden, und der Designer meldet das an pcx-us-copy (siehe Bereich „Probleme“). Planen Sie
Adressbereiche einmal, für jede VPC, die jemals verbunden werden könnte.</translation>
    </message>
    <message>
        <source>A peer&apos;s gateways are not yours</source>
        <translation>Die Gateways des Peers gehören nicht Ihnen</translation>
    </message>
    <message>
        <source>Why a peering carries traffic between its two VPCs only, never to the peer&apos;s internet gateway, NAT gateway or gateway endpoint.</source>
        <translation>Warum ein Peering Datenverkehr nur zwischen seinen beiden VPCs befördert, nie zum Internet-Gateway, NAT-Gateway oder Gateway-Endpunkt des Peers.</translation>
    </message>
    <message>
        <source>rtb-branch sends 0.0.0.0/0 through pcx-hub-branch, hoping to use vpc-hub&apos;s NAT
gateway, internet gateway and S3 endpoint. The Issues panel already says it will not
work (edge-to-edge-routing).</source>
        <translation>rtb-branch sendet 0.0.0.0/0 über pcx-hub-branch, in der Hoffnung, das NAT-Gateway, das
Internet-Gateway und den S3-Endpunkt von vpc-hub zu nutzen. Der Bereich „Probleme“ meldet
bereits, dass das nicht funktioniert (edge-to-edge-routing).</translation>
    </message>
    <message>
        <source>Play. branch-to-hub passes: both VPCs route each other&apos;s block through the peering,
and sg-hub lets the branch in. branch-to-web and branch-to-s3 are dropped at the
peering: a packet for neither VPC&apos;s addresses is not carried, whatever the peer has.</source>
        <translation>Spielen Sie das Szenario ab. branch-to-hub kommt durch: Beide VPCs routen den Block der jeweils
anderen über das Peering, und sg-hub lässt die Zweigstelle herein. branch-to-web und branch-to-s3
werden am Peering verworfen: Ein Paket für Adressen außerhalb beider VPCs wird nicht befördert,
egal was der Peer hat.</translation>
    </message>
    <message>
        <source>vpc-branch needs gateways of its own: an internet gateway (or a NAT gateway in a
public subnet of its own) and its own gateway endpoint for S3. Or, for many VPCs, a
transit gateway, which does route between networks.</source>
        <translation>vpc-branch braucht eigene Gateways: ein Internet-Gateway (oder ein NAT-Gateway in einem eigenen
öffentlichen Subnetz) und einen eigenen Gateway-Endpunkt für S3. Oder, bei vielen VPCs, ein
Transit-Gateway, das tatsächlich zwischen Netzwerken routet.</translation>
    </message>
    <message>
        <source>Security groups across a peering</source>
        <translation>Sicherheitsgruppen über ein Peering hinweg</translation>
    </message>
    <message>
        <source>Where a rule may name the peer&apos;s security group, and what to write where it may not.</source>
        <translation>Wo eine Regel die Sicherheitsgruppe des Peers nennen darf, und was dort stehen muss, wo sie es nicht darf.</translation>
    </message>
    <message>
        <source>sg-api lets in 8443 from sg-web, a group of the peer VPC vpc-web: in one Region, a
rule may reference a group of a peered VPC. Play: web-to-api passes.</source>
        <translation>sg-api lässt 8443 von sg-web herein, einer Gruppe der Peer-VPC vpc-web: Innerhalb einer Region
darf eine Regel auf eine Gruppe einer per Peering verbundenen VPC verweisen. Spielen Sie das
Szenario ab: web-to-api kommt durch.</translation>
    </message>
    <message>
        <source>sg-eu, in eu-west-1, names sg-web too. Across Regions that reference cannot apply:
the Issues panel says so (sg-reference-cross-region), and web-to-eu is dropped at
sg-eu. The peering itself works: it is encrypted and stays on AWS&apos;s network.</source>
        <translation>sg-eu in eu-west-1 nennt ebenfalls sg-web. Über Regionen hinweg kann dieser Verweis nicht greifen:
Der Bereich „Probleme“ meldet das (sg-reference-cross-region), und web-to-eu wird an sg-eu
verworfen. Das Peering selbst funktioniert: Es ist verschlüsselt und bleibt im Netzwerk von AWS.</translation>
    </message>
    <message>
        <source>Across Regions, a rule names the peer&apos;s addresses instead: 10.21.0.0/16 (or the
subnet of the web servers) as the source of sg-eu&apos;s rule.</source>
        <translation>Über Regionen hinweg nennt eine Regel stattdessen die Adressen des Peers: 10.21.0.0/16 (oder das
Subnetz der Webserver) als Quelle der Regel von sg-eu.</translation>
    </message>
    <message>
        <source>VPC peering, its routes, and why it is not transitive</source>
        <translation>VPC-Peering, seine Routen und warum es nicht transitiv ist</translation>
    </message>
    <message>
        <source>What a peering connection joins, the routes both sides need, group references across it, and the transit it does not give.</source>
        <translation>Was eine Peering-Verbindung verbindet, welche Routen beide Seiten brauchen, Gruppenverweise darüber hinweg und das Transit-Routing, das sie nicht bietet.</translation>
    </message>
    <message>
        <source>pcx-app-shared joins exactly two VPCs, vpc-app and vpc-shared (they could be in
other Regions or accounts). Each side routes the other&apos;s block through it: rtb-app
sends 10.20.0.0/16 to the peering, rtb-shared sends 10.10.0.0/16 back.</source>
        <translation>pcx-app-shared verbindet genau zwei VPCs, vpc-app und vpc-shared (sie könnten auch in anderen
Regionen oder Konten liegen). Jede Seite routet den Block der anderen darüber: rtb-app sendet
10.20.0.0/16 an das Peering, rtb-shared sendet 10.10.0.0/16 zurück.</translation>
    </message>
    <message>
        <source>The peering carries packets; security groups still decide. sg-shared allows 443 from
sg-app, a group of the peer VPC: in one Region a rule may reference the peer&apos;s groups.</source>
        <translation>Das Peering befördert Pakete; die Sicherheitsgruppen entscheiden weiterhin. sg-shared erlaubt 443
von sg-app, einer Gruppe der Peer-VPC: Innerhalb einer Region darf eine Regel auf die Gruppen
des Peers verweisen.</translation>
    </message>
    <message>
        <source>Play: app-to-shared and shared-to-app pass, and so does shared-to-db over the second
peering. app-to-db is dropped: vpc-app has no route to 10.30.0.0/16, and a route through
vpc-shared would not help. Peering is not transitive: vpc-app needs its own peering
with vpc-data.</source>
        <translation>Spielen Sie das Szenario ab: app-to-shared und shared-to-app kommen durch, ebenso shared-to-db
über das zweite Peering. app-to-db wird verworfen: vpc-app hat keine Route nach 10.30.0.0/16,
und eine Route über vpc-shared würde nicht helfen. Peering ist nicht transitiv: vpc-app braucht
ein eigenes Peering mit vpc-data.</translation>
    </message>
    <message>
        <source>Answer the question first: playing locks it. Then play the scenario to see the update
leave through your NAT gateway.</source>
        <translation>Beantworten Sie zuerst die Frage: Das Abspielen sperrt sie. Spielen Sie dann das Szenario ab
und sehen Sie, wie das Update Ihr NAT-Gateway verlässt.</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Lessons and Challenges</source>
        <translation>Lektionen und Aufgaben</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Check My Design</source>
        <translation>Meinen Entwurf &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>&amp;Hinweis</translation>
    </message>
    <message>
        <source>The previous step (Alt+Page Up)</source>
        <translation>Der vorige Schritt (Alt+Bild auf)</translation>
    </message>
    <message>
        <source>The next step (Alt+Page Down)</source>
        <translation>Der nächste Schritt (Alt+Bild ab)</translation>
    </message>
    <message>
        <source>Grade the design as it is now against the challenge&apos;s goals</source>
        <translation>Den Entwurf, wie er jetzt ist, gegen die Ziele der Aufgabe bewerten</translation>
    </message>
    <message>
        <source>Show the next hint, one at a time</source>
        <translation>Den nächsten Hinweis zeigen, einen nach dem anderen</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>Keine Lektion geöffnet</translation>
    </message>
    <message>
        <source>Help &gt; Lessons and Challenges lists the lessons; one opens in a window of its own, without touching your design.</source>
        <translation>Hilfe &gt; Lektionen und Aufgaben listet die Lektionen auf; eine Lektion öffnet sich in einem eigenen Fenster, ohne Ihren Entwurf zu berühren.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>To do: %1 (%2)</source>
        <translation>Zu tun: %1 (%2)</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>%1 beantworten</translation>
    </message>
    <message>
        <source>%1 of %2 goals met: %3%</source>
        <translation>%1 von %2 Zielen erreicht: %3 %</translation>
    </message>
    <message>
        <source>Challenge solved: every goal is met</source>
        <translation>Aufgabe gelöst: jedes Ziel ist erreicht</translation>
    </message>
    <message>
        <source>%1 of %2 goals met</source>
        <translation>%1 von %2 Zielen erreicht</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Play the Scenario</source>
        <translation>Szenario &amp;abspielen</translation>
    </message>
    <message>
        <source>Switch to simulation mode with this step&apos;s scenario (locks your answers)</source>
        <translation>Mit dem Szenario dieses Schritts in den Simulationsmodus wechseln (sperrt Ihre Antworten)</translation>
    </message>
    <message>
        <source>Your answers are locked: you have played the simulation, so they are no longer predictions.</source>
        <translation>Ihre Antworten sind gesperrt: Sie haben die Simulation abgespielt, daher sind sie keine Vorhersagen mehr.</translation>
    </message>
    <message>
        <source>Answer the questions before you play: entering simulation mode locks them.</source>
        <translation>Beantworten Sie die Fragen, bevor Sie abspielen: Der Wechsel in den Simulationsmodus sperrt sie.</translation>
    </message>
    <message>
        <source>Lock the Predictions</source>
        <translation>Vorhersagen sperren</translation>
    </message>
    <message>
        <source>Your answers are locked: the simulation shows what happens</source>
        <translation>Ihre Antworten sind gesperrt: Die Simulation zeigt, was passiert</translation>
    </message>
    <message>
        <source>The answers are locked: the simulation has been played</source>
        <translation>Die Antworten sind gesperrt: Die Simulation wurde abgespielt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1[*] - VPC Designer</source>
        <translation>%1[*] - VPC Designer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>VPC designs (*.yaml *.yml);;All files (*)</source>
        <translation>VPC-Entwürfe (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened; the design you had is unchanged.</source>
        <translation>%1 konnte nicht geöffnet werden; Ihr bisheriger Entwurf bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more warning(s))</source>
        <translation>
            <numerusform>%1 (und %n weitere Warnung)</numerusform>
            <numerusform>%1 (und %n weitere Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1
The file on disk is unchanged.</source>
        <translation>%1
Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>VPC designs (*.yaml *.yml)</source>
        <translation>VPC-Entwürfe (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Beispie&amp;l öffnen</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>Als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <source>Export S&amp;VG...</source>
        <translation>Als S&amp;VG exportieren...</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle&amp;s auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n object(s) and what depended on them</source>
        <translation>
            <numerusform>%n Objekt und alles davon Abhängige entfernt</numerusform>
            <numerusform>%n Objekte und alles davon Abhängige entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>%n Objekt kopiert</numerusform>
            <numerusform>%n Objekte kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the copied objects&apos; VPCs are gone</source>
        <translation>Nichts einzufügen: Die VPCs der kopierten Objekte gibt es nicht mehr</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n object(s)</source>
        <translation>
            <numerusform>%n Objekt eingefügt</numerusform>
            <numerusform>%n Objekte eingefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>%1 exportiert (%2)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Simulation mode: play a scenario and follow its packets; %1 goes back to design mode</source>
        <translation>Simulationsmodus: Spielen Sie ein Szenario ab und verfolgen Sie seine Pakete; %1 kehrt in den Entwurfsmodus zurück</translation>
    </message>
    <message>
        <source>Design mode</source>
        <translation>Entwurfsmodus</translation>
    </message>
    <message>
        <source>A new, empty design</source>
        <translation>Ein neuer, leerer Entwurf</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>Eine Entwurfsdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Den Entwurf speichern</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>No recent designs</source>
        <translation>Keine zuletzt geöffneten Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Paste into the selected VPC or subnet, or beside the originals</source>
        <translation>In die ausgewählte VPC oder das ausgewählte Subnetz einfügen oder neben den Originalen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selection beside itself, with free blocks and addresses</source>
        <translation>Die Auswahl daneben kopieren, mit freien Blöcken und Adressen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Su&amp;chen...</translation>
    </message>
    <message>
        <source>Find objects by id, name, CIDR or IP address</source>
        <translation>Objekte nach ID, Name, CIDR oder IP-Adresse suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Zoom to show the whole design</source>
        <translation>So zoomen, dass der ganze Entwurf sichtbar ist</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Simulation Mode</source>
        <translation>&amp;Simulationsmodus</translation>
    </message>
    <message>
        <source>Switch between designing and simulating traffic</source>
        <translation>Zwischen Entwerfen und Simulieren des Datenverkehrs umschalten</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the scenario&apos;s traffic on the canvas (switches to simulation mode)</source>
        <translation>Den Datenverkehr des Szenarios auf der Zeichenfläche abspielen (wechselt in den Simulationsmodus)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>VPC Designer &amp;Manual</source>
        <translation>&amp;Handbuch zu VPC Designer</translation>
    </message>
    <message>
        <source>The manual, on the page about the panel you are in</source>
        <translation>Das Handbuch, auf der Seite zu dem Bereich, in dem Sie sich befinden</translation>
    </message>
    <message>
        <source>Validation &amp;Rules</source>
        <translation>Validierungs&amp;regeln</translation>
    </message>
    <message>
        <source>&amp;About VPC Designer</source>
        <translation>&amp;Über VPC Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Nichts eingefügt: %1</translation>
    </message>
    <message>
        <source>Nothing duplicated: %1</source>
        <translation>Nichts dupliziert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n object(s)</source>
        <translation>
            <numerusform>%n Objekt dupliziert</numerusform>
            <numerusform>%n Objekte dupliziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Select two VPCs and click Peering again, or drag from one VPC&apos;s link handle to another</source>
        <translation>Wählen Sie zwei VPCs aus und klicken Sie erneut auf „Peering“, oder ziehen Sie vom Verbindungsgriff einer VPC zu einer anderen</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be peered</source>
        <translation>%1 und %2 können nicht per Peering verbunden werden</translation>
    </message>
    <message>
        <source>Peered %1 with %2 through %3</source>
        <translation>%1 per Peering mit %2 verbunden (über %3)</translation>
    </message>
    <message>
        <source>Added the flow %1 from %2 to %3: edit it in the Simulation panel, then play (%4)</source>
        <translation>Fluss %1 von %2 nach %3 hinzugefügt: Bearbeiten Sie ihn im Bereich „Simulation“ und spielen Sie ihn dann ab (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n more design(s) in windows of their own</source>
        <translation>
            <numerusform>%n weiterer Entwurf wird in einem eigenen Fenster geöffnet</numerusform>
            <numerusform>%n weitere Entwürfe werden in eigenen Fenstern geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>einem unbenannten Entwurf</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>VPC Designer did not close properly. A recovery copy of %1 from %2 holds changes that were not saved.</source>
        <translation>VPC Designer wurde nicht ordnungsgemäß beendet. Eine Wiederherstellungskopie von %1 (Stand: %2) enthält Änderungen, die nicht gespeichert wurden.</translation>
    </message>
    <message>
        <source>Restore it as an unsaved design, or discard it?</source>
        <translation>Als ungespeicherten Entwurf wiederherstellen oder verwerfen?</translation>
    </message>
    <message>
        <source>Restore it in place of what %1 holds on disk (nothing is written until you save), or discard it?</source>
        <translation>Anstelle dessen wiederherstellen, was %1 auf dem Datenträger enthält (es wird nichts geschrieben, bis Sie speichern), oder verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>Die Wiederherstellungskopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored the work of %1; save it to keep it</source>
        <translation>Arbeitsstand vom %1 wiederhergestellt; speichern Sie ihn, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Add an S3 &amp;Bucket</source>
        <translation>S3-&amp;Bucket hinzufügen</translation>
    </message>
    <message>
        <source>Add an S3 bucket that flows can name, with a bucket policy to edit in the inspector</source>
        <translation>Einen S3-Bucket hinzufügen, den Datenflüsse nennen können, mit einer Bucket-Richtlinie, die im Inspektor bearbeitet wird</translation>
    </message>
    <message>
        <source>&amp;Lessons and Challenges...</source>
        <translation>&amp;Lektionen und Aufgaben...</translation>
    </message>
    <message>
        <source>Lessons that show every fact of the course notes, and challenges the designer grades</source>
        <translation>Lektionen, die jede Tatsache der Kursunterlagen zeigen, und Aufgaben, die der Designer bewertet</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Cannot open the lesson: %1</source>
        <translation>Die Lektion kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; in a new window</source>
        <translation>„%1“ in einem neuen Fenster geöffnet</translation>
    </message>
    <message>
        <source>Could not start a new window for the lesson</source>
        <translation>Für die Lektion konnte kein neues Fenster gestartet werden</translation>
    </message>
    <message>
        <source>The lesson of this file does not read: %1</source>
        <translation>Die Lektion dieser Datei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Add an &amp;Intent</source>
        <translation>&amp;Vorgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add an intent: what must or must not reach what, proved over every packet</source>
        <translation>Eine Vorgabe hinzufügen: was was erreichen muss oder nicht darf, bewiesen für jedes Paket</translation>
    </message>
    <message>
        <source>The witness of %1 is the flow %2: %3 from %4 to %5</source>
        <translation>Der Zeuge von %1 ist der Fluss %2: %3 von %4 an %5</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>The reachability matrix: what is open between every two subnets, groups or VPCs</source>
        <translation>Die Erreichbarkeitsmatrix: was zwischen je zwei Subnetzen, Gruppen oder VPCs offen ist</translation>
    </message>
    <message>
        <source>Compare with &amp;File...</source>
        <translation>Mit &amp;Datei vergleichen...</translation>
    </message>
    <message>
        <source>Show what changed from another design file: objects, reachability and intents</source>
        <translation>Zeigen, was sich gegenüber einer anderen Entwurfsdatei geändert hat: Objekte, Erreichbarkeit und Vorgaben</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare with design</source>
        <translation>Mit Entwurf vergleichen</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be read, so there is nothing to compare with.</source>
        <translation>%1 konnte nicht gelesen werden, daher gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Comparing with %1: added objects are outlined green, changed ones amber, removed ones are red ghosts</source>
        <translation>Vergleich mit %1: hinzugefügte Objekte sind grün umrandet, geänderte bernsteinfarben, entfernte sind rote Schatten</translation>
    </message>
    <message>
        <source>Export the design as a PNG picture: area, scale, title block, legend</source>
        <translation>Das Design als PNG-Bild exportieren: Bereich, Maßstab, Schriftfeld, Legende</translation>
    </message>
    <message>
        <source>Export the design as an SVG drawing, text kept as text</source>
        <translation>Das Design als SVG-Zeichnung exportieren, Text bleibt Text</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>P&amp;DF exportieren...</translation>
    </message>
    <message>
        <source>Export the design as a PDF document: one page, or tiled over A4, A3 or Letter</source>
        <translation>Das Design als PDF-Dokument exportieren: eine Seite, oder gekachelt auf A4, A3 oder Letter</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Print the design with its title block and legend, with a preview</source>
        <translation>Das Design mit Schriftfeld und Legende drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Cannot print: %1</source>
        <translation>Drucken nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Import CloudFormation...</source>
        <translation>CloudFormation &amp;importieren...</translation>
    </message>
    <message>
        <source>Read CloudFormation templates (YAML or JSON; several are one network) into a new design</source>
        <translation>CloudFormation-Vorlagen (YAML oder JSON; mehrere bilden ein Netzwerk) in einen neuen Entwurf einlesen</translation>
    </message>
    <message>
        <source>Export &amp;CloudFormation...</source>
        <translation>Als &amp;CloudFormation exportieren...</translation>
    </message>
    <message>
        <source>Write a CloudFormation template that creates the design (one per account and region)</source>
        <translation>Eine CloudFormation-Vorlage schreiben, die den Entwurf erstellt (eine pro Konto und Region)</translation>
    </message>
    <message>
        <source>Import CloudFormation templates or AWS CLI output</source>
        <translation>CloudFormation-Vorlagen oder AWS-CLI-Ausgabe importieren</translation>
    </message>
    <message>
        <source>Templates and AWS CLI output (*.yaml *.yml *.json *.template);;All files (*)</source>
        <translation>Vorlagen und AWS-CLI-Ausgabe (*.yaml *.yml *.json *.template);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>everything read</source>
        <translation>alles gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), the first: %1</source>
        <translation>
            <numerusform>%n Warnung: %1</numerusform>
            <numerusform>%n Warnungen, die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CloudFormation</source>
        <translation>CloudFormation exportieren</translation>
    </message>
    <message>
        <source>CloudFormation YAML (*.cfn.yaml);;CloudFormation JSON (*.cfn.json)</source>
        <translation>CloudFormation-YAML (*.cfn.yaml);;CloudFormation-JSON (*.cfn.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s): %1</source>
        <translation>
            <numerusform>%n Vorlage exportiert: %1</numerusform>
            <numerusform>%n Vorlagen exportiert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s): %1; %2</source>
        <translation>
            <numerusform>%n Vorlage exportiert: %1; %2</numerusform>
            <numerusform>%n Vorlagen exportiert: %1; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); %1</source>
        <translation>
            <numerusform>%n Datei importiert; %1</numerusform>
            <numerusform>%n Dateien importiert; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectKind</name>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>internet gateway</source>
        <translation>Internet-Gateway</translation>
    </message>
    <message>
        <source>egress-only internet gateway</source>
        <translation>Internet-Gateway nur für ausgehenden Datenverkehr</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>route table</source>
        <translation>Routing-Tabelle</translation>
    </message>
    <message>
        <source>network ACL</source>
        <translation>Netzwerk-ACL</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT-Gateway</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>flow log</source>
        <translation>Flow-Log</translation>
    </message>
    <message>
        <source>peering connection</source>
        <translation>Peering-Verbindung</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>a VPC</source>
        <translation>eine VPC</translation>
    </message>
    <message>
        <source>an internet gateway</source>
        <translation>ein Internet-Gateway</translation>
    </message>
    <message>
        <source>an egress-only internet gateway</source>
        <translation>ein Internet-Gateway nur für ausgehenden Datenverkehr</translation>
    </message>
    <message>
        <source>a subnet</source>
        <translation>ein Subnetz</translation>
    </message>
    <message>
        <source>a route table</source>
        <translation>eine Routing-Tabelle</translation>
    </message>
    <message>
        <source>a network ACL</source>
        <translation>eine Netzwerk-ACL</translation>
    </message>
    <message>
        <source>a security group</source>
        <translation>eine Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>a NAT gateway</source>
        <translation>ein NAT-Gateway</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>ein Endpunkt</translation>
    </message>
    <message>
        <source>an instance</source>
        <translation>eine Instance</translation>
    </message>
    <message>
        <source>a flow log</source>
        <translation>ein Flow-Log</translation>
    </message>
    <message>
        <source>a peering connection</source>
        <translation>eine Peering-Verbindung</translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation>ein Szenario</translation>
    </message>
    <message>
        <source>a flow</source>
        <translation>ein Fluss</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>an S3 bucket</source>
        <translation>ein S3-Bucket</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>an intent</source>
        <translation>eine Vorgabe</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n Route</numerusform>
            <numerusform>%n Routen</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>PacketOverlay</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Outside the design</source>
        <translation>Außerhalb des Entwurfs</translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation>AWS-Dienst</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Drop on the empty canvas: a VPC with the next free /16</source>
        <translation>Auf der leeren Zeichenfläche ablegen: eine VPC mit dem nächsten freien /16</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Drop in a VPC&apos;s AZ column: the next free /24 in that AZ</source>
        <translation>In der AZ-Spalte einer VPC ablegen: das nächste freie /24 in dieser AZ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Drop in a subnet: the next free usable address</source>
        <translation>In einem Subnetz ablegen: die nächste freie nutzbare Adresse</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT-Gateway</translation>
    </message>
    <message>
        <source>Drop in a public subnet</source>
        <translation>In einem öffentlichen Subnetz ablegen</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>Internet-Gateway</translation>
    </message>
    <message>
        <source>Drop on a VPC (one per VPC)</source>
        <translation>Auf einer VPC ablegen (eines pro VPC)</translation>
    </message>
    <message>
        <source>Egress-only gateway</source>
        <translation>Egress-only-Gateway</translation>
    </message>
    <message>
        <source>Drop on a VPC: IPv6 out, nothing in</source>
        <translation>Auf einer VPC ablegen: IPv6 hinaus, nichts herein</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>On a subnet: an interface endpoint; on a VPC: an S3 gateway endpoint</source>
        <translation>Auf einem Subnetz: ein Schnittstellen-Endpunkt; auf einer VPC: ein S3-Gateway-Endpunkt</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>Routing-Tabelle</translation>
    </message>
    <message>
        <source>Drop on a VPC</source>
        <translation>Auf einer VPC ablegen</translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation>Netzwerk-ACL</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation>Flow-Log</translation>
    </message>
    <message>
        <source>On a VPC or a subnet: logs its traffic</source>
        <translation>Auf einer VPC oder einem Subnetz: protokolliert deren Datenverkehr</translation>
    </message>
    <message>
        <source>Peering</source>
        <translation>Peering</translation>
    </message>
    <message>
        <source>Drag from one VPC&apos;s link handle (or Shift-drag a VPC) to another</source>
        <translation>Vom Verbindungsgriff einer VPC zu einer anderen ziehen (oder eine VPC mit Shift ziehen)</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or click to add where it makes sense</source>
        <translation>Auf die Zeichenfläche ziehen oder anklicken, um es dort hinzuzufügen, wo es sinnvoll ist</translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1 &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Help on the Palette</source>
        <translation>&amp;Hilfe zur Palette</translation>
    </message>
</context>
<context>
    <name>PeeringRules</name>
    <message>
        <source>internet gateway %1</source>
        <translation>Internet-Gateway %1</translation>
    </message>
    <message>
        <source>NAT gateway %1</source>
        <translation>NAT-Gateway %1</translation>
    </message>
    <message>
        <source>gateway endpoint %1</source>
        <translation>Gateway-Endpunkt %1</translation>
    </message>
    <message>
        <source>%1 has no gateway to offer anyway</source>
        <translation>%1 hat ohnehin kein Gateway zu bieten</translation>
    </message>
    <message>
        <source>%1&apos;s %2 will not carry it</source>
        <translation>%1 leitet diesen Datenverkehr auch über %2 nicht weiter</translation>
    </message>
    <message>
        <source>route table %1 sends the default route %2 to %3: AWS does not let traffic through a peer VPC to the internet or other networks (no edge-to-edge routing), so %4. Send %2 to %5&apos;s own internet or NAT gateway, and through %3 only %6.</source>
        <translation>Routing-Tabelle %1 sendet die Standardroute %2 an %3: AWS leitet Datenverkehr nicht über eine Peer-VPC ins Internet oder in andere Netzwerke weiter (kein Edge-to-Edge-Routing), daher gilt: %4. Senden Sie %2 an das eigene Internet- oder NAT-Gateway von %5 und über %3 nur %6.</translation>
    </message>
    <message>
        <source>route table %1 sends %2, which lies outside %3 (%4), to %5: AWS does not route through a peer to the internet, a NAT gateway or a gateway endpoint (no edge-to-edge routing), so %6. Use %7&apos;s own gateways for %2.</source>
        <translation>Routing-Tabelle %1 sendet %2, das außerhalb von %3 (%4) liegt, an %5: AWS routet nicht über einen Peer ins Internet, zu einem NAT-Gateway oder zu einem Gateway-Endpunkt (kein Edge-to-Edge-Routing), daher gilt: %6. Verwenden Sie für %2 die eigenen Gateways von %7.</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, but no address of %2 is in %4 (%5): the peering delivers only to the peer&apos;s own addresses, so this traffic is dropped. Correct the destination to one of %4&apos;s blocks.</source>
        <translation>Routing-Tabelle %1 sendet %2 an %3, aber keine Adresse von %2 liegt in %4 (%5): Das Peering stellt nur an die eigenen Adressen des Peers zu, daher wird dieser Datenverkehr verworfen. Korrigieren Sie das Ziel auf einen der Blöcke von %4.</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, which is %4, not active: until it is accepted and active the route is a blackhole and the traffic is dropped. Accept %3 (or request a new peering), or remove the route.</source>
        <translation>Routing-Tabelle %1 sendet %2 an %3, die den Status %4 hat statt active: Bis sie angenommen und aktiv ist, ist die Route ein Blackhole, und der Datenverkehr wird verworfen. Nehmen Sie %3 an (oder fordern Sie ein neues Peering an) oder entfernen Sie die Route.</translation>
    </message>
    <message>
        <source>%1 joins %2 to itself; AWS refuses a peering of a VPC with itself, and a VPC reaches its own addresses through its local routes anyway. Remove %1 or point it at another VPC.</source>
        <translation>%1 verbindet %2 mit sich selbst; AWS lehnt ein Peering einer VPC mit sich selbst ab, und eine VPC erreicht ihre eigenen Adressen ohnehin über ihre lokalen Routen. Entfernen Sie %1 oder lassen Sie %1 auf eine andere VPC zeigen.</translation>
    </message>
    <message>
        <source>%1 of %2 overlaps %3 of %4</source>
        <translation>%1 von %2 überschneidet sich mit %3 von %4</translation>
    </message>
    <message>
        <source>%1 cannot join %2 and %3: %4. AWS refuses a peering when any IPv4 block (primary or secondary) or IPv6 block of the two VPCs overlaps, even if only one family is used. Give one VPC blocks that do not overlap.</source>
        <translation>%1 kann %2 und %3 nicht verbinden: %4. AWS lehnt ein Peering ab, wenn sich irgendein IPv4-Block (primär oder sekundär) oder IPv6-Block der beiden VPCs überschneidet, selbst wenn nur eine Adressfamilie genutzt wird. Geben Sie einer der VPCs Blöcke, die sich nicht überschneiden.</translation>
    </message>
    <message>
        <source>%1 joins %2 and %3, which %4 already joins; AWS allows one peering connection per pair of VPCs. Remove %1 and route through %4.</source>
        <translation>%1 verbindet %2 und %3, die bereits über %4 verbunden sind; AWS erlaubt eine Peering-Verbindung pro VPC-Paar. Entfernen Sie %1 und routen Sie über %4.</translation>
    </message>
    <message>
        <source>no route table of %1 or %2 routes through %3, so no traffic crosses it. Add a route to %4 through %3 in %1&apos;s tables and a route to %5 through %3 in %2&apos;s.</source>
        <translation>keine Routing-Tabelle von %1 oder %2 routet über %3, daher fließt kein Datenverkehr darüber. Fügen Sie in den Tabellen von %1 eine Route nach %4 über %3 hinzu und in denen von %2 eine Route nach %5 über %3.</translation>
    </message>
    <message>
        <source>%1 routes to %2 through %3, but %2 has no route back: requests arrive and their answers are dropped. Add a route to %4 through %3 in the route tables of %2&apos;s subnets.</source>
        <translation>%1 routet über %3 nach %2, aber %2 hat keine Route zurück: Anfragen kommen an, ihre Antworten werden verworfen. Fügen Sie in den Routing-Tabellen der Subnetze von %2 eine Route nach %4 über %3 hinzu.</translation>
    </message>
    <message>
        <source>%1 has %2 active peering connections; AWS allows at most 125 per VPC. Connect this many VPCs through a transit gateway instead.</source>
        <translation>%1 hat %2 aktive Peering-Verbindungen; AWS erlaubt höchstens 125 pro VPC. Verbinden Sie so viele VPCs stattdessen über ein Transit-Gateway.</translation>
    </message>
    <message>
        <source>%1 has %2 active peering connections, more than the default quota of 50 (it can be raised to 125). Request the increase, or connect the VPCs through a transit gateway.</source>
        <translation>%1 hat %2 aktive Peering-Verbindungen, mehr als das Standardkontingent von 50 (es kann auf 125 erhöht werden). Beantragen Sie die Erhöhung oder verbinden Sie die VPCs über ein Transit-Gateway.</translation>
    </message>
    <message>
        <source>egress-only internet gateway %1</source>
        <translation>Internet-Gateway nur für ausgehenden Datenverkehr %1</translation>
    </message>
    <message>
        <source>route table %1 sends the default route %2 to %3: AWS does not let traffic through a peer VPC to the internet or other networks (no edge-to-edge routing), so %4. Send %2 to %5&apos;s own internet gateway or egress-only internet gateway, and through %3 only %6.</source>
        <translation>Routentabelle %1 schickt die Standardroute %2 an %3: AWS leitet keinen Datenverkehr durch eine Peer-VPC ins Internet oder in andere Netze (kein Edge-to-Edge-Routing), daher %4. Schicken Sie %2 an das eigene Internet-Gateway oder Internet-Gateway nur für ausgehenden Datenverkehr von %5 und über %3 nur %6.</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s block %3</source>
        <translation>%1 ist der Block %3 von %2</translation>
    </message>
    <message>
        <source>%1 covers %2&apos;s block %3</source>
        <translation>%1 umfasst den Block %3 von %2</translation>
    </message>
    <message>
        <source>%1 lies in %2&apos;s block %3</source>
        <translation>%1 liegt im Block %3 von %2</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3 (to %4), but %5; %4 peers with %6, yet peering is not transitive: %4 will not forward the traffic. Peer %7 and %6 directly, or connect them through a transit gateway.</source>
        <translation>Routentabelle %1 schickt %2 an %3 (zu %4), aber %5; %4 ist mit %6 gepeert, doch Peering ist nicht transitiv: %4 leitet den Datenverkehr nicht weiter. Peeren Sie %7 und %6 direkt oder verbinden Sie sie über ein Transit-Gateway.</translation>
    </message>
    <message>
        <source>route table %1 sends %2, which lies outside %3 (%4), to %5: AWS does not route through a peer to the internet or through its egress-only internet gateway (no edge-to-edge routing), so %6. Use %7&apos;s own gateways for %2.</source>
        <translation>Routentabelle %1 schickt %2, das außerhalb von %3 (%4) liegt, an %5: AWS leitet nicht durch einen Peer ins Internet oder über dessen Internet-Gateway nur für ausgehenden Datenverkehr (kein Edge-to-Edge-Routing), daher %6. Verwenden Sie für %2 die eigenen Gateways von %7.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 turns on %2, but the connection is %3: AWS sets DNS resolution only on an active peering connection. Accept it first, or turn %2 off.</source>
        <translation>%1 schaltet %2 ein, aber die Verbindung ist %3: AWS setzt die DNS-Auflösung nur auf einer aktiven Peering-Verbindung. Akzeptieren Sie sie zuerst oder schalten Sie %2 aus.</translation>
    </message>
    <message>
        <source>%1 has %2 off</source>
        <translation>bei %1 ist %2 aus</translation>
    </message>
    <message>
        <source>%1 turns on %2, but %3: the peer&apos;s public DNS names resolve to its private addresses only when both VPCs have dns-support and dns-hostnames on. Turn them on.</source>
        <translation>%1 schaltet %2 ein, aber %3: Die öffentlichen DNS-Namen des Peers werden nur dann in seine privaten Adressen aufgelöst, wenn bei beiden VPCs dns-support und dns-hostnames eingeschaltet sind. Schalten Sie sie ein.</translation>
    </message>
    <message>
        <source>route table %1 sends the %2 prefix list to %3: AWS does not let traffic through a peer VPC to its gateway endpoint, NAT gateway or internet gateway (no edge-to-edge routing). Give %4 its own gateway endpoint for %5 and associate %1 with it.</source>
        <translation>Routentabelle %1 schickt die Präfixliste %2 an %3: AWS lässt keinen Datenverkehr durch eine Peer-VPC zu deren Gateway-Endpunkt, NAT-Gateway oder Internet-Gateway (kein Edge-to-Edge-Routing). Geben Sie %4 einen eigenen Gateway-Endpunkt für %5 und verknüpfen Sie %1 damit.</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>a VPC cannot sit inside another VPC; drop it on the empty canvas</source>
        <translation>eine VPC kann nicht in einer anderen VPC liegen; legen Sie sie auf der leeren Zeichenfläche ab</translation>
    </message>
    <message>
        <source>draw a peering by dragging from one VPC to another</source>
        <translation>ein Peering zeichnen Sie, indem Sie von einer VPC zu einer anderen ziehen</translation>
    </message>
    <message>
        <source>traffic is added in the simulation panel</source>
        <translation>Datenverkehr wird im Simulationsbereich hinzugefügt</translation>
    </message>
    <message>
        <source>subnets do not nest; drop the subnet on the VPC&apos;s free space</source>
        <translation>Subnetze lassen sich nicht verschachteln; legen Sie das Subnetz auf der freien Fläche der VPC ab</translation>
    </message>
    <message>
        <source>%1 has no free block left for another subnet (its blocks: %2)</source>
        <translation>%1 hat keinen freien Block mehr für ein weiteres Subnetz (Blöcke: %2)</translation>
    </message>
    <message>
        <source>%1 already has the internet gateway %2; a VPC has at most one</source>
        <translation>%1 hat bereits das Internet-Gateway %2; eine VPC hat höchstens eines</translation>
    </message>
    <message>
        <source>%1 already has the egress-only internet gateway %2; a VPC has at most one</source>
        <translation>%1 hat bereits ein Internet-Gateway nur für ausgehenden Datenverkehr (%2); eine VPC hat höchstens eines</translation>
    </message>
    <message>
        <source>%1 (%2) has no free address left</source>
        <translation>%1 (%2) hat keine freie Adresse mehr</translation>
    </message>
    <message>
        <source>%1 was not pasted: %2</source>
        <translation>%1 wurde nicht eingefügt: %2</translation>
    </message>
    <message>
        <source>there is no subnet for it</source>
        <translation>es gibt kein Subnetz dafür</translation>
    </message>
    <message>
        <source>its VPC is gone</source>
        <translation>die zugehörige VPC gibt es nicht mehr</translation>
    </message>
    <message>
        <source>%1 was not pasted: %2 already has %3; a VPC has at most one</source>
        <translation>%1 wurde nicht eingefügt: %2 hat bereits %3; eine VPC hat höchstens eines</translation>
    </message>
    <message>
        <source>%1 was not pasted: no block of the size of %2 is free for a copy</source>
        <translation>%1 wurde nicht eingefügt: Für eine Kopie ist kein Block der Größe von %2 frei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 keeps %2: %3 has no free block left</source>
        <translation>%1 behält %2: %3 hat keinen freien Block mehr</translation>
    </message>
    <message numerus="yes">
        <source>%1: left out %n reference(s) it cannot use where it was pasted</source>
        <translation>
            <numerusform>%1: %n Verweis ausgelassen, der am Einfügeort nicht verwendbar ist</numerusform>
            <numerusform>%1: %n Verweise ausgelassen, die am Einfügeort nicht verwendbar sind</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lives in a VPC; drop it inside one</source>
        <translation>%1 gehört in eine VPC; legen Sie das Objekt in einer VPC ab</translation>
    </message>
    <message>
        <source>%1 lives in a subnet; drop it inside one</source>
        <translation>%1 gehört in ein Subnetz; legen Sie das Objekt in einem Subnetz ab</translation>
    </message>
    <message>
        <source>%1 was not pasted: one of its VPCs was not</source>
        <translation>%1 wurde nicht eingefügt: eine seiner VPCs auch nicht</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>it has no Statement list</source>
        <translation>sie hat keine Statement-Liste</translation>
    </message>
    <message>
        <source>a statement is a mapping of Effect, Action, Resource...</source>
        <translation>eine Anweisung ist eine Zuordnung aus Effect, Action, Resource...</translation>
    </message>
    <message>
        <source>its Effect must be Allow or Deny</source>
        <translation>ihr Effect muss Allow oder Deny sein</translation>
    </message>
    <message>
        <source>it needs exactly one of Action and NotAction</source>
        <translation>sie braucht genau eines von Action und NotAction</translation>
    </message>
    <message>
        <source>it has both Resource and NotResource</source>
        <translation>sie hat sowohl Resource als auch NotResource</translation>
    </message>
    <message>
        <source>its Condition must map operators to keys</source>
        <translation>ihre Condition muss Operatoren Schlüssel zuordnen</translation>
    </message>
    <message>
        <source>the designer does not evaluate the condition operator %1: the statement is taken as not matching</source>
        <translation>der Designer wertet den Bedingungsoperator %1 nicht aus: die Anweisung gilt als nicht zutreffend</translation>
    </message>
    <message>
        <source>there is no condition operator %1</source>
        <translation>es gibt keinen Bedingungsoperator %1</translation>
    </message>
    <message>
        <source>the condition %1 must map keys to values</source>
        <translation>die Bedingung %1 muss Schlüssel Werten zuordnen</translation>
    </message>
    <message>
        <source>the designer never sets the condition key %1: it is taken as absent</source>
        <translation>der Designer setzt den Bedingungsschlüssel %1 nie: er gilt als nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>PortRange</name>
    <message>
        <source>ports are a number from 0 to 65535 or a range such as &quot;1024-65535&quot;</source>
        <translation>Ports sind eine Zahl von 0 bis 65535 oder ein Bereich wie „1024-65535“</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Unsaved work is copied this often; after a crash the next start offers the copy</source>
        <translation>So oft wird ungespeicherte Arbeit kopiert; nach einem Absturz bietet der nächste Start die Kopie an</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The colours of the window, the canvas and the plots</source>
        <translation>Die Farben des Fensters, der Zeichenfläche und der Diagramme</translation>
    </message>
    <message>
        <source>Recovery copy every</source>
        <translation>Wiederherstellungskopie alle</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>At most this much work can be lost if the program or the computer stops.</source>
        <translation>Höchstens so viel Arbeit kann verloren gehen, wenn das Programm oder der Computer unerwartet stoppt.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language of the window and of the command line&apos;s messages; as the system: what LANGUAGE or LANG says</source>
        <translation>Die Sprache des Fensters und der Meldungen der Kommandozeile; wie das System: was LANGUAGE oder LANG sagt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language applies when VPC Designer starts again.</source>
        <translation>Eine neue Sprache gilt, wenn VPC Designer neu startet.</translation>
    </message>
    <message>
        <source>The region of a design&apos;s first VPC; later VPCs take the first one&apos;s</source>
        <translation>Die Region der ersten VPC eines Entwurfs; spätere VPCs übernehmen die der ersten</translation>
    </message>
    <message>
        <source>The letters of the AZs new subnets spread over, after the region: &quot;a, b, c&quot; gives us-east-1a, us-east-1b and us-east-1c; a new subnet goes to the one with the fewest</source>
        <translation>Die Buchstaben der AZs, auf die sich neue Subnetze verteilen, nach der Region: „a, b, c“ ergibt us-east-1a, us-east-1b und us-east-1c; ein neues Subnetz kommt in die mit den wenigsten</translation>
    </message>
    <message>
        <source>The record format of a new flow log: default (AWS&apos;s version 2 fields) or custom fields such as ${version} ${srcaddr} ${dstaddr} ${action}</source>
        <translation>Das Datensatzformat eines neuen Flow-Logs: default (die Felder der Version 2 von AWS) oder eigene Felder wie ${version} ${srcaddr} ${dstaddr} ${action}</translation>
    </message>
    <message>
        <source>Clock time (UTC)</source>
        <translation>Uhrzeit (UTC)</translation>
    </message>
    <message>
        <source>Clock time (local)</source>
        <translation>Uhrzeit (lokal)</translation>
    </message>
    <message>
        <source>Time since the first record</source>
        <translation>Zeit seit dem ersten Datensatz</translation>
    </message>
    <message>
        <source>How the simulation&apos;s timeline labels its time axis</source>
        <translation>Wie die Zeitleiste der Simulation ihre Zeitachse beschriftet</translation>
    </message>
    <message>
        <source>New objects</source>
        <translation>Neue Objekte</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Availability Zones</source>
        <translation>&amp;Availability Zones</translation>
    </message>
    <message>
        <source>&amp;Flow-log format</source>
        <translation>&amp;Flow-Log-Format</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1</source>
        <translation>„%1“ ist kein Regionsname wie us-east-1</translation>
    </message>
    <message>
        <source>Name at least one Availability Zone, such as a</source>
        <translation>Nennen Sie mindestens eine Availability Zone, etwa a</translation>
    </message>
    <message>
        <source>The flow-log format cannot be used: %1</source>
        <translation>Das Flow-Log-Format ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n Route</numerusform>
            <numerusform>%n Routen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>all traffic (default)</source>
        <translation>gesamter Datenverkehr (Standard)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>an id is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>eine ID besteht aus 1 bis 64 Buchstaben, Ziffern, „-“, „_“ oder „.“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id</source>
        <translation>„%1“ ist keine ID</translation>
    </message>
    <message>
        <source>%1 is one of: %2</source>
        <translation>%1 muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet: true oder false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet: eine ganze Zahl</translation>
    </message>
    <message>
        <source>a port is 0 to 65535</source>
        <translation>ein Port liegt zwischen 0 und 65535</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>erwartet: eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected a number of zero or more</source>
        <translation>erwartet: eine Zahl größer oder gleich null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR block: %2</source>
        <translation>„%1“ ist kein CIDR-Block: %2</translation>
    </message>
    <message>
        <source>%1 needs at least one block</source>
        <translation>%1 braucht mindestens einen Block</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: %2</source>
        <translation>„%1“ ist keine IP-Adresse: %2</translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-11-26T10:00:00Z</source>
        <translation>erwartet: eine UTC-Zeit wie 2026-11-26T10:00:00Z</translation>
    </message>
    <message>
        <source>a protocol is tcp, udp, icmp, icmpv6, all (-1) or 0 to 255</source>
        <translation>ein Protokoll ist tcp, udp, icmp, icmpv6, all (-1) oder 0 bis 255</translation>
    </message>
    <message>
        <source>%1 is edited as a table</source>
        <translation>%1 wird als Tabelle bearbeitet</translation>
    </message>
    <message>
        <source>an account is 12 digits, such as 111122223333</source>
        <translation>ein Konto besteht aus 12 Ziffern, etwa 111122223333</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a space: internet, a CIDR block, service:NAME or an id</source>
        <translation>„%1“ ist kein Raum: internet, ein CIDR-Block, service:NAME oder eine ID</translation>
    </message>
    <message>
        <source>%1 needs at least one space</source>
        <translation>%1 braucht mindestens einen Raum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or range: %2</source>
        <translation>„%1“ ist kein Port und kein Bereich: %2</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <source>&apos;%1&apos; names no service</source>
        <translation>„%1“ nennt keinen Dienst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names nothing: a space is internet, a CIDR block, service:NAME or the id of a VPC, subnet, security group, instance, NAT gateway or endpoint</source>
        <translation>„%1“ nennt nichts: ein Raum ist internet, ein CIDR-Block, service:NAME oder die ID einer VPC, eines Subnetzes, einer Sicherheitsgruppe, einer Instance, eines NAT-Gateways oder eines Endpunkts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: a space is internet, a CIDR block, service:NAME or the id of a VPC, subnet, security group, instance, NAT gateway or endpoint</source>
        <translation>„%1“ ist %2: ein Raum ist internet, ein CIDR-Block, service:NAME oder die ID einer VPC, eines Subnetzes, einer Sicherheitsgruppe, einer Instance, eines NAT-Gateways oder eines Endpunkts</translation>
    </message>
    <message>
        <source>%1 to %2 takes more than %3 classes of packets; narrow the spaces</source>
        <translation>%1 an %2 braucht mehr als %3 Paketklassen; engen Sie die Räume ein</translation>
    </message>
</context>
<context>
    <name>ReachabilityPanel</name>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation>VPCs</translation>
    </message>
    <message>
        <source>What the rows and columns are</source>
        <translation>Was die Zeilen und Spalten sind</translation>
    </message>
    <message>
        <source>Only this protocol (all, tcp, udp, icmp, icmpv6 or a number)</source>
        <translation>Nur dieses Protokoll (all, tcp, udp, icmp, icmpv6 oder eine Nummer)</translation>
    </message>
    <message>
        <source>every port</source>
        <translation>jeder Port</translation>
    </message>
    <message>
        <source>Only these destination ports: 443, 1024-65535, or a list</source>
        <translation>Nur diese Zielports: 443, 1024-65535 oder eine Liste</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>how much is open (log10 of ports)</source>
        <translation>wie viel offen ist (log10 der Ports)</translation>
    </message>
    <message>
        <source>The filter does not read: a protocol such as tcp and ports such as 443 or 1024-65535</source>
        <translation>Der Filter lässt sich nicht lesen: ein Protokoll wie tcp und Ports wie 443 oder 1024-65535</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <source>Cannot compute the matrix: %1</source>
        <translation>Die Matrix lässt sich nicht berechnen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pairs have something open; %3 classes of packets evaluated. Hover a cell for what is open, click to select, double-click to replay a packet that gets through.</source>
        <translation>%1 von %2 Paaren haben etwas offen; %3 Paketklassen ausgewertet. Zeigen Sie auf eine Zelle, um zu sehen, was offen ist; klicken Sie zum Auswählen, doppelklicken Sie, um ein Paket nachzuspielen, das durchkommt.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>nothing gets there and back</source>
        <translation>nichts kommt hin und zurück</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>ACCEPT</source>
        <translation>ACCEPT</translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation>REJECT</translation>
    </message>
    <message>
        <source> (answer)</source>
        <translation> (Antwort)</translation>
    </message>
    <message>
        <source>matches nothing in the design</source>
        <translation>passt zu nichts im Entwurf</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Start (UTC)</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Src port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Dst port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visible at</source>
        <translation>Sichtbar ab</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>Abgelehnt durch</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
</context>
<context>
    <name>ReferenceRules</name>
    <message>
        <source>route table %1 sends %2 to %3, which joins %4 and %5, not %6; a route can use only a peering of its own VPC</source>
        <translation>Routing-Tabelle %1 sendet %2 an %3, die %4 und %5 verbindet, nicht %6; eine Route kann nur ein Peering ihrer eigenen VPC verwenden</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, but no object has that id; add it or correct the id</source>
        <translation>%1 verweist in %3 auf „%2“, aber kein Objekt hat diese ID; legen Sie es an oder korrigieren Sie die ID</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, which belongs to %4, not %5; an object can use only what its own VPC holds</source>
        <translation>%1 verweist in %3 auf „%2“, das zu %4 gehört, nicht zu %5; ein Objekt kann nur verwenden, was seine eigene VPC enthält</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, which is %4; %3 takes %5</source>
        <translation>%1 nennt „%2“ in %3, das ist %4; %3 nimmt %5</translation>
    </message>
    <message>
        <source>flow %1 names gateway endpoint %2 in %3, which has no address: a gateway endpoint is a route to its service; name service:%4 instead</source>
        <translation>Fluss %1 nennt den Gateway-Endpunkt %2 in %3, der keine Adresse hat: Ein Gateway-Endpunkt ist eine Route zu seinem Dienst; nennen Sie stattdessen service:%4</translation>
    </message>
    <message>
        <source>flow %1 names &apos;%2&apos; in %3, which is %4; a flow starts and ends at an instance, a NAT gateway, an interface endpoint, an address or service:NAME</source>
        <translation>Fluss %1 nennt „%2“ in %3, das ist %4; ein Fluss beginnt und endet an einer Instance, einem NAT-Gateway, einem Schnittstellen-Endpunkt, einer Adresse oder service:NAME</translation>
    </message>
</context>
<context>
    <name>RouteRules</name>
    <message>
        <source>route table %1 has two routes to %2 (to %3 and to %4); AWS keeps one route per destination. Remove one.</source>
        <translation>Routing-Tabelle %1 hat zwei Routen nach %2 (an %3 und an %4); AWS behält eine Route pro Ziel. Entfernen Sie eine davon.</translation>
    </message>
    <message>
        <source>route table %1 sends the IPv4 destination %2 to the egress-only internet gateway %3, which carries IPv6 only. Send IPv4 to a NAT gateway (private subnets) or an internet gateway, and ::/0 to %3.</source>
        <translation>Routing-Tabelle %1 sendet das IPv4-Ziel %2 an das Internet-Gateway nur für ausgehenden Datenverkehr %3, das nur IPv6 befördert. Senden Sie IPv4 an ein NAT-Gateway (private Subnetze) oder ein Internet-Gateway und ::/0 an %3.</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, the internet gateway of %4; a route can use only its own VPC&apos;s internet gateway. </source>
        <translation>Routing-Tabelle %1 sendet %2 an %3, das Internet-Gateway von %4; eine Route kann nur das Internet-Gateway ihrer eigenen VPC verwenden. </translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, but there is no internet gateway %3. </source>
        <translation>Routing-Tabelle %1 sendet %2 an %3, aber es gibt kein Internet-Gateway %3. </translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Verwenden Sie %1.</translation>
    </message>
    <message>
        <source>Attach an internet gateway to %1 and route to it.</source>
        <translation>Fügen Sie %1 ein Internet-Gateway an und routen Sie dorthin.</translation>
    </message>
    <message>
        <source>route table %1 sends %2, a part of %3&apos;s own addresses, to %4; AWS accepts a route more specific than the local route only when it is exactly a subnet&apos;s block and points at a NAT gateway or an instance&apos;s interface (a middlebox). %5</source>
        <translation>Routing-Tabelle %1 sendet %2, einen Teil der eigenen Adressen von %3, an %4; AWS akzeptiert eine Route, die spezifischer als die lokale Route ist, nur dann, wenn sie genau dem Block eines Subnetzes entspricht und auf ein NAT-Gateway oder die Schnittstelle einer Instance zeigt (eine Middlebox). %5</translation>
    </message>
    <message>
        <source>Make the destination a whole subnet.</source>
        <translation>Machen Sie das Ziel zu einem ganzen Subnetz.</translation>
    </message>
    <message>
        <source>Point it at a NAT gateway or an instance.</source>
        <translation>Lassen Sie die Route auf ein NAT-Gateway oder eine Instance zeigen.</translation>
    </message>
    <message>
        <source>the public NAT gateway %1 is in %2, whose route table %3 has no default route (0.0.0.0/0) to an internet gateway, so what it translates cannot leave. Put %1 in a public subnet, or add 0.0.0.0/0 -&gt; %4 to %3.</source>
        <translation>das öffentliche NAT-Gateway %1 liegt in %2, dessen Routing-Tabelle %3 keine Standardroute (0.0.0.0/0) zu einem Internet-Gateway hat, daher kann das, was es übersetzt, nicht hinaus. Legen Sie %1 in ein öffentliches Subnetz oder fügen Sie %3 die Route 0.0.0.0/0 -&gt; %4 hinzu.</translation>
    </message>
    <message>
        <source>an internet gateway</source>
        <translation>ein Internet-Gateway</translation>
    </message>
    <message>
        <source>%1 in %2 carries the internet traffic of subnets in %3 (%4) too; if %2 fails, they lose their way out with it. Give each AZ its own NAT gateway and route each AZ&apos;s subnets to theirs.</source>
        <translation>%1 in %2 trägt auch den Internetverkehr von Subnetzen in %3 (%4); fällt %2 aus, verlieren diese damit ihren Weg nach draußen. Geben Sie jeder AZ ein eigenes NAT-Gateway und routen Sie die Subnetze jeder AZ zu ihrem eigenen.</translation>
    </message>
    <message>
        <source>%1 has the public address %2, but %3&apos;s route table %4 has no route to an internet gateway, so the address is never reachable. Route 0.0.0.0/0 to %5, or drop the public address.</source>
        <translation>%1 hat die öffentliche Adresse %2, aber die Routing-Tabelle %4 von %3 hat keine Route zu einem Internet-Gateway, daher ist die Adresse nie erreichbar. Leiten Sie 0.0.0.0/0 an %5 weiter oder entfernen Sie die öffentliche Adresse.</translation>
    </message>
    <message>
        <source>an internet gateway of %1</source>
        <translation>ein Internet-Gateway von %1</translation>
    </message>
    <message>
        <source>route table %1 gets the %2 prefix list from both %3 and %4; AWS allows one gateway endpoint route per service in a table. Associate the table with one of them.</source>
        <translation>Routentabelle %1 erhält die Präfixliste von %2 sowohl von %3 als auch von %4; AWS erlaubt pro Dienst eine Gateway-Endpunkt-Route in einer Tabelle. Ordnen Sie die Tabelle einem der beiden zu.</translation>
    </message>
    <message>
        <source>the public NAT gateway %1 is in %2, whose route table %3 has no default route (0.0.0.0/0) to an internet gateway, so what it translates cannot leave. Put %1 in a public subnet, or give %2 a route table of its own with 0.0.0.0/0 -&gt; %4: %3 is also the table of %5, which the default route would make public.</source>
        <translation>das öffentliche NAT-Gateway %1 liegt in %2, dessen Routentabelle %3 keine Standardroute (0.0.0.0/0) zu einem Internet-Gateway hat, daher kann das Übersetzte nicht hinaus. Legen Sie %1 in ein öffentliches Subnetz oder geben Sie %2 eine eigene Routentabelle mit 0.0.0.0/0 -&gt; %4: %3 ist auch die Tabelle von %5, die die Standardroute öffentlich machen würde.</translation>
    </message>
    <message>
        <source>route table %1 has two routes to the prefix list %2 (to %3 and to %4); AWS keeps one route per destination. Remove one.</source>
        <translation>Routentabelle %1 hat zwei Routen zur Präfixliste %2 (zu %3 und zu %4); AWS behält eine Route pro Ziel. Entfernen Sie eine.</translation>
    </message>
    <message>
        <source>route table %1 sends the %2 prefix list to %3 and also gets it from the gateway endpoint %4; AWS keeps one route per destination. Remove the route, or the table from %4.</source>
        <translation>Routentabelle %1 schickt die Präfixliste %2 an %3 und erhält sie auch vom Gateway-Endpunkt %4; AWS behält eine Route pro Ziel. Entfernen Sie die Route oder die Tabelle aus %4.</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <source>a protocol is tcp, udp, icmp, icmpv6, all or 0 to 255</source>
        <translation>ein Protokoll ist tcp, udp, icmp, icmpv6, all oder 0 bis 255</translation>
    </message>
    <message>
        <source>AWS&apos;s default: allow all traffic out</source>
        <translation>Standard von AWS: gesamten ausgehenden Datenverkehr zulassen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>a target is the id of a gateway, NAT gateway, peering connection or instance</source>
        <translation>„Weiterleiten an“ ist die ID eines Gateways, NAT-Gateways, einer Peering-Verbindung oder einer Instance</translation>
    </message>
    <message>
        <source>a rule number is a whole number from 1 to 32766</source>
        <translation>eine Regelnummer ist eine ganze Zahl von 1 bis 32766</translation>
    </message>
    <message>
        <source>the action is allow or deny</source>
        <translation>die Aktion ist allow oder deny</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the peer is a CIDR block such as 10.0.0.0/16, a security group&apos;s id, a prefix list&apos;s id (pl-...) or service:s3 for the Region&apos;s AWS-managed prefix list</source>
        <translation>die Gegenstelle ist ein CIDR-Block wie 10.0.0.0/16, die ID einer Sicherheitsgruppe, die ID einer Präfixliste (pl-...) oder service:s3 für die von AWS verwaltete Präfixliste der Region</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 lässt sich nicht prüfen: %2</translation>
    </message>
</context>
<context>
    <name>SecurityRules</name>
    <message>
        <source>an ingress rule</source>
        <translation>eine eingehende Regel</translation>
    </message>
    <message>
        <source>an egress rule</source>
        <translation>eine ausgehende Regel</translation>
    </message>
    <message>
        <source>%1 has %2 naming %3, a group of %4, but %4 is not peered with %5 (by an active peering); a rule can name groups of its own VPC or of a peered VPC only. Peer the VPCs, or name %4&apos;s addresses (%6) instead.</source>
        <translation>%1 hat %2, die %3 nennt, eine Gruppe von %4, aber %4 ist nicht per Peering mit %5 verbunden (durch ein aktives Peering); eine Regel kann nur Gruppen der eigenen VPC oder einer per Peering verbundenen VPC nennen. Verbinden Sie die VPCs per Peering oder nennen Sie stattdessen die Adressen von %4 (%6).</translation>
    </message>
    <message>
        <source>%1 (in %2, %3) has %4 naming %5 of the peered VPC %6 in %7; AWS lets rules name groups across a peering only within one region. Name %6&apos;s addresses (%8) instead.</source>
        <translation>%1 (in %2, %3) hat %4, die %5 der per Peering verbundenen VPC %6 in %7 nennt; AWS lässt Regeln Gruppen über ein Peering hinweg nur innerhalb einer Region nennen. Nennen Sie stattdessen die Adressen von %6 (%8).</translation>
    </message>
    <message>
        <source>every answer</source>
        <translation>jede Antwort</translation>
    </message>
    <message>
        <source>some answers (such as those to %1)</source>
        <translation>einige Antworten (etwa die an %1)</translation>
    </message>
    <message>
        <source>%1&apos;s ingress rule %2 lets %3 in from %4, but its egress rules stop %5: network ACLs are stateless, so each answer needs its own rule. Allow %6 to %4 on the clients&apos; ephemeral ports (1024-65535 covers Linux, Windows, NAT gateways and load balancers) in the egress rules.</source>
        <translation>Die eingehende Regel %2 von %1 lässt %3 von %4 herein, aber die ausgehenden Regeln blockieren %5: Netzwerk-ACLs sind zustandslos, daher braucht jede Antwort eine eigene Regel. Erlauben Sie in den ausgehenden Regeln %6 an %4 auf den flüchtigen Ports der Clients (1024-65535 deckt Linux, Windows, NAT-Gateways und Load Balancer ab).</translation>
    </message>
    <message>
        <source>%1&apos;s egress rule %2 lets %3 out to %4, but its ingress rules stop %5 coming back: network ACLs are stateless, so answers need their own rule. Allow %6 from %4 on ephemeral ports (1024-65535) in the ingress rules.</source>
        <translation>Die ausgehende Regel %2 von %1 lässt %3 an %4 hinaus, aber die eingehenden Regeln blockieren %5 auf dem Rückweg: Netzwerk-ACLs sind zustandslos, daher brauchen Antworten eine eigene Regel. Erlauben Sie in den eingehenden Regeln %6 von %4 auf flüchtigen Ports (1024-65535).</translation>
    </message>
    <message>
        <source>%1 has %2 rule number %3; rule numbers run from 1 to 32766 (32767 and * are AWS&apos;s final deny). Renumber it.</source>
        <translation>%1 hat eine Regel (%2) mit der Nummer %3; Regelnummern reichen von 1 bis 32766 (32767 und * sind die abschließende Ablehnung von AWS). Nummerieren Sie sie neu.</translation>
    </message>
    <message>
        <source>%1 has two %2 rules numbered %3; a number orders one rule. Renumber one (leave gaps of 10 or 100 for later rules).</source>
        <translation>%1 hat zwei Regeln (%2) mit der Nummer %3; eine Nummer legt die Reihenfolge genau einer Regel fest. Nummerieren Sie eine davon neu (lassen Sie Lücken von 10 oder 100 für spätere Regeln).</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>%1 has %2 %3 rules; AWS allows 60 per direction by default (the quota can be raised, but groups × rules per interface is capped at 1,000). Merge rules with wider blocks or split the group.</source>
        <translation>%1 hat %2 Regeln (%3); AWS erlaubt standardmäßig 60 pro Richtung (das Kontingent kann erhöht werden, aber Gruppen × Regeln pro Schnittstelle ist auf 1.000 begrenzt). Fassen Sie Regeln mit größeren Blöcken zusammen oder teilen Sie die Gruppe auf.</translation>
    </message>
    <message>
        <source> (%1 rule %2 denies them before a later rule would allow them)</source>
        <translation> (%1-Regel %2 verweigert sie, bevor eine spätere Regel sie erlauben würde)</translation>
    </message>
    <message>
        <source>ICMPv6 echo replies (type 129)</source>
        <translation>ICMPv6-Echo-Antworten (Typ 129)</translation>
    </message>
    <message>
        <source>ICMP echo replies (type 0)</source>
        <translation>ICMP-Echo-Antworten (Typ 0)</translation>
    </message>
    <message>
        <source>%1&apos;s ingress rule %2 lets %3 in from %4, but its egress rules stop %5: network ACLs are stateless, so each answer needs its own rule. Allow %6 to %4 in the egress rules.</source>
        <translation>Die eingehende Regel %2 von %1 lässt %3 von %4 herein, aber ihre ausgehenden Regeln stoppen %5: Netzwerk-ACLs sind zustandslos, daher braucht jede Antwort eine eigene Regel. Erlauben Sie %6 an %4 in den ausgehenden Regeln.</translation>
    </message>
    <message>
        <source>%1&apos;s egress rule %2 lets %3 out to %4, but its ingress rules stop %5 coming back: network ACLs are stateless, so answers need their own rule. Allow %6 from %4 in the ingress rules.</source>
        <translation>Die ausgehende Regel %2 von %1 lässt %3 zu %4 hinaus, aber ihre eingehenden Regeln stoppen %5 auf dem Rückweg: Netzwerk-ACLs sind zustandslos, daher brauchen Antworten eine eigene Regel. Erlauben Sie %6 von %4 in den eingehenden Regeln.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>%1 matches %2 local (longest prefix /%3)</source>
        <translation>%1 passt zu %2 local (längstes Präfix /%3)</translation>
    </message>
    <message>
        <source>%1 matches the %2 prefix list (%3) -&gt; %4</source>
        <translation>%1 passt zur Präfixliste von %2 (%3) -&gt; %4</translation>
    </message>
    <message>
        <source>%1 matches %2 -&gt; %3 (longest prefix /%4)</source>
        <translation>%1 passt zu %2 -&gt; %3 (längstes Präfix /%4)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>%1 rule %2 (%3) allows %4 %5</source>
        <translation>Regel %2 (%1, %3) erlaubt %4 %5</translation>
    </message>
    <message>
        <source>%1: no rule allows %2 %3; security groups deny what they do not allow</source>
        <translation>%1: keine Regel erlaubt %2 %3; Sicherheitsgruppen verweigern, was sie nicht erlauben</translation>
    </message>
    <message>
        <source>%1 has no security group: all inbound traffic is denied</source>
        <translation>%1 hat keine Sicherheitsgruppe: Der gesamte eingehende Datenverkehr wird verweigert</translation>
    </message>
    <message>
        <source>%1 has no security group: all outbound traffic is denied</source>
        <translation>%1 hat keine Sicherheitsgruppe: Der gesamte ausgehende Datenverkehr wird verweigert</translation>
    </message>
    <message>
        <source>an answer to an allowed connection: security groups are stateful</source>
        <translation>eine Antwort auf eine erlaubte Verbindung: Sicherheitsgruppen sind zustandsbehaftet</translation>
    </message>
    <message>
        <source>%1 rule %2 allows %3 %4</source>
        <translation>Regel %2 (%1) erlaubt %3 %4</translation>
    </message>
    <message>
        <source>%1 rule %2 denies %3 %4</source>
        <translation>Regel %2 (%1) verweigert %3 %4</translation>
    </message>
    <message>
        <source>%1: no rule allows %2 %3; the final rule denies</source>
        <translation>%1: keine Regel erlaubt %2 %3; die abschließende Regel verweigert</translation>
    </message>
    <message>
        <source>both ends are in %1: network ACLs do not filter inside a subnet</source>
        <translation>beide Enden liegen in %1: Netzwerk-ACLs filtern nicht innerhalb eines Subnetzes</translation>
    </message>
    <message>
        <source>no route for %1: the packet is dropped</source>
        <translation>keine Route für %1: Das Paket wird verworfen</translation>
    </message>
    <message>
        <source>the route %1 -&gt; %2 leads nowhere (the target is missing or not in this VPC): a blackhole for %3</source>
        <translation>die Route %1 -&gt; %2 führt ins Leere (das Ziel fehlt oder liegt nicht in dieser VPC): ein Blackhole für %3</translation>
    </message>
    <message>
        <source>%1 is %2, not active: routes to it are blackholes</source>
        <translation>%1 hat den Status %2 statt active: Routen dorthin sind Blackholes</translation>
    </message>
    <message>
        <source>the answer to %1 is routed %2 instead of back the way the request came: asymmetric routing drops it</source>
        <translation>die Antwort an %1 wird %2 geroutet statt auf dem Weg zurück, den die Anfrage nahm: Asymmetrisches Routing verwirft sie</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>laut „%1“</translation>
    </message>
    <message>
        <source>routed to instance %1 as a middlebox: the simulator does not follow traffic through appliances</source>
        <translation>an die Instance %1 als Middlebox geroutet: Der Simulator verfolgt Datenverkehr nicht durch Appliances</translation>
    </message>
    <message>
        <source>the source has no public IPv4 address: the internet gateway cannot translate it; give it a public or elastic IP, or route through a NAT gateway</source>
        <translation>die Quelle hat keine öffentliche IPv4-Adresse: Das Internet-Gateway kann sie nicht übersetzen; geben Sie ihr eine öffentliche IP-Adresse oder eine Elastic IP-Adresse oder routen Sie über ein NAT-Gateway</translation>
    </message>
    <message>
        <source>%1 is no public address of the destination: nothing from the internet reaches a private address</source>
        <translation>%1 ist keine öffentliche Adresse des Ziels: Aus dem Internet erreicht nichts eine private Adresse</translation>
    </message>
    <message>
        <source>%1 has no internet gateway: nothing comes in from the internet</source>
        <translation>%1 hat kein Internet-Gateway: Aus dem Internet kommt nichts herein</translation>
    </message>
    <message>
        <source>an egress-only internet gateway carries IPv6 only; %1 is IPv4</source>
        <translation>ein Internet-Gateway nur für ausgehenden Datenverkehr befördert nur IPv6; %1 ist IPv4</translation>
    </message>
    <message>
        <source>an egress-only internet gateway lets no connection in from the internet</source>
        <translation>ein Internet-Gateway nur für ausgehenden Datenverkehr lässt keine Verbindung aus dem Internet herein</translation>
    </message>
    <message>
        <source>translates the answer back to %1</source>
        <translation>übersetzt die Antwort zurück an %1</translation>
    </message>
    <message>
        <source>the source becomes %1</source>
        <translation>die Quelle wird zu %1</translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet has no route to an internet gateway for %1</source>
        <translation>das Subnetz des NAT-Gateways hat keine Route zu einem Internet-Gateway für %1</translation>
    </message>
    <message>
        <source>the answer to %1 is routed to %2, which never saw the request: a NAT gateway lets nothing in that it did not send out</source>
        <translation>die Antwort an %1 wird an %2 geroutet, das die Anfrage nie gesehen hat: Ein NAT-Gateway lässt nichts herein, was es nicht selbst hinausgeschickt hat</translation>
    </message>
    <message>
        <source>in from the internet (%1)</source>
        <translation>aus dem Internet herein (%1)</translation>
    </message>
    <message>
        <source>out to the internet (%1)</source>
        <translation>hinaus ins Internet (%1)</translation>
    </message>
    <message>
        <source>across the peering between %1 and %2 to %3</source>
        <translation>über das Peering zwischen %1 und %2 zu %3</translation>
    </message>
    <message>
        <source>to %1 through the gateway endpoint, inside AWS&apos;s network</source>
        <translation>zu %1 über den Gateway-Endpunkt, innerhalb des AWS-Netzwerks</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passiert</translation>
    </message>
    <message>
        <source>%1 is for %2 in %3, but the traffic is in %4: gateway endpoints reach their own region&apos;s service only</source>
        <translation>%1 ist für %2 in %3, aber der Datenverkehr ist in %4: Gateway-Endpunkte erreichen nur den Dienst ihrer eigenen Region</translation>
    </message>
    <message>
        <source>no subnet of %1 holds %2</source>
        <translation>kein Subnetz von %1 enthält %2</translation>
    </message>
    <message>
        <source>%1 is in %2 but belongs to no interface of the design: its security groups are not known</source>
        <translation>%1 liegt in %2, gehört aber zu keiner Schnittstelle des Entwurfs: Die zugehörigen Sicherheitsgruppen sind nicht bekannt</translation>
    </message>
    <message>
        <source>enters %1 (%2) for %3</source>
        <translation>gelangt für %3 in %1 (%2)</translation>
    </message>
    <message>
        <source>private DNS: the service&apos;s name resolves to %1, the endpoint&apos;s address here</source>
        <translation>privates DNS: Der Name des Dienstes wird zu %1 aufgelöst, der Adresse des Endpunkts hier</translation>
    </message>
    <message>
        <source>delivered to %1 (%2)</source>
        <translation>zugestellt an %1 (%2)</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>blockiert durch</translation>
    </message>
    <message>
        <source>stopped: the packet has nowhere to go</source>
        <translation>gestoppt: Das Paket kann nirgendwohin</translation>
    </message>
    <message>
        <source>would reach %1 were it not blocked</source>
        <translation>würde %1 erreichen, wenn es nicht blockiert wäre</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>reply (were the request let through)</source>
        <translation>Antwort (falls die Anfrage durchgelassen würde)</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Fluss</numerusform>
            <numerusform>%n Flüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n verworfen</numerusform>
            <numerusform>%n verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source> (an answer)</source>
        <translation> (eine Antwort)</translation>
    </message>
    <message>
        <source>rejected by</source>
        <translation>abgelehnt durch</translation>
    </message>
    <message>
        <source>%1 records: %2 matched, %3 matched nothing; %4 accepted, %5 rejected (%6 explained by the design, %7 not); %8 NODATA, %9 SKIPDATA</source>
        <translation>%1 Datensätze: %2 zugeordnet, %3 ohne Zuordnung; %4 akzeptiert, %5 abgelehnt (%6 durch den Entwurf erklärt, %7 nicht); %8 NODATA, %9 SKIPDATA</translation>
    </message>
    <message>
        <source>%1 lines not read</source>
        <translation>%1 Zeilen nicht gelesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an address, an object of the design nor service:NAME</source>
        <translation>„%1“ ist weder eine Adresse noch ein Objekt des Entwurfs noch service:NAME</translation>
    </message>
    <message>
        <source>%1 is a gateway endpoint: it has no address; use service:%2</source>
        <translation>%1 ist ein Gateway-Endpunkt: Er hat keine Adresse; verwenden Sie service:%2</translation>
    </message>
    <message>
        <source>%1 is a %2; a flow starts or ends at an instance, an address or service:NAME</source>
        <translation>%1 ist vom Typ %2; ein Fluss beginnt oder endet an einer Instance, einer Adresse oder service:NAME</translation>
    </message>
    <message>
        <source>%1 has no network interface (its subnet is missing)</source>
        <translation>%1 hat keine Netzwerkschnittstelle (das zugehörige Subnetz fehlt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no service</source>
        <translation>„%1“ nennt keinen Dienst</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are of different address families</source>
        <translation>%1 (%2) und %3 (%4) gehören zu verschiedenen Adressfamilien</translation>
    </message>
    <message>
        <source>neither %1 nor %2 is inside the design</source>
        <translation>weder %1 noch %2 liegt innerhalb des Entwurfs</translation>
    </message>
    <message>
        <source>a %1 flow needs a destination port</source>
        <translation>ein %1-Fluss braucht einen Zielport</translation>
    </message>
    <message>
        <source>%1 lets no connection in from %2: a NAT gateway only carries answers to what it sent out</source>
        <translation>%1 lässt keine Verbindung von %2 herein: Ein NAT-Gateway befördert nur Antworten auf das, was es selbst hinausgeschickt hat</translation>
    </message>
    <message>
        <source>%1 leads into %2, but %3 is in %4: the address is not the destination&apos;s from here (its private address is reached only from its own VPC or a peer)</source>
        <translation>%1 führt in %2, aber %3 liegt in %4: Von hier aus ist die Adresse nicht die des Ziels (seine private Adresse ist nur aus der eigenen VPC oder von einem Peer aus erreichbar)</translation>
    </message>
    <message>
        <source>%1 is one of the five addresses AWS reserves in %2 (network, router, DNS, future use, broadcast): nothing takes traffic there, and a VPC has no broadcast</source>
        <translation>%1 ist eine der fünf Adressen, die AWS in %2 reserviert (Netzwerk, Router, DNS, künftige Nutzung, Broadcast): Dort nimmt nichts Datenverkehr an, und eine VPC hat keinen Broadcast</translation>
    </message>
    <message>
        <source>%1 has no address to send from or to</source>
        <translation>%1 hat keine Adresse, von der oder an die gesendet werden kann</translation>
    </message>
    <message>
        <source>the Amazon DNS server</source>
        <translation>der Amazon-DNS-Server</translation>
    </message>
    <message>
        <source>the instance metadata service</source>
        <translation>der Instance-Metadatendienst</translation>
    </message>
    <message>
        <source>the Amazon Time Sync Service</source>
        <translation>der Amazon Time Sync Service</translation>
    </message>
    <message>
        <source>the DHCP server</source>
        <translation>der DHCP-Server</translation>
    </message>
    <message>
        <source>UDP and TCP port 53</source>
        <translation>UDP- und TCP-Port 53</translation>
    </message>
    <message>
        <source>HTTP on TCP port 80</source>
        <translation>HTTP auf TCP-Port 80</translation>
    </message>
    <message>
        <source>NTP on UDP port 123</source>
        <translation>NTP auf UDP-Port 123</translation>
    </message>
    <message>
        <source>UDP port 67</source>
        <translation>UDP-Port 67</translation>
    </message>
    <message>
        <source>%1 rule %2 names the prefix list %3, which the designer cannot read, so it does not count here; name an AWS-managed list as service:s3 or service:dynamodb, or write the blocks it holds</source>
        <translation>%1-Regel %2 nennt die Präfixliste %3, die der Designer nicht lesen kann, daher zählt sie hier nicht; nennen Sie eine von AWS verwaltete Liste als service:s3 oder service:dynamodb oder schreiben Sie die Blöcke, die sie enthält</translation>
    </message>
    <message>
        <source>%1 rule %2 names %3, which has no AWS-managed prefix list in %4 (S3 and DynamoDB have one), so it allows nothing</source>
        <translation>%1-Regel %2 nennt %3, für das es in %4 keine von AWS verwaltete Präfixliste gibt (S3 und DynamoDB haben eine), daher erlaubt sie nichts</translation>
    </message>
    <message>
        <source>%1 rule %2 names %3, a group of %4 in %5, but %6 is in %7: a security group can reference the groups of a peered VPC in its own region only, so the rule cannot apply to %8 %9; allow %4&apos;s CIDR blocks instead</source>
        <translation>%1-Regel %2 nennt %3, eine Gruppe von %4 in %5, aber %6 liegt in %7: Eine Sicherheitsgruppe kann nur auf Gruppen einer gepeerten VPC in ihrer eigenen Region verweisen, daher kann die Regel nicht für %8 %9 gelten; erlauben Sie stattdessen die CIDR-Blöcke von %4</translation>
    </message>
    <message>
        <source>%1 is an address of %2: a peering carries only traffic between the addresses of its two VPCs, so nothing reaches %2 through %3&apos;s gateway endpoint or internet gateway (no edge-to-edge routing), and a transit gateway cannot use a gateway endpoint either; give %4 a gateway endpoint for %2 of its own</source>
        <translation>%1 ist eine Adresse von %2: Ein Peering trägt nur Datenverkehr zwischen den Adressen seiner beiden VPCs, daher erreicht nichts %2 über den Gateway-Endpunkt oder das Internet-Gateway von %3 (kein Edge-to-Edge-Routing), und auch ein Transit-Gateway kann keinen Gateway-Endpunkt nutzen; geben Sie %4 einen eigenen Gateway-Endpunkt für %2</translation>
    </message>
    <message>
        <source>the answer to %1 is routed by %2 to %3, not back through %4, which the request came by: %3 holds the same addresses, and asymmetric routing drops the answer. Add a more specific route for %1 (its subnet, or %1/%5) through %4 in %6</source>
        <translation>die Antwort an %1 wird durch %2 zu %3 geleitet, nicht zurück über %4, über das die Anfrage kam: %3 hat dieselben Adressen, und asymmetrisches Routing verwirft die Antwort. Fügen Sie in %6 eine spezifischere Route für %1 (sein Subnetz oder %1/%5) über %4 hinzu</translation>
    </message>
    <message>
        <source>%1 is a private NAT gateway: it translates to its private address, which the internet gateway cannot translate. A private NAT gateway reaches other VPCs and on-premises networks; for the internet, route through a public NAT gateway in a public subnet</source>
        <translation>%1 ist ein privates NAT-Gateway: Es übersetzt auf seine private Adresse, die das Internet-Gateway nicht übersetzen kann. Ein privates NAT-Gateway erreicht andere VPCs und lokale Netze; leiten Sie für das Internet über ein öffentliches NAT-Gateway in einem öffentlichen Subnetz</translation>
    </message>
    <message>
        <source>the answer of %1 at %2 comes back: security groups and network ACLs do not filter the services of a VPC</source>
        <translation>die Antwort von %1 an %2 kommt zurück: Sicherheitsgruppen und Netzwerk-ACLs filtern die Dienste einer VPC nicht</translation>
    </message>
    <message>
        <source>%1 of %2 answers at %3: a service of every VPC, which security groups and network ACLs do not filter and which needs no route</source>
        <translation>%1 von %2 antwortet an %3: ein Dienst jeder VPC, den Sicherheitsgruppen und Netzwerk-ACLs nicht filtern und der keine Route braucht</translation>
    </message>
    <message>
        <source>%1 is the Amazon DNS server of %2: it answers only the instances of its own VPC, not the internet or other networks</source>
        <translation>%1 ist der Amazon-DNS-Server von %2: Er antwortet nur den Instances seiner eigenen VPC, nicht dem Internet oder anderen Netzen</translation>
    </message>
    <message>
        <source>%1 is the Amazon DNS server of %2: it answers only the instances of its own VPC, not across a peering; %3 asks its own at %4 (or 169.254.169.253), and turns on DNS resolution on the peering to resolve the peer&apos;s public names to private addresses</source>
        <translation>%1 ist der Amazon-DNS-Server von %2: Er antwortet nur den Instances seiner eigenen VPC, nicht über ein Peering; %3 fragt den eigenen unter %4 (oder 169.254.169.253) und schaltet die DNS-Auflösung auf dem Peering ein, um die öffentlichen Namen des Peers in private Adressen aufzulösen</translation>
    </message>
    <message>
        <source>DNS support (dns-support) is off in %1: its Amazon DNS server does not answer; turn it on, or use a resolver of your own</source>
        <translation>die DNS-Unterstützung (dns-support) ist in %1 aus: Ihr Amazon-DNS-Server antwortet nicht; schalten Sie sie ein oder verwenden Sie einen eigenen Resolver</translation>
    </message>
    <message>
        <source>%1 answers %2 only; nothing listens for %3 at %4</source>
        <translation>%1 antwortet nur auf %2; für %3 hört an %4 nichts</translation>
    </message>
    <message>
        <source>%1 is a service of the VPC (DNS, instance metadata, Time Sync or DHCP): it answers and starts nothing; make it the flow&apos;s destination</source>
        <translation>%1 ist ein Dienst der VPC (DNS, Instance-Metadaten, Time Sync oder DHCP): Er antwortet und beginnt nichts; machen Sie ihn zum Ziel des Flusses</translation>
    </message>
    <message>
        <source>the policy of %1 denies the request (%2: an explicit deny wins over every allow)</source>
        <translation>die Richtlinie von %1 verweigert die Anfrage (%2: eine ausdrückliche Verweigerung hat Vorrang vor jeder Erlaubnis)</translation>
    </message>
    <message>
        <source>the policy of %1 allows no statement for this request: what a policy does not allow, it denies</source>
        <translation>in der Richtlinie von %1 erlaubt keine Anweisung diese Anfrage: Was eine Richtlinie nicht erlaubt, verweigert sie</translation>
    </message>
    <message>
        <source> (the route to %1 -&gt; %2 was not evaluated: the blocks of a prefix list named by id are not known; name an AWS-managed list as service:s3 or service:dynamodb)</source>
        <translation> (die Route zu %1 -&gt; %2 wurde nicht ausgewertet: die Blöcke einer per ID genannten Präfixliste sind unbekannt; nennen Sie eine von AWS verwaltete Liste als service:s3 oder service:dynamodb)</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3 or %4, the two ends of %5: peering is not transitive; peer with %2 directly or use a transit gateway</source>
        <translation>%1 liegt in %2, nicht in %3 oder %4, den beiden Enden von %5: Peering ist nicht transitiv; verbinden Sie sich direkt mit %2 oder nutzen Sie ein Transit-Gateway</translation>
    </message>
    <message>
        <source>%1 is outside %2 and %3, the two ends of %4: a peering carries nothing to the internet or other networks through %3&apos;s internet gateway or NAT gateway (no edge-to-edge routing); give %2 gateways of its own, or share egress through a transit gateway</source>
        <translation>%1 liegt außerhalb von %2 und %3, den beiden Enden von %4: ein Peering trägt nichts über das Internet-Gateway oder NAT-Gateway von %3 ins Internet oder in andere Netze (kein Edge-to-Edge-Routing); geben Sie %2 eigene Gateways oder teilen Sie den Ausgang über ein Transit-Gateway</translation>
    </message>
    <message>
        <source>%1 is not in %2 or %3, the two ends of %4: peering is neither transitive nor edge-to-edge</source>
        <translation>%1 liegt nicht in %2 oder %3, den beiden Enden von %4: Peering ist weder transitiv noch Edge-to-Edge</translation>
    </message>
    <message>
        <source>an interface endpoint carries TCP only; this is %1</source>
        <translation>ein Schnittstellen-Endpunkt trägt nur TCP; dies ist %1</translation>
    </message>
    <message>
        <source>the bucket policy of %1 denies the request (%2: an explicit deny wins over every allow)</source>
        <translation>die Bucket-Richtlinie von %1 verweigert die Anfrage (%2: ein ausdrückliches Deny gewinnt gegen jedes Allow)</translation>
    </message>
    <message>
        <source>%1 belongs to account %2; a principal of another account needs a statement of the bucket policy that allows it (and its own IAM policy)</source>
        <translation>%1 gehört zum Konto %2; ein Prinzipal eines anderen Kontos braucht eine Anweisung der Bucket-Richtlinie, die ihn zulässt (und seine eigene IAM-Richtlinie)</translation>
    </message>
    <message>
        <source>the bucket policy of %1 allows the request (%2)</source>
        <translation>die Bucket-Richtlinie von %1 erlaubt die Anfrage (%2)</translation>
    </message>
    <message>
        <source>%1 takes the request: it has no bucket policy, and its own account&apos;s IAM policies are taken to allow it</source>
        <translation>%1 nimmt die Anfrage an: er hat keine Bucket-Richtlinie, und die IAM-Richtlinien des eigenen Kontos gelten als erlaubend</translation>
    </message>
    <message>
        <source>%1 takes the request: no statement of its policy denies it, and its own account&apos;s IAM policies are taken to allow it</source>
        <translation>%1 nimmt die Anfrage an: keine Anweisung seiner Richtlinie verweigert sie, und die IAM-Richtlinien des eigenen Kontos gelten als erlaubend</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no bucket of the design</source>
        <translation>„%1“ nennt keinen Bucket des Entwurfs</translation>
    </message>
    <message>
        <source>%1 is an S3 bucket, but the flow goes to %2; a flow that names a bucket goes to service:s3</source>
        <translation>%1 ist ein S3-Bucket, aber der Datenfluss geht zu %2; ein Datenfluss, der einen Bucket nennt, geht zu service:s3</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <source>The traffic scenario to run</source>
        <translation>Das auszuführende Verkehrsszenario</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Szenario entfernen</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Fluss hinzufügen</translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation>Fluss entfernen</translation>
    </message>
    <message>
        <source>Source from selection</source>
        <translation>Quelle aus Auswahl</translation>
    </message>
    <message>
        <source>Destination from selection</source>
        <translation>Ziel aus Auswahl</translation>
    </message>
    <message>
        <source>Make the object selected on the canvas the source of the current flow</source>
        <translation>Das auf der Zeichenfläche ausgewählte Objekt zur Quelle des aktuellen Flusses machen</translation>
    </message>
    <message>
        <source>Make the object selected on the canvas the destination of the current flow</source>
        <translation>Das auf der Zeichenfläche ausgewählte Objekt zum Ziel des aktuellen Flusses machen</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Scenario seconds per second</source>
        <translation>Szenario-Sekunden pro Sekunde</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>Flow-Logs</translation>
    </message>
    <message>
        <source>Select a flow, and one instance, NAT gateway or interface endpoint on the canvas</source>
        <translation>Wählen Sie einen Fluss und auf der Zeichenfläche eine Instance, ein NAT-Gateway oder einen Schnittstellen-Endpunkt aus</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passiert</translation>
    </message>
    <message>
        <source>The %1, hop %2 of %3, at %4 s: %5</source>
        <translation>Die %1, Hop %2 von %3, bei %4 s: %5</translation>
    </message>
    <message>
        <source>this packet is delivered</source>
        <translation>dieses Paket wird zugestellt</translation>
    </message>
    <message>
        <source>this packet is dropped</source>
        <translation>dieses Paket wird verworfen</translation>
    </message>
    <message>
        <source>Every setting that blocks it:</source>
        <translation>Jede Einstellung, die es blockiert:</translation>
    </message>
    <message>
        <source>The whole way:</source>
        <translation>Der ganze Weg:</translation>
    </message>
    <message>
        <source>%1 s of %2 s, %3 UTC</source>
        <translation>%1 s von %2 s, %3 UTC</translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>kein Szenario</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The event before (Alt+Left)</source>
        <translation>Das vorherige Ereignis (Alt+Left)</translation>
    </message>
    <message>
        <source>The next event (Alt+Right)</source>
        <translation>Das nächste Ereignis (Alt+Right)</translation>
    </message>
    <message>
        <source>Play or pause the scenario (F5)</source>
        <translation>Szenario abspielen oder anhalten (F5)</translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Fluss hinzufügen</translation>
    </message>
</context>
<context>
    <name>SimulationPlayer</name>
    <message>
        <source>No flow-log records: %1</source>
        <translation>Keine Flow-Log-Datensätze: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>accepted packets</source>
        <translation>akzeptierte Pakete</translation>
    </message>
    <message>
        <source>rejected packets</source>
        <translation>abgelehnte Pakete</translation>
    </message>
    <message>
        <source>capture time (UTC)</source>
        <translation>Erfassungszeit (UTC)</translation>
    </message>
    <message>
        <source>packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>accepted bytes</source>
        <translation>akzeptierte Bytes</translation>
    </message>
    <message>
        <source>rejected bytes</source>
        <translation>abgelehnte Bytes</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>time since the first record</source>
        <translation>Zeit seit dem ersten Datensatz</translation>
    </message>
    <message>
        <source>capture time (local)</source>
        <translation>Erfassungszeit (lokal)</translation>
    </message>
</context>
<context>
    <name>TrafficOverlay</name>
    <message>
        <source>%1: stopped by %2 (%3)</source>
        <translation>%1: aufgehalten von %2 (%3)</translation>
    </message>
    <message>
        <source>%1: stopped by %2</source>
        <translation>%1: aufgehalten von %2</translation>
    </message>
</context>
<context>
    <name>YamlTree</name>
    <message>
        <source>the file is empty; a design starts with &apos;vpc-designer: 1&apos;</source>
        <translation>die Datei ist leer; ein Entwurf beginnt mit „vpc-designer: 1“</translation>
    </message>
    <message>
        <source>only the first YAML document is read; the rest of the file is ignored</source>
        <translation>nur das erste YAML-Dokument wird gelesen; der Rest der Datei wird ignoriert</translation>
    </message>
    <message>
        <source>the YAML is nested more than %1 levels deep; a design needs fewer than ten (is this really a design file?)</source>
        <translation>das YAML ist tiefer als %1 Ebenen verschachtelt; ein Entwurf braucht weniger als zehn (ist das wirklich eine Entwurfsdatei?)</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VPC Designer: design AWS VPC networks that check themselves.

</source>
        <translation>VPC Designer: AWS-VPC-Netzwerke entwerfen, die sich selbst prüfen.

</translation>
    </message>
    <message>
        <source>
&apos;vpc-designer SUBCOMMAND --help&apos; tells more.</source>
        <translation>
„vpc-designer SUBCOMMAND --help“ zeigt mehr.</translation>
    </message>
    <message>
        <source>the design to open; none: the bundled example</source>
        <translation>der zu öffnende Entwurf; ohne Angabe: das mitgelieferte Beispiel</translation>
    </message>
    <message>
        <source>open, draw, save a picture of the window to PNG, quit</source>
        <translation>öffnen, zeichnen, ein Bild des Fensters als PNG speichern, beenden</translation>
    </message>
    <message>
        <source>select these objects (comma-separated ids) on opening</source>
        <translation>diese Objekte beim Öffnen auswählen (durch Kommas getrennte IDs)</translation>
    </message>
    <message>
        <source>the window&apos;s size, such as 1600x1000</source>
        <translation>die Fenstergröße, etwa 1600x1000</translation>
    </message>
    <message>
        <source>show the simulation panel on this scenario</source>
        <translation>den Simulationsbereich mit diesem Szenario anzeigen</translation>
    </message>
    <message>
        <source>with --simulate: the playback time in seconds</source>
        <translation>mit --simulate: die Wiedergabezeit in Sekunden</translation>
    </message>
    <message>
        <source>with --simulate: the panel&apos;s page (events, timeline, logs)</source>
        <translation>mit --simulate: die Seite des Bereichs (events, timeline, logs)</translation>
    </message>
    <message>
        <source>the colours for this run: system, light or dark</source>
        <translation>die Farben für diesen Lauf: system, light oder dark</translation>
    </message>
    <message>
        <source>open a bundled lesson or challenge (vpc-designer lessons)</source>
        <translation>eine mitgelieferte Lektion oder Aufgabe öffnen (vpc-designer lessons)</translation>
    </message>
    <message>
        <source>with --lesson: the step to show (from 1)</source>
        <translation>mit --lesson: der zu zeigende Schritt (ab 1)</translation>
    </message>
    <message>
        <source>with --lesson: grade the design at once (Check My Design)</source>
        <translation>mit --lesson: den Entwurf sofort bewerten (Meinen Entwurf prüfen)</translation>
    </message>
</context>
</TS>
