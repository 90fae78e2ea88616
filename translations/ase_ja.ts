<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>error: unknown command %1</source>
        <translation>エラー: 不明なコマンド %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>kubeconfig ファイルのパス (省略時は KUBECONFIG、それもなければ ~/.kube/config)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The kubeconfig context to use.</source>
        <translation>使用する kubeconfig コンテキスト。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The namespace (else the context&apos;s, else default).</source>
        <translation>名前空間 (省略時はコンテキストの名前空間、それもなければ default)。</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Start the built-in demo device for this command and use it.</source>
        <translation>このコマンド用に組み込みのデモ デバイスを起動して使用します。</translation>
    </message>
    <message>
        <source>The device&apos;s profile JSON (as ase-demo-device --device-profile-out writes it), with a token.</source>
        <translation>トークンを含むデバイスのプロファイル JSON (ase-demo-device --device-profile-out で書き出される形式)。</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --kubeconfig or --context.</source>
        <translation>--demo は --kubeconfig または --context と併用できません。</translation>
    </message>
    <message>
        <source>this command needs the device: --device-profile FILE, or --demo.</source>
        <translation>このコマンドにはデバイスが必要です: --device-profile FILE または --demo を指定してください。</translation>
    </message>
    <message>
        <source>--device-profile %1: %2</source>
        <translation>--device-profile %1: %2</translation>
    </message>
    <message>
        <source>--device-profile %1 has no token; a command cannot sign in interactively. Add the device&apos;s access token to the file (&quot;token&quot;).</source>
        <translation>--device-profile %1 にトークンがありません。コマンドでは対話形式でサインインできません。デバイスのアクセス トークンをファイルに追加してください (&quot;token&quot;)。</translation>
    </message>
    <message>
        <source>Claims a device share&apos;s PersistentVolume (static provisioning): a PersistentVolumeClaim with volumeName set and storageClassName &quot;&quot;, and optionally a workload that mounts it.</source>
        <translation>デバイスの共有の PersistentVolume をクレームします (静的プロビジョニング)。volumeName を設定し storageClassName を &quot;&quot; にした PersistentVolumeClaim と、必要に応じてそれをマウントするワークロードを作成します。</translation>
    </message>
    <message>
        <source>Claims storage from a StorageClass (dynamic provisioning): a PersistentVolumeClaim the class&apos;s provisioner makes a volume for, and optionally a workload that mounts it.</source>
        <translation>StorageClass からストレージをクレームします (動的プロビジョニング)。クラスのプロビジョナーがボリュームを作成する PersistentVolumeClaim と、必要に応じてそれをマウントするワークロードを作成します。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>static or dynamic.</source>
        <translation>static または dynamic。</translation>
    </message>
    <message>
        <source>The claim&apos;s name.</source>
        <translation>クレームの名前。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The device share to claim (its PV has its name).</source>
        <translation>クレームするデバイスの共有 (その PV は共有と同じ名前です)。</translation>
    </message>
    <message>
        <source>share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>The PersistentVolume to claim.</source>
        <translation>クレームする PersistentVolume。</translation>
    </message>
    <message>
        <source>pv</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>The StorageClass to claim from.</source>
        <translation>クレーム元の StorageClass。</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>The size to request, e.g. 10Gi (static: default 10Gi for a share, the PV&apos;s capacity for a PV; dynamic: required).</source>
        <translation>要求するサイズ (例: 10Gi)。static の場合、既定値は共有では 10Gi、PV ではその PV の容量です。dynamic の場合は必須です。</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>An access mode: ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod (repeatable).</source>
        <translation>アクセス モード: ReadWriteOnce、ReadOnlyMany、ReadWriteMany、ReadWriteOncePod (複数指定可)。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>What uses the claim: none, deployment, statefulset or iotedge (default none).</source>
        <translation>クレームを使用するもの: none、deployment、statefulset、iotedge のいずれか (既定は none)。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>The workload&apos;s name (default: the claim&apos;s).</source>
        <translation>ワークロードの名前 (既定: クレームの名前)。</translation>
    </message>
    <message>
        <source>The workload&apos;s container image.</source>
        <translation>ワークロードのコンテナー イメージ。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Where the claim appears in the container (default /data); for iotedge, a path inside the module (repeatable; default /home/input and /home/output).</source>
        <translation>コンテナー内でのクレームのマウント先 (既定は /data)。iotedge の場合はモジュール内のパス (複数指定可。既定は /home/input と /home/output)。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>The workload&apos;s replicas (default 1).</source>
        <translation>ワークロードのレプリカ数 (既定は 1)。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Print the objects: yaml or json.</source>
        <translation>オブジェクトを出力します: yaml または json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>none (default), client (print, send nothing) or server (the server checks, stores nothing).</source>
        <translation>none (既定)、client (出力のみで何も送信しない)、server (サーバーで検証し、何も保存しない) のいずれか。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Take over fields another field manager owns.</source>
        <translation>別のフィールド マネージャーが所有するフィールドを引き継ぎます。</translation>
    </message>
    <message>
        <source>claim takes static or dynamic, e.g. claim static NAME --share SHARE.</source>
        <translation>claim には static または dynamic を指定します (例: claim static NAME --share SHARE)。</translation>
    </message>
    <message>
        <source>the claim&apos;s name is missing: claim %1 NAME ...</source>
        <translation>クレームの名前がありません: claim %1 NAME ...</translation>
    </message>
    <message>
        <source>one claim name only; unexpected %1.</source>
        <translation>クレーム名は 1 つだけ指定してください。予期しない引数: %1。</translation>
    </message>
    <message>
        <source>give exactly one of --share SHARE or --volume PV.</source>
        <translation>--share SHARE または --volume PV のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--size is required for a dynamic claim, e.g. --size 10Gi.</source>
        <translation>動的クレームには --size が必須です (例: --size 10Gi)。</translation>
    </message>
    <message>
        <source>--access-mode %1: not an access mode; use ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.</source>
        <translation>--access-mode %1: アクセス モードではありません。ReadWriteOnce、ReadOnlyMany、ReadWriteMany、ReadWriteOncePod のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--consumer %1: use none, deployment, statefulset or iotedge.</source>
        <translation>--consumer %1: none、deployment、statefulset、iotedge のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--%1 needs --consumer deployment or statefulset.</source>
        <translation>--%1 には --consumer deployment または statefulset が必要です。</translation>
    </message>
    <message>
        <source>--mount-path needs --consumer deployment, statefulset or iotedge.</source>
        <translation>--mount-path には --consumer deployment、statefulset、iotedge のいずれかが必要です。</translation>
    </message>
    <message>
        <source>--consumer iotedge mounts a device share: use claim static --share.</source>
        <translation>--consumer iotedge ではデバイスの共有をマウントします。claim static --share を使用してください。</translation>
    </message>
    <message>
        <source>--mount-path: a workload mounts the claim at one path.</source>
        <translation>--mount-path: ワークロードではクレームを 1 つのパスにのみマウントできます。</translation>
    </message>
    <message>
        <source>--replicas %1: give a whole number, e.g. 2.</source>
        <translation>--replicas %1: 整数を指定してください (例: 2)。</translation>
    </message>
    <message>
        <source>--output %1: use yaml or json.</source>
        <translation>--output %1: yaml または json を使用してください。</translation>
    </message>
    <message>
        <source>--dry-run %1: use none, client or server.</source>
        <translation>--dry-run %1: none、client、server のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--wait: %1; write e.g. 30s or 2m.</source>
        <translation>--wait: %1。30s や 2m のように指定してください。</translation>
    </message>
    <message>
        <source>--wait cannot be combined with --dry-run: nothing is created to wait for.</source>
        <translation>--wait は --dry-run と併用できません: 何も作成されないため、待機する対象がありません。</translation>
    </message>
    <message>
        <source>warning: the device&apos;s shares could not be read: %1</source>
        <translation>警告: デバイスの共有を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>flag: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>To mount it: ase-storage-manager share mount %1 --device-profile FILE</source>
        <translation>マウントするには: ase-storage-manager share mount %1 --device-profile FILE</translation>
    </message>
    <message>
        <source># IoT Edge module container create options for share %1:</source>
        <translation># 共有 %1 用の IoT Edge モジュールのコンテナー作成オプション:</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>エラー: %1: %2</translation>
    </message>
    <message>
        <source>  %1 is owned by %2</source>
        <translation>  %1 は %2 が所有しています</translation>
    </message>
    <message>
        <source>Run again with --force-conflicts to take these fields over, or change the values so they agree.</source>
        <translation>これらのフィールドを引き継ぐには --force-conflicts を付けて再実行するか、値が一致するように変更してください。</translation>
    </message>
    <message>
        <source>persistentvolumeclaim/%1 bound to volume %2</source>
        <translation>persistentvolumeclaim/%1 はボリューム %2 にバインドされました</translation>
    </message>
    <message>
        <source>error: timed out waiting for persistentvolumeclaim/%1 to be Bound (phase %2): %3</source>
        <translation>エラー: persistentvolumeclaim/%1 が Bound になるのを待機中にタイムアウトしました (フェーズ %2): %3</translation>
    </message>
    <message>
        <source>Explains why a PersistentVolumeClaim is Pending: the reason in one sentence, each volume with the binder&apos;s verdict, the claim&apos;s events, and what to do.</source>
        <translation>PersistentVolumeClaim が Pending である理由を説明します: 1 文で示す理由、各ボリュームに対する PV コントローラーの判定、クレームのイベント、対処方法。</translation>
    </message>
    <message>
        <source>The claim: namespace/name, or name with -n.</source>
        <translation>クレーム: 名前空間/名前、または -n と組み合わせた名前。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (既定) または json。</translation>
    </message>
    <message>
        <source>--output %1: use text or json.</source>
        <translation>--output %1: text または json を使用してください。</translation>
    </message>
    <message>
        <source>name one claim: why-pending NAMESPACE/NAME (or NAME with -n).</source>
        <translation>クレームを 1 つ指定してください: why-pending NAMESPACE/NAME (または -n と組み合わせて NAME)。</translation>
    </message>
    <message>
        <source>%1: write the claim as NAMESPACE/NAME.</source>
        <translation>%1: クレームは NAMESPACE/NAME の形式で指定してください。</translation>
    </message>
    <message>
        <source>persistentvolumeclaim %1/%2 is not Pending: it is Bound to volume %3.</source>
        <translation>persistentvolumeclaim %1/%2 は Pending ではありません: ボリューム %3 にバインドされています (Bound)。</translation>
    </message>
    <message>
        <source>persistentvolumeclaim %1/%2 is not Pending: it is %3.</source>
        <translation>persistentvolumeclaim %1/%2 は Pending ではありません: 状態は %3 です。</translation>
    </message>
    <message>
        <source>persistentvolumeclaim %1/%2 is Pending.</source>
        <translation>persistentvolumeclaim %1/%2 は Pending です。</translation>
    </message>
    <message>
        <source>Volumes: not readable with these credentials (listing PersistentVolumes is forbidden).</source>
        <translation>ボリューム: この資格情報では読み取れません (PersistentVolume の一覧表示が禁止されています)。</translation>
    </message>
    <message>
        <source>Volumes: the cluster has none.</source>
        <translation>ボリューム: クラスターにボリュームがありません。</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>イベント:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Writes the binding graph: device shares, PersistentVolumes, claims, pods and their workloads, and StorageClasses, with half-bound pairs and claims naming missing volumes marked.</source>
        <translation>バインド グラフを書き出します: デバイスの共有、PersistentVolume、クレーム、Pod とそのワークロード、StorageClass。片側だけがバインドされたペアと、存在しないボリュームを指定しているクレームにはマークが付きます。</translation>
    </message>
    <message>
        <source>Every namespace (the whole cluster).</source>
        <translation>すべての名前空間 (クラスター全体)。</translation>
    </message>
    <message>
        <source>graph takes no names; unexpected %1.</source>
        <translation>graph には名前を指定しません。予期しない引数: %1。</translation>
    </message>
    <message>
        <source>give -n NAMESPACE or -A, not both.</source>
        <translation>-n NAMESPACE と -A はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 objects, %3 links, %4 problems</source>
        <translation>%1 を書き込みました: オブジェクト %2 個、リンク %3 個、問題 %4 件</translation>
    </message>
    <message>
        <source>Exports storage objects as clean YAML that can be applied to another cluster: claims keep their volumeName and storageClassName &quot;&quot;, volumes their claimRef without this cluster&apos;s uid, so each pair binds again. What was changed and why is printed to standard error.</source>
        <translation>ストレージ オブジェクトを、別のクラスターに適用できるクリーンな YAML としてエクスポートします。クレームは volumeName と storageClassName &quot;&quot; を保持し、ボリュームはこのクラスターの uid を除いた claimRef を保持するため、各ペアが再びバインドされます。変更内容とその理由は標準エラー出力に出力されます。</translation>
    </message>
    <message>
        <source>Every namespace.</source>
        <translation>すべての名前空間。</translation>
    </message>
    <message>
        <source>Kinds to export, comma-separated (default PersistentVolumeClaim,PersistentVolume,StorageClass).</source>
        <translation>エクスポートする種類 (コンマ区切り。既定は PersistentVolumeClaim,PersistentVolume,StorageClass)。</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Only objects with these labels (k=v,...).</source>
        <translation>指定したラベルを持つオブジェクトのみ (k=v,...)。</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>セレクター</translation>
    </message>
    <message>
        <source>Export the objects as the server sent them (not cleaned).</source>
        <translation>サーバーから送信されたままの形でオブジェクトをエクスポートします (クリーンアップしません)。</translation>
    </message>
    <message>
        <source>One multi-document file (- = standard output).</source>
        <translation>複数ドキュメントを含む 1 つのファイル (- は標準出力)。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>--kind %1: not a kind this tool exports; use PersistentVolumeClaim, PersistentVolume, StorageClass, Pod or Namespace.</source>
        <translation>--kind %1: このツールでエクスポートできる種類ではありません。PersistentVolumeClaim、PersistentVolume、StorageClass、Pod、Namespace のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>-l %1: %2</source>
        <translation>-l %1: %2</translation>
    </message>
    <message>
        <source>give -o FILE (or -o - for standard output) or --dir FOLDER.</source>
        <translation>-o FILE (標準出力の場合は -o -) または --dir FOLDER を指定してください。</translation>
    </message>
    <message>
        <source>--dir %1 exists already; name a new folder (nothing is overwritten).</source>
        <translation>--dir %1 はすでに存在します。新しいフォルダーを指定してください (上書きは行われません)。</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>注: %1: %2</translation>
    </message>
    <message>
        <source>note: %1 not exported: Secrets never leave the cluster through this tool.</source>
        <translation>注: %1 はエクスポートされません: このツールでは Secret をクラスターの外に出すことはありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count kind</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>エクスポートしました: %1</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>%2 にエクスポートしました: %1</translation>
    </message>
    <message>
        <source>Applies YAML or JSON manifests with server-side apply (field manager ase-storage-manager), in order: namespaces, classes and volumes before claims.</source>
        <translation>YAML または JSON のマニフェストをサーバー側適用 (フィールド マネージャー ase-storage-manager) で適用します。名前空間、クラス、ボリュームをクレームより先に適用します。</translation>
    </message>
    <message>
        <source>A file or folder of manifests (repeatable).</source>
        <translation>マニフェストのファイルまたはフォルダー (複数指定可)。</translation>
    </message>
    <message>
        <source>none (default), client (read and list, send nothing) or server (the server checks, stores nothing).</source>
        <translation>none (既定)、client (読み取りと一覧表示のみで何も送信しない)、server (サーバーで検証し、何も保存しない) のいずれか。</translation>
    </message>
    <message>
        <source>-f is required: -f FILE or -f FOLDER.</source>
        <translation>-f は必須です: -f FILE または -f FOLDER。</translation>
    </message>
    <message>
        <source>-f %1: no such file or folder.</source>
        <translation>-f %1: そのようなファイルまたはフォルダーはありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no objects in %1.</source>
        <translation>%1 にオブジェクトがありません。</translation>
    </message>
    <message>
        <source>Run again with --force-conflicts to take these fields over.</source>
        <translation>これらのフィールドを引き継ぐには、--force-conflicts を付けて再実行してください。</translation>
    </message>
    <message>
        <source>The share (all but list).</source>
        <translation>共有 (list 以外で指定)。</translation>
    </message>
    <message>
        <source>list: table (default), json or yaml.</source>
        <translation>list: table (既定)、json、yaml のいずれか。</translation>
    </message>
    <message>
        <source>create: smb or nfs.</source>
        <translation>create: smb または nfs。</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>create: keep the data on the device (Edge local share).</source>
        <translation>create: データをデバイス上に保持します (Edge ローカル共有)。</translation>
    </message>
    <message>
        <source>create: tier the data to this storage account credential of the device.</source>
        <translation>create: データの階層化先となる、デバイスのストレージ アカウント資格情報。</translation>
    </message>
    <message>
        <source>create: blockblob (default), pageblob or files.</source>
        <translation>create: blockblob (既定)、pageblob、files のいずれか。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>create: the container (default: the share&apos;s name).</source>
        <translation>create: コンテナー (既定: 共有の名前)。</translation>
    </message>
    <message>
        <source>create: a description.</source>
        <translation>create: 説明。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>create, SMB: an existing device user and its access, NAME[=change|read] (repeatable).</source>
        <translation>create、SMB: 既存のデバイス ユーザーとそのアクセス権。NAME[=change|read] の形式 (複数指定可)。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>create, NFS: a client address and its access, IP[=readwrite|readonly|noaccess] (repeatable).</source>
        <translation>create、NFS: クライアントのアドレスとそのアクセス権。IP[=readwrite|readonly|noaccess] の形式 (複数指定可)。</translation>
    </message>
    <message>
        <source>ip</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>create: use the share with Edge compute (mount it on the Kubernetes role).</source>
        <translation>create: 共有を Edge コンピューティングで使用します (Kubernetes ロールにマウントします)。</translation>
    </message>
    <message>
        <source>create --compute-mount, mount: wait until its PersistentVolume exists in the cluster (needs --kubeconfig or --demo), at most this long (bare --wait: 2m).</source>
        <translation>create --compute-mount、mount: クラスターに PersistentVolume が作成されるまで、指定した時間を上限として待機します (--kubeconfig または --demo が必要。値を省略した --wait は 2m)。</translation>
    </message>
    <message>
        <source>share takes one of %1, e.g. share list --device-profile FILE.</source>
        <translation>share には %1 のいずれかを指定します (例: share list --device-profile FILE)。</translation>
    </message>
    <message>
        <source>share list takes no name.</source>
        <translation>share list には名前を指定しません。</translation>
    </message>
    <message>
        <source>name one share: share %1 NAME.</source>
        <translation>共有を 1 つ指定してください: share %1 NAME。</translation>
    </message>
    <message>
        <source>--output %1: use table, json or yaml.</source>
        <translation>--output %1: table、json、yaml のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--protocol is required: smb or nfs.</source>
        <translation>--protocol は必須です: smb または nfs。</translation>
    </message>
    <message>
        <source>give --local, or --storage-account NAME for a share tiered to Azure.</source>
        <translation>--local を指定するか、Azure に階層化する共有の場合は --storage-account NAME を指定してください。</translation>
    </message>
    <message>
        <source>--service %1: use blockblob, pageblob or files.</source>
        <translation>--service %1: blockblob、pageblob、files のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--user %1: write NAME, NAME=change or NAME=read.</source>
        <translation>--user %1: NAME、NAME=change、NAME=read のいずれかの形式で指定してください。</translation>
    </message>
    <message>
        <source>--nfs-client %1: write IP, IP=readwrite, IP=readonly or IP=noaccess.</source>
        <translation>--nfs-client %1: IP、IP=readwrite、IP=readonly、IP=noaccess のいずれかの形式で指定してください。</translation>
    </message>
    <message>
        <source>--user is for SMB shares; an NFS share takes --nfs-client.</source>
        <translation>--user は SMB 共有用です。NFS 共有には --nfs-client を指定します。</translation>
    </message>
    <message>
        <source>--nfs-client is for NFS shares; an SMB share takes --user.</source>
        <translation>--nfs-client は NFS 共有用です。SMB 共有には --user を指定します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>EDGE COMPUTE</source>
        <translation>Edge コンピューティング</translation>
    </message>
    <message>
        <source>STORAGE ACCOUNT/CONTAINER</source>
        <translation>ストレージ アカウント/コンテナー</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Mounted</source>
        <translation>マウント済み</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>share/%1 created</source>
        <comment>kubectl-like line</comment>
        <translation>share/%1 created</translation>
    </message>
    <message>
        <source>share/%1 mounted for Edge compute</source>
        <comment>kubectl-like line</comment>
        <translation>share/%1 mounted for Edge compute</translation>
    </message>
    <message>
        <source>the device has no share named %1.</source>
        <translation>デバイスに %1 という名前の共有はありません。</translation>
    </message>
    <message>
        <source>share %1 is mounted for Edge compute; unmount it first (share unmount %1), which releases its PersistentVolume.</source>
        <translation>共有 %1 は Edge コンピューティング用にマウントされています。先にマウントを解除してください (share unmount %1)。マウントを解除すると、その PersistentVolume が解放されます。</translation>
    </message>
    <message>
        <source>share %1 is an Edge local share; only cloud shares can be refreshed.</source>
        <translation>共有 %1 は Edge ローカル共有です。最新の情報に更新できるのはクラウド共有だけです。</translation>
    </message>
    <message>
        <source>share/%1 deleted</source>
        <comment>kubectl-like line</comment>
        <translation>share/%1 deleted</translation>
    </message>
    <message>
        <source>share/%1 unmounted from Edge compute</source>
        <comment>kubectl-like line</comment>
        <translation>share/%1 unmounted from Edge compute</translation>
    </message>
    <message>
        <source>share/%1 refreshed</source>
        <comment>kubectl-like line</comment>
        <translation>share/%1 refreshed</translation>
    </message>
    <message>
        <source>--wait needs the cluster to see the PersistentVolume: add --kubeconfig or --demo.</source>
        <translation>--wait では、クラスターから PersistentVolume を確認する必要があります: --kubeconfig または --demo を追加してください。</translation>
    </message>
    <message>
        <source>persistentvolume/%1 exists</source>
        <comment>kubectl-like line</comment>
        <translation>persistentvolume/%1 exists</translation>
    </message>
    <message>
        <source>timed out waiting for persistentvolume/%1 to appear.</source>
        <translation>persistentvolume/%1 が作成されるのを待機中にタイムアウトしました。</translation>
    </message>
    <message>
        <source>Claim from the cluster&apos;s default StorageClass: storageClassName is left out and the cluster fills it in.</source>
        <translation>クラスターの既定の StorageClass からクレームします。storageClassName を省略し、クラスターが値を設定します。</translation>
    </message>
    <message>
        <source>Filesystem (default) or Block (a raw device; no workload mounts it).</source>
        <translation>Filesystem (既定) または Block (raw デバイス。ワークロードはマウントしません)。</translation>
    </message>
    <message>
        <source>A label of the claim, KEY=VALUE (repeatable).</source>
        <translation>クレームのラベル。KEY=VALUE の形式 (複数指定可)。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>キー=値</translation>
    </message>
    <message>
        <source>What the workload runs: generic (--image, the default) or mysql (MySQL on port 3306, data at /var/lib/mysql, a headless Service, the root password from --password-secret).</source>
        <translation>ワークロードで実行するもの: generic (--image で指定。既定) または mysql (ポート 3306 の MySQL。データは /var/lib/mysql、ヘッドレス Service を作成し、root パスワードは --password-secret から取得)。</translation>
    </message>
    <message>
        <source>mysql: the Secret in the claim&apos;s namespace that holds the root password (the manifest never contains the password).</source>
        <translation>mysql: root パスワードを保持する、クレームの名前空間内の Secret (マニフェストにパスワードが含まれることはありません)。</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>mysql: the Secret&apos;s key that holds the password (default password).</source>
        <translation>mysql: パスワードを保持する Secret のキー (既定は password)。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Wait until the claim is Bound and, with a workload, its pods Running, at most this long (Go duration, e.g. 30s, 2m; bare --wait: 2m).</source>
        <translation>クレームが Bound になり、ワークロードがある場合はその Pod が Running になるまで、指定した時間を上限として待機します (Go の期間形式。例: 30s、2m。値を省略した --wait は 2m)。</translation>
    </message>
    <message>
        <source>give exactly one of --storage-class CLASS (e.g. ase-node-local) or --default-class.</source>
        <translation>--storage-class CLASS (例: ase-node-local) または --default-class のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--storage-class is empty; name a class, or use --default-class for the cluster&apos;s default.</source>
        <translation>--storage-class が空です。クラスを指定するか、クラスターの既定のクラスを使う場合は --default-class を使用してください。</translation>
    </message>
    <message>
        <source>--volume-mode %1: use Filesystem or Block.</source>
        <translation>--volume-mode %1: Filesystem または Block を使用してください。</translation>
    </message>
    <message>
        <source>--label %1: write KEY=VALUE, e.g. --label app=mysql.</source>
        <translation>--label %1: KEY=VALUE の形式で指定してください (例: --label app=mysql)。</translation>
    </message>
    <message>
        <source>--template %1: use generic or mysql.</source>
        <translation>--template %1: generic または mysql を使用してください。</translation>
    </message>
    <message>
        <source>--template needs --consumer deployment or statefulset.</source>
        <translation>--template には --consumer deployment または statefulset が必要です。</translation>
    </message>
    <message>
        <source>--%1 needs --template mysql.</source>
        <translation>--%1 には --template mysql が必要です。</translation>
    </message>
    <message>
        <source>--template mysql takes the root password from a Secret: name it with --password-secret NAME (create it first, e.g. kubectl create secret generic NAME --from-literal=password=...).</source>
        <translation>--template mysql では root パスワードを Secret から取得します。--password-secret NAME でその Secret を指定してください (先に作成しておく必要があります。例: kubectl create secret generic NAME --from-literal=password=...)。</translation>
    </message>
    <message>
        <source>pod/%1 running on %2</source>
        <translation>pod/%1 は %2 で実行中です</translation>
    </message>
    <message>
        <source>pod/%1 is %2</source>
        <translation>pod/%1 は %2 です</translation>
    </message>
    <message>
        <source>error: timed out waiting for %1 of %2 pods of %3 to be Running (%4 are)%5</source>
        <translation>エラー: %3 の Pod %2 個のうち %1 個が Running になるのを待機中にタイムアウトしました (Running は %4 個)%5</translation>
    </message>
    <message>
        <source>The file: FILE.svg, FILE.png or FILE.dot (Graphviz); - writes SVG to standard output.</source>
        <translation>出力ファイル: FILE.svg、FILE.png、FILE.dot (Graphviz) のいずれか。- を指定すると SVG を標準出力に書き出します。</translation>
    </message>
    <message>
        <source>Dark colours (SVG, PNG).</source>
        <translation>ダーク配色 (SVG、PNG)。</translation>
    </message>
    <message>
        <source>-o is required: -o FILE.svg, -o FILE.png, -o FILE.dot or -o - (SVG to standard output).</source>
        <translation>-o は必須です: -o FILE.svg、-o FILE.png、-o FILE.dot、または -o - (SVG を標準出力に出力)。</translation>
    </message>
    <message>
        <source>-o %1: the name must end in .svg, .png or .dot.</source>
        <translation>-o %1: ファイル名の末尾は .svg、.png、.dot のいずれかにする必要があります。</translation>
    </message>
    <message>
        <source>Add what the objects bind to: a claim&apos;s volume and class, a volume&apos;s claim, and their namespaces.</source>
        <translation>オブジェクトのバインド先も追加します: クレームのボリュームとクラス、ボリュームのクレーム、およびそれらの名前空間。</translation>
    </message>
    <message>
        <source>A new folder with one file per object (&lt;namespace&gt;/&lt;kind&gt;/&lt;name&gt;.yaml) and a Kustomization for kubectl apply -k.</source>
        <translation>新しいフォルダー。オブジェクトごとに 1 つのファイル (&lt;namespace&gt;/&lt;kind&gt;/&lt;name&gt;.yaml) と、kubectl apply -k 用の Kustomization を作成します。</translation>
    </message>
    <message>
        <source>The device&apos;s shares: list; create (SMB or NFS, local or tiered to an Azure storage account, optionally mounted for Edge compute so Kubernetes gets a PersistentVolume named after it); mount and unmount for Edge compute; refresh a cloud share; delete. share user add|delete and share credential add|delete manage the device&apos;s share users and storage account credentials; their secrets are read from stdin and encrypted with the device&apos;s encryption key (the profile&apos;s channelIntegrityKey).</source>
        <translation>デバイスの共有を操作します: list (一覧表示)、create (作成。SMB または NFS、ローカルまたは Azure ストレージ アカウントへの階層化を選択でき、必要に応じて Edge コンピューティング用にマウントすると、Kubernetes に共有と同じ名前の PersistentVolume が作成されます)、mount と unmount (Edge コンピューティング用のマウントとマウント解除)、refresh (クラウド共有を最新の情報に更新)、delete (削除)。share user add|delete と share credential add|delete では、デバイスの共有ユーザーとストレージ アカウント資格情報を管理します。これらのシークレットは stdin から読み取られ、デバイスの暗号化キー (プロファイルの channelIntegrityKey) で暗号化されます。</translation>
    </message>
    <message>
        <source>create, user add, credential add: client prints the request bodies (secrets masked) and sends nothing.</source>
        <translation>create、user add、credential add: client を指定すると、要求本文を出力し (シークレットはマスク)、何も送信しません。</translation>
    </message>
    <message>
        <source>create, SMB: create this device user first and give it access, NAME[=change|read]; its password from --password-stdin.</source>
        <translation>create (SMB): 先にこのデバイス ユーザーを作成してアクセス権を付与します。NAME[=change|read] の形式で指定し、パスワードは --password-stdin から読み取ります。</translation>
    </message>
    <message>
        <source>user add, create --new-user: read the user&apos;s password from stdin (never from an argument).</source>
        <translation>user add、create --new-user: ユーザーのパスワードを stdin から読み取ります (引数から読み取ることはありません)。</translation>
    </message>
    <message>
        <source>credential add: the Azure storage account&apos;s name.</source>
        <translation>credential add: Azure ストレージ アカウントの名前。</translation>
    </message>
    <message>
        <source>credential add: read the storage account&apos;s access key from stdin (never from an argument).</source>
        <translation>credential add: ストレージ アカウントのアクセス キーを stdin から読み取ります (引数から読み取ることはありません)。</translation>
    </message>
    <message>
        <source>credential add: GeneralPurposeStorage (default) or BlobStorage.</source>
        <translation>credential add: GeneralPurposeStorage (既定) または BlobStorage。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>credential add: connect to the account without TLS.</source>
        <translation>credential add: TLS を使用せずにアカウントに接続します。</translation>
    </message>
    <message>
        <source>share %1 takes add or delete, e.g. share %1 add NAME.</source>
        <translation>share %1 には add または delete を指定します (例: share %1 add NAME)。</translation>
    </message>
    <message>
        <source>name one %1: share %1 %2 NAME.</source>
        <translation>%1 を 1 つ指定してください: share %1 %2 NAME。</translation>
    </message>
    <message>
        <source>--dry-run %1: share commands take client or none.</source>
        <translation>--dry-run %1: share コマンドでは client または none を指定します。</translation>
    </message>
    <message>
        <source>--dry-run=client is for create, user add and credential add.</source>
        <translation>--dry-run=client は create、user add、credential add で使用します。</translation>
    </message>
    <message>
        <source>share user add needs --password-stdin: the password is read from stdin, never from an argument.</source>
        <translation>share user add には --password-stdin が必要です: パスワードは stdin から読み取られ、引数から読み取られることはありません。</translation>
    </message>
    <message>
        <source>share credential add needs --account-key-stdin: the key is read from stdin, never from an argument.</source>
        <translation>share credential add には --account-key-stdin が必要です: キーは stdin から読み取られ、引数から読み取られることはありません。</translation>
    </message>
    <message>
        <source>share credential add needs --account-name: the Azure storage account.</source>
        <translation>share credential add には --account-name (Azure ストレージ アカウント) が必要です。</translation>
    </message>
    <message>
        <source>--new-user is for SMB shares; an NFS share takes --nfs-client.</source>
        <translation>--new-user は SMB 共有用です。NFS 共有では --nfs-client を使用します。</translation>
    </message>
    <message>
        <source>--new-user %1: write NAME, NAME=change or NAME=read.</source>
        <translation>--new-user %1: NAME、NAME=change、NAME=read のいずれかの形式で指定してください。</translation>
    </message>
    <message>
        <source>--new-user needs --password-stdin: the password is read from stdin.</source>
        <translation>--new-user には --password-stdin が必要です: パスワードは stdin から読み取られます。</translation>
    </message>
    <message>
        <source>--password-stdin goes with --new-user NAME.</source>
        <translation>--password-stdin は --new-user NAME と組み合わせて使用します。</translation>
    </message>
    <message>
        <source>storageaccountcredential/%1 created</source>
        <comment>kubectl-like line</comment>
        <translation>storageaccountcredential/%1 created</translation>
    </message>
    <message>
        <source>user/%1 created</source>
        <comment>kubectl-like line</comment>
        <translation>user/%1 created</translation>
    </message>
    <message>
        <source>%1: stdin could not be read.</source>
        <translation>%1: stdin を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1: stdin was empty; pipe the secret in, e.g. from a password manager.</source>
        <translation>%1: stdin が空でした。パスワード マネージャーなどからシークレットをパイプで渡してください。</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the device; the operation may still complete there.</source>
        <translation>デバイスを %1 秒待機してタイムアウトしました。デバイスでは引き続き操作が完了する可能性があります。</translation>
    </message>
    <message>
        <source>user %1 has access to %2; remove it from those shares (or delete them) first.</source>
        <translation>ユーザー %1 は %2 へのアクセス権を持っています。先にそれらの共有からユーザーを削除 (または共有自体を削除) してください。</translation>
    </message>
    <message>
        <source>storage account credential %1 is used by %2; delete those shares first.</source>
        <translation>ストレージ アカウント資格情報 %1 は %2 で使用されています。先にそれらの共有を削除してください。</translation>
    </message>
    <message>
        <source>user/%1 deleted</source>
        <comment>kubectl-like line</comment>
        <translation>user/%1 deleted</translation>
    </message>
    <message>
        <source>storageaccountcredential/%1 deleted</source>
        <comment>kubectl-like line</comment>
        <translation>storageaccountcredential/%1 deleted</translation>
    </message>
    <message>
        <source>Log requests and their timings to stderr (never a token, password or key).</source>
        <translation>リクエストとその所要時間を stderr に記録します (トークン、パスワード、キーは記録しません)。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>DeletionImpact</name>
    <message>
        <source>The volume %1 has reclaimPolicy Delete: it and the data on it will be destroyed.</source>
        <translation>ボリューム %1 の reclaimPolicy は Delete です。ボリュームとそのデータは破棄されます。</translation>
    </message>
    <message>
        <source>The volume %1 has reclaimPolicy Retain: it will stay, with its data, as Released; it must be cleared before another claim can use it.</source>
        <translation>ボリューム %1 の reclaimPolicy は Retain です。ボリュームはデータとともに Released 状態で残ります。別のクレームで使用するには、先にクリーンアップする必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>The claim is used by %n pod(s) (%1): it will stay Terminating until they are deleted.</source>
        <translation>
            <numerusform>このクレームは %n 個の Pod (%1) で使用されています。それらの Pod が削除されるまで、クレームは Terminating 状態のままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The claim is not bound to a volume: no data is affected.</source>
        <translation>このクレームはボリュームにバインドされていません。データへの影響はありません。</translation>
    </message>
    <message>
        <source>The volume is bound to the claim %1/%2: it will stay Terminating until that claim is deleted.</source>
        <translation>このボリュームはクレーム %1/%2 にバインドされています。そのクレームが削除されるまで、ボリュームは Terminating 状態のままです。</translation>
    </message>
    <message>
        <source>The device share %1 stays; the device may create this volume again while the share is mounted for Edge compute.</source>
        <translation>デバイスの共有 %1 は残ります。共有が Edge コンピューティング用にマウントされている間は、デバイスがこのボリュームを再作成する場合があります。</translation>
    </message>
    <message>
        <source>Deleting a PersistentVolume object does not delete the storage behind it.</source>
        <translation>PersistentVolume オブジェクトを削除しても、その背後にあるストレージは削除されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) name this class; existing volumes stay, but new claims of this class will not be provisioned.</source>
        <translation>
            <numerusform>%n 個のクレームがこのクラスを指定しています。既存のボリュームは残りますが、このクラスの新しいクレームに対するプロビジョニングは行われなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim uses this class.</source>
        <translation>このクラスを使用しているクレームはありません。</translation>
    </message>
    <message>
        <source>The volume %1 has reclaimPolicy Recycle: the data on it will be erased and the volume offered to other claims.</source>
        <translation>ボリューム %1 の reclaimPolicy は Recycle です: その上のデータは消去され、ボリュームは他のクレームに提供されます。</translation>
    </message>
    <message>
        <source>The claim names the volume %1, which this connection cannot see: what happens to its data depends on that volume&apos;s reclaimPolicy. Check it before deleting (kubectl get pv %1).</source>
        <translation>このクレームはボリューム %1 を指定していますが、この接続からは見えません。データがどうなるかはそのボリュームの reclaimPolicy によります。削除する前に確認してください (kubectl get pv %1)。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>volumeName %1 removed: the volume was made by a provisioner for this claim and is not exported, so the claim gets a new volume from class %2 when applied.</source>
        <translation>volumeName %1 を削除しました: このボリュームはこのクレーム用にプロビジョナーが作成したもので、エクスポートされません。そのため、適用時にクレームにはクラス %2 から新しいボリュームが作成されます。</translation>
    </message>
    <message>
        <source>volumeName %1 kept (a static claim): apply volume %1 too, or the claim stays Pending.</source>
        <translation>volumeName %1 を保持しました (静的クレーム): ボリューム %1 も適用してください。適用しないと、クレームは Pending のままになります。</translation>
    </message>
    <message>
        <source>claimRef keeps only the claim&apos;s namespace and name (its uid and resourceVersion belong to this cluster), and the bind annotations are removed, so the pair binds again when applied.</source>
        <translation>claimRef にはクレームの名前空間と名前のみを残し (uid と resourceVersion はこのクラスター固有の値です)、バインドのアノテーションを削除しました。そのため、適用時にペアが再びバインドされます。</translation>
    </message>
    <message>
        <source>Reclaim policy Retain with a claimRef: only claim %1 can bind this volume.</source>
        <translation>再クレーム ポリシーが Retain で claimRef があります: このボリュームをバインドできるのはクレーム %1 だけです。</translation>
    </message>
    <message>
        <source>storageClassName &quot;&quot; kept on claims: it means &quot;no class&quot;; without it the claim would get the target cluster&apos;s default class and a new, empty volume.</source>
        <translation>クレームの storageClassName &quot;&quot; を保持しました: これは &quot;クラスなし&quot; を意味します。これがないと、クレームには移行先クラスターの既定のクラスが割り当てられ、新しい空のボリュームが作成されます。</translation>
    </message>
    <message>
        <source>volumeName kept on claims exported with their volume: each binds the same volume again.</source>
        <translation>ボリュームと一緒にエクスポートしたクレームの volumeName を保持しました: 各クレームは同じボリュームに再びバインドされます。</translation>
    </message>
    <message>
        <source>volumeName kept on static claims whose volume is not exported: apply the volume too, or the claim stays Pending.</source>
        <translation>ボリュームをエクスポートしていない静的クレームの volumeName を保持しました: ボリュームも適用してください。適用しないと、クレームは Pending のままになります。</translation>
    </message>
    <message>
        <source>claimRef uid and resourceVersion and the bind annotations removed from volumes: they belong to this cluster; without them the pair binds again.</source>
        <translation>ボリュームから claimRef の uid と resourceVersion、およびバインドのアノテーションを削除しました: これらはこのクラスター固有の値です。削除することで、ペアが再びバインドされます。</translation>
    </message>
    <message>
        <source>volumeName removed from dynamic claims exported without their volume: they get a new volume from their class (the old one, pvc-&lt;uid&gt;, never comes back).</source>
        <translation>ボリュームなしでエクスポートした動的クレームから volumeName を削除しました: クレームにはクラスから新しいボリュームが作成されます (以前のボリューム pvc-&lt;uid&gt; が戻ることはありません)。</translation>
    </message>
    <message>
        <source>Volumes with reclaim policy Retain keep their claimRef: only that claim can bind them.</source>
        <translation>回収ポリシーが Retain のボリュームは claimRef を保持します: そのボリュームをバインドできるのは、そのクレームだけです。</translation>
    </message>
    <message>
        <source>Built-in namespaces not exported: every cluster has them.</source>
        <translation>組み込みの名前空間はエクスポートしません: どのクラスターにも存在するためです。</translation>
    </message>
    <message>
        <source>volumeName %1 kept: the claim binds the same volume, exported with it.</source>
        <translation>volumeName %1 を保持しました: クレームは、一緒にエクスポートした同じボリュームにバインドされます。</translation>
    </message>
    <message>
        <source>storageClassName &quot;&quot; kept: the claim takes no class, never the default one.</source>
        <translation>storageClassName &quot;&quot; を保持しました: クレームはクラスを使用せず、既定のクラスが割り当てられることもありません。</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <source>Cannot replace %1: it could not be moved aside.</source>
        <translation>%1 を置き換えられません: 既存のファイルを退避できませんでした。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>エクスポートの書き込み先を選んでください。</translation>
    </message>
</context>
<context>
    <name>ObjectSummary</name>
    <message>
        <source>Terminating (deletion waits for finalizers)</source>
        <translation>Terminating (削除はファイナライザーの完了待ち)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation>アクセス モード</translation>
    </message>
    <message>
        <source>Reclaim policy</source>
        <translation>再クレーム ポリシー</translation>
    </message>
    <message>
        <source>Delete: when its claim is deleted, the volume and its data are destroyed</source>
        <translation>Delete: クレームが削除されると、ボリュームとそのデータは破棄されます</translation>
    </message>
    <message>
        <source>Retain: when its claim is deleted, the volume and its data stay (Released)</source>
        <translation>Retain: クレームが削除されても、ボリュームとそのデータは残ります (Released)</translation>
    </message>
    <message>
        <source>StorageClass</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>none (binds only to claims without a class)</source>
        <translation>なし (クラスを指定していないクレームにのみバインド)</translation>
    </message>
    <message>
        <source>Volume mode</source>
        <translation>ボリューム モード</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>none: available for binding</source>
        <translation>なし: バインド可能</translation>
    </message>
    <message>
        <source>Device share</source>
        <translation>デバイスの共有</translation>
    </message>
    <message>
        <source>Provisioned by</source>
        <translation>プロビジョニング元</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求サイズ</translation>
    </message>
    <message>
        <source>not set (the default class applies)</source>
        <translation>未設定 (既定のクラスが適用されます)</translation>
    </message>
    <message>
        <source>&quot;&quot; (static: binds only to volumes without a class)</source>
        <translation>&quot;&quot; (静的: クラスのないボリュームにのみバインド)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用中の Pod</translation>
    </message>
    <message>
        <source>no pod</source>
        <translation>Pod なし</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>選択されたノード</translation>
    </message>
    <message>
        <source>Provisioner</source>
        <translation>プロビジョナー</translation>
    </message>
    <message>
        <source>Default class</source>
        <translation>既定のクラス</translation>
    </message>
    <message>
        <source>yes: claims without a class get this one</source>
        <translation>はい: クラスを指定していないクレームにこのクラスが割り当てられます</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Binding mode</source>
        <translation>バインド モード</translation>
    </message>
    <message>
        <source>WaitForFirstConsumer: a claim stays Pending until a pod uses it</source>
        <translation>WaitForFirstConsumer: Pod が使用するまで、クレームは Pending のままです</translation>
    </message>
    <message>
        <source>Volume expansion</source>
        <translation>ボリュームの拡張</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不許可</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Cloud: tiered to Azure</source>
        <translation>クラウド: Azure に階層化</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>ストレージ アカウント</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>データ形式</translation>
    </message>
    <message>
        <source>Local: data stays on the device</source>
        <translation>ローカル: データはデバイス上に保持</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>NFS clients</source>
        <translation>NFS クライアント</translation>
    </message>
    <message>
        <source>Edge compute</source>
        <translation>Edge コンピューティング</translation>
    </message>
    <message>
        <source>mounted</source>
        <translation>マウント済み</translation>
    </message>
    <message>
        <source>not mounted: no PersistentVolume</source>
        <translation>未マウント: PersistentVolume なし</translation>
    </message>
    <message>
        <source>PersistentVolume</source>
        <translation>PersistentVolume</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未スケジュール</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>PendingAdvice</name>
    <message>
        <source>Volume %1 is Released: it keeps the data of its deleted claim %2. To reuse it with that data, remove its claimRef; it becomes Available and this claim can bind it.</source>
        <translation>ボリューム %1 は Released です。削除されたクレーム %2 のデータを保持しています。そのデータとともに再利用するには、claimRef を削除してください。ボリュームが Available になり、このクレームをバインドできるようになります。</translation>
    </message>
    <message>
        <source>A Lost claim does not recover by itself: restore volume %1 from a backup, or delete the claim and claim the data again.</source>
        <translation>Lost 状態のクレームは自動的には回復しません。ボリューム %1 をバックアップから復元するか、クレームを削除してデータをもう一度クレームしてください。</translation>
    </message>
    <message>
        <source>Share %1 exists on the device but is not mounted for Edge compute, so it has no PersistentVolume. Mount it; the claim then binds.</source>
        <translation>共有 %1 はデバイス上に存在しますが、Edge コンピューティング用にマウントされていないため、PersistentVolume がありません。共有をマウントすると、クレームがバインドされます。</translation>
    </message>
    <message>
        <source>Share %1 is mounted for Edge compute; its PersistentVolume should appear shortly.</source>
        <translation>共有 %1 は Edge コンピューティング用にマウントされています。まもなく PersistentVolume が作成されます。</translation>
    </message>
    <message>
        <source>No share or volume is named %1. Create the share with &quot;Use the share with Edge compute&quot;, or claim an existing share or volume instead.</source>
        <translation>%1 という名前の共有もボリュームもありません。&quot;Edge コンピューティングで共有を使用する&quot; を選択して共有を作成するか、代わりに既存の共有またはボリュームをクレームしてください。</translation>
    </message>
    <message>
        <source>No volume is named %1. If it is a device share, connect the device to see whether it is mounted; or claim an existing volume instead.</source>
        <translation>%1 という名前のボリュームはありません。デバイスの共有の場合は、デバイスに接続してマウントされているかどうかを確認してください。または、代わりに既存のボリュームをクレームしてください。</translation>
    </message>
    <message>
        <source>A claim&apos;s volumeName cannot be changed: delete this claim and create it again naming a volume that fits (the static wizard lists which ones do).</source>
        <translation>クレームの volumeName は変更できません。このクレームを削除し、条件を満たすボリュームを指定して作成し直してください (条件を満たすボリュームは静的ウィザードに一覧表示されます)。</translation>
    </message>
    <message>
        <source>This is expected: class %1 creates the volume when the first pod that uses the claim is scheduled. Create a workload that mounts it.</source>
        <translation>これは想定どおりの動作です。クラス %1 は、クレームを使用する最初の Pod がスケジュールされたときにボリュームを作成します。クレームをマウントするワークロードを作成してください。</translation>
    </message>
    <message>
        <source>The pod must be scheduled first: look at the pod&apos;s events for why it is not (resources, node selectors, taints).</source>
        <translation>先に Pod がスケジュールされる必要があります。スケジュールされない理由 (リソース、ノード セレクター、テイント) を Pod のイベントで確認してください。</translation>
    </message>
    <message>
        <source>The provisioner has not reported a failure; check that it is running.</source>
        <translation>プロビジョナーはエラーを報告していません。プロビジョナーが実行中であることを確認してください。</translation>
    </message>
    <message>
        <source>Provisioning failed: %1. Node-local storage cannot be shared by several nodes: for ReadWriteMany claim a device share instead.</source>
        <translation>プロビジョニングに失敗しました: %1。ノードローカル ストレージは複数のノードで共有できません。ReadWriteMany が必要な場合は、代わりにデバイスの共有をクレームしてください。</translation>
    </message>
    <message>
        <source>Provisioning failed: %1.</source>
        <translation>プロビジョニングに失敗しました: %1。</translation>
    </message>
    <message>
        <source>Delete the claim and create it again with an existing class (a claim&apos;s class cannot be changed), or create class %1.</source>
        <translation>クレームを削除して既存のクラスで作成し直すか (クレームのクラスは変更できません)、クラス %1 を作成してください。</translation>
    </message>
    <message>
        <source>Create a volume that fits (for a share: mount it for Edge compute), or claim from a StorageClass instead.</source>
        <translation>条件を満たすボリュームを作成するか (共有の場合は Edge コンピューティング用にマウントします)、代わりに StorageClass からクレームしてください。</translation>
    </message>
    <message>
        <source>A claim&apos;s spec cannot be changed: delete the claim and create it again with a valid selector and known access modes.</source>
        <translation>クレームの spec は変更できません。クレームを削除し、有効なセレクターと既知のアクセス モードを指定して作成し直してください。</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <source>Give the claim a name, e.g. %1-data.</source>
        <translation>クレームに名前を付けてください (例: %1-data)。</translation>
    </message>
    <message>
        <source>A claim named %1 already exists in namespace %2; choose another name.</source>
        <translation>名前空間 %2 には %1 という名前のクレームが既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Choose the namespace the claim goes to (e.g. default).</source>
        <translation>クレームを作成する名前空間を選んでください (例: default)。</translation>
    </message>
    <message>
        <source>Namespace %1 does not exist; choose one of the cluster&apos;s namespaces or create it first.</source>
        <translation>名前空間 %1 は存在しません。クラスターの名前空間から選ぶか、先に作成してください。</translation>
    </message>
    <message>
        <source>Give the size to request, e.g. 10Gi.</source>
        <translation>要求するサイズを指定してください (例: 10Gi)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: %2. Write a number and a unit, e.g. 10Gi or 500Mi.</source>
        <translation>&quot;%1&quot; はサイズではありません: %2。数値と単位で指定してください (例: 10Gi、500Mi)。</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>サイズは 0 より大きくする必要があります。</translation>
    </message>
    <message>
        <source>Choose at least one access mode.</source>
        <translation>アクセス モードを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose the share or PersistentVolume to claim.</source>
        <translation>クレームする共有または PersistentVolume を選んでください。</translation>
    </message>
    <message>
        <source>There is no share or PersistentVolume named %1.</source>
        <translation>%1 という名前の共有または PersistentVolume はありません。</translation>
    </message>
    <message>
        <source>There is no PersistentVolume named %1.</source>
        <translation>%1 という名前の PersistentVolume はありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>volume name: the reason it cannot be claimed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a StorageClass: the cluster has no default class, so a claim without one would stay Pending.</source>
        <translation>StorageClass を選んでください。クラスターに既定のクラスがないため、クラスのないクレームは Pending のままになります。</translation>
    </message>
    <message>
        <source>There is no StorageClass named %1; the cluster has %2.</source>
        <translation>%1 という名前の StorageClass はありません。クラスターにあるのは %2 です。</translation>
    </message>
    <message>
        <source>IoT Edge modules mount device shares; choose a share.</source>
        <translation>IoT Edge モジュールはデバイスの共有をマウントします。共有を選んでください。</translation>
    </message>
    <message>
        <source>Give at least one path inside the module, e.g. /home/input.</source>
        <translation>モジュール内のパスを 1 つ以上指定してください (例: /home/input)。</translation>
    </message>
    <message>
        <source>The path %1 inside the module must be absolute (start with /).</source>
        <translation>モジュール内のパス %1 は絶対パス (/ で始まる) でなければなりません。</translation>
    </message>
    <message>
        <source>Each path inside the module may be used once.</source>
        <translation>モジュール内の各パスは 1 回しか使えません。</translation>
    </message>
    <message>
        <source>Give the container image, e.g. nginx:1.27 or mcr.microsoft.com/azureml/onnxruntime.</source>
        <translation>コンテナー イメージを指定してください (例: nginx:1.27、mcr.microsoft.com/azureml/onnxruntime)。</translation>
    </message>
    <message>
        <source>An image reference has no spaces.</source>
        <translation>イメージの参照に空白は使えません。</translation>
    </message>
    <message>
        <source>The mount path must be an absolute path inside the container, e.g. /data.</source>
        <translation>マウント パスはコンテナー内の絶対パスでなければなりません (例: /data)。</translation>
    </message>
    <message>
        <source>%1 replicas share one ReadWriteOnce claim: pods on other nodes cannot mount it. Use ReadWriteMany (a share) or one replica.</source>
        <translation>%1 個のレプリカが 1 つの ReadWriteOnce クレームを共有しています。他のノードの Pod はマウントできません。ReadWriteMany (共有) を使うか、レプリカを 1 つにしてください。</translation>
    </message>
    <message>
        <source>A ReadWriteOncePod claim can be used by one pod only; set one replica.</source>
        <translation>ReadWriteOncePod のクレームは 1 つの Pod しか使えません。レプリカを 1 つにしてください。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>kind, name, schema problem</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>There is no PersistentVolumeClaim (apiVersion v1) in the text.</source>
        <translation>テキストに PersistentVolumeClaim (apiVersion v1) がありません。</translation>
    </message>
    <message>
        <source>spec.accessModes: &quot;%1&quot; is not an access mode (ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod).</source>
        <translation>spec.accessModes: &quot;%1&quot; はアクセス モードではありません (ReadWriteOnce、ReadOnlyMany、ReadWriteMany、ReadWriteOncePod のいずれか)。</translation>
    </message>
    <message>
        <source>no access mode</source>
        <translation>アクセス モードなし</translation>
    </message>
    <message>
        <source>It is being deleted.</source>
        <translation>削除中です。</translation>
    </message>
    <message>
        <source>Released: its claim %1 was deleted, and with reclaim policy Delete the volume and its data are being removed.</source>
        <translation>Released: クレーム %1 が削除され、回収ポリシーが Delete のため、ボリュームとそのデータは削除されています。</translation>
    </message>
    <message>
        <source>Released: it still holds the data of the deleted claim %1. With reclaim policy %2 no new claim can bind it until an administrator removes its claimRef.</source>
        <translation>Released: 削除されたクレーム %1 のデータがまだ残っています。回収ポリシーが %2 のため、管理者が claimRef を削除するまで新しいクレームはバインドできません。</translation>
    </message>
    <message>
        <source>Already bound to claim %1.</source>
        <translation>既にクレーム %1 にバインドされています。</translation>
    </message>
    <message>
        <source>Reserved for claim %1 (its claimRef names it).</source>
        <translation>クレーム %1 用に予約されています (claimRef で指定されています)。</translation>
    </message>
    <message>
        <source>Failed: reclaiming it did not complete.</source>
        <translation>Failed: 回収が完了しませんでした。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>It belongs to StorageClass %1; a claim with storageClassName &quot;&quot; binds only volumes without a class.</source>
        <translation>StorageClass %1 に属しています。storageClassName &quot;&quot; のクレームは、クラスのないボリュームにのみバインドします。</translation>
    </message>
    <message>
        <source>Its capacity %1 is less than the requested %2.</source>
        <translation>容量 %1 は要求された %2 より小さいです。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Its volume mode is %1; the claim&apos;s is %2.</source>
        <translation>ボリューム モードは %1 ですが、クレームは %2 です。</translation>
    </message>
    <message>
        <source>It offers %1; the claim asks for %2.</source>
        <translation>提供するのは %1 ですが、クレームは %2 を要求しています。</translation>
    </message>
    <message>
        <source>Its labels do not match the claim&apos;s selector.</source>
        <translation>ラベルがクレームのセレクターに一致しません。</translation>
    </message>
    <message>
        <source>Mounted for Edge compute, but its PersistentVolume has not appeared yet.</source>
        <translation>Edge コンピューティング用にマウントされていますが、PersistentVolume はまだ表示されていません。</translation>
    </message>
    <message>
        <source>Not mounted for Edge compute, so Kubernetes has no PersistentVolume for it yet. Mount it for Edge compute to claim it.</source>
        <translation>Edge コンピューティング用にマウントされていないため、Kubernetes にはまだ PersistentVolume がありません。クレームするには Edge コンピューティング用にマウントしてください。</translation>
    </message>
    <message>
        <source>A directory on one node&apos;s data disk: fast and POSIX, mounted by the pods of that node only (ReadWriteOnce).</source>
        <translation>1 つのノードのデータ ディスク上のディレクトリです。高速で POSIX に準拠し、そのノードの Pod だけがマウントできます (ReadWriteOnce)。</translation>
    </message>
    <message>
        <source>Local volumes an administrator created in advance; nothing is provisioned, a claim binds one of them (ReadWriteOnce).</source>
        <translation>管理者があらかじめ作成したローカル ボリュームです。プロビジョニングは行われず、クレームはそのいずれかにバインドします (ReadWriteOnce)。</translation>
    </message>
    <message>
        <source>Volumes made by the provisioner %1.</source>
        <translation>プロビジョナー %1 が作成するボリュームです。</translation>
    </message>
    <message>
        <source>The driver decides which access modes work; all are offered here.</source>
        <translation>使えるアクセス モードはドライバーが決めます。ここではすべてを選択肢にしています。</translation>
    </message>
    <message>
        <source>Deleting the claim keeps the volume and its data (Retain); an administrator removes them.</source>
        <translation>クレームを削除してもボリュームとデータは残ります (Retain)。削除は管理者が行います。</translation>
    </message>
    <message>
        <source>Deleting the claim deletes the volume and its data (Delete).</source>
        <translation>クレームを削除すると、ボリュームとそのデータも削除されます (Delete)。</translation>
    </message>
    <message>
        <source>The volume is made when a pod first uses the claim (WaitForFirstConsumer): until then the claim stays Pending, which is expected.</source>
        <translation>ボリュームは Pod が最初にクレームを使うときに作成されます (WaitForFirstConsumer)。それまでクレームが Pending のままなのは想定どおりです。</translation>
    </message>
    <message>
        <source>The volume is made as soon as the claim is created (Immediate).</source>
        <translation>ボリュームはクレームの作成と同時に作成されます (Immediate)。</translation>
    </message>
    <message>
        <source>%1 (%2) gives %3 only: its volumes live on one node&apos;s disk, so %4 is not possible.</source>
        <translation>%1 (%2) が提供するのは %3 のみです。ボリュームは 1 つのノードのディスク上にあるため、%4 は使えません。</translation>
    </message>
    <message>
        <source>%1 (%2) gives %3 only.</source>
        <translation>%1 (%2) が提供するのは %3 のみです。</translation>
    </message>
    <message>
        <source>Several nodes writing at once need a share (ReadWriteMany). A database should not share its files this way: give each replica its own claim from %1 instead.</source>
        <translation>複数のノードから同時に書き込むには共有 (ReadWriteMany) が必要です。データベースはこの方法でファイルを共有すべきではありません。代わりに、レプリカごとに %1 から専用のクレームを用意してください。</translation>
    </message>
    <message>
        <source>Several nodes writing the same files need a device share mounted for Edge compute (ReadWriteMany), claimed statically.</source>
        <translation>複数のノードから同じファイルに書き込むには、Edge コンピューティング用にマウントしたデバイスの共有 (ReadWriteMany) を静的にクレームする必要があります。</translation>
    </message>
    <message>
        <source>Databases and other POSIX apps (MySQL, PostgreSQL, MongoDB, Prometheus) want the node&apos;s own disk: %1, ReadWriteOnce.</source>
        <translation>データベースなどの POSIX アプリ (MySQL、PostgreSQL、MongoDB、Prometheus) にはノード自身のディスクが適しています: %1、ReadWriteOnce。</translation>
    </message>
    <message>
        <source>One writer without special file needs: both work. %1 is simplest; a share keeps the data on the device (or in Azure) beyond the node.</source>
        <translation>書き込みが 1 か所でファイルに特別な要件がなければ、どちらでも動作します。%1 が最も簡単です。共有ならデータはノードとは別にデバイス (または Azure) に残ります。</translation>
    </message>
    <message>
        <source>Give the share a name: 3 to 63 lowercase letters, digits and hyphens.</source>
        <translation>共有名を指定してください。英小文字、数字、ハイフンを使用して 3 ～ 63 文字で指定します。</translation>
    </message>
    <message>
        <source>The device has a share named %1 already.</source>
        <translation>デバイスには %1 という名前の共有がすでに存在します。</translation>
    </message>
    <message>
        <source>The device has %1 of %2 shares; delete one before adding another.</source>
        <translation>デバイスには共有が %1 個あります (上限 %2 個)。別の共有を追加する前に、いずれかを削除してください。</translation>
    </message>
    <message>
        <source>A cloud share needs a storage account: choose one of the device&apos;s storage account credentials.</source>
        <translation>クラウド共有にはストレージ アカウントが必要です。デバイスのストレージ アカウント資格情報のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>The device has no storage account credential named %1; it has %2.</source>
        <translation>デバイスに %1 という名前のストレージ アカウント資格情報はありません。デバイスにある資格情報: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The storage service %1 is not one of BlockBlob, PageBlob or AzureFile.</source>
        <translation>ストレージ サービス %1 は、BlockBlob、PageBlob、AzureFile のいずれでもありません。</translation>
    </message>
    <message>
        <source>Container %1 is used by share %2 already; a container holds one share.</source>
        <translation>コンテナー %1 はすでに共有 %2 で使用されています。1 つのコンテナーで使用できる共有は 1 つだけです。</translation>
    </message>
    <message>
        <source>An SMB share needs at least one user with Change or Read access.</source>
        <translation>SMB 共有には、Change または Read アクセス権を持つユーザーが 1 人以上必要です。</translation>
    </message>
    <message>
        <source>The device has no user named %1.</source>
        <translation>デバイスに %1 という名前のユーザーはいません。</translation>
    </message>
    <message>
        <source>Access %1 for %2: use Change or Read.</source>
        <translation>%2 のアクセス権 %1: Change または Read を使用してください。</translation>
    </message>
    <message>
        <source>An NFS share needs at least one client IP address.</source>
        <translation>NFS 共有には、クライアントの IP アドレスが 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address.</source>
        <translation>%1 は IPv4 アドレスでも IPv6 アドレスでもありません。</translation>
    </message>
    <message>
        <source>Permission %1 for %2: use ReadWrite, ReadOnly or NoAccess.</source>
        <translation>%2 のアクセス許可 %1: ReadWrite、ReadOnly、NoAccess のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Edge compute mounts an NFS share through the compute network: it must be on the same subnet as the device&apos;s NFS virtual IP.</source>
        <translation>Edge コンピューティングでは、コンピューティング ネットワーク経由で NFS 共有をマウントします。コンピューティング ネットワークは、デバイスの NFS 仮想 IP と同じサブネット上にある必要があります。</translation>
    </message>
    <message>
        <source>The claim %1 is gone from namespace %2; nothing would mount.</source>
        <translation>クレーム %1 は名前空間 %2 にもう存在しません。マウントするものがありません。</translation>
    </message>
    <message>
        <source>%1 already exist in namespace %2: the StatefulSet&apos;s pods will use them as they are instead of new claims.</source>
        <translation>%1 は名前空間 %2 に既に存在します: StatefulSet の Pod は、新しいクレームではなく既存のクレームをそのまま使用します。</translation>
    </message>
    <message>
        <source>%1 is a filesystem volume; a Block claim cannot bind it. Choose Filesystem.</source>
        <translation>%1 はファイルシステム ボリュームのため、Block クレームはバインドできません。Filesystem を選んでください。</translation>
    </message>
    <message>
        <source>A Block claim is a raw device (volumeDevices), but the workload here mounts a filesystem at its mount path. Choose Filesystem, or no consumer.</source>
        <translation>Block クレームは raw デバイス (volumeDevices) ですが、このワークロードはマウント パスにファイルシステムをマウントします。Filesystem を選ぶか、コンシューマーなしにしてください。</translation>
    </message>
    <message>
        <source>The MySQL template runs one replica (it sets up no replication); set one replica.</source>
        <translation>MySQL テンプレートはレプリカ 1 つで実行します (レプリケーションは構成しません)。レプリカを 1 つにしてください。</translation>
    </message>
    <message>
        <source>Name the Secret that holds the root password (e.g. mysql-root); the manifest never contains the password itself.</source>
        <translation>root パスワードを保持する Secret を指定してください (例: mysql-root)。マニフェストにパスワード自体が含まれることはありません。</translation>
    </message>
    <message>
        <source>Give the Secret&apos;s key that holds the password, e.g. password.</source>
        <translation>パスワードを保持する Secret のキーを指定してください (例: password)。</translation>
    </message>
    <message>
        <source>MySQL does not work on NFS shares (the device&apos;s documentation says so): use an SMB share or %1.</source>
        <translation>MySQL は NFS 共有では動作しません (デバイスのドキュメントに記載されています)。SMB 共有または %1 を使用してください。</translation>
    </message>
    <message>
        <source>%1 is written into the manifest as plain text: anyone who can read the workload can read it. Take it from a Secret (valueFrom.secretKeyRef).</source>
        <translation>%1 はマニフェストにプレーン テキストで書き込まれるため、ワークロードを読み取れるユーザーなら誰でも読み取れます。Secret から取得してください (valueFrom.secretKeyRef)。</translation>
    </message>
    <message>
        <source>A claim template needs a StatefulSet claiming from a StorageClass (no spec.volumeName).</source>
        <translation>クレーム テンプレートを使うには、StorageClass からクレームする StatefulSet が必要です (spec.volumeName なし)。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>kind, name, problem</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>ドキュメント %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>name or generateName is required</source>
        <translation>name または generateName は必須です</translation>
    </message>
    <message>
        <source>%1 %2: metadata.namespace %3 is ignored: a %1 belongs to no namespace.</source>
        <translation>%1 %2: metadata.namespace %3 は無視されます: %1 はどの名前空間にも属しません。</translation>
    </message>
    <message>
        <source>A directory of its own on an NFS share: every node can read and write it at once (ReadWriteMany), at the speed of the network.</source>
        <translation>NFS 共有上の専用ディレクトリです。すべてのノードから同時に読み書きでき (ReadWriteMany)、速度はネットワークに依存します。</translation>
    </message>
    <message>
        <source>%1 (%2) gives %3 only: its volumes live on one node&apos;s disk.</source>
        <translation>%1 (%2) が提供するのは %3 のみです。ボリュームは 1 つのノードのディスク上にあります。</translation>
    </message>
    <message>
        <source>Give the new user a name.</source>
        <translation>新しいユーザーの名前を指定してください。</translation>
    </message>
    <message>
        <source>User name %1: use 1 to 64 letters, digits, periods, hyphens and underscores, starting and ending with a letter or a digit.</source>
        <translation>ユーザー名 %1: 英字、数字、ピリオド、ハイフン、アンダースコアを使用して 1 ～ 64 文字で指定し、先頭と末尾は英字または数字にしてください。</translation>
    </message>
    <message>
        <source>The device has a user named %1 already; choose it among the existing users.</source>
        <translation>デバイスには %1 という名前のユーザーがすでに存在します。既存のユーザーから選択してください。</translation>
    </message>
    <message>
        <source>Give the new user a password.</source>
        <translation>新しいユーザーのパスワードを指定してください。</translation>
    </message>
    <message>
        <source>The password must have 8 to 16 characters from three of: uppercase letters, lowercase letters, digits, special characters.</source>
        <translation>パスワードは 8 ～ 16 文字で、英大文字、英小文字、数字、特殊文字のうち 3 種類を含める必要があります。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
    <message>
        <source>Give the storage account credential a name (its alias on the device).</source>
        <translation>ストレージ アカウント資格情報の名前 (デバイス上での別名) を指定してください。</translation>
    </message>
    <message>
        <source>Credential name %1: use 1 to 64 letters, digits, periods, hyphens and underscores, starting and ending with a letter or a digit.</source>
        <translation>資格情報名 %1: 英字、数字、ピリオド、ハイフン、アンダースコアを使用して 1 ～ 64 文字で指定し、先頭と末尾は英字または数字にしてください。</translation>
    </message>
    <message>
        <source>The device has a storage account credential named %1 already.</source>
        <translation>デバイスには %1 という名前のストレージ アカウント資格情報がすでに存在します。</translation>
    </message>
    <message>
        <source>Storage account name %1: use 3 to 24 lowercase letters and digits, as in Azure.</source>
        <translation>ストレージ アカウント名 %1: Azure と同様に、英小文字と数字を使用して 3 ～ 24 文字で指定してください。</translation>
    </message>
    <message>
        <source>Give the storage account&apos;s access key (Azure portal: the account ▸ Access keys).</source>
        <translation>ストレージ アカウントのアクセス キーを指定してください (Azure portal: アカウント ▸ アクセス キー)。</translation>
    </message>
    <message>
        <source>The access key is not base64; copy key1 or key2 of the storage account as shown.</source>
        <translation>アクセス キーが base64 ではありません。ストレージ アカウントの key1 または key2 を表示どおりにコピーしてください。</translation>
    </message>
    <message>
        <source>Account type %1: use GeneralPurposeStorage or BlobStorage.</source>
        <translation>アカウントの種類 %1: GeneralPurposeStorage または BlobStorage を使用してください。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>クラスターに接続されていません。</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ase</name>
    <message>
        <source>The Device&apos;s Encryption Key</source>
        <translation>デバイスの暗号化キー</translation>
    </message>
    <message>
        <source>Passwords and account keys are encrypted for the device with its encryption key
(Azure portal: the device ▸ Device properties ▸ Encryption key).
It is asked once and kept in the system keychain.</source>
        <translation>パスワードとアカウント キーは、デバイスの暗号化キーを使ってデバイス用に暗号化されます
(Azure portal: デバイス ▸ デバイスのプロパティ ▸ 暗号化キー)。
暗号化キーの入力は 1 回だけで、システムのキーチェーンに保存されます。</translation>
    </message>
</context>
<context>
    <name>ase::AboutInfo</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ASE Storage Manager %1&lt;/h3&gt;&lt;p&gt;Shares, persistent volumes, claims and storage classes of Kubernetes on Azure Stack Edge devices, in one native application.&lt;/p&gt;&lt;p&gt;Licensed under the %2 license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ASE Storage Manager %1&lt;/h3&gt;&lt;p&gt;Azure Stack Edge デバイス上の Kubernetes の共有、永続ボリューム、クレーム、ストレージ クラスを 1 つのネイティブ アプリケーションで扱います。&lt;/p&gt;&lt;p&gt;%2 ライセンスの下で提供されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built on these libraries, each under its own license:&lt;/p&gt;</source>
        <translation>&lt;p&gt;次のライブラリを使用しています (それぞれ独自のライセンスの下で提供されます):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;License&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;ライブラリ&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;バージョン&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;ライセンス&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>ase::AddShareWizard</name>
    <message>
        <source>New Share</source>
        <translation>新しい共有</translation>
    </message>
    <message>
        <source>Requests to send (secrets masked)</source>
        <translation>送信する要求 (シークレットはマスク)</translation>
    </message>
    <message>
        <source>Create on the device, step by step (long-running operations)</source>
        <translation>デバイス上で順に作成 (長時間実行される操作)</translation>
    </message>
    <message>
        <source>&amp;Save Requests…</source>
        <translation>要求を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the request bodies to a file, secrets masked</source>
        <translation>要求本文をファイルに書き出します (シークレットはマスク)</translation>
    </message>
    <message>
        <source>Cop&amp;y Requests</source>
        <translation>要求をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the request bodies to the clipboard, secrets masked</source>
        <translation>要求本文をクリップボードにコピーします (シークレットはマスク)</translation>
    </message>
    <message>
        <source>Working on the device…</source>
        <translation>デバイスで処理中…</translation>
    </message>
    <message>
        <source>Nothing more was done. Fix the draft and Create again.</source>
        <translation>これ以降の処理は行われていません。下書きを修正して、もう一度作成してください。</translation>
    </message>
    <message>
        <source>C&amp;laim This Share…</source>
        <translation>この共有をクレーム(&amp;L)…</translation>
    </message>
    <message>
        <source>Storage account credential %1 created.</source>
        <translation>ストレージ アカウント資格情報 %1 を作成しました。</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>ユーザー %1 を作成しました。</translation>
    </message>
    <message>
        <source>Share %1 created.</source>
        <translation>共有 %1 を作成しました。</translation>
    </message>
    <message>
        <source>Share %1 mounted for Edge compute.</source>
        <translation>共有 %1 を Edge コンピューティング用にマウントしました。</translation>
    </message>
    <message>
        <source>Waiting for the PersistentVolume %1 to appear in the cluster…</source>
        <translation>PersistentVolume %1 がクラスターに作成されるのを待っています…</translation>
    </message>
    <message>
        <source>The share %1 is ready.</source>
        <translation>共有 %1 の準備ができました。</translation>
    </message>
    <message>
        <source>PersistentVolume %1 appeared in the cluster (%2).</source>
        <translation>PersistentVolume %1 がクラスターに作成されました (%2)。</translation>
    </message>
    <message>
        <source>The share %1 is in the cluster as the PersistentVolume %1. Claim it to use it in a pod.</source>
        <translation>共有 %1 は PersistentVolume %1 としてクラスターに存在します。Pod で使用するには、クレームしてください。</translation>
    </message>
</context>
<context>
    <name>ase::ApiError</name>
    <message>
        <source>No permission to %1 %2.</source>
        <extracomment>%1 is a Kubernetes verb (list, watch, create...), %2 a plural kind (&quot;PersistentVolumes&quot;)</extracomment>
        <translation>%2 に対する %1 の権限がありません。</translation>
    </message>
</context>
<context>
    <name>ase::Application</name>
    <message>
        <source>ASE Storage Manager</source>
        <translation>ASE ストレージ マネージャー</translation>
    </message>
    <message>
        <source>Start the built-in demo device and connect to it.</source>
        <translation>組み込みのデモ デバイスを起動して接続します。</translation>
    </message>
    <message>
        <source>Use this kubeconfig file (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>指定した kubeconfig ファイルを使用します (省略時は KUBECONFIG、それもなければ ~/.kube/config)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use this kubeconfig context.</source>
        <translation>指定した kubeconfig コンテキストを使用します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Show this namespace.</source>
        <translation>指定した名前空間を表示します。</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>配色: system、light、dark のいずれか。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>ase-storage-manager: %1</source>
        <translation>ase-storage-manager: %1</translation>
    </message>
    <message>
        <source>Manage the storage of Kubernetes workloads on Azure Stack Edge devices.

Without a command it opens the window. With one it runs headless:
  claim static|dynamic   create a claim (static: on a share&apos;s volume; dynamic: from a StorageClass)
  why-pending NS/NAME    explain why a claim is Pending
  graph                  write the binding graph (SVG or Graphviz)
  export                 write clean, re-appliable YAML
  apply -f FILE|DIR      server-side apply of YAML files
  share                  list, create, mount, unmount, refresh, delete the device&apos;s shares
COMMAND --help shows a command&apos;s options.</source>
        <translation>Azure Stack Edge デバイス上の Kubernetes ワークロードのストレージを管理します。

コマンドなしで起動するとウィンドウを開きます。コマンドを付けるとウィンドウなしで実行します:
  claim static|dynamic   クレームを作成します (static: 共有のボリュームに、dynamic: StorageClass から)
  why-pending NS/NAME    クレームが Pending のままである理由を説明します
  graph                  バインドのグラフを書き出します (SVG または Graphviz)
  export                 クリーンで再適用できる YAML を書き出します
  apply -f FILE|DIR      YAML ファイルをサーバー側適用します
  share                  デバイスの共有を一覧表示、作成、マウント、マウント解除、最新の情報に更新、削除します
各コマンドのオプションは COMMAND --help で表示されます。</translation>
    </message>
    <message>
        <source>Show the version of the application and of the libraries it uses.</source>
        <translation>アプリケーションと使用しているライブラリのバージョンを表示します。</translation>
    </message>
    <message>
        <source>Do not connect again to the last connection on start (holding Shift does the same).</source>
        <translation>起動時に前回の接続先へ再接続しません (Shift キーを押しながら起動しても同じです)。</translation>
    </message>
    <message>
        <source>Log requests and their timings, connections and actions to stderr (never a secret).</source>
        <translation>リクエストとその所要時間、接続、操作を stderr に記録します (秘密情報は記録しません)。</translation>
    </message>
</context>
<context>
    <name>ase::ApplyWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Server &amp;dry-run</source>
        <translation>サーバーのドライラン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Apply YAML</source>
        <translation>YAML の適用</translation>
    </message>
    <message>
        <source>Open YAML files, drop them on the main window, or type or paste manifests here.</source>
        <translation>YAML ファイルを開くか、メイン ウィンドウにドロップするか、ここにマニフェストを入力または貼り付けてください。</translation>
    </message>
    <message>
        <source>YAML of the objects to apply</source>
        <translation>適用するオブジェクトの YAML</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Objects and the server&apos;s answers</source>
        <translation>オブジェクトとサーバーの応答</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Objects, in the order they are sent</source>
        <translation>オブジェクト (送信順)</translation>
    </message>
    <message>
        <source>Send every object with dryRun=All: the server checks and admits it, stores nothing.</source>
        <translation>すべてのオブジェクトを dryRun=All で送信します。サーバーは検証とアドミッションを行いますが、何も保存しません。</translation>
    </message>
    <message>
        <source>Server-side apply (field manager ase-storage-manager): creates what is missing, updates the fields these manifests set.</source>
        <translation>サーバー側適用 (フィールド マネージャー ase-storage-manager): 存在しないものを作成し、これらのマニフェストが設定するフィールドを更新します。</translation>
    </message>
    <message>
        <source>Create every object, as kubectl create does: an object that exists is an error.</source>
        <translation>kubectl create と同様に、すべてのオブジェクトを作成します。既に存在するオブジェクトはエラーになります。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Apply YAML — %1</source>
        <translation>YAML の適用 — %1</translation>
    </message>
    <message>
        <source>Does not parse: %1</source>
        <translation>解析できません: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line, problem</comment>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Also applied, though this app has no pane for them: %1.</source>
        <translation>このアプリには表示するペインがありませんが、次のものも適用されます: %1。</translation>
    </message>
    <message>
        <source>Schema: checked against the cluster&apos;s /openapi/v3.</source>
        <translation>スキーマ: クラスターの /openapi/v3 と照合しました。</translation>
    </message>
    <message>
        <source>No objects yet.</source>
        <translation>オブジェクトはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before sending.</source>
        <translation>
            <numerusform>送信前に修正が必要な問題が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), ready to send.</source>
        <translation>
            <numerusform>%n 個のオブジェクトを送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind, namespace/name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>not sent (an earlier object failed)</source>
        <translation>未送信 (前のオブジェクトが失敗しました)</translation>
    </message>
    <message>
        <source>%1 (no pane for %2 in this app)</source>
        <comment>kubectl line, kind</comment>
        <translation>%1 (このアプリには %2 のペインがありません)</translation>
    </message>
    <message>
        <source>Activate to show it in its pane</source>
        <translation>アクティブにすると、対応するペインに表示されます</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>サーバーに問い合わせています…</translation>
    </message>
    <message>
        <source>The server accepts every object.</source>
        <translation>サーバーはすべてのオブジェクトを受け入れます。</translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n object(s).</source>
        <translation>
            <numerusform>サーバーが %n 個のオブジェクトを拒否しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying, taking over the conflicting fields…</source>
        <translation>競合するフィールドを引き継いで適用中…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成しています…</translation>
    </message>
    <message numerus="yes">
        <source>Created %n object(s).</source>
        <translation>
            <numerusform>%n 個のオブジェクトを作成しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s).</source>
        <translation>
            <numerusform>%n 個のオブジェクトを適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at %1: %2</source>
        <translation>%1 で停止しました: %2</translation>
    </message>
    <message>
        <source>%1 is managed by %2</source>
        <comment>field, field manager</comment>
        <translation>%1 は %2 が管理しています</translation>
    </message>
    <message>
        <source>%1: other field managers own fields these manifests set. Force takes them over; the other managers may set them back.</source>
        <translation>%1: これらのマニフェストが設定するフィールドを、他のフィールド マネージャーが所有しています。強制するとそれらを引き継ぎますが、他のマネージャーが元に戻す可能性があります。</translation>
    </message>
    <message>
        <source>Sent. What the cluster does with it:</source>
        <translation>送信しました。クラスターでの処理状況:</translation>
    </message>
    <message>
        <source>You can close this window at any time; the objects stay.</source>
        <translation>このウィンドウはいつでも閉じられます。オブジェクトはそのまま残ります。</translation>
    </message>
    <message>
        <source>Schema not checked yet: reading the cluster&apos;s /openapi/v3…</source>
        <translation>スキーマはまだ確認していません: クラスターの /openapi/v3 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Schema not checked: not connected to a cluster.</source>
        <translation>スキーマは確認していません: クラスターに接続されていません。</translation>
    </message>
    <message>
        <source>Schema not checked: the cluster does not publish /openapi/v3.</source>
        <translation>スキーマは確認していません: クラスターが /openapi/v3 を公開していません。</translation>
    </message>
    <message>
        <source>Schema not checked: %1</source>
        <translation>スキーマは確認していません: %1</translation>
    </message>
    <message>
        <source>Connect to a cluster first.</source>
        <translation>先にクラスターに接続してください。</translation>
    </message>
    <message>
        <source>Fix the YAML first: %1</source>
        <translation>先に YAML を修正してください: %1</translation>
    </message>
    <message>
        <source>Fix the problems in the list of checks first.</source>
        <translation>先にチェックの一覧にある問題を修正してください。</translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation>YAML を開く</translation>
    </message>
    <message>
        <source>YAML and JSON files (*.yaml *.yml *.json)</source>
        <translation>YAML および JSON ファイル (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ase::ArmError</name>
    <message>
        <source>The device rejected the request as invalid.</source>
        <translation>デバイスは要求を無効として拒否しました。</translation>
    </message>
    <message>
        <source>The device did not accept the sign-in token. Sign in again.</source>
        <translation>デバイスがサインイン トークンを受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your account has no permission for this operation on the device.</source>
        <translation>お使いのアカウントには、デバイスでこの操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>The device or the resource was not found. Check the device profile (subscription, resource group, device name).</source>
        <translation>デバイスまたはリソースが見つかりませんでした。デバイス プロファイル (サブスクリプション、リソース グループ、デバイス名) を確認してください。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource.</source>
        <translation>要求がリソースの現在の状態と競合しています。</translation>
    </message>
    <message>
        <source>Too many requests: the device is throttling. The request will be retried.</source>
        <translation>要求が多すぎるため、デバイスが要求を調整 (スロットリング) しています。要求は再試行されます。</translation>
    </message>
    <message>
        <source>The device reported an internal error.</source>
        <translation>デバイスから内部エラーが報告されました。</translation>
    </message>
    <message>
        <source>The device or Azure Resource Manager is temporarily unavailable.</source>
        <translation>デバイスまたは Azure Resource Manager が一時的に利用できません。</translation>
    </message>
    <message>
        <source>The device answered with HTTP status %1.</source>
        <translation>デバイスから HTTP 状態コード %1 が返されました。</translation>
    </message>
    <message>
        <source>The operation failed on the device without giving a reason.</source>
        <translation>デバイスでの操作が失敗しました (理由は示されていません)。</translation>
    </message>
    <message>
        <source>The operation ended on the device with status %1.</source>
        <translation>デバイスでの操作は状態 %1 で終了しました。</translation>
    </message>
</context>
<context>
    <name>ase::AzCliTokenProvider</name>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>The Azure CLI printed no access token.</source>
        <translation>Azure CLI からアクセス トークンが出力されませんでした。</translation>
    </message>
    <message>
        <source>The Azure CLI (&quot;%1&quot;) was not found. Install it (https://learn.microsoft.com/cli/azure/install-azure-cli), sign in with &quot;az login&quot;, and try again, or choose another sign-in method.</source>
        <translation>Azure CLI (&quot;%1&quot;) が見つかりませんでした。Azure CLI をインストールし (https://learn.microsoft.com/cli/azure/install-azure-cli)、&quot;az login&quot; でサインインしてから再試行するか、別のサインイン方法を選択してください。</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in or its sign-in expired: %1 Run &quot;az login&quot; and try again.</source>
        <translation>Azure CLI がサインインしていないか、サインインの有効期限が切れています: %1 &quot;az login&quot; を実行してから再試行してください。</translation>
    </message>
    <message>
        <source>&quot;az account get-access-token&quot; failed (exit code %1): %2</source>
        <translation>&quot;az account get-access-token&quot; が失敗しました (終了コード %1): %2</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer within %1 seconds.</source>
        <translation>Azure CLI が %1 秒以内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>ase::BindingInspector</name>
    <message>
        <source>Binding Inspector</source>
        <translation>バインド インスペクター</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>グラフ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Why Pending?</source>
        <translation>Pending の理由(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ase::ChecksList</name>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Schema: every manifest was checked against the cluster&apos;s /openapi/v3.</source>
        <translation>スキーマ: すべてのマニフェストをクラスターの /openapi/v3 と照合しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before Create.</source>
        <translation>
            <numerusform>作成の前に修正が必要な問題が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read.</source>
        <translation>
            <numerusform>エラーはありません。確認すべき警告が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
</context>
<context>
    <name>ase::ClaimDraftController</name>
    <message>
        <source>Share or volume</source>
        <translation>共有またはボリューム</translation>
    </message>
    <message>
        <source>StorageClass</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>Claim name</source>
        <translation>クレーム名</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation>アクセス モード</translation>
    </message>
    <message>
        <source>Workload name</source>
        <translation>ワークロード名</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>マウント パス</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ数</translation>
    </message>
    <message>
        <source>Paths in the module</source>
        <translation>モジュール内のパス</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Volume mode</source>
        <translation>ボリューム モード</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Password Secret</source>
        <translation>パスワードの Secret</translation>
    </message>
</context>
<context>
    <name>ase::ClaimPage</name>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>e.g. sensor-data</source>
        <translation>例: sensor-data</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>例: 10</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>入力どおり</translation>
    </message>
    <message>
        <source>ReadWriteOnce: read-write by the pods of one node</source>
        <translation>ReadWriteOnce: 1 つのノードの Pod から読み書き</translation>
    </message>
    <message>
        <source>ReadOnlyMany: read-only by many nodes</source>
        <translation>ReadOnlyMany: 複数のノードから読み取り専用</translation>
    </message>
    <message>
        <source>ReadWriteMany: read-write by many nodes</source>
        <translation>ReadWriteMany: 複数のノードから読み書き</translation>
    </message>
    <message>
        <source>ReadWriteOncePod: read-write by one pod</source>
        <translation>ReadWriteOncePod: 1 つの Pod のみから読み書き</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>名前空間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>Access modes:</source>
        <translation>アクセス モード:</translation>
    </message>
    <message>
        <source>The namespaces cannot be listed with your permissions: type the name; the server checks it.</source>
        <translation>現在の権限では名前空間を一覧表示できません。名前を入力してください。サーバーが確認します。</translation>
    </message>
    <message>
        <source>The volume does not offer this access mode.</source>
        <translation>このボリュームはこのアクセス モードに対応していません。</translation>
    </message>
    <message>
        <source>at most %1, the volume&apos;s capacity</source>
        <translation>最大 %1 (ボリュームの容量)</translation>
    </message>
    <message>
        <source>(choose one on the first page)</source>
        <translation>(最初のページで選択してください)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;volumeName: %1&lt;/tt&gt;&lt;br&gt;The claim names its volume, so the binder binds exactly that one.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;storageClassName: &quot;&quot;&lt;/tt&gt;&lt;br&gt;Empty: binds only to volumes without a class. Left out, the cluster&apos;s default class would be filled in and a provisioner would make a new volume instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;volumeName: %1&lt;/tt&gt;&lt;br&gt;クレームがボリュームを名前で指定するため、バインダーはそのボリュームだけにバインドします。&lt;/p&gt;&lt;p&gt;&lt;tt&gt;storageClassName: &quot;&quot;&lt;/tt&gt;&lt;br&gt;空: クラスのないボリュームにのみバインドします。省略すると、クラスターの既定のクラスが設定され、代わりにプロビジョナーが新しいボリュームを作成します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filesystem (default): mounted as a directory</source>
        <translation>Filesystem (既定): ディレクトリとしてマウント</translation>
    </message>
    <message>
        <source>Block: a raw device, for apps that manage one themselves</source>
        <translation>Block: raw デバイス (デバイスを自身で管理するアプリ向け)</translation>
    </message>
    <message>
        <source>optional, e.g. app=mysql, tier=data</source>
        <translation>省略可。例: app=mysql, tier=data</translation>
    </message>
    <message>
        <source>&amp;Volume mode:</source>
        <translation>ボリューム モード(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>Use the cluster&apos;s default class (the cluster has none: the claim would stay Pending)</source>
        <translation>クラスターの既定のクラスを使用 (クラスターに既定のクラスがないため、クレームは Pending のままになります)</translation>
    </message>
    <message>
        <source>Use the cluster&apos;s default class, %1 (leave storageClassName out)</source>
        <translation>クラスターの既定のクラス %1 を使用 (storageClassName を省略)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;storageClassName&lt;/tt&gt; left out&lt;br&gt;The cluster fills in its default class when the claim is created%1; if the default changes later, new claims follow it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;storageClassName&lt;/tt&gt; を省略&lt;br&gt;クレームの作成時に、クラスターが既定のクラスを設定します%1。後で既定のクラスが変わった場合、新しいクレームは新しい既定のクラスに従います。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;storageClassName: %1&lt;/tt&gt;&lt;br&gt;The class&apos;s provisioner makes a new volume for the claim; no existing volume is taken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;storageClassName: %1&lt;/tt&gt;&lt;br&gt;クラスのプロビジョナーがクレーム用に新しいボリュームを作成します。既存のボリュームは使用されません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ase::ClaimWizard</name>
    <message>
        <source>Schema not checked yet: reading the cluster&apos;s /openapi/v3…</source>
        <translation>スキーマはまだ確認していません: クラスターの /openapi/v3 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Schema not checked: the cluster does not publish /openapi/v3.</source>
        <translation>スキーマは確認していません: クラスターが /openapi/v3 を公開していません。</translation>
    </message>
    <message>
        <source>Schema not checked: %1</source>
        <translation>スキーマは確認していません: %1</translation>
    </message>
</context>
<context>
    <name>ase::ClassPage</name>
    <message>
        <source>StorageClass</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>&amp;Which storage do I need?…</source>
        <translation>必要なストレージの選び方(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the kind of storage: the class&apos;s provisioner makes a new volume for the claim.</source>
        <translation>ストレージの種類を選んでください。クラスのプロビジョナーがクレーム用に新しいボリュームを作成します。</translation>
    </message>
    <message>
        <source>StorageClasses</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>No class is marked default: a claim must name its class.</source>
        <translation>既定としてマークされたクラスはありません。クレームではクラスを指定する必要があります。</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s default class: a claim that names no class gets it.</source>
        <translation>%1 はクラスターの既定のクラスです。クラスを指定しないクレームにはこのクラスが割り当てられます。</translation>
    </message>
    <message>
        <source>The cluster has no StorageClass, or it cannot be listed.</source>
        <translation>クラスターに StorageClass がないか、一覧を取得できません。</translation>
    </message>
    <message>
        <source>Choose a class above.</source>
        <translation>上でクラスを選んでください。</translation>
    </message>
    <message>
        <source>Who can mount it: %1.</source>
        <translation>マウントできる対象: %1。</translation>
    </message>
</context>
<context>
    <name>ase::ClusterOperations</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>クラスターに接続されていません。</translation>
    </message>
    <message>
        <source>Canceled: the connection to the cluster was closed.</source>
        <translation>キャンセルされました: クラスターへの接続が閉じられました。</translation>
    </message>
    <message>
        <source>The manifest has no kind.</source>
        <translation>マニフェストに kind がありません。</translation>
    </message>
    <message>
        <source>%1 is not a kind of the cluster; it cannot be written or read through it.</source>
        <translation>%1 はクラスターの種類ではないため、クラスターを通じて書き込みや読み取りはできません。</translation>
    </message>
    <message>
        <source>The manifest has no metadata.name.</source>
        <translation>マニフェストに metadata.name がありません。</translation>
    </message>
</context>
<context>
    <name>ase::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>クラスター(&amp;C)</translation>
    </message>
    <message>
        <source>Use the &amp;demo device</source>
        <translation>デモ デバイスを使用(&amp;D)</translation>
    </message>
    <message>
        <source>A simulated Azure Stack Edge device and Kubernetes cluster on this computer</source>
        <translation>このコンピューター上でシミュレートされる Azure Stack Edge デバイスと Kubernetes クラスター</translation>
    </message>
    <message>
        <source>KUBECONFIG or ~/.kube/config</source>
        <translation>KUBECONFIG または ~/.kube/config</translation>
    </message>
    <message>
        <source>kubeconfig file</source>
        <translation>kubeconfig ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>kubeconfig contexts</source>
        <translation>kubeconfig のコンテキスト</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>the context&apos;s namespace</source>
        <translation>コンテキストの名前空間</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>名前空間(&amp;N):</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file</source>
        <translation>kubeconfig ファイルの選択</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(見つかりません)</translation>
    </message>
    <message>
        <source>No kubeconfig file was found. Choose one, or use the demo device.</source>
        <translation>kubeconfig ファイルが見つかりませんでした。ファイルを選択するか、デモ デバイスを使用してください。</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts.</source>
        <translation>kubeconfig にコンテキストがありません。</translation>
    </message>
    <message>
        <source>Choose a context first.</source>
        <translation>先にコンテキストを選択してください。</translation>
    </message>
    <message>
        <source>This context cannot be used: %1</source>
        <translation>このコンテキストは使用できません: %1</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>デバイス(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ase::ConnectionTarget</name>
    <message>
        <source>The demo device</source>
        <translation>デモ デバイス</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <translation>%1 (名前空間 %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ase::ConsumerPage</name>
    <message>
        <source>Consumer (optional)</source>
        <translation>利用者 (省略可)</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <source>IoT Edge module</source>
        <translation>IoT Edge モジュール</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>JSON をコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Save JS&amp;ON…</source>
        <translation>JSON を保存(&amp;O)…</translation>
    </message>
    <message>
        <source>Optionally, what uses the claim.</source>
        <translation>必要に応じて、このクレームを使うものを指定します。</translation>
    </message>
    <message>
        <source>N&amp;othing for now</source>
        <translation>今はなし(&amp;O)</translation>
    </message>
    <message>
        <source>A &amp;Deployment whose pods mount the claim</source>
        <translation>クレームをマウントする Pod を持つ &amp;Deployment</translation>
    </message>
    <message>
        <source>A S&amp;tatefulSet whose pods mount the claim</source>
        <translation>クレームをマウントする Pod を持つ S&amp;tatefulSet</translation>
    </message>
    <message>
        <source>An &amp;IoT Edge module that mounts the share</source>
        <translation>共有をマウントする &amp;IoT Edge モジュール</translation>
    </message>
    <message>
        <source>e.g. nginx:1.27</source>
        <translation>例: nginx:1.27</translation>
    </message>
    <message>
        <source>e.g. /data</source>
        <translation>例: /data</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名前(&amp;A):</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>イメージ(&amp;M):</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>マウント パス(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>レプリカ数(&amp;R):</translation>
    </message>
    <message>
        <source>Paths inside the module, one per &amp;line:</source>
        <translation>モジュール内のパス (1 行に 1 つ)(&amp;L):</translation>
    </message>
    <message>
        <source>Container create options of the module</source>
        <translation>モジュールのコンテナー作成オプション</translation>
    </message>
    <message>
        <source>Paste this into the module&apos;s container create options. It is not sent to the cluster.</source>
        <translation>これをモジュールのコンテナー作成オプションに貼り付けてください。クラスターには送信されません。</translation>
    </message>
    <message>
        <source>The JSON is on the clipboard.</source>
        <translation>JSON をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>the claim&apos;s name</source>
        <translation>クレームの名前</translation>
    </message>
    <message>
        <source>Save the module&apos;s mounts</source>
        <translation>モジュールのマウントを保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Any image</source>
        <translation>任意のイメージ</translation>
    </message>
    <message>
        <source>MySQL (port 3306, data in /var/lib/mysql)</source>
        <translation>MySQL (ポート 3306、データは /var/lib/mysql)</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>実行内容(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. mysql-root</source>
        <translation>例: mysql-root</translation>
    </message>
    <message>
        <source>Command that creates the Secret</source>
        <translation>Secret を作成するコマンド</translation>
    </message>
    <message>
        <source>The root password is read from a Secret when the pod starts; the manifest names the Secret and never holds the password. Create the Secret first, for example with:</source>
        <translation>root パスワードは Pod の起動時に Secret から読み取られます。マニフェストには Secret の名前だけが記載され、パスワードが含まれることはありません。先に Secret を作成してください。たとえば次のコマンドを使用します:</translation>
    </message>
    <message>
        <source>Password &amp;Secret:</source>
        <translation>パスワードの Secret(&amp;S):</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret のキー(&amp;K):</translation>
    </message>
    <message>
        <source>A S&amp;tatefulSet: each pod gets its own claim (volumeClaimTemplates)</source>
        <translation>StatefulSet: Pod ごとに専用のクレーム (volumeClaimTemplates)(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ase::CredentialProvider</name>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>トークン ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>トークン ファイル %1 は空です。</translation>
    </message>
    <message>
        <source>token file %1</source>
        <translation>トークン ファイル %1</translation>
    </message>
</context>
<context>
    <name>ase::DetailsPanel</name>
    <message>
        <source>PersistentVolume</source>
        <translation>PersistentVolume</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim</source>
        <translation>PersistentVolumeClaim</translation>
    </message>
    <message>
        <source>StorageClass</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>Device share</source>
        <translation>デバイスの共有</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Events of the selected object</source>
        <translation>選択したオブジェクトのイベント</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>概要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Select an object to see its details.</source>
        <translation>オブジェクトを選択すると、詳細が表示されます。</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists.</source>
        <translation>%1 %2 は存在しなくなりました。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading the whole object from the cluster…</source>
        <translation>クラスターからオブジェクト全体を読み込んでいます…</translation>
    </message>
    <message>
        <source>The whole object could not be loaded: %1</source>
        <translation>オブジェクト全体を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Claim this share…</source>
        <translation>この共有をクレーム…</translation>
    </message>
    <message>
        <source>Claim this volume…</source>
        <translation>このボリュームをクレーム…</translation>
    </message>
    <message>
        <source>Use this class…</source>
        <translation>このクラスを使用…</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ase::DeviceAccountModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Used by shares</source>
        <translation>使用している共有</translation>
    </message>
</context>
<context>
    <name>ase::DeviceAccountsDialog</name>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>ストレージ アカウント</translation>
    </message>
    <message>
        <source>Users and Storage Account Credentials</source>
        <translation>ユーザーとストレージ アカウント資格情報</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>Storage Account &amp;Credentials</source>
        <translation>ストレージ アカウント資格情報(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>New Share User</source>
        <translation>新しい共有ユーザー</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>ユーザー名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <source>Creating user %1…</source>
        <translation>ユーザー %1 を作成中…</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>ユーザー %1 を作成しました。</translation>
    </message>
    <message>
        <source>New Storage Account Credential</source>
        <translation>新しいストレージ アカウント資格情報</translation>
    </message>
    <message>
        <source>Credential &amp;name:</source>
        <translation>資格情報名(&amp;N):</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>ストレージ アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>アクセス キー(&amp;K):</translation>
    </message>
    <message>
        <source>Creating storage account credential %1…</source>
        <translation>ストレージ アカウント資格情報 %1 を作成中…</translation>
    </message>
    <message>
        <source>Storage account credential %1 created.</source>
        <translation>ストレージ アカウント資格情報 %1 を作成しました。</translation>
    </message>
    <message>
        <source>Delete User %1?</source>
        <translation>ユーザー %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete Storage Account Credential %1?</source>
        <translation>ストレージ アカウント資格情報 %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete the user %1 from the device?</source>
        <translation>デバイスからユーザー %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete the storage account credential %1 from the device?</source>
        <translation>デバイスからストレージ アカウント資格情報 %1 を削除しますか?</translation>
    </message>
    <message>
        <source>These shares give it access: %1. The device refuses to delete a user that a share names; remove it from them first.</source>
        <translation>次の共有がこのユーザーにアクセス権を与えています: %1。共有で指定されているユーザーはデバイスで削除できません。先にそれらの共有からユーザーを削除してください。</translation>
    </message>
    <message>
        <source>These shares tier their data through it: %1. The device refuses to delete it while they exist.</source>
        <translation>次の共有がこの資格情報を使用してデータを階層化しています: %1。これらの共有が存在する間は、デバイスで削除できません。</translation>
    </message>
    <message>
        <source>No share uses it.</source>
        <translation>使用している共有はありません。</translation>
    </message>
    <message>
        <source>No share uses it. The storage account itself and its data in Azure are not touched.</source>
        <translation>使用している共有はありません。ストレージ アカウント自体と Azure 内のデータには影響しません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>ase::DeviceClient</name>
    <message>
        <source>No sign-in method is set for the device. Choose one in the connection dialog.</source>
        <translation>デバイスのサインイン方法が設定されていません。接続ダイアログで選択してください。</translation>
    </message>
    <message>
        <source>The device&apos;s answer is not a JSON object.</source>
        <translation>デバイスの応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The device&apos;s answer is not a list (it has no &quot;value&quot; array).</source>
        <translation>デバイスの応答が一覧ではありません (&quot;value&quot; 配列がありません)。</translation>
    </message>
    <message>
        <source>The device&apos;s list did not end after %1 pages.</source>
        <translation>デバイスの一覧が %1 ページを超えても終わりませんでした。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み取り中</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 の一覧を取得中</translation>
    </message>
    <message>
        <source>Creating share %1</source>
        <translation>共有 %1 を作成中</translation>
    </message>
    <message>
        <source>Deleting share %1</source>
        <translation>共有 %1 を削除中</translation>
    </message>
    <message>
        <source>Refreshing share %1</source>
        <translation>共有 %1 を最新の情報に更新中</translation>
    </message>
    <message>
        <source>Mounting share %1 for Kubernetes</source>
        <translation>Kubernetes 用に共有 %1 をマウント中</translation>
    </message>
    <message>
        <source>Unmounting share %1</source>
        <translation>共有 %1 のマウントを解除中</translation>
    </message>
    <message>
        <source>The device has no Kubernetes role. Configure Kubernetes on the device (compute) before mounting shares for it.</source>
        <translation>デバイスに Kubernetes ロールがありません。共有をマウントする前に、デバイスで Kubernetes (コンピューティング) を構成してください。</translation>
    </message>
    <message>
        <source>Creating user %1</source>
        <translation>ユーザー %1 を作成中</translation>
    </message>
    <message>
        <source>Deleting user %1</source>
        <translation>ユーザー %1 を削除中</translation>
    </message>
    <message>
        <source>Creating storage account credential %1</source>
        <translation>ストレージ アカウント資格情報 %1 を作成中</translation>
    </message>
    <message>
        <source>Deleting storage account credential %1</source>
        <translation>ストレージ アカウント資格情報 %1 を削除中</translation>
    </message>
    <message>
        <source>Reading the device&apos;s encryption certificate</source>
        <translation>デバイスの暗号化証明書を読み取り中</translation>
    </message>
</context>
<context>
    <name>ase::DeviceCodePanel</name>
    <message>
        <source>Cop&amp;y the code</source>
        <translation>コードをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the sign-in</source>
        <translation>サインインをキャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Back to the profile</source>
        <translation>プロファイルに戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Instruction from the sign-in service</source>
        <translation>サインイン サービスからの案内</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>サインイン コード</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>サインイン ページ</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation>サインインが失敗した理由</translation>
    </message>
    <message>
        <source>Signing in with a code</source>
        <translation>コードでサインインしています</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>%1 にサインイン コードを要求しています…</translation>
    </message>
    <message>
        <source>Sign in with this code</source>
        <translation>このコードでサインインしてください</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>サインインを待っています…</translation>
    </message>
    <message>
        <source>Not signed in yet; checking again every %1 s.</source>
        <translation>まだサインインしていません。%1 秒ごとに確認しています。</translation>
    </message>
    <message>
        <source>The sign-in service asked to be checked less often: every %1 s now.</source>
        <translation>サインイン サービスから確認の間隔を空けるよう求められました。現在は %1 秒ごとに確認しています。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>The sign-in did not succeed</source>
        <translation>サインインできませんでした</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>コードの有効期限が切れました。</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation>コードの有効期限まで残り %1 です。</translation>
    </message>
    <message>
        <source>Open %1 in a web browser, on this or any other computer, and enter this code:</source>
        <translation>このコンピューターまたは別のコンピューターの Web ブラウザーで %1 を開き、次のコードを入力してください:</translation>
    </message>
</context>
<context>
    <name>ase::DeviceCodeTokenProvider</name>
    <message>
        <source>device code sign-in</source>
        <translation>デバイス コードによるサインイン</translation>
    </message>
    <message>
        <source>The sign-in service at %1 did not start a device-code sign-in (HTTP %2).</source>
        <translation>%1 のサインイン サービスが、デバイス コードによるサインインを開始しませんでした (HTTP %2)。</translation>
    </message>
    <message>
        <source>The sign-in service refused to start the sign-in: %1</source>
        <translation>サインイン サービスがサインインの開始を拒否しました: %1</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a web browser and enter the code %2.</source>
        <translation>サインインするには、Web ブラウザーで %1 を開き、コード %2 を入力してください。</translation>
    </message>
    <message>
        <source>The sign-in code %1 expired before the sign-in was finished. Start the sign-in again.</source>
        <translation>サインインが完了する前に、サインイン コード %1 の有効期限が切れました。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser. Start the sign-in again to use another account.</source>
        <translation>ブラウザーでサインインが拒否されました。別のアカウントを使用するには、もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the device code. Start the sign-in again.</source>
        <translation>サインイン サービスがデバイス コードを認識できませんでした。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>The sign-in failed: the sign-in service answered HTTP %1.</source>
        <translation>サインインに失敗しました: サインイン サービスから HTTP %1 が返されました。</translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ase::DeviceConnectionPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>ARM endpoint</source>
        <translation>ARM エンドポイント</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Subscription id</source>
        <translation>サブスクリプション ID</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>サインイン機関</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>クリア(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ill in the demo device</source>
        <translation>デモ デバイスの値を入力(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Saved device profiles</source>
        <translation>保存済みのデバイス プロファイル</translation>
    </message>
    <message>
        <source>Keep this profile for next time (the token is never saved)</source>
        <translation>次回のためにこのプロファイルを保存します (トークンは保存されません)</translation>
    </message>
    <message>
        <source>Forget the selected profile</source>
        <translation>選択したプロファイルを削除します</translation>
    </message>
    <message>
        <source>Saved &amp;profiles:</source>
        <translation>保存済みプロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>デバイス コード</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>貼り付けたトークン</translation>
    </message>
    <message>
        <source>the output of az account get-access-token</source>
        <translation>az account get-access-token の出力</translation>
    </message>
    <message>
        <source>Kept in memory only, never saved</source>
        <translation>メモリ上にのみ保持され、保存されません</translation>
    </message>
    <message>
        <source>the Azure CLI&apos;s public client</source>
        <translation>Azure CLI のパブリック クライアント</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA 証明書ファイルを選択</translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities</source>
        <translation>システムの証明機関を信頼する</translation>
    </message>
    <message>
        <source>Sign-in service and certificates (optional)</source>
        <translation>サインイン サービスと証明書 (省略可)</translation>
    </message>
    <message>
        <source>&amp;ARM endpoint:</source>
        <translation>ARM エンドポイント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>Su&amp;bscription id:</source>
        <translation>サブスクリプション ID(&amp;B):</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>リソース グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>デバイス名(&amp;N):</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>サインイン方法(&amp;M):</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>アクセス トークン(&amp;K):</translation>
    </message>
    <message>
        <source>Sign-in aut&amp;hority:</source>
        <translation>サインイン機関(&amp;H):</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>クライアント ID(&amp;L):</translation>
    </message>
    <message>
        <source>CA certi&amp;ficates:</source>
        <translation>CA 証明書(&amp;F):</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足している項目</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>システムの証明機関</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>PEM 証明書ではありません</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <source>The sign-in authority must be an https:// URL, such as https://login.microsoftonline.com.</source>
        <translation>サインイン機関は https://login.microsoftonline.com のような https:// URL である必要があります。</translation>
    </message>
    <message>
        <source>The access token is missing: paste one, or choose another sign-in method.</source>
        <translation>アクセス トークンがありません。トークンを貼り付けるか、別のサインイン方法を選択してください。</translation>
    </message>
    <message>
        <source>Shows a code to enter at a Microsoft sign-in page, on this or any other computer.</source>
        <translation>Microsoft のサインイン ページで入力するコードを表示します。このコンピューターでも別のコンピューターでも入力できます。</translation>
    </message>
    <message>
        <source>Uses the account signed in with “az login” on this computer.</source>
        <translation>このコンピューターで “az login” によってサインインしたアカウントを使用します。</translation>
    </message>
    <message>
        <source>Uses a bearer token you paste; it is kept in memory only and not renewed.</source>
        <translation>貼り付けたベアラー トークンを使用します。トークンはメモリ上にのみ保持され、更新されません。</translation>
    </message>
    <message>
        <source>Asking the Azure CLI for a token…</source>
        <translation>Azure CLI にトークンを要求しています…</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>トークンを確認しています…</translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>CA 証明書を選択</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 には PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Fill the form with the running demo device&apos;s endpoint, identity and certificate</source>
        <translation>実行中のデモ デバイスのエンドポイント、識別情報、証明書をフォームに入力します</translation>
    </message>
    <message>
        <source>Start the demo device first (File › Connect to the Demo Device)</source>
        <translation>先にデモ デバイスを起動してください ([ファイル] › [デモ デバイスに接続])</translation>
    </message>
    <message>
        <source>Saved the profile %1.</source>
        <translation>プロファイル %1 を保存しました。</translation>
    </message>
    <message>
        <source>Remove the saved profile</source>
        <translation>保存済みプロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the saved profile %1?</source>
        <translation>保存済みプロファイル %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Only the saved connection details are removed; the device and its shares stay as they are.</source>
        <translation>削除されるのは保存した接続情報だけです。デバイスとその共有はそのまま残ります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed the saved profile %1.</source>
        <translation>保存済みプロファイル %1 を削除しました。</translation>
    </message>
    <message>
        <source>Filled in the demo device. It approves its sign-in code by itself after three checks (about 15 seconds).</source>
        <translation>デモ デバイスの情報を入力しました。デモ デバイスは 3 回の確認 (約 15 秒) の後、サインイン コードを自動的に承認します。</translation>
    </message>
    <message>
        <source>This is the demo device: start it first (File › Connect to the Demo Device), then choose this profile again.</source>
        <translation>これはデモ デバイスです。先にデモ デバイスを起動してから ([ファイル] › [デモ デバイスに接続])、もう一度このプロファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>ase::DeviceOperation</name>
    <message>
        <source>Stopped following the operation. The device may still complete it; refresh to see the outcome.</source>
        <translation>操作の追跡を停止しました。デバイスでは引き続き操作が完了する可能性があります。結果を確認するには、最新の情報に更新してください。</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ase::DeviceProfile</name>
    <message>
        <source>The ARM endpoint must be an https:// URL, such as https://management.azure.com.</source>
        <translation>ARM エンドポイントは、https://management.azure.com のような https:// URL である必要があります。</translation>
    </message>
    <message>
        <source>The subscription id is missing.</source>
        <translation>サブスクリプション ID が指定されていません。</translation>
    </message>
    <message>
        <source>The resource group is missing.</source>
        <translation>リソース グループが指定されていません。</translation>
    </message>
    <message>
        <source>The device name is missing.</source>
        <translation>デバイス名が指定されていません。</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate.</source>
        <translation>CA 証明書が PEM 形式の証明書ではありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The device profile %1 could not be read: %2</source>
        <translation>デバイス プロファイル %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The device profile %1 is not a JSON object: %2</source>
        <translation>デバイス プロファイル %1 は JSON オブジェクトではありません: %2</translation>
    </message>
</context>
<context>
    <name>ase::DeviceSignInDialog</name>
    <message>
        <source>Sign in to the device again</source>
        <translation>デバイスにもう一度サインイン</translation>
    </message>
</context>
<context>
    <name>ase::DraftController</name>
    <message>
        <source>%1 %2</source>
        <comment>kind name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3</source>
        <translation>名前空間 %3 の %1 %2</translation>
    </message>
</context>
<context>
    <name>ase::DynamicClaimWizard</name>
    <message>
        <source>New Claim from a StorageClass</source>
        <translation>StorageClass から新しいクレーム</translation>
    </message>
    <message>
        <source>New Consumer for Claim %1</source>
        <translation>クレーム %1 の新しいコンシューマー</translation>
    </message>
</context>
<context>
    <name>ase::EditAccessDialog</name>
    <message>
        <source>Access to %1</source>
        <translation>%1 へのアクセス</translation>
    </message>
    <message>
        <source>Saving on the device…</source>
        <translation>デバイスに保存中…</translation>
    </message>
    <message>
        <source>Saving on the device: %1 (%2%)</source>
        <translation>デバイスに保存中: %1 (%2%)</translation>
    </message>
    <message>
        <source>Saving on the device: %1</source>
        <translation>デバイスに保存中: %1</translation>
    </message>
    <message>
        <source>Access to %1 saved.</source>
        <translation>%1 へのアクセスを保存しました。</translation>
    </message>
</context>
<context>
    <name>ase::EventListModel</name>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>最終発生</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>発生元</translation>
    </message>
</context>
<context>
    <name>ase::ExecCredentialProvider</name>
    <message>
        <source>credential plugin %1</source>
        <translation>資格情報プラグイン %1</translation>
    </message>
    <message>
        <source>the credential plugin %1 did not finish within %2 seconds</source>
        <translation>資格情報プラグイン %1 が %2 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>What the credential plugin %1 wrote to its standard output</source>
        <translation>資格情報プラグイン %1 が標準出力に書き込んだ内容</translation>
    </message>
</context>
<context>
    <name>ase::ExportDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>With &amp;related objects: a claim&apos;s volume and class, a volume&apos;s claim, their namespaces</source>
        <translation>関連オブジェクトを含める: クレームのボリュームとクラス、ボリュームのクレーム、それらの名前空間(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Raw: as the server sent them (not cleaned; not for re-applying)</source>
        <translation>未加工: サーバーから送信されたまま (クリーンアップなし。再適用には不向き)(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;IoT Edge mounts of the shares (HostConfig.Mounts JSON, in iotedge/)</source>
        <translation>共有の IoT Edge マウント (HostConfig.Mounts JSON、iotedge/ 内)(&amp;I)</translation>
    </message>
    <message>
        <source>One multi-document &amp;file</source>
        <translation>複数ドキュメントを含む 1 つのファイル(&amp;F)</translation>
    </message>
    <message>
        <source>A f&amp;older: one file per object and a Kustomization</source>
        <translation>フォルダー: オブジェクトごとに 1 ファイルと Kustomization(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Export YAML</source>
        <translation>YAML のエクスポート</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected shares (%n)</source>
        <translation>
            <numerusform>選択した共有 (%n)(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected objects (%n)</source>
        <translation>
            <numerusform>選択したオブジェクト (%n)(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row the &amp;pane shows (%n)</source>
        <translation>
            <numerusform>ペインに表示されているすべての行 (%n)(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every claim of &amp;namespace:</source>
        <translation>名前空間のすべてのクレーム(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Everything: namespaces, classes, volumes and claims</source>
        <translation>すべて: 名前空間、クラス、ボリューム、クレーム(&amp;E)</translation>
    </message>
    <message>
        <source>Namespace to export</source>
        <translation>エクスポートする名前空間</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Clean YAML (the default) keeps what re-applies: no status, uid, resourceVersion or managed fields, and the storage rules below. Raw keeps everything.</source>
        <translation>クリーンな YAML (既定) では、再適用に必要な内容だけを残します。status、uid、resourceVersion、managed fields は含まれず、下記のストレージのルールが適用されます。未加工の場合はすべてを保持します。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>File or folder to write</source>
        <translation>書き込み先のファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>What the export writes, what it changes and why</source>
        <translation>エクスポートで書き込まれる内容、変更される内容とその理由</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Summary: what is written, what is changed and why</source>
        <translation>概要: 書き込まれる内容、変更される内容とその理由</translation>
    </message>
    <message>
        <source>Writes iotedge/&lt;share&gt;.json: the module&apos;s container create options that mount the share.</source>
        <translation>iotedge/&lt;share&gt;.json を書き込みます。これは、共有をマウントするためのモジュールのコンテナー作成オプションです。</translation>
    </message>
    <message>
        <source>Choose a folder to write the IoT Edge mounts next to the YAML.</source>
        <translation>IoT Edge のマウントを YAML と同じ場所に書き込むには、フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Nothing to export: choose other objects.</source>
        <translation>エクスポートするものがありません。別のオブジェクトを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to write:</source>
        <translation>
            <numerusform>書き込むオブジェクト (%n 個):</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw: every field as the server sent it (status, uid, resourceVersion, managed fields). Not meant to be applied elsewhere.</source>
        <translation>未加工: サーバーから送信されたままのすべてのフィールド (status、uid、resourceVersion、managed fields)。他の場所に適用するためのものではありません。</translation>
    </message>
    <message>
        <source>Clean: status, uid, resourceVersion, creation time, managed fields, finalizers and owner references are removed; they belong to this cluster.</source>
        <translation>クリーン: status、uid、resourceVersion、作成日時、managed fields、ファイナライザー、所有者参照は削除されます。これらはこのクラスター固有の情報です。</translation>
    </message>
    <message>
        <source>What is changed or kept, and why</source>
        <translation>変更または保持される内容とその理由</translation>
    </message>
    <message>
        <source>Never exported (Secrets never leave the cluster through this app): %1</source>
        <translation>エクスポートされないもの (このアプリから Secret がクラスター外に出ることはありません): %1</translation>
    </message>
    <message>
        <source>IoT Edge mounts: %1</source>
        <translation>IoT Edge のマウント: %1</translation>
    </message>
    <message>
        <source>Export to a new folder</source>
        <translation>新しいフォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>ファイルにエクスポート</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>フォルダー (*)</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML ファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Replace the folder?</source>
        <translation>フォルダーを置き換えますか?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>%1 exists. Replace the whole folder with this export?</source>
        <translation>%1 は既に存在します。フォルダー全体をこのエクスポートで置き換えますか?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with this export?</source>
        <translation>%1 は既に存在します。このエクスポートで置き換えますか?</translation>
    </message>
    <message>
        <source>The old one stays as it is until the new one is completely written.</source>
        <translation>新しいものの書き込みが完了するまで、古いものはそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2 objects written</source>
        <translation>%2 個中 %1 個のオブジェクトを書き込みました</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 to %2 (%n file(s)).</source>
        <translation>
            <numerusform>書き込み完了: %1 を %2 に書き込みました (ファイル %n 個)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: nothing was written.</source>
        <translation>キャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 exists; nothing was written.</source>
        <translation>%1 は既に存在するため、何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>書き込まれませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: count</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ase::FollowPanel</name>
    <message>
        <source>Created. What the cluster does with it:</source>
        <translation>作成しました。クラスターでの処理状況:</translation>
    </message>
    <message>
        <source>What happened since Create</source>
        <translation>作成後の経過</translation>
    </message>
    <message>
        <source>You can close the wizard at any time; the objects stay.</source>
        <translation>ウィザードはいつでも閉じることができます。オブジェクトは残ります。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>time, what happened</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 %2: created.</source>
        <translation>%1 %2: 作成しました。</translation>
    </message>
    <message>
        <source>Claim %1: waiting for it to appear in the list…</source>
        <translation>クレーム %1: 一覧に表示されるのを待っています…</translation>
    </message>
    <message>
        <source>Claim %1: Bound to volume %2.</source>
        <translation>クレーム %1: ボリューム %2 に Bound (バインド済み) です。</translation>
    </message>
    <message>
        <source>Claim %1: Lost (its volume is gone).</source>
        <translation>クレーム %1: Lost (ボリュームがなくなりました)。</translation>
    </message>
    <message>
        <source>Claim %1 is Bound to volume %2.</source>
        <translation>クレーム %1 はボリューム %2 に Bound になりました。</translation>
    </message>
    <message>
        <source>Claim %1 is %2.</source>
        <translation>クレーム %1 は %2 です。</translation>
    </message>
    <message>
        <source>Pod %1 mounts it: %2.</source>
        <translation>Pod %1 がマウントしています: %2。</translation>
    </message>
    <message>
        <source>Pod %1 mounts the claim: %2.</source>
        <translation>Pod %1 がクレームをマウントしています: %2。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>event type, reason, message</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Pending: node %1 was chosen for it; the provisioner %2 is making its volume…</source>
        <translation>Pending: ノード %1 が選択されました。プロビジョナー %2 がボリュームを作成しています…</translation>
    </message>
    <message>
        <source>Pending: waiting for its first consumer (WaitForFirstConsumer). This is expected: the volume is made once a pod that uses the claim is scheduled.</source>
        <translation>Pending: 最初のコンシューマーを待っています (WaitForFirstConsumer)。これは想定どおりの動作です。ボリュームは、クレームを使用する Pod がスケジュールされると作成されます。</translation>
    </message>
    <message>
        <source>Pending: the provisioner %1 is making its volume…</source>
        <translation>Pending: プロビジョナー %1 がボリュームを作成しています…</translation>
    </message>
    <message>
        <source>Pending, waiting for the binder.</source>
        <translation>Pending (PV コントローラーを待っています)。</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <comment>claim, its pending state</comment>
        <translation>クレーム %1: %2</translation>
    </message>
    <message>
        <source>Claim %1: node %2 chosen; provisioning.</source>
        <translation>クレーム %1: ノード %2 が選択されました。プロビジョニング中です。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>pod phase, node</comment>
        <translation>%1 (ノード %2)</translation>
    </message>
</context>
<context>
    <name>ase::GraphPanel</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>問題のみ(&amp;P)</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>クラスター全体</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Selection and neighbours</source>
        <translation>選択項目とその近傍</translation>
    </message>
    <message>
        <source>What the graph shows: the whole cluster, one namespace, or the selected object and the objects within a few links of it</source>
        <translation>グラフに表示する範囲: クラスター全体、1 つの名前空間、または選択したオブジェクトとそこから数リンク以内のオブジェクト</translation>
    </message>
    <message>
        <source>Graph scope</source>
        <translation>グラフの範囲</translation>
    </message>
    <message>
        <source> hops</source>
        <translation> ホップ</translation>
    </message>
    <message>
        <source>How many links away from the selection the graph reaches</source>
        <translation>選択項目から何リンク先までをグラフに表示するか</translation>
    </message>
    <message>
        <source>Neighbourhood size</source>
        <translation>近傍の範囲</translation>
    </message>
    <message>
        <source>Only Pending, Lost, Released and Failed objects, half-bound pairs and claims naming missing volumes, with what links to them</source>
        <translation>Pending、Lost、Released、Failed のオブジェクト、片側だけがバインドされたペア、存在しないボリュームを指定しているクレーム、およびそれらにリンクしているオブジェクトのみ</translation>
    </message>
    <message>
        <source>At most %L1 objects</source>
        <translation>最大 %L1 個のオブジェクト</translation>
    </message>
    <message>
        <source>Beyond this many objects the graph keeps the problems first, then the selection&apos;s neighbours, and says how many it hides</source>
        <translation>オブジェクトがこの数を超えると、問題のあるオブジェクト、次に選択項目の近傍を優先して表示し、非表示にした数を示します</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>グラフ全体を表示</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the picture as SVG, PNG or Graphviz</source>
        <translation>画像を SVG、PNG、または Graphviz 形式で保存</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>%L1 objects, %L2 with problems</source>
        <translation>オブジェクト %L1 個 (問題あり %L2 個)</translation>
    </message>
    <message>
        <source>%1; %L2 hidden</source>
        <translation>%1、%L2 個を非表示</translation>
    </message>
    <message>
        <source>PersistentVolume %1 does not exist; a claim names it.</source>
        <translation>PersistentVolume %1 は存在しませんが、クレームで指定されています。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the Binding Graph</source>
        <translation>バインド グラフのエクスポート</translation>
    </message>
    <message>
        <source>SVG picture (*.svg);;PNG picture (*.png);;Graphviz (*.dot)</source>
        <translation>SVG 画像 (*.svg);;PNG 画像 (*.png);;Graphviz (*.dot)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Focus on This</source>
        <translation>ここに焦点を合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>全体表示(&amp;I)</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation>画像をエクスポート(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ase::GraphView</name>
    <message>
        <source>Binding graph</source>
        <translation>バインド グラフ</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>表示するものがありません。</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>PersistentVolumes</source>
        <translation>PersistentVolume</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <source>StorageClasses</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>missing PersistentVolume</source>
        <translation>存在しない PersistentVolume</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
</context>
<context>
    <name>ase::HttpExchange</name>
    <message>
        <source>The device&apos;s answer to %1</source>
        <translation>%1 に対するデバイスの応答</translation>
    </message>
</context>
<context>
    <name>ase::InputLimit</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 が上限の %2 を超えています。</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 (set the environment variable %3 to a larger number of MiB to raise it).</source>
        <translation>%1 が上限の %2 を超えています (上限を上げるには、環境変数 %3 に、より大きな MiB 数を設定してください)。</translation>
    </message>
</context>
<context>
    <name>ase::KubeClient</name>
    <message>
        <source>The server&apos;s answer is not a %1 object.</source>
        <translation>サーバーの応答が %1 オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 %2</source>
        <translation>%1 %2 に対するサーバーの応答</translation>
    </message>
    <message>
        <source>The server&apos;s error answer to watch %1</source>
        <translation>watch %1 に対するサーバーのエラー応答</translation>
    </message>
</context>
<context>
    <name>ase::Kubeconfig</name>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not a valid URL.</source>
        <translation>クラスター &quot;%2&quot; のサーバー アドレス &quot;%1&quot; は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified (insecure-skip-tls-verify): anyone on the network path could read and change what the app sends and receives.</source>
        <translation>サーバーの証明書は検証されません (insecure-skip-tls-verify)。ネットワーク経路上の第三者が、このアプリの送受信する内容を読み取ったり改ざんしたりできます。</translation>
    </message>
    <message>
        <source>Impersonation (as: %1) in user &quot;%2&quot; is not supported and is ignored.</source>
        <translation>ユーザー &quot;%2&quot; の偽装 (as: %1) はサポートされていないため、無視されます。</translation>
    </message>
    <message>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>OIDC ID token</source>
        <translation>OIDC ID トークン</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; signs in with a username and password (basic authentication), which this application does not support. Use a token, a client certificate or a credential plugin.</source>
        <translation>ユーザー &quot;%1&quot; はユーザー名とパスワード (基本認証) でサインインしますが、このアプリケーションでは基本認証はサポートされていません。トークン、クライアント証明書、または資格情報プラグインを使用してください。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>ase::LabelSelector</name>
    <message>
        <source>A label selector must be a JSON object.</source>
        <translation>ラベル セレクターは JSON オブジェクトである必要があります。</translation>
    </message>
</context>
<context>
    <name>ase::ListDecoder</name>
    <message>
        <source>The server&apos;s answer to the list of %1 is not a Kubernetes list.</source>
        <translation>%1 の一覧に対するサーバーの応答が、Kubernetes の List ではありません。</translation>
    </message>
    <message>
        <source>%1 at byte %2.</source>
        <translation>バイト %2 で %1。</translation>
    </message>
    <message>
        <source>It has no &quot;items&quot; array.</source>
        <translation>&quot;items&quot; 配列がありません。</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Item %1 is not an object.</source>
        <translation>項目 %1 がオブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>ase::LroPoller</name>
    <message>
        <source>The device has not finished the operation after %1 minutes; it may still complete. Refresh to see the outcome.</source>
        <translation>デバイスは %1 分経っても操作を完了していません。操作はこの後完了する可能性があります。結果を確認するには、最新の情報に更新してください。</translation>
    </message>
    <message>
        <source>The device&apos;s operation status has no &quot;status&quot;.</source>
        <translation>デバイスの操作状態に &quot;status&quot; がありません。</translation>
    </message>
</context>
<context>
    <name>ase::MainWindow</name>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>PersistentVolumes</source>
        <translation>PersistentVolume</translation>
    </message>
    <message>
        <source>PersistentVolumeClaims</source>
        <translation>PersistentVolumeClaim</translation>
    </message>
    <message>
        <source>StorageClasses</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Show claims of all namespaces or of one</source>
        <translation>すべての名前空間または 1 つの名前空間のクレームを表示します</translation>
    </message>
    <message>
        <source>%1 is not in the list (it may be filtered out or gone).</source>
        <translation>%1 は一覧にありません (フィルターで除外されたか、削除された可能性があります)。</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>すべての名前空間</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>デバイス: %1</translation>
    </message>
</context>
<context>
    <name>ase::MainWindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ASE Storage Manager</source>
        <translation>ASE ストレージ マネージャーについて(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>名前空間(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to the De&amp;mo Device</source>
        <translation>デモ デバイスに接続(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>New Claim from a &amp;Share…</source>
        <translation>共有から新しいクレーム(&amp;S)…</translation>
    </message>
    <message>
        <source>Create a PersistentVolumeClaim bound to a device share or an existing volume</source>
        <translation>デバイスの共有または既存のボリュームにバインドされる PersistentVolumeClaim を作成します</translation>
    </message>
    <message>
        <source>New Claim from a Storage&amp;Class…</source>
        <translation>StorageClass からの新しいクレーム(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a PersistentVolumeClaim that a StorageClass&apos;s provisioner makes a volume for, and optionally a workload that uses it</source>
        <translation>StorageClass のプロビジョナーがボリュームを作成する PersistentVolumeClaim と、必要に応じてそれを使用するワークロードを作成します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>名前をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;YAML</source>
        <translation>YAML をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Binding Inspector</source>
        <translation>バインド インスペクター(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Why Pending?</source>
        <translation>Pending の理由(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>フィルター(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected share from the device.</source>
        <translation>選択した共有をデバイスから削除します。</translation>
    </message>
    <message>
        <source>Delete the selected object from the cluster.</source>
        <translation>選択したオブジェクトをクラスターから削除します。</translation>
    </message>
    <message>
        <source>About ASE Storage Manager</source>
        <translation>ASE ストレージ マネージャーについて</translation>
    </message>
    <message>
        <source>&amp;Recent Connections</source>
        <translation>最近の接続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>最近の接続はありません</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>%1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>名前をコピー(&amp;N)</translation>
    </message>
    <message>
        <source>Open %1 %2</source>
        <translation>%1 %2 を開く</translation>
    </message>
    <message>
        <source>C&amp;laim This Share…</source>
        <translation>この共有をクレーム(&amp;L)…</translation>
    </message>
    <message>
        <source>C&amp;laim This Volume…</source>
        <translation>このボリュームをクレーム(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Use This Class…</source>
        <translation>このクラスを使用(&amp;U)…</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>%1 %2 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>削除に失敗しました</translation>
    </message>
</context>
<context>
    <name>ase::NavigationView</name>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ase::PendingPanel</name>
    <message>
        <source>Mount %1 for Edge Compute</source>
        <translation>Edge コンピューティング用に %1 をマウント</translation>
    </message>
    <message>
        <source>Claim a Share or Volume…</source>
        <translation>共有またはボリュームをクレーム…</translation>
    </message>
    <message>
        <source>Make %1 Available…</source>
        <translation>%1 を Available にする…</translation>
    </message>
    <message>
        <source>Create a Consumer…</source>
        <translation>コンシューマーを作成…</translation>
    </message>
    <message>
        <source>Volumes, as the binder judges them</source>
        <translation>ボリューム (PV コントローラーによる判定)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Why is a claim Pending?</source>
        <translation>クレームが Pending なのはなぜですか?</translation>
    </message>
    <message>
        <source>Select a PersistentVolumeClaim (in the claims pane or the graph) to see what keeps it from binding and what to do.</source>
        <translation>PersistentVolumeClaim を (クレーム ペインまたはグラフで) 選択すると、バインドを妨げている原因と対処方法が表示されます。</translation>
    </message>
    <message>
        <source>Claim %1 is gone.</source>
        <translation>クレーム %1 は存在しなくなりました。</translation>
    </message>
    <message>
        <source>Why is %1 Pending?</source>
        <translation>%1 が Pending なのはなぜですか?</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 は %2 です</translation>
    </message>
    <message>
        <source>Can serve the claim</source>
        <translation>クレームに使用可能</translation>
    </message>
    <message>
        <source>Cannot serve the claim</source>
        <translation>クレームに使用不可</translation>
    </message>
    <message>
        <source>Volumes: the cluster has none</source>
        <translation>ボリューム: クラスターにボリュームがありません</translation>
    </message>
    <message>
        <source>Events: none (the binder says nothing when a claim names a volume that does not exist)</source>
        <translation>イベント: なし (クレームが存在しないボリュームを指定している場合、PV コントローラーはイベントを出力しません)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>%1
The patch: %2</source>
        <translation>%1
パッチ: %2</translation>
    </message>
    <message>
        <source>Mounting %1 for Edge compute…</source>
        <translation>%1 を Edge コンピューティング用にマウントしています…</translation>
    </message>
    <message>
        <source>Mounting %1: %2 (%3%)</source>
        <translation>%1 をマウント中: %2 (%3%)</translation>
    </message>
    <message>
        <source>Mounting %1: %2</source>
        <translation>%1 をマウント中: %2</translation>
    </message>
    <message>
        <source>%1 is mounted: its PersistentVolume appears and the claim binds to it.</source>
        <translation>%1 をマウントしました。PersistentVolume が作成され、クレームがそれにバインドされます。</translation>
    </message>
    <message>
        <source>Mounting %1 failed: %2</source>
        <translation>%1 のマウントに失敗しました: %2</translation>
    </message>
    <message>
        <source>Volume %1 keeps the data of its deleted claim. Remove its claimRef so that it becomes Available and a claim can bind it (with that data)?

The patch sent:
%2</source>
        <translation>ボリューム %1 は、削除されたクレームのデータを保持しています。claimRef を削除して Available にし、クレームが (そのデータとともに) バインドできるようにしますか?

送信するパッチ:
%2</translation>
    </message>
    <message>
        <source>Make %1 Available?</source>
        <translation>%1 を Available にしますか?</translation>
    </message>
    <message>
        <source>Patching %1…</source>
        <translation>%1 にパッチを適用中…</translation>
    </message>
    <message>
        <source>%1 no longer names a claim: it becomes Available.</source>
        <translation>%1 はクレームを指定しなくなりました。Available になります。</translation>
    </message>
    <message>
        <source>Patching %1 failed: %2</source>
        <translation>%1 へのパッチの適用に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ase::PersistentVolumeClaimTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Access Modes</source>
        <translation>アクセス モード</translation>
    </message>
    <message>
        <source>StorageClass</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>使用中の Pod</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ase::PersistentVolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Access Modes</source>
        <translation>アクセス モード</translation>
    </message>
    <message>
        <source>Reclaim Policy</source>
        <translation>再クレーム ポリシー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>StorageClass</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
</context>
<context>
    <name>ase::Reflector</name>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>一覧取得中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>監視中</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>認証エラー</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>接続は閉じられています。</translation>
    </message>
    <message>
        <source>The server closed the watch; resuming.</source>
        <translation>サーバーが watch を終了しました。再開しています。</translation>
    </message>
    <message>
        <source>the request failed without a reason.</source>
        <translation>リクエストが理由なく失敗しました。</translation>
    </message>
    <message>
        <source>Could not %1 %2 on %3: %4 %5</source>
        <extracomment>%1 list or watch, %2 the plural resource (&quot;persistentvolumes&quot;), %3 host:port, %4 the server&apos;s or the network&apos;s message, %5 what the app does next</extracomment>
        <translation>%3 で %2 を %1 できませんでした: %4 %5</translation>
    </message>
    <message>
        <source>The connection was closed; reconnect to see live updates.</source>
        <translation>接続が閉じられました。ライブ更新を表示するには再接続してください。</translation>
    </message>
    <message>
        <source>The server no longer keeps the changes since the last list; listing again.</source>
        <translation>サーバーには前回の一覧取得以降の変更が残っていません。もう一度一覧を取得しています。</translation>
    </message>
    <message>
        <source>Check the user of the kubeconfig context (token, certificate or sign-in).</source>
        <translation>kubeconfig コンテキストのユーザー (トークン、証明書、またはサインイン) を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ase::ResourcePane</name>
    <message>
        <source>Filter: words, or labels as key=value</source>
        <translation>フィルター: キーワード、または key=value 形式のラベル</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 のフィルター</translation>
    </message>
    <message>
        <source>No %1.</source>
        <translation>%1 はありません。</translation>
    </message>
    <message>
        <source>No %1 match the filter.</source>
        <translation>フィルターに一致する %1 はありません。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>ase::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Run the server &amp;dry-run</source>
        <translation>サーバーのドライランを実行(&amp;D)</translation>
    </message>
    <message>
        <source>Objects to create</source>
        <translation>作成するオブジェクト</translation>
    </message>
    <message>
        <source>Send every object with dryRun=All: the server validates and admits it without storing anything</source>
        <translation>すべてのオブジェクトを dryRun=All で送信します。サーバーは何も保存せずに検証とアドミッションを行います</translation>
    </message>
    <message>
        <source>Server dry-run answers</source>
        <translation>サーバーのドライランの応答</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Server dry-run</source>
        <translation>サーバーのドライラン</translation>
    </message>
    <message>
        <source>The draft changed after the dry-run; run it again to see the server&apos;s answer to what would be sent now.</source>
        <translation>ドライランの後で下書きが変更されました。今送信される内容に対するサーバーの応答を見るには、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>まだ実行していません。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>サーバーに問い合わせています…</translation>
    </message>
    <message>
        <source>Run the server &amp;dry-run again</source>
        <translation>サーバーのドライランを再実行(&amp;D)</translation>
    </message>
    <message>
        <source>The server accepts every object.</source>
        <translation>サーバーはすべてのオブジェクトを受け入れます。</translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n object(s):</source>
        <translation>
            <numerusform>サーバーは %n 個のオブジェクトを拒否しました:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ase::SecretStore</name>
    <message>
        <source>Sign-in tokens are kept in the system keychain.</source>
        <translation>サインイン トークンはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running), so sign-in tokens are kept in memory only and you will have to sign in again after a restart.</source>
        <translation>システムのキーチェーンを利用できないため (Secret Service が実行されていません)、サインイン トークンはメモリ内にのみ保持されます。再起動後はもう一度サインインする必要があります。</translation>
    </message>
    <message>
        <source>Sign-in tokens are kept in memory only.</source>
        <translation>サインイン トークンはメモリ内にのみ保持されます。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), so sign-in tokens are kept in memory only.</source>
        <translation>システムのキーチェーンを使用できなかったため (%1)、サインイン トークンはメモリ内にのみ保持されます。</translation>
    </message>
</context>
<context>
    <name>ase::Session</name>
    <message>
        <source>Starting the demo device…</source>
        <translation>デモ デバイスを起動しています…</translation>
    </message>
    <message>
        <source>The demo device did not start: %1</source>
        <translation>デモ デバイスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>demo device</source>
        <translation>デモ デバイス</translation>
    </message>
    <message>
        <source>%1 (demo) at %2</source>
        <translation>%1 (デモ、%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>監視中: %1</translation>
    </message>
    <message>
        <source>Connected without verifying the server&apos;s certificate (unsafe).</source>
        <translation>サーバーの証明書を検証せずに接続しています (安全ではありません)。</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>デバイス: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>There is nothing to connect to.</source>
        <translation>接続先がありません。</translation>
    </message>
</context>
<context>
    <name>ase::ShareAccessPage</name>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>SMB users</source>
        <translation>SMB ユーザー</translation>
    </message>
    <message>
        <source>NFS clients</source>
        <translation>NFS クライアント</translation>
    </message>
    <message>
        <source>Create a &amp;new user</source>
        <translation>新しいユーザーを作成(&amp;N)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Read/write</source>
        <translation>読み取り/書き込み</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>アクセスなし</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, e.g. 10.128.47.20</source>
        <translation>IPv4 または IPv6 アドレス (例: 10.128.47.20)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>ユーザー名(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <source>Acc&amp;ess:</source>
        <translation>アクセス(&amp;E):</translation>
    </message>
    <message>
        <source>8 to 16 characters from three of: uppercase, lowercase, digits, special characters. The password is encrypted for the device; it is never shown or saved.</source>
        <translation>8 ～ 16 文字で、英大文字、英小文字、数字、特殊文字のうち 3 種類を含めてください。パスワードはデバイス用に暗号化され、表示も保存もされません。</translation>
    </message>
    <message>
        <source>Tick the device&apos;s users who may use the share and choose their access.</source>
        <translation>共有を使用できるデバイスのユーザーをチェックし、アクセス権を選択してください。</translation>
    </message>
    <message>
        <source>Access of %1</source>
        <translation>%1 のアクセス権</translation>
    </message>
</context>
<context>
    <name>ase::ShareActions</name>
    <message>
        <source>New &amp;Share…</source>
        <translation>新しい共有(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Users and Storage Account Credentials…</source>
        <translation>ユーザーとストレージ アカウント資格情報(&amp;U)…</translation>
    </message>
    <message>
        <source>Create a share on the device (SMB or NFS, local or tiered to Azure), optionally for Edge compute</source>
        <translation>デバイスに共有を作成します (SMB または NFS、ローカルまたは Azure への階層化)。必要に応じて Edge コンピューティング用にも使用できます</translation>
    </message>
    <message>
        <source>The device&apos;s share users and storage account credentials</source>
        <translation>デバイスの共有ユーザーとストレージ アカウント資格情報</translation>
    </message>
    <message>
        <source>&amp;Unmount from Edge Compute…</source>
        <translation>Edge コンピューティングからマウント解除(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Mount for Edge Compute</source>
        <translation>Edge コンピューティング用にマウント(&amp;M)</translation>
    </message>
    <message>
        <source>Refresh from &amp;Azure</source>
        <translation>Azure から更新(&amp;A)</translation>
    </message>
    <message>
        <source>Only cloud shares can be refreshed</source>
        <translation>更新できるのはクラウド共有だけです</translation>
    </message>
    <message>
        <source>Edit &amp;Access…</source>
        <translation>アクセスの編集(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Share…</source>
        <translation>共有の削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Share %1 created.</source>
        <translation>共有 %1 を作成しました。</translation>
    </message>
    <message>
        <source>Share %1 was not created: %2</source>
        <translation>共有 %1 は作成されませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mounting %1 for Edge compute</source>
        <translation>Edge コンピューティング用に %1 をマウント中</translation>
    </message>
    <message>
        <source>Mount failed</source>
        <translation>マウントに失敗しました</translation>
    </message>
    <message>
        <source>%1 is mounted for Edge compute; its PersistentVolume %1 appears in the cluster.</source>
        <translation>%1 を Edge コンピューティング用にマウントしました。PersistentVolume %1 がクラスターに作成されます。</translation>
    </message>
    <message>
        <source>Kubernetes loses the PersistentVolume %1: the device releases it from the cluster. The share and its data stay on the device.</source>
        <translation>Kubernetes から PersistentVolume %1 がなくなります。デバイスがこのボリュームをクラスターから解放します。共有とそのデータはデバイス上に残ります。</translation>
    </message>
    <message>
        <source>It is bound to the claim %1/%2; no pod uses it now.</source>
        <translation>このボリュームはクレーム %1/%2 にバインドされています。現在使用している Pod はありません。</translation>
    </message>
    <message>
        <source>It is bound to the claim %1/%2, used by the pods %3.</source>
        <translation>このボリュームはクレーム %1/%2 にバインドされており、Pod %3 で使用されています。</translation>
    </message>
    <message>
        <source>The device refuses to unmount a share whose volume is bound: delete the claim %1/%2 first (its pods lose their storage).</source>
        <translation>ボリュームがバインドされている共有は、デバイスでマウント解除できません。先にクレーム %1/%2 を削除してください (そのクレームを使用する Pod はストレージを失います)。</translation>
    </message>
    <message>
        <source>Unmount %1?</source>
        <translation>%1 をマウント解除しますか?</translation>
    </message>
    <message>
        <source>Unmount the share %1 from Edge compute?</source>
        <translation>共有 %1 を Edge コンピューティングからマウント解除しますか?</translation>
    </message>
    <message>
        <source>Unmount</source>
        <translation>マウント解除</translation>
    </message>
    <message>
        <source>Unmounting %1</source>
        <translation>%1 をマウント解除中</translation>
    </message>
    <message>
        <source>Unmount failed</source>
        <translation>マウント解除に失敗しました</translation>
    </message>
    <message>
        <source>%1 is unmounted; its PersistentVolume is released.</source>
        <translation>%1 をマウント解除しました。PersistentVolume は解放されます。</translation>
    </message>
    <message>
        <source>Refreshing %1 from Azure</source>
        <translation>Azure から %1 を更新中</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>更新に失敗しました</translation>
    </message>
    <message>
        <source>%1 is refreshed from Azure.</source>
        <translation>%1 を Azure から更新しました。</translation>
    </message>
    <message>
        <source>%1 is refreshed from Azure; errors are listed in %2.</source>
        <translation>%1 を Azure から更新しました。エラーは %2 に記録されています。</translation>
    </message>
    <message>
        <source>%1 Is Mounted</source>
        <translation>%1 はマウントされています</translation>
    </message>
    <message>
        <source>The share %1 is mounted for Edge compute; the device does not delete a mounted share.</source>
        <translation>共有 %1 は Edge コンピューティング用にマウントされています。マウントされている共有はデバイスで削除できません。</translation>
    </message>
    <message>
        <source>Unmount it first; then delete it.</source>
        <translation>先にマウントを解除してから削除してください。</translation>
    </message>
    <message>
        <source>Unmount…</source>
        <translation>マウント解除…</translation>
    </message>
    <message>
        <source>The share and its cache on the device are deleted. The data in Azure stays: container %1 of the storage account credential %2 is kept.</source>
        <translation>デバイス上の共有とそのキャッシュが削除されます。Azure 内のデータは残ります (ストレージ アカウント資格情報 %2 のコンテナー %1 は保持されます)。</translation>
    </message>
    <message>
        <source>The share and all its data on the device are deleted. A local share has no copy in Azure: this cannot be undone.</source>
        <translation>デバイス上の共有とそのすべてのデータが削除されます。ローカル共有のコピーは Azure にないため、この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete the share %1 from the device?</source>
        <translation>共有 %1 をデバイスから削除しますか?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 を削除中</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>削除に失敗しました</translation>
    </message>
    <message>
        <source>Share %1 deleted.</source>
        <translation>共有 %1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>ase::ShareBasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>SMB (Windows clients, users with Change or Read)</source>
        <translation>SMB (Windows クライアント、変更または読み取りアクセス権を持つユーザー)</translation>
    </message>
    <message>
        <source>NFS (Linux clients, allowed by IP address)</source>
        <translation>NFS (Linux クライアント、IP アドレスで許可)</translation>
    </message>
    <message>
        <source>e.g. sensor-data</source>
        <translation>例: sensor-data</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>3 to 63 lowercase letters, digits and hyphens; starts with a letter or a digit. Kubernetes gets a PersistentVolume of the same name.</source>
        <translation>3 ～ 63 文字の英小文字、数字、ハイフン。先頭は英字または数字にします。Kubernetes には同じ名前の PersistentVolume が作成されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>%1 of %2 shares used on the device.</source>
        <translation>デバイスで %2 個中 %1 個の共有を使用しています。</translation>
    </message>
    <message>
        <source>The device&apos;s shares are not known yet.</source>
        <translation>デバイスの共有はまだ取得されていません。</translation>
    </message>
</context>
<context>
    <name>ase::ShareComputePage</name>
    <message>
        <source>Edge compute</source>
        <translation>Edge コンピューティング</translation>
    </message>
    <message>
        <source>&amp;Use the share with Edge compute</source>
        <translation>Edge コンピューティングで共有を使用する(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;share&gt;</source>
        <translation>&lt;共有名&gt;</translation>
    </message>
    <message>
        <source>The device mounts the share through its Kubernetes role: a PersistentVolume named %1 appears in the cluster (32Ti, ReadWriteOnce and ReadWriteMany, no StorageClass). A claim with volumeName: %1 binds to it; the wizard offers one when the volume is there.</source>
        <translation>デバイスは Kubernetes ロールを通じて共有をマウントします。クラスターに %1 という名前の PersistentVolume が作成されます (32Ti、ReadWriteOnce と ReadWriteMany、StorageClass なし)。volumeName: %1 を指定したクレームがこのボリュームにバインドされます。ボリュームが作成されると、ウィザードでそのクレームを作成できます。</translation>
    </message>
    <message>
        <source>The share is not mounted for Kubernetes; you can mount it later from the Shares pane.</source>
        <translation>共有は Kubernetes 用にマウントされません。後で [共有] ペインからマウントできます。</translation>
    </message>
    <message>
        <source>The device has no Kubernetes role: configure compute on the device first, or leave this off.</source>
        <translation>デバイスに Kubernetes ロールがありません。先にデバイスでコンピューティングを構成するか、このオプションをオフのままにしてください。</translation>
    </message>
</context>
<context>
    <name>ase::ShareDraftController</name>
    <message>
        <source>The device checks the request bodies itself when they are sent; it has no dry-run.</source>
        <translation>リクエスト本文は送信時にデバイス自体がチェックします。デバイスにはドライランがありません。</translation>
    </message>
    <message>
        <source>Share user %1 (password encrypted for the device)</source>
        <translation>共有ユーザー %1 (パスワードはデバイス用に暗号化)</translation>
    </message>
    <message>
        <source>Storage account credential %1 (key encrypted for the device)</source>
        <translation>ストレージ アカウント資格情報 %1 (キーはデバイス用に暗号化)</translation>
    </message>
    <message>
        <source>Share %1, then its mount for Edge compute</source>
        <translation>共有 %1、続いて Edge コンピューティング用のマウント</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>共有 %1</translation>
    </message>
    <message>
        <source>The request bodies follow the form; change the share there.</source>
        <translation>リクエスト本文はフォームの内容に従います。共有を変更するには、フォームで変更してください。</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Edge compute</source>
        <translation>Edge コンピューティング</translation>
    </message>
</context>
<context>
    <name>ase::ShareOperations</name>
    <message>
        <source>Not connected to a device.</source>
        <translation>デバイスに接続されていません。</translation>
    </message>
    <message>
        <source>Canceled: the connection to the device was closed.</source>
        <translation>キャンセルされました: デバイスへの接続が閉じられました。</translation>
    </message>
    <message>
        <source>The device&apos;s encryption key is needed to send a password or an account key: give it once (Azure portal: the device ▸ Device properties ▸ Encryption key).</source>
        <translation>パスワードまたはアカウント キーを送信するには、デバイスの暗号化キーが必要です。一度入力してください (Azure portal: デバイス ▸ デバイスのプロパティ ▸ 暗号化キー)。</translation>
    </message>
    <message>
        <source>Creating storage account credential %1</source>
        <translation>ストレージ アカウント資格情報 %1 を作成中</translation>
    </message>
    <message>
        <source>Creating user %1</source>
        <translation>ユーザー %1 を作成中</translation>
    </message>
    <message>
        <source>Creating share %1</source>
        <translation>共有 %1 を作成中</translation>
    </message>
    <message>
        <source>Mounting share %1 for Edge compute</source>
        <translation>Edge コンピューティング用に共有 %1 をマウント中</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <comment>step: the device&apos;s message</comment>
        <translation>%1: 失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ase::SharePoller</name>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>監視中</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>No permission to list the device&apos;s shares: %1</source>
        <translation>デバイスの共有を一覧表示する権限がありません: %1</translation>
    </message>
</context>
<context>
    <name>ase::ShareStoragePage</name>
    <message>
        <source>Where the data lives</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <source>Edge &amp;local share: the data stays on the device</source>
        <translation>Edge ローカル共有: データはデバイス上に保持されます(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cloud share: tiered to an Azure storage account</source>
        <translation>クラウド共有: Azure ストレージ アカウントに階層化されます(&amp;C)</translation>
    </message>
    <message>
        <source>Azure storage</source>
        <translation>Azure ストレージ</translation>
    </message>
    <message>
        <source>Storage account credential</source>
        <translation>ストレージ アカウント資格情報</translation>
    </message>
    <message>
        <source>e.g. contoso-archive</source>
        <translation>例: contoso-archive</translation>
    </message>
    <message>
        <source>e.g. contosoarchive</source>
        <translation>例: contosoarchive</translation>
    </message>
    <message>
        <source>key1 or key2 of the storage account</source>
        <translation>ストレージ アカウントの key1 または key2</translation>
    </message>
    <message>
        <source>Block blob</source>
        <translation>ブロック BLOB</translation>
    </message>
    <message>
        <source>Page blob</source>
        <translation>ページ BLOB</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Credential &amp;name:</source>
        <translation>資格情報名(&amp;N):</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>ストレージ アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>アクセス キー(&amp;K):</translation>
    </message>
    <message>
        <source>The key is encrypted for the device; it is never shown or saved.</source>
        <translation>キーはデバイス用に暗号化され、表示も保存もされません。</translation>
    </message>
    <message>
        <source>Storage account c&amp;redential:</source>
        <translation>ストレージ アカウント資格情報(&amp;R):</translation>
    </message>
    <message>
        <source>Storage &amp;service:</source>
        <translation>ストレージ サービス(&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>コンテナー(&amp;O):</translation>
    </message>
    <message>
        <source>Fast and independent of the network; it cannot be refreshed from Azure.</source>
        <translation>高速で、ネットワークに依存しません。Azure から更新することはできません。</translation>
    </message>
    <message>
        <source>Add a new credential…</source>
        <translation>新しい資格情報を追加…</translation>
    </message>
    <message>
        <source>Page blobs take data in 512-byte pages: use them for VHD/VHDX files and other 512-byte aligned data.</source>
        <translation>ページ BLOB はデータを 512 バイト単位のページで格納します。VHD/VHDX ファイルなど、512 バイト境界に揃ったデータに使用してください。</translation>
    </message>
    <message>
        <source>The data goes to an Azure file share of the account.</source>
        <translation>データはアカウントの Azure ファイル共有に格納されます。</translation>
    </message>
    <message>
        <source>Files become block blobs: the usual choice.</source>
        <translation>ファイルはブロック BLOB として格納されます。通常はこれを選択します。</translation>
    </message>
    <message>
        <source>the share&apos;s name</source>
        <translation>共有名</translation>
    </message>
    <message>
        <source>Empty: a new container named after the share. An existing container can hold one share only.</source>
        <translation>空の場合: 共有と同じ名前の新しいコンテナーが作成されます。既存のコンテナーに格納できる共有は 1 つだけです。</translation>
    </message>
</context>
<context>
    <name>ase::ShareTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Edge Compute</source>
        <translation>Edge コンピューティング</translation>
    </message>
    <message>
        <source>PersistentVolume</source>
        <translation>PersistentVolume</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Cloud (%1/%2)</source>
        <translation>クラウド (%1/%2)</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Tiered to the Azure storage account %1, container %2</source>
        <translation>Azure ストレージ アカウント %1 のコンテナー %2 に階層化</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Data stays on the device</source>
        <translation>データはデバイス上に保持されます</translation>
    </message>
    <message>
        <source>Mounted</source>
        <translation>マウント済み</translation>
    </message>
    <message>
        <source>Not mounted</source>
        <translation>未マウント</translation>
    </message>
</context>
<context>
    <name>ase::SourcePage</name>
    <message>
        <source>Share or volume</source>
        <translation>共有またはボリューム</translation>
    </message>
    <message>
        <source>&amp;Mount for Edge compute</source>
        <translation>Edge コンピューティング用にマウント(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the device share or PersistentVolume the new claim binds to. The last column says whether a claim of this size and these access modes could bind it, and if not, why.</source>
        <translation>新しいクレームのバインド先となるデバイスの共有または PersistentVolume を選択してください。最後の列には、このサイズとアクセス モードのクレームがバインドできるかどうかと、できない場合はその理由が表示されます。</translation>
    </message>
    <message>
        <source>Shares and volumes</source>
        <translation>共有とボリューム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation>アクセス モード</translation>
    </message>
    <message>
        <source>Can a new claim bind it?</source>
        <translation>バインドできるか</translation>
    </message>
    <message>
        <source>Turn on &quot;Use the share with Edge compute&quot; on the device; Kubernetes then gets a PersistentVolume named after the share</source>
        <translation>デバイスで「Edge コンピューティングで共有を使用する」をオンにします。その後、Kubernetes に共有と同じ名前の PersistentVolume ができます</translation>
    </message>
    <message>
        <source>Mounting %1 for Edge compute…</source>
        <translation>%1 を Edge コンピューティング用にマウントしています…</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>%1 share</source>
        <comment>SMB share / NFS share</comment>
        <translation>%1 共有</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>A new claim can bind it.</source>
        <translation>新しいクレームをバインドできます。</translation>
    </message>
    <message>
        <source>There are no shares or PersistentVolumes to claim. Connect to the device, or create a share first.</source>
        <translation>クレームできる共有または PersistentVolume がありません。デバイスに接続するか、先に共有を作成してください。</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>一覧から選択してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a new claim can bind it. The claim will name it in &lt;tt&gt;volumeName&lt;/tt&gt;, so the binder binds the two one-to-one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 新しいクレームをバインドできます。クレームは &lt;tt&gt;volumeName&lt;/tt&gt; でこれを指定するため、バインダーは両者を 1 対 1 でバインドします。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is bound to &lt;a href=&quot;PersistentVolumeClaim|%2&quot;&gt;%2&lt;/a&gt;. A volume serves one claim; choose another share or volume.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は &lt;a href=&quot;PersistentVolumeClaim|%2&quot;&gt;%2&lt;/a&gt; にバインドされています。ボリュームは 1 つのクレームにしか使えません。別の共有またはボリュームを選んでください。</translation>
    </message>
    <message>
        <source>%1 is mounted for Edge compute. Its PersistentVolume appears in the list as soon as Kubernetes has it.</source>
        <translation>%1 を Edge コンピューティング用にマウントしました。Kubernetes に PersistentVolume ができ次第、一覧に表示されます。</translation>
    </message>
    <message>
        <source>Mounting %1 failed: %2</source>
        <translation>%1 のマウントに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ase::StaticClaimWizard</name>
    <message>
        <source>New Claim from a Share</source>
        <translation>共有から新しいクレーム</translation>
    </message>
    <message>
        <source>Mounting %1 for Edge compute: %2 (%3%).</source>
        <translation>%1 を Edge コンピューティング用にマウントしています: %2 (%3%)。</translation>
    </message>
    <message>
        <source>Mounting %1 for Edge compute: %2.</source>
        <translation>%1 を Edge コンピューティング用にマウントしています: %2。</translation>
    </message>
</context>
<context>
    <name>ase::StaticTokenProvider</name>
    <message>
        <source>pasted token</source>
        <translation>貼り付けたトークン</translation>
    </message>
    <message>
        <source>No access token was pasted. Paste the output of &quot;az account get-access-token --resource https://management.azure.com/ --query accessToken -o tsv&quot;, or choose another sign-in method.</source>
        <translation>アクセス トークンが貼り付けられていません。&quot;az account get-access-token --resource https://management.azure.com/ --query accessToken -o tsv&quot; の出力を貼り付けるか、別のサインイン方法を選択してください。</translation>
    </message>
    <message>
        <source>The pasted access token expired at %1. Paste a new token or choose another sign-in method.</source>
        <translation>貼り付けたアクセス トークンは %1 に有効期限が切れています。新しいトークンを貼り付けるか、別のサインイン方法を選択してください。</translation>
    </message>
</context>
<context>
    <name>ase::StorageAdvisorDialog</name>
    <message>
        <source>Several &amp;nodes write the same data at the same time</source>
        <translation>複数のノードが同じデータに同時に書き込む(&amp;N)</translation>
    </message>
    <message>
        <source>It is a &amp;database or another app that needs POSIX files (MySQL, PostgreSQL, MongoDB, Prometheus)</source>
        <translation>データベースなど、POSIX ファイルを必要とするアプリである (MySQL、PostgreSQL、MongoDB、Prometheus)(&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;share wizard…</source>
        <translation>共有ウィザードを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Which storage do I need?</source>
        <translation>どのストレージが必要ですか?</translation>
    </message>
    <message>
        <source>Two questions about what will use the storage:</source>
        <translation>ストレージを使用するものについての 2 つの質問:</translation>
    </message>
    <message>
        <source>A device share, claimed statically</source>
        <translation>デバイスの共有 (静的にクレーム)</translation>
    </message>
    <message>
        <source>The class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 を使用(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ase::StorageClassTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Provisioner</source>
        <translation>プロビジョナー</translation>
    </message>
    <message>
        <source>Reclaim Policy</source>
        <translation>再クレーム ポリシー</translation>
    </message>
    <message>
        <source>Volume Binding Mode</source>
        <translation>ボリューム バインド モード</translation>
    </message>
    <message>
        <source>Allow Volume Expansion</source>
        <translation>ボリューム拡張の許可</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>PVs</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>PVCs</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
</context>
<context>
    <name>ase::TokenProvider</name>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ase::TransportFailure</name>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>サーバー %1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid for %1, not for %2</source>
        <translation>サーバーの証明書は %1 に対して有効で、%2 に対しては有効ではありません</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>サーバーの証明書は %1 に有効期限が切れています</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid before %1</source>
        <translation>サーバーの証明書は %1 より前は有効ではありません</translation>
    </message>
    <message>
        <source>The TLS connection to %1 could not be verified: %2.</source>
        <comment>%1 is host:port, %2 the reasons</comment>
        <translation>%1 への TLS 接続を検証できませんでした: %2。</translation>
    </message>
    <message>
        <source>The connection to %1 was refused. Check the ARM endpoint of the device profile and that the device is reachable.</source>
        <translation>%1 への接続が拒否されました。デバイス プロファイルの ARM エンドポイントと、デバイスに到達できるかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The server name %1 could not be resolved. Check the ARM endpoint of the device profile and your network.</source>
        <translation>サーバー名 %1 を解決できませんでした。デバイス プロファイルの ARM エンドポイントとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The server name %1 could not be resolved. Check the server address in the kubeconfig and your network.</source>
        <translation>サーバー名 %1 を解決できませんでした。kubeconfig のサーバー アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The connection to the server %1 timed out.</source>
        <translation>サーバー %1 への接続がタイムアウトしました。</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly.</source>
        <translation>サーバー %1 が予期せず接続を閉じました。</translation>
    </message>
    <message>
        <source>The proxy for %1 could not be used: %2</source>
        <translation>%1 用のプロキシを使用できませんでした: %2</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not reach the server %1: %2</source>
        <translation>サーバー %1 に到達できませんでした: %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (issued by &quot;%1&quot;) is not signed by an authority this system trusts</source>
        <translation>サーバーの証明書 (発行者: &quot;%1&quot;) は、このシステムが信頼する証明機関によって署名されていません</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (issued by &quot;%1&quot;) is not signed by the certificate authority of the device profile</source>
        <translation>サーバーの証明書 (発行者: &quot;%1&quot;) は、デバイス プロファイルの証明機関によって署名されていません</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (issued by &quot;%1&quot;) is not signed by the certificate authority of the kubeconfig</source>
        <translation>サーバーの証明書 (発行者: &quot;%1&quot;) は、kubeconfig の証明機関によって署名されていません</translation>
    </message>
    <message>
        <source>The device endpoint %1 redirected the request to %2, another server. The request was not sent there, so the sign-in token stays with %1. Check the ARM endpoint of the device profile.</source>
        <translation>デバイス エンドポイント %1 がリクエストを別のサーバー %2 にリダイレクトしました。リクエストはそこへ送信されなかったため、サインイン トークンは %1 から出ていません。デバイス プロファイルの ARM エンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to %2, another server. The request was not sent there, so the credentials stay with %1. Check the server address in the kubeconfig.</source>
        <translation>サーバー %1 がリクエストを別のサーバー %2 にリダイレクトしました。リクエストはそこへ送信されなかったため、資格情報は %1 から出ていません。kubeconfig のサーバー アドレスを確認してください。</translation>
    </message>
    <message>
        <source>redirect to another origin refused: %1</source>
        <translation>別のオリジンへのリダイレクトを拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>ase::WatchDecoder</name>
    <message>
        <source>An event of the watch stream</source>
        <translation>watch ストリームのイベント</translation>
    </message>
    <message>
        <source>%1 bytes without the end of the line.</source>
        <translation>%1 バイトを受信しましたが、行の終わりがありません。</translation>
    </message>
    <message>
        <source>The watch stream sent something that is not a watch event: %1</source>
        <translation>watch ストリームが watch イベントではないものを送信しました: %1</translation>
    </message>
    <message>
        <source>the line is not JSON (%1 at byte %2).</source>
        <translation>行が JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>the line is not a JSON object.</source>
        <translation>行が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The watch stream reported an error without a Status.</source>
        <translation>watch ストリームが Status のないエラーを報告しました。</translation>
    </message>
    <message>
        <source>it has no &quot;type&quot;.</source>
        <translation>&quot;type&quot; がありません。</translation>
    </message>
    <message>
        <source>its type &quot;%1&quot; is none of ADDED, MODIFIED, DELETED, BOOKMARK, ERROR.</source>
        <translation>type &quot;%1&quot; は ADDED、MODIFIED、DELETED、BOOKMARK、ERROR のいずれでもありません。</translation>
    </message>
    <message>
        <source>its &quot;object&quot; is missing or not an object.</source>
        <translation>&quot;object&quot; がないか、オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>ase::WelcomePage</name>
    <message>
        <source>Try the &amp;demo device</source>
        <translation>デモ デバイスを試す(&amp;D)</translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation>kubeconfig を開く(&amp;K)…</translation>
    </message>
    <message>
        <source>Add a de&amp;vice…</source>
        <translation>デバイスを追加(&amp;V)…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Try everything on the built-in demo device, connect to a cluster with a kubeconfig file, or add an Azure Stack Edge device.</source>
        <translation>組み込みのデモ デバイスですべてを試すか、kubeconfig ファイルでクラスターに接続するか、Azure Stack Edge デバイスを追加してください。</translation>
    </message>
    <message>
        <source>A simulated Azure Stack Edge device and Kubernetes cluster on this computer</source>
        <translation>このコンピューター上でシミュレートされる Azure Stack Edge デバイスと Kubernetes クラスター</translation>
    </message>
    <message>
        <source>Connect to an Azure Stack Edge device&apos;s API to manage its shares</source>
        <translation>Azure Stack Edge デバイスの API に接続して共有を管理します</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file and connect to one of its contexts</source>
        <translation>kubeconfig ファイルを選び、そのコンテキストのいずれかに接続します</translation>
    </message>
    <message>
        <source>kubeconfig contexts</source>
        <translation>kubeconfig のコンテキスト</translation>
    </message>
    <message>
        <source>Double-click a context (or press Enter) to connect to it</source>
        <translation>コンテキストをダブルクリック (または Enter キー) して接続します</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>No kubeconfig was found: KUBECONFIG names %1, which does not exist.</source>
        <translation>kubeconfig が見つかりません: KUBECONFIG が指す %1 は存在しません。</translation>
    </message>
    <message>
        <source>No kubeconfig was found (KUBECONFIG is not set and ~/.kube/config does not exist).</source>
        <translation>kubeconfig が見つかりません (KUBECONFIG は設定されておらず、~/.kube/config も存在しません)。</translation>
    </message>
    <message>
        <source>%1 has no contexts.</source>
        <translation>%1 にはコンテキストがありません。</translation>
    </message>
    <message>
        <source>Contexts in %1:</source>
        <translation>%1 のコンテキスト:</translation>
    </message>
    <message>
        <source>Open a kubeconfig</source>
        <translation>kubeconfig を開く</translation>
    </message>
    <message>
        <source>The context %1 cannot be used: %2</source>
        <translation>コンテキスト %1 は使用できません: %2</translation>
    </message>
</context>
<context>
    <name>ase::WizardFrame</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save YAML…</source>
        <translation>YAML を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Cop&amp;y YAML</source>
        <translation>YAML をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Wizard pages</source>
        <translation>ウィザードのページ</translation>
    </message>
    <message>
        <source>Create the objects with server-side apply (field manager ase-storage-manager)</source>
        <translation>サーバー側適用 (フィールド マネージャー ase-storage-manager) でオブジェクトを作成します</translation>
    </message>
    <message>
        <source>Write the manifests to a file without creating anything</source>
        <translation>何も作成せずにマニフェストをファイルに書き出します</translation>
    </message>
    <message>
        <source>Copy the manifests to the clipboard</source>
        <translation>マニフェストをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save the manifests</source>
        <translation>マニフェストの保存</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML ファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Saved to %1. Nothing was created.</source>
        <translation>%1 に保存しました。何も作成していません。</translation>
    </message>
    <message>
        <source>The YAML is on the clipboard.</source>
        <translation>YAML をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>下書きを破棄しますか?</translation>
    </message>
    <message>
        <source>Nothing has been created. Close the wizard and discard what you entered?</source>
        <translation>まだ何も作成していません。ウィザードを閉じて入力内容を破棄しますか?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>object: the server&apos;s message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: the server&apos;s message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Creating, taking over the conflicting fields…</source>
        <translation>競合するフィールドを引き継いで作成しています…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成しています…</translation>
    </message>
    <message>
        <source>Create stopped at %1: see the review page.</source>
        <translation>%1 で作成が止まりました。確認ページを参照してください。</translation>
    </message>
    <message>
        <source>%1 is managed by %2</source>
        <comment>field, field manager</comment>
        <translation>%1 は %2 が管理しています</translation>
    </message>
    <message>
        <source>Fields managed by someone else</source>
        <translation>他者が管理しているフィールド</translation>
    </message>
    <message>
        <source>%1: other field managers own fields this draft sets. Force takes them over; the other managers may set them back.</source>
        <translation>%1: この下書きが設定するフィールドを、他のフィールド マネージャーが所有しています。強制するとそれらを引き継ぎますが、他のマネージャーが元に戻す可能性があります。</translation>
    </message>
    <message>
        <source>&amp;Force</source>
        <translation>強制(&amp;F)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>経過</translation>
    </message>
</context>
<context>
    <name>ase::Yaml</name>
    <message>
        <source>mapping keys must be strings</source>
        <translation>マッピングのキーは文字列である必要があります</translation>
    </message>
    <message>
        <source>mapping key &quot;%1&quot; already defined</source>
        <translation>マッピングのキー &quot;%1&quot; はすでに定義されています</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>document %1 is not a Kubernetes object: expected a mapping</source>
        <translation>ドキュメント %1 は Kubernetes オブジェクトではありません: マッピングが必要です</translation>
    </message>
    <message>
        <source>its aliases expand the YAML to more than %1 values (the limit that stops &quot;billion laughs&quot; documents)</source>
        <translation>エイリアスを展開すると YAML の値が %1 個を超えます (&quot;billion laughs&quot; 文書を止めるための上限)</translation>
    </message>
    <message>
        <source>the YAML has more than %1 values (the limit)</source>
        <translation>YAML の値が %1 個を超えています (上限)</translation>
    </message>
    <message>
        <source>mappings and sequences nest deeper than %1 levels (the limit)</source>
        <translation>マッピングとシーケンスの入れ子が %1 段を超えています (上限)</translation>
    </message>
    <message>
        <source>the YAML text is %1 bytes, more than the limit of %2 bytes</source>
        <translation>YAML テキストは %1 バイトで、上限の %2 バイトを超えています</translation>
    </message>
    <message>
        <source>the YAML has more than %1 documents (the limit)</source>
        <translation>YAML の文書が %1 個を超えています (上限)</translation>
    </message>
</context>
<context>
    <name>ase::YamlActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open YAML…</source>
        <translation>YAML を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Export the selection, the pane&apos;s rows, a namespace or everything as clean YAML</source>
        <translation>選択項目、ペインの行、名前空間、またはすべてをクリーンな YAML としてエクスポートします</translation>
    </message>
    <message>
        <source>Open YAML files, check them, dry-run and apply them</source>
        <translation>YAML ファイルを開いてチェックし、ドライランと適用を行います</translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation>YAML を開く</translation>
    </message>
</context>
<context>
    <name>ase::YamlPreview</name>
    <message>
        <source>YAML to send</source>
        <translation>送信する YAML</translation>
    </message>
    <message>
        <source>&amp;Edit YAML</source>
        <translation>YAML を編集(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the manifests as text. The form follows while the text is valid; fields the form has no control for are kept as written.</source>
        <translation>マニフェストをテキストで編集します。テキストが有効な間はフォームが追従します。フォームにないフィールドは書かれたとおりに保持されます。</translation>
    </message>
    <message>
        <source>YAML of the manifests to send</source>
        <translation>送信するマニフェストの YAML</translation>
    </message>
    <message>
        <source>Not taken: %1. The form has changed since; your text is left as it is.</source>
        <translation>反映されていません: %1。その後フォームが変更されましたが、テキストはそのまま残しています。</translation>
    </message>
    <message>
        <source>Not taken: %1. The form keeps its values until the text is valid.</source>
        <translation>反映されていません: %1。テキストが有効になるまで、フォームは現在の値を保持します。</translation>
    </message>
    <message>
        <source>Valid: the form follows the text.</source>
        <translation>有効: フォームはテキストに追従しています。</translation>
    </message>
    <message>
        <source>Kept as written (the form has no field for them): %1</source>
        <translation>書かれたとおりに保持 (フォームに該当するフィールドがありません): %1</translation>
    </message>
    <message>
        <source>Editing the YAML to send</source>
        <translation>送信する YAML を編集中</translation>
    </message>
    <message>
        <source>The text is not valid (%1): what you typed since it last was valid is discarded.</source>
        <translation>テキストが有効ではありません (%1)。最後に有効だった時点以降の入力は破棄されます。</translation>
    </message>
    <message>
        <source>Fields you removed are put back by the form: %1.</source>
        <translation>削除したフィールドはフォームによって元に戻されます: %1。</translation>
    </message>
    <message>
        <source>Comments, order and formatting are rewritten the way the preview writes them.</source>
        <translation>コメント、順序、書式はプレビューの書き方に書き換えられます。</translation>
    </message>
    <message>
        <source>Back to the preview?</source>
        <translation>プレビューに戻りますか?</translation>
    </message>
    <message>
        <source>Switching back to the preview changes the text:</source>
        <translation>プレビューに戻ると、テキストが次のように変わります:</translation>
    </message>
    <message>
        <source>Switch to the preview</source>
        <translation>プレビューに切り替える</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>The form changed, so the text was written anew from it: your comments and layout are not kept.</source>
        <translation>フォームが変更されたため、テキストはフォームから書き直されました。入力したコメントやレイアウトは保持されません。</translation>
    </message>
</context>
<context>
    <name>ase::YamlView</name>
    <message>
        <source>YAML of the selected object</source>
        <translation>選択したオブジェクトの YAML</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>クリーン表示(&amp;C)</translation>
    </message>
    <message>
        <source>Show the object as it can be applied to another cluster: without status, server-set metadata and binding annotations</source>
        <translation>別のクラスターに適用できる形でオブジェクトを表示します (status、サーバーが設定したメタデータ、バインドのアノテーションを除く)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the YAML to the clipboard</source>
        <translation>YAML をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>ase::binding</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The claim is bound to this volume.</source>
        <translation>クレームはこのボリュームにバインドされています。</translation>
    </message>
    <message>
        <source>The binder binds the claim to this volume.</source>
        <translation>PV コントローラーがクレームをこのボリュームにバインドします。</translation>
    </message>
    <message>
        <source>This volume is reserved for the claim (its claimRef names it), so the binder takes it first.</source>
        <translation>このボリュームはクレーム用に予約されている (claimRef がクレームを指している) ため、PV コントローラーはこのボリュームを優先します。</translation>
    </message>
    <message>
        <source>It fits too, but %1 was chosen: volumes whose access modes match the request more closely are tried first.</source>
        <translation>このボリュームも条件を満たしますが、%1 が選択されました。アクセス モードが要求により近いボリュームが先に試されます。</translation>
    </message>
    <message>
        <source>It fits too, but %1 was chosen: the binder takes the smallest volume that fits.</source>
        <translation>このボリュームも条件を満たしますが、%1 が選択されました。PV コントローラーは条件を満たす最小のボリュームを選びます。</translation>
    </message>
    <message>
        <source>The claim asks for volume %1 by name (spec.volumeName).</source>
        <translation>クレームはボリューム %1 を名前で指定しています (spec.volumeName)。</translation>
    </message>
    <message>
        <source>It offers access modes %1 but the claim needs %2.</source>
        <translation>このボリュームのアクセス モードは %1 ですが、クレームには %2 が必要です。</translation>
    </message>
    <message>
        <source>It is already bound to claim %1.</source>
        <translation>このボリュームはすでにクレーム %1 にバインドされています。</translation>
    </message>
    <message>
        <source>Its capacity %1 is less than the requested %2.</source>
        <translation>容量 %1 が要求された %2 より小さくなっています。</translation>
    </message>
    <message>
        <source>Its volume mode %1 differs from the claim&apos;s %2.</source>
        <translation>ボリューム モード %1 がクレームの %2 と異なります。</translation>
    </message>
    <message>
        <source>Its volume attributes class %1 differs from the claim&apos;s %2.</source>
        <translation>VolumeAttributesClass %1 がクレームの %2 と異なります。</translation>
    </message>
    <message>
        <source>The volume is being deleted.</source>
        <translation>ボリュームは削除中です。</translation>
    </message>
    <message>
        <source>The claim&apos;s class waits for the first consumer: a volume is chosen when a pod using the claim is scheduled.</source>
        <translation>クレームのクラスは WaitForFirstConsumer です。クレームを使用する Pod がスケジュールされたときにボリュームが選択されます。</translation>
    </message>
    <message>
        <source>Its phase is %1, not Available.</source>
        <translation>フェーズが Available ではなく %1 です。</translation>
    </message>
    <message>
        <source>Its labels do not match the claim&apos;s selector.</source>
        <translation>ラベルがクレームのセレクターに一致しません。</translation>
    </message>
    <message>
        <source>Its storage class %1 differs from the claim&apos;s %2.</source>
        <translation>StorageClass %1 がクレームの %2 と異なります。</translation>
    </message>
    <message>
        <source>The claim is Lost: it has lost the reference to its volume. Data on the volume is lost.</source>
        <translation>クレームは Lost 状態です。ボリュームへの参照が失われました。ボリューム上のデータは失われています。</translation>
    </message>
    <message>
        <source>The claim is Lost: its volume %1 is gone or bound to another claim.</source>
        <translation>クレームは Lost 状態です。ボリューム %1 が存在しないか、別のクレームにバインドされています。</translation>
    </message>
    <message>
        <source>The claim is bound to volume %1.</source>
        <translation>クレームはボリューム %1 にバインドされています。</translation>
    </message>
    <message>
        <source>The claim asks for volume %1, which does not exist; it stays Pending until the volume is created.</source>
        <translation>クレームが指定しているボリューム %1 は存在しません。ボリュームが作成されるまで、クレームは Pending のままです。</translation>
    </message>
    <message>
        <source>Volume %1 fits; the binder binds it on its next pass.</source>
        <translation>ボリューム %1 が条件を満たしています。PV コントローラーが次回の処理でバインドします。</translation>
    </message>
    <message>
        <source>Volume %1 cannot be used: %2</source>
        <translation>ボリューム %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>Volume %1 is reserved for this claim; the binder completes the binding on its next pass.</source>
        <translation>ボリューム %1 はこのクレーム用に予約されています。PV コントローラーが次回の処理でバインドを完了します。</translation>
    </message>
    <message>
        <source>Volume %1 is already bound to claim %2.</source>
        <translation>ボリューム %1 はすでにクレーム %2 にバインドされています。</translation>
    </message>
    <message>
        <source>Volume %1 matches; the binder binds it on its next pass.</source>
        <translation>ボリューム %1 が一致しています。PV コントローラーが次回の処理でバインドします。</translation>
    </message>
    <message>
        <source>No volume matches and the claim names no class; the default class %1 will be assigned.</source>
        <translation>一致するボリュームがなく、クレームにクラスが指定されていません。既定のクラス %1 が割り当てられます。</translation>
    </message>
    <message>
        <source>Class %1 waits for the first consumer: the volume is created when a pod that uses the claim is scheduled.</source>
        <translation>クラス %1 は WaitForFirstConsumer です。ボリュームは、クレームを使用する Pod がスケジュールされたときに作成されます。</translation>
    </message>
    <message>
        <source>Class %1 waits for the first consumer: pod %2 must be scheduled first.</source>
        <translation>クラス %1 は WaitForFirstConsumer です。先に Pod %2 がスケジュールされる必要があります。</translation>
    </message>
    <message>
        <source>Storage class %1 does not exist and no volume matches.</source>
        <translation>StorageClass %1 が存在せず、一致するボリュームもありません。</translation>
    </message>
    <message>
        <source>No volume matches and class %1 cannot create volumes (no provisioner).</source>
        <translation>一致するボリュームがなく、クラス %1 ではボリュームを作成できません (プロビジョナーがありません)。</translation>
    </message>
    <message>
        <source>Waiting for provisioner %1 to create a volume of class %2.</source>
        <translation>プロビジョナー %1 がクラス %2 のボリュームを作成するのを待っています。</translation>
    </message>
    <message>
        <source>No volume matches and the claim names no storage class to create one from.</source>
        <translation>一致するボリュームがなく、クレームにはボリュームの作成元となる StorageClass が指定されていません。</translation>
    </message>
    <message>
        <source>It is Released: it still names its deleted claim %1 (claimRef), so no other claim can bind it.</source>
        <translation>このボリュームは Released です。削除されたクレーム %1 を (claimRef で) 指定したままのため、他のクレームはバインドできません。</translation>
    </message>
    <message>
        <source>Its node affinity (%1) excludes node %2, where the claim&apos;s pod is scheduled.</source>
        <translation>ノード アフィニティ (%1) により、クレームの Pod がスケジュールされているノード %2 が除外されています。</translation>
    </message>
    <message>
        <source>The claim asks for access mode %1, which Kubernetes does not know (use ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod).</source>
        <translation>クレームが要求しているアクセス モード %1 は Kubernetes で認識されません (ReadWriteOnce、ReadOnlyMany、ReadWriteMany、ReadWriteOncePod のいずれかを使用してください)。</translation>
    </message>
    <message>
        <source>The claim&apos;s selector is invalid, so the binder fails on it: %1</source>
        <translation>クレームのセレクターが無効なため、PV コントローラーの処理が失敗します: %1</translation>
    </message>
    <message>
        <source>Volume %1 is Released: it still names its deleted claim %2, so this claim cannot bind it until that reference is removed.</source>
        <translation>ボリューム %1 は Released です。削除されたクレーム %2 を指定したままのため、その参照が削除されるまで、このクレームはバインドできません。</translation>
    </message>
</context>
<context>
    <name>ase::names</name>
    <message>
        <source>A share name is required.</source>
        <translation>共有名は必須です。</translation>
    </message>
    <message>
        <source>A share name must be 3 to 63 characters long.</source>
        <translation>共有名は 3 ～ 63 文字にする必要があります。</translation>
    </message>
    <message>
        <source>A share name may contain only lowercase letters (a-z), digits (0-9) and hyphens (-).</source>
        <translation>共有名に使用できるのは、英小文字 (a-z)、数字 (0-9)、ハイフン (-) のみです。</translation>
    </message>
    <message>
        <source>A share name must start and end with a letter or a digit.</source>
        <translation>共有名の先頭と末尾は英字または数字にする必要があります。</translation>
    </message>
    <message>
        <source>A share name must not contain two hyphens in a row.</source>
        <translation>共有名にハイフンを 2 つ続けて使用することはできません。</translation>
    </message>
</context>
<context>
    <name>ase::secretcipher</name>
    <message>
        <source>The device&apos;s encryption key is not base64.</source>
        <translation>デバイスの暗号化キーが base64 ではありません。</translation>
    </message>
    <message>
        <source>The device&apos;s encryption key does not have the expected form.</source>
        <translation>デバイスの暗号化キーが想定された形式ではありません。</translation>
    </message>
    <message>
        <source>The encryption key given for this device does not match it: the device&apos;s certificate could not be decrypted. Enter the device&apos;s encryption key again (Azure portal: the device ▸ Device properties ▸ Encryption key).</source>
        <translation>このデバイスに指定された暗号化キーがデバイスと一致しません。デバイスの証明書を復号できませんでした。デバイスの暗号化キーをもう一度入力してください (Azure portal: デバイス ▸ デバイスのプロパティ ▸ 暗号化キー)。</translation>
    </message>
    <message>
        <source>The device&apos;s encryption certificate has no RSA key.</source>
        <translation>デバイスの暗号化証明書に RSA キーがありません。</translation>
    </message>
    <message>
        <source>The secret could not be encrypted for the device.</source>
        <translation>シークレットをデバイス用に暗号化できませんでした。</translation>
    </message>
    <message>
        <source>The secret is too long to be encrypted for the device.</source>
        <translation>シークレットが長すぎるため、デバイス用に暗号化できません。</translation>
    </message>
</context>
</TS>
