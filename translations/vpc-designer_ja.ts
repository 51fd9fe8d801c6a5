<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>復旧用コピーを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The recovery folder %1 cannot be made</source>
        <translation>復旧用フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>The recovery lock %1 cannot be taken</source>
        <translation>復旧用ロック %1 を取得できません</translation>
    </message>
</context>
<context>
    <name>CanvasItems</name>
    <message>
        <source>public</source>
        <translation>パブリック</translation>
    </message>
    <message>
        <source>private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>auto address</source>
        <translation>自動アドレス</translation>
    </message>
    <message>
        <source>public NAT</source>
        <translation>パブリック NAT</translation>
    </message>
    <message>
        <source>private NAT</source>
        <translation>プライベート NAT</translation>
    </message>
    <message>
        <source>internet gateway</source>
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>egress-only</source>
        <translation>Egress-Only</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (メイン)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (デフォルト)</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>not something the canvas can add</source>
        <translation>キャンバスに追加できるものではありません</translation>
    </message>
    <message>
        <source>Drop to open the design</source>
        <translation>ドロップして設計を開く</translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <source>Drop to add %1 to %2</source>
        <translation>ドロップして %1 を %2 に追加</translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation>ここにはドロップできません: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>追加されませんでした: %1</translation>
    </message>
    <message>
        <source>there is no place for it</source>
        <translation>配置する場所がありません</translation>
    </message>
    <message>
        <source>Drop on another VPC to peer it with %1</source>
        <translation>別の VPC 上にドロップすると %1 とピアリングします</translation>
    </message>
    <message>
        <source>Release to peer %1 with %2</source>
        <translation>離すと %1 と %2 をピアリングします</translation>
    </message>
    <message>
        <source>No peering: drop the link on another VPC</source>
        <translation>ピアリングしません: リンクを別の VPC 上にドロップしてください</translation>
    </message>
    <message>
        <source>Peered %1 with %2 through %3</source>
        <translation>%3 を介して %1 と %2 をピアリングしました</translation>
    </message>
</context>
<context>
    <name>CfnExport</name>
    <message>
        <source>%1: its IPv6 block is not a /64 of its VPC&apos;s first IPv6 block; the template leaves it out</source>
        <translation>%1: IPv6 ブロックが VPC の最初の IPv6 ブロックの /64 ではないため、テンプレートには含めません</translation>
    </message>
    <message>
        <source>%1: the route to %2 names %3, which is nothing a route can target; the template leaves it out</source>
        <translation>%1: %2 へのルートは %3 を指定していますが、これはルートのターゲットにできるものではないため、テンプレートには含めません</translation>
    </message>
</context>
<context>
    <name>CfnImport</name>
    <message>
        <source>its id is taken, or its container is missing; left out</source>
        <translation>ID がすでに使用されているか、格納先がないため、除外しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no block: %2</source>
        <translation>「%1」はブロックではありません: %2</translation>
    </message>
    <message>
        <source>its VPC %1 is not in the files; left out</source>
        <translation>VPC %1 がファイル内にないため、除外しました</translation>
    </message>
    <message>
        <source>not AWS CLI output: its top is no object</source>
        <translation>AWS CLI の出力ではありません: 最上位がオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 is not describe output the designer reads; left out</source>
        <translation>%1 はデザイナーが読み取る describe の出力ではないため、除外しました</translation>
    </message>
    <message>
        <source>IpProtocol &apos;%1&apos; is no protocol; the rule is left out</source>
        <translation>IpProtocol「%1」はプロトコルではないため、ルールを除外しました</translation>
    </message>
    <message>
        <source>attached to no VPC; left out</source>
        <translation>どの VPC にもアタッチされていないため、除外しました</translation>
    </message>
    <message>
        <source>the route to %1 goes through %2, which the designer does not model; left out</source>
        <translation>%1 へのルートはデザイナーがモデル化しない %2 を経由するため、除外しました</translation>
    </message>
    <message>
        <source>its subnet %1 is not in the files; left out</source>
        <translation>サブネット %1 がファイル内にないため、除外しました</translation>
    </message>
    <message>
        <source>a %1 endpoint is not something the designer models; left out</source>
        <translation>%1 エンドポイントはデザイナーがモデル化する対象ではないため、除外しました</translation>
    </message>
    <message>
        <source>its policy is no JSON document: %1</source>
        <translation>ポリシーが JSON ドキュメントではありません: %1</translation>
    </message>
    <message>
        <source>a peering connection needs both VPCs; left out</source>
        <translation>ピアリング接続には両方の VPC が必要なため、除外しました</translation>
    </message>
    <message>
        <source>it logs %1, which is not in the files; left out</source>
        <translation>ログの対象 %1 がファイル内にないため、除外しました</translation>
    </message>
    <message>
        <source>its id %1 is taken, or %2 cannot hold it; left out</source>
        <translation>ID %1 がすでに使用されているか、%2 に含めることができないため、除外しました</translation>
    </message>
    <message>
        <source>its %1 names %2, which is no VPC of the templates; left out</source>
        <translation>%1 で指定されている %2 はテンプレートの VPC ではないため、除外しました</translation>
    </message>
    <message>
        <source>its %1 &apos;%2&apos; is no block: %3</source>
        <translation>%1「%2」はブロックではありません: %3</translation>
    </message>
    <message>
        <source>Fn::GetAtt names %1, which is no resource</source>
        <translation>Fn::GetAtt で指定されている %1 はリソースではありません</translation>
    </message>
    <message>
        <source>Fn::GetAtt %1.%2 is not an attribute the import knows</source>
        <translation>Fn::GetAtt %1.%2 はインポートが認識する属性ではありません</translation>
    </message>
    <message>
        <source>not a CloudFormation template: no Resources</source>
        <translation>CloudFormation テンプレートではありません: Resources がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an id (1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;); left out</source>
        <translation>「%1」は ID にできないため (英字、数字、「-」、「_」、「.」で 1～64 文字)、除外しました</translation>
    </message>
    <message>
        <source>%1 is not something the designer models; left out</source>
        <translation>%1 はデザイナーがモデル化する対象ではないため、除外しました</translation>
    </message>
    <message>
        <source>a block from an IPAM pool is AWS&apos;s choice; give CidrBlock</source>
        <translation>IPAM プールからのブロックは AWS が選択します。CidrBlock を指定してください</translation>
    </message>
    <message>
        <source>a VPC needs an IPv4 block; left out</source>
        <translation>VPC には IPv4 ブロックが必要なため、除外しました</translation>
    </message>
    <message>
        <source>AWS picks an Amazon-provided IPv6 block; the design takes %1</source>
        <translation>Amazon 提供の IPv6 ブロックは AWS が選択します。設計では %1 を使用します</translation>
    </message>
    <message>
        <source>a virtual private gateway is not something the designer models; left out</source>
        <translation>仮想プライベートゲートウェイはデザイナーがモデル化する対象ではないため、除外しました</translation>
    </message>
    <message>
        <source>its GroupId names %1, which is no security group of the templates; left out</source>
        <translation>GroupId で指定されている %1 はテンプレートのセキュリティグループではないため、除外しました</translation>
    </message>
    <message>
        <source>its SubnetId names %1, which is no subnet; left out</source>
        <translation>SubnetId で指定されている %1 はサブネットではないため、除外しました</translation>
    </message>
    <message>
        <source>AWS picks the elastic IP&apos;s address; %1 has a public address the design does not know</source>
        <translation>Elastic IP アドレスは AWS が選択します。%1 には設計では不明なパブリックアドレスが割り当てられます</translation>
    </message>
    <message>
        <source>a peering connection needs VpcId and PeerVpcId; left out</source>
        <translation>ピアリング接続には VpcId と PeerVpcId が必要なため、除外しました</translation>
    </message>
    <message>
        <source>its NetworkAclId names %1, which is no network ACL; left out</source>
        <translation>NetworkAclId で指定されている %1 はネットワーク ACL ではないため、除外しました</translation>
    </message>
    <message>
        <source>it joins %1 and %2, which are not both in the templates; left out</source>
        <translation>接続先の %1 と %2 の両方がテンプレート内にあるわけではないため、除外しました</translation>
    </message>
    <message>
        <source>a network interface no instance uses is not something the designer models; left out</source>
        <translation>どのインスタンスも使用していないネットワークインターフェイスはデザイナーがモデル化する対象ではないため、除外しました</translation>
    </message>
    <message>
        <source>no AvailabilityZone: AWS picks one; the design takes %1</source>
        <translation>AvailabilityZone がありません: AWS が選択します。設計では %1 を使用します</translation>
    </message>
    <message>
        <source>its RouteTableId names %1, which is no route table; left out</source>
        <translation>RouteTableId で指定されている %1 はルートテーブルではないため、除外しました</translation>
    </message>
    <message>
        <source>a route to a %1 is not something the designer models; left out</source>
        <translation>%1 へのルートはデザイナーがモデル化する対象ではないため、除外しました</translation>
    </message>
    <message>
        <source>the route has no target; left out</source>
        <translation>ルートにターゲットがないため、除外しました</translation>
    </message>
    <message>
        <source>it names no subnet of the templates; left out</source>
        <translation>テンプレートのサブネットを指定していないため、除外しました</translation>
    </message>
    <message>
        <source>its ResourceId names %1, which is nothing in the templates; left out</source>
        <translation>ResourceId で指定されている %1 はテンプレート内に存在しないため、除外しました</translation>
    </message>
    <message>
        <source>not a CloudFormation template: its top is no mapping</source>
        <translation>CloudFormation テンプレートではありません: 最上位がマッピングではありません</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>%1 レベルを超えて入れ子になっています</translation>
    </message>
    <message>
        <source>condition %1 depends on itself</source>
        <translation>条件 %1 が自身に依存しています</translation>
    </message>
    <message>
        <source>condition %1 is not defined; taken as false</source>
        <translation>条件 %1 が定義されていません。false とみなします</translation>
    </message>
    <message>
        <source>intrinsic functions nested too deeply</source>
        <translation>組み込み関数の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>Ref %1 names no parameter with a value and no resource</source>
        <translation>Ref %1 は、値を持つパラメータもリソースも指定していません</translation>
    </message>
    <message>
        <source>Fn::GetAtt takes a resource and an attribute</source>
        <translation>Fn::GetAtt にはリソースと属性を指定します</translation>
    </message>
    <message>
        <source>Fn::Join takes a delimiter and a list</source>
        <translation>Fn::Join には区切り文字とリストを指定します</translation>
    </message>
    <message>
        <source>Fn::Select: index out of the list</source>
        <translation>Fn::Select: インデックスがリストの範囲外です</translation>
    </message>
    <message>
        <source>Fn::Split takes a delimiter and a string</source>
        <translation>Fn::Split には区切り文字と文字列を指定します</translation>
    </message>
    <message>
        <source>Fn::Cidr takes a block, a count from 1 to 256 and host bits that fit</source>
        <translation>Fn::Cidr には、ブロック、1～256 の個数、収まるホストビット数を指定します</translation>
    </message>
    <message>
        <source>Fn::If takes a condition and two values</source>
        <translation>Fn::If には条件と 2 つの値を指定します</translation>
    </message>
    <message>
        <source>Fn::FindInMap: no such entry in the mappings</source>
        <translation>Fn::FindInMap: マッピングに該当するエントリがありません</translation>
    </message>
    <message>
        <source>Fn::ImportValue %1: another stack&apos;s output, which the import cannot see</source>
        <translation>Fn::ImportValue %1: 別のスタックの出力であり、インポートからは参照できません</translation>
    </message>
    <message>
        <source>%1 is not an intrinsic function the import knows</source>
        <translation>%1 はインポートが認識する組み込み関数ではありません</translation>
    </message>
    <message>
        <source>the import gives a design that cannot be saved: %1</source>
        <translation>インポートの結果が保存できない設計になります: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>%1 MB を超えています</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>neither a CloudFormation template (no Resources) nor AWS CLI describe output (no Vpcs, Subnets, RouteTables...)</source>
        <translation>CloudFormation テンプレート (Resources がありません) でも AWS CLI の describe の出力 (Vpcs、Subnets、RouteTables... がありません) でもありません</translation>
    </message>
    <message>
        <source>no template and no AWS CLI output to import</source>
        <translation>インポートするテンプレートも AWS CLI の出力もありません</translation>
    </message>
    <message>
        <source>give CloudFormation templates or AWS CLI describe output, not both</source>
        <translation>CloudFormation テンプレートか AWS CLI の describe の出力のどちらかを指定してください (両方は指定できません)</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>a CIDR block needs a prefix length, such as /16</source>
        <translation>CIDR ブロックには /16 のようなプレフィックス長が必要です</translation>
    </message>
    <message>
        <source>the prefix length of an IPv4 block is 0 to 32</source>
        <translation>IPv4 ブロックのプレフィックス長は 0～32 です</translation>
    </message>
    <message>
        <source>the prefix length of an IPv6 block is 0 to 128</source>
        <translation>IPv6 ブロックのプレフィックス長は 0～128 です</translation>
    </message>
    <message>
        <source>too long to be a CIDR block</source>
        <translation>CIDR ブロックとしては長すぎます</translation>
    </message>
</context>
<context>
    <name>CidrRules</name>
    <message>
        <source>rule %1</source>
        <translation>ルール %1</translation>
    </message>
    <message>
        <source>%1 has %2 in %3: its host bits are set, and AWS stores it as %4. Write %4 so the design says what AWS will do.</source>
        <translation>%1 の %3 に %2 があります: ホストビットが設定されているため、AWS はこれを %4 として保存します。設計が AWS の実際の動作を表すように %4 と記述してください。</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is a /%3; an IPv4 VPC block is /16 (65,536 addresses) to /28 (16). Choose a block in that range.</source>
        <translation>%1 のブロック %2 は /%3 です。IPv4 の VPC ブロックは /16 (65,536 アドレス) から /28 (16 アドレス) までです。この範囲のブロックを選択してください。</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 lies in 169.254.0.0/16, the link-local range AWS keeps for the instance metadata service and DNS; AWS refuses it. Use a private range such as 10.0.0.0/8.</source>
        <translation>%1 のブロック %2 は 169.254.0.0/16 内にあります。これは AWS がインスタンスメタデータサービスと DNS のために確保しているリンクローカル範囲であり、AWS はこのブロックを拒否します。10.0.0.0/8 などのプライベート範囲を使用してください。</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 overlaps 172.17.0.0/16, the default Docker bridge network that some AWS services (SageMaker, Cloud9) use; they will not reach those addresses. Prefer another range.</source>
        <translation>%1 のブロック %2 は、一部の AWS サービス (SageMaker、Cloud9) が使用する Docker のデフォルトブリッジネットワーク 172.17.0.0/16 と重複しています。これらのサービスはそのアドレスに到達できません。別の範囲を使用することをお勧めします。</translation>
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
        <translation>%1 には IPv4 ブロックが %2 個あります。デフォルトのクォータは VPC あたり 5 個です (50 個まで引き上げ可能)。デプロイ前に引き上げをリクエストしてください。</translation>
    </message>
    <message>
        <source>%1&apos;s primary block %2 is in %3, but its block %4 is in %5; AWS refuses a secondary block from a different RFC 1918 range. Take it from %3, or from 100.64.0.0/10 or a public range.</source>
        <translation>%1 のプライマリブロック %2 は %3 内にありますが、ブロック %4 は %5 内にあります。AWS は異なる RFC 1918 範囲のセカンダリブロックを拒否します。%3、100.64.0.0/10、またはパブリック範囲から取得してください。</translation>
    </message>
    <message>
        <source>%1&apos;s blocks %2 and %3 overlap; AWS refuses a block that overlaps one the VPC already has. Remove one or make them disjoint.</source>
        <translation>%1 のブロック %2 と %3 が重複しています。AWS は VPC の既存のブロックと重複するブロックを拒否します。どちらかを削除するか、重複しないようにしてください。</translation>
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
        <translation>ルートの送信先</translation>
    </message>
    <message>
        <source>an ingress rule</source>
        <translation>インバウンドルール</translation>
    </message>
    <message>
        <source>an egress rule</source>
        <translation>アウトバウンドルール</translation>
    </message>
    <message>
        <source>a block from 198.19.0.0/16 is refused in every VPC whose primary block is not in that range</source>
        <translation>198.19.0.0/16 のブロックは、プライマリブロックがその範囲内にないすべての VPC で拒否されます</translation>
    </message>
    <message>
        <source>a VPC whose primary block is in 172.16.0.0/12 cannot add a block from 172.31.0.0/16</source>
        <translation>プライマリブロックが 172.16.0.0/12 内にある VPC には、172.31.0.0/16 のブロックを追加できません</translation>
    </message>
    <message>
        <source>a VPC whose primary block is public, in 100.64.0.0/10 or in 198.19.0.0/16 cannot add a block from an RFC 1918 range</source>
        <translation>プライマリブロックがパブリック、100.64.0.0/10 内、または 198.19.0.0/16 内にある VPC には、RFC 1918 範囲のブロックを追加できません</translation>
    </message>
    <message>
        <source>once a VPC has a block from 10.0.0.0/15 (here %1), it cannot add one from 10.0.0.0/16</source>
        <translation>VPC に 10.0.0.0/15 のブロック (ここでは %1) があると、10.0.0.0/16 のブロックは追加できません</translation>
    </message>
    <message>
        <source>%1 cannot add %2 to its primary block %3: %4 (AWS&apos;s association restrictions). Take the block from a range the table permits, such as another part of the primary&apos;s range, 100.64.0.0/10 or a public range.</source>
        <translation>%1 はプライマリブロック %3 に %2 を追加できません: %4 (AWS の関連付けの制限)。プライマリの範囲の別の部分、100.64.0.0/10、パブリック範囲など、表で許可されている範囲からブロックを取得してください。</translation>
    </message>
    <message>
        <source>%1&apos;s cidr %2 is IPv6; a subnet&apos;s cidr is its IPv4 block (put IPv6 in ipv6-cidr).</source>
        <translation>%1 の cidr %2 は IPv6 です。サブネットの cidr はその IPv4 ブロックです (IPv6 は ipv6-cidr に記述してください)。</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is a /%3; an IPv4 subnet is /16 to /28. Choose a size in that range.</source>
        <translation>%1 のブロック %2 は /%3 です。IPv4 サブネットは /16 から /28 までです。この範囲のサイズを選択してください。</translation>
    </message>
    <message>
        <source>%1&apos;s block %2 is not inside any block of %3 (%4); AWS creates subnets only from their VPC&apos;s blocks. Pick a free block such as one inside %5.</source>
        <translation>%1 のブロック %2 は %3 のどのブロック (%4) にも含まれていません。AWS はサブネットをその VPC のブロックからのみ作成します。%5 内などの空いているブロックを選択してください。</translation>
    </message>
    <message>
        <source>%1&apos;s IPv6 block %2 is not a /64; AWS gives every subnet exactly a /64 of its VPC&apos;s /56.</source>
        <translation>%1 の IPv6 ブロック %2 は /64 ではありません。AWS は各サブネットに VPC の /56 からちょうど /64 を割り当てます。</translation>
    </message>
    <message>
        <source>%1 has the IPv6 block %2, but %3 has no IPv6 block; add one to the VPC first.</source>
        <translation>%1 には IPv6 ブロック %2 がありますが、%3 には IPv6 ブロックがありません。先に VPC に追加してください。</translation>
    </message>
    <message>
        <source>%1&apos;s IPv6 block %2 is not inside %3&apos;s IPv6 block %4.</source>
        <translation>%1 の IPv6 ブロック %2 は %3 の IPv6 ブロック %4 に含まれていません。</translation>
    </message>
    <message>
        <source>%1 is in AZ %2, which is not an AZ of %3&apos;s region %4; a subnet lives in one AZ of its VPC&apos;s region, such as %4a.</source>
        <translation>%1 は AZ %2 にありますが、これは %3 のリージョン %4 の AZ ではありません。サブネットは VPC のリージョン内の 1 つの AZ (%4a など) に配置されます。</translation>
    </message>
    <message>
        <source>%1 (%2) overlaps %3 (%4) in %5; subnets of a VPC must not share addresses. Move %1 to a free block.</source>
        <translation>%1 (%2) が %5 内の %3 (%4) と重複しています。VPC のサブネット同士でアドレスを共有することはできません。%1 を空いているブロックに移動してください。</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is outside its subnet %3 (%4); AWS gives an interface an address of its own subnet. Use one from %5 to %6.</source>
        <translation>%1 のアドレス %2 はそのサブネット %3 (%4) の範囲外です。AWS はネットワークインターフェイスに自身のサブネットのアドレスを割り当てます。%5 から %6 までのアドレスを使用してください。</translation>
    </message>
    <message>
        <source>%1 has the IPv6 address %2, but its subnet %3 has no IPv6 block.</source>
        <translation>%1 には IPv6 アドレス %2 がありますが、そのサブネット %3 には IPv6 ブロックがありません。</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is one of the five addresses AWS reserves in %3 (%4: the network address, the VPC router, DNS, one for future use, and the last); the first one an instance can have is %5.</source>
        <translation>%1 のアドレス %2 は、AWS が %3 で予約している 5 つのアドレス (%4: ネットワークアドレス、VPC ルーター、DNS、将来の使用のための予約、最後のアドレス) の 1 つです。インスタンスに割り当てられる最初のアドレスは %5 です。</translation>
    </message>
    <message>
        <source>%1 and %2 both have the address %3; an address belongs to one interface. Give %1 another address of %4.</source>
        <translation>%1 と %2 の両方がアドレス %3 を持っています。アドレスは 1 つのネットワークインターフェイスに属します。%1 には %4 の別のアドレスを割り当ててください。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check a design against every validation rule</source>
        <translation>設計をすべての検証ルールでチェック</translation>
    </message>
    <message>
        <source>replay a traffic scenario hop by hop; write its flow logs</source>
        <translation>トラフィックシナリオをホップごとにリプレイし、そのフローログを書き出し</translation>
    </message>
    <message>
        <source>lay real flow-log files onto the design and explain each REJECT</source>
        <translation>実際のフローログファイルを設計に重ね合わせ、各 REJECT を説明</translation>
    </message>
    <message>
        <source>list the validation rules</source>
        <translation>検証ルールを一覧表示</translation>
    </message>
    <message>
        <source>list the bundled lessons and challenges</source>
        <translation>同梱のレッスンとチャレンジを一覧表示</translation>
    </message>
    <message>
        <source>grade learners&apos; design files against a challenge</source>
        <translation>学習者の設計ファイルをチャレンジに照らして採点</translation>
    </message>
    <message>
        <source>prove the design&apos;s intents over every packet</source>
        <translation>設計のインテントをすべてのパケットについて証明</translation>
    </message>
    <message>
        <source>the reachability matrix: exact protocols and ports between spaces</source>
        <translation>到達可能性マトリックス: 空間どうしの正確なプロトコルとポート</translation>
    </message>
    <message>
        <source>what changed between two designs: objects, reachability, intents</source>
        <translation>2 つの設計間の変更点: オブジェクト、到達可能性、インテント</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (and no such file); &apos;vpc-designer --help&apos; lists the subcommands</source>
        <translation>不明なサブコマンド「%1」です (同名のファイルもありません)。サブコマンドの一覧は「vpc-designer --help」で表示されます</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (and no such file); did you mean &apos;%2&apos;?</source>
        <translation>不明なサブコマンド「%1」です (同名のファイルもありません)。「%2」のことですか?</translation>
    </message>
    <message>
        <source>Subcommands (run without a display):</source>
        <translation>サブコマンド (ディスプレイなしで実行):</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>不明なサブコマンド「%1」</translation>
    </message>
    <message>
        <source>output format: text (default) or json</source>
        <translation>出力形式: text (デフォルト) または json</translation>
    </message>
    <message>
        <source>--format is text or json, not &apos;%1&apos;</source>
        <translation>--format には text または json を指定してください (「%1」は指定できません)</translation>
    </message>
    <message>
        <source>What changed from OLD to NEW: objects added, removed and changed (by id and key), reachability gained and lost between subnets (exact protocols and ports), and intents that newly fail or hold. Exit code 1 when reachability widened towards a subnet that an intent protects (the destination of an intent that expects none) or an intent newly fails, 0 otherwise, 2 when a file cannot be used.</source>
        <translation>OLD から NEW への変更点を示します: 追加・削除・変更されたオブジェクト (ID とキーごと)、サブネット間で得られた到達可能性と失われた到達可能性 (正確なプロトコルとポート)、新たに満たされなくなった、または満たされるようになったインテント。終了コードは、インテントが保護するサブネット (none を期待するインテントの送信先) への到達可能性が広がった場合、またはインテントが新たに満たされなくなった場合は 1、それ以外は 0、ファイルを使用できない場合は 2 です。</translation>
    </message>
    <message>
        <source>the subcommand</source>
        <translation>サブコマンド</translation>
    </message>
    <message>
        <source>the design before</source>
        <translation>変更前の設計</translation>
    </message>
    <message>
        <source>the design after</source>
        <translation>変更後の設計</translation>
    </message>
    <message>
        <source>usage: vpc-designer diff OLD NEW [--format text|json]</source>
        <translation>使い方: vpc-designer diff OLD NEW [--format text|json]</translation>
    </message>
    <message>
        <source>reach + %1 -&gt; %2: %3</source>
        <translation>到達 + %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>reach - %1 -&gt; %2: %3</source>
        <translation>到達 - %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>intent %1: %2 -&gt; %3</source>
        <translation>インテント %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>reachability widened towards what an intent protects</source>
        <translation>インテントが保護する対象への到達可能性が広がりました</translation>
    </message>
    <message>
        <source>the design file (YAML)</source>
        <translation>設計ファイル (YAML)</translation>
    </message>
    <message>
        <source>for PNG: pixels per canvas unit (default 1; 2 for high-DPI)</source>
        <translation>PNG 用: キャンバス単位あたりのピクセル数 (デフォルト 1、高 DPI では 2)</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: a title block above the drawing (the design&apos;s name and description, the date, the file and the version)</source>
        <translation>PNG、SVG、PDF 用: 図の上にタイトルブロック (設計の名前と説明、日付、ファイル、バージョン) を付ける</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: a legend of the symbols the picture uses</source>
        <translation>PNG、SVG、PDF 用: 図で使われている記号の凡例を付ける</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: no background</source>
        <translation>PNG、SVG、PDF 用: 背景なし</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: only the area of these objects (ids, comma-separated)</source>
        <translation>PNG、SVG、PDF 用: これらのオブジェクトの領域のみ (ID、カンマ区切り)</translation>
    </message>
    <message>
        <source>for PDF: A4, A3 or Letter, the picture tiled over as many pages as it needs at its natural size (default: one page the picture&apos;s size)</source>
        <translation>PDF 用: A4、A3、または Letter。図を原寸のまま必要なだけのページに分割して配置 (デフォルト: 図と同じサイズの 1 ページ)</translation>
    </message>
    <message>
        <source>for PNG, SVG and PDF: this scenario&apos;s flows as arrows along their paths (delivered green, answers dashed, dropped red at what stops them)</source>
        <translation>PNG、SVG、PDF 用: このシナリオのフローを経路に沿った矢印で表示 (到達したものは緑、応答は破線、破棄されたものは停止箇所で赤)</translation>
    </message>
    <message>
        <source>--page is A4, A3 or Letter, not &apos;%1&apos;</source>
        <translation>--page には A4、A3、Letter のいずれかを指定してください (「%1」は指定できません)</translation>
    </message>
    <message>
        <source>--page is for PDF output</source>
        <translation>--page は PDF 出力用です</translation>
    </message>
    <message>
        <source>--scale is a number above 0 and at most 16, not &apos;%1&apos;</source>
        <translation>--scale には 0 より大きく 16 以下の数値を指定してください (「%1」は指定できません)</translation>
    </message>
    <message>
        <source>--%1 is for PNG, SVG and PDF output, not %2</source>
        <translation>--%1 は PNG、SVG、PDF 出力用です (%2 には使用できません)</translation>
    </message>
    <message>
        <source>--selection needs at least one id</source>
        <translation>--selection には少なくとも 1 つの ID が必要です</translation>
    </message>
    <message>
        <source>The reachability matrix: for each pair of spaces, the exact protocols and ports that are delivered and answered, proved over every packet. By default every subnet against every subnet of its VPC and of the VPCs peered with it; --from and --to (each may be given more than once) name the rows and columns: internet, a CIDR block, service:NAME, or a VPC, subnet, security group, instance, NAT gateway or endpoint.</source>
        <translation>到達可能性マトリックス: 空間の各ペアについて、到達し応答が返る正確なプロトコルとポートを、すべてのパケットについて証明して示します。デフォルトでは、各サブネットを、その VPC およびピアリングされた VPC のすべてのサブネットと突き合わせます。--from と --to (それぞれ複数回指定可能) で行と列を指定します: internet、CIDR ブロック、service:NAME、または VPC、サブネット、セキュリティグループ、インスタンス、NAT ゲートウェイ、エンドポイント。</translation>
    </message>
    <message>
        <source>the design file</source>
        <translation>設計ファイル</translation>
    </message>
    <message>
        <source>a row: a space</source>
        <translation>行: 空間</translation>
    </message>
    <message>
        <source>a column: a space</source>
        <translation>列: 空間</translation>
    </message>
    <message>
        <source>output format: text (default), json or csv</source>
        <translation>出力形式: text (デフォルト)、json、または csv</translation>
    </message>
    <message>
        <source>usage: vpc-designer reach FILE [--from SPACE] [--to SPACE] [--format text|json|csv]</source>
        <translation>使い方: vpc-designer reach FILE [--from SPACE] [--to SPACE] [--format text|json|csv]</translation>
    </message>
    <message>
        <source>--format is text, json or csv, not &apos;%1&apos;</source>
        <translation>--format には text、json、csv のいずれかを指定してください (「%1」は指定できません)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of spaces</source>
        <translation>
            <numerusform>空間のペア %n 組</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with something open</source>
        <translation>
            <numerusform>通信が開いているもの %n 組</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) of packets evaluated</source>
        <translation>
            <numerusform>評価したパケットクラス %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every validation rule: id, severity and a one-line summary.</source>
        <translation>すべての検証ルールを一覧表示します: ID、重大度、1 行の概要。</translation>
    </message>
    <message>
        <source>usage: vpc-designer rules [--format text|json]</source>
        <translation>使い方: vpc-designer rules [--format text|json]</translation>
    </message>
    <message>
        <source>Evaluates every flow of a traffic scenario through the design, the request and the answer, hop by hop, naming every setting that blocks a packet. Runs without a display.
Exit code 0: every flow delivered; 1: at least one flow dropped; 2: the input could not be used.</source>
        <translation>トラフィックシナリオの各フローを、リクエストと応答の両方についてホップごとに設計上で評価し、パケットをブロックするすべての設定を示します。ディスプレイなしで実行されます。
終了コード 0: すべてのフローが到達、1: 少なくとも 1 つのフローが破棄された、2: 入力を使用できませんでした。</translation>
    </message>
    <message>
        <source>the scenario to run (default: the first)</source>
        <translation>実行するシナリオ (デフォルト: 最初のシナリオ)</translation>
    </message>
    <message>
        <source>also write what the design&apos;s flow logs would record, in AWS&apos;s S3 layout, and athena.sql</source>
        <translation>設計のフローログが記録する内容を AWS の S3 レイアウトで、athena.sql とともに書き出す</translation>
    </message>
    <message>
        <source>usage: vpc-designer simulate FILE [--scenario ID] [--format text|json] [--flow-logs DIR]</source>
        <translation>使い方: vpc-designer simulate FILE [--scenario ID] [--format text|json] [--flow-logs DIR]</translation>
    </message>
    <message>
        <source>%1: no scenario &apos;%2&apos;</source>
        <translation>%1: シナリオ「%2」がありません</translation>
    </message>
    <message>
        <source>%1: the design has no traffic scenario to simulate</source>
        <translation>%1: 設計にシミュレーションするトラフィックシナリオがありません</translation>
    </message>
    <message>
        <source>--flow-logs needs a folder to write to</source>
        <translation>--flow-logs には書き込み先のフォルダーが必要です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: flow log %2: %3; the default format is used</source>
        <translation>%1: フローログ %2: %3。デフォルトの形式を使用します</translation>
    </message>
    <message>
        <source>flow logs: %1 records in %2 files under %3</source>
        <translation>フローログ: %3 以下の %2 個のファイルに %1 件のレコード</translation>
    </message>
    <message>
        <source>Reads real VPC flow-log files (plain or gzip, default or custom fields by their header line), matches each record to the design&apos;s interfaces and addresses, and names for each REJECT the setting of the design that rejects it. With --athena, writes what Athena needs to do the same where logs too big for one machine are. Runs without a display.
Exit code 0: read; 2: the input could not be used.</source>
        <translation>実際の VPC フローログファイル (非圧縮または gzip、ヘッダー行に従ってデフォルトまたはカスタムのフィールド) を読み取り、各レコードを設計のネットワークインターフェイスとアドレスに照合し、各 REJECT について、それを拒否した設計の設定を示します。--athena を指定すると、1 台のマシンでは扱えないほど大きなログがある場所で Athena が同じ処理を行うために必要なものを書き出します。ディスプレイなしで実行されます。
終了コード 0: 読み取り完了、2: 入力を使用できませんでした。</translation>
    </message>
    <message>
        <source>flow-log files</source>
        <translation>フローログファイル</translation>
    </message>
    <message>
        <source>write to DIR the design&apos;s interfaces and the classes of packets it rejects, with the setting that rejects each (CSV for S3), and blame.sql: their tables and the query that names the setting for every REJECT of the flow-log tables of athena.sql</source>
        <translation>設計のネットワークインターフェイスと、設計が拒否するパケットクラスを、それぞれを拒否する設定とともに DIR に書き出す (S3 用の CSV)。あわせて blame.sql (それらのテーブルと、athena.sql のフローログテーブルの各 REJECT について設定を示すクエリ) も書き出す</translation>
    </message>
    <message>
        <source>usage: vpc-designer replay FILE LOG... [--format text|json] [--athena DIR]</source>
        <translation>使い方: vpc-designer replay FILE LOG... [--format text|json] [--athena DIR]</translation>
    </message>
    <message>
        <source>--athena needs a folder</source>
        <translation>--athena にはフォルダーが必要です</translation>
    </message>
    <message>
        <source>%1 classes of packets at %2 interfaces (%3 evaluated), %4 rows of settings that reject; wrote %5</source>
        <translation>%2 個のネットワークインターフェイスで %1 個のパケットクラス (%3 個を評価)、拒否する設定 %4 行。書き込み先: %5</translation>
    </message>
    <message>
        <source>%1 more lines not read</source>
        <translation>読み取られなかった行がさらに %1 行あります</translation>
    </message>
    <message>
        <source>Lists the bundled lessons and challenges: id, topic, title, the facts they cover, and for a challenge its number of goals.</source>
        <translation>同梱のレッスンとチャレンジを一覧表示します: ID、トピック、タイトル、扱う事項、およびチャレンジの場合は目標の数。</translation>
    </message>
    <message>
        <source>usage: vpc-designer lessons [--format text|json]</source>
        <translation>使い方: vpc-designer lessons [--format text|json]</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Grades learners&apos; design files against a challenge (a bundled id or a file): every goal is checked in each file, with what is wrong and where.
Exit code 0: every file passes; 1: some file misses a goal; 2: the input could not be used.</source>
        <translation>学習者の設計ファイルをチャレンジ (同梱の ID またはファイル) に照らして採点します: 各ファイルですべての目標をチェックし、何が誤りでどこにあるかを示します。
終了コード 0: すべてのファイルが合格、1: いずれかのファイルが目標を満たしていない、2: 入力を使用できませんでした。</translation>
    </message>
    <message>
        <source>a bundled challenge&apos;s id, or its file</source>
        <translation>同梱のチャレンジの ID、またはそのファイル</translation>
    </message>
    <message>
        <source>the learners&apos; design files</source>
        <translation>学習者の設計ファイル</translation>
    </message>
    <message>
        <source>usage: vpc-designer grade CHALLENGE FILE... [--format text|json]</source>
        <translation>使い方: vpc-designer grade CHALLENGE FILE... [--format text|json]</translation>
    </message>
    <message>
        <source>%1 is a lesson without goals: there is nothing to grade</source>
        <translation>%1 は目標のないレッスンです: 採点するものがありません</translation>
    </message>
    <message>
        <source>%1: not graded: %2
</source>
        <translation>%1: 採点されませんでした: %2
</translation>
    </message>
    <message>
        <source>%1: %2 of %3 goals, %4%
</source>
        <translation>%1: 目標 %3 個中 %2 個、%4%
</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>情報 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a design against every validation rule (see &apos;vpc-designer rules&apos;). Runs without a display.
Exit code 0: no error finding; 1: at least one error finding; 2: the file could not be used.</source>
        <translation>設計をすべての検証ルールでチェックします (「vpc-designer rules」を参照)。ディスプレイなしで実行されます。
終了コード 0: エラーの検出結果なし、1: エラーの検出結果が 1 つ以上、2: ファイルを使用できませんでした。</translation>
    </message>
    <message>
        <source>usage: vpc-designer validate FILE [--format text|json]</source>
        <translation>使い方: vpc-designer validate FILE [--format text|json]</translation>
    </message>
    <message>
        <source>Proves every intent of a design (its intents: section) over every packet of its spaces: every address, protocol and port. Each violated intent comes with one packet that breaks it (the witness) and its path hop by hop. Exit code 0 when all hold, 1 when one is violated or invalid, 2 when the file cannot be used.</source>
        <translation>設計のすべてのインテント (intents: セクション) を、その空間のすべてのパケット (すべてのアドレス、プロトコル、ポート) について証明します。違反している各インテントには、それを破る 1 つのパケット (例示パケット) とそのホップごとの経路が示されます。終了コードは、すべて成立する場合は 0、違反または無効なものがある場合は 1、ファイルを使用できない場合は 2 です。</translation>
    </message>
    <message>
        <source>usage: vpc-designer verify FILE [--format text|json]</source>
        <translation>使い方: vpc-designer verify FILE [--format text|json]</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>インテント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holding, %2 violated, %3 invalid</source>
        <translation>成立 %1、違反 %2、無効 %3</translation>
    </message>
    <message>
        <source>write the design as canonical YAML, or draw it as PNG, SVG or PDF</source>
        <translation>設計を正規形の YAML で書き出すか、PNG、SVG、PDF で描画</translation>
    </message>
    <message>
        <source>read CloudFormation templates into a design</source>
        <translation>CloudFormation テンプレートを設計に読み込み</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s): %1</source>
        <translation>
            <numerusform>テンプレート %n 件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a design to OUT: .yaml as the designer saves it (canonical order and formatting); .cfn.yaml or .cfn.json as a CloudFormation template that creates it (one per account and region, OUT-ACCOUNT-REGION.cfn.yaml when there are several); .png, .svg or .pdf as the canvas draws it (automatic layout where the design has no positions, badges for findings, no selection), the whole design however large. Runs without a display. The output is written whole or not at all.</source>
        <translation>設計を OUT に書き出します: .yaml の場合はデザイナーが保存するとおりに (正規の順序と書式)、.cfn.yaml または .cfn.json の場合は設計を作成する CloudFormation テンプレートとして (アカウントとリージョンごとに 1 つ、複数ある場合は OUT-ACCOUNT-REGION.cfn.yaml)、.png、.svg、または .pdf の場合はキャンバスが描くとおりに、大きさにかかわらず設計全体を書き出します (位置のない設計では自動レイアウト、検出結果にはバッジ、選択なし)。ディスプレイなしで実行されます。出力はすべて書き込まれるか、まったく書き込まれないかのどちらかです。</translation>
    </message>
    <message>
        <source>the file to write: .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg or .pdf</source>
        <translation>書き込むファイル: .yaml、.yml、.cfn.yaml、.cfn.json、.png、.svg、または .pdf</translation>
    </message>
    <message>
        <source>usage: vpc-designer export FILE --output OUT.yaml|OUT.cfn.yaml|OUT.cfn.json|OUT.png|OUT.svg|OUT.pdf [--scale F] [--title] [--legend] [--transparent] [--selection IDS] [--page A4|A3|Letter] [--scenario ID]</source>
        <translation>使い方: vpc-designer export FILE --output OUT.yaml|OUT.cfn.yaml|OUT.cfn.json|OUT.png|OUT.svg|OUT.pdf [--scale F] [--title] [--legend] [--transparent] [--selection IDS] [--page A4|A3|Letter] [--scenario ID]</translation>
    </message>
    <message>
        <source>%1: the output must end in .yaml, .yml, .cfn.yaml, .cfn.json, .png, .svg or .pdf</source>
        <translation>%1: 出力ファイル名の末尾は .yaml、.yml、.cfn.yaml、.cfn.json、.png、.svg、または .pdf である必要があります</translation>
    </message>
    <message>
        <source>Reads CloudFormation templates (YAML with the short tags, or JSON; several are the stacks of one network), or the JSON the AWS CLI&apos;s describe-* commands print (several files, any order, regions and accounts), into a design and writes it to FILE.yaml: intrinsic functions evaluated, parameters from --parameter or their defaults, conditions and mappings applied. What the designer does not model is a warning with its place; the rest still loads. Runs without a display.</source>
        <translation>CloudFormation テンプレート (短縮形のタグを使った YAML または JSON。複数のテンプレートは 1 つのネットワークのスタックとして扱います)、または AWS CLI の describe-* コマンドが出力する JSON (複数のファイル。順序、リージョン、アカウントは問いません) を読み込んで設計にし、FILE.yaml に書き込みます: 組み込み関数を評価し、パラメータには --parameter の値またはデフォルト値を使用し、条件とマッピングを適用します。デザイナーがモデル化しないものはその場所を示す警告となり、残りはそのまま読み込まれます。ディスプレイなしで実行されます。</translation>
    </message>
    <message>
        <source>a template, or a folder of them</source>
        <translation>テンプレート、またはテンプレートを含むフォルダー</translation>
    </message>
    <message>
        <source>the design file to write (.yaml)</source>
        <translation>書き込む設計ファイル (.yaml)</translation>
    </message>
    <message>
        <source>a template parameter&apos;s value (repeatable)</source>
        <translation>テンプレートのパラメータの値 (複数指定可)</translation>
    </message>
    <message>
        <source>the region of the stacks (default: the template&apos;s, else us-east-1)</source>
        <translation>スタックのリージョン (デフォルト: テンプレートのリージョン、なければ us-east-1)</translation>
    </message>
    <message>
        <source>the account of the stacks (default: the template&apos;s, else 123456789012)</source>
        <translation>スタックのアカウント (デフォルト: テンプレートのアカウント、なければ 123456789012)</translation>
    </message>
    <message>
        <source>usage: vpc-designer import SOURCE... --output FILE.yaml [--parameter KEY=VALUE]... [--region REGION] [--account ID]</source>
        <translation>使い方: vpc-designer import SOURCE... --output FILE.yaml [--parameter KEY=VALUE]... [--region REGION] [--account ID]</translation>
    </message>
    <message>
        <source>%1: the output must end in .yaml or .yml</source>
        <translation>%1: 出力ファイル名の末尾は .yaml または .yml である必要があります</translation>
    </message>
    <message>
        <source>--parameter takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--parameter には KEY=VALUE を指定してください (「%1」は指定できません)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Peer %1 with %2</source>
        <translation>%1 と %2 をピアリング</translation>
    </message>
    <message>
        <source>Remove peering %1</source>
        <translation>ピアリング接続 %1 を削除</translation>
    </message>
    <message>
        <source>Route %1 to %2 in %3</source>
        <translation>%3 で %1 を %2 にルーティング</translation>
    </message>
    <message>
        <source>Remove the route to %1 from %2</source>
        <translation>%2 から %1 へのルートを削除</translation>
    </message>
    <message>
        <source>Associate %1 with %2</source>
        <translation>%1 を %2 に関連付け</translation>
    </message>
    <message>
        <source>Dissociate %1 from %2</source>
        <translation>%1 と %2 の関連付けを解除</translation>
    </message>
    <message numerus="yes">
        <source>Resize %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトのサイズを変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation>「%2」の %1 を変更</translation>
    </message>
    <message>
        <source>Change the design&apos;s description</source>
        <translation>設計の説明を変更</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>End Comparison</source>
        <translation>比較を終了</translation>
    </message>
    <message>
        <source>Compare the design with another file: File &gt; Compare with File…</source>
        <translation>設計を別のファイルと比較: ファイル &gt; ファイルと比較…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Click an entry to select what it names on the canvas</source>
        <translation>エントリをクリックすると、その対象がキャンバス上で選択されます</translation>
    </message>
    <message>
        <source>Stop comparing and take the marks off the canvas</source>
        <translation>比較を終了し、キャンバスからマークを取り除きます</translation>
    </message>
    <message>
        <source>&amp;Select on the Canvas</source>
        <translation>キャンバス上で選択(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation>比較を終了(&amp;E)</translation>
    </message>
    <message>
        <source>Comparison ended</source>
        <translation>比較を終了しました</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>%1 と比較しています…</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>%1 と比較できません: %2</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>追加 (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>削除 (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>変更 (%1)</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reachability (%1)</source>
        <translation>到達可能性 (%1)</translation>
    </message>
    <message>
        <source>+ %1 -&gt; %2</source>
        <translation>+ %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now open: %1</source>
        <translation>新たに開放: %1</translation>
    </message>
    <message>
        <source>- %1 -&gt; %2</source>
        <translation>- %1 -&gt; %2</translation>
    </message>
    <message>
        <source>no longer open: %1</source>
        <translation>開放されなくなった: %1</translation>
    </message>
    <message>
        <source>Intents (%1)</source>
        <translation>インテント (%1)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>No difference from %1.</source>
        <translation>%1 との違いはありません。</translation>
    </message>
    <message>
        <source>Compared with %1: %2 added, %3 removed, %4 changed; reachability changed between %5 pairs of subnets.</source>
        <translation>%1 と比較しました: 追加 %2、削除 %3、変更 %4。到達可能性が変化したサブネットのペアは %5 組です。</translation>
    </message>
    <message>
        <source>Reachability widened towards what an intent protects.</source>
        <translation>インテントが保護する対象への到達可能性が広がりました。</translation>
    </message>
    <message>
        <source>%1 was in %2 and is not in this design</source>
        <translation>%1 は %2 にありましたが、この設計にはありません</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Paste Here</source>
        <translation>ここに貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Add a &amp;VPC Here</source>
        <translation>ここに VPC を追加(&amp;V)</translation>
    </message>
    <message>
        <source>Add an S3 &amp;Bucket</source>
        <translation>S3 バケットを追加(&amp;B)</translation>
    </message>
    <message>
        <source>Add an &amp;Intent</source>
        <translation>インテントを追加(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Add a &amp;Subnet Here</source>
        <translation>ここにサブネットを追加(&amp;S)</translation>
    </message>
    <message>
        <source>Add an &amp;Internet Gateway</source>
        <translation>インターネットゲートウェイを追加(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Peer With</source>
        <translation>ピアリング先(&amp;P)</translation>
    </message>
    <message>
        <source>Already peered</source>
        <translation>ピアリング済み</translation>
    </message>
    <message>
        <source>Paste &amp;into %1</source>
        <translation>%1 に貼り付け(&amp;I)</translation>
    </message>
    <message>
        <source>Add an &amp;Instance Here</source>
        <translation>ここにインスタンスを追加(&amp;I)</translation>
    </message>
    <message>
        <source>Add a &amp;NAT Gateway Here</source>
        <translation>ここに NAT ゲートウェイを追加(&amp;N)</translation>
    </message>
    <message>
        <source>Add an Interface &amp;Endpoint Here</source>
        <translation>ここにインターフェイスエンドポイントを追加(&amp;E)</translation>
    </message>
    <message>
        <source>Select Its &amp;VPCs</source>
        <translation>関連する VPC を選択(&amp;V)</translation>
    </message>
    <message>
        <source>Simulate &amp;From Here</source>
        <translation>ここからシミュレーション(&amp;F)</translation>
    </message>
    <message>
        <source>Simulate &amp;To Here</source>
        <translation>ここまでシミュレーション(&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation>ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>プロパティ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>すべて展開(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>すべて折りたたむ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Explain the Rule %1</source>
        <translation>ルール %1 の説明(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Replay in Simulation</source>
        <translation>シミュレーションでリプレイ(&amp;R)</translation>
    </message>
    <message>
        <source>Add the packet that breaks the intent as a flow and follow it hop by hop</source>
        <translation>インテントを破るパケットをフローとして追加し、ホップごとに追跡します</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>a NUL byte: a design is UTF-8 text</source>
        <translation>NUL バイトがあります: 設計は UTF-8 テキストです</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (0x%1): a design is UTF-8 text</source>
        <translation>UTF-8 ではないバイト (0x%1) があります: 設計は UTF-8 テキストです</translation>
    </message>
    <message>
        <source>cannot be reached: permission denied</source>
        <translation>アクセスできません: アクセス許可がありません</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation>フォルダーであり、設計ファイルではありません</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket): not read</source>
        <translation>通常のファイルではありません (デバイス、パイプ、またはソケット): 読み取りません</translation>
    </message>
    <message>
        <source>the file is %1 MB; designs up to %2 MB can be opened (a design of 2,000 VPCs is about 24 MB), so this is not read</source>
        <translation>ファイルサイズが %1 MB です。開くことができる設計は %2 MB までです (2,000 個の VPC を含む設計で約 24 MB) ので、読み取りません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>the file grew past %1 MB while it was read: not read</source>
        <translation>読み取り中にファイルが %1 MB を超えました: 読み取りません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>each entry of %1 is a mapping with an id, not %2</source>
        <translation>%1 の各エントリは id を持つマッピングでなければなりません (%2 ではありません)</translation>
    </message>
    <message>
        <source>this %1 has no id; every object needs one</source>
        <translation>この %1 には id がありません。すべてのオブジェクトに id が必要です</translation>
    </message>
    <message>
        <source>the id %1 is used twice: it already names the %2 at line %3</source>
        <translation>id %1 が 2 回使用されています: すでに %3 行目の %2 を指しています</translation>
    </message>
    <message>
        <source>%1 cannot stand here</source>
        <translation>%1 はここには記述できません</translation>
    </message>
    <message>
        <source>%1 is required; it may not be empty</source>
        <translation>%1 は必須です。空にすることはできません</translation>
    </message>
    <message>
        <source>%1 has no %2, which is required</source>
        <translation>%1 に必須の %2 がありません</translation>
    </message>
    <message>
        <source>%1 needs at least one IPv4 block in cidr-blocks</source>
        <translation>%1 には cidr-blocks に IPv4 ブロックが少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>%1 is a mapping such as {id: %2a}</source>
        <translation>%1 は {id: %2a} のようなマッピングです</translation>
    </message>
    <message>
        <source>%1 is a second %2 of %3 (the first is %4); a VPC has at most one</source>
        <translation>%1 は %3 の 2 つ目の %2 です (1 つ目は %4)。VPC に持てるのは 1 つまでです</translation>
    </message>
    <message>
        <source>layout is a mapping from ids to positions</source>
        <translation>layout は id から位置へのマッピングです</translation>
    </message>
    <message>
        <source>a layout key is an object id</source>
        <translation>layout のキーはオブジェクト id です</translation>
    </message>
    <message>
        <source>the layout of %1 is given twice</source>
        <translation>%1 のレイアウトが 2 回指定されています</translation>
    </message>
    <message>
        <source>a layout entry is a mapping such as {x: 0, y: 0, width: 300, height: 200}</source>
        <translation>layout のエントリは {x: 0, y: 0, width: 300, height: 200} のようなマッピングです</translation>
    </message>
    <message>
        <source>unknown key %1 in a layout entry; it is ignored</source>
        <translation>layout のエントリに不明なキー %1 があります。無視されます</translation>
    </message>
    <message>
        <source>%1 is a number, not %2</source>
        <translation>%1 は数値でなければなりません (%2 ではありません)</translation>
    </message>
    <message>
        <source>%1 is a number between -%L2 and %L2, not %3</source>
        <translation>%1 は -%L2 から %L2 までの数値でなければなりません (%3 ではありません)</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 を負の値にすることはできません</translation>
    </message>
    <message>
        <source>a layout entry needs x and y</source>
        <translation>layout のエントリには x と y が必要です</translation>
    </message>
    <message>
        <source>the layout names %1, which is not an object of this design; the entry is kept</source>
        <translation>layout に %1 が指定されていますが、この設計のオブジェクトではありません。エントリは保持されます</translation>
    </message>
    <message>
        <source>not a VPC Designer design: the file holds %1; a design is a mapping that starts with &apos;vpc-designer: 1&apos;</source>
        <translation>VPC Designer の設計ではありません: ファイルの内容は %1 です。設計は「vpc-designer: 1」で始まるマッピングです</translation>
    </message>
    <message>
        <source>not a VPC Designer design: the key &apos;vpc-designer: 1&apos; (the format version) is missing</source>
        <translation>VPC Designer の設計ではありません: キー「vpc-designer: 1」(形式バージョン) がありません</translation>
    </message>
    <message>
        <source>vpc-designer is the format version, a whole number; %1 is not</source>
        <translation>vpc-designer は形式バージョンを表す整数です。%1 は整数ではありません</translation>
    </message>
    <message>
        <source>this file is in format version %1; this designer reads version 1 (a newer designer wrote it)</source>
        <translation>このファイルの形式バージョンは %1 です。このデザイナーが読み取れるのはバージョン 1 です (より新しいデザイナーで書き込まれたファイルです)</translation>
    </message>
    <message>
        <source>format version %1 does not exist; this designer reads version 1</source>
        <translation>形式バージョン %1 は存在しません。このデザイナーが読み取れるのはバージョン 1 です</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>a route is a mapping such as {destination: 0.0.0.0/0, target: igw-a}</source>
        <translation>ルートは {destination: 0.0.0.0/0, target: igw-a} のようなマッピングです</translation>
    </message>
    <message>
        <source>unknown key %1 in a route; it is ignored</source>
        <translation>ルートに不明なキー %1 があります。無視されます</translation>
    </message>
    <message>
        <source>a route needs a destination</source>
        <translation>ルートには送信先 (destination) が必要です</translation>
    </message>
    <message>
        <source>a route needs a target</source>
        <translation>ルートにはターゲット (target) が必要です</translation>
    </message>
    <message>
        <source>a network ACL rule is a mapping such as {rule: 100, protocol: tcp, ports: 443, %1: 0.0.0.0/0, action: allow}</source>
        <translation>ネットワーク ACL ルールは {rule: 100, protocol: tcp, ports: 443, %1: 0.0.0.0/0, action: allow} のようなマッピングです</translation>
    </message>
    <message>
        <source>a rule number is a whole number (1 to 32766)</source>
        <translation>ルール番号は整数です (1～32766)</translation>
    </message>
    <message>
        <source>action is allow or deny</source>
        <translation>action は allow または deny です</translation>
    </message>
    <message>
        <source>unknown key %1 in a network ACL rule; it is ignored</source>
        <translation>ネットワーク ACL ルール内の不明なキー %1 は無視されます</translation>
    </message>
    <message>
        <source>a network ACL rule needs a rule number</source>
        <translation>ネットワーク ACL ルールにはルール番号が必要です</translation>
    </message>
    <message>
        <source>an %1 rule needs a %2</source>
        <translation>%1 ルールには %2 が必要です</translation>
    </message>
    <message>
        <source>a network ACL rule needs an action (allow or deny)</source>
        <translation>ネットワーク ACL ルールにはアクション (allow または deny) が必要です</translation>
    </message>
    <message>
        <source>a security-group rule is a mapping such as {protocol: tcp, ports: 443, %1: 0.0.0.0/0}</source>
        <translation>セキュリティグループのルールは {protocol: tcp, ports: 443, %1: 0.0.0.0/0} のようなマッピングです</translation>
    </message>
    <message>
        <source>%1 is an address; a rule needs a block such as %2/%3</source>
        <translation>%1 はアドレスです。ルールには %2/%3 のような CIDR ブロックが必要です</translation>
    </message>
    <message>
        <source>unknown key %1 in a security-group rule; it is ignored</source>
        <translation>セキュリティグループのルール内の不明なキー %1 は無視されます</translation>
    </message>
    <message>
        <source>a security-group rule needs a %1 (a CIDR block or a group id)</source>
        <translation>セキュリティグループのルールには %1 (CIDR ブロックまたはグループ ID) が必要です</translation>
    </message>
    <message>
        <source>%1 is a mapping of keys such as Statement: [...], not %2</source>
        <translation>%1 には Statement: [...] のようなキーのマッピングを指定します (%2 ではありません)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>%1 is not a space: internet, a CIDR block, service:NAME or an id</source>
        <translation>%1 は空間ではありません: internet、CIDR ブロック、service:NAME、または ID を指定します</translation>
    </message>
    <message>
        <source>an account is 12 digits, such as 111122223333, not %1</source>
        <translation>アカウントは 111122223333 のような 12 桁の数字です (%1 ではありません)</translation>
    </message>
    <message>
        <source>%1 is not a value of %2: use %3</source>
        <translation>%1 は %2 に使用できる値ではありません: %3 を使用してください</translation>
    </message>
    <message>
        <source>%1 is true or false, not %2</source>
        <translation>%1 は true または false です (%2 ではありません)</translation>
    </message>
    <message>
        <source>%1 is a whole number, not %2</source>
        <translation>%1 は整数です (%2 ではありません)</translation>
    </message>
    <message>
        <source>a port is 0 to 65535, not %1</source>
        <translation>ポートは 0～65535 です (%1 ではありません)</translation>
    </message>
    <message>
        <source>%1 is %2 to %3, not %4</source>
        <translation>%1 は %2～%3 です (%4 ではありません)</translation>
    </message>
    <message>
        <source>%1 is a number of zero or more, not %2</source>
        <translation>%1 は 0 以上の数値です (%2 ではありません)</translation>
    </message>
    <message>
        <source>%1 is not a UTC time such as 2026-11-26T10:00:00Z</source>
        <translation>%1 は 2026-11-26T10:00:00Z のような UTC 時刻ではありません</translation>
    </message>
    <message>
        <source>too many errors; reading stopped</source>
        <translation>エラーが多すぎるため、読み込みを中止しました</translation>
    </message>
    <message>
        <source>anchors and aliases here would expand to more than %L1 nodes; an alias that repeats an alias that repeats... (a &apos;billion laughs&apos; file) is refused</source>
        <translation>ここのアンカーとエイリアスを展開すると %L1 ノードを超えます。エイリアスを繰り返すエイリアスを繰り返す… ようなファイル (&apos;billion laughs&apos; ファイル) は拒否されます</translation>
    </message>
    <message>
        <source>an alias names an anchor that does not exist</source>
        <translation>エイリアスが存在しないアンカーを指しています</translation>
    </message>
    <message>
        <source>this mapping has %L1 keys; at most %L2 are read</source>
        <translation>このマッピングには %L1 個のキーがあります。読み込まれるのは最大 %L2 個です</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>キーは単一の語でなければなりません (%1 ではありません)</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one mapping</source>
        <translation>キー %1 が 1 つのマッピング内に 2 回出現しています</translation>
    </message>
    <message>
        <source>%1 should be a single value, not %2</source>
        <translation>%1 は単一の値にしてください (%2 ではありません)</translation>
    </message>
    <message>
        <source>this value is nested more than 64 levels deep</source>
        <translation>この値は 64 レベルを超えて入れ子になっています</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; it is kept as written</source>
        <translation>%2 内の不明なキー %1 は、書かれたとおりに保持されます</translation>
    </message>
    <message>
        <source>%1 is not a CIDR block: %2</source>
        <translation>%1 は CIDR ブロックではありません: %2</translation>
    </message>
    <message>
        <source>%1 is not an IP address: %2</source>
        <translation>%1 は IP アドレスではありません: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid id: an id is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>%1 は有効な ID ではありません: ID は英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; からなる 1～64 文字です</translation>
    </message>
    <message>
        <source>%1 should be a list, not %2</source>
        <translation>%1 はリストにしてください (%2 ではありません)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a protocol: use tcp, udp, icmp, icmpv6, all (or -1), or a number from 0 to 255</source>
        <translation>%1 はプロトコルではありません: tcp、udp、icmp、icmpv6、all (または -1)、または 0～255 の数値を使用してください</translation>
    </message>
    <message>
        <source>a mapping of keys such as Statement: [...] is needed here</source>
        <translation>ここには Statement: [...] のようなキーのマッピングが必要です</translation>
    </message>
</context>
<context>
    <name>DesignSearch</name>
    <message>
        <source>has the address %1</source>
        <translation>アドレス %1 を持つ</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 に %2 が含まれる</translation>
    </message>
    <message>
        <source>has the block %1</source>
        <translation>ブロック %1 を持つ</translation>
    </message>
    <message>
        <source>%1 lies in %2</source>
        <translation>%1 は %2 に含まれる</translation>
    </message>
    <message>
        <source>is called %1</source>
        <translation>名前が %1</translation>
    </message>
    <message>
        <source>id contains &apos;%1&apos;</source>
        <translation>ID に &apos;%1&apos; を含む</translation>
    </message>
    <message>
        <source>name contains &apos;%1&apos;</source>
        <translation>名前に &apos;%1&apos; を含む</translation>
    </message>
</context>
<context>
    <name>DiagramDecorations</name>
    <message>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>VPC Designer %1</source>
        <translation>VPC Designer %1</translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation>AWS リージョン</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <source>public subnet (routes to an internet gateway)</source>
        <translation>パブリックサブネット (インターネットゲートウェイへのルートあり)</translation>
    </message>
    <message>
        <source>private subnet</source>
        <translation>プライベートサブネット</translation>
    </message>
    <message>
        <source>gateway endpoint</source>
        <translation>ゲートウェイエンドポイント</translation>
    </message>
    <message>
        <source>interface endpoint</source>
        <translation>インターフェイスエンドポイント</translation>
    </message>
    <message>
        <source>a further interface of an interface endpoint drawn in another subnet</source>
        <translation>別のサブネットに描画された、インターフェイスエンドポイントの追加のインターフェイス</translation>
    </message>
    <message>
        <source>peering connection, active</source>
        <translation>ピアリング接続 (アクティブ)</translation>
    </message>
    <message>
        <source>peering connection, not active</source>
        <translation>ピアリング接続 (非アクティブ)</translation>
    </message>
    <message>
        <source>peering connection that cannot exist (the blocks overlap)</source>
        <translation>存在できないピアリング接続 (CIDR ブロックが重複)</translation>
    </message>
    <message>
        <source>traffic delivered (arrow: its way)</source>
        <translation>配信されたトラフィック (矢印: その経路)</translation>
    </message>
    <message>
        <source>the answer, delivered</source>
        <translation>配信された応答</translation>
    </message>
    <message>
        <source>traffic dropped: a cross at what stops it, with its name</source>
        <translation>破棄されたトラフィック: 停止させたものの位置に × 印とその名前</translation>
    </message>
    <message>
        <source>a finding: error</source>
        <translation>検出結果: エラー</translation>
    </message>
    <message>
        <source>a finding: warning</source>
        <translation>検出結果: 警告</translation>
    </message>
    <message>
        <source>a finding: note</source>
        <translation>検出結果: 情報</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <source>no scenario has the id &apos;%1&apos;</source>
        <translation>ID が &apos;%1&apos; のシナリオはありません</translation>
    </message>
    <message>
        <source>%1 is not drawn on the canvas; select VPCs, subnets or what they hold</source>
        <translation>%1 はキャンバスに描画されません。VPC、サブネット、またはそれらに含まれるものを選択してください</translation>
    </message>
    <message>
        <source>no object has the id &apos;%1&apos;</source>
        <translation>ID が &apos;%1&apos; のオブジェクトはありません</translation>
    </message>
    <message>
        <source>the design is large: drawn at scale %1 to stay within %2 megapixels</source>
        <translation>設計が大きいため、%2 メガピクセル以内に収まるよう倍率 %1 で描画しました</translation>
    </message>
    <message>
        <source>%1: cannot encode the image: %2</source>
        <translation>%1: 画像をエンコードできません: %2</translation>
    </message>
    <message>
        <source>Drawn by VPC Designer</source>
        <translation>VPC Designer で作成</translation>
    </message>
    <message>
        <source>cannot draw on the page</source>
        <translation>ページに描画できません</translation>
    </message>
    <message>
        <source>page %1 of %2: row %3 of %4, column %5 of %6</source>
        <translation>ページ %1/%2: 行 %3/%4、列 %5/%6</translation>
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
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message>
        <source>Added %1%2</source>
        <translation>%1%2 を追加</translation>
    </message>
    <message>
        <source>Added %1%2 to %3</source>
        <translation>%1%2 を %3 に追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyCanvasHint</name>
    <message>
        <source>Add a VPC</source>
        <translation>VPC を追加</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>サンプルを開く</translation>
    </message>
    <message>
        <source>Lessons…</source>
        <translation>レッスン…</translation>
    </message>
    <message>
        <source>Open a design…</source>
        <translation>設計を開く…</translation>
    </message>
    <message>
        <source>&lt;b&gt;An empty design&lt;/b&gt;</source>
        <translation>&lt;b&gt;空の設計&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drag a VPC from the palette onto the canvas, or click it there; then add subnets, instances and gateways the same way. Or start from an example, or learn with a lesson.</source>
        <translation>パレットから VPC をキャンバスにドラッグするか、パレットで VPC をクリックします。続いて、同じ方法でサブネット、インスタンス、ゲートウェイを追加します。サンプルから始めることも、レッスンで学ぶこともできます。</translation>
    </message>
    <message>
        <source>A VPC with the next free /16</source>
        <translation>次に空いている /16 を使用する VPC</translation>
    </message>
    <message>
        <source>A bundled design to look at and change</source>
        <translation>閲覧・変更できる同梱の設計</translation>
    </message>
    <message>
        <source>A design file of your own</source>
        <translation>お手持ちの設計ファイル</translation>
    </message>
    <message>
        <source>Lessons that show how AWS networking works, and challenges the designer grades</source>
        <translation>AWS のネットワークの仕組みを示すレッスンと、VPC Designer が採点するチャレンジ</translation>
    </message>
</context>
<context>
    <name>EndpointRules</name>
    <message>
        <source>%1 has two subnets in %2 (%3 and %4); an interface endpoint takes at most one subnet per AZ. Keep one of them.</source>
        <translation>%1 には %2 内のサブネットが 2 つあります (%3 と %4)。インターフェイスエンドポイントに指定できるサブネットは AZ ごとに 1 つまでです。どちらか 1 つを残してください。</translation>
    </message>
    <message>
        <source>%1 has an interface only in %2, while %3 has subnets in %4 too; if %2 fails, nothing in the VPC reaches %5 through it. Add a subnet of %4 to %1.</source>
        <translation>%1 のインターフェイスは %2 にしかありませんが、%3 には %4 にもサブネットがあります。%2 に障害が発生すると、VPC 内のどこからもこのエンドポイント経由で %5 に到達できなくなります。%4 のサブネットを %1 に追加してください。</translation>
    </message>
    <message>
        <source>%1 has an interface only in %2, while %3 has subnets in %4 too; if %2 fails, nothing in the VPC reaches %5 through it. Add one subnet of each of %4 to %1.</source>
        <translation>%1 のインターフェイスは %2 にしかありませんが、%3 には %4 にもサブネットがあります。%2 に障害が発生すると、VPC 内のどこからもこのエンドポイント経由で %5 に到達できなくなります。%4 のそれぞれからサブネットを 1 つずつ %1 に追加してください。</translation>
    </message>
    <message>
        <source>%1 has private DNS on, but %2 has %3 off; AWS refuses private DNS for an endpoint unless the VPC has both dns-support and dns-hostnames. Turn them on, or private-dns off (and use the endpoint&apos;s own DNS names).</source>
        <translation>%1 ではプライベート DNS がオンですが、%2 では %3 がオフです。VPC で dns-support と dns-hostnames の両方が有効でない限り、AWS はエンドポイントのプライベート DNS を拒否します。これらをオンにするか、private-dns をオフにしてください (その場合はエンドポイント自体の DNS 名を使用します)。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>%1 is a gateway endpoint for %2, but gateway endpoints exist only for s3 and dynamodb. Make it an interface endpoint (PrivateLink) for %2.</source>
        <translation>%1 は %2 のゲートウェイエンドポイントですが、ゲートウェイエンドポイントが存在するのは s3 と dynamodb のみです。%2 のインターフェイスエンドポイント (PrivateLink) にしてください。</translation>
    </message>
    <message>
        <source>%1 is for %2 in %3, but %4 is in %5; gateway endpoints reach services in their own region only. Use %5, or reach %3 over the internet or an interface endpoint there.</source>
        <translation>%1 は %3 の %2 用ですが、%4 は %5 にあります。ゲートウェイエンドポイントが到達できるのは自身のリージョン内のサービスのみです。%5 を使用するか、%3 にはインターネット経由またはそのリージョンのインターフェイスエンドポイント経由で到達してください。</translation>
    </message>
    <message>
        <source>%1 is associated with no route table, so no subnet sends %2 traffic through it. Associate the route tables of the subnets that use %2.</source>
        <translation>%1 はどのルートテーブルにも関連付けられていないため、%2 のトラフィックをこれ経由で送信するサブネットはありません。%2 を使用するサブネットのルートテーブルを関連付けてください。</translation>
    </message>
    <message>
        <source>The policy of %1</source>
        <translation>%1 のポリシー</translation>
    </message>
    <message>
        <source>Statement %1 of %2&apos;s policy</source>
        <translation>%2 のポリシーのステートメント %1</translation>
    </message>
    <message>
        <source>%1 is refused by AWS: %2.</source>
        <translation>%1 は AWS によって拒否されます: %2。</translation>
    </message>
    <message>
        <source>%1: %2; the simulator&apos;s verdict through it may differ from AWS&apos;s.</source>
        <translation>%1: %2。これを経由する通信に対するシミュレーターの判定は、AWS の判定と異なる場合があります。</translation>
    </message>
    <message>
        <source>%1 is refused by AWS: its resource %2 is not %3 or an object in it; a bucket policy speaks of its own bucket only.</source>
        <translation>%1 は AWS によって拒否されます: リソース %2 が %3 でもその中のオブジェクトでもありません。バケットポリシーが対象にできるのは自身のバケットのみです。</translation>
    </message>
    <message>
        <source>%1 aggregates over %2 s; AWS offers 60 s (1 minute) or 600 s (10 minutes), the default. Use one of them.</source>
        <translation>%1 の集約間隔は %2 秒ですが、AWS で選択できるのは 60 秒 (1 分) または 600 秒 (10 分、デフォルト) です。どちらかを使用してください。</translation>
    </message>
    <message>
        <source>%1 is on &apos;%2&apos;, which is not an object of this design; a flow log is attached to a VPC, a subnet or an instance&apos;s interface.</source>
        <translation>%1 は &apos;%2&apos; に設定されていますが、これはこの設計のオブジェクトではありません。フローログは VPC、サブネット、またはインスタンスのインターフェイスにアタッチします。</translation>
    </message>
    <message>
        <source>%1 is on %2, a %3; a flow log is attached to a VPC, a subnet or an instance&apos;s interface.</source>
        <translation>%1 は %3 である %2 に設定されています。フローログは VPC、サブネット、またはインスタンスのインターフェイスにアタッチします。</translation>
    </message>
    <message>
        <source>%1 belongs to %2 but is on %3 of %4; keep a flow log with the VPC it watches.</source>
        <translation>%1 は %2 に属していますが、%4 の %3 に設定されています。フローログは監視対象の VPC と一緒に置いてください。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Whole design</source>
        <translation>設計全体(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Visible area</source>
        <translation>表示領域(&amp;V)</translation>
    </message>
    <message>
        <source>Se&amp;lection</source>
        <translation>選択範囲(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Title block: name, description, date, file</source>
        <translation>タイトル欄: 名前、説明、日付、ファイル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Legend of the symbols shown</source>
        <translation>表示される記号の凡例(&amp;L)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>図のエクスポート</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 図 (ベクター)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF ドキュメント (ベクター)</translation>
    </message>
    <message>
        <source>PNG for slides and chats; SVG and PDF keep text as text and scale without blur</source>
        <translation>PNG はスライドやチャット向けです。SVG と PDF はテキストをテキストのまま保持し、拡大してもぼやけません</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> 倍</translation>
    </message>
    <message>
        <source>Pixels per canvas unit: 1 is the canvas at 100 %, 2 for high-DPI screens and print</source>
        <translation>キャンバス単位あたりのピクセル数: 1 でキャンバスの 100 %、高 DPI 画面や印刷には 2</translation>
    </message>
    <message>
        <source>One page, the picture&apos;s size</source>
        <translation>1 ページ (画像のサイズ)</translation>
    </message>
    <message>
        <source>A4, tiled</source>
        <translation>A4 (分割)</translation>
    </message>
    <message>
        <source>A3, tiled</source>
        <translation>A3 (分割)</translation>
    </message>
    <message>
        <source>Letter, tiled</source>
        <translation>レター (分割)</translation>
    </message>
    <message>
        <source>Tiled: the picture at its natural size over as many pages as it needs</source>
        <translation>分割: 画像を実寸のまま、必要な数のページに分けて配置します</translation>
    </message>
    <message>
        <source>T&amp;ransparent background</source>
        <translation>背景を透明にする(&amp;R)</translation>
    </message>
    <message>
        <source>No background, for documents with their own colour</source>
        <translation>背景なし。独自の背景色を持つドキュメント向けです</translation>
    </message>
    <message>
        <source>The area of the selected objects, with what lies in it</source>
        <translation>選択したオブジェクトの範囲と、その中にあるもの</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A scenario&apos;s flows as arrows along their paths: delivered green, answers dashed, dropped red at what stops them</source>
        <translation>シナリオのフローを経路に沿った矢印で表示: 配信は緑、応答は破線、破棄は停止させた箇所で赤</translation>
    </message>
    <message>
        <source>The file to write; its ending follows the format</source>
        <translation>書き込むファイル。拡張子は形式に合わせて決まります</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>倍率(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>ページ(&amp;P)</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>描画</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>トラフィック(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>ファイル(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Se&amp;lection (nothing is selected)</source>
        <translation>選択範囲 (何も選択されていません)(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;lection (%n object(s))</source>
        <translation>
            <numerusform>選択範囲 (%n 個のオブジェクト)(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n ページ、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>%1 × %2 units, vector</source>
        <translation>%1 × %2 単位、ベクター</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find by id, name, CIDR or IP address</source>
        <translation>ID、名前、CIDR、または IP アドレスで検索</translation>
    </message>
    <message>
        <source>An address finds the instance, subnet and VPC that hold it; Enter: next, Shift+Enter: previous, Escape: close</source>
        <translation>アドレスを入力すると、それを含むインスタンス、サブネット、VPC が見つかります。Enter: 次へ、Shift+Enter: 前へ、Escape: 閉じる</translation>
    </message>
    <message>
        <source>Previous result (Shift+Enter)</source>
        <translation>前の結果 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next result (Enter)</source>
        <translation>次の結果 (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>閉じる (Escape)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>FlowLogCapture</name>
    <message>
        <source>the flow logs of this scenario would hold about %1 million records; at most %2 million are made: shorten its flows, or log fewer interfaces (flow logs on subnets or instances rather than whole VPCs)</source>
        <translation>このシナリオのフローログは約 %1 百万件のレコードになります。作成されるのは最大 %2 百万件です。フローを短くするか、ログを記録するインターフェイスを減らしてください (VPC 全体ではなく、サブネットやインスタンスにフローログを設定します)</translation>
    </message>
</context>
<context>
    <name>FlowLogPage</name>
    <message>
        <source>Simulated flow logs</source>
        <translation>シミュレートされたフローログ</translation>
    </message>
    <message>
        <source>The played scenario&apos;s simulated records, or real flow logs imported</source>
        <translation>再生したシナリオのシミュレートされたレコード、またはインポートした実際のフローログ</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>What the timeline&apos;s bars count</source>
        <translation>タイムラインの棒グラフが集計する対象</translation>
    </message>
    <message>
        <source>The network interface whose records are shown (also chosen by selecting its object on the canvas)</source>
        <translation>レコードを表示するネットワークインターフェイス (キャンバスでそのオブジェクトを選択しても選べます)</translation>
    </message>
    <message>
        <source>The scenario&apos;s flow whose records are shown</source>
        <translation>レコードを表示するシナリオのフロー</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべてのアクション</translation>
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
        <translation>アドレスで絞り込み…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Import real flow logs, export the simulated ones, or save the timeline as a picture</source>
        <translation>実際のフローログのインポート、シミュレートしたフローログのエクスポート、またはタイムラインの画像保存</translation>
    </message>
    <message>
        <source>Import flow logs…</source>
        <translation>フローログをインポート…</translation>
    </message>
    <message>
        <source>Read real VPC flow logs (plain or gzip) and find what rejects each REJECT</source>
        <translation>実際の VPC フローログ (プレーンテキストまたは gzip) を読み込み、各 REJECT の原因を特定します</translation>
    </message>
    <message>
        <source>Export flow logs…</source>
        <translation>フローログをエクスポート…</translation>
    </message>
    <message>
        <source>Write the simulated records as AWS delivers them to S3</source>
        <translation>シミュレートされたレコードを、AWS が S3 に配信する形式で書き出します</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>グラフをエクスポート…</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>インターフェイス:</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>フロー:</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>レコードをコピー</translation>
    </message>
    <message>
        <source>Only this interface&apos;s records</source>
        <translation>このインターフェイスのレコードのみ</translation>
    </message>
    <message>
        <source>Only this flow&apos;s records</source>
        <translation>このフローのレコードのみ</translation>
    </message>
    <message>
        <source>Show every record</source>
        <translation>すべてのレコードを表示</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>タイムラインのエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>Import VPC flow logs</source>
        <translation>VPC フローログのインポート</translation>
    </message>
    <message>
        <source>Flow logs (*.log *.gz *.txt *.json);;All files (*)</source>
        <translation>フローログ (*.log *.gz *.txt *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export the simulated flow logs to</source>
        <translation>シミュレートされたフローログのエクスポート先</translation>
    </message>
    <message>
        <source>Record copied</source>
        <translation>レコードをコピーしました</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>すべてのインターフェイス</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>すべてのフロー</translation>
    </message>
    <message>
        <source>%1 records shown; on the timeline %2 packets accepted, %3 rejected</source>
        <translation>%1 件のレコードを表示中。タイムライン上では %2 パケットが受け入れられ、%3 パケットが拒否されました</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n file(s)</source>
        <translation>
            <numerusform>インポート済み: %n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records read: %2 matched, %3 rejected, %4 explained by the design</source>
        <translation>%1 件のレコードを読み込みました: 一致 %2 件、拒否 %3 件、設計で説明可能 %4 件</translation>
    </message>
    <message>
        <source>No scenario to export the flow logs of</source>
        <translation>フローログをエクスポートするシナリオがありません</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 に書き込みました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowLogs</name>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket): not read</source>
        <translation>%1: 通常のファイルではありません (デバイス、パイプ、またはソケット)。読み込みません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: the text stops here (byte %5 of the compressed file)</source>
        <translation>%1:%2:%3: %4: テキストはここで途切れています (圧縮ファイルの %5 バイト目)</translation>
    </message>
    <message>
        <source>%1: not a VPC flow-log file</source>
        <translation>%1: VPC フローログファイルではありません</translation>
    </message>
    <message>
        <source>%1 (not a VPC flow-log file)</source>
        <translation>%1 (VPC フローログファイルではありません)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field: a custom format lists fields as ${name}</source>
        <translation>&apos;%1&apos; はフィールドではありません: カスタム形式ではフィールドを ${name} の形で列挙します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow-log field of versions 2 to 5</source>
        <translation>&apos;%1&apos; はバージョン 2～5 のフローログフィールドではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; が 2 回指定されています</translation>
    </message>
    <message>
        <source>CloudWatch Logs JSON of %1 MB: at most %2 MB is read; export fewer events at once</source>
        <translation>CloudWatch Logs の JSON が %1 MB あります。読み込まれるのは最大 %2 MB です。一度にエクスポートするイベントを減らしてください</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>JSON without &quot;events&quot;: not what aws logs filter-log-events prints</source>
        <translation>&quot;events&quot; のない JSON です: aws logs filter-log-events の出力ではありません</translation>
    </message>
    <message>
        <source>an event without a message</source>
        <translation>メッセージのないイベント</translation>
    </message>
    <message>
        <source>a line longer than %1 KiB: not a flow-log line</source>
        <translation>%1 KiB を超える行です: フローログの行ではありません</translation>
    </message>
    <message>
        <source>more than %L1 flow-log records: at most that many are read at a time; read fewer files at once</source>
        <translation>フローログレコードが %L1 件を超えています。一度に読み込めるのはその件数までです。一度に読み込むファイルを減らしてください</translation>
    </message>
    <message>
        <source>%1 fields expected, %2 found</source>
        <translation>%1 個のフィールドが必要ですが、%2 個あります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>&apos;%1&apos; は有効な %2 ではありません</translation>
    </message>
    <message>
        <source>more than the %1 fields of the format</source>
        <translation>形式で定義された %1 個を超えるフィールドがあります</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib を開始できませんでした</translation>
    </message>
    <message>
        <source>it inflates to more than %1 GB, more than a flow log holds</source>
        <translation>展開すると %1 GB を超え、フローログが保持できる量を超えます</translation>
    </message>
    <message>
        <source>it inflates to more than %1 MB, more than a flow log holds</source>
        <translation>展開すると %1 MB を超え、フローログが保持できる量を超えます</translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation>zlib で次の gzip メンバーに進めませんでした</translation>
    </message>
    <message>
        <source>the gzip data ends too early (the file is cut short)</source>
        <translation>gzip データが途中で終わっています (ファイルが切り詰められています)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation>gzip データが破損しています: %1</translation>
    </message>
    <message>
        <source>zlib failed (%1)</source>
        <translation>zlib が失敗しました (%1)</translation>
    </message>
    <message>
        <source>nothing in the design rejects this packet: the rejection comes from a setting the design does not have (or the design differs from what ran)</source>
        <translation>設計内にこのパケットを拒否するものはありません: 拒否の原因は設計にない設定です (または、設計が実際に稼働していたものと異なります)</translation>
    </message>
    <message>
        <source>the design induces more than %1 classes of packets at its interfaces: too many to tabulate</source>
        <translation>設計のインターフェイスでのパケットのクラスが %1 を超えるため、表にできません</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>開始 (秒)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>継続時間 (秒)</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>the challenge has no flow %1</source>
        <translation>チャレンジにフロー %1 はありません</translation>
    </message>
    <message>
        <source>the flow %1 cannot run in your design: %2</source>
        <translation>フロー %1 はあなたの設計では実行できません: %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 is dropped on its way</source>
        <translation>%2 から %3 への %1 は途中で破棄されます</translation>
    </message>
    <message>
        <source>%1 gets there, but its answer is dropped on the way back</source>
        <translation>%1 は到達しますが、その応答は戻る途中で破棄されます</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 still gets through; nothing in your design stops it</source>
        <translation>%2 から %3 への %1 はまだ通過します。設計内にそれを止めるものがありません</translation>
    </message>
    <message>
        <source>the challenge has no intent %1</source>
        <translation>チャレンジにインテント %1 はありません</translation>
    </message>
    <message>
        <source>%1 cannot be checked in your design: %2</source>
        <translation>%1 はあなたの設計では確認できません: %2</translation>
    </message>
    <message>
        <source>%1 holds in your design; it should not</source>
        <translation>%1 があなたの設計で成り立っていますが、成り立たないようにする必要があります</translation>
    </message>
    <message>
        <source>the designer still finds %1: %2</source>
        <translation>VPC Designer はまだ %1 を検出しています: %2</translation>
    </message>
    <message>
        <source>the designer does not find %1 in your design</source>
        <translation>VPC Designer はあなたの設計で %1 を検出していません</translation>
    </message>
    <message>
        <source>%1 is still in your design</source>
        <translation>%1 がまだ設計に残っています</translation>
    </message>
    <message>
        <source>your design has no %1</source>
        <translation>設計に %1 がありません</translation>
    </message>
    <message>
        <source>%1: %2 in your design, at most %3 wanted</source>
        <translation>%1: 設計内に %2 個、求められているのは最大 %3 個</translation>
    </message>
    <message>
        <source>%1: %2 in your design, at least %3 wanted</source>
        <translation>%1: 設計内に %2 個、求められているのは最低 %3 個</translation>
    </message>
    <message>
        <source>a question is answered, not built</source>
        <translation>質問は回答するものであり、構築するものではありません</translation>
    </message>
    <message>
        <source>not answered before the simulation was played</source>
        <translation>シミュレーションの再生前に回答されていません</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>you chose &quot;%1&quot;; the answer is &quot;%2&quot;: %3</source>
        <translation>あなたの選択は「%1」、正解は「%2」です: %3</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>The window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <source>Diagrams: export, title, legend</source>
        <translation>図: エクスポート、タイトル、凡例</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>すべてのルール</translation>
    </message>
    <message>
        <source>Simulation and flow logs</source>
        <translation>シミュレーションとフローログ</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>インテント</translation>
    </message>
    <message>
        <source>Lessons and challenges</source>
        <translation>レッスンとチャレンジ</translation>
    </message>
    <message>
        <source>The file format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>error: AWS would refuse it, or traffic cannot work</source>
        <translation>エラー: AWS が拒否する、またはトラフィックが機能しない</translation>
    </message>
    <message>
        <source>warning: it works, but fails in a way you should know (an AZ outage, a quota, a return path)</source>
        <translation>警告: 動作はするが、知っておくべき形で失敗する (AZ 障害、クォータ、戻りの経路)</translation>
    </message>
    <message>
        <source>info: worth seeing</source>
        <translation>情報: 確認する価値あり</translation>
    </message>
    <message>
        <source>VPC Designer Manual</source>
        <translation>VPC Designer マニュアル</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>重大度:</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>発生条件</translation>
    </message>
    <message>
        <source>This rule is not in the catalogue of this version.</source>
        <translation>このルールは、このバージョンのカタログにありません。</translation>
    </message>
    <message>
        <source>This finding</source>
        <translation>この検出結果</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>オブジェクト:</translation>
    </message>
    <message>
        <source>Every message says what is wrong, why AWS cares and what to do. The page &lt;a href=&quot;validation.md&quot;&gt;Validation&lt;/a&gt; tells how the rules read a design; &lt;a href=&quot;rules&quot;&gt;Every rule&lt;/a&gt; lists them all.</source>
        <translation>すべてのメッセージは、何が問題か、AWS にとってなぜ重要か、どうすればよいかを示します。&lt;a href=&quot;validation.md&quot;&gt;検証&lt;/a&gt;のページでは、ルールが設計をどのように読み取るかを説明しています。&lt;a href=&quot;rules&quot;&gt;すべてのルール&lt;/a&gt;にはルールが一覧されています。</translation>
    </message>
    <message>
        <source>The ids are stable: they appear in the Issues panel, in `vpc-designer validate` and in its JSON.</source>
        <translation>ID は変わりません。「問題」パネル、`vpc-designer validate`、およびその JSON に表示されます。</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>ページに戻る</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPC Designer %1&lt;/h3&gt;&lt;p&gt;Design AWS VPC networks that check themselves: the drawing is a network model that is validated as you draw and can be simulated.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPC Designer %1&lt;/h3&gt;&lt;p&gt;自らをチェックする AWS VPC ネットワークを設計します。図はネットワークモデルであり、描いたそばから検証され、シミュレーションもできます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (running on %2), under the GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QCustomPlot %3, under the GNU GPL version 3&lt;/li&gt;&lt;li&gt;yaml-cpp %4, under the MIT licence&lt;/li&gt;&lt;li&gt;zlib %5, under the zlib licence&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;These libraries are linked from the system, not copied into the program. The icons are the project&apos;s own. Text is drawn in the DejaVu fonts of the system (a free licence derived from Bitstream Vera).&lt;/p&gt;&lt;p&gt;As the program links QCustomPlot, it is distributed under the terms of the GNU GPL version 3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用しているライブラリ:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (実行中のバージョン %2)、GNU LGPL バージョン 3&lt;/li&gt;&lt;li&gt;QCustomPlot %3、GNU GPL バージョン 3&lt;/li&gt;&lt;li&gt;yaml-cpp %4、MIT ライセンス&lt;/li&gt;&lt;li&gt;zlib %5、zlib ライセンス&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;これらのライブラリはプログラムにコピーされておらず、システムのものがリンクされています。アイコンはこのプロジェクト独自のものです。テキストはシステムの DejaVu フォント (Bitstream Vera から派生したフリーライセンス) で描画されます。&lt;/p&gt;&lt;p&gt;このプログラムは QCustomPlot をリンクしているため、GNU GPL バージョン 3 の条件に基づいて配布されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About VPC Designer</source>
        <translation>VPC Designer について</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n objects selected</source>
        <translation>
            <numerusform>%n 個のオブジェクトを選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>a YAML mapping, such as Statement: [...]</source>
        <translation>Statement: [...] のような YAML マッピング</translation>
    </message>
    <message>
        <source>the id %1 is taken</source>
        <translation>ID %1 は既に使用されています</translation>
    </message>
    <message>
        <source>internet, a CIDR block, service:NAME or ids, separated by commas</source>
        <translation>internet、CIDR ブロック、service:NAME、または ID (カンマ区切り)</translation>
    </message>
    <message>
        <source>Add a space: the internet, an AWS service, or a VPC, subnet, security group, instance, NAT gateway or endpoint of the design</source>
        <translation>空間を追加: インターネット、AWS サービス、または設計内の VPC、サブネット、セキュリティグループ、インスタンス、NAT ゲートウェイ、エンドポイント</translation>
    </message>
    <message>
        <source>The Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>AWS Services</source>
        <translation>AWS サービス</translation>
    </message>
</context>
<context>
    <name>Intents</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%2 から %3 への %1</translation>
    </message>
    <message>
        <source>%1 names no space</source>
        <translation>%1 はどの空間も指していません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 has no interface (no instance, NAT gateway or interface endpoint), so it is an empty space</source>
        <translation>%1: %2 にはインターフェイスがない (インスタンス、NAT ゲートウェイ、インターフェイスエンドポイントがない) ため、空の空間です</translation>
    </message>
    <message>
        <source>%1 has no ports: a port range is for tcp, udp or all</source>
        <translation>%1 にはポートがありません: ポート範囲を指定できるのは tcp、udp、all です</translation>
    </message>
    <message>
        <source>via names nothing: &apos;%1&apos;</source>
        <translation>via が何も指していません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>proving it takes more than %1 classes of packets; narrow its spaces, protocol or ports</source>
        <translation>証明には %1 を超えるパケットのクラスが必要です。空間、プロトコル、またはポートを絞り込んでください</translation>
    </message>
    <message>
        <source>no packet can go from these spaces to those</source>
        <translation>送信元の空間から送信先の空間へ進めるパケットはありません</translation>
    </message>
    <message>
        <source>no packet of these spaces can be sent: %1</source>
        <translation>これらの空間からはパケットを送信できません: %1</translation>
    </message>
    <message>
        <source>%1, whose %2</source>
        <translation>%1、その %2</translation>
    </message>
    <message>
        <source>%1 does not hold: %2 is delivered; nothing on its way stops it</source>
        <translation>%1 が成り立ちません: %2 が配信されます。経路上でそれを止めるものがありません</translation>
    </message>
    <message>
        <source>%1 does not hold: %2 is delivered, let in by %3; narrow that rule (or deny the traffic in a network ACL) to keep it out</source>
        <translation>%1 が成り立ちません: %2 が %3 によって許可されて配信されます。これを遮断するには、そのルールを絞り込んでください (またはネットワーク ACL でトラフィックを拒否してください)</translation>
    </message>
    <message>
        <source>; and by </source>
        <translation>、および </translation>
    </message>
    <message>
        <source>%1 does not hold: %2 is delivered without passing %3; route it through %3</source>
        <translation>%1 が成り立ちません: %2 が %3 を経由せずに配信されます。%3 を経由するようにルーティングしてください</translation>
    </message>
    <message>
        <source>it has nowhere to go</source>
        <translation>行き先がありません</translation>
    </message>
    <message>
        <source>%1 does not hold: %2</source>
        <translation>%1 が成り立ちません: %2</translation>
    </message>
    <message>
        <source>%1 does not hold: no packet gets there and back; for one, %2</source>
        <translation>%1 が成り立ちません: 往復できるパケットがありません。例えば、%2</translation>
    </message>
    <message>
        <source>%1 gets there, but its answer is stopped at %2</source>
        <translation>%1 は到達しますが、その応答は %2 で止められます</translation>
    </message>
    <message>
        <source>%1 is stopped at %2</source>
        <translation>%1 は %2 で止められます</translation>
    </message>
</context>
<context>
    <name>IpAddress</name>
    <message>
        <source>an IPv4 address has four decimal numbers separated by dots</source>
        <translation>IPv4 アドレスはドットで区切られた 4 つの 10 進数です</translation>
    </message>
    <message>
        <source>each part of an IPv4 address is 0 to 255</source>
        <translation>IPv4 アドレスの各部分は 0～255 です</translation>
    </message>
    <message>
        <source>a part of an IPv4 address has a leading zero</source>
        <translation>IPv4 アドレスの一部に先頭のゼロがあります</translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation>有効な IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>an IPv6 address has at most eight groups</source>
        <translation>IPv6 アドレスのグループは最大 8 つです</translation>
    </message>
    <message>
        <source>an IPv6 group has at most four hex digits</source>
        <translation>IPv6 のグループは最大 4 桁の 16 進数です</translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once in an IPv6 address</source>
        <translation>&apos;::&apos; は IPv6 アドレス内で 1 回しか使用できません</translation>
    </message>
    <message>
        <source>an IPv6 address without &apos;::&apos; has eight groups</source>
        <translation>&apos;::&apos; のない IPv6 アドレスは 8 つのグループで構成されます</translation>
    </message>
    <message>
        <source>&apos;::&apos; stands for at least one group, so at most seven may be written</source>
        <translation>&apos;::&apos; は少なくとも 1 つのグループを表すため、記述できるグループは最大 7 つです</translation>
    </message>
    <message>
        <source>empty address</source>
        <translation>空のアドレス</translation>
    </message>
    <message>
        <source>too long to be an address</source>
        <translation>アドレスとしては長すぎます</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>No findings: the design passes every rule.</source>
        <translation>検出結果はありません: 設計はすべてのルールに合格しています。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>情報 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>goal %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>%1: a goal is a mapping with an id</source>
        <translation>%1: 目標は id を持つマッピングです</translation>
    </message>
    <message>
        <source>%1: a flow goal&apos;s verdict is delivered or dropped</source>
        <translation>%1: フロー目標の verdict は delivered または dropped です</translation>
    </message>
    <message>
        <source>%1: an object goal says exists, at-least or at-most</source>
        <translation>%1: オブジェクト目標には exists、at-least、または at-most を指定します</translation>
    </message>
    <message>
        <source>%1: a question has two or more choices and the index of the right one (from 0)</source>
        <translation>%1: 質問には 2 つ以上の選択肢と、正解のインデックス (0 から) が必要です</translation>
    </message>
    <message>
        <source>%1: a goal names a flow, an intent, a finding, an object (or kind) or a question</source>
        <translation>%1: 目標には、フロー、インテント、検出結果、オブジェクト (または種類)、または質問を指定します</translation>
    </message>
    <message>
        <source>%1: a goal says in text what it asks</source>
        <translation>%1: 目標には、何を求めるかをテキストで記述します</translation>
    </message>
    <message>
        <source>Subnets, gateways and NAT</source>
        <translation>サブネット、ゲートウェイ、NAT</translation>
    </message>
    <message>
        <source>IPv6 and the egress-only internet gateway</source>
        <translation>IPv6 と Egress-Only インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>Gateway endpoints</source>
        <translation>ゲートウェイエンドポイント</translation>
    </message>
    <message>
        <source>Interface endpoints</source>
        <translation>インターフェイスエンドポイント</translation>
    </message>
    <message>
        <source>VPC peering</source>
        <translation>VPC ピアリング</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>フローログ</translation>
    </message>
    <message>
        <source>lesson: a mapping with a title, the facts it covers and steps</source>
        <translation>lesson: タイトル、扱う事実、ステップを持つマッピングです</translation>
    </message>
    <message>
        <source>lesson: a title is needed</source>
        <translation>lesson: タイトルが必要です</translation>
    </message>
    <message>
        <source>lesson: the topic is one of %1</source>
        <translation>lesson: topic は %1 のいずれかです</translation>
    </message>
    <message>
        <source>lesson: covers names facts F1 to F28, not %1</source>
        <translation>lesson: covers には事実 F1～F28 を指定します (%1 ではありません)</translation>
    </message>
    <message>
        <source>goal %1: two goals have this id</source>
        <translation>目標 %1: この ID を持つ目標が 2 つあります</translation>
    </message>
    <message>
        <source>step %1: a step has text</source>
        <translation>ステップ %1: ステップにはテキストが必要です</translation>
    </message>
    <message>
        <source>step %1: wait-for names no goal of the lesson (%2)</source>
        <translation>ステップ %1: wait-for がレッスンのどの目標も指していません (%2)</translation>
    </message>
    <message>
        <source>lesson: at least one step</source>
        <translation>lesson: ステップが少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>%1: not a lesson (no lesson: section)</source>
        <translation>%1: レッスンではありません (lesson: セクションがありません)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lesson text</name>
    <message>
        <source>One NAT gateway, two AZs</source>
        <translation>1 つの NAT ゲートウェイ、2 つの AZ</translation>
    </message>
    <message>
        <source>A NAT gateway lives in one AZ; subnets of another AZ that use it share its fate.</source>
        <translation>NAT ゲートウェイは 1 つの AZ 内に存在します。それを使用する別の AZ のサブネットは、NAT ゲートウェイと運命を共にします。</translation>
    </message>
    <message>
        <source>Both private subnets send 0.0.0.0/0 to nat-a. Play: both instances reach the internet
under nat-a&apos;s public address, and nothing outside can start a connection to them.</source>
        <translation>両方のプライベートサブネットは 0.0.0.0/0 を nat-a に送ります。再生すると、両方のインスタンスが nat-a のパブリックアドレスで
インターネットに到達し、外部からはどちらにも接続を開始できないことがわかります。</translation>
    </message>
    <message>
        <source>A NAT gateway is redundant inside its AZ, not across AZs. The Issues panel warns
(nat-gateway-single-az): if us-east-1a fails, subnet-private-b loses its way out too.</source>
        <translation>NAT ゲートウェイはその AZ 内では冗長化されていますが、AZ をまたいでは冗長化されていません。「問題」パネルが
警告します (nat-gateway-single-az)。us-east-1a で障害が発生すると、subnet-private-b も外部への出口を失います。</translation>
    </message>
    <message>
        <source>The fix is one NAT gateway per AZ, each in a public subnet of its AZ, and each AZ&apos;s
private route table pointing at its own. The challenge &quot;A NAT gateway in each AZ&quot; asks
you to build it.</source>
        <translation>解決策は、AZ ごとに NAT ゲートウェイを 1 つずつ、それぞれの AZ のパブリックサブネットに置き、各 AZ の
プライベートルートテーブルが自分の AZ の NAT ゲートウェイを指すようにすることです。チャレンジ「各 AZ に NAT ゲートウェイ」では
これを構築します。</translation>
    </message>
    <message>
        <source>Public and private subnets</source>
        <translation>パブリックサブネットとプライベートサブネット</translation>
    </message>
    <message>
        <source>What makes a subnet public, and how a NAT gateway lets private addresses reach out but not in.</source>
        <translation>サブネットをパブリックにするものは何か、そして NAT ゲートウェイによってプライベートアドレスから外部へは接続できても、外部からは接続できない仕組みを学びます。</translation>
    </message>
    <message>
        <source>This VPC has two subnets. The route table of &quot;public&quot; sends 0.0.0.0/0 to the internet
gateway igw-shop: that route, and nothing else, is what makes a subnet public.</source>
        <translation>この VPC には 2 つのサブネットがあります。「public」のルートテーブルは 0.0.0.0/0 をインターネット
ゲートウェイ igw-shop に送ります。このルートこそが、そしてこのルートだけが、サブネットをパブリックにするものです。</translation>
    </message>
    <message>
        <source>i-web has a public IPv4 address (198.51.100.10) besides its private one; i-app has only
a private address. Private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) are never
routed on the internet.</source>
        <translation>i-web にはプライベートアドレスに加えてパブリック IPv4 アドレス (198.51.100.10) がありますが、i-app には
プライベートアドレスしかありません。プライベート範囲 (10.0.0.0/8、172.16.0.0/12、192.168.0.0/16) が
インターネット上でルーティングされることはありません。</translation>
    </message>
    <message>
        <source>The NAT gateway nat-a stands in the public subnet, with its own public address. The
private subnet&apos;s table sends 0.0.0.0/0 to it: i-app can reach the internet, under
nat-a&apos;s address, and the answers come back through it.</source>
        <translation>NAT ゲートウェイ nat-a は独自のパブリックアドレスを持ち、パブリックサブネットに配置されています。
プライベートサブネットのルートテーブルは 0.0.0.0/0 を nat-a に送ります。i-app は nat-a のアドレスで
インターネットに到達でき、応答も nat-a を通って戻ってきます。</translation>
    </message>
    <message>
        <source>Play the scenario. Customers reach i-web; i-web reaches i-app inside the VPC;
i-app&apos;s update goes out through nat-a. The probe from the internet to i-app&apos;s address
is dropped: nothing outside can start a connection to a private address, NAT or not.</source>
        <translation>シナリオを再生してください。顧客は i-web に到達し、i-web は VPC 内で i-app に到達します。
i-app の更新は nat-a を通って外部へ出ます。インターネットから i-app のアドレスへのプローブは
破棄されます。NAT の有無にかかわらず、外部からプライベートアドレスへの接続を開始することはできません。</translation>
    </message>
    <message>
        <source>A stateful security group and a stateless network ACL</source>
        <translation>ステートフルなセキュリティグループとステートレスなネットワーク ACL</translation>
    </message>
    <message>
        <source>Why an answer passes a security group by itself but needs its own rule in a network ACL, shown with the flow-log records of the AWS documentation.</source>
        <translation>応答がセキュリティグループはそのまま通過できるのに、ネットワーク ACL では専用のルールを必要とする理由を、AWS ドキュメントのフローログレコードを使って説明します。</translation>
    </message>
    <message>
        <source>sg-ping lets ICMP in. A security group is stateful: the answer to what it let in goes
out without a rule of its own. acl-icmp-in, the subnet&apos;s network ACL, also lets ICMP
in, but a network ACL is stateless: the answer is judged again, by its egress rules,
and none of them allows ICMP.</source>
        <translation>sg-ping は ICMP の受信を許可します。セキュリティグループはステートフルです。許可した通信への応答は、
専用のルールなしで送出されます。サブネットのネットワーク ACL である acl-icmp-in も ICMP の受信を
許可しますが、ネットワーク ACL はステートレスです。応答はアウトバウンドルールによって改めて判定され、
そのどれも ICMP を許可していません。</translation>
    </message>
    <message>
        <source>Play. The ping reaches i-web; the answer is dropped by the ACL on its way out. On the
flow-log page, i-web&apos;s interface has two records, exactly those of the AWS documentation:
the request ACCEPT, the answer REJECT.</source>
        <translation>再生してください。ping は i-web に到達しますが、応答は送出時に ACL によって破棄されます。
フローログページでは、i-web のインターフェイスに AWS ドキュメントのものとまったく同じ 2 つのレコードがあります。
リクエストは ACCEPT、応答は REJECT です。</translation>
    </message>
    <message>
        <source>web-out, a connection i-web starts, works: the ACL allows 443 out and the answers in
on the ephemeral ports 1024-65535. With a network ACL, both directions need rules.</source>
        <translation>i-web が開始する接続である web-out は機能します。ACL が 443 の送信と、エフェメラルポート 1024-65535 での
応答の受信を許可しているからです。ネットワーク ACL では、両方向にルールが必要です。</translation>
    </message>
    <message>
        <source>The designer saw it coming: the Issues panel warns (nacl-blocks-return) that the ACL
lets ICMP in while stopping every answer, and says which rule to add: ICMP echo
replies (type 0) out.</source>
        <translation>VPC Designer はこれを予見していました。「問題」パネルは、ACL が ICMP の受信を許可しながらすべての応答を
止めていると警告し (nacl-blocks-return)、追加すべきルールとして ICMP エコー
応答 (タイプ 0) の送信を示します。</translation>
    </message>
    <message>
        <source>A rule that works across Regions</source>
        <translation>リージョンをまたいで機能するルール</translation>
    </message>
    <message>
        <source>Replace a security-group reference that cannot cross Regions by the peer&apos;s addresses.</source>
        <translation>リージョンをまたげないセキュリティグループ参照を、ピアのアドレスに置き換えます。</translation>
    </message>
    <message>
        <source>sg-eu names sg-web, a group in another Region: the rule cannot apply, and web-to-eu is
dropped. Make sg-eu let the web servers in without naming their group.</source>
        <translation>sg-eu は別のリージョンのグループである sg-web を指定しています。このルールは適用できず、web-to-eu は
破棄されます。グループを指定せずに、sg-eu が Web サーバーからの受信を許可するようにしてください。</translation>
    </message>
    <message>
        <source>Answer the question, then check your design.</source>
        <translation>質問に答えてから、設計をチェックしてください。</translation>
    </message>
    <message>
        <source>the web server reaches the API in Ireland</source>
        <translation>Web サーバーがアイルランドの API に到達する</translation>
    </message>
    <message>
        <source>the API in Virginia still takes the web servers</source>
        <translation>バージニアの API が引き続き Web サーバーからの通信を受け付ける</translation>
    </message>
    <message>
        <source>no rule names a group of another Region</source>
        <translation>別のリージョンのグループを指定するルールがない</translation>
    </message>
    <message>
        <source>sg-api names sg-web across pcx-web-api. Why does that one work?</source>
        <translation>sg-api は pcx-web-api を介して sg-web を指定しています。こちらが機能するのはなぜですか？</translation>
    </message>
    <message>
        <source>Both VPCs are in us-east-1, where a rule may reference a peered VPC&apos;s group</source>
        <translation>両方の VPC が us-east-1 にあり、そこではルールでピアリングされた VPC のグループを参照できるから</translation>
    </message>
    <message>
        <source>Group references work across every peering</source>
        <translation>グループ参照はどのピアリングでも機能するから</translation>
    </message>
    <message>
        <source>It does not work either</source>
        <translation>こちらも機能しない</translation>
    </message>
    <message>
        <source>security groups can reference the groups of a peered VPC in the same Region only</source>
        <translation>セキュリティグループは、同じリージョン内のピアリングされた VPC のグループしか参照できません</translation>
    </message>
    <message>
        <source>A rule&apos;s source may be a CIDR block instead of a group.</source>
        <translation>ルールのソースには、グループの代わりに CIDR ブロックを指定できます。</translation>
    </message>
    <message>
        <source>vpc-web&apos;s block is 10.21.0.0/16; the web servers&apos; subnet is 10.21.1.0/24.</source>
        <translation>vpc-web のブロックは 10.21.0.0/16 で、Web サーバーのサブネットは 10.21.1.0/24 です。</translation>
    </message>
    <message>
        <source>DynamoDB without the internet</source>
        <translation>インターネットを使わない DynamoDB</translation>
    </message>
    <message>
        <source>Reach DynamoDB and S3 through gateway endpoints, with no NAT gateway and no route to the internet.</source>
        <translation>NAT ゲートウェイもインターネットへのルートも使わずに、ゲートウェイエンドポイント経由で DynamoDB と S3 に到達します。</translation>
    </message>
    <message>
        <source>i-orders reaches DynamoDB and S3 through nat-orders and the internet gateway. Give the
private route table gateway endpoints instead, and remove the NAT gateway.</source>
        <translation>i-orders は nat-orders とインターネットゲートウェイを経由して DynamoDB と S3 に到達しています。代わりに
プライベートルートテーブルにゲートウェイエンドポイントを設定し、NAT ゲートウェイを削除してください。</translation>
    </message>
    <message>
        <source>i-orders queries DynamoDB</source>
        <translation>i-orders が DynamoDB にクエリを実行する</translation>
    </message>
    <message>
        <source>i-orders still writes to S3</source>
        <translation>i-orders が引き続き S3 に書き込む</translation>
    </message>
    <message>
        <source>no NAT gateway is left</source>
        <translation>NAT ゲートウェイが残っていない</translation>
    </message>
    <message>
        <source>one gateway endpoint per service</source>
        <translation>サービスごとにゲートウェイエンドポイントが 1 つ</translation>
    </message>
    <message>
        <source>A third service, SQS, is needed privately. Can a gateway endpoint do it?</source>
        <translation>3 つ目のサービスである SQS にプライベートにアクセスする必要があります。ゲートウェイエンドポイントで対応できますか？</translation>
    </message>
    <message>
        <source>Yes, gateway endpoints exist for every AWS service</source>
        <translation>はい、ゲートウェイエンドポイントはすべての AWS サービスに用意されています</translation>
    </message>
    <message>
        <source>No, gateway endpoints exist for S3 and DynamoDB only; SQS needs an interface endpoint</source>
        <translation>いいえ、ゲートウェイエンドポイントは S3 と DynamoDB 用のみです。SQS にはインターフェイスエンドポイントが必要です</translation>
    </message>
    <message>
        <source>gateway endpoints serve S3 and DynamoDB; other services are reached privately through interface endpoints (PrivateLink)</source>
        <translation>ゲートウェイエンドポイントは S3 と DynamoDB に対応します。その他のサービスには、インターフェイスエンドポイント (PrivateLink) を介してプライベートに到達します</translation>
    </message>
    <message>
        <source>Add an endpoint on the VPC (not in a subnet) for each service, with rtb-private in its route tables.</source>
        <translation>サービスごとに、(サブネットではなく) VPC にエンドポイントを追加し、そのルートテーブルに rtb-private を含めます。</translation>
    </message>
    <message>
        <source>Then delete nat-orders and the route that pointed at it.</source>
        <translation>次に、nat-orders と、それを指していたルートを削除します。</translation>
    </message>
    <message>
        <source>An endpoint for our bucket only</source>
        <translation>自社のバケット専用のエンドポイント</translation>
    </message>
    <message>
        <source>Write an endpoint policy that lets the report job reach example-reports and nothing else.</source>
        <translation>レポートジョブが example-reports にだけ到達でき、それ以外には到達できないようにするエンドポイントポリシーを作成します。</translation>
    </message>
    <message>
        <source>vpce-s3 has no policy: AWS gives it full access, so i-report could upload our data to
a stranger&apos;s bucket (stranger-upload). Write a policy for vpce-s3 in the Inspector
that allows only example-reports.</source>
        <translation>vpce-s3 にはポリシーがありません。その場合 AWS はフルアクセスを与えるため、i-report は自社のデータを
他人のバケット (stranger-upload) にアップロードできてしまいます。インスペクターで vpce-s3 に
example-reports のみを許可するポリシーを作成してください。</translation>
    </message>
    <message>
        <source>the report job still uploads to example-reports</source>
        <translation>レポートジョブが引き続き example-reports にアップロードする</translation>
    </message>
    <message>
        <source>nothing reaches a stranger&apos;s bucket through the endpoint</source>
        <translation>エンドポイントを通って他人のバケットに到達するものがない</translation>
    </message>
    <message>
        <source>partner-data is out of bounds too</source>
        <translation>partner-data にも到達できない</translation>
    </message>
    <message>
        <source>AWS accepts your policy</source>
        <translation>AWS がポリシーを受け入れる</translation>
    </message>
    <message>
        <source>What does a gateway endpoint allow when it has no policy written?</source>
        <translation>ポリシーが作成されていない場合、ゲートウェイエンドポイントは何を許可しますか？</translation>
    </message>
    <message>
        <source>Nothing until a policy is attached</source>
        <translation>ポリシーがアタッチされるまで何も許可しない</translation>
    </message>
    <message>
        <source>Full access to the service, any bucket of any account</source>
        <translation>サービスへのフルアクセス (任意のアカウントの任意のバケット)</translation>
    </message>
    <message>
        <source>Only the buckets of its own account</source>
        <translation>自分のアカウントのバケットのみ</translation>
    </message>
    <message>
        <source>an endpoint&apos;s default policy allows full access; a policy of your own narrows it</source>
        <translation>エンドポイントのデフォルトポリシーはフルアクセスを許可します。独自のポリシーでそれを絞り込みます</translation>
    </message>
    <message>
        <source>The policy is YAML in the Inspector, as AWS writes it, with Version and Statement.</source>
        <translation>ポリシーは、AWS での記述と同じく Version と Statement を含む YAML として、インスペクターで記述します。</translation>
    </message>
    <message>
        <source>One Allow statement with Resource arn:aws:s3:::example-reports and arn:aws:s3:::example-reports/* is enough; what a policy does not allow, it denies.</source>
        <translation>Resource に arn:aws:s3:::example-reports と arn:aws:s3:::example-reports/* を指定した Allow ステートメントが 1 つあれば十分です。ポリシーで許可されていないものは拒否されます。</translation>
    </message>
    <message>
        <source>Log the refused connections</source>
        <translation>拒否された接続をログに記録する</translation>
    </message>
    <message>
        <source>Choose where a flow log attaches and what it keeps, and predict the record it writes.</source>
        <translation>フローログをどこにアタッチし、何を記録するかを選び、書き込まれるレコードを予測します。</translation>
    </message>
    <message>
        <source>The security team wants a record of every connection refused anywhere in vpc-web,
and nothing else. Add one flow log that does it (a VPC, a subnet or an interface; ALL,
ACCEPT or REJECT).</source>
        <translation>セキュリティチームは、vpc-web 内のどこかで拒否されたすべての接続の記録を求めており、それ以外は
不要です。これを実現するフローログを 1 つ追加してください (VPC、サブネット、またはインターフェイス。ALL、
ACCEPT、または REJECT)。</translation>
    </message>
    <message>
        <source>Before you play the minute, answer the questions; then play it and open the flow-log
page to see whether you were right.</source>
        <translation>この 1 分間を再生する前に、質問に答えてください。その後、再生してフローログ
ページを開き、正しかったかどうかを確認してください。</translation>
    </message>
    <message>
        <source>a flow log watches the VPC</source>
        <translation>フローログが VPC を監視する</translation>
    </message>
    <message>
        <source>the flow log is on a VPC</source>
        <translation>フローログが VPC に設定されている</translation>
    </message>
    <message>
        <source>Which one flow log sees the refused SSH scan of i-admin and the refused RDP scan of i-web?</source>
        <translation>i-admin に対する拒否された SSH スキャンと、i-web に対する拒否された RDP スキャンの両方を記録できる 1 つのフローログはどれですか？</translation>
    </message>
    <message>
        <source>One on subnet-web</source>
        <translation>subnet-web に 1 つ</translation>
    </message>
    <message>
        <source>One on vpc-web</source>
        <translation>vpc-web に 1 つ</translation>
    </message>
    <message>
        <source>One on i-web&apos;s interface</source>
        <translation>i-web のインターフェイスに 1 つ</translation>
    </message>
    <message>
        <source>a flow log on a VPC watches every interface in it; one on a subnet or an interface sees only those</source>
        <translation>VPC のフローログはその中のすべてのインターフェイスを監視します。サブネットやインターフェイスのフローログは、それらだけを監視します</translation>
    </message>
    <message>
        <source>What does a REJECT flow log record of rdp-scan hold?</source>
        <translation>rdp-scan の REJECT フローログレコードには何が含まれますか？</translation>
    </message>
    <message>
        <source>The RDP packets&apos; contents, to see what the scanner tried</source>
        <translation>スキャナーが何を試みたかがわかる、RDP パケットの内容</translation>
    </message>
    <message>
        <source>Addresses, ports, protocol, packets, bytes, the window and REJECT</source>
        <translation>アドレス、ポート、プロトコル、パケット数、バイト数、ウィンドウ、REJECT</translation>
    </message>
    <message>
        <source>Only the scanner&apos;s address</source>
        <translation>スキャナーのアドレスのみ</translation>
    </message>
    <message>
        <source>flow logs keep metadata of each window, never the packets&apos; contents</source>
        <translation>フローログは各ウィンドウのメタデータを記録し、パケットの内容は決して記録しません</translation>
    </message>
    <message>
        <source>The log keeps REJECT only. Is the shoppers&apos; HTTPS to i-web in it?</source>
        <translation>このログは REJECT のみを記録します。買い物客から i-web への HTTPS は含まれますか？</translation>
    </message>
    <message>
        <source>Yes, every flow of the VPC is</source>
        <translation>はい、VPC のすべてのフローが含まれます</translation>
    </message>
    <message>
        <source>No, it was accepted</source>
        <translation>いいえ、受け入れられた通信だからです</translation>
    </message>
    <message>
        <source>a flow log keeps ACCEPT, REJECT or ALL traffic, as it was created</source>
        <translation>フローログは、作成時の設定に応じて ACCEPT、REJECT、または ALL のトラフィックを記録します</translation>
    </message>
    <message>
        <source>A flow log is added from the palette onto a VPC, a subnet or an instance.</source>
        <translation>フローログは、パレットから VPC、サブネット、またはインスタンスの上に追加します。</translation>
    </message>
    <message>
        <source>In the Inspector, set its traffic-type to REJECT.</source>
        <translation>インスペクターで、traffic-type を REJECT に設定します。</translation>
    </message>
    <message>
        <source>When do the records come?</source>
        <translation>レコードはいつ届きますか？</translation>
    </message>
    <message>
        <source>Set up a flow log to CloudWatch Logs, then predict its windows and delivery.</source>
        <translation>CloudWatch Logs へのフローログを設定し、そのウィンドウと配信のタイミングを予測します。</translation>
    </message>
    <message>
        <source>Add a flow log on i-build that writes to CloudWatch Logs every 60 seconds
(max-aggregation-interval 60). Then answer before you play.</source>
        <translation>i-build に、60 秒ごとに CloudWatch Logs へ書き込むフローログを追加してください
(max-aggregation-interval 60)。その後、再生する前に質問に答えてください。</translation>
    </message>
    <message>
        <source>Play the download and open the flow-log page to check your answers.</source>
        <translation>ダウンロードを再生し、フローログページを開いて回答を確認してください。</translation>
    </message>
    <message>
        <source>a flow log watches i-build</source>
        <translation>フローログが i-build を監視する</translation>
    </message>
    <message>
        <source>every flow log aggregates over 60 or 600 seconds</source>
        <translation>すべてのフローログが 60 秒または 600 秒で集約する</translation>
    </message>
    <message>
        <source>The download lasts 180 s. How many records does a 60-second log write for its request direction?</source>
        <translation>ダウンロードは 180 秒続きます。60 秒のログは、リクエスト方向について何件のレコードを書き込みますか？</translation>
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
        <translation>フローにパケットがあったウィンドウごとに 1 件のレコード (各 60 秒)</translation>
    </message>
    <message>
        <source>When can the first record be read in CloudWatch Logs?</source>
        <translation>最初のレコードは、CloudWatch Logs でいつ読めるようになりますか？</translation>
    </message>
    <message>
        <source>As the first packet passes</source>
        <translation>最初のパケットが通過したとき</translation>
    </message>
    <message>
        <source>About 5 minutes after its window closes</source>
        <translation>ウィンドウが閉じてから約 5 分後</translation>
    </message>
    <message>
        <source>At midnight, in a daily file</source>
        <translation>午前 0 時に、日次ファイルで</translation>
    </message>
    <message>
        <source>records are aggregated over their window and delivered minutes later (about 5 for CloudWatch Logs, 10 for S3)</source>
        <translation>レコードはウィンドウ単位で集約され、数分後に配信されます (CloudWatch Logs では約 5 分、S3 では約 10 分)</translation>
    </message>
    <message>
        <source>Where does Athena query flow-log records?</source>
        <translation>Athena はどこでフローログレコードをクエリしますか？</translation>
    </message>
    <message>
        <source>In CloudWatch Logs</source>
        <translation>CloudWatch Logs 内</translation>
    </message>
    <message>
        <source>In S3</source>
        <translation>S3 内</translation>
    </message>
    <message>
        <source>In the VPC</source>
        <translation>VPC 内</translation>
    </message>
    <message>
        <source>Athena reads files in S3; CloudWatch Logs has Logs Insights</source>
        <translation>Athena は S3 内のファイルを読み取ります。CloudWatch Logs には Logs Insights があります</translation>
    </message>
    <message>
        <source>A flow log from the palette onto i-build; in the Inspector, destination cloud-watch-logs and max-aggregation-interval 60.</source>
        <translation>パレットから i-build 上にフローログを追加し、インスペクターで destination を cloud-watch-logs、max-aggregation-interval を 60 に設定します。</translation>
    </message>
    <message>
        <source>An interface endpoint that survives an AZ</source>
        <translation>AZ の障害に耐えるインターフェイスエンドポイント</translation>
    </message>
    <message>
        <source>Give the endpoint an interface in each AZ, and let only the workers reach it.</source>
        <translation>エンドポイントに各 AZ のインターフェイスを持たせ、ワーカーだけがエンドポイントに到達できるようにします。</translation>
    </message>
    <message>
        <source>vpce-sqs has one interface, in us-east-1a: if that AZ fails, the workers of
us-east-1b lose SQS. Give the endpoint a subnet in each AZ.</source>
        <translation>vpce-sqs には us-east-1a にインターフェイスが 1 つしかありません。その AZ で障害が発生すると、
us-east-1b のワーカーは SQS を使えなくなります。エンドポイントに各 AZ のサブネットを設定してください。</translation>
    </message>
    <message>
        <source>sg-endpoint lets in anything from the VPC. Only members of sg-app should reach the
endpoint: the batch server (i-batch) must be refused.</source>
        <translation>sg-endpoint は VPC からのあらゆる通信を許可しています。エンドポイントに到達できるのは sg-app のメンバーだけにする必要があります。
バッチサーバー (i-batch) は拒否されなければなりません。</translation>
    </message>
    <message>
        <source>the endpoint has an interface in each AZ that has subnets</source>
        <translation>エンドポイントが、サブネットのある各 AZ にインターフェイスを持つ</translation>
    </message>
    <message>
        <source>the worker of us-east-1b reaches SQS</source>
        <translation>us-east-1b のワーカーが SQS に到達する</translation>
    </message>
    <message>
        <source>i-batch cannot reach the endpoint</source>
        <translation>i-batch がエンドポイントに到達できない</translation>
    </message>
    <message>
        <source>the worker of us-east-1a still sends</source>
        <translation>us-east-1a のワーカーが引き続き送信できる</translation>
    </message>
    <message>
        <source>The endpoint must also refuse sqs:PurgeQueue from the workers. What does that?</source>
        <translation>エンドポイントは、ワーカーからの sqs:PurgeQueue も拒否する必要があります。それを実現するのはどれですか？</translation>
    </message>
    <message>
        <source>Its security group</source>
        <translation>エンドポイントのセキュリティグループ</translation>
    </message>
    <message>
        <source>Its endpoint policy</source>
        <translation>エンドポイントポリシー</translation>
    </message>
    <message>
        <source>A network ACL rule</source>
        <translation>ネットワーク ACL のルール</translation>
    </message>
    <message>
        <source>a security group decides who reaches the interface; the endpoint policy decides which actions it allows</source>
        <translation>セキュリティグループはインターフェイスに誰が到達できるかを決め、エンドポイントポリシーはどのアクションを許可するかを決めます</translation>
    </message>
    <message>
        <source>Add subnet-b to the endpoint&apos;s subnets in the Inspector.</source>
        <translation>インスペクターで、エンドポイントのサブネットに subnet-b を追加します。</translation>
    </message>
    <message>
        <source>A security-group rule may name another group (sg-app) as its source.</source>
        <translation>セキュリティグループのルールでは、別のグループ (sg-app) をソースとして指定できます。</translation>
    </message>
    <message>
        <source>IPv6 out, but not in</source>
        <translation>IPv6 で外へは出られるが、中へは入れない</translation>
    </message>
    <message>
        <source>Let i-app reach the internet over IPv6 while nothing there can open a connection to it.</source>
        <translation>i-app が IPv6 でインターネットに到達できるようにしつつ、インターネット側からは i-app への接続を開始できないようにします。</translation>
    </message>
    <message>
        <source>i-app has a public IPv6 address, as every IPv6 address is, and rtb-app sends ::/0 to
the internet gateway: the probe from the internet gets an answer. Keep app-out working
and make the probe fail, without touching the security group.</source>
        <translation>i-app には、すべての IPv6 アドレスと同様にパブリックな IPv6 アドレスがあり、rtb-app は ::/0 を
インターネットゲートウェイに送ります。そのため、インターネットからのプローブに応答が返ります。app-out は機能させたまま
プローブが失敗するようにしてください。セキュリティグループには手を加えないでください。</translation>
    </message>
    <message>
        <source>i-app reaches the internet over IPv6</source>
        <translation>i-app が IPv6 でインターネットに到達する</translation>
    </message>
    <message>
        <source>the probe from the internet gets no connection</source>
        <translation>インターネットからのプローブで接続が確立されない</translation>
    </message>
    <message>
        <source>an egress-only internet gateway carries the subnet&apos;s IPv6</source>
        <translation>Egress-Only インターネットゲートウェイがサブネットの IPv6 トラフィックを運ぶ</translation>
    </message>
    <message>
        <source>the visitors still reach i-web</source>
        <translation>訪問者が引き続き i-web に到達する</translation>
    </message>
    <message>
        <source>Why is there no NAT gateway for IPv6 here?</source>
        <translation>ここで IPv6 用の NAT ゲートウェイがないのはなぜですか？</translation>
    </message>
    <message>
        <source>NAT gateways are too slow for IPv6</source>
        <translation>NAT ゲートウェイは IPv6 には遅すぎるから</translation>
    </message>
    <message>
        <source>Every IPv6 address is public; an egress-only internet gateway keeps connections from starting outside</source>
        <translation>IPv6 アドレスはすべてパブリックであり、Egress-Only インターネットゲートウェイは外部から接続が開始されるのを防ぐから</translation>
    </message>
    <message>
        <source>IPv6 cannot leave a VPC</source>
        <translation>IPv6 は VPC の外に出られないから</translation>
    </message>
    <message>
        <source>IPv6 needs no translation; the egress-only gateway only lets out what starts inside, and its answers</source>
        <translation>IPv6 ではアドレス変換は不要です。Egress-Only ゲートウェイは、内部から開始された通信とその応答だけを通します</translation>
    </message>
    <message>
        <source>An egress-only internet gateway is added to the VPC, like an internet gateway.</source>
        <translation>Egress-Only インターネットゲートウェイは、インターネットゲートウェイと同様に VPC に追加します。</translation>
    </message>
    <message>
        <source>Then rtb-app sends ::/0 to it instead of the internet gateway.</source>
        <translation>次に、rtb-app が ::/0 をインターネットゲートウェイではなく、Egress-Only インターネットゲートウェイに送るようにします。</translation>
    </message>
    <message>
        <source>A NAT gateway in each AZ</source>
        <translation>各 AZ に NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>Survive the loss of an AZ by giving each AZ its own NAT gateway.</source>
        <translation>各 AZ に専用の NAT ゲートウェイを持たせて、AZ の障害に耐えられるようにします。</translation>
    </message>
    <message>
        <source>Both private subnets reach the internet through nat-a, in us-east-1a. If that AZ
fails, i-app-b in us-east-1b loses its way out too. Give us-east-1b a NAT gateway of
its own, in its public subnet, and route rtb-private-b to it.</source>
        <translation>両方のプライベートサブネットは、us-east-1a にある nat-a を通ってインターネットに到達します。その AZ で
障害が発生すると、us-east-1b の i-app-b も外部への出口を失います。us-east-1b のパブリックサブネットに
専用の NAT ゲートウェイを置き、rtb-private-b をそこへルーティングしてください。</translation>
    </message>
    <message>
        <source>no NAT gateway serves private subnets of several AZs</source>
        <translation>複数の AZ のプライベートサブネットにサービスを提供する NAT ゲートウェイがない</translation>
    </message>
    <message>
        <source>two NAT gateways</source>
        <translation>NAT ゲートウェイが 2 つある</translation>
    </message>
    <message>
        <source>i-app-a still reaches the internet</source>
        <translation>i-app-a が引き続きインターネットに到達する</translation>
    </message>
    <message>
        <source>i-app-b still reaches the internet</source>
        <translation>i-app-b が引き続きインターネットに到達する</translation>
    </message>
    <message>
        <source>Where must the NAT gateway for us-east-1b stand?</source>
        <translation>us-east-1b 用の NAT ゲートウェイはどこに配置する必要がありますか？</translation>
    </message>
    <message>
        <source>In subnet-private-b, beside the instances it serves</source>
        <translation>subnet-private-b 内、サービスを提供するインスタンスの隣</translation>
    </message>
    <message>
        <source>In subnet-public-b, whose route table leads to the internet gateway</source>
        <translation>subnet-public-b 内 (ルートテーブルがインターネットゲートウェイにつながっているサブネット)</translation>
    </message>
    <message>
        <source>In any subnet of the VPC</source>
        <translation>VPC 内の任意のサブネット</translation>
    </message>
    <message>
        <source>a public NAT gateway sends its traffic out through the internet gateway, so its own subnet must be public</source>
        <translation>パブリック NAT ゲートウェイはトラフィックをインターネットゲートウェイ経由で送出するため、それ自体のサブネットはパブリックである必要があります</translation>
    </message>
    <message>
        <source>Drop a NAT gateway from the palette onto subnet-public-b.</source>
        <translation>パレットから NAT ゲートウェイを subnet-public-b 上にドロップします。</translation>
    </message>
    <message>
        <source>Then edit rtb-private-b&apos;s route 0.0.0.0/0 to point at it.</source>
        <translation>次に、rtb-private-b のルート 0.0.0.0/0 がそのゲートウェイを指すように編集します。</translation>
    </message>
    <message>
        <source>The peer&apos;s names, resolved privately</source>
        <translation>ピアの名前をプライベートに解決する</translation>
    </message>
    <message>
        <source>Turn on what DNS resolution across a peering needs.</source>
        <translation>ピアリングを介した DNS 解決に必要な設定を有効にします。</translation>
    </message>
    <message>
        <source>pcx-app-data has DNS resolution on for both sides, so that i-db&apos;s public DNS name,
asked from vpc-app, resolves to its private address. AWS refuses it here: see the
Issues panel. Give it what it needs.</source>
        <translation>pcx-app-data では両側で DNS 解決が有効になっており、vpc-app から問い合わせた i-db のパブリック DNS 名が
プライベートアドレスに解決されるようになっています。しかしここでは AWS がこれを拒否します。
「問題」パネルを参照し、必要なものを設定してください。</translation>
    </message>
    <message>
        <source>DNS resolution on the peering is possible</source>
        <translation>ピアリングで DNS 解決を有効にできる</translation>
    </message>
    <message>
        <source>i-app reaches the database</source>
        <translation>i-app がデータベースに到達する</translation>
    </message>
    <message>
        <source>What does DNS resolution on a peering change?</source>
        <translation>ピアリングで DNS 解決を有効にすると何が変わりますか？</translation>
    </message>
    <message>
        <source>The peer&apos;s public DNS names resolve to private addresses, so the traffic stays on the peering</source>
        <translation>ピアのパブリック DNS 名がプライベートアドレスに解決され、トラフィックがピアリング上にとどまる</translation>
    </message>
    <message>
        <source>It opens the security groups to the peer</source>
        <translation>ピアに対してセキュリティグループが開かれる</translation>
    </message>
    <message>
        <source>It makes the peering transitive</source>
        <translation>ピアリングが推移的になる</translation>
    </message>
    <message>
        <source>without it, a public name resolves to a public address and the traffic leaves by the internet, if at all</source>
        <translation>これがないと、パブリック名はパブリックアドレスに解決され、トラフィックは (そもそも到達するとしても) インターネット経由で出ていきます</translation>
    </message>
    <message>
        <source>Both VPCs need dns-support and dns-hostnames.</source>
        <translation>両方の VPC で dns-support と dns-hostnames が必要です。</translation>
    </message>
    <message>
        <source>The application needs the database</source>
        <translation>アプリケーションにはデータベースが必要</translation>
    </message>
    <message>
        <source>Replace a hope of transit by a peering of its own, with routes on both sides.</source>
        <translation>推移的な通信を当てにするのをやめ、専用のピアリングと両側のルートに置き換えます。</translation>
    </message>
    <message>
        <source>rtb-app sends 10.30.0.0/16 (vpc-data) through the peering with vpc-shared. The
designer flags it: peering is not transitive, and app-to-db is dropped at the peering.
Give vpc-app a way to the database that works.</source>
        <translation>rtb-app は 10.30.0.0/16 (vpc-data) を vpc-shared とのピアリング経由で送っています。VPC Designer は
これを警告します。ピアリングは推移的ではなく、app-to-db はピアリングで破棄されます。
vpc-app からデータベースへの、機能する経路を用意してください。</translation>
    </message>
    <message>
        <source>no route counts on transit</source>
        <translation>推移的な通信に依存するルートがない</translation>
    </message>
    <message>
        <source>every peering is routed on both sides</source>
        <translation>すべてのピアリングが両側でルーティングされている</translation>
    </message>
    <message>
        <source>i-app still reaches the shared services</source>
        <translation>i-app が引き続き共有サービスに到達する</translation>
    </message>
    <message>
        <source>Ten VPCs must all reach each other by peering alone. How many peering connections is that?</source>
        <translation>10 個の VPC が、ピアリングだけで互いにすべて到達できる必要があります。ピアリング接続はいくつ必要ですか？</translation>
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
        <translation>ピアリングは推移的ではないため、各ペアに専用の接続が必要で、n(n-1)/2 = 45 になります (トランジットゲートウェイを使えばこれを回避できます)</translation>
    </message>
    <message>
        <source>Peer vpc-app with vpc-data directly (drag from one VPC&apos;s link handle to the other).</source>
        <translation>vpc-app と vpc-data を直接ピアリングします (一方の VPC のリンクハンドルからもう一方へドラッグします)。</translation>
    </message>
    <message>
        <source>Route 10.30.0.0/16 in rtb-app and 10.10.0.0/16 in rtb-data through the new peering.</source>
        <translation>新しいピアリングを経由して、rtb-app で 10.30.0.0/16 を、rtb-data で 10.10.0.0/16 をルーティングします。</translation>
    </message>
    <message>
        <source>Peer the application with the database</source>
        <translation>アプリケーションとデータベースをピアリングする</translation>
    </message>
    <message>
        <source>Give a VPC its own block, peer it, route both ways and open the database port.</source>
        <translation>VPC に独自のブロックを割り当ててピアリングし、双方向にルーティングして、データベースのポートを開きます。</translation>
    </message>
    <message>
        <source>Both VPCs use 10.10.0.0/16: AWS refuses to peer them. Give vpc-data a block of its
own (and move its subnet and i-db into it), then peer the two VPCs.</source>
        <translation>両方の VPC が 10.10.0.0/16 を使用しているため、AWS はピアリングを拒否します。vpc-data に独自の
ブロックを割り当て (サブネットと i-db もそこへ移し)、2 つの VPC をピアリングしてください。</translation>
    </message>
    <message>
        <source>Route each VPC&apos;s block through the peering on both sides, and let sg-data take 5432
from the application. Play the scenario until app-to-db is delivered.</source>
        <translation>ピアリングを経由して各 VPC のブロックを両側でルーティングし、sg-data がアプリケーションからの 5432 を
受け付けるようにしてください。app-to-db が配信されるまでシナリオを再生してください。</translation>
    </message>
    <message>
        <source>the peered VPCs do not overlap</source>
        <translation>ピアリングされた VPC が重複していない</translation>
    </message>
    <message>
        <source>the two VPCs are peered</source>
        <translation>2 つの VPC がピアリングされている</translation>
    </message>
    <message>
        <source>app-to-db is delivered and answered</source>
        <translation>app-to-db が配信され、応答が返る</translation>
    </message>
    <message>
        <source>both sides route through the peering</source>
        <translation>両側がピアリング経由でルーティングしている</translation>
    </message>
    <message>
        <source>vpc-data is also peered with vpc-backup. Can i-app reach vpc-backup through vpc-data?</source>
        <translation>vpc-data は vpc-backup ともピアリングされています。i-app は vpc-data を経由して vpc-backup に到達できますか？</translation>
    </message>
    <message>
        <source>Yes, with a route in rtb-app through the peering with vpc-data</source>
        <translation>はい、rtb-app に vpc-data とのピアリングを経由するルートがあれば到達できます</translation>
    </message>
    <message>
        <source>No, peering is not transitive; vpc-app needs its own peering with vpc-backup</source>
        <translation>いいえ、ピアリングは推移的ではありません。vpc-app には vpc-backup との専用のピアリングが必要です</translation>
    </message>
    <message>
        <source>a peering carries traffic between its two VPCs only; a packet for a third VPC is dropped at the peer</source>
        <translation>ピアリングは 2 つの VPC 間のトラフィックのみを運びます。3 つ目の VPC 宛てのパケットはピアで破棄されます</translation>
    </message>
    <message>
        <source>Change vpc-data&apos;s block in the Inspector (10.30.0.0/16, say), then its subnet&apos;s and i-db&apos;s addresses.</source>
        <translation>インスペクターで vpc-data のブロックを (たとえば 10.30.0.0/16 に) 変更し、次にそのサブネットと i-db のアドレスを変更します。</translation>
    </message>
    <message>
        <source>Drag from one VPC&apos;s link handle to the other to peer them.</source>
        <translation>一方の VPC のリンクハンドルからもう一方へドラッグすると、ピアリングできます。</translation>
    </message>
    <message>
        <source>Each route table needs the other VPC&apos;s block with the peering as target.</source>
        <translation>各ルートテーブルには、もう一方の VPC のブロックを送信先とし、ピアリングをターゲットとするルートが必要です。</translation>
    </message>
    <message>
        <source>Private DNS for the queue</source>
        <translation>キューのプライベート DNS</translation>
    </message>
    <message>
        <source>Make the service&apos;s usual name resolve to the interface endpoint.</source>
        <translation>サービスの通常の名前がインターフェイスエンドポイントに解決されるようにします。</translation>
    </message>
    <message>
        <source>vpce-sqs has interfaces in both AZs, but private DNS is off: the workers&apos; name for SQS
still resolves to its public addresses, and the VPC has no route there. Make the
usual name lead to the endpoint.</source>
        <translation>vpce-sqs には両方の AZ にインターフェイスがありますが、プライベート DNS が無効です。ワーカーが使う SQS の名前は
依然としてパブリックアドレスに解決され、VPC にはそこへのルートがありません。通常の名前で
エンドポイントにつながるようにしてください。</translation>
    </message>
    <message>
        <source>the worker of us-east-1a reaches SQS</source>
        <translation>us-east-1a のワーカーが SQS に到達する</translation>
    </message>
    <message>
        <source>the VPC supports private DNS</source>
        <translation>VPC がプライベート DNS をサポートしている</translation>
    </message>
    <message>
        <source>no NAT gateway</source>
        <translation>NAT ゲートウェイなし</translation>
    </message>
    <message>
        <source>Without private DNS, how would a worker reach the endpoint?</source>
        <translation>プライベート DNS がない場合、ワーカーはどのようにエンドポイントに到達しますか?</translation>
    </message>
    <message>
        <source>It cannot</source>
        <translation>到達できない</translation>
    </message>
    <message>
        <source>By the endpoint&apos;s own DNS names, the regional one or the one of its AZ</source>
        <translation>エンドポイント自身の DNS 名 (リージョン単位の名前、またはその AZ の名前) を使う</translation>
    </message>
    <message>
        <source>By the service&apos;s public name over the internet gateway</source>
        <translation>インターネットゲートウェイ経由でサービスのパブリック名を使う</translation>
    </message>
    <message>
        <source>an interface endpoint always has DNS names of its own; private DNS adds the service&apos;s usual name</source>
        <translation>インターフェイスエンドポイントには常に独自の DNS 名があります。プライベート DNS は、サービスの通常の名前を追加します</translation>
    </message>
    <message>
        <source>Turn private-dns on for vpce-sqs in the Inspector.</source>
        <translation>インスペクターで vpce-sqs の private-dns をオンにしてください。</translation>
    </message>
    <message>
        <source>Private DNS needs dns-support and dns-hostnames on the VPC.</source>
        <translation>プライベート DNS には、VPC で dns-support と dns-hostnames が必要です。</translation>
    </message>
    <message>
        <source>Updates for a private server</source>
        <translation>プライベートサーバーの更新</translation>
    </message>
    <message>
        <source>Let a server in a private subnet reach the internet, and nothing on the internet reach it.</source>
        <translation>プライベートサブネットのサーバーがインターネットに到達でき、インターネットからは何もそのサーバーに到達できないようにします。</translation>
    </message>
    <message>
        <source>i-app lives in the private subnet, whose route table has no way out. It must download
its updates (app-updates) while staying private. Build what it needs.</source>
        <translation>i-app はプライベートサブネットにあり、そのルートテーブルには外部への経路がありません。i-app は
プライベートのまま更新 (app-updates) をダウンロードする必要があります。必要なものを構築してください。</translation>
    </message>
    <message>
        <source>Answer the question first: playing locks it. Then play the scenario to see the update
leave through your NAT gateway.</source>
        <translation>まず質問に回答してください。再生すると回答はロックされます。その後シナリオを再生して、更新が
NAT ゲートウェイを通って出ていく様子を確認してください。</translation>
    </message>
    <message>
        <source>i-app downloads its updates over HTTPS</source>
        <translation>i-app が HTTPS で更新をダウンロードする</translation>
    </message>
    <message>
        <source>the internet still cannot open a connection to i-app</source>
        <translation>インターネットからは引き続き i-app への接続を開始できない</translation>
    </message>
    <message>
        <source>i-app stays private (no public address, no route of its subnet to the internet gateway)</source>
        <translation>i-app はプライベートのままである (パブリックアドレスがなく、そのサブネットにインターネットゲートウェイへのルートがない)</translation>
    </message>
    <message>
        <source>a NAT gateway does the translation</source>
        <translation>NAT ゲートウェイがアドレス変換を行う</translation>
    </message>
    <message>
        <source>A client on the internet knows the NAT gateway&apos;s public address. Can it open a connection to i-app through it?</source>
        <translation>インターネット上のクライアントが NAT ゲートウェイのパブリックアドレスを知っています。このアドレスを経由して i-app への接続を開始できますか?</translation>
    </message>
    <message>
        <source>Yes, if i-app&apos;s security group allows the port</source>
        <translation>はい、i-app のセキュリティグループがそのポートを許可していれば可能</translation>
    </message>
    <message>
        <source>No, a NAT gateway only carries connections started from inside</source>
        <translation>いいえ、NAT ゲートウェイは内側から開始された接続のみを通す</translation>
    </message>
    <message>
        <source>Only over IPv6</source>
        <translation>IPv6 経由の場合のみ可能</translation>
    </message>
    <message>
        <source>a NAT gateway keeps state for connections its subnets start; what arrives unasked is dropped</source>
        <translation>NAT ゲートウェイは、そのサブネットから開始された接続の状態を保持します。要求されずに届いたものは破棄されます</translation>
    </message>
    <message>
        <source>A private subnet reaches out through a NAT gateway, which itself must stand in a public subnet.</source>
        <translation>プライベートサブネットは NAT ゲートウェイを通って外部に出ます。NAT ゲートウェイ自体はパブリックサブネットに配置する必要があります。</translation>
    </message>
    <message>
        <source>After adding the NAT gateway, route 0.0.0.0/0 of rtb-private to it.</source>
        <translation>NAT ゲートウェイを追加したら、rtb-private の 0.0.0.0/0 をそこにルーティングしてください。</translation>
    </message>
    <message>
        <source>S3 without the NAT gateway</source>
        <translation>NAT ゲートウェイを使わない S3 アクセス</translation>
    </message>
    <message>
        <source>Replace a NAT gateway by a gateway endpoint, and make the bucket refuse everything else.</source>
        <translation>NAT ゲートウェイをゲートウェイエンドポイントに置き換え、それ以外のアクセスをすべてバケットに拒否させます。</translation>
    </message>
    <message>
        <source>report-upload reaches S3 through nat-data and the internet gateway. Add a gateway
endpoint for S3 to the private route table, then remove the NAT gateway.</source>
        <translation>report-upload は nat-data とインターネットゲートウェイを通って S3 に到達しています。プライベートルートテーブルに
S3 用のゲートウェイエンドポイントを追加し、その後 NAT ゲートウェイを削除してください。</translation>
    </message>
    <message>
        <source>The bucket still takes uploads from anywhere. Write a bucket policy for
bucket-reports (in the Inspector) that denies every request not coming through your
endpoint, so that public-upload is refused.</source>
        <translation>バケットはまだどこからでもアップロードを受け付けています。bucket-reports のバケットポリシーを
(インスペクターで) 作成し、エンドポイントを経由しないリクエストをすべて拒否して、
public-upload が拒否されるようにしてください。</translation>
    </message>
    <message>
        <source>Answer the question, then grade your design.</source>
        <translation>質問に回答してから、設計を採点してください。</translation>
    </message>
    <message>
        <source>report-upload reaches the bucket</source>
        <translation>report-upload がバケットに到達する</translation>
    </message>
    <message>
        <source>the bucket refuses the public server&apos;s upload</source>
        <translation>バケットがパブリックサーバーからのアップロードを拒否する</translation>
    </message>
    <message>
        <source>the policies you wrote are ones AWS accepts</source>
        <translation>作成したポリシーが AWS に受け入れられる形式である</translation>
    </message>
    <message>
        <source>Which route does associating the gateway endpoint add to the private route table?</source>
        <translation>ゲートウェイエンドポイントを関連付けると、プライベートルートテーブルにどのルートが追加されますか?</translation>
    </message>
    <message>
        <source>0.0.0.0/0 to the endpoint</source>
        <translation>エンドポイントへの 0.0.0.0/0</translation>
    </message>
    <message>
        <source>the S3 prefix list (pl-...) of the Region to the endpoint</source>
        <translation>エンドポイントへの、そのリージョンの S3 プレフィックスリスト (pl-...)</translation>
    </message>
    <message>
        <source>S3&apos;s addresses to the internet gateway</source>
        <translation>インターネットゲートウェイへの S3 のアドレス</translation>
    </message>
    <message>
        <source>a gateway endpoint is a route target; its destination is the service&apos;s prefix list, so only S3 traffic goes there</source>
        <translation>ゲートウェイエンドポイントはルートのターゲットです。送信先はサービスのプレフィックスリストなので、S3 へのトラフィックだけがそこに送られます</translation>
    </message>
    <message>
        <source>Gateway endpoints are added on the VPC (not in a subnet), with the route tables that should use them.</source>
        <translation>ゲートウェイエンドポイントは (サブネットではなく) VPC に追加し、それを使用するルートテーブルを指定します。</translation>
    </message>
    <message>
        <source>A Deny with Condition StringNotEquals on aws:SourceVpce refuses whatever does not come through the endpoint.</source>
        <translation>aws:SourceVpce に対する Condition StringNotEquals を持つ Deny は、エンドポイントを経由しないものをすべて拒否します。</translation>
    </message>
    <message>
        <source>The bucket policy&apos;s Resource must name the bucket, arn:aws:s3:::example-reports and arn:aws:s3:::example-reports/*.</source>
        <translation>バケットポリシーの Resource にはバケットを指定する必要があります: arn:aws:s3:::example-reports と arn:aws:s3:::example-reports/* です。</translation>
    </message>
    <message>
        <source>What flow logs record, where, and when</source>
        <translation>フローログが何を、どこで、いつ記録するか</translation>
    </message>
    <message>
        <source>The fields of a record, the three places a flow log attaches, its windows and delays, its destinations and its filters.</source>
        <translation>レコードのフィールド、フローログをアタッチできる 3 つの場所、集約期間と遅延、送信先、フィルター。</translation>
    </message>
    <message>
        <source>Play the minute and open the flow-log page. Each record is metadata of a window:
interface, addresses, ports, protocol, packets, bytes, start, end, ACCEPT or REJECT.
No record holds a byte of what the packets carried.</source>
        <translation>1 分間を再生して、フローログのページを開いてください。各レコードは集約期間のメタデータです:
インターフェイス、アドレス、ポート、プロトコル、パケット数、バイト数、開始、終了、ACCEPT または REJECT。
パケットが運んだ内容は、どのレコードにも 1 バイトも含まれません。</translation>
    </message>
    <message>
        <source>A flow log attaches to a VPC (fl-vpc: every interface in it), a subnet (fl-web-rejects:
every interface in subnet-web) or one interface (fl-admin: i-admin&apos;s). The VPC&apos;s log
sees i-web and i-admin; the subnet&apos;s sees only i-web.</source>
        <translation>フローログは VPC (fl-vpc: その中のすべてのインターフェイス)、サブネット (fl-web-rejects:
subnet-web 内のすべてのインターフェイス)、または 1 つのインターフェイス (fl-admin: i-admin のもの) にアタッチします。VPC のログは
i-web と i-admin を記録し、サブネットのログは i-web のみを記録します。</translation>
    </message>
    <message>
        <source>A log takes only ACCEPT, only REJECT or ALL. fl-web-rejects keeps the RDP scan refused
by sg-web and nothing of the shoppers; fl-admin keeps the administrator&apos;s SSH and not
the refused scan.</source>
        <translation>ログが取得するのは ACCEPT のみ、REJECT のみ、または ALL のいずれかです。fl-web-rejects は sg-web によって拒否された
RDP スキャンを記録し、買い物客のトラフィックは何も記録しません。fl-admin は管理者の SSH を記録し、
拒否されたスキャンは記録しません。</translation>
    </message>
    <message>
        <source>Records are not real time: packets are summed over a window (600 s by default, 60 s
for the two logs here) and delivered after it closes, about 5 minutes later to
CloudWatch Logs and 10 to S3. The timeline shows each record at its delivery.</source>
        <translation>レコードはリアルタイムではありません。パケットは集約期間 (デフォルトは 600 秒、ここの 2 つのログは 60 秒)
ごとに合計され、期間の終了後に配信されます。CloudWatch Logs へは約 5 分後、
S3 へは約 10 分後です。タイムラインには各レコードが配信時点で表示されます。</translation>
    </message>
    <message>
        <source>fl-vpc writes gzip files to S3, where Athena queries them (Files &gt; Export writes
them and the CREATE TABLE statement); the other two write log streams to CloudWatch
Logs, one per interface, which Logs Insights queries.</source>
        <translation>fl-vpc は gzip ファイルを S3 に書き込み、Athena でクエリします (「ファイル &gt; エクスポート」で
ファイルと CREATE TABLE ステートメントを書き出せます)。他の 2 つは CloudWatch
Logs にインターフェイスごとに 1 つのログストリームを書き込み、Logs Insights でクエリします。</translation>
    </message>
    <message>
        <source>Flow-log windows and delivery</source>
        <translation>フローログの集約期間と配信</translation>
    </message>
    <message>
        <source>Why flow-log records come in windows, minutes after the traffic, and where they land.</source>
        <translation>フローログレコードが集約期間単位で、トラフィックの数分後に届く理由と、その配信先。</translation>
    </message>
    <message>
        <source>i-build downloads packages for three minutes. Two flow logs watch it: fl-minute
aggregates over 60 s and writes to CloudWatch Logs; fl-ten aggregates over 600 s (the
default) and writes to S3.</source>
        <translation>i-build は 3 分間パッケージをダウンロードします。2 つのフローログがこれを監視しています: fl-minute は
60 秒ごとに集約して CloudWatch Logs に書き込み、fl-ten は 600 秒 (デフォルト)
ごとに集約して S3 に書き込みます。</translation>
    </message>
    <message>
        <source>Play and open the flow-log page. fl-minute writes a record per minute for each
direction; fl-ten one for the whole download. No record exists while its window is open.</source>
        <translation>再生して、フローログのページを開いてください。fl-minute は方向ごとに 1 分に 1 つのレコードを書き込み、
fl-ten はダウンロード全体で 1 つのレコードを書き込みます。集約期間が終わるまで、そのレコードは存在しません。</translation>
    </message>
    <message>
        <source>A record arrives after its window closes and a delivery delay: about 5 minutes to
CloudWatch Logs, about 10 to S3. The timeline shows each record at its delivery, so the
S3 records come last. Flow logs are for looking back, not for alarms in the second.</source>
        <translation>レコードは、集約期間が終了し、さらに配信遅延が経過した後に届きます。CloudWatch Logs へは約 5 分、
S3 へは約 10 分です。タイムラインには各レコードが配信時点で表示されるため、
S3 のレコードが最後になります。フローログは事後の振り返り用であり、秒単位のアラーム用ではありません。</translation>
    </message>
    <message>
        <source>In S3 the records are gzip files under AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/,
which Athena queries with a table over them; in CloudWatch Logs they are log streams,
one per interface, which Logs Insights queries. The simulation panel&apos;s Files menu
writes both, as AWS would.</source>
        <translation>S3 では、レコードは AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/ 以下の gzip ファイルになり、
Athena がその上に作成したテーブルでクエリします。CloudWatch Logs ではインターフェイスごとに 1 つのログストリームになり、
Logs Insights でクエリします。シミュレーションパネルの「ファイル」メニューは、
AWS と同じ形式で両方を書き出します。</translation>
    </message>
    <message>
        <source>A DynamoDB gateway endpoint for two AZs, and its policy</source>
        <translation>2 つの AZ に対応する DynamoDB ゲートウェイエンドポイントとそのポリシー</translation>
    </message>
    <message>
        <source>One gateway endpoint serves every AZ of the VPC; its policy decides which actions pass.</source>
        <translation>1 つのゲートウェイエンドポイントが VPC のすべての AZ に対応し、そのポリシーがどのアクションを通すかを決定します。</translation>
    </message>
    <message>
        <source>vpce-dynamodb is one gateway endpoint for the whole VPC: both route tables, of two
AZs, get DynamoDB&apos;s prefix list. It is not placed in a subnet and is highly available
by design: there is nothing to duplicate per AZ, unlike a NAT gateway or an interface
endpoint.</source>
        <translation>vpce-dynamodb は VPC 全体で 1 つのゲートウェイエンドポイントです。2 つの AZ にある両方のルートテーブルに、
DynamoDB のプレフィックスリストが追加されます。サブネットには配置されず、設計上
高可用性を備えています。NAT ゲートウェイやインターフェイスエンドポイントとは異なり、
AZ ごとに複製するものはありません。</translation>
    </message>
    <message>
        <source>Play. Both services query the table through the endpoint, each from its own AZ.</source>
        <translation>再生してください。両方のサービスが、それぞれ自身の AZ からエンドポイントを経由してテーブルをクエリします。</translation>
    </message>
    <message>
        <source>The endpoint&apos;s policy allows GetItem and Query on the orders table. drop-table
(dynamodb:DeleteTable) is refused at the endpoint: what a policy does not allow, it
denies, whatever the IAM role of the instance would allow.</source>
        <translation>エンドポイントのポリシーは orders テーブルに対する GetItem と Query を許可しています。drop-table
(dynamodb:DeleteTable) はエンドポイントで拒否されます。ポリシーで許可されていないものは
拒否されます。インスタンスの IAM ロールが何を許可していても同じです。</translation>
    </message>
    <message>
        <source>S3 through a gateway endpoint, and a private bucket</source>
        <translation>ゲートウェイエンドポイント経由の S3 とプライベートバケット</translation>
    </message>
    <message>
        <source>How a gateway endpoint reaches S3 without the internet, what its policy and a bucket policy add, and where it stops.</source>
        <translation>ゲートウェイエンドポイントがインターネットを使わずに S3 に到達するしくみ、エンドポイントポリシーとバケットポリシーが加える制御、そしてその限界。</translation>
    </message>
    <message>
        <source>The private subnet&apos;s route table has no route to the internet. The gateway endpoint
vpce-s3 is associated with it: that adds one route whose destination is S3&apos;s prefix
list (pl-...) and whose target is the endpoint. Gateway endpoints exist for S3 and
DynamoDB only, and need nothing in a subnet: they are highly available by design.</source>
        <translation>プライベートサブネットのルートテーブルには、インターネットへのルートがありません。ゲートウェイエンドポイント
vpce-s3 がこのルートテーブルに関連付けられており、送信先が S3 のプレフィックスリスト (pl-...)、
ターゲットがエンドポイントであるルートが 1 つ追加されます。ゲートウェイエンドポイントは S3 と
DynamoDB にのみ存在し、サブネットには何も必要ありません。設計上、高可用性を備えています。</translation>
    </message>
    <message>
        <source>Play the scenario. report-upload leaves i-report, matches the prefix-list route and
reaches S3 through vpce-s3: no NAT gateway, no internet gateway, no public address.</source>
        <translation>シナリオを再生してください。report-upload は i-report を出て、プレフィックスリストのルートに一致し、
vpce-s3 を通って S3 に到達します。NAT ゲートウェイもインターネットゲートウェイもパブリックアドレスも使いません。</translation>
    </message>
    <message>
        <source>The endpoint&apos;s policy allows only example-reports: partner-read, for another bucket, is
dropped at vpce-s3 even though the network would carry it.</source>
        <translation>エンドポイントのポリシーは example-reports のみを許可しています。別のバケット向けの partner-read は、
ネットワークが運べる場合でも vpce-s3 で破棄されます。</translation>
    </message>
    <message>
        <source>The bucket policy of bucket-reports denies everything that does not come through
vpce-s3 (aws:SourceVpce). The public server&apos;s upload goes over the internet gateway and
is refused at the bucket: the bucket cannot leak, whatever the network allows.</source>
        <translation>bucket-reports のバケットポリシーは、vpce-s3 を経由しないものをすべて拒否します
(aws:SourceVpce)。パブリックサーバーのアップロードはインターネットゲートウェイを通るため、
バケットで拒否されます。ネットワークが何を許可していても、バケットから漏えいすることはありません。</translation>
    </message>
    <message>
        <source>A gateway endpoint is regional. oregon-read is for a bucket in us-west-2: its
addresses are not in this Region&apos;s prefix list, and the private subnet has no other
way out, so it is dropped. DynamoDB has no endpoint here, and is dropped too.</source>
        <translation>ゲートウェイエンドポイントはリージョン単位です。oregon-read は us-west-2 のバケット向けです。その
アドレスはこのリージョンのプレフィックスリストに含まれず、プライベートサブネットには他の
出口がないため、破棄されます。ここには DynamoDB のエンドポイントがないので、DynamoDB 向けも破棄されます。</translation>
    </message>
    <message>
        <source>S3 through an interface endpoint, and its DNS names</source>
        <translation>インターフェイスエンドポイント経由の S3 とその DNS 名</translation>
    </message>
    <message>
        <source>The two private ways to S3 side by side, and how a service&apos;s name comes to mean the endpoint.</source>
        <translation>S3 へのプライベートな 2 つの経路の比較と、サービスの名前がエンドポイントを指すようになるしくみ。</translation>
    </message>
    <message>
        <source>vpc-gw reaches S3 through a gateway endpoint: a route to S3&apos;s prefix list, S3&apos;s public
addresses on the wire. vpc-if uses an interface endpoint (PrivateLink): an interface
with a private address in each of its subnets.</source>
        <translation>vpc-gw はゲートウェイエンドポイントを通って S3 に到達します。S3 のプレフィックスリストへのルートを使い、通信上は S3 の
パブリックアドレスが使われます。vpc-if はインターフェイスエンドポイント (PrivateLink) を使います。各サブネットに
プライベートアドレスを持つインターフェイスが 1 つずつ置かれます。</translation>
    </message>
    <message>
        <source>Play. i-gw&apos;s request goes to an S3 address through the gateway endpoint; i-if&apos;s goes to
10.12.2.x, the endpoint&apos;s interface in its own AZ, inside the VPC.</source>
        <translation>再生してください。i-gw のリクエストはゲートウェイエンドポイントを通って S3 のアドレスに送られます。i-if のリクエストは
10.12.2.x、つまり自身の AZ にあるエンドポイントのインターフェイスに、VPC 内で送られます。</translation>
    </message>
    <message>
        <source>An interface endpoint has DNS names of its own: a regional one and one per AZ. With
private DNS on (it needs dns-support and dns-hostnames), the service&apos;s usual name
resolves to the endpoint&apos;s addresses, so clients need no change. Interface endpoints
also serve from on-premises networks and peered VPCs, which a gateway endpoint cannot.</source>
        <translation>インターフェイスエンドポイントには独自の DNS 名があります。リージョン単位の名前と、AZ ごとの名前です。
プライベート DNS をオンにすると (dns-support と dns-hostnames が必要)、サービスの通常の名前が
エンドポイントのアドレスに解決されるため、クライアントを変更する必要はありません。インターフェイスエンドポイントは
オンプレミスネットワークやピアリングされた VPC からも利用できますが、ゲートウェイエンドポイントではできません。</translation>
    </message>
    <message>
        <source>Interface endpoints, one per AZ, with private DNS</source>
        <translation>AZ ごとのインターフェイスエンドポイントとプライベート DNS</translation>
    </message>
    <message>
        <source>How PrivateLink puts a service&apos;s interface in your subnets, who may reach it, and what it answers.</source>
        <translation>PrivateLink がサービスのインターフェイスをサブネットに配置するしくみ、誰がそこに到達できるか、そして何に応答するか。</translation>
    </message>
    <message>
        <source>vpce-sqs is an interface endpoint (PrivateLink): a network interface with a private
address in each subnet it names. Such an interface lives in one AZ, so the endpoint is
highly available only if it has a subnet in each AZ you use, here us-east-1a and b.</source>
        <translation>vpce-sqs はインターフェイスエンドポイント (PrivateLink) です。指定した各サブネットに、プライベート
アドレスを持つネットワークインターフェイスが 1 つずつ置かれます。このインターフェイスは 1 つの AZ に属するため、
エンドポイントが高可用性になるのは、使用する各 AZ (ここでは us-east-1a と b) にサブネットがある場合だけです。</translation>
    </message>
    <message>
        <source>The endpoint gets DNS names of its own, a regional one and one per AZ. With private
DNS on (it needs dns-support and dns-hostnames), the service&apos;s usual name resolves to
the endpoint: play, and each worker reaches SQS at the endpoint&apos;s address in its own AZ.</source>
        <translation>エンドポイントには独自の DNS 名 (リージョン単位の名前と AZ ごとの名前) が付きます。プライベート
DNS をオンにすると (dns-support と dns-hostnames が必要)、サービスの通常の名前が
エンドポイントに解決されます。再生すると、各ワーカーは自身の AZ にあるエンドポイントのアドレスで SQS に到達します。</translation>
    </message>
    <message>
        <source>Who reaches it is decided by its security group: sg-endpoint takes 443 from sg-app
only, so i-batch, outside sg-app, is dropped there. What it allows is decided by its
policy: purge (sqs:PurgeQueue) is refused by vpce-sqs&apos;s policy.</source>
        <translation>誰が到達できるかはセキュリティグループが決めます。sg-endpoint は 443 を sg-app からのみ受け付けるため、
sg-app に属さない i-batch はそこで破棄されます。何を許可するかは
ポリシーが決めます。purge (sqs:PurgeQueue) は vpce-sqs のポリシーで拒否されます。</translation>
    </message>
    <message>
        <source>An interface endpoint carries TCP: the UDP probe is dropped at the endpoint. The course
notes say TCP over IPv4 only; AWS has since added IPv6 on dual-stack endpoints, which
this design does not use.</source>
        <translation>インターフェイスエンドポイントは TCP を運びます。UDP のプローブはエンドポイントで破棄されます。コースの
資料では IPv4 上の TCP のみとされていますが、その後 AWS はデュアルスタックエンドポイントで IPv6 に対応しました。
この設計では使用していません。</translation>
    </message>
    <message>
        <source>IPv6 and the egress-only internet gateway</source>
        <translation>IPv6 と Egress-Only インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>Why IPv6 needs no NAT, and how an egress-only internet gateway keeps a subnet from being reached.</source>
        <translation>IPv6 に NAT が不要な理由と、Egress-Only インターネットゲートウェイがサブネットへの外部からの到達を防ぐしくみ。</translation>
    </message>
    <message>
        <source>The VPC has an IPv6 block from Amazon, and each subnet a /64 of it. Every IPv6
address is public: i-app&apos;s 2600:1f18:1a2b:3c01::10 is reachable from the internet
unless something stops it. There is no NAT for IPv6.</source>
        <translation>VPC には Amazon から割り当てられた IPv6 ブロックがあり、各サブネットにはその /64 があります。IPv6
アドレスはすべてパブリックです。i-app の 2600:1f18:1a2b:3c01::10 は、何かが止めない限りインターネットから
到達できます。IPv6 には NAT はありません。</translation>
    </message>
    <message>
        <source>rtb-web sends ::/0 to the internet gateway: IPv6 goes in and out of the web subnet.
Play: the visitors reach i-web over IPv6.</source>
        <translation>rtb-web は ::/0 をインターネットゲートウェイに送ります。IPv6 はウェブサブネットに出入りします。
再生してください。訪問者は IPv6 で i-web に到達します。</translation>
    </message>
    <message>
        <source>rtb-app sends ::/0 to the egress-only internet gateway eigw-v6. i-app&apos;s request goes
out and its answers come back. The probe from the internet gets in through igw-v6,
which serves the whole VPC, and i-app&apos;s group lets it in; but i-app&apos;s answer leaves
by rtb-app to eigw-v6, which never saw the connection start and drops it. No
connection from outside completes.</source>
        <translation>rtb-app は ::/0 を Egress-Only インターネットゲートウェイ eigw-v6 に送ります。i-app のリクエストは
外に出て、その応答は戻ってきます。インターネットからのプローブは、VPC 全体に対応する igw-v6 を通って入り、
i-app のグループもそれを許可します。しかし i-app の応答は
rtb-app により eigw-v6 に送られ、eigw-v6 は接続の開始を見ていないためこれを破棄します。外部からの
接続は 1 つも確立しません。</translation>
    </message>
    <message>
        <source>The flow log of subnet-app records what i-app&apos;s interface saw: app-out both ways, and
the probe too, ACCEPT, since its request arrived and its answer left before eigw-v6
dropped it. A flow log tells what an interface saw, not whether a connection worked;
keep such groups closed to ::/0. The egress-only gateway belongs to the VPC, spans its
AZs and scales by itself: nothing to place per AZ.</source>
        <translation>subnet-app のフローログは、i-app のインターフェイスが見たものを記録します。app-out の両方向と、
プローブも ACCEPT として記録されます。リクエストが届き、eigw-v6 が破棄する前に応答が出ていったためです。
フローログはインターフェイスが見たものを示すのであり、接続が成功したかどうかを示すのではありません。
このようなグループは ::/0 に対して閉じておいてください。Egress-Only ゲートウェイは VPC に属し、VPC の
AZ にまたがって自動的にスケールします。AZ ごとに配置するものはありません。</translation>
    </message>
    <message>
        <source>Peering across Regions, DNS, and ranges that overlap</source>
        <translation>リージョン間ピアリング、DNS、重複するアドレス範囲</translation>
    </message>
    <message>
        <source>Peering between Regions and accounts, resolving the peer&apos;s public names to private addresses, and why address ranges must not be reused.</source>
        <translation>リージョンやアカウントをまたぐピアリング、ピアのパブリック名をプライベートアドレスに解決するしくみ、そしてアドレス範囲を再利用してはならない理由。</translation>
    </message>
    <message>
        <source>pcx-eu-us joins a VPC in eu-west-1 (account 111122223333) with one in us-east-1
(account 444455556666). Between Regions the traffic is encrypted and stays on AWS&apos;s
global network, never the public internet. Play: both directions pass.</source>
        <translation>pcx-eu-us は eu-west-1 の VPC (アカウント 111122223333) と us-east-1 の VPC
(アカウント 444455556666) を接続します。リージョン間のトラフィックは暗号化され、AWS の
グローバルネットワーク上にとどまり、パブリックインターネットは通りません。再生すると、両方向とも通過します。</translation>
    </message>
    <message>
        <source>DNS resolution is on for both sides: an instance&apos;s public DNS name, asked from the
peer VPC, resolves to its private address, so the traffic stays on the peering. It
needs dns-support and dns-hostnames in both VPCs.</source>
        <translation>DNS 解決は両側でオンになっています。インスタンスのパブリック DNS 名をピア VPC から
問い合わせると、プライベートアドレスに解決されるため、トラフィックはピアリング上にとどまります。これには
両方の VPC で dns-support と dns-hostnames が必要です。</translation>
    </message>
    <message>
        <source>Across Regions a security-group rule cannot name the peer&apos;s group: sg-us and sg-eu
name the peer&apos;s block instead.</source>
        <translation>リージョンをまたぐ場合、セキュリティグループのルールでピアのグループを指定することはできません。sg-us と sg-eu は
代わりにピアの CIDR ブロックを指定しています。</translation>
    </message>
    <message>
        <source>vpc-copy reused 10.50.0.0/16. AWS refuses to peer VPCs whose blocks overlap, and the
designer says so on pcx-us-copy (see the Issues panel). Plan address ranges once, for
every VPC that might ever be connected.</source>
        <translation>vpc-copy は 10.50.0.0/16 を再利用しています。AWS は CIDR ブロックが重複する VPC のピアリングを拒否し、
このデザイナーも pcx-us-copy でそのことを報告します (「問題」パネルを参照)。アドレス範囲は、
将来接続される可能性のあるすべての VPC を考慮して、一度に計画してください。</translation>
    </message>
    <message>
        <source>A peer&apos;s gateways are not yours</source>
        <translation>ピアのゲートウェイは自分のものではない</translation>
    </message>
    <message>
        <source>Why a peering carries traffic between its two VPCs only, never to the peer&apos;s internet gateway, NAT gateway or gateway endpoint.</source>
        <translation>ピアリングが 2 つの VPC 間のトラフィックのみを運び、ピアのインターネットゲートウェイ、NAT ゲートウェイ、ゲートウェイエンドポイントには決して運ばない理由。</translation>
    </message>
    <message>
        <source>rtb-branch sends 0.0.0.0/0 through pcx-hub-branch, hoping to use vpc-hub&apos;s NAT
gateway, internet gateway and S3 endpoint. The Issues panel already says it will not
work (edge-to-edge-routing).</source>
        <translation>rtb-branch は vpc-hub の NAT ゲートウェイ、インターネットゲートウェイ、S3 エンドポイントを使うことを期待して、
0.0.0.0/0 を pcx-hub-branch 経由で送っています。「問題」パネルはすでに、これが機能しないことを
報告しています (edge-to-edge-routing)。</translation>
    </message>
    <message>
        <source>Play. branch-to-hub passes: both VPCs route each other&apos;s block through the peering,
and sg-hub lets the branch in. branch-to-web and branch-to-s3 are dropped at the
peering: a packet for neither VPC&apos;s addresses is not carried, whatever the peer has.</source>
        <translation>再生してください。branch-to-hub は通過します。両方の VPC が互いの CIDR ブロックをピアリング経由でルーティングし、
sg-hub がブランチからの通信を許可しているためです。branch-to-web と branch-to-s3 は
ピアリングで破棄されます。どちらの VPC のアドレスでもない宛先へのパケットは、ピアが何を持っていても運ばれません。</translation>
    </message>
    <message>
        <source>vpc-branch needs gateways of its own: an internet gateway (or a NAT gateway in a
public subnet of its own) and its own gateway endpoint for S3. Or, for many VPCs, a
transit gateway, which does route between networks.</source>
        <translation>vpc-branch には独自のゲートウェイが必要です。インターネットゲートウェイ (または自身の
パブリックサブネットに置いた NAT ゲートウェイ) と、S3 用の独自のゲートウェイエンドポイントです。VPC が多い場合は、
ネットワーク間で実際にルーティングを行う トランジットゲートウェイ を使う方法もあります。</translation>
    </message>
    <message>
        <source>Security groups across a peering</source>
        <translation>ピアリングをまたぐセキュリティグループ</translation>
    </message>
    <message>
        <source>Where a rule may name the peer&apos;s security group, and what to write where it may not.</source>
        <translation>ルールでピアのセキュリティグループを指定できる場合と、指定できない場合に代わりに記述する内容。</translation>
    </message>
    <message>
        <source>sg-api lets in 8443 from sg-web, a group of the peer VPC vpc-web: in one Region, a
rule may reference a group of a peered VPC. Play: web-to-api passes.</source>
        <translation>sg-api は、ピア VPC vpc-web のグループである sg-web からの 8443 を許可しています。同じリージョン内では、
ルールでピアリングされた VPC のグループを参照できます。再生すると、web-to-api は通過します。</translation>
    </message>
    <message>
        <source>sg-eu, in eu-west-1, names sg-web too. Across Regions that reference cannot apply:
the Issues panel says so (sg-reference-cross-region), and web-to-eu is dropped at
sg-eu. The peering itself works: it is encrypted and stays on AWS&apos;s network.</source>
        <translation>eu-west-1 にある sg-eu も sg-web を指定しています。リージョンをまたぐと、この参照は適用できません。
「問題」パネルがそれを報告し (sg-reference-cross-region)、web-to-eu は
sg-eu で破棄されます。ピアリング自体は機能します。暗号化され、AWS のネットワーク上にとどまります。</translation>
    </message>
    <message>
        <source>Across Regions, a rule names the peer&apos;s addresses instead: 10.21.0.0/16 (or the
subnet of the web servers) as the source of sg-eu&apos;s rule.</source>
        <translation>リージョンをまたぐ場合、ルールでは代わりにピアのアドレスを指定します。sg-eu のルールのソースとして、
10.21.0.0/16 (またはウェブサーバーのサブネット) を指定します。</translation>
    </message>
    <message>
        <source>VPC peering, its routes, and why it is not transitive</source>
        <translation>VPC ピアリング、そのルート、推移的でない理由</translation>
    </message>
    <message>
        <source>What a peering connection joins, the routes both sides need, group references across it, and the transit it does not give.</source>
        <translation>ピアリング接続が何を接続するか、両側に必要なルート、ピアリングをまたぐグループ参照、そしてピアリングでは実現できないトランジット。</translation>
    </message>
    <message>
        <source>pcx-app-shared joins exactly two VPCs, vpc-app and vpc-shared (they could be in
other Regions or accounts). Each side routes the other&apos;s block through it: rtb-app
sends 10.20.0.0/16 to the peering, rtb-shared sends 10.10.0.0/16 back.</source>
        <translation>pcx-app-shared は、ちょうど 2 つの VPC、vpc-app と vpc-shared を接続します (別のリージョンや
アカウントにあってもかまいません)。各側は相手の CIDR ブロックをこの接続経由でルーティングします。rtb-app は
10.20.0.0/16 をピアリングに送り、rtb-shared は 10.10.0.0/16 を送り返します。</translation>
    </message>
    <message>
        <source>The peering carries packets; security groups still decide. sg-shared allows 443 from
sg-app, a group of the peer VPC: in one Region a rule may reference the peer&apos;s groups.</source>
        <translation>ピアリングはパケットを運びますが、判断するのは引き続きセキュリティグループです。sg-shared は、ピア VPC のグループである
sg-app からの 443 を許可しています。同じリージョン内では、ルールでピアのグループを参照できます。</translation>
    </message>
    <message>
        <source>Play: app-to-shared and shared-to-app pass, and so does shared-to-db over the second
peering. app-to-db is dropped: vpc-app has no route to 10.30.0.0/16, and a route through
vpc-shared would not help. Peering is not transitive: vpc-app needs its own peering
with vpc-data.</source>
        <translation>再生すると、app-to-shared と shared-to-app は通過し、2 つ目のピアリングを通る shared-to-db も通過します。
app-to-db は破棄されます。vpc-app には 10.30.0.0/16 へのルートがなく、vpc-shared を経由するルートを
作っても役に立ちません。ピアリングは推移的ではありません。vpc-app には vpc-data との独自の
ピアリングが必要です。</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Lessons and Challenges</source>
        <translation>レッスンとチャレンジ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>started</source>
        <translation>開始済み</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Play the Scenario</source>
        <translation>シナリオを再生(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Check My Design</source>
        <translation>設計を採点する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>ヒント(&amp;H)</translation>
    </message>
    <message>
        <source>The previous step (Alt+Page Up)</source>
        <translation>前のステップ (Alt+Page Up)</translation>
    </message>
    <message>
        <source>The next step (Alt+Page Down)</source>
        <translation>次のステップ (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Grade the design as it is now against the challenge&apos;s goals</source>
        <translation>現在の設計をチャレンジの目標に照らして採点します</translation>
    </message>
    <message>
        <source>Show the next hint, one at a time</source>
        <translation>次のヒントを 1 つずつ表示します</translation>
    </message>
    <message>
        <source>Switch to simulation mode with this step&apos;s scenario (locks your answers)</source>
        <translation>このステップのシナリオでシミュレーションモードに切り替えます (回答はロックされます)</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>レッスンが開かれていません</translation>
    </message>
    <message>
        <source>Help &gt; Lessons and Challenges lists the lessons; one opens in a window of its own, without touching your design.</source>
        <translation>[ヘルプ] &gt; [レッスンとチャレンジ] にレッスンの一覧があります。レッスンは設計に影響を与えず、専用のウィンドウで開きます。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>To do: %1 (%2)</source>
        <translation>未完了: %1 (%2)</translation>
    </message>
    <message>
        <source>Your answers are locked: you have played the simulation, so they are no longer predictions.</source>
        <translation>回答はロックされています: シミュレーションを再生したため、もう予測ではありません。</translation>
    </message>
    <message>
        <source>Answer the questions before you play: entering simulation mode locks them.</source>
        <translation>再生する前に質問に回答してください。シミュレーションモードに入ると回答はロックされます。</translation>
    </message>
    <message>
        <source>Lock the Predictions</source>
        <translation>予測をロック</translation>
    </message>
    <message>
        <source>Your answers are locked: the simulation shows what happens</source>
        <translation>回答はロックされています: 何が起こるかはシミュレーションで確認できます</translation>
    </message>
    <message>
        <source>The answers are locked: the simulation has been played</source>
        <translation>回答はロックされています: シミュレーションは再生済みです</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>%1 に回答</translation>
    </message>
    <message>
        <source>%1 of %2 goals met: %3%</source>
        <translation>%2 個中 %1 個の目標を達成: %3%</translation>
    </message>
    <message>
        <source>Challenge solved: every goal is met</source>
        <translation>チャレンジ解決: すべての目標を達成しました</translation>
    </message>
    <message>
        <source>%1 of %2 goals met</source>
        <translation>%2 個中 %1 個の目標を達成</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>ヒント</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>到達可能性</translation>
    </message>
    <message>
        <source>Simulation mode: play a scenario and follow its packets; %1 goes back to design mode</source>
        <translation>シミュレーションモード: シナリオを再生してパケットを追跡します。%1 で設計モードに戻ります</translation>
    </message>
    <message>
        <source>Design mode</source>
        <translation>設計モード</translation>
    </message>
    <message>
        <source>%1[*] - VPC Designer</source>
        <translation>%1[*] - VPC Designer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>A new, empty design</source>
        <translation>新しい空の設計を作成します</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>設計ファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Compare with &amp;File...</source>
        <translation>ファイルと比較(&amp;F)...</translation>
    </message>
    <message>
        <source>Show what changed from another design file: objects, reachability and intents</source>
        <translation>別の設計ファイルからの変更点 (オブジェクト、到達可能性、インテント) を表示します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>設計を保存します</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>PNG をエクスポート(&amp;P)...</translation>
    </message>
    <message>
        <source>Export the design as a PNG picture: area, scale, title block, legend</source>
        <translation>設計を PNG 画像としてエクスポートします: 範囲、縮尺、表題欄、凡例</translation>
    </message>
    <message>
        <source>Export S&amp;VG...</source>
        <translation>SVG をエクスポート(&amp;V)...</translation>
    </message>
    <message>
        <source>Export the design as an SVG drawing, text kept as text</source>
        <translation>設計を SVG 図面としてエクスポートします (テキストはテキストのまま保持されます)</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>PDF をエクスポート(&amp;D)...</translation>
    </message>
    <message>
        <source>Export the design as a PDF document: one page, or tiled over A4, A3 or Letter</source>
        <translation>設計を PDF ドキュメントとしてエクスポートします: 1 ページ、または A4、A3、Letter に分割</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>Print the design with its title block and legend, with a preview</source>
        <translation>表題欄と凡例を付けて設計を印刷します (プレビュー付き)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>環境設定(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No recent designs</source>
        <translation>最近使った設計はありません</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>リストをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste into the selected VPC or subnet, or beside the originals</source>
        <translation>選択した VPC またはサブネットに貼り付けるか、元のオブジェクトの横に貼り付けます</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selection beside itself, with free blocks and addresses</source>
        <translation>選択したものを横に複製します (空いているブロックとアドレスを使用します)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <source>Find objects by id, name, CIDR or IP address</source>
        <translation>ID、名前、CIDR、IP アドレスでオブジェクトを検索します</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Add an S3 &amp;Bucket</source>
        <translation>S3 バケットを追加(&amp;B)</translation>
    </message>
    <message>
        <source>Add an S3 bucket that flows can name, with a bucket policy to edit in the inspector</source>
        <translation>フローで指定できる S3 バケットを追加します。バケットポリシーはインスペクターで編集します</translation>
    </message>
    <message>
        <source>Add an &amp;Intent</source>
        <translation>インテントを追加(&amp;I)</translation>
    </message>
    <message>
        <source>Add an intent: what must or must not reach what, proved over every packet</source>
        <translation>インテントを追加します: 何が何に到達しなければならないか、または到達してはならないかを、すべてのパケットについて証明します</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to show the whole design</source>
        <translation>設計全体が表示されるようにズームします</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>The reachability matrix: what is open between every two subnets, groups or VPCs</source>
        <translation>到達可能性マトリックス: サブネット、グループ、VPC の各組み合わせの間で何が開いているかを表示します</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>シミュレーション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Simulation Mode</source>
        <translation>シミュレーションモード(&amp;S)</translation>
    </message>
    <message>
        <source>Switch between designing and simulating traffic</source>
        <translation>設計とトラフィックのシミュレーションを切り替えます</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Play the scenario&apos;s traffic on the canvas (switches to simulation mode)</source>
        <translation>シナリオのトラフィックをキャンバス上で再生します (シミュレーションモードに切り替わります)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>1 ステップ戻る(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>1 ステップ進む(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>VPC Designer &amp;Manual</source>
        <translation>VPC Designer マニュアル(&amp;M)</translation>
    </message>
    <message>
        <source>The manual, on the page about the panel you are in</source>
        <translation>現在のパネルについてのページでマニュアルを開きます</translation>
    </message>
    <message>
        <source>Validation &amp;Rules</source>
        <translation>検証ルール(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About VPC Designer</source>
        <translation>VPC Designer について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lessons and Challenges...</source>
        <translation>レッスンとチャレンジ(&amp;L)...</translation>
    </message>
    <message>
        <source>Lessons that show every fact of the course notes, and challenges the designer grades</source>
        <translation>コースノートのすべての事項を示すレッスンと、VPC Designer が採点するチャレンジです</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare with design</source>
        <translation>設計と比較</translation>
    </message>
    <message>
        <source>VPC designs (*.yaml *.yml);;All files (*)</source>
        <translation>VPC 設計 (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>比較できません</translation>
    </message>
    <message>
        <source>%1 could not be read, so there is nothing to compare with.</source>
        <translation>%1 を読み込めなかったため、比較対象がありません。</translation>
    </message>
    <message>
        <source>Comparing with %1: added objects are outlined green, changed ones amber, removed ones are red ghosts</source>
        <translation>%1 と比較中: 追加されたオブジェクトは緑、変更されたものは琥珀色の枠で囲まれ、削除されたものは赤い半透明で表示されます</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n object(s) and what depended on them</source>
        <translation>
            <numerusform>%n 個のオブジェクトと、それに依存するものを削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the copied objects&apos; VPCs are gone</source>
        <translation>貼り付けるものがありません: コピーしたオブジェクトの VPC が存在しません</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>貼り付けられませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを貼り付けました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing duplicated: %1</source>
        <translation>複製されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを複製しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>追加されませんでした: %1</translation>
    </message>
    <message>
        <source>Select two VPCs and click Peering again, or drag from one VPC&apos;s link handle to another</source>
        <translation>VPC を 2 つ選択してもう一度 [ピアリング] をクリックするか、一方の VPC のリンクハンドルから別の VPC へドラッグしてください</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be peered</source>
        <translation>%1 と %2 はピアリングできません</translation>
    </message>
    <message>
        <source>Peered %1 with %2 through %3</source>
        <translation>%3 を介して %1 と %2 をピアリングしました</translation>
    </message>
    <message>
        <source>The witness of %1 is the flow %2: %3 from %4 to %5</source>
        <translation>%1 の例示パケットはフロー %2 です: %4 から %5 への %3</translation>
    </message>
    <message>
        <source>Added the flow %1 from %2 to %3: edit it in the Simulation panel, then play (%4)</source>
        <translation>%2 から %3 へのフロー %1 を追加しました: [シミュレーション] パネルで編集してから再生してください (%4)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>設計を開く</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>設計を開けません</translation>
    </message>
    <message>
        <source>%1 could not be opened; the design you had is unchanged.</source>
        <translation>%1 を開けませんでした。現在の設計は変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more warning(s))</source>
        <translation>
            <numerusform>%1 (ほか %n 件の警告)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 を開いています...</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>名前を付けて設計を保存</translation>
    </message>
    <message>
        <source>VPC designs (*.yaml *.yml)</source>
        <translation>VPC 設計 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>設計を保存できません</translation>
    </message>
    <message>
        <source>%1
The file on disk is unchanged.</source>
        <translation>%1
ディスク上のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>%1 をエクスポートしました (%2)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 の印刷</translation>
    </message>
    <message>
        <source>Cannot print: %1</source>
        <translation>印刷できません: %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n more design(s) in windows of their own</source>
        <translation>
            <numerusform>さらに %n 件の設計をそれぞれ専用のウィンドウで開いています</numerusform>
        </translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>保存されていない作業の復旧</translation>
    </message>
    <message>
        <source>VPC Designer did not close properly. A recovery copy of %1 from %2 holds changes that were not saved.</source>
        <translation>VPC Designer は正常に終了しませんでした。%2 時点の %1 の復旧用コピーに、保存されていない変更が含まれています。</translation>
    </message>
    <message>
        <source>Restore it as an unsaved design, or discard it?</source>
        <translation>保存されていない設計として復元しますか、それとも破棄しますか?</translation>
    </message>
    <message>
        <source>Restore it in place of what %1 holds on disk (nothing is written until you save), or discard it?</source>
        <translation>ディスク上の %1 の内容の代わりに復元しますか (保存するまで何も書き込まれません)、それとも破棄しますか?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>復旧用コピーを読み込めません: %1</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>復元済み</translation>
    </message>
    <message>
        <source>Restored the work of %1; save it to keep it</source>
        <translation>%1 時点の作業を復元しました。残すには保存してください</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Cannot open the lesson: %1</source>
        <translation>レッスンを開けません: %1</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; in a new window</source>
        <translation>「%1」を新しいウィンドウで開きました</translation>
    </message>
    <message>
        <source>Could not start a new window for the lesson</source>
        <translation>レッスン用の新しいウィンドウを開始できませんでした</translation>
    </message>
    <message>
        <source>The lesson of this file does not read: %1</source>
        <translation>このファイルのレッスンを読み込めません: %1</translation>
    </message>
    <message>
        <source>&amp;Import CloudFormation...</source>
        <translation>CloudFormation をインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Read CloudFormation templates (YAML or JSON; several are one network) into a new design</source>
        <translation>CloudFormation テンプレート (YAML または JSON。複数のテンプレートは 1 つのネットワークとして扱います) を新しい設計に読み込みます</translation>
    </message>
    <message>
        <source>Export &amp;CloudFormation...</source>
        <translation>CloudFormation をエクスポート(&amp;C)...</translation>
    </message>
    <message>
        <source>Write a CloudFormation template that creates the design (one per account and region)</source>
        <translation>設計を作成する CloudFormation テンプレートを書き出します (アカウントとリージョンごとに 1 つ)</translation>
    </message>
    <message>
        <source>Import CloudFormation templates or AWS CLI output</source>
        <translation>CloudFormation テンプレートまたは AWS CLI の出力のインポート</translation>
    </message>
    <message>
        <source>Templates and AWS CLI output (*.yaml *.yml *.json *.template);;All files (*)</source>
        <translation>テンプレートと AWS CLI の出力 (*.yaml *.yml *.json *.template);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>everything read</source>
        <translation>すべて読み込みました</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), the first: %1</source>
        <translation>
            <numerusform>警告 %n 件、最初の警告: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CloudFormation</source>
        <translation>CloudFormation のエクスポート</translation>
    </message>
    <message>
        <source>CloudFormation YAML (*.cfn.yaml);;CloudFormation JSON (*.cfn.json)</source>
        <translation>CloudFormation YAML (*.cfn.yaml);;CloudFormation JSON (*.cfn.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s): %1</source>
        <translation>
            <numerusform>%n 件のテンプレートをエクスポートしました: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s): %1; %2</source>
        <translation>
            <numerusform>%n 件のテンプレートをエクスポートしました: %1。%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); %1</source>
        <translation>
            <numerusform>%n 個のファイルをインポートしました。%1</numerusform>
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
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>egress-only internet gateway</source>
        <translation>Egress-Only インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>route table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <source>network ACL</source>
        <translation>ネットワーク ACL</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>flow log</source>
        <translation>フローログ</translation>
    </message>
    <message>
        <source>peering connection</source>
        <translation>ピアリング接続</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3 バケット</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>インテント</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>a VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>an internet gateway</source>
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>an egress-only internet gateway</source>
        <translation>Egress-Only インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>a subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>a route table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <source>a network ACL</source>
        <translation>ネットワーク ACL</translation>
    </message>
    <message>
        <source>a security group</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>a NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>an instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>a flow log</source>
        <translation>フローログ</translation>
    </message>
    <message>
        <source>a peering connection</source>
        <translation>ピアリング接続</translation>
    </message>
    <message>
        <source>an S3 bucket</source>
        <translation>S3 バケット</translation>
    </message>
    <message>
        <source>an intent</source>
        <translation>インテント</translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>a flow</source>
        <translation>フロー</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n 件のルート</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>PacketOverlay</name>
    <message>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>Outside the design</source>
        <translation>設計の外部</translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation>AWS サービス</translation>
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
        <translation>空のキャンバスにドロップ: 次に空いている /16 を持つ VPC</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>Drop in a VPC&apos;s AZ column: the next free /24 in that AZ</source>
        <translation>VPC の AZ 列にドロップ: その AZ で次に空いている /24</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Drop in a subnet: the next free usable address</source>
        <translation>サブネットにドロップ: 次に空いている使用可能なアドレス</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>Drop in a public subnet</source>
        <translation>パブリックサブネットにドロップ</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>Drop on a VPC (one per VPC)</source>
        <translation>VPC にドロップ (VPC ごとに 1 つ)</translation>
    </message>
    <message>
        <source>Egress-only gateway</source>
        <translation>Egress-Only ゲートウェイ</translation>
    </message>
    <message>
        <source>Drop on a VPC: IPv6 out, nothing in</source>
        <translation>VPC にドロップ: IPv6 の送信のみ、受信なし</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>On a subnet: an interface endpoint; on a VPC: an S3 gateway endpoint</source>
        <translation>サブネット上: インターフェイスエンドポイント、VPC 上: S3 ゲートウェイエンドポイント</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <source>Drop on a VPC</source>
        <translation>VPC にドロップ</translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation>ネットワーク ACL</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation>フローログ</translation>
    </message>
    <message>
        <source>On a VPC or a subnet: logs its traffic</source>
        <translation>VPC またはサブネット上: そのトラフィックを記録</translation>
    </message>
    <message>
        <source>Peering</source>
        <translation>ピアリング</translation>
    </message>
    <message>
        <source>Drag from one VPC&apos;s link handle (or Shift-drag a VPC) to another</source>
        <translation>一方の VPC のリンクハンドルから別の VPC へドラッグ (または VPC を Shift キーを押しながらドラッグ)</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or click to add where it makes sense</source>
        <translation>キャンバスにドラッグするか、クリックして適切な場所に追加します</translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1 を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help on the Palette</source>
        <translation>パレットのヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PeeringRules</name>
    <message>
        <source>internet gateway %1</source>
        <translation>インターネットゲートウェイ %1</translation>
    </message>
    <message>
        <source>egress-only internet gateway %1</source>
        <translation>Egress-Only インターネットゲートウェイ %1</translation>
    </message>
    <message>
        <source>NAT gateway %1</source>
        <translation>NAT ゲートウェイ %1</translation>
    </message>
    <message>
        <source>gateway endpoint %1</source>
        <translation>ゲートウェイエンドポイント %1</translation>
    </message>
    <message>
        <source>route table %1 sends the %2 prefix list to %3: AWS does not let traffic through a peer VPC to its gateway endpoint, NAT gateway or internet gateway (no edge-to-edge routing). Give %4 its own gateway endpoint for %5 and associate %1 with it.</source>
        <translation>ルートテーブル %1 は %2 プレフィックスリストを %3 に送信しています。AWS は、ピア VPC を経由してそのゲートウェイエンドポイント、NAT ゲートウェイ、インターネットゲートウェイへトラフィックを通しません (エッジツーエッジルーティング不可)。%4 に %5 用の独自のゲートウェイエンドポイントを作成し、%1 をそれに関連付けてください。</translation>
    </message>
    <message>
        <source>%1 has no gateway to offer anyway</source>
        <translation>%1 にはそもそも提供できるゲートウェイがありません</translation>
    </message>
    <message>
        <source>%1&apos;s %2 will not carry it</source>
        <translation>%1 の %2 はこのトラフィックを転送しません</translation>
    </message>
    <message>
        <source>route table %1 sends the default route %2 to %3: AWS does not let traffic through a peer VPC to the internet or other networks (no edge-to-edge routing), so %4. Send %2 to %5&apos;s own internet gateway or egress-only internet gateway, and through %3 only %6.</source>
        <translation>ルートテーブル %1 はデフォルトルート %2 を %3 に送信しています。AWS は、ピア VPC を経由してインターネットや他のネットワークへトラフィックを通しません (エッジツーエッジルーティング不可)。そのため、%4。%2 は %5 自身のインターネットゲートウェイまたは Egress-Only インターネットゲートウェイに送信し、%3 経由では %6 のみを送信してください。</translation>
    </message>
    <message>
        <source>route table %1 sends the default route %2 to %3: AWS does not let traffic through a peer VPC to the internet or other networks (no edge-to-edge routing), so %4. Send %2 to %5&apos;s own internet or NAT gateway, and through %3 only %6.</source>
        <translation>ルートテーブル %1 はデフォルトルート %2 を %3 に送信しています。AWS は、ピア VPC を経由してインターネットや他のネットワークへトラフィックを通しません (エッジツーエッジルーティング不可)。そのため、%4。%2 は %5 自身のインターネットゲートウェイまたは NAT ゲートウェイに送信し、%3 経由では %6 のみを送信してください。</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s block %3</source>
        <translation>%1 は %2 のブロック %3 です</translation>
    </message>
    <message>
        <source>%1 covers %2&apos;s block %3</source>
        <translation>%1 は %2 のブロック %3 を含んでいます</translation>
    </message>
    <message>
        <source>%1 lies in %2&apos;s block %3</source>
        <translation>%1 は %2 のブロック %3 の中にあります</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3 (to %4), but %5; %4 peers with %6, yet peering is not transitive: %4 will not forward the traffic. Peer %7 and %6 directly, or connect them through a transit gateway.</source>
        <translation>ルートテーブル %1 は %2 を %3 (%4 宛て) に送信していますが、%5。%4 は %6 とピアリングしていますが、ピアリングは推移的ではないため、%4 はトラフィックを転送しません。%7 と %6 を直接ピアリングするか、トランジットゲートウェイ で接続してください。</translation>
    </message>
    <message>
        <source>route table %1 sends %2, which lies outside %3 (%4), to %5: AWS does not route through a peer to the internet or through its egress-only internet gateway (no edge-to-edge routing), so %6. Use %7&apos;s own gateways for %2.</source>
        <translation>ルートテーブル %1 は、%3 (%4) の外にある %2 を %5 に送信しています。AWS は、ピアを経由したインターネットへのルーティングや、ピアの Egress-Only インターネットゲートウェイを経由したルーティングを行いません (エッジツーエッジルーティング不可)。そのため、%6。%2 には %7 自身のゲートウェイを使用してください。</translation>
    </message>
    <message>
        <source>route table %1 sends %2, which lies outside %3 (%4), to %5: AWS does not route through a peer to the internet, a NAT gateway or a gateway endpoint (no edge-to-edge routing), so %6. Use %7&apos;s own gateways for %2.</source>
        <translation>ルートテーブル %1 は、%3 (%4) の外にある %2 を %5 に送信しています。AWS は、ピアを経由してインターネット、NAT ゲートウェイ、ゲートウェイエンドポイントへルーティングしません (エッジツーエッジルーティング不可)。そのため、%6。%2 には %7 自身のゲートウェイを使用してください。</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, but no address of %2 is in %4 (%5): the peering delivers only to the peer&apos;s own addresses, so this traffic is dropped. Correct the destination to one of %4&apos;s blocks.</source>
        <translation>ルートテーブル %1 は %2 を %3 に送信していますが、%2 のアドレスは %4 (%5) に 1 つも含まれていません。ピアリングはピア自身のアドレスにしか配信しないため、このトラフィックはドロップされます。送信先を %4 のいずれかのブロックに修正してください。</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, which is %4, not active: until it is accepted and active the route is a blackhole and the traffic is dropped. Accept %3 (or request a new peering), or remove the route.</source>
        <translation>ルートテーブル %1 は %2 を %3 に送信していますが、この接続は active ではなく %4 です。承諾されて active になるまで、このルートはブラックホールとなり、トラフィックはドロップされます。%3 を承諾する (または新しいピアリングをリクエストする) か、ルートを削除してください。</translation>
    </message>
    <message>
        <source>%1 joins %2 to itself; AWS refuses a peering of a VPC with itself, and a VPC reaches its own addresses through its local routes anyway. Remove %1 or point it at another VPC.</source>
        <translation>%1 は %2 をそれ自身に接続しています。AWS は VPC とそれ自身とのピアリングを拒否します。また、VPC はいずれにしてもローカルルートで自身のアドレスに到達できます。%1 を削除するか、別の VPC を指すようにしてください。</translation>
    </message>
    <message>
        <source>%1 of %2 overlaps %3 of %4</source>
        <translation>%2 の %1 が %4 の %3 と重複しています</translation>
    </message>
    <message>
        <source>%1 cannot join %2 and %3: %4. AWS refuses a peering when any IPv4 block (primary or secondary) or IPv6 block of the two VPCs overlaps, even if only one family is used. Give one VPC blocks that do not overlap.</source>
        <translation>%1 は %2 と %3 を接続できません: %4。AWS は、2 つの VPC の IPv4 ブロック (プライマリまたはセカンダリ) または IPv6 ブロックのいずれかが重複している場合、一方のアドレスファミリーしか使用しない場合でもピアリングを拒否します。一方の VPC に重複しないブロックを割り当ててください。</translation>
    </message>
    <message>
        <source>%1 joins %2 and %3, which %4 already joins; AWS allows one peering connection per pair of VPCs. Remove %1 and route through %4.</source>
        <translation>%1 は %2 と %3 を接続していますが、これらはすでに %4 で接続されています。AWS では、VPC のペアごとに許可されるピアリング接続は 1 つだけです。%1 を削除し、%4 経由でルーティングしてください。</translation>
    </message>
    <message>
        <source>no route table of %1 or %2 routes through %3, so no traffic crosses it. Add a route to %4 through %3 in %1&apos;s tables and a route to %5 through %3 in %2&apos;s.</source>
        <translation>%1 と %2 のどのルートテーブルも %3 経由でルーティングしていないため、この接続を通過するトラフィックはありません。%1 のテーブルに %3 経由の %4 へのルートを、%2 のテーブルに %3 経由の %5 へのルートを追加してください。</translation>
    </message>
    <message>
        <source>%1 routes to %2 through %3, but %2 has no route back: requests arrive and their answers are dropped. Add a route to %4 through %3 in the route tables of %2&apos;s subnets.</source>
        <translation>%1 は %3 経由で %2 へルーティングしていますが、%2 には戻りのルートがありません。リクエストは届きますが、その応答はドロップされます。%2 のサブネットのルートテーブルに、%3 経由の %4 へのルートを追加してください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>%1 turns on %2, but the connection is %3: AWS sets DNS resolution only on an active peering connection. Accept it first, or turn %2 off.</source>
        <translation>%1 は %2 を有効にしていますが、接続は %3 です。AWS は active なピアリング接続でのみ DNS 解決を設定します。先に接続を承諾するか、%2 を無効にしてください。</translation>
    </message>
    <message>
        <source>%1 has %2 off</source>
        <translation>%1 では %2 が無効です</translation>
    </message>
    <message>
        <source>%1 turns on %2, but %3: the peer&apos;s public DNS names resolve to its private addresses only when both VPCs have dns-support and dns-hostnames on. Turn them on.</source>
        <translation>%1 は %2 を有効にしていますが、%3。ピアのパブリック DNS 名がプライベートアドレスに解決されるのは、両方の VPC で dns-support と dns-hostnames が有効な場合だけです。これらを有効にしてください。</translation>
    </message>
    <message>
        <source>%1 has %2 active peering connections; AWS allows at most 125 per VPC. Connect this many VPCs through a transit gateway instead.</source>
        <translation>%1 には %2 個のアクティブなピアリング接続があります。AWS で許可されるのは VPC ごとに最大 125 個です。これほど多くの VPC は、代わりに トランジットゲートウェイ で接続してください。</translation>
    </message>
    <message>
        <source>%1 has %2 active peering connections, more than the default quota of 50 (it can be raised to 125). Request the increase, or connect the VPCs through a transit gateway.</source>
        <translation>%1 には %2 個のアクティブなピアリング接続があり、デフォルトのクォータである 50 を超えています (125 まで引き上げ可能)。引き上げをリクエストするか、VPC を トランジットゲートウェイ で接続してください。</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>%1 was not pasted: %2</source>
        <translation>%1 は貼り付けられませんでした: %2</translation>
    </message>
    <message>
        <source>there is no subnet for it</source>
        <translation>配置できるサブネットがありません</translation>
    </message>
    <message>
        <source>its VPC is gone</source>
        <translation>その VPC が存在しません</translation>
    </message>
    <message>
        <source>%1 was not pasted: %2 already has %3; a VPC has at most one</source>
        <translation>%1 は貼り付けられませんでした: %2 にはすでに %3 があります。VPC ごとに 1 つまでです</translation>
    </message>
    <message>
        <source>%1 was not pasted: no block of the size of %2 is free for a copy</source>
        <translation>%1 は貼り付けられませんでした: コピー用に %2 と同じサイズの空きブロックがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not pasted: one of its VPCs was not</source>
        <translation>%1 は貼り付けられませんでした: その VPC のいずれかが貼り付けられませんでした</translation>
    </message>
    <message>
        <source>%1 keeps %2: %3 has no free block left</source>
        <translation>%1 は %2 のままです: %3 に空きブロックが残っていません</translation>
    </message>
    <message numerus="yes">
        <source>%1: left out %n reference(s) it cannot use where it was pasted</source>
        <translation>
            <numerusform>%1: 貼り付け先で使用できない %n 件の参照を除外しました</numerusform>
        </translation>
    </message>
    <message>
        <source>a VPC cannot sit inside another VPC; drop it on the empty canvas</source>
        <translation>VPC を別の VPC の中に置くことはできません。キャンバスの空いている場所にドロップしてください</translation>
    </message>
    <message>
        <source>draw a peering by dragging from one VPC to another</source>
        <translation>ピアリングは、一方の VPC から別の VPC へドラッグして作成します</translation>
    </message>
    <message>
        <source>traffic is added in the simulation panel</source>
        <translation>トラフィックはシミュレーションパネルで追加します</translation>
    </message>
    <message>
        <source>%1 lives in a VPC; drop it inside one</source>
        <translation>%1 は VPC 内に配置します。VPC の中にドロップしてください</translation>
    </message>
    <message>
        <source>%1 lives in a subnet; drop it inside one</source>
        <translation>%1 はサブネット内に配置します。サブネットの中にドロップしてください</translation>
    </message>
    <message>
        <source>subnets do not nest; drop the subnet on the VPC&apos;s free space</source>
        <translation>サブネットは入れ子にできません。サブネットは VPC の空いている場所にドロップしてください</translation>
    </message>
    <message>
        <source>%1 has no free block left for another subnet (its blocks: %2)</source>
        <translation>%1 には別のサブネット用の空きブロックが残っていません (ブロック: %2)</translation>
    </message>
    <message>
        <source>%1 already has the internet gateway %2; a VPC has at most one</source>
        <translation>%1 にはすでにインターネットゲートウェイ %2 があります。VPC ごとに 1 つまでです</translation>
    </message>
    <message>
        <source>%1 already has the egress-only internet gateway %2; a VPC has at most one</source>
        <translation>%1 にはすでに Egress-Only インターネットゲートウェイ %2 があります。VPC ごとに 1 つまでです</translation>
    </message>
    <message>
        <source>%1 (%2) has no free address left</source>
        <translation>%1 (%2) に空きアドレスが残っていません</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>it has no Statement list</source>
        <translation>Statement リストがありません</translation>
    </message>
    <message>
        <source>a statement is a mapping of Effect, Action, Resource...</source>
        <translation>ステートメントは Effect、Action、Resource... のマッピングです</translation>
    </message>
    <message>
        <source>its Effect must be Allow or Deny</source>
        <translation>Effect は Allow または Deny である必要があります</translation>
    </message>
    <message>
        <source>it needs exactly one of Action and NotAction</source>
        <translation>Action と NotAction のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>it has both Resource and NotResource</source>
        <translation>Resource と NotResource の両方があります</translation>
    </message>
    <message>
        <source>its Condition must map operators to keys</source>
        <translation>Condition は演算子をキーにマッピングする必要があります</translation>
    </message>
    <message>
        <source>the designer does not evaluate the condition operator %1: the statement is taken as not matching</source>
        <translation>VPC Designer は条件演算子 %1 を評価しません: このステートメントは一致しないものとして扱われます</translation>
    </message>
    <message>
        <source>there is no condition operator %1</source>
        <translation>条件演算子 %1 は存在しません</translation>
    </message>
    <message>
        <source>the condition %1 must map keys to values</source>
        <translation>条件 %1 はキーを値にマッピングする必要があります</translation>
    </message>
    <message>
        <source>the designer never sets the condition key %1: it is taken as absent</source>
        <translation>VPC Designer は条件キー %1 を設定しません: このキーは存在しないものとして扱われます</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>ステートメント %1</translation>
    </message>
</context>
<context>
    <name>PortRange</name>
    <message>
        <source>ports are a number from 0 to 65535 or a range such as &quot;1024-65535&quot;</source>
        <translation>ポートは 0～65535 の数値、または「1024-65535」のような範囲です</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Unsaved work is copied this often; after a crash the next start offers the copy</source>
        <translation>保存されていない作業をこの間隔でコピーします。クラッシュした場合、次回の起動時にそのコピーが提示されます</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>デスクトップに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>The colours of the window, the canvas and the plots</source>
        <translation>ウィンドウ、キャンバス、プロットの配色</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>The language of the window and of the command line&apos;s messages; as the system: what LANGUAGE or LANG says</source>
        <translation>ウィンドウとコマンドラインのメッセージの言語。「システムに合わせる」の場合は LANGUAGE または LANG の値に従います</translation>
    </message>
    <message>
        <source>Recovery copy every</source>
        <translation>復旧用コピーの間隔</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>A new language applies when VPC Designer starts again.</source>
        <translation>新しい言語は VPC Designer の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>At most this much work can be lost if the program or the computer stops.</source>
        <translation>プログラムやコンピューターが停止した場合、失われる作業は最大でこの間隔の分です。</translation>
    </message>
    <message>
        <source>The region of a design&apos;s first VPC; later VPCs take the first one&apos;s</source>
        <translation>設計の最初の VPC のリージョン。以降の VPC は最初の VPC のリージョンを使います</translation>
    </message>
    <message>
        <source>The letters of the AZs new subnets spread over, after the region: &quot;a, b, c&quot; gives us-east-1a, us-east-1b and us-east-1c; a new subnet goes to the one with the fewest</source>
        <translation>新しいサブネットを分散させる AZ の、リージョンに続く文字です。「a, b, c」なら us-east-1a、us-east-1b、us-east-1c になり、新しいサブネットはサブネットが最も少ない AZ に置かれます</translation>
    </message>
    <message>
        <source>The record format of a new flow log: default (AWS&apos;s version 2 fields) or custom fields such as ${version} ${srcaddr} ${dstaddr} ${action}</source>
        <translation>新しいフローログのレコード形式: default (AWS のバージョン 2 のフィールド) または ${version} ${srcaddr} ${dstaddr} ${action} のようなカスタムフィールド</translation>
    </message>
    <message>
        <source>Clock time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Clock time (local)</source>
        <translation>時刻 (ローカル)</translation>
    </message>
    <message>
        <source>Time since the first record</source>
        <translation>最初のレコードからの経過時間</translation>
    </message>
    <message>
        <source>How the simulation&apos;s timeline labels its time axis</source>
        <translation>シミュレーションのタイムラインで時間軸に付けるラベル</translation>
    </message>
    <message>
        <source>New objects</source>
        <translation>新しいオブジェクト</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>リージョン(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Availability Zones</source>
        <translation>アベイラビリティーゾーン(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Flow-log format</source>
        <translation>フローログの形式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1</source>
        <translation>「%1」は us-east-1 のようなリージョン名ではありません</translation>
    </message>
    <message>
        <source>Name at least one Availability Zone, such as a</source>
        <translation>アベイラビリティーゾーンを少なくとも 1 つ指定してください (例: a)</translation>
    </message>
    <message>
        <source>The flow-log format cannot be used: %1</source>
        <translation>このフローログの形式は使用できません: %1</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n 件のルート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 件のルール</numerusform>
        </translation>
    </message>
    <message>
        <source>all traffic (default)</source>
        <translation>すべてのトラフィック (デフォルト)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件のエントリ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 は必須です</translation>
    </message>
    <message>
        <source>an id is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ID は 1～64 文字の英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; です</translation>
    </message>
    <message>
        <source>an account is 12 digits, such as 111122223333</source>
        <translation>アカウントは 111122223333 のような 12 桁の数字です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id</source>
        <translation>「%1」は ID ではありません</translation>
    </message>
    <message>
        <source>%1 is one of: %2</source>
        <translation>%1 は次のいずれかです: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数を指定してください</translation>
    </message>
    <message>
        <source>a port is 0 to 65535</source>
        <translation>ポートは 0～65535 です</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>%1～%2 の数値を指定してください</translation>
    </message>
    <message>
        <source>expected a number of zero or more</source>
        <translation>0 以上の数値を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR block: %2</source>
        <translation>「%1」は CIDR ブロックではありません: %2</translation>
    </message>
    <message>
        <source>%1 needs at least one block</source>
        <translation>%1 には少なくとも 1 つのブロックが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: %2</source>
        <translation>「%1」は IP アドレスではありません: %2</translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-11-26T10:00:00Z</source>
        <translation>2026-11-26T10:00:00Z のような UTC 時刻を指定してください</translation>
    </message>
    <message>
        <source>a protocol is tcp, udp, icmp, icmpv6, all (-1) or 0 to 255</source>
        <translation>プロトコルは tcp、udp、icmp、icmpv6、all (-1)、または 0～255 です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a space: internet, a CIDR block, service:NAME or an id</source>
        <translation>「%1」は空間ではありません: internet、CIDR ブロック、service:NAME、または ID を指定してください</translation>
    </message>
    <message>
        <source>%1 needs at least one space</source>
        <translation>%1 には少なくとも 1 つの空間が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or range: %2</source>
        <translation>「%1」はポートでも範囲でもありません: %2</translation>
    </message>
    <message>
        <source>%1 is edited as a table</source>
        <translation>%1 は表として編集します</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <source>&apos;%1&apos; names no service</source>
        <translation>「%1」はどのサービスも指していません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names nothing: a space is internet, a CIDR block, service:NAME or the id of a VPC, subnet, security group, instance, NAT gateway or endpoint</source>
        <translation>「%1」は何も指していません: 空間には internet、CIDR ブロック、service:NAME、または VPC、サブネット、セキュリティグループ、インスタンス、NAT ゲートウェイ、エンドポイントの ID を指定します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: a space is internet, a CIDR block, service:NAME or the id of a VPC, subnet, security group, instance, NAT gateway or endpoint</source>
        <translation>「%1」は %2 です: 空間には internet、CIDR ブロック、service:NAME、または VPC、サブネット、セキュリティグループ、インスタンス、NAT ゲートウェイ、エンドポイントの ID を指定します</translation>
    </message>
    <message>
        <source>%1 to %2 takes more than %3 classes of packets; narrow the spaces</source>
        <translation>%1 から %2 へは %3 を超えるパケットクラスが必要です。空間を絞り込んでください</translation>
    </message>
</context>
<context>
    <name>ReachabilityPanel</name>
    <message>
        <source>Subnets</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>What the rows and columns are</source>
        <translation>行と列に表示する対象</translation>
    </message>
    <message>
        <source>Only this protocol (all, tcp, udp, icmp, icmpv6 or a number)</source>
        <translation>このプロトコルのみ (all、tcp、udp、icmp、icmpv6、または番号)</translation>
    </message>
    <message>
        <source>every port</source>
        <translation>すべてのポート</translation>
    </message>
    <message>
        <source>Only these destination ports: 443, 1024-65535, or a list</source>
        <translation>これらの送信先ポートのみ: 443、1024-65535、またはリスト</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>from</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>how much is open (log10 of ports)</source>
        <translation>開いている量 (ポート数の log10)</translation>
    </message>
    <message>
        <source>The filter does not read: a protocol such as tcp and ports such as 443 or 1024-65535</source>
        <translation>フィルターを解釈できません: tcp のようなプロトコルと、443 や 1024-65535 のようなポートを指定してください</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>まだ計算されていません。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Cannot compute the matrix: %1</source>
        <translation>マトリックスを計算できません: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pairs have something open; %3 classes of packets evaluated. Hover a cell for what is open, click to select, double-click to replay a packet that gets through.</source>
        <translation>%2 ペア中 %1 ペアで何かが開いています。%3 個のパケットクラスを評価しました。セルにポインターを合わせると開いている内容が表示されます。クリックで選択し、ダブルクリックで通過するパケットをリプレイします。</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>nothing gets there and back</source>
        <translation>往復できるものはありません</translation>
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
        <translation> (応答)</translation>
    </message>
    <message>
        <source>matches nothing in the design</source>
        <translation>設計内のどれとも一致しません</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Src port</source>
        <translation>送信元ポート</translation>
    </message>
    <message>
        <source>Dst port</source>
        <translation>送信先ポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Visible at</source>
        <translation>表示時刻</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>拒否した設定</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
</context>
<context>
    <name>ReferenceRules</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, but no object has that id; add it or correct the id</source>
        <translation>%1 は %3 で「%2」を指定していますが、その ID のオブジェクトはありません。オブジェクトを追加するか、ID を修正してください</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, which is %4; %3 takes %5</source>
        <translation>%1 は %3 で「%2」を指定していますが、これは %4 です。%3 には %5 を指定します</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos; in %3, which belongs to %4, not %5; an object can use only what its own VPC holds</source>
        <translation>%1 は %3 で「%2」を指定していますが、これは %5 ではなく %4 に属しています。オブジェクトが使用できるのは、自身の VPC 内にあるものだけです</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, which joins %4 and %5, not %6; a route can use only a peering of its own VPC</source>
        <translation>ルートテーブル %1 は %2 を %3 に送信していますが、この接続は %6 ではなく %4 と %5 を接続しています。ルートが使用できるのは、自身の VPC のピアリングだけです</translation>
    </message>
    <message>
        <source>flow %1 names gateway endpoint %2 in %3, which has no address: a gateway endpoint is a route to its service; name service:%4 instead</source>
        <translation>フロー %1 は %3 でゲートウェイエンドポイント %2 を指定していますが、これにはアドレスがありません。ゲートウェイエンドポイントは、そのサービスへのルートです。代わりに service:%4 を指定してください</translation>
    </message>
    <message>
        <source>flow %1 names &apos;%2&apos; in %3, which is %4; a flow starts and ends at an instance, a NAT gateway, an interface endpoint, an address or service:NAME</source>
        <translation>フロー %1 は %3 で「%2」を指定していますが、これは %4 です。フローの始点と終点には、インスタンス、NAT ゲートウェイ、インターフェイスエンドポイント、アドレス、または service:NAME を指定します</translation>
    </message>
</context>
<context>
    <name>RouteRules</name>
    <message>
        <source>route table %1 has two routes to the prefix list %2 (to %3 and to %4); AWS keeps one route per destination. Remove one.</source>
        <translation>ルートテーブル %1 にはプレフィックスリスト %2 へのルートが 2 つあります (%3 宛てと %4 宛て)。AWS は送信先ごとに 1 つのルートしか保持しません。どちらかを削除してください。</translation>
    </message>
    <message>
        <source>route table %1 has two routes to %2 (to %3 and to %4); AWS keeps one route per destination. Remove one.</source>
        <translation>ルートテーブル %1 には %2 へのルートが 2 つあります (%3 宛てと %4 宛て)。AWS は送信先ごとに 1 つのルートしか保持しません。一方を削除してください。</translation>
    </message>
    <message>
        <source>route table %1 sends the IPv4 destination %2 to the egress-only internet gateway %3, which carries IPv6 only. Send IPv4 to a NAT gateway (private subnets) or an internet gateway, and ::/0 to %3.</source>
        <translation>ルートテーブル %1 は IPv4 の送信先 %2 を Egress-Only インターネットゲートウェイ %3 に送信していますが、このゲートウェイは IPv6 しか伝送しません。IPv4 は NAT ゲートウェイ (プライベートサブネットの場合) またはインターネットゲートウェイに送り、::/0 を %3 に送ってください。</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, the internet gateway of %4; a route can use only its own VPC&apos;s internet gateway. </source>
        <translation>ルートテーブル %1 は %2 を %4 のインターネットゲートウェイである %3 に送信しています。ルートが使用できるのは、自身の VPC のインターネットゲートウェイだけです。</translation>
    </message>
    <message>
        <source>route table %1 sends %2 to %3, but there is no internet gateway %3. </source>
        <translation>ルートテーブル %1 は %2 を %3 に送信していますが、インターネットゲートウェイ %3 は存在しません。</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>%1 を使用してください。</translation>
    </message>
    <message>
        <source>Attach an internet gateway to %1 and route to it.</source>
        <translation>%1 にインターネットゲートウェイをアタッチし、そこへルーティングしてください。</translation>
    </message>
    <message>
        <source>route table %1 sends %2, a part of %3&apos;s own addresses, to %4; AWS accepts a route more specific than the local route only when it is exactly a subnet&apos;s block and points at a NAT gateway or an instance&apos;s interface (a middlebox). %5</source>
        <translation>ルートテーブル %1 は、%3 自身のアドレスの一部である %2 を %4 に送信しています。AWS がローカルルートより具体的なルートを受け入れるのは、その送信先がサブネットのブロックと完全に一致し、かつ NAT ゲートウェイまたはインスタンスのインターフェイス (ミドルボックス) を指している場合だけです。%5</translation>
    </message>
    <message>
        <source>Make the destination a whole subnet.</source>
        <translation>送信先をサブネット全体にしてください。</translation>
    </message>
    <message>
        <source>Point it at a NAT gateway or an instance.</source>
        <translation>NAT ゲートウェイまたはインスタンスを指すようにしてください。</translation>
    </message>
    <message>
        <source>route table %1 sends the %2 prefix list to %3 and also gets it from the gateway endpoint %4; AWS keeps one route per destination. Remove the route, or the table from %4.</source>
        <translation>ルートテーブル %1 は %2 プレフィックスリストを %3 に送信しており、さらにゲートウェイエンドポイント %4 からも同じルートを受け取っています。AWS は送信先ごとに 1 つのルートしか保持しません。このルートを削除するか、%4 からこのテーブルを外してください。</translation>
    </message>
    <message>
        <source>route table %1 gets the %2 prefix list from both %3 and %4; AWS allows one gateway endpoint route per service in a table. Associate the table with one of them.</source>
        <translation>ルートテーブル %1 は %2 プレフィックスリストへのルートを %3 と %4 の両方から受け取っています。AWS では、1 つのテーブルにつきサービスごとに 1 つのゲートウェイエンドポイントルートしか許可されません。テーブルをどちらか一方にだけ関連付けてください。</translation>
    </message>
    <message>
        <source>an internet gateway</source>
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>the public NAT gateway %1 is in %2, whose route table %3 has no default route (0.0.0.0/0) to an internet gateway, so what it translates cannot leave. Put %1 in a public subnet, or add 0.0.0.0/0 -&gt; %4 to %3.</source>
        <translation>パブリック NAT ゲートウェイ %1 は %2 にありますが、そのルートテーブル %3 にはインターネットゲートウェイへのデフォルトルート (0.0.0.0/0) がないため、変換したトラフィックが外に出られません。%1 をパブリックサブネットに配置するか、%3 に 0.0.0.0/0 -&gt; %4 を追加してください。</translation>
    </message>
    <message>
        <source>the public NAT gateway %1 is in %2, whose route table %3 has no default route (0.0.0.0/0) to an internet gateway, so what it translates cannot leave. Put %1 in a public subnet, or give %2 a route table of its own with 0.0.0.0/0 -&gt; %4: %3 is also the table of %5, which the default route would make public.</source>
        <translation>パブリック NAT ゲートウェイ %1 は %2 にありますが、そのルートテーブル %3 にはインターネットゲートウェイへのデフォルトルート (0.0.0.0/0) がないため、変換したトラフィックが外に出られません。%1 をパブリックサブネットに配置するか、0.0.0.0/0 -&gt; %4 を持つ専用のルートテーブルを %2 に割り当ててください。%3 は %5 のテーブルでもあるため、デフォルトルートを追加するとそちらもパブリックになってしまいます。</translation>
    </message>
    <message>
        <source>%1 in %2 carries the internet traffic of subnets in %3 (%4) too; if %2 fails, they lose their way out with it. Give each AZ its own NAT gateway and route each AZ&apos;s subnets to theirs.</source>
        <translation>%2 にある %1 は、%3 のサブネット (%4) のインターネットトラフィックも伝送しています。%2 に障害が発生すると、これらのサブネットも外部への経路を失います。AZ ごとに専用の NAT ゲートウェイを用意し、各 AZ のサブネットをそれぞれの NAT ゲートウェイにルーティングしてください。</translation>
    </message>
    <message>
        <source>%1 has the public address %2, but %3&apos;s route table %4 has no route to an internet gateway, so the address is never reachable. Route 0.0.0.0/0 to %5, or drop the public address.</source>
        <translation>%1 にはパブリックアドレス %2 がありますが、%3 のルートテーブル %4 にはインターネットゲートウェイへのルートがないため、このアドレスには決して到達できません。0.0.0.0/0 を %5 にルーティングするか、パブリックアドレスを削除してください。</translation>
    </message>
    <message>
        <source>an internet gateway of %1</source>
        <translation>%1 のインターネットゲートウェイ</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <source>a protocol is tcp, udp, icmp, icmpv6, all or 0 to 255</source>
        <translation>プロトコルには tcp、udp、icmp、icmpv6、all、または 0 から 255 の数値を指定します</translation>
    </message>
    <message>
        <source>AWS&apos;s default: allow all traffic out</source>
        <translation>AWS のデフォルト: すべてのアウトバウンドトラフィックを許可</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>a target is the id of a gateway, NAT gateway, peering connection or instance</source>
        <translation>ターゲットには、ゲートウェイ、NAT ゲートウェイ、ピアリング接続、またはインスタンスの ID を指定します</translation>
    </message>
    <message>
        <source>a rule number is a whole number from 1 to 32766</source>
        <translation>ルール番号には 1 から 32766 までの整数を指定します</translation>
    </message>
    <message>
        <source>the action is allow or deny</source>
        <translation>アクションには allow または deny を指定します</translation>
    </message>
    <message>
        <source>the peer is a CIDR block such as 10.0.0.0/16, a security group&apos;s id, a prefix list&apos;s id (pl-...) or service:s3 for the Region&apos;s AWS-managed prefix list</source>
        <translation>ピアには、10.0.0.0/16 のような CIDR ブロック、セキュリティグループの ID、プレフィックスリストの ID (pl-...)、またはリージョンの AWS マネージドプレフィックスリストを表す service:s3 を指定します</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 はチェックできません: %2</translation>
    </message>
</context>
<context>
    <name>SecurityRules</name>
    <message>
        <source>an ingress rule</source>
        <translation>インバウンドルール</translation>
    </message>
    <message>
        <source>an egress rule</source>
        <translation>アウトバウンドルール</translation>
    </message>
    <message>
        <source>%1 has %2 naming %3, a group of %4, but %4 is not peered with %5 (by an active peering); a rule can name groups of its own VPC or of a peered VPC only. Peer the VPCs, or name %4&apos;s addresses (%6) instead.</source>
        <translation>%1 には %4 のグループである %3 を指定した%2がありますが、%4 は %5 と (アクティブなピアリングで) ピアリングされていません。ルールで指定できるのは、自身の VPC またはピアリングされた VPC のグループだけです。VPC をピアリングするか、代わりに %4 のアドレス (%6) を指定してください。</translation>
    </message>
    <message>
        <source>%1 (in %2, %3) has %4 naming %5 of the peered VPC %6 in %7; AWS lets rules name groups across a peering only within one region. Name %6&apos;s addresses (%8) instead.</source>
        <translation>%1 (%2、%3) には、%7 にあるピア VPC %6 の %5 を指定した%4があります。AWS では、ピアリングを越えてグループを指定できるのは同一リージョン内だけです。代わりに %6 のアドレス (%8) を指定してください。</translation>
    </message>
    <message>
        <source>every answer</source>
        <translation>すべての応答</translation>
    </message>
    <message>
        <source>some answers (such as those to %1)</source>
        <translation>一部の応答 (%1 への応答など)</translation>
    </message>
    <message>
        <source> (%1 rule %2 denies them before a later rule would allow them)</source>
        <translation> (%1ルール %2 が、後続のルールで許可される前にそれらを拒否しています)</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>アウトバウンド</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>インバウンド</translation>
    </message>
    <message>
        <source>ICMPv6 echo replies (type 129)</source>
        <translation>ICMPv6 エコー応答 (タイプ 129)</translation>
    </message>
    <message>
        <source>ICMP echo replies (type 0)</source>
        <translation>ICMP エコー応答 (タイプ 0)</translation>
    </message>
    <message>
        <source>%1&apos;s ingress rule %2 lets %3 in from %4, but its egress rules stop %5: network ACLs are stateless, so each answer needs its own rule. Allow %6 to %4 in the egress rules.</source>
        <translation>%1 のインバウンドルール %2 は %4 からの %3 を受け入れますが、アウトバウンドルールが %5 を止めています。ネットワーク ACL はステートレスなので、応答ごとに専用のルールが必要です。アウトバウンドルールで %4 への %6 を許可してください。</translation>
    </message>
    <message>
        <source>%1&apos;s egress rule %2 lets %3 out to %4, but its ingress rules stop %5 coming back: network ACLs are stateless, so answers need their own rule. Allow %6 from %4 in the ingress rules.</source>
        <translation>%1 のアウトバウンドルール %2 は %4 への %3 を送り出しますが、インバウンドルールが戻ってくる %5 を止めています。ネットワーク ACL はステートレスなので、応答には専用のルールが必要です。インバウンドルールで %4 からの %6 を許可してください。</translation>
    </message>
    <message>
        <source>%1&apos;s ingress rule %2 lets %3 in from %4, but its egress rules stop %5: network ACLs are stateless, so each answer needs its own rule. Allow %6 to %4 on the clients&apos; ephemeral ports (1024-65535 covers Linux, Windows, NAT gateways and load balancers) in the egress rules.</source>
        <translation>%1 のインバウンドルール %2 は %4 からの %3 を受け入れますが、アウトバウンドルールが %5 を止めています。ネットワーク ACL はステートレスなので、応答ごとに専用のルールが必要です。アウトバウンドルールで、クライアントのエフェメラルポート (1024-65535 で Linux、Windows、NAT ゲートウェイ、ロードバランサーをカバーできます) 上の %4 への %6 を許可してください。</translation>
    </message>
    <message>
        <source>%1&apos;s egress rule %2 lets %3 out to %4, but its ingress rules stop %5 coming back: network ACLs are stateless, so answers need their own rule. Allow %6 from %4 on ephemeral ports (1024-65535) in the ingress rules.</source>
        <translation>%1 のアウトバウンドルール %2 は %4 への %3 を送り出しますが、インバウンドルールが戻ってくる %5 を止めています。ネットワーク ACL はステートレスなので、応答には専用のルールが必要です。インバウンドルールで、エフェメラルポート (1024-65535) 上の %4 からの %6 を許可してください。</translation>
    </message>
    <message>
        <source>%1 has %2 rule number %3; rule numbers run from 1 to 32766 (32767 and * are AWS&apos;s final deny). Renumber it.</source>
        <translation>%1 には%2ルール番号 %3 があります。ルール番号の範囲は 1 から 32766 です (32767 と * は AWS の最終的な拒否ルールです)。番号を付け直してください。</translation>
    </message>
    <message>
        <source>%1 has two %2 rules numbered %3; a number orders one rule. Renumber one (leave gaps of 10 or 100 for later rules).</source>
        <translation>%1 には番号 %3 の%2ルールが 2 つあります。1 つの番号で順序を決められるルールは 1 つだけです。一方の番号を付け直してください (後から追加するルールのために 10 または 100 の間隔を空けておきます)。</translation>
    </message>
    <message>
        <source>%1 has %2 %3 rules; AWS allows 60 per direction by default (the quota can be raised, but groups × rules per interface is capped at 1,000). Merge rules with wider blocks or split the group.</source>
        <translation>%1 には%3ルールが %2 個あります。AWS ではデフォルトで方向ごとに 60 個まで許可されます (クォータは引き上げられますが、インターフェイスあたりの「グループ数 × ルール数」の上限は 1,000 です)。より広いブロックでルールをまとめるか、グループを分割してください。</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>ingress</source>
        <translation>インバウンド</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>アウトバウンド</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
    <message>
        <source>%1 rule %2 (%3) allows %4 %5</source>
        <translation>%1ルール %2 (%3) が %5の %4 を許可します</translation>
    </message>
    <message>
        <source>%1 rule %2 names the prefix list %3, which the designer cannot read, so it does not count here; name an AWS-managed list as service:s3 or service:dynamodb, or write the blocks it holds</source>
        <translation>%1ルール %2 はプレフィックスリスト %3 を指定していますが、デザイナーはその内容を読み取れないため、ここでは考慮されません。AWS マネージドリストは service:s3 または service:dynamodb として指定するか、リストに含まれるブロックを記述してください</translation>
    </message>
    <message>
        <source>%1 rule %2 names %3, which has no AWS-managed prefix list in %4 (S3 and DynamoDB have one), so it allows nothing</source>
        <translation>%1ルール %2 は %3 を指定していますが、これには %4 の AWS マネージドプレフィックスリストがない (S3 と DynamoDB にはあります) ため、何も許可しません</translation>
    </message>
    <message>
        <source>%1 rule %2 names %3, a group of %4 in %5, but %6 is in %7: a security group can reference the groups of a peered VPC in its own region only, so the rule cannot apply to %8 %9; allow %4&apos;s CIDR blocks instead</source>
        <translation>%1ルール %2 は %5 にある %4 のグループ %3 を指定していますが、%6 は %7 にあります。セキュリティグループが参照できるのは、自身のリージョン内にあるピア VPC のグループだけなので、このルールは %9の %8 には適用されません。代わりに %4 の CIDR ブロックを許可してください</translation>
    </message>
    <message>
        <source>%1: no rule allows %2 %3; security groups deny what they do not allow</source>
        <translation>%1: %3の %2 を許可するルールはありません。セキュリティグループは、許可していないものをすべて拒否します</translation>
    </message>
    <message>
        <source>%1 has no security group: all inbound traffic is denied</source>
        <translation>%1 にはセキュリティグループがありません。すべてのインバウンドトラフィックが拒否されます</translation>
    </message>
    <message>
        <source>%1 has no security group: all outbound traffic is denied</source>
        <translation>%1 にはセキュリティグループがありません。すべてのアウトバウンドトラフィックが拒否されます</translation>
    </message>
    <message>
        <source>an answer to an allowed connection: security groups are stateful</source>
        <translation>許可された接続への応答です。セキュリティグループはステートフルです</translation>
    </message>
    <message>
        <source>%1 rule %2 allows %3 %4</source>
        <translation>%1ルール %2 が %4の %3 を許可します</translation>
    </message>
    <message>
        <source>%1 rule %2 denies %3 %4</source>
        <translation>%1ルール %2 が %4の %3 を拒否します</translation>
    </message>
    <message>
        <source>%1: no rule allows %2 %3; the final rule denies</source>
        <translation>%1: %3の %2 を許可するルールはありません。最後のルールが拒否します</translation>
    </message>
    <message>
        <source>both ends are in %1: network ACLs do not filter inside a subnet</source>
        <translation>両端が %1 内にあります。ネットワーク ACL はサブネット内の通信をフィルタリングしません</translation>
    </message>
    <message>
        <source>no route for %1: the packet is dropped</source>
        <translation>%1 へのルートがありません。パケットは破棄されます</translation>
    </message>
    <message>
        <source> (the route to %1 -&gt; %2 was not evaluated: the blocks of a prefix list named by id are not known; name an AWS-managed list as service:s3 or service:dynamodb)</source>
        <translation> (ルート %1 -&gt; %2 は評価されていません。ID で指定されたプレフィックスリストのブロックは不明です。AWS マネージドリストは service:s3 または service:dynamodb として指定してください)</translation>
    </message>
    <message>
        <source>the route %1 -&gt; %2 leads nowhere (the target is missing or not in this VPC): a blackhole for %3</source>
        <translation>ルート %1 -&gt; %2 の行き先がありません (ターゲットが存在しないか、この VPC 内にありません)。%3 にとってのブラックホールです</translation>
    </message>
    <message>
        <source>%1 is %2, not active: routes to it are blackholes</source>
        <translation>%1 は %2 の状態であり、アクティブではありません。これへのルートはブラックホールになります</translation>
    </message>
    <message>
        <source>%1 is an address of %2: a peering carries only traffic between the addresses of its two VPCs, so nothing reaches %2 through %3&apos;s gateway endpoint or internet gateway (no edge-to-edge routing), and a transit gateway cannot use a gateway endpoint either; give %4 a gateway endpoint for %2 of its own</source>
        <translation>%1 は %2 のアドレスです。ピアリングが伝送するのは 2 つの VPC のアドレス間のトラフィックだけなので、%3 のゲートウェイエンドポイントやインターネットゲートウェイを経由して %2 に到達することはできません (エッジツーエッジルーティングは不可)。また、トランジットゲートウェイもゲートウェイエンドポイントを使用できません。%4 に %2 用の専用のゲートウェイエンドポイントを用意してください</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3 or %4, the two ends of %5: peering is not transitive; peer with %2 directly or use a transit gateway</source>
        <translation>%1 は %2 にあり、%5 の両端である %3 と %4 のどちらにもありません。ピアリングは推移的ではありません。%2 と直接ピアリングするか、トランジットゲートウェイを使用してください</translation>
    </message>
    <message>
        <source>%1 is outside %2 and %3, the two ends of %4: a peering carries nothing to the internet or other networks through %3&apos;s internet gateway or NAT gateway (no edge-to-edge routing); give %2 gateways of its own, or share egress through a transit gateway</source>
        <translation>%1 は %4 の両端である %2 と %3 の外にあります。ピアリングは、%3 のインターネットゲートウェイや NAT ゲートウェイを経由してインターネットや他のネットワークへ何も伝送しません (エッジツーエッジルーティングは不可)。%2 に専用のゲートウェイを用意するか、トランジットゲートウェイを介して出口を共有してください</translation>
    </message>
    <message>
        <source>%1 is not in %2 or %3, the two ends of %4: peering is neither transitive nor edge-to-edge</source>
        <translation>%1 は %4 の両端である %2 と %3 のどちらにもありません。ピアリングは推移的でもエッジツーエッジでもありません</translation>
    </message>
    <message>
        <source>the answer to %1 is routed by %2 to %3, not back through %4, which the request came by: %3 holds the same addresses, and asymmetric routing drops the answer. Add a more specific route for %1 (its subnet, or %1/%5) through %4 in %6</source>
        <translation>%1 への応答は %2 によって %3 へルーティングされ、リクエストが通ってきた %4 を経由して戻りません。%3 は同じアドレスを持っており、非対称ルーティングによって応答は破棄されます。%6 に、%4 を経由する %1 へのより具体的なルート (そのサブネット、または %1/%5) を追加してください</translation>
    </message>
    <message>
        <source>the answer to %1 is routed %2 instead of back the way the request came: asymmetric routing drops it</source>
        <translation>%1 への応答は、リクエストが来た経路を戻らずに%2ルーティングされます。非対称ルーティングによって破棄されます</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 によって</translation>
    </message>
    <message>
        <source>routed to instance %1 as a middlebox: the simulator does not follow traffic through appliances</source>
        <translation>ミドルボックスとしてインスタンス %1 にルーティングされます。シミュレーターはアプライアンスを経由するトラフィックを追跡しません</translation>
    </message>
    <message>
        <source>%1 is a private NAT gateway: it translates to its private address, which the internet gateway cannot translate. A private NAT gateway reaches other VPCs and on-premises networks; for the internet, route through a public NAT gateway in a public subnet</source>
        <translation>%1 はプライベート NAT ゲートウェイです。自身のプライベートアドレスに変換しますが、インターネットゲートウェイはそのアドレスを変換できません。プライベート NAT ゲートウェイが到達できるのは他の VPC やオンプレミスネットワークです。インターネットへは、パブリックサブネット内のパブリック NAT ゲートウェイを経由してルーティングしてください</translation>
    </message>
    <message>
        <source>the source has no public IPv4 address: the internet gateway cannot translate it; give it a public or elastic IP, or route through a NAT gateway</source>
        <translation>送信元にパブリック IPv4 アドレスがないため、インターネットゲートウェイは変換できません。パブリック IP アドレスまたは Elastic IP アドレスを割り当てるか、NAT ゲートウェイを経由してルーティングしてください</translation>
    </message>
    <message>
        <source>%1 is no public address of the destination: nothing from the internet reaches a private address</source>
        <translation>%1 は送信先のパブリックアドレスではありません。インターネットからプライベートアドレスには何も到達しません</translation>
    </message>
    <message>
        <source>%1 has no internet gateway: nothing comes in from the internet</source>
        <translation>%1 にはインターネットゲートウェイがありません。インターネットからは何も入ってきません</translation>
    </message>
    <message>
        <source>an egress-only internet gateway carries IPv6 only; %1 is IPv4</source>
        <translation>Egress-Only インターネットゲートウェイは IPv6 しか伝送しません。%1 は IPv4 です</translation>
    </message>
    <message>
        <source>an egress-only internet gateway lets no connection in from the internet</source>
        <translation>Egress-Only インターネットゲートウェイは、インターネットからの接続を一切受け入れません</translation>
    </message>
    <message>
        <source>translates the answer back to %1</source>
        <translation>応答を %1 に変換し直します</translation>
    </message>
    <message>
        <source>the source becomes %1</source>
        <translation>送信元が %1 になります</translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet has no route to an internet gateway for %1</source>
        <translation>NAT ゲートウェイのサブネットには、%1 向けのインターネットゲートウェイへのルートがありません</translation>
    </message>
    <message>
        <source>%1 lets no connection in from %2: a NAT gateway only carries answers to what it sent out</source>
        <translation>%1 は %2 からの接続を受け入れません。NAT ゲートウェイが伝送するのは、自身が送り出したものへの応答だけです</translation>
    </message>
    <message>
        <source>the answer to %1 is routed to %2, which never saw the request: a NAT gateway lets nothing in that it did not send out</source>
        <translation>%1 への応答は、リクエストを一度も見ていない %2 にルーティングされます。NAT ゲートウェイは、自身が送り出していないものを何も受け入れません</translation>
    </message>
    <message>
        <source>in from the internet (%1)</source>
        <translation>インターネットから受信 (%1)</translation>
    </message>
    <message>
        <source>out to the internet (%1)</source>
        <translation>インターネットへ送信 (%1)</translation>
    </message>
    <message>
        <source>across the peering between %1 and %2 to %3</source>
        <translation>%1 と %2 間のピアリングを経由して %3 へ</translation>
    </message>
    <message>
        <source>to %1 through the gateway endpoint, inside AWS&apos;s network</source>
        <translation>ゲートウェイエンドポイントを経由し、AWS のネットワーク内で %1 へ</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>an interface endpoint carries TCP only; this is %1</source>
        <translation>インターフェイスエンドポイントが伝送するのは TCP だけです。このトラフィックは %1 です</translation>
    </message>
    <message>
        <source>%1 is for %2 in %3, but the traffic is in %4: gateway endpoints reach their own region&apos;s service only</source>
        <translation>%1 は %3 の %2 用ですが、トラフィックは %4 にあります。ゲートウェイエンドポイントが到達できるのは自身のリージョンのサービスだけです</translation>
    </message>
    <message>
        <source>%1 leads into %2, but %3 is in %4: the address is not the destination&apos;s from here (its private address is reached only from its own VPC or a peer)</source>
        <translation>%1 は %2 に通じていますが、%3 は %4 にあります。ここからでは、このアドレスは送信先のものではありません (プライベートアドレスに到達できるのは、自身の VPC またはピアからだけです)</translation>
    </message>
    <message>
        <source>no subnet of %1 holds %2</source>
        <translation>%1 のどのサブネットにも %2 は含まれていません</translation>
    </message>
    <message>
        <source>%1 is one of the five addresses AWS reserves in %2 (network, router, DNS, future use, broadcast): nothing takes traffic there, and a VPC has no broadcast</source>
        <translation>%1 は、AWS が %2 で予約している 5 つのアドレス (ネットワーク、ルーター、DNS、将来の利用、ブロードキャスト) の 1 つです。このアドレスでトラフィックを受け取るものはなく、VPC にはブロードキャストもありません</translation>
    </message>
    <message>
        <source>%1 is in %2 but belongs to no interface of the design: its security groups are not known</source>
        <translation>%1 は %2 内にありますが、設計内のどのインターフェイスにも属していません。そのセキュリティグループは不明です</translation>
    </message>
    <message>
        <source>enters %1 (%2) for %3</source>
        <translation>%3 宛てに %1 (%2) に入ります</translation>
    </message>
    <message>
        <source>the answer of %1 at %2 comes back: security groups and network ACLs do not filter the services of a VPC</source>
        <translation>%2 の %1 からの応答が戻ってきます。セキュリティグループとネットワーク ACL は VPC のサービスをフィルタリングしません</translation>
    </message>
    <message>
        <source>%1 of %2 answers at %3: a service of every VPC, which security groups and network ACLs do not filter and which needs no route</source>
        <translation>%2 の %1 が %3 で応答します。すべての VPC に備わるサービスで、セキュリティグループとネットワーク ACL によるフィルタリングを受けず、ルートも必要ありません</translation>
    </message>
    <message>
        <source>%1 is the Amazon DNS server of %2: it answers only the instances of its own VPC, not the internet or other networks</source>
        <translation>%1 は %2 の Amazon DNS サーバーです。応答するのは自身の VPC のインスタンスだけで、インターネットや他のネットワークには応答しません</translation>
    </message>
    <message>
        <source>%1 is the Amazon DNS server of %2: it answers only the instances of its own VPC, not across a peering; %3 asks its own at %4 (or 169.254.169.253), and turns on DNS resolution on the peering to resolve the peer&apos;s public names to private addresses</source>
        <translation>%1 は %2 の Amazon DNS サーバーです。応答するのは自身の VPC のインスタンスだけで、ピアリングを越えては応答しません。%3 は自身の DNS サーバー (%4 または 169.254.169.253) に問い合わせ、ピアのパブリック名をプライベートアドレスに解決するには、ピアリングで DNS 解決を有効にします</translation>
    </message>
    <message>
        <source>DNS support (dns-support) is off in %1: its Amazon DNS server does not answer; turn it on, or use a resolver of your own</source>
        <translation>%1 では DNS サポート (dns-support) がオフになっているため、Amazon DNS サーバーは応答しません。オンにするか、独自のリゾルバーを使用してください</translation>
    </message>
    <message>
        <source>%1 answers %2 only; nothing listens for %3 at %4</source>
        <translation>%1 が応答するのは %2 だけです。%4 で %3 を待ち受けているものはありません</translation>
    </message>
    <message>
        <source>the policy of %1 denies the request (%2: an explicit deny wins over every allow)</source>
        <translation>%1 のポリシーがリクエストを拒否します (%2: 明示的な拒否はすべての許可に優先します)</translation>
    </message>
    <message>
        <source>the policy of %1 allows no statement for this request: what a policy does not allow, it denies</source>
        <translation>%1 のポリシーには、このリクエストを許可するステートメントがありません。ポリシーで許可されていないものは拒否されます</translation>
    </message>
    <message>
        <source>the bucket policy of %1 denies the request (%2: an explicit deny wins over every allow)</source>
        <translation>%1 のバケットポリシーがリクエストを拒否します (%2: 明示的な拒否はすべての許可に優先します)</translation>
    </message>
    <message>
        <source>%1 belongs to account %2; a principal of another account needs a statement of the bucket policy that allows it (and its own IAM policy)</source>
        <translation>%1 はアカウント %2 に属しています。別のアカウントのプリンシパルには、それを許可するバケットポリシーのステートメント (および自身の IAM ポリシー) が必要です</translation>
    </message>
    <message>
        <source>the bucket policy of %1 allows the request (%2)</source>
        <translation>%1 のバケットポリシーがリクエストを許可します (%2)</translation>
    </message>
    <message>
        <source>%1 takes the request: it has no bucket policy, and its own account&apos;s IAM policies are taken to allow it</source>
        <translation>%1 がリクエストを受け付けます。バケットポリシーがなく、自身のアカウントの IAM ポリシーでは許可されているものとみなします</translation>
    </message>
    <message>
        <source>%1 takes the request: no statement of its policy denies it, and its own account&apos;s IAM policies are taken to allow it</source>
        <translation>%1 がリクエストを受け付けます。ポリシーにはこれを拒否するステートメントがなく、自身のアカウントの IAM ポリシーでは許可されているものとみなします</translation>
    </message>
    <message>
        <source>private DNS: the service&apos;s name resolves to %1, the endpoint&apos;s address here</source>
        <translation>プライベート DNS: サービス名は、ここでのエンドポイントのアドレスである %1 に解決されます</translation>
    </message>
    <message>
        <source>delivered to %1 (%2)</source>
        <translation>%1 (%2) に配信されます</translation>
    </message>
    <message>
        <source>the Amazon DNS server</source>
        <translation>Amazon DNS サーバー</translation>
    </message>
    <message>
        <source>the instance metadata service</source>
        <translation>インスタンスメタデータサービス</translation>
    </message>
    <message>
        <source>the Amazon Time Sync Service</source>
        <translation>Amazon Time Sync Service</translation>
    </message>
    <message>
        <source>the DHCP server</source>
        <translation>DHCP サーバー</translation>
    </message>
    <message>
        <source>UDP and TCP port 53</source>
        <translation>UDP および TCP ポート 53</translation>
    </message>
    <message>
        <source>HTTP on TCP port 80</source>
        <translation>TCP ポート 80 の HTTP</translation>
    </message>
    <message>
        <source>NTP on UDP port 123</source>
        <translation>UDP ポート 123 の NTP</translation>
    </message>
    <message>
        <source>UDP port 67</source>
        <translation>UDP ポート 67</translation>
    </message>
    <message>
        <source>%1 matches %2 local (longest prefix /%3)</source>
        <translation>%1 は %2 local に一致します (最長プレフィックス /%3)</translation>
    </message>
    <message>
        <source>%1 matches the %2 prefix list (%3) -&gt; %4</source>
        <translation>%1 は %2 プレフィックスリスト (%3) -&gt; %4 に一致します</translation>
    </message>
    <message>
        <source>%1 matches %2 -&gt; %3 (longest prefix /%4)</source>
        <translation>%1 は %2 -&gt; %3 に一致します (最長プレフィックス /%4)</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>ブロック元</translation>
    </message>
    <message>
        <source>stopped: the packet has nowhere to go</source>
        <translation>停止: パケットの行き先がありません</translation>
    </message>
    <message>
        <source>request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>reply (were the request let through)</source>
        <translation>応答 (リクエストが通過した場合)</translation>
    </message>
    <message>
        <source>would reach %1 were it not blocked</source>
        <translation>ブロックされなければ %1 に到達します</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n 件のフロー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n 件が破棄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件のレコード</numerusform>
        </translation>
    </message>
    <message>
        <source> (an answer)</source>
        <translation> (応答)</translation>
    </message>
    <message>
        <source>rejected by</source>
        <translation>拒否元</translation>
    </message>
    <message>
        <source>%1 records: %2 matched, %3 matched nothing; %4 accepted, %5 rejected (%6 explained by the design, %7 not); %8 NODATA, %9 SKIPDATA</source>
        <translation>%1 件のレコード: 一致 %2 件、一致なし %3 件。ACCEPT %4 件、REJECT %5 件 (設計で説明できるもの %6 件、説明できないもの %7 件)。NODATA %8 件、SKIPDATA %9 件</translation>
    </message>
    <message>
        <source>%1 lines not read</source>
        <translation>%1 行は読み込まれませんでした</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an address, an object of the design nor service:NAME</source>
        <translation>&apos;%1&apos; はアドレスでも、設計内のオブジェクトでも、service:NAME でもありません</translation>
    </message>
    <message>
        <source>%1 is a gateway endpoint: it has no address; use service:%2</source>
        <translation>%1 はゲートウェイエンドポイントであり、アドレスを持ちません。service:%2 を使用してください</translation>
    </message>
    <message>
        <source>%1 is a %2; a flow starts or ends at an instance, an address or service:NAME</source>
        <translation>%1 は %2 です。フローの始点または終点にできるのは、インスタンス、アドレス、または service:NAME です</translation>
    </message>
    <message>
        <source>%1 has no network interface (its subnet is missing)</source>
        <translation>%1 にはネットワークインターフェイスがありません (サブネットが存在しません)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no service</source>
        <translation>&apos;%1&apos; はどのサービスも指していません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no bucket of the design</source>
        <translation>&apos;%1&apos; は設計内のどのバケットも指していません</translation>
    </message>
    <message>
        <source>%1 is an S3 bucket, but the flow goes to %2; a flow that names a bucket goes to service:s3</source>
        <translation>%1 は S3 バケットですが、フローの送信先は %2 です。バケットを指定するフローの送信先は service:s3 です</translation>
    </message>
    <message>
        <source>%1 has no address to send from or to</source>
        <translation>%1 には送信元または送信先として使えるアドレスがありません</translation>
    </message>
    <message>
        <source>%1 is a service of the VPC (DNS, instance metadata, Time Sync or DHCP): it answers and starts nothing; make it the flow&apos;s destination</source>
        <translation>%1 は VPC のサービス (DNS、インスタンスメタデータ、Time Sync、または DHCP) です。応答するだけで、自分からは何も開始しません。フローの送信先にしてください</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are of different address families</source>
        <translation>%1 (%2) と %3 (%4) はアドレスファミリーが異なります</translation>
    </message>
    <message>
        <source>neither %1 nor %2 is inside the design</source>
        <translation>%1 と %2 のどちらも設計内にありません</translation>
    </message>
    <message>
        <source>a %1 flow needs a destination port</source>
        <translation>%1 フローには送信先ポートが必要です</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <source>%1 s of %2 s, %3 UTC</source>
        <translation>%1 秒 / %2 秒、%3 UTC</translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>シナリオなし</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>The %1, hop %2 of %3, at %4 s: %5</source>
        <translation>%1、ホップ %2/%3、%4 秒: %5</translation>
    </message>
    <message>
        <source>this packet is delivered</source>
        <translation>このパケットは配信されます</translation>
    </message>
    <message>
        <source>this packet is dropped</source>
        <translation>このパケットは破棄されます</translation>
    </message>
    <message>
        <source>Every setting that blocks it:</source>
        <translation>このパケットをブロックしているすべての設定:</translation>
    </message>
    <message>
        <source>The whole way:</source>
        <translation>全経路:</translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation>シミュレーション中…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>The traffic scenario to run</source>
        <translation>実行するトラフィックシナリオ</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>シナリオを削除</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>シナリオ:</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>フローを追加</translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation>フローを削除</translation>
    </message>
    <message>
        <source>Source from selection</source>
        <translation>選択範囲を送信元に</translation>
    </message>
    <message>
        <source>Destination from selection</source>
        <translation>選択範囲を送信先に</translation>
    </message>
    <message>
        <source>Make the object selected on the canvas the source of the current flow</source>
        <translation>キャンバスで選択したオブジェクトを現在のフローの送信元にします</translation>
    </message>
    <message>
        <source>Make the object selected on the canvas the destination of the current flow</source>
        <translation>キャンバスで選択したオブジェクトを現在のフローの送信先にします</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <source>The event before (Alt+Left)</source>
        <translation>前のイベント (Alt+Left)</translation>
    </message>
    <message>
        <source>The next event (Alt+Right)</source>
        <translation>次のイベント (Alt+Right)</translation>
    </message>
    <message>
        <source>Play or pause the scenario (F5)</source>
        <translation>シナリオを再生または一時停止します (F5)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Scenario seconds per second</source>
        <translation>1 秒あたりのシナリオ秒数</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>時間 (秒)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>At</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>フローログ</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>フローを追加</translation>
    </message>
    <message>
        <source>Select a flow, and one instance, NAT gateway or interface endpoint on the canvas</source>
        <translation>フローを 1 つと、キャンバス上のインスタンス、NAT ゲートウェイ、またはインターフェイスエンドポイントを 1 つ選択してください</translation>
    </message>
</context>
<context>
    <name>SimulationPlayer</name>
    <message>
        <source>No flow-log records: %1</source>
        <translation>フローログレコードがありません: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>accepted packets</source>
        <translation>受け入れたパケット</translation>
    </message>
    <message>
        <source>rejected packets</source>
        <translation>拒否したパケット</translation>
    </message>
    <message>
        <source>capture time (UTC)</source>
        <translation>キャプチャ時刻 (UTC)</translation>
    </message>
    <message>
        <source>packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>accepted bytes</source>
        <translation>受け入れたバイト数</translation>
    </message>
    <message>
        <source>rejected bytes</source>
        <translation>拒否したバイト数</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>time since the first record</source>
        <translation>最初のレコードからの経過時間</translation>
    </message>
    <message>
        <source>capture time (local)</source>
        <translation>キャプチャ時刻 (ローカル)</translation>
    </message>
</context>
<context>
    <name>TrafficOverlay</name>
    <message>
        <source>%1: stopped by %2 (%3)</source>
        <translation>%1: %2 により停止 (%3)</translation>
    </message>
    <message>
        <source>%1: stopped by %2</source>
        <translation>%1: %2 により停止</translation>
    </message>
</context>
<context>
    <name>YamlTree</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation>有効な YAML ではありません: %1</translation>
    </message>
    <message>
        <source>the file is empty; a design starts with &apos;vpc-designer: 1&apos;</source>
        <translation>ファイルが空です。設計は &apos;vpc-designer: 1&apos; で始まります</translation>
    </message>
    <message>
        <source>only the first YAML document is read; the rest of the file is ignored</source>
        <translation>最初の YAML ドキュメントだけが読み込まれます。ファイルの残りの部分は無視されます</translation>
    </message>
    <message>
        <source>the YAML is nested more than %1 levels deep; a design needs fewer than ten (is this really a design file?)</source>
        <translation>YAML の入れ子が %1 レベルを超えています。設計に必要な入れ子は 10 レベル未満です (本当に設計ファイルですか?)</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VPC Designer: design AWS VPC networks that check themselves.

</source>
        <translation>VPC Designer: 自らを検証する AWS VPC ネットワークを設計します。

</translation>
    </message>
    <message>
        <source>
&apos;vpc-designer SUBCOMMAND --help&apos; tells more.</source>
        <translation>
詳しくは &apos;vpc-designer SUBCOMMAND --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>the design to open; none: the bundled example</source>
        <translation>開く設計。指定しない場合: 同梱のサンプル</translation>
    </message>
    <message>
        <source>open, draw, save a picture of the window to PNG, quit</source>
        <translation>開いて描画し、ウィンドウの画像を PNG に保存して終了します</translation>
    </message>
    <message>
        <source>select these objects (comma-separated ids) on opening</source>
        <translation>開くときにこれらのオブジェクト (カンマ区切りの ID) を選択します</translation>
    </message>
    <message>
        <source>the window&apos;s size, such as 1600x1000</source>
        <translation>ウィンドウのサイズ (例: 1600x1000)</translation>
    </message>
    <message>
        <source>show the simulation panel on this scenario</source>
        <translation>このシナリオでシミュレーションパネルを表示します</translation>
    </message>
    <message>
        <source>with --simulate: the playback time in seconds</source>
        <translation>--simulate と併用: 再生時刻 (秒)</translation>
    </message>
    <message>
        <source>the colours for this run: system, light or dark</source>
        <translation>今回の実行で使う配色: system、light、または dark</translation>
    </message>
    <message>
        <source>open a bundled lesson or challenge (vpc-designer lessons)</source>
        <translation>同梱のレッスンまたはチャレンジを開きます (vpc-designer lessons)</translation>
    </message>
    <message>
        <source>with --lesson: the step to show (from 1)</source>
        <translation>--lesson と併用: 表示するステップ (1 から)</translation>
    </message>
    <message>
        <source>with --lesson: grade the design at once (Check My Design)</source>
        <translation>--lesson と併用: 設計をすぐに採点します (「設計を採点する」と同じ)</translation>
    </message>
    <message>
        <source>with --simulate: the panel&apos;s page (events, timeline, logs)</source>
        <translation>--simulate と併用: パネルのページ (events、timeline、logs)</translation>
    </message>
</context>
</TS>
