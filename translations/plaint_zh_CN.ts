<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupNumbers</name>
    <message>
        <source>The backup is damaged (%1).</source>
        <translation>备份文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>The file is empty or is not XML.</source>
        <translation>文件是空的，或不是 XML。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file (it starts with &lt;%1&gt;).</source>
        <translation>这不是 SMS Backup &amp; Restore 文件（开头是 &lt;%1&gt;）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The backup ends too early (at line %1): it looks cut off.</source>
        <translation>备份文件提前结束（在第 %1 行）：看起来被截断了。</translation>
    </message>
    <message>
        <source>The backup is damaged at line %1 (%2).</source>
        <translation>备份文件在第 %1 行损坏（%2）。</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Cannot read the holiday data for %1.</source>
        <translation>无法读取 %1 的节假日数据。</translation>
    </message>
    <message>
        <source>The holiday data in %1 is damaged: %2</source>
        <translation>%1 中的节假日数据已损坏：%2</translation>
    </message>
    <message>
        <source>holiday &quot;%1&quot; has no valid dates</source>
        <translation>节假日“%1”没有有效日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>the provisional year %1 is not among its years</source>
        <translation>暂定年份 %1 不在其年份列表中</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CallLogImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>The backup ends too early (at %1): it looks cut off. Nothing was imported.</source>
        <translation>备份文件提前结束（在 %1）：看起来被截断了。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The backup is damaged at %1 (%2). Nothing was imported.</source>
        <translation>备份文件在 %1 处损坏（%2）。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>文件是空的。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file is empty or is not XML. Nothing was imported.</source>
        <translation>文件是空的，或不是 XML。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This is an SMS backup; import it with &quot;plaint import sms&quot;.</source>
        <translation>这是短信备份；请用“plaint import sms”导入。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore call log (it starts with &lt;%1&gt;, not &lt;calls&gt;).</source>
        <translation>这不是 SMS Backup &amp; Restore 的通话记录（开头是 &lt;%1&gt;，而不是 &lt;calls&gt;）。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) with other numbers</source>
        <translation>
            <numerusform>与其他号码的 %n 次通话</numerusform>
        </translation>
    </message>
    <message>
        <source>not from or to the numbers asked for</source>
        <translation>与指定号码无关</translation>
    </message>
    <message>
        <source>call with %1 at %2</source>
        <translation>%2 与 %1 的通话</translation>
    </message>
    <message>
        <source>call with %1</source>
        <translation>与 %1 的通话</translation>
    </message>
    <message>
        <source>its time (&quot;%1&quot;) is not a time</source>
        <translation>其时间（“%1”）不是有效时间</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Incoming call from %1 (%2)</source>
        <translation>%1 来电（%2）</translation>
    </message>
    <message>
        <source>Outgoing call to %1 (%2)</source>
        <translation>呼出 %1（%2）</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>%1 的未接来电</translation>
    </message>
    <message>
        <source>Voicemail from %1 (%2)</source>
        <translation>%1 的语音留言（%2）</translation>
    </message>
    <message>
        <source>Rejected call from %1</source>
        <translation>已拒接 %1 的来电</translation>
    </message>
    <message>
        <source>Blocked call from %1</source>
        <translation>已拦截 %1 的来电</translation>
    </message>
    <message>
        <source>Call from %1 answered on another device (%2)</source>
        <translation>%1 的来电已在其他设备上接听（%2）</translation>
    </message>
    <message>
        <source>its kind (type %1) is not one Plaint knows</source>
        <translation>其类型（type %1）Plaint 无法识别</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒接</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消；没有添加任何内容。</translation>
    </message>
</context>
<context>
    <name>CaptureTime</name>
    <message>
        <source>time from the picture&apos;s EXIF data</source>
        <translation>时间取自图片的 EXIF 信息</translation>
    </message>
    <message>
        <source>time from the file&apos;s name</source>
        <translation>时间取自文件名</translation>
    </message>
    <message>
        <source>time from the file&apos;s modification date; check it</source>
        <translation>时间取自文件修改日期；请核对</translation>
    </message>
    <message>
        <source>the time it was added: the picture does not say when it was taken</source>
        <translation>时间为添加的时间：图片里没有拍摄时间</translation>
    </message>
</context>
<context>
    <name>CaseTransfer</name>
    <message>
        <source>The case could not be copied (%1).</source>
        <translation>无法复制案件（%1）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有做任何改动。</translation>
    </message>
    <message>
        <source>A piece of evidence (SHA-256 %1) does not match its hash: its content was changed or damaged.</source>
        <translation>一份证据（SHA-256 %1）与其哈希值不符：内容已被改动或损坏。</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>没有编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>A case cannot be exported over the library it comes from.</source>
        <translation>不能把案件导出并覆盖它所在的资料库。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The exported case did not verify: %1</source>
        <translation>导出的案件未通过校验：%1</translation>
    </message>
    <message>
        <source>This library was opened read-only.</source>
        <translation>此资料库以只读方式打开。</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>找不到案件文件 %1。</translation>
    </message>
    <message>
        <source>A library cannot be imported into itself.</source>
        <translation>资料库不能导入到它自己。</translation>
    </message>
    <message>
        <source>%1 is not a Plaint case file: %2</source>
        <translation>%1 不是 Plaint 案件文件：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: it failed its check. %2</source>
        <translation>未导入 %1：校验未通过。%2</translation>
    </message>
    <message>
        <source>%1 holds %2 cases; a case file holds exactly one. Nothing was imported.</source>
        <translation>%1 包含 %2 个案件；案件文件只能包含一个。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This case (&quot;%1&quot;) is already in the library as case %2. Nothing was imported; import it as a copy to have it twice.</source>
        <translation>此案件（“%1”）已在资料库中，编号 %2。没有导入任何内容；如需保留两份，请作为副本导入。</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1（导入副本 %2）</translation>
    </message>
    <message>
        <source>%1 was not imported: a promise is settled by an event outside the case.</source>
        <translation>未导入 %1：有一项承诺的结果由案件之外的事件认定。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>没有找到文件 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>无法读取 %1：没有权限。</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Plaint case file or library.</source>
        <translation>%1 不是 Plaint 案件文件，也不是 Plaint 资料库。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is from an earlier Plaint and needs upgrading, but no room could be made for a copy beside your library: %2</source>
        <translation>%1 由较早版本的 Plaint 生成，需要升级，但无法在你的资料库旁边建立副本：%2</translation>
    </message>
    <message>
        <source>%1 is from an earlier Plaint and could not be copied to be upgraded: %2</source>
        <translation>%1 由较早版本的 Plaint 生成，无法复制出副本进行升级：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>plaint: &quot;%1&quot; needs an action, e.g. &quot;%1 add&quot; (see plaint --help).</source>
        <translation>plaint：“%1”需要一个操作，例如“%1 add”（见 plaint --help）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Plaint command (see plaint --help).</source>
        <translation>“%1”不是 Plaint 的命令（见 plaint --help）。</translation>
    </message>
    <message>
        <source>The library file to use.</source>
        <translation>要使用的资料库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show Plaint&apos;s version.</source>
        <translation>显示 Plaint 的版本。</translation>
    </message>
    <message>
        <source>What to do; see above.</source>
        <translation>要做什么；见上文。</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>资料库：%1</translation>
    </message>
    <message numerus="yes">
        <source>plaint: %1 is not a case file but a Plaint library of its own, with %n case(s); nothing was imported. Use it with: plaint --library %1 case list</source>
        <translation>
            <numerusform>plaint：%1 不是案件文件，而是一个独立的 Plaint 资料库，其中有 %n 个案件；未导入任何内容。可以这样使用它：plaint --library %1 case list</numerusform>
        </translation>
    </message>
    <message>
        <source>Plaint keeps the record of a dispute with a company: every call, visit,
message and letter, who said what and when, each promise and its deadline,
and the evidence.

Usage: plaint [--library FILE] VERB ...

  case add --title T --company C [--account A] [--jurisdiction CN|US|UK|EU|other]
           [--outcome TEXT] [--amount N --currency CNY]        prints the new case id
  case edit --id ID [same options] [--status open|escalated|resolved|abandoned]
  case list [--json]
  case trash --id ID | case restore --id ID
  case export --case ID -o FILE.plaint [--json]
                                              the case, its evidence and its journal
                                              in one file to hand to someone
  case import FILE.plaint [--as-copy] [--json]
                                              checks a case file and adds it; prints
                                              the new case id
  event add --case ID --at 2021-04-18T10:15+08:00
            --channel phone|store|app|chat|sms|email|letter|social|note
            [--direction out|in|note] [--duration MINUTES] [--hold MINUTES]
            [--travel MINUTES] [--agent ID] [--agent-name NAME] [--ref REF]
            --summary TEXT [--quote TEXT]... [--outcome TEXT] [--final-answer]
            [--attach FILE]...                                 prints the new event id
  event edit --id ID [same options as add]
  event trash --id ID | event restore --id ID
  event history --id ID [--json]                              earlier versions
  trash --case ID [--json]                                    events in the trash
  promise add --event ID --text TEXT [--due 2021-04-20T10:00+08:00]
                                                              prints the new promise id
  promise set --id ID (--kept|--broken|--pending) [--settled-by EVENT_ID]
  attach --event ID FILE...                   prints one &quot;sha256  name&quot; line per file
  evidence save --sha SHA256 -o FILE          writes a piece of evidence out, checked
  search --case ID TEXT [--json]
  show --case ID [--json]
  verify --library [--json]                   checks the journal, every record and
                                              every piece of evidence
  promises --case ID [--as-of TIME] [--json]  every promise: pending, kept, broken or OVERDUE
  deadlines --case ID --ics FILE              pending deadlines as an iCalendar file
  analyse --case ID [--final-answer DATE] [--as-of TIME] [--json]
                                              contacts, time lost, promises, runarounds,
                                              and from when you may escalate, to whom
  suggest --at TIME [--jurisdiction J] [--json] TEXT
                                              the time-bound promises found in TEXT
  import sms|calls FILE... --case ID --numbers 10086,10010
                                              SMS/MMS or calls with those numbers from
                                              SMS Backup &amp; Restore XML files
  import email FILE... --case ID [--me ADDRESS,...]
                                              .eml files or mbox mailboxes
  import text FILE... --case ID [--channel chat|sms] [--encoding GB18030]
         [--copied DATE]                      a pasted chat or SMS thread (FILE - reads
                                              standard input), split by its times
  import photos FILE... --case ID             screenshots and photos, timed by EXIF or name
      every import: [--promises] [--dry-run] [--json]; it lands whole or not at all,
      what is already in the case is not added twice, and Ctrl+C leaves nothing
  export --case ID --audience regulator|association|court --lang en|zh_CN|zh_TW
         [--jurisdiction CN|US|UK|EU|generic] [--complainant NAME] [--phone N]...
         [--id-number ID] [--email E] [--address A] [--redact] [--redact-term T]...
         [--mask SHA256:X,Y,W,H]... [--from DATE --to DATE] [--attach-originals]
         [--exhibits NAMES.json] (-o FILE.pdf | --bundle FILE.zip)
                                              the complaint dossier
  verify FILE.pdf|FILE.zip [--library [LIB]] [--json]
                                              checks a dossier&apos;s exhibits and hashes, and
                                              its journal head against the library

Times without an offset are taken in this computer&apos;s time zone.
Exit codes: 0 done, 1 verify found a problem, 2 bad input (nothing was written).</source>
        <translation>Plaint 为你记录与商家之间的纠纷：每一次通话、到店、消息和信件，
谁在什么时候说了什么，每一项承诺及其期限，以及相关证据。

用法：plaint [--library 文件] 命令 ...

  case add --title T --company C [--account A] [--jurisdiction CN|US|UK|EU|other]
           [--outcome 文本] [--amount N --currency CNY]        输出新案件的编号
  case edit --id ID [同上选项] [--status open|escalated|resolved|abandoned]
  case list [--json]
  case trash --id ID | case restore --id ID
  case export --case ID -o 文件.plaint [--json]
                                              将案件及其证据和日志写入一个文件，
                                              方便交给别人
  case import 文件.plaint [--as-copy] [--json]
                                              校验案件文件并添加；输出新案件的编号
  event add --case ID --at 2021-04-18T10:15+08:00
            --channel phone|store|app|chat|sms|email|letter|social|note
            [--direction out|in|note] [--duration 分钟] [--hold 分钟]
            [--travel 分钟] [--agent 工号] [--agent-name 姓名] [--ref 单号]
            --summary 文本 [--quote 文本]... [--outcome 文本] [--final-answer]
            [--attach 文件]...                                 输出新事件的编号
  event edit --id ID [与 add 相同的选项]
  event trash --id ID | event restore --id ID
  event history --id ID [--json]                              历史版本
  trash --case ID [--json]                                    回收站中的事件
  promise add --event ID --text 文本 [--due 2021-04-20T10:00+08:00]
                                                              输出新承诺的编号
  promise set --id ID (--kept|--broken|--pending) [--settled-by 事件ID]
  attach --event ID 文件...                   每个文件输出一行“sha256  文件名”
  evidence save --sha SHA256 -o 文件          导出一份证据，并校验
  search --case ID 文本 [--json]
  show --case ID [--json]
  verify --library [--json]                   校验日志、每条记录和每份证据
  promises --case ID [--as-of 时间] [--json]  所有承诺：待兑现、已兑现、未兑现或已逾期
  deadlines --case ID --ics 文件              将未到期的期限导出为 iCalendar 文件
  analyse --case ID [--final-answer 日期] [--as-of 时间] [--json]
                                              联系次数、耗费时间、承诺、踢皮球，
                                              以及何时可以向谁升级投诉
  suggest --at 时间 [--jurisdiction J] [--json] 文本
                                              找出文本中带期限的承诺
  import sms|calls 文件... --case ID --numbers 10086,10010
                                              从 SMS Backup &amp; Restore 的 XML 文件中
                                              导入与这些号码的短信/彩信或通话
  import email 文件... --case ID [--me 邮箱地址,...]
                                              .eml 文件或 mbox 邮箱
  import text 文件... --case ID [--channel chat|sms] [--encoding GB18030]
         [--copied 日期]                      粘贴的聊天或短信记录（文件为 - 时读取
                                              标准输入），按其中的时间拆分
  import photos 文件... --case ID             截图和照片，按 EXIF 或文件名定时间
      所有导入：[--promises] [--dry-run] [--json]；不是全部导入，就是完全不写入，
      案件中已有的内容不会重复添加；按 Ctrl+C 中断则什么也不留下
  export --case ID --audience regulator|association|court --lang en|zh_CN|zh_TW
         [--jurisdiction CN|US|UK|EU|generic] [--complainant 姓名] [--phone 号码]...
         [--id-number 证件号] [--email 邮箱] [--address 地址] [--redact] [--redact-term 词]...
         [--mask SHA256:X,Y,W,H]... [--from 日期 --to 日期] [--attach-originals]
         [--exhibits 名称.json] (-o 文件.pdf | --bundle 文件.zip)
                                              投诉案卷
  verify 文件.pdf|文件.zip [--library [资料库]] [--json]
                                              校验案卷中的证据和哈希值，
                                              以及其日志末条哈希值是否与资料库一致

不带时区偏移的时间按本机时区理解。
退出码：0 完成；1 校验发现问题；2 输入有误（未写入任何内容）。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The case.</source>
        <translation>案件。</translation>
    </message>
    <message>
        <source>The day the company gave a final answer you do not accept (a deadlock letter).</source>
        <translation>商家给出你不接受的最终答复的日期（最终处理意见）。</translation>
    </message>
    <message>
        <source>Judge overdue and elapsed days at this time instead of now.</source>
        <translation>以此时间而非当前时间判断逾期和已过天数。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Case %1: %2 (%3)</source>
        <translation>案件 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Days since first contact: %1 (first contact %2).</source>
        <translation>距首次联系已过天数：%1（首次联系于 %2）。</translation>
    </message>
    <message>
        <source>Promises: %1 made, %2 kept, %3 broken, %4 pending, of which %5 OVERDUE.</source>
        <translation>承诺：共 %1 项，已兑现 %2 项，未兑现 %3 项，待兑现 %4 项，其中已逾期 %5 项。</translation>
    </message>
    <message>
        <source>Agents involved: %1</source>
        <translation>涉及的客服：%1</translation>
    </message>
    <message>
        <source>Runaround: none found (%1 referral(s)).</source>
        <translation>踢皮球：未发现（共被推诿 %1 次）。</translation>
    </message>
    <message>
        <source>Runaround: %1 referral(s) in %2 runaround(s).</source>
        <translation>踢皮球：共被推诿 %1 次（%2 轮）。</translation>
    </message>
    <message>
        <source> (back to a place already tried)</source>
        <translation>（又回到已经试过的地方）</translation>
    </message>
    <message>
        <source>event #%1 %2: %3 → %4%5 “%6”</source>
        <translation>事件 #%1 %2：%3 → %4%5 “%6”</translation>
    </message>
    <message>
        <source>Escalation: no contact with the company recorded yet, or no rule in force on that date.</source>
        <translation>升级投诉：尚未记录与商家的联系，或该日期没有有效的规定。</translation>
    </message>
    <message>
        <source>Escalation (%1), counting from your first complaint on %2:</source>
        <translation>升级投诉（%1），自你首次投诉之日 %2 起算：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>不确定：%1</translation>
    </message>
    <message>
        <source>Short title of the dispute.</source>
        <translation>纠纷的简短标题。</translation>
    </message>
    <message>
        <source>The company the case is against.</source>
        <translation>被投诉的商家。</translation>
    </message>
    <message>
        <source>Your phone or account number with them.</source>
        <translation>你在该商家的手机号或账号。</translation>
    </message>
    <message>
        <source>CN, US, UK, EU or other.</source>
        <translation>CN、US、UK、EU 或 other。</translation>
    </message>
    <message>
        <source>What you want to happen.</source>
        <translation>你希望的处理结果。</translation>
    </message>
    <message>
        <source>Amount in dispute.</source>
        <translation>争议金额。</translation>
    </message>
    <message>
        <source>Currency of the amount, e.g. CNY.</source>
        <translation>金额的币种，例如 CNY。</translation>
    </message>
    <message>
        <source>open, escalated, resolved or abandoned.</source>
        <translation>open、escalated、resolved 或 abandoned。</translation>
    </message>
    <message>
        <source>--jurisdiction takes one of %1, not &quot;%2&quot;.</source>
        <translation>--jurisdiction 应为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--status takes one of %1, not &quot;%2&quot;.</source>
        <translation>--status 应为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--currency goes with --amount.</source>
        <translation>--currency 须与 --amount 一起使用。</translation>
    </message>
    <message>
        <source>--amount needs --currency, e.g. --currency CNY.</source>
        <translation>--amount 需要 --currency，例如 --currency CNY。</translation>
    </message>
    <message>
        <source>No cases yet. Start one with: plaint case add --title T --company C</source>
        <translation>还没有案件。新建一个：plaint case add --title T --company C</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n 项承诺已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;case %1&quot; is not a Plaint command; use case add, edit, list, trash or restore.</source>
        <translation>“case %1”不是 Plaint 的命令；请用 case add、edit、list、trash 或 restore。</translation>
    </message>
    <message>
        <source>The library file to use.</source>
        <translation>要使用的资料库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1: %2 (see plaint --help)</source>
        <translation>%1：%2（见 plaint --help）</translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1：缺少 %2。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1：多余的参数“%2”。</translation>
    </message>
    <message>
        <source>There is no library at %1 yet; start one with: plaint case add --title T --company C</source>
        <translation>%1 还没有资料库；新建一个：plaint case add --title T --company C</translation>
    </message>
    <message>
        <source>%1: --%2 is required.</source>
        <translation>%1：必须提供 --%2。</translation>
    </message>
    <message>
        <source>--%1 takes a number such as 12, not &quot;%2&quot;.</source>
        <translation>--%1 应为数字，例如 12，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date and time; write it like 2021-04-18T10:15+08:00.</source>
        <translation>--%1：“%2”不是日期时间；请写成 2021-04-18T10:15+08:00 的形式。</translation>
    </message>
    <message>
        <source>--%1 takes minutes, such as 25, 12.5 or 12:30 (minutes:seconds), not &quot;%2&quot;.</source>
        <translation>--%1 应为分钟数，例如 25、12.5 或 12:30（分:秒），而不是“%2”。</translation>
    </message>
    <message>
        <source>The iCalendar file to write.</source>
        <translation>要写入的 iCalendar 文件。</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 deadline(s) to %2.</source>
        <translation>已将 %1 个期限写入 %2。</translation>
    </message>
    <message>
        <source>The case the event belongs to.</source>
        <translation>事件所属的案件。</translation>
    </message>
    <message>
        <source>When it happened, e.g. 2021-04-18T10:15+08:00.</source>
        <translation>发生时间，例如 2021-04-18T10:15+08:00。</translation>
    </message>
    <message>
        <source>phone, store, app, chat, sms, email, letter, social or note.</source>
        <translation>phone、store、app、chat、sms、email、letter、social 或 note。</translation>
    </message>
    <message>
        <source>out (you contacted them), in (they contacted you) or note.</source>
        <translation>out（你联系对方）、in（对方联系你）或 note。</translation>
    </message>
    <message>
        <source>How long it took, in minutes (hold time included).</source>
        <translation>持续多久，以分钟计（含等待时间）。</translation>
    </message>
    <message>
        <source>The agent&apos;s ID, e.g. 23338.</source>
        <translation>客服工号，例如 23338。</translation>
    </message>
    <message>
        <source>The agent&apos;s name.</source>
        <translation>客服姓名。</translation>
    </message>
    <message>
        <source>Reference or ticket number.</source>
        <translation>受理单号或工单号。</translation>
    </message>
    <message>
        <source>What happened, in a sentence.</source>
        <translation>发生了什么，一句话。</translation>
    </message>
    <message>
        <source>Their words, verbatim; repeat for several.</source>
        <translation>对方的原话，逐字记录；可重复多次。</translation>
    </message>
    <message>
        <source>How it ended.</source>
        <translation>结果如何。</translation>
    </message>
    <message>
        <source>A file of evidence; repeat for several.</source>
        <translation>证据文件；可重复多次。</translation>
    </message>
    <message>
        <source>--channel takes one of %1, not &quot;%2&quot;.</source>
        <translation>--channel 应为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--direction takes one of %1, not &quot;%2&quot;.</source>
        <translation>--direction 应为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>The event.</source>
        <translation>事件。</translation>
    </message>
    <message>
        <source>Event %1 has not been edited.</source>
        <translation>事件 %1 没有被编辑过。</translation>
    </message>
    <message>
        <source>Revision %1, replaced %2:</source>
        <translation>版本 %1，于 %2 被替换：</translation>
    </message>
    <message>
        <source>Current (revision %1):</source>
        <translation>当前（版本 %1）：</translation>
    </message>
    <message>
        <source>The trash of case %1 is empty.</source>
        <translation>案件 %1 的回收站是空的。</translation>
    </message>
    <message>
        <source>&quot;event %1&quot; is not a Plaint command; use event add, edit, trash, restore or history.</source>
        <translation>“event %1”不是 Plaint 的命令；请用 event add、edit、trash、restore 或 history。</translation>
    </message>
    <message>
        <source>The event the evidence belongs to.</source>
        <translation>证据所属的事件。</translation>
    </message>
    <message>
        <source>a file to attach</source>
        <translation>要附加的文件</translation>
    </message>
    <message>
        <source>&quot;evidence %1&quot; is not a Plaint command; use evidence save.</source>
        <translation>“evidence %1”不是 Plaint 的命令；请用 evidence save。</translation>
    </message>
    <message>
        <source>The evidence&apos;s SHA-256.</source>
        <translation>证据的 SHA-256。</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>写到哪里。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>The event in which it was promised.</source>
        <translation>作出承诺的事件。</translation>
    </message>
    <message>
        <source>What was promised.</source>
        <translation>承诺的内容。</translation>
    </message>
    <message>
        <source>By when, e.g. 2021-04-20T10:00+08:00.</source>
        <translation>期限，例如 2021-04-20T10:00+08:00。</translation>
    </message>
    <message>
        <source>The promise.</source>
        <translation>承诺。</translation>
    </message>
    <message>
        <source>They did what they promised.</source>
        <translation>对方兑现了承诺。</translation>
    </message>
    <message>
        <source>They did not.</source>
        <translation>对方没有兑现。</translation>
    </message>
    <message>
        <source>Not settled yet.</source>
        <translation>尚未有结果。</translation>
    </message>
    <message>
        <source>The event that showed it.</source>
        <translation>能说明结果的事件。</translation>
    </message>
    <message>
        <source>promise set: give exactly one of --kept, --broken or --pending.</source>
        <translation>promise set：--kept、--broken、--pending 只能且必须给出一个。</translation>
    </message>
    <message>
        <source>&quot;promise %1&quot; is not a Plaint command; use promise add or promise set.</source>
        <translation>“promise %1”不是 Plaint 的命令；请用 promise add 或 promise set。</translation>
    </message>
    <message>
        <source>Judge overdue at this time instead of now.</source>
        <translation>以此时间而非当前时间判断逾期。</translation>
    </message>
    <message>
        <source>No promises recorded in case %1.</source>
        <translation>案件 %1 中没有记录任何承诺。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>#%1 [%2] due %3 — %4 (promised %5, event #%6)</source>
        <translation>#%1 [%2] 期限 %3 — %4（承诺于 %5，事件 #%6）</translation>
    </message>
    <message>
        <source>%1 promise(s), %2 overdue.</source>
        <translation>共 %1 项承诺，%2 项已逾期。</translation>
    </message>
    <message>
        <source>The case to search.</source>
        <translation>要搜索的案件。</translation>
    </message>
    <message>
        <source>the text to search for</source>
        <translation>要搜索的文字</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) found.</source>
        <translation>
            <numerusform>找到 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case to show.</source>
        <translation>要显示的案件。</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>被投诉方：%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>Jurisdiction: %1   Status: %2</source>
        <translation>管辖地：%1   状态：%2</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>诉求：%1</translation>
    </message>
    <message>
        <source>Amount in dispute: %1</source>
        <translation>争议金额：%1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>客服：%1</translation>
    </message>
    <message>
        <source>When the words were said, e.g. 2021-04-18T10:15+08:00.</source>
        <translation>对方说这些话的时间，例如 2021-04-18T10:15+08:00。</translation>
    </message>
    <message>
        <source>Whose business days and holidays to use: CN, US, UK, EU or other.</source>
        <translation>按哪里的工作日和节假日计算：CN、US、UK、EU 或 other。</translation>
    </message>
    <message>
        <source>the text to read</source>
        <translation>要读取的文字</translation>
    </message>
    <message>
        <source>No time-bound promise found.</source>
        <translation>没有找到带期限的承诺。</translation>
    </message>
    <message>
        <source>no date (vague: ask them by when)</source>
        <translation>无日期（说法含糊：问清对方具体期限）</translation>
    </message>
    <message>
        <source>%1  [%2, %3%]  “%4”  %5</source>
        <translation>%1  [%2，%3%]  “%4”  %5</translation>
    </message>
    <message>
        <source>No holiday data for %1: only weekends were skipped.</source>
        <translation>没有 %1 的节假日数据：只跳过了周末。</translation>
    </message>
    <message>
        <source>verify: unexpected argument &quot;%1&quot;.</source>
        <translation>verify：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>正常：%1</translation>
    </message>
    <message numerus="yes">
        <source>Journal: %n entries, unbroken. Head: %1</source>
        <translation>
            <numerusform>日志：共 %n 条，链条完整。末条哈希值：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n file(s) re-hashed, all match.</source>
        <translation>
            <numerusform>证据：重新计算了 %n 个文件的哈希值，全部一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record matches its last journal entry.</source>
        <translation>每条记录都与其最后一条日志一致。</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>First journal entry that does not match: %1</source>
        <translation>第一条不一致的日志：%1</translation>
    </message>
    <message>
        <source>The case to export.</source>
        <translation>要导出的案件。</translation>
    </message>
    <message>
        <source>en, zh_CN or zh_TW.</source>
        <translation>en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Your name, for the cover.</source>
        <translation>你的姓名，印在封面上。</translation>
    </message>
    <message>
        <source>Your phone number (repeatable).</source>
        <translation>你的电话号码（可重复）。</translation>
    </message>
    <message>
        <source>Your ID-card number.</source>
        <translation>你的身份证号码。</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>你的电子邮箱。</translation>
    </message>
    <message>
        <source>Your postal address.</source>
        <translation>你的通信地址。</translation>
    </message>
    <message>
        <source>Hide your personal details behind black boxes.</source>
        <translation>用黑框遮盖你的个人信息。</translation>
    </message>
    <message>
        <source>Another word to hide (repeatable).</source>
        <translation>另一个要遮盖的词（可重复）。</translation>
    </message>
    <message>
        <source>Black out a region of an image exhibit: SHA256:X,Y,W,H in its pixels.</source>
        <translation>遮盖图片证据中的一块区域：SHA256:X,Y,W,H，单位为像素。</translation>
    </message>
    <message>
        <source>First day to include.</source>
        <translation>包含的第一天。</translation>
    </message>
    <message>
        <source>Last day to include.</source>
        <translation>包含的最后一天。</translation>
    </message>
    <message>
        <source>Also embed the original evidence files in the PDF.</source>
        <translation>同时把原始证据文件嵌入 PDF。</translation>
    </message>
    <message>
        <source>The moment the dossier is made as (for overdue promises).</source>
        <translation>按哪个时间生成案卷（用于判断承诺是否逾期）。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Write a ZIP bundle instead.</source>
        <translation>改为写入 ZIP 证据包。</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>export: give either -o FILE.pdf or --bundle FILE.zip.</source>
        <translation>export：请给出 -o 文件.pdf 或 --bundle 文件.zip 其中之一。</translation>
    </message>
    <message>
        <source>export: --lang must be en, zh_CN or zh_TW.</source>
        <translation>export：--lang 必须是 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>export: --jurisdiction must be one of %1.</source>
        <translation>export：--jurisdiction 必须是 %1 之一。</translation>
    </message>
    <message>
        <source>export: --redact-term needs --redact.</source>
        <translation>export：--redact-term 需要与 --redact 一起使用。</translation>
    </message>
    <message>
        <source>export: --mask must look like SHA256:X,Y,W,H (pixels), not &quot;%1&quot;.</source>
        <translation>export：--mask 的格式应为 SHA256:X,Y,W,H（像素），而不是“%1”。</translation>
    </message>
    <message>
        <source>export: --%1 must be a date like 2021-04-06.</source>
        <translation>export：--%1 必须是日期，例如 2021-04-06。</translation>
    </message>
    <message>
        <source>export: --from is after --to.</source>
        <translation>export：--from 晚于 --to。</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 exhibits.</source>
        <translation>已写入 %1：%2 页，%3 份证据。</translation>
    </message>
    <message>
        <source>Journal head: %1</source>
        <translation>日志末条哈希值：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>verify: %1 does not exist.</source>
        <translation>verify：%1 不存在。</translation>
    </message>
    <message>
        <source>To check the journal head too: plaint verify %1 --library LIBRARY</source>
        <translation>如需同时校验日志末条哈希值：plaint verify %1 --library 资料库</translation>
    </message>
    <message>
        <source>verify: say what to check, e.g. plaint verify --library, or plaint verify DOSSIER.pdf</source>
        <translation>verify：请说明要校验什么，例如 plaint verify --library 或 plaint verify 案卷.pdf</translation>
    </message>
    <message>
        <source>The case file to write (.plaint).</source>
        <translation>要写入的案件文件（.plaint）。</translation>
    </message>
    <message>
        <source>Journal head of the case file: %1</source>
        <translation>案件文件的日志末条哈希值：%1</translation>
    </message>
    <message>
        <source>Import a case already in the library again, as a copy.</source>
        <translation>将已在资料库中的案件作为副本再导入一次。</translation>
    </message>
    <message>
        <source>the case file (.plaint)</source>
        <translation>案件文件（.plaint）</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; is not a Plaint command; use import sms, calls, email, text or photos.</source>
        <translation>“import %1”不是 Plaint 的命令；请用 import sms、calls、email、text 或 photos。</translation>
    </message>
    <message>
        <source>The case the events belong to.</source>
        <translation>事件所属的案件。</translation>
    </message>
    <message>
        <source>The company&apos;s phone numbers, e.g. 10086,10010.</source>
        <translation>商家的电话号码，例如 10086,10010。</translation>
    </message>
    <message>
        <source>For e-mail: your own addresses, whose messages are outgoing.</source>
        <translation>用于电子邮件：你自己的邮箱地址，从这些地址发出的邮件算作你发出的。</translation>
    </message>
    <message>
        <source>For text and photos: the channel of the events.</source>
        <translation>用于文本和照片：事件的渠道。</translation>
    </message>
    <message>
        <source>For text: the file&apos;s encoding, e.g. GB18030 or Big5.</source>
        <translation>用于文本：文件的编码，例如 GB18030 或 Big5。</translation>
    </message>
    <message>
        <source>Attach the time-bound promises found in the company&apos;s words.</source>
        <translation>附上从商家话语中找到的带期限的承诺。</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>只显示将导入的内容；不写入任何东西。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>a file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Say whose messages to import with --numbers, e.g. --numbers 10086,10010: a phone backup holds everyone&apos;s, and only the company&apos;s belong in the case.</source>
        <translation>请用 --numbers 指明导入谁的消息，例如 --numbers 10086,10010：手机备份里有所有人的消息，只有商家的才属于这个案件。</translation>
    </message>
    <message>
        <source>--channel must be one of %1.</source>
        <translation>--channel 必须是 %1 之一。</translation>
    </message>
    <message>
        <source>= %1 (already in the case)</source>
        <translation>= %1（已在案件中）</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>+ #%1 %2</source>
        <translation>+ #%1 %2</translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n event(s) would be added</source>
        <translation>
            <numerusform>试运行：将添加 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>已添加 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing… %1% of the file read, %n event(s) so far</source>
        <translation>
            <numerusform>正在导入… 已读取文件的 %1%，目前 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>正在导入… %1/%2</translation>
    </message>
    <message>
        <source>For text: the day it was copied, for 今天, 昨天 and dates without a year.</source>
        <translation>用于文本：复制的日期，用来推算“今天”“昨天”和没有年份的日期。</translation>
    </message>
    <message>
        <source>--copied must be a day such as 2021-03-19, not &quot;%1&quot;.</source>
        <translation>--copied 应为日期，例如 2021-03-19，而不是“%1”。</translation>
    </message>
    <message>
        <source>Name its encoding with --encoding, e.g. --encoding %1.</source>
        <translation>请用 --encoding 指定它的编码，例如 --encoding %1。</translation>
    </message>
    <message>
        <source>= %1 (twice in this file)</source>
        <translation>= %1（在此文件中出现了两次）</translation>
    </message>
    <message>
        <source>= %1 (earlier in this import)</source>
        <translation>= %1（本次导入中前面已有）</translation>
    </message>
    <message>
        <source>! %1: %2</source>
        <translation>! %1：%2</translation>
    </message>
    <message>
        <source>%1 with %2 piece(s) of evidence; %3 already in the case; %4 skipped.</source>
        <translation>%1，含 %2 份证据；%3 个已在案件中；跳过 %4 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) appeared twice and were taken once.</source>
        <translation>
            <numerusform>有 %n 项出现了两次，只导入了一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) found in the company&apos;s words.</source>
        <translation>
            <numerusform>在商家的话中找到 %n 项承诺。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the lines marked !.</source>
        <translation>
            <numerusform>%n 条警告：见标有 ! 的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Time on calls: %1 in %2 call(s); %3 without a recorded duration.</source>
        <translation>通话时间：%2 次通话共 %1；%3 次未记录时长。</translation>
    </message>
    <message>
        <source>Time on hold (part of the call time): %1, recorded for %2 of %3 call(s).</source>
        <translation>等待时间（包含在通话时间内）：%1，%3 次通话中有 %2 次记录了等待时间。</translation>
    </message>
    <message>
        <source>Time on hold: not recorded.</source>
        <translation>等待时间：未记录。</translation>
    </message>
    <message>
        <source>Store visits: %1, recorded time %2, %3 without a recorded duration.</source>
        <translation>到营业厅 %1 次，记录的时间共 %2，%3 次未记录时长。</translation>
    </message>
    <message>
        <source>Time travelling: %1, recorded for %2 event(s).</source>
        <translation>路上花费的时间：%1（%2 个事件有记录）。</translation>
    </message>
    <message>
        <source>Time travelling: not recorded (it counts only where you included it in a visit&apos;s duration).</source>
        <translation>路上花费的时间：未记录（只有计入到店时长的部分才算在内）。</translation>
    </message>
    <message>
        <source>request %1:</source>
        <translation>工单 %1：</translation>
    </message>
    <message>
        <source>The company&apos;s final answer: %1.</source>
        <translation>公司的最终答复：%1。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>After %1: %2, %3 day(s) after you have taken that step; you will need: %4</source>
        <translation>在“%1”之后：%2，在你完成那一步 %3 天后；需要：%4</translation>
    </message>
    <message>
        <source>%1 (approximate: no final holiday data for %2)</source>
        <translation>%1（约数：没有 %2 年的最终节假日数据）</translation>
    </message>
    <message>
        <source>Asked of you, not a promise of theirs: a deadline for you to meet.</source>
        <translation>这是对你的要求，不是对方的承诺：是你需要遵守的期限。</translation>
    </message>
    <message>
        <source>Approximate: the holidays of %1 are provisional (make-up days and weekend working days not yet announced).</source>
        <translation>约数：%1 年的节假日是暂定的（补假和调休上班日尚未公布）。</translation>
    </message>
    <message>
        <source>Of that, the minutes you were kept on hold.</source>
        <translation>其中被要求等待（保持通话）的分钟数。</translation>
    </message>
    <message>
        <source>Minutes spent getting there and back (a visit).</source>
        <translation>往返路上花费的分钟数（到店办理时）。</translation>
    </message>
    <message>
        <source>This is the company&apos;s final answer (or deadlock letter) on your complaint.</source>
        <translation>这是商家对您投诉的最终答复（或明确拒绝处理的书面答复）。</translation>
    </message>
    <message>
        <source>This is not the company&apos;s final answer (undoes --final-answer).</source>
        <translation>这不是商家的最终答复（撤销 --final-answer）。</translation>
    </message>
    <message>
        <source>--final-answer and --not-final-answer cannot both be given.</source>
        <translation>--final-answer 和 --not-final-answer 不能同时使用。</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <comment>a channel and how many contacts went through it</comment>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>Contacts: %L1 (%2)</source>
        <translation>联系次数：%L1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 — %3  [%4]  %Ln event(s)</source>
        <translation>
            <numerusform>%1  %2 — %3  [%4]  %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (“%2”): %n event(s) written to %3</source>
        <translation>
            <numerusform>案件 %1（“%2”）：%n 个事件已写入 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (“%2”): %n event(s) imported; every record, the journal and every piece of evidence checked.</source>
        <translation>
            <numerusform>案件 %1（“%2”）：已导入 %n 个事件；每条记录、日志和每份证据都已校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal head of the case file: %1 (it must be the one the sender gave you)</source>
        <translation>案件文件的日志末条哈希值：%1（必须与发送方告诉你的一致）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s). Journal head: %1</source>
        <translation>
            <numerusform>共 %Ln 个事件。日志末条哈希值：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Who will read it: %1.</source>
        <translation>谁来阅读：%1。</translation>
    </message>
    <message>
        <source>Whose rules: %1 (default: the case&apos;s).</source>
        <translation>依据哪里的规定：%1（默认为案件本身的）。</translation>
    </message>
    <message>
        <source>A JSON file naming exhibits and what each proves: [{&quot;sha256&quot; or &quot;file&quot;: …, &quot;title&quot;: …, &quot;proves&quot;: …}].</source>
        <translation>一个 JSON 文件，写明各份证据的名称及证明目的：[{&quot;sha256&quot; 或 &quot;file&quot;: …, &quot;title&quot;: …, &quot;proves&quot;: …}]。</translation>
    </message>
    <message>
        <source>export: --audience must be one of %1.</source>
        <translation>export：--audience 必须是 %1 之一。</translation>
    </message>
    <message>
        <source>export: cannot read %1: %2</source>
        <translation>export：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>export: %1 must be a JSON list of {&quot;sha256&quot; or &quot;file&quot;, &quot;title&quot;, &quot;proves&quot;}: %2</source>
        <translation>export：%1 必须是由 {&quot;sha256&quot; 或 &quot;file&quot;, &quot;title&quot;, &quot;proves&quot;} 组成的 JSON 列表：%2</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>它不是列表</translation>
    </message>
    <message>
        <source>export: each entry of %1 needs &quot;sha256&quot; (64 hexadecimal digits) or &quot;file&quot;.</source>
        <translation>export：%1 的每一项都需要 &quot;sha256&quot;（64 位十六进制数字）或 &quot;file&quot;。</translation>
    </message>
    <message>
        <source>export: no evidence of case %1 is called &quot;%2&quot;.</source>
        <translation>export：案件 %1 中没有名为“%2”的证据。</translation>
    </message>
    <message>
        <source>export: several files of case %1 are called &quot;%2&quot;: name them by sha256.</source>
        <translation>export：案件 %1 中有多个文件名为“%2”：请用 sha256 指明。</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>%1 promised: %2</source>
        <translation>%1 承诺：%2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Promised on %1 (event #%2).</source>
        <translation>承诺于 %1（事件 #%2）。</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>期限 %1。</translation>
    </message>
    <message>
        <source>The due time is approximate: Plaint has no final holiday data for %1.</source>
        <translation>期限为约数：Plaint 没有 %1 年的最终节假日数据。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>客服：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>受理单号：%1</translation>
    </message>
    <message>
        <source>You may escalate to %1 (case: %2)</source>
        <translation>你可以转向%1（案件：%2）</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Last day to escalate to %1 (%2; case: %3)</source>
        <translation>向%1申诉的最后一天（%2；案件：%3）</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>Demo: moving from the 189 to the 129 plan</source>
        <translation>示例：从 189 元套餐改为 129 元套餐</translation>
    </message>
    <message>
        <source>Bright Mobile (example)</source>
        <translation>光明移动（示例）</translation>
    </message>
    <message>
        <source>Switch to the 129-yuan plan from May and refund the 60 yuan a month charged since April</source>
        <translation>从 5 月起改为 129 元套餐，并退还 4 月以来每月多收的 60 元</translation>
    </message>
    <message>
        <source>Bright Mobile</source>
        <translation>光明移动</translation>
    </message>
    <message>
        <source>This service can only be handled at a business hall.</source>
        <translation>该业务请到营业厅办理。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>The demo case&apos;s screenshot could not be made.</source>
        <translation>无法生成示例案件的截图。</translation>
    </message>
    <message>
        <source>Tried to change the plan in the app: it says this can only be done in a shop</source>
        <translation>在 App 里改套餐：提示只能去营业厅办理</translation>
    </message>
    <message>
        <source>Shop on Zhongshan Road: staff say plan changes are only done online</source>
        <translation>中山路营业厅：工作人员说改套餐只能在网上办</translation>
    </message>
    <message>
        <source>Ms Li, front desk</source>
        <translation>前台李女士</translation>
    </message>
    <message>
        <source>We cannot change plans here. Please use the app or call the hotline.</source>
        <translation>我们这里改不了套餐，请用 App 或者打客服热线。</translation>
    </message>
    <message>
        <source>Nothing done; 55 minutes including the bus there and back</source>
        <translation>没有办成；连同来回坐公交共花了 55 分钟</translation>
    </message>
    <message>
        <source>Hotline: told to go back to the shop; a call back promised within 48 hours</source>
        <translation>客服热线：让我再去营业厅；承诺 48 小时内回电</translation>
    </message>
    <message>
        <source>Plan changes have to be done at the business hall.</source>
        <translation>改套餐必须到营业厅办理。</translation>
    </message>
    <message>
        <source>I have logged it; a colleague will call you back within 48 hours.</source>
        <translation>我已经给您登记了，48 小时内会有同事给您回电。</translation>
    </message>
    <message>
        <source>Your 30-yuan voucher is extended to 31 May.</source>
        <translation>您的 30 元抵用券已经给您延期到 5 月 31 日了。</translation>
    </message>
    <message>
        <source>Complaint logged as GD20210406-0117</source>
        <translation>投诉已登记，受理单号 GD20210406-0117</translation>
    </message>
    <message>
        <source>A colleague will call back within 48 hours</source>
        <translation>48 小时内由同事回电</translation>
    </message>
    <message>
        <source>The 30-yuan voucher is extended to 31 May</source>
        <translation>30 元抵用券延期到 5 月 31 日</translation>
    </message>
    <message>
        <source>Nobody called back within the 48 hours promised</source>
        <translation>承诺的 48 小时内没有人回电</translation>
    </message>
    <message>
        <source>SMS from 10086: complaint received, reply promised within 3 working days</source>
        <translation>10086 来短信：投诉已受理，承诺 3 个工作日内答复</translation>
    </message>
    <message>
        <source>[Bright Mobile] Your complaint GD20210406-0117 has been received. We will reply within 3 working days.</source>
        <translation>【光明移动】您的投诉 GD20210406-0117 已受理，我们将在 3 个工作日内给您答复。</translation>
    </message>
    <message>
        <source>Second hotline call: now told the change can only be made in the app</source>
        <translation>第二次打客服热线：这次又说只能在 App 里改</translation>
    </message>
    <message>
        <source>Plan changes are self-service in the app now.</source>
        <translation>现在改套餐都是在 App 里自助办理的。</translation>
    </message>
    <message>
        <source>Third answer, third channel: app → shop → hotline → app</source>
        <translation>第三种说法，第三个渠道：App → 营业厅 → 热线 → App</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write the working copy of exhibit %1: %2</source>
        <translation>无法写入证据 %1 的工作副本：%2</translation>
    </message>
    <message>
        <source>The dossier data file %1 is missing.</source>
        <translation>缺少案卷数据文件 %1。</translation>
    </message>
    <message>
        <source>The dossier data file %1 is damaged: %2.</source>
        <translation>案卷数据文件 %1 已损坏：%2。</translation>
    </message>
    <message>
        <source>Unknown dossier language &quot;%1&quot;: use en, zh_CN or zh_TW.</source>
        <translation>未知的案卷语言“%1”：请使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Unknown jurisdiction &quot;%1&quot;: use %2.</source>
        <translation>未知的管辖地“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>The font %1 is not installed, and the dossier cannot be written without it (on Debian: apt install fonts-noto-cjk).</source>
        <translation>未安装字体 %1，没有它无法生成案卷（Debian 上：apt install fonts-noto-cjk）。</translation>
    </message>
    <message>
        <source>The dossier&apos;s pages could not be written: %1.</source>
        <translation>无法写入案卷页面：%1。</translation>
    </message>
    <message>
        <source>The dossier&apos;s pages do not match their layout.</source>
        <translation>案卷页面与其版式不一致。</translation>
    </message>
    <message>
        <source>The dossier PDF could not be assembled: %1</source>
        <translation>无法组装案卷 PDF：%1</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive, or it is damaged.</source>
        <translation>%1 不是 ZIP 压缩包，或已损坏。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 for the bundle.</source>
        <translation>无法读取 %1 以放入证据包。</translation>
    </message>
    <message>
        <source>%1 changed while the bundle was written.</source>
        <translation>写入证据包期间 %1 发生了变化。</translation>
    </message>
    <message>
        <source>%1 is neither a dossier PDF nor a dossier bundle (ZIP).</source>
        <translation>%1 既不是案卷 PDF，也不是案卷证据包（ZIP）。</translation>
    </message>
    <message>
        <source>%1 has no Plaint manifest: it is not a Plaint dossier, or it was rewritten by another program.</source>
        <translation>%1 没有 Plaint 清单：它不是 Plaint 案卷，或已被其他程序改写。</translation>
    </message>
    <message>
        <source>The manifest inside %1 is damaged.</source>
        <translation>%1 中的清单已损坏。</translation>
    </message>
    <message>
        <source>Manifest found: %1 exhibits, journal head %2.</source>
        <translation>找到清单：%1 份证据，日志末条哈希值 %2。</translation>
    </message>
    <message>
        <source>Exhibit %1: its image is missing from the PDF.</source>
        <translation>证据 %1：PDF 中缺少其图片。</translation>
    </message>
    <message>
        <source>Exhibit %1: the image in the PDF is not the one the dossier was made with.</source>
        <translation>证据 %1：PDF 中的图片不是生成案卷时所用的那张。</translation>
    </message>
    <message>
        <source>Exhibit %1: the JPEG in the PDF is the original file, SHA-256 %2.</source>
        <translation>证据 %1：PDF 中的 JPEG 即原始文件，SHA-256 %2。</translation>
    </message>
    <message>
        <source>Exhibit %1: the image data matches the manifest.</source>
        <translation>证据 %1：图片数据与清单一致。</translation>
    </message>
    <message>
        <source>Exhibit %1: the attached original does not match its SHA-256.</source>
        <translation>证据 %1：附带的原始文件与其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>Exhibit %1: the attached original file matches SHA-256 %2.</source>
        <translation>证据 %1：附带的原始文件与 SHA-256 %2 一致。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: %2</source>
        <translation>%1 无法作为 PDF 读取：%2</translation>
    </message>
    <message>
        <source>%1 is not a Plaint bundle: it needs dossier.pdf, manifest.json and SHA256SUMS.</source>
        <translation>%1 不是 Plaint 证据包：需要包含 dossier.pdf、manifest.json 和 SHA256SUMS。</translation>
    </message>
    <message>
        <source>SHA256SUMS has a line that is not &quot;hash  file&quot;: %1</source>
        <translation>SHA256SUMS 中有一行不是“哈希  文件”格式：%1</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in SHA256SUMS.</source>
        <translation>%1 在证据包中，但不在 SHA256SUMS 里。</translation>
    </message>
    <message>
        <source>%1 in the bundle is damaged.</source>
        <translation>证据包中的 %1 已损坏。</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS.</source>
        <translation>%1 与 SHA256SUMS 中的 SHA-256 不符。</translation>
    </message>
    <message>
        <source>%1 matches SHA-256 %2.</source>
        <translation>%1 与 SHA-256 %2 一致。</translation>
    </message>
    <message>
        <source>%1 is in SHA256SUMS but missing from the bundle.</source>
        <translation>%1 在 SHA256SUMS 里，但证据包中没有。</translation>
    </message>
    <message>
        <source>The manifest names %1, which does not match the bundle.</source>
        <translation>清单中写的是 %1，与证据包不符。</translation>
    </message>
    <message>
        <source>Cannot make a working copy of the dossier to check it.</source>
        <translation>无法生成案卷的工作副本以进行校验。</translation>
    </message>
    <message>
        <source>The dossier and the bundle&apos;s manifest name different journal heads.</source>
        <translation>案卷与证据包清单中的日志末条哈希值不同。</translation>
    </message>
    <message>
        <source>The journal head %1 is not in the library %2: the dossier was not made from it, or the library&apos;s history was changed.</source>
        <translation>日志末条哈希值 %1 不在资料库 %2 中：案卷并非由它生成，或资料库的历史被改动过。</translation>
    </message>
    <message>
        <source>The journal head is entry %1 of the library&apos;s journal; %2 entries were added since.</source>
        <translation>这个哈希值是资料库日志第 %1 条的哈希值；之后又新增了 %2 条。</translation>
    </message>
    <message>
        <source>Exhibit %1 is not in the library.</source>
        <translation>证据 %1 不在资料库中。</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>无法完成写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 characters could not be shown with the installed fonts and appear as boxes.</source>
        <translation>有 %1 个字符无法用已安装的字体显示，显示为方框。</translation>
    </message>
    <message>
        <source>Exhibit %1 (%2) could not be shown; the dossier says so on its page.</source>
        <translation>证据 %1（%2）无法显示；案卷会在该页注明。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>Cannot create a working folder: %1</source>
        <translation>无法创建工作文件夹：%1</translation>
    </message>
    <message>
        <source>A bundle carries the original evidence, which is not redacted. Export the bundle without redaction, or a redacted PDF on its own.</source>
        <translation>证据包会附带未遮盖的原始证据。请导出不遮盖的证据包，或单独导出遮盖后的 PDF。</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>你的电话号码</translation>
    </message>
    <message>
        <source>your phone number or e-mail address</source>
        <translation>你的电话号码或电子邮箱</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>你的电子邮箱</translation>
    </message>
    <message>
        <source>your postal address</source>
        <translation>你的通信地址</translation>
    </message>
    <message>
        <source>your ID-card number</source>
        <translation>你的身份证号码</translation>
    </message>
    <message>
        <source>the account or phone number the complaint is about (the case&apos;s account)</source>
        <translation>所投诉的账户或手机号码（案件的账户）</translation>
    </message>
    <message>
        <source>a contact in which you complained to %1 first (a call, visit or message you logged)</source>
        <translation>你先向%1投诉的记录（已记录的一次通话、到店或消息）</translation>
    </message>
    <message>
        <source>the reference or ticket number %1 gave you</source>
        <translation>%1给你的受理单号或工单号</translation>
    </message>
    <message>
        <source>the answer of %1 and when it came (an event from them, or one marked as their final answer); without one, %2 days after your first complaint</source>
        <translation>%1的答复及答复时间（对方发来的记录，或标记为最终答复的记录）；如未获答复，需在首次投诉%2天之后</translation>
    </message>
    <message>
        <source>the answer of %1 and when it came (an event from them, or one marked as their final answer)</source>
        <translation>%1的答复及答复时间（对方发来的记录，或标记为最终答复的记录）</translation>
    </message>
    <message>
        <source>what you ask for (the case&apos;s desired outcome)</source>
        <translation>你的请求（案件的期望结果）</translation>
    </message>
    <message>
        <source>the amount in dispute</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (a field Plaint does not know: the data file is newer than Plaint)</source>
        <translation>“%1”（Plaint 不认识的字段：数据文件比 Plaint 新）</translation>
    </message>
    <message>
        <source>%1 needs details that are missing: %2. Add them and export again.</source>
        <translation>%1需要的以下信息尚缺：%2。请补充后再导出。</translation>
    </message>
    <message>
        <source>Unknown audience &quot;%1&quot;: use %2.</source>
        <translation>未知的阅读对象“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>%1 has two manifests: Plaint writes one, so the file was changed after it was made.</source>
        <translation>%1 中有两份清单：Plaint 只写一份，说明该文件在生成后被改动过。</translation>
    </message>
    <message>
        <source>The journal head printed on the cover (%1) is not the one in the manifest (%2).</source>
        <translation>封面印的日志头（%1）与清单中的（%2）不一致。</translation>
    </message>
    <message>
        <source>The cover prints the manifest&apos;s journal head.</source>
        <translation>封面印的日志头与清单一致。</translation>
    </message>
    <message>
        <source>Exhibit %1: its pages in the PDF are not the ones the dossier was made with.</source>
        <translation>证据 %1：PDF 中的页面不是生成案卷时所用的页面。</translation>
    </message>
    <message>
        <source>Exhibit %1: its %2 pages match the manifest.</source>
        <translation>证据 %1：其 %2 页与清单一致。</translation>
    </message>
    <message>
        <source>The PDF shows %1, which the manifest does not account for.</source>
        <translation>PDF 中显示了 %1，但清单中没有对应记录。</translation>
    </message>
    <message>
        <source>The library&apos;s journal does not check out up to the dossier&apos;s head (entry %1): its history was changed.</source>
        <translation>资料库的日志到案卷的日志头（第 %1 条）为止校验不通过：其历史被改动过。</translation>
    </message>
    <message>
        <source>The library&apos;s journal chain was recomputed and is unbroken up to that entry.</source>
        <translation>已重新计算资料库的日志链，到该条为止完整无断。</translation>
    </message>
    <message>
        <source>The library&apos;s journal is damaged at entry %1, after this dossier was made: check it with plaint verify --library.</source>
        <translation>资料库的日志在第 %1 条处损坏，发生在本案卷生成之后：请用 plaint verify --library 检查。</translation>
    </message>
    <message>
        <source>Exhibit %1 cannot be read from the library.</source>
        <translation>无法从资料库读取证据 %1。</translation>
    </message>
    <message>
        <source>Exhibit %1: the library&apos;s copy does not match its SHA-256.</source>
        <translation>证据 %1：资料库中的副本与其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>Exhibit %1: the library&apos;s PDF has %2 pages, the dossier shows %3.</source>
        <translation>证据 %1：资料库中的 PDF 有 %2 页，案卷中显示 %3 页。</translation>
    </message>
    <message>
        <source>Exhibit %1 is in the library; its %2 pages are shown as redacted pictures, which cannot be re-made without the hidden words.</source>
        <translation>证据 %1 在资料库中；其 %2 页以遮盖后的图片显示，没有被遮盖的词语无法重新生成。</translation>
    </message>
    <message>
        <source>Exhibit %1: the dossier does not show it, but the library&apos;s file can be shown.</source>
        <translation>证据 %1：案卷没有显示它，但资料库中的文件是可以显示的。</translation>
    </message>
    <message>
        <source>Exhibit %1 is the library&apos;s evidence %2.</source>
        <translation>证据 %1 即资料库中的证据 %2。</translation>
    </message>
    <message>
        <source>Exhibit %1: what the PDF shows is not made from the library&apos;s evidence %2.</source>
        <translation>证据 %1：PDF 中显示的内容并非由资料库中的证据 %2 生成。</translation>
    </message>
    <message>
        <source>Exhibit %1: what the PDF shows is made from the library&apos;s evidence %2.</source>
        <translation>证据 %1：PDF 中显示的内容由资料库中的证据 %2 生成。</translation>
    </message>
    <message>
        <source>%1 is not a complete JPEG file.</source>
        <translation>%1 不是完整的 JPEG 文件。</translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <source>Evidence added: %1</source>
        <translation>已添加证据：%1</translation>
    </message>
    <message>
        <source>Evidence added: %1 (dated from %2: %3)</source>
        <translation>已添加证据：%1（时间依据 %2：%3）</translation>
    </message>
    <message>
        <source>Screenshot added (%1)</source>
        <translation>已添加截图（%1）</translation>
    </message>
    <message>
        <source>Image from %1 (%2)</source>
        <translation>来自 %1 的图片（%2）</translation>
    </message>
</context>
<context>
    <name>EmailImporter</name>
    <message>
        <source>The message is larger than %1 MB; Plaint does not import messages that large.</source>
        <translation>邮件超过 %1 MB；Plaint 不导入这么大的邮件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Message %1 of the mailbox is larger than %2 MB; Plaint does not import messages that large.</source>
        <translation>邮箱中的第 %1 封邮件超过 %2 MB；Plaint 不导入这么大的邮件。</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 封邮件</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>it has no readable Date header</source>
        <translation>没有可读的 Date 邮件头</translation>
    </message>
    <message>
        <source>E-mail to %1: %2</source>
        <translation>发给 %1 的邮件：%2</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>（无收件人）</translation>
    </message>
    <message>
        <source>E-mail from %1: %2</source>
        <translation>来自 %1 的邮件：%2</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>（发件人不明）</translation>
    </message>
    <message>
        <source>message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Imported with problems: %1.</source>
        <translation>导入时发现问题：%1。</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>You may escalate to %1 from %2; you will need: %3</source>
        <translation>自 %2 起，你可以转向%1；需要准备：%3</translation>
    </message>
    <message>
        <source>Plaint has no escalation rules for the jurisdiction &quot;%1&quot; yet.</source>
        <translation>Plaint 暂时没有管辖地“%1”的升级投诉规则。</translation>
    </message>
    <message>
        <source>Cannot read the escalation rules for %1.</source>
        <translation>无法读取 %1 的升级投诉规则。</translation>
    </message>
    <message>
        <source>The escalation rules in %1 are damaged: %2</source>
        <translation>%1 中的升级投诉规则已损坏：%2</translation>
    </message>
    <message>
        <source>The escalation rules in %1 are damaged: route &quot;%2&quot; is incomplete.</source>
        <translation>%1 中的升级投诉规则已损坏：途径“%2”不完整。</translation>
    </message>
    <message>
        <source>A newer rule is in force from %1; under it this step would open on %2. Check which applies to you.</source>
        <translation>自 %1 起有新规定生效；按新规定，这一步将于 %2 开始。请确认哪条规定适用于你。</translation>
    </message>
    <message>
        <source>It is open from %1 because the company gave its final answer that day.</source>
        <translation>公司在 %1 给出了最终答复，所以这一步从当天起即可进行。</translation>
    </message>
    <message>
        <source>The waiting period&apos;s last day, %1, is not a working day. If a period that ends on a day off runs on to the next working day here, this step opens on %2 instead. %3</source>
        <translation>等待期的最后一天 %1 不是工作日。如果这里适用“期间最后一日为休息日的，顺延至下一个工作日”，这一步要到 %2 才能进行。%3</translation>
    </message>
    <message>
        <source>Time limit: act by %1 (%2).</source>
        <translation>时限：最迟在 %1 提出（%2）。</translation>
    </message>
    <message>
        <source>Those dates are counted from your first complaint; if what you complain about happened earlier, count from that day, and act earlier.</source>
        <translation>以上日期从你首次投诉之日起算；如果你投诉的事情发生得更早，应从那天起算，并更早提出。</translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation>时限：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>No evidence with SHA-256 %1 is in this library.</source>
        <translation>此资料库中没有 SHA-256 为 %1 的证据。</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>未能读完该文件。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；没有添加任何内容。</translation>
    </message>
    <message>
        <source>The file changed size while it was being read.</source>
        <translation>读取过程中文件大小发生了变化。</translation>
    </message>
    <message>
        <source>The file could not be read a second time.</source>
        <translation>无法再次读取该文件。</translation>
    </message>
    <message>
        <source>The file could not be read to the end; nothing was added.</source>
        <translation>未能读完该文件；没有添加任何内容。</translation>
    </message>
    <message>
        <source>The evidence could not be written out (%1).</source>
        <translation>无法导出证据（%1）。</translation>
    </message>
    <message>
        <source>The stored content of %1 no longer matches its SHA-256: the library was damaged.</source>
        <translation>%1 的存储内容与其 SHA-256 不再一致：资料库已损坏。</translation>
    </message>
    <message>
        <source>Evidence %1 no longer matches its SHA-256: its content was changed or lost.</source>
        <translation>证据 %1 与其 SHA-256 不再一致：内容已被改动或丢失。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>ref %1</source>
        <translation>单号 %1</translation>
    </message>
    <message>
        <source>(edited, revision %1)</source>
        <translation>（已编辑，版本 %1）</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Promise #%1 [%2] %3 — due %4</source>
        <translation>承诺 #%1 [%2] %3 — 期限 %4</translation>
    </message>
    <message>
        <source>on hold %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>travel %1</source>
        <translation>路上 %1</translation>
    </message>
    <message>
        <source>(final answer)</source>
        <translation>（最终答复）</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>channel</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>store</source>
        <comment>channel</comment>
        <translation>到店</translation>
    </message>
    <message>
        <source>app</source>
        <comment>channel</comment>
        <translation>App</translation>
    </message>
    <message>
        <source>chat</source>
        <comment>channel</comment>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>sms</source>
        <comment>channel</comment>
        <translation>短信</translation>
    </message>
    <message>
        <source>email</source>
        <comment>channel</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>letter</source>
        <comment>channel</comment>
        <translation>信件</translation>
    </message>
    <message>
        <source>social</source>
        <comment>channel</comment>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>note</source>
        <comment>channel</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction: you contacted them</comment>
        <translation>你联系对方</translation>
    </message>
    <message>
        <source>in</source>
        <comment>direction: they contacted you</comment>
        <translation>对方联系你</translation>
    </message>
    <message>
        <source>note</source>
        <comment>direction: your own note</comment>
        <translation>你的备注</translation>
    </message>
    <message>
        <source>open</source>
        <comment>case status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>escalated</source>
        <comment>case status</comment>
        <translation>已升级投诉</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>case status</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>abandoned</source>
        <comment>case status</comment>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>promise status</comment>
        <translation>待兑现</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>promise status</comment>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>broken</source>
        <comment>promise status</comment>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>CN</source>
        <comment>jurisdiction: mainland China</comment>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>US</source>
        <comment>jurisdiction: the United States</comment>
        <translation>美国</translation>
    </message>
    <message>
        <source>UK</source>
        <comment>jurisdiction: the United Kingdom</comment>
        <translation>英国</translation>
    </message>
    <message>
        <source>EU</source>
        <comment>jurisdiction: the European Union</comment>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>other</source>
        <comment>jurisdiction: anywhere else</comment>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>hotline</source>
        <comment>where a referral sends the user</comment>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>store</source>
        <comment>where a referral sends the user</comment>
        <translation>门店</translation>
    </message>
    <message>
        <source>app</source>
        <comment>where a referral sends the user</comment>
        <translation>App 或网站</translation>
    </message>
    <message>
        <source>department</source>
        <comment>where a referral sends the user</comment>
        <translation>其他部门</translation>
    </message>
    <message>
        <source>sms</source>
        <comment>where a referral sends the user</comment>
        <translation>短信</translation>
    </message>
    <message>
        <source>email</source>
        <comment>where a referral sends the user</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>letter</source>
        <comment>where a referral sends the user</comment>
        <translation>信件</translation>
    </message>
    <message>
        <source>social</source>
        <comment>where a referral sends the user</comment>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words someone said, in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, %L3 bytes) sha256 %4</source>
        <translation>证据：%1（%2，%L3 字节）sha256 %4</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>There is nothing to import: choose a file.</source>
        <translation>没有可导入的内容：请选择文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was imported.</source>
        <translation>文件 %1 不存在；没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; nothing was imported.</source>
        <translation>无法读取文件 %1；没有导入任何内容。</translation>
    </message>
    <message>
        <source>Say whose messages to import: a phone backup holds everyone&apos;s, and only the company&apos;s belong in the case.</source>
        <translation>请指定导入谁的消息：手机备份里有所有人的消息，只有商家的才属于这个案件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); nothing was imported.</source>
        <translation>无法读取 %1（%2）；没有导入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1 is too large for pasted text (over %2 MB); nothing was imported.</source>
        <translation>%1 作为粘贴文本太大（超过 %2 MB）；没有导入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be read as text: %2 Nothing was imported.</source>
        <translation>无法把 %1 读成文本：%2 没有导入任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消；没有添加任何内容。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal entry %1 is missing: the next entry is %2.</source>
        <translation>日志第 %1 条缺失：下一条是第 %2 条。</translation>
    </message>
    <message>
        <source>Journal entry %1 does not follow entry %2: the chain is broken.</source>
        <translation>日志第 %1 条没有接在第 %2 条之后：链条已断开。</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2) does not match its hash: it was changed after it was written.</source>
        <translation>日志第 %1 条（%2）与其哈希值不符：写入后被改动过。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library could not be written (%1); nothing was added.</source>
        <translation>无法写入资料库（%1）；没有添加任何内容。</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>没有指定资料库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Plaint library.</source>
        <translation>%1 是文件夹，不是 Plaint 资料库。</translation>
    </message>
    <message>
        <source>The library %1 cannot be read: permission denied.</source>
        <translation>无法读取资料库 %1：权限不足。</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1 处没有资料库。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so no library can be made there.</source>
        <translation>文件夹 %1 不存在，无法在那里创建资料库。</translation>
    </message>
    <message>
        <source>The library %1 cannot be written: permission denied.</source>
        <translation>无法写入资料库 %1：权限不足。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驱动（请安装 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.</source>
        <translation>无法打开资料库 %1。</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade; open it once for writing first.</source>
        <translation>资料库 %1 需要升级；请先以可写方式打开一次。</translation>
    </message>
    <message>
        <source>The library %1 could not switch to write-ahead logging.</source>
        <translation>资料库 %1 无法切换到预写日志模式。</translation>
    </message>
    <message>
        <source>Plaint keeps no records of the kind &quot;%1&quot;.</source>
        <translation>Plaint 不保存“%1”这类记录。</translation>
    </message>
    <message>
        <source>This library was opened read-only.</source>
        <translation>此资料库以只读方式打开。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>没有编号为 %2 的%1。</translation>
    </message>
    <message>
        <source>That %1 (id %2) is already in the trash.</source>
        <translation>该%1（编号 %2）已在回收站中。</translation>
    </message>
    <message>
        <source>That %1 (id %2) is not in the trash.</source>
        <translation>该%1（编号 %2）不在回收站中。</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>案件需要一个标题。</translation>
    </message>
    <message>
        <source>A case needs the name of the company it is against.</source>
        <translation>案件需要填写被投诉商家的名称。</translation>
    </message>
    <message>
        <source>An event needs the date and time it happened.</source>
        <translation>事件需要填写发生的日期和时间。</translation>
    </message>
    <message>
        <source>An event needs a summary of what happened.</source>
        <translation>事件需要简述发生了什么。</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>没有编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Case %1 is in the trash; restore it first.</source>
        <translation>案件 %1 在回收站中；请先恢复。</translation>
    </message>
    <message>
        <source>A promise needs the words of what was promised.</source>
        <translation>承诺需要写明承诺的内容。</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>没有编号为 %1 的事件。</translation>
    </message>
    <message>
        <source>Event %1 is in the trash; restore it first.</source>
        <translation>事件 %1 在回收站中；请先恢复。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was added.</source>
        <translation>文件 %1 不存在；没有添加任何内容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; nothing was added.</source>
        <translation>无法读取文件 %1；没有添加任何内容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2); nothing was added.</source>
        <translation>无法读取文件 %1（%2）；没有添加任何内容。</translation>
    </message>
    <message>
        <source>An event cannot be moved to another case.</source>
        <translation>事件不能移到另一个案件。</translation>
    </message>
    <message>
        <source>The library could not be read (%1).</source>
        <translation>无法读取资料库（%1）。</translation>
    </message>
    <message>
        <source>A promise cannot be moved to another event.</source>
        <translation>承诺不能移到另一个事件。</translation>
    </message>
    <message>
        <source>Promise %1 is in the trash; restore it first.</source>
        <translation>承诺 %1 在回收站中；请先恢复。</translation>
    </message>
    <message>
        <source>Event %1 belongs to another case.</source>
        <translation>事件 %1 属于另一个案件。</translation>
    </message>
    <message>
        <source>There is no promise with id %1.</source>
        <translation>没有编号为 %1 的承诺。</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No files were given to attach.</source>
        <translation>没有指定要附加的文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was attached.</source>
        <translation>文件 %1 不存在；没有附加任何内容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; nothing was attached.</source>
        <translation>无法读取文件 %1；没有附加任何内容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2); nothing was attached.</source>
        <translation>无法读取文件 %1（%2）；没有附加任何内容。</translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation>没有编号为 %1 的附件。</translation>
    </message>
    <message>
        <source>There is no agent with id %1.</source>
        <translation>没有编号为 %1 的客服。</translation>
    </message>
    <message>
        <source>SQLite reports damage in the library file: %1</source>
        <translation>SQLite 报告资料库文件已损坏：%1</translation>
    </message>
    <message>
        <source>The %1 with id %2 is not in the journal: it was added outside Plaint.</source>
        <translation>编号为 %2 的%1不在日志中：它是在 Plaint 之外添加的。</translation>
    </message>
    <message>
        <source>The %1 with id %2 differs from what the journal last recorded: it was changed outside Plaint.</source>
        <translation>编号为 %2 的%1与日志最后记录的不同：它在 Plaint 之外被改动过。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the journal no longer exist: they were removed outside Plaint.</source>
        <translation>
            <numerusform>日志中有 %n 条记录已不存在：它们在 Plaint 之外被删除了。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a Plaint library (it is not an SQLite database).</source>
        <translation>此文件不是 Plaint 资料库（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not a Plaint library; it was left untouched.</source>
        <translation>此文件是 SQLite 数据库，但不是 Plaint 资料库；未做任何改动。</translation>
    </message>
    <message>
        <source>This library was written by a newer version of Plaint (schema %1; this version knows up to %2). Update Plaint to open it; the file was left untouched.</source>
        <translation>此资料库由更新版本的 Plaint 写入（结构版本 %1；本版本最高支持 %2）。请更新 Plaint 后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <source>The library could not be upgraded to schema %1: %2</source>
        <translation>无法将资料库升级到结构版本 %1：%2</translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <source>The search could not run (%1).</source>
        <translation>无法执行搜索（%1）。</translation>
    </message>
    <message>
        <source>The library could not be read or written (%1).</source>
        <translation>无法读写资料库（%1）。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>An imported event has no source key; nothing was imported.</source>
        <translation>导入的事件缺少来源标识；没有导入任何内容。</translation>
    </message>
    <message>
        <source>The imported item %1 has no time or no summary; nothing was imported.</source>
        <translation>导入项 %1 没有时间或摘要；没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2); nothing was imported.</source>
        <translation>无法读取文件 %1（%2）；没有导入任何内容。</translation>
    </message>
    <message>
        <source>The time on hold cannot be longer than the whole call.</source>
        <translation>等待时间不能比整个通话还长。</translation>
    </message>
    <message>
        <source>The earlier version %3 of the %1 with id %2 is not in the journal: it was added outside Plaint.</source>
        <translation>编号为 %2 的%1的历史版本 %3 不在日志中：它是在 Plaint 之外添加的。</translation>
    </message>
    <message>
        <source>The earlier version %3 of the %1 with id %2 differs from what the journal recorded of it: it was changed outside Plaint.</source>
        <translation>编号为 %2 的%1的历史版本 %3 与日志中对它的记录不同：它在 Plaint 之外被改动过。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) recorded in the journal no longer exist: they were removed outside Plaint.</source>
        <translation>
            <numerusform>日志中记录的 %n 个历史版本已不存在：它们在 Plaint 之外被删除了。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>attachment-%1%2</source>
        <translation>附件-%1%2</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it has no From, Date, Subject or Message-ID header.</source>
        <translation>这不是电子邮件：没有 From、Date、Subject 或 Message-ID 邮件头。</translation>
    </message>
    <message>
        <source>its text: %1</source>
        <translation>正文：%1</translation>
    </message>
    <message>
        <source>its text is cut off: the message ends before the text does</source>
        <translation>正文不完整：邮件在正文结束前就断了</translation>
    </message>
    <message>
        <source>its attachment %1 is cut off: the message ends before the attachment does</source>
        <translation>附件 %1 不完整：邮件在附件结束前就断了</translation>
    </message>
    <message>
        <source>it is cut off: the message ends before its last part</source>
        <translation>邮件不完整：在最后一部分之前就断了</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency code; use three letters such as CNY, USD, GBP or EUR.</source>
        <translation>“%1”不是货币代码；请使用三个字母，例如 CNY、USD、GBP 或 EUR。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2; write it like 189 or 189.50.</source>
        <translation>“%1”不是有效的 %2 金额；请写成 189 或 189.50 的形式。</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>%1 cannot be read (%2); nothing was imported.</source>
        <translation>无法读取 %1（%2）；没有导入任何内容。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is not a picture (%1)</source>
        <translation>不是图片（%1）</translation>
    </message>
    <message>
        <source>Screenshot %1 (%2)</source>
        <translation>截图 %1（%2）</translation>
    </message>
    <message>
        <source>Photo %1 (%2)</source>
        <translation>照片 %1（%2）</translation>
    </message>
</context>
<context>
    <name>SmsBackupImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>The backup ends too early (at %1): it looks cut off. Nothing was imported.</source>
        <translation>备份文件提前结束（在 %1）：看起来被截断了。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The backup is damaged at %1 (%2). Nothing was imported.</source>
        <translation>备份文件在 %1 处损坏（%2）。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>文件是空的。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file is empty or is not XML. Nothing was imported.</source>
        <translation>文件是空的，或不是 XML。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This is a call log backup; import it with &quot;plaint import calls&quot;.</source>
        <translation>这是通话记录备份；请用“plaint import calls”导入。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file (it starts with &lt;%1&gt;, not &lt;smses&gt;).</source>
        <translation>这不是 SMS Backup &amp; Restore 文件（开头是 &lt;%1&gt;，而不是 &lt;smses&gt;）。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with other numbers</source>
        <translation>
            <numerusform>与其他号码的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>not from or to the numbers asked for</source>
        <translation>与指定号码无关</translation>
    </message>
    <message>
        <source>SMS with %1 at %2</source>
        <translation>%2 与 %1 的短信</translation>
    </message>
    <message>
        <source>SMS with %1</source>
        <translation>与 %1 的短信</translation>
    </message>
    <message>
        <source>its time (&quot;%1&quot;) is not a time</source>
        <translation>其时间（“%1”）不是有效时间</translation>
    </message>
    <message>
        <source>it is a draft or was never sent (type %1)</source>
        <translation>是草稿或从未发出（type %1）</translation>
    </message>
    <message>
        <source>SMS from %1: %2</source>
        <translation>%1 发来的短信：%2</translation>
    </message>
    <message>
        <source>SMS to %1: %2</source>
        <translation>发给 %1 的短信：%2</translation>
    </message>
    <message>
        <source>Empty SMS from %1</source>
        <translation>%1 发来的空短信</translation>
    </message>
    <message>
        <source>Empty SMS to %1</source>
        <translation>发给 %1 的空短信</translation>
    </message>
    <message>
        <source>MMS with %1 at %2</source>
        <translation>%2 与 %1 的彩信</translation>
    </message>
    <message>
        <source>MMS with %1</source>
        <translation>与 %1 的彩信</translation>
    </message>
    <message>
        <source>it is a draft or was never sent (box %1)</source>
        <translation>是草稿或从未发出（box %1）</translation>
    </message>
    <message>
        <source>%1 in the %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>its content is not valid base64</source>
        <translation>其内容不是有效的 base64</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>MMS from %1: %2</source>
        <translation>%1 发来的彩信：%2</translation>
    </message>
    <message>
        <source>MMS to %1: %2</source>
        <translation>发给 %1 的彩信：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消；没有添加任何内容。</translation>
    </message>
    <message>
        <source>mms-part-%1%2</source>
        <translation>彩信附件-%1%2</translation>
    </message>
    <message>
        <source>it is larger than %1 MB; carriers limit MMS to about 1 MB, so it was not imported</source>
        <translation>超过 %1 MB；运营商的彩信上限约为 1 MB，因此没有导入</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The text encoding &quot;%1&quot; is not one Plaint knows.</source>
        <translation>Plaint 不认识文本编码“%1”。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>这段文本</translation>
    </message>
    <message>
        <source>The text does not read as %1 (%2 has characters no one types), but it reads cleanly as %3.</source>
        <translation>这段文本按 %1 读不通（%2 出现了没人会打的字符），按 %3 读则正常。</translation>
    </message>
    <message>
        <source>The text is in none of the encodings Plaint reads (UTF-8, UTF-16, GB18030, Big5): %1 has bytes that are not text in any of them.</source>
        <translation>这段文本不属于 Plaint 能读取的任何编码（UTF-8、UTF-16、GB18030、Big5）：%1 中有在这些编码里都不是文字的字节。</translation>
    </message>
    <message>
        <source>The text is not valid %1: %2 has bytes that are not %1 text. It reads cleanly as %3.</source>
        <translation>这不是有效的 %1 文本：%2 中有不属于 %1 的字节。按 %3 读则正常。</translation>
    </message>
    <message>
        <source>The text is not valid %1: %2 has bytes that are not %1 text.</source>
        <translation>这不是有效的 %1 文本：%2 中有不属于 %1 的字节。</translation>
    </message>
    <message>
        <source>The text is in none of the encodings Plaint reads (UTF-8, UTF-16, GB18030, Big5): line %1 has bytes that are not text in any of them.</source>
        <translation>这段文本不属于 Plaint 能读取的任何编码（UTF-8、UTF-16、GB18030、Big5）：第 %1 行中有在这些编码里都不是文字的字节。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in %1 (the first is line %2)</source>
        <translation>
            <numerusform>%n 行按 %1 读取（第一行是第 %2 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The file mixes text encodings, so each line was read in its own: %1. Check those lines.</source>
        <translation>文件混用了多种编码，因此每行按各自的编码读取：%1。请核对这些行。</translation>
    </message>
    <message>
        <source>its encoding &quot;%1&quot; is not one Plaint knows; it was read as %2</source>
        <translation>其编码“%1”Plaint 无法识别；已按 %2 读取</translation>
    </message>
    <message>
        <source>it was labelled %1 but is not; it was read as %2</source>
        <translation>标明为 %1，但实际不是；已按 %2 读取</translation>
    </message>
    <message>
        <source>it has bytes that are not valid %1 text; they show as �</source>
        <translation>其中有不是有效 %1 文本的字节，显示为 �</translation>
    </message>
</context>
<context>
    <name>TimelineCommand</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>将“%1”移到回收站</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>恢复“%1”</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>Mark promise kept</source>
        <translation>标记承诺已兑现</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>标记承诺未兑现</translation>
    </message>
    <message>
        <source>Edit case “%1”</source>
        <translation>编辑案件“%1”</translation>
    </message>
    <message>
        <source>Move case “%1” to the trash</source>
        <translation>将案件“%1”移到回收站</translation>
    </message>
    <message>
        <source>Restore case “%1”</source>
        <translation>恢复案件“%1”</translation>
    </message>
    <message>
        <source>Add promise “%1”</source>
        <translation>添加承诺“%1”</translation>
    </message>
    <message>
        <source>Edit promise “%1”</source>
        <translation>修改承诺“%1”</translation>
    </message>
</context>
<context>
    <name>TranscriptImporter</name>
    <message>
        <source>No dated messages were found in the text. Each message needs its time, e.g. &quot;2021-03-18 10:15 10086: ...&quot; or a date line followed by &quot;10:15 客服: ...&quot; lines.</source>
        <translation>文本中没有找到带时间的消息。每条消息都需要时间，例如“2021-03-18 10:15 10086: ...”，或者一行日期后面跟着“10:15 客服: ...”这样的行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 不是有效日期</translation>
    </message>
    <message>
        <source>it says %1 without a year, and nothing before it or the day the text was copied gives one</source>
        <translation>写的是没有年份的 %1，前文和复制日期都无法确定年份</translation>
    </message>
    <message>
        <source>it says &quot;%1&quot;, but not on which day the text was copied</source>
        <translation>写的是“%1”，但不知道这段文本是哪天复制的</translation>
    </message>
    <message>
        <source>its time %1 is on no day written before it</source>
        <translation>时间 %1 之前没有写明是哪一天</translation>
    </message>
    <message>
        <source>its time %1 is on no day written before it, and the day the text was copied was not given</source>
        <translation>时间 %1 之前没有写明是哪一天，也没有给出复制日期</translation>
    </message>
    <message>
        <source>%1 is not a time of day</source>
        <translation>%1 不是有效的时刻</translation>
    </message>
    <message>
        <source>they come before the first dated message</source>
        <translation>这些行在第一条带时间的消息之前</translation>
    </message>
    <message>
        <source>no words follow this time</source>
        <translation>这个时间后面没有内容</translation>
    </message>
    <message>
        <source>it has a date but no time</source>
        <translation>只有日期，没有时间</translation>
    </message>
    <message>
        <source>No message in the text could be dated: line %1 (&quot;%2&quot;): %3.</source>
        <translation>文本中没有一条消息能确定时间：第 %1 行（“%2”）：%3。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1（“%2”）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display: Plaint&apos;s window needs a desktop session. The command line works everywhere:</source>
        <translation>没有图形界面：Plaint 的窗口需要桌面会话。命令行在任何地方都能用：</translation>
    </message>
    <message>
        <source>Plaint</source>
        <translation>Plaint</translation>
    </message>
    <message>
        <source>Your library could not be opened.

%1</source>
        <translation>无法打开你的资料库。

%1</translation>
    </message>
</context>
<context>
    <name>plaint::AudioPlayer</name>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ 播放(&amp;P)</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>录音播放位置</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ 暂停(&amp;P)</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer (%1). It is kept unchanged; open it with the system&apos;s application.</source>
        <translation>这台电脑无法播放此录音（%1）。文件原样保存；请用系统默认程序打开。</translation>
    </message>
    <message>
        <source>A private copy for playing could not be written (%1).</source>
        <translation>无法写出用于播放的临时副本（%1）。</translation>
    </message>
    <message>
        <source>--:--</source>
        <translation>--:--</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>position / length</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>plaint::CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>e.g. Moving from the 189 to the 129 plan</source>
        <translation>例如：从 189 元套餐改为 129 元套餐</translation>
    </message>
    <message>
        <source>e.g. China Mobile</source>
        <translation>例如：中国移动</translation>
    </message>
    <message>
        <source>your phone or account number with them</source>
        <translation>你在该商家的手机号或账号</translation>
    </message>
    <message>
        <source>China (mainland)</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>what you want them to do</source>
        <translation>你希望对方怎么处理</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>被投诉方(&amp;A)：</translation>
    </message>
    <message>
        <source>Your &amp;account:</source>
        <translation>你的账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>所在地(&amp;W)：</translation>
    </message>
    <message>
        <source>You &amp;want:</source>
        <translation>你的诉求(&amp;W)：</translation>
    </message>
    <message>
        <source>Amount in &amp;dispute:</source>
        <translation>争议金额(&amp;D)：</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Give the case a title and say which company it is against.</source>
        <translation>请为案件填写标题，并写明被投诉的商家。</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>Change what the case says. The earlier version is kept.</source>
        <translation>修改案件的内容。原来的版本会保留。</translation>
    </message>
    <message>
        <source>One case per dispute with one company. You can change all of this later (Case → Edit case…).</source>
        <translation>一个案件对应与一家商家的一起纠纷。这些内容以后都可以修改（案件 → 编辑案件…）。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Escalated (to a regulator, ombudsman or court)</source>
        <translation>已升级（向监管部门、调解机构或法院投诉）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存案件</translation>
    </message>
</context>
<context>
    <name>plaint::CaseFileActions</name>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;Export case…</source>
        <translation>导出案件(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this case, its evidence and its journal to one file to hand to someone</source>
        <translation>把此案件及其证据和日志写入一个文件，方便交给别人</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>导入案件(&amp;I)…</translation>
    </message>
    <message>
        <source>Check a case file and add its case to your library</source>
        <translation>校验案件文件，并把其中的案件添加到你的资料库</translation>
    </message>
    <message>
        <source>Select the case to export first.</source>
        <translation>请先选择要导出的案件。</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>导出案件</translation>
    </message>
    <message>
        <source>Plaint case files (*.plaint)</source>
        <translation>Plaint 案件文件 (*.plaint)</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>导入案件</translation>
    </message>
    <message>
        <source>Plaint case files (*.plaint);;All files (*)</source>
        <translation>Plaint 案件文件 (*.plaint);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting the case…</source>
        <translation>正在导出案件…</translation>
    </message>
    <message>
        <source>Checking and importing the case…</source>
        <translation>正在校验并导入案件…</translation>
    </message>
    <message>
        <source>This case is already in your library. Import it again as a copy?</source>
        <translation>此案件已在你的资料库中。要作为副本再导入一次吗？</translation>
    </message>
    <message>
        <source>A case is being exported or imported; wait for it to finish.</source>
        <translation>正在导出或导入案件；请等待完成。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The case could not be copied.</source>
        <translation>无法复制案件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a case file but a Plaint library of its own, with %n case(s). Open it instead of your library? Your own library stays as it is.</source>
        <translation>
            <numerusform>%1 不是案件文件，而是一个独立的 Plaint 资料库，其中有 %n 个案件。要改为打开它，而不是你自己的资料库吗？你自己的资料库不会有任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>Import the case “%1” from %2 into your library? Plaint checks every record, the journal and every piece of evidence first; if anything does not match, nothing is added.</source>
        <translation>要把 %2 中的案件“%1”导入你的资料库吗？Plaint 会先校验每条记录、日志和每份证据；只要有一处不符，就不会添加任何内容。</translation>
    </message>
    <message>
        <source>“%1” exported to %2.</source>
        <translation>“%1”已导出到 %2。</translation>
    </message>
    <message>
        <source>%1

The case file&apos;s journal ends in:
%2

Give the recipient this journal head apart from the file: when they import it, Plaint shows them the head it ends in, and the two must be the same.</source>
        <translation>%1

案件文件日志的末条哈希值：
%2

请另外把这个哈希值告诉接收方（不要和文件一起发送）：对方导入时，Plaint 会显示文件的末条哈希值，两者必须相同。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” imported: %n event(s), every piece of evidence and the journal checked.</source>
        <translation>
            <numerusform>已导入“%1”：%n 个事件，每份证据和日志都已校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

The case file&apos;s journal ends in:
%2

This must be the same as the journal head the sender gave you. If it is not, this is not the file they sent.</source>
        <translation>%1

案件文件日志的末条哈希值：
%2

它必须与发送方告诉你的哈希值相同。如果不同，这就不是对方发出的那个文件。</translation>
    </message>
</context>
<context>
    <name>plaint::CaseListModel</name>
    <message numerus="yes">
        <source>%1 · %n overdue</source>
        <translation>
            <numerusform>%1 · %n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n 项承诺已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n due soon</source>
        <translation>
            <numerusform>%1 · %n 项即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — against %2
%Ln event(s)</source>
        <translation>
            <numerusform>%1 — 被投诉方：%2
%Ln 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount in dispute: %1</source>
        <translation>争议金额：%1</translation>
    </message>
</context>
<context>
    <name>plaint::CaseOverview</name>
    <message>
        <source>You can take this step now.</source>
        <translation>现在就可以走这一步。</translation>
    </message>
    <message numerus="yes">
        <source>That is in %n day(s).</source>
        <translation>
            <numerusform>还有 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may escalate to %1 from %2.</source>
        <translation>自 %2 起，你可以转向%1。</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation>需要准备：%1</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>What you will need…</source>
        <translation>需要准备什么…</translation>
    </message>
    <message numerus="yes">
        <source>This case has %n event(s); its overview is not worked out when it is opened, so that the timeline stays quick.</source>
        <translation>
            <numerusform>此案件有 %n 个事件；为了让时间线保持流畅，打开时不计算概览。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n contact(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;联系 %n 次&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on the phone, hold included</source>
        <comment>time on calls</comment>
        <translation>通话 %1（含等待时间）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the first contact</source>
        <translation>
            <numerusform>距首次联系已 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>promises: %n made</source>
        <translation>
            <numerusform>承诺：共 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n 项已兑现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n 项未兑现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 项待兑现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>（%n 项已逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent elsewhere %n time(s) in a row (runaround)</source>
        <translation>
            <numerusform>连续 %n 次被推给别的部门（踢皮球）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count and channel, e.g. 2 phone calls</comment>
        <translation>%2 %1 次</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>contacts by channel</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>After that: %1, %n day(s) after you have taken this step, if it has not put things right.</source>
        <translation>
            <numerusform>之后：%1——若这一步没有解决问题，可在完成这一步 %n 天后进行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from your first complaint on %1 and the company&apos;s final answer on %2.</source>
        <translation>从你 %1 首次投诉及公司 %2 的最终答复起算。</translation>
    </message>
    <message>
        <source>Counted from your first complaint on %1.</source>
        <translation>从你 %1 首次投诉起算。</translation>
    </message>
    <message>
        <source>%1 Rule: %2</source>
        <translation>%1依据：%2</translation>
    </message>
    <message>
        <source>Not certain: %1</source>
        <translation>不确定之处：%1</translation>
    </message>
    <message>
        <source>the hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>营业厅</translation>
    </message>
    <message>
        <source>the app or website</source>
        <translation>App 或网站</translation>
    </message>
    <message>
        <source>another department</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <source>an SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>an e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>社交媒体</translation>
    </message>
    <message numerus="yes">
        <source>Runaround: sent elsewhere %n time(s) in a row</source>
        <translation>
            <numerusform>踢皮球：连续 %n 次被推到别处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runaround on request %1: sent elsewhere %n time(s) in a row</source>
        <translation>
            <numerusform>工单 %1 被踢皮球：连续 %n 次被推到别处</numerusform>
        </translation>
    </message>
    <message>
        <source>(and back to where you had already been)</source>
        <translation>（还被推回到已经去过的地方）</translation>
    </message>
    <message>
        <source>%1, event #%2: %3 sent you to %4: “%5”</source>
        <translation>%1，事件 #%2：%3让你去找%4：“%5”</translation>
    </message>
    <message>
        <source>time on hold: not recorded</source>
        <translation>等待时间：未记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 of it on hold (recorded for %2 of %n call(s))</source>
        <translation>
            <numerusform>其中等待 %1（%n 次通话中有 %2 次记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of it on hold</source>
        <translation>其中等待 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 travelling (recorded for %n visit(s) or event(s))</source>
        <translation>
            <numerusform>路上 %1（%n 次有记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>travel time: not recorded</source>
        <translation>路上时间：未记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <comment>an agent and how often</comment>
        <translation>
            <numerusform>%1（%n 个事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>agents: %1</source>
        <translation>涉及的客服：%1</translation>
    </message>
    <message>
        <source>“%1” by %2</source>
        <translation>“%1”，期限 %2</translation>
    </message>
    <message>
        <source>approximate due dates, counted without final holidays for %1: %2</source>
        <translation>期限为约数（%1 年的节假日尚未最终确定）：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more referral(s), listed in the dossier and by plaint analyse.</source>
        <translation>
            <numerusform>……还有 %n 次转介，案卷和 plaint analyse 中有完整列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What to know first (%n point(s)) and what you will need…</source>
        <translation>
            <numerusform>先要知道的 %n 点，以及需要准备的材料…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show where you were sent…</source>
        <translation>看看你被推到了哪里…</translation>
    </message>
</context>
<context>
    <name>plaint::DateFilterEdit</name>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>不限日期</translation>
    </message>
</context>
<context>
    <name>plaint::EventEditor</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick an event in the timeline to see it here, or log what just happened: &lt;b&gt;Start call&lt;/b&gt; when you dial the hotline (the timer counts the time on hold), or drop screenshots, photos and bills onto the timeline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未选中任何内容。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在时间线中选择一个事件即可在此查看；或者记录刚发生的事：拨打客服热线时点&lt;b&gt;开始通话&lt;/b&gt;（计时器会把等待时间一并算上），也可以把截图、照片和账单拖到时间线上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>e.g. 23338 — ask for it on every call</source>
        <translation>例如 23338——每次通话都问清工号</translation>
    </message>
    <message>
        <source>ticket or reference number they gave you</source>
        <translation>对方给你的受理单号或工单号</translation>
    </message>
    <message>
        <source>what happened, in one sentence</source>
        <translation>一句话说明发生了什么</translation>
    </message>
    <message>
        <source>their words, exactly as said — one quote per line</source>
        <translation>对方的原话，一字不差——每行一句</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Agent ID:</source>
        <translation>工号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>受理单号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. “we will call you back within 48 hours”</source>
        <translation>例如“我们会在 48 小时内给您回电”</translation>
    </message>
    <message>
        <source>by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>They &amp;promised:</source>
        <translation>对方承诺(&amp;P)：</translation>
    </message>
    <message>
        <source>Mark &amp;kept</source>
        <translation>标记已兑现(&amp;K)</translation>
    </message>
    <message>
        <source>Mark &amp;broken</source>
        <translation>标记未兑现(&amp;B)</translation>
    </message>
    <message>
        <source>Promises:</source>
        <translation>承诺：</translation>
    </message>
    <message>
        <source>Double-click to look at a piece of evidence</source>
        <translation>双击查看证据</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>On the clock you were on: %1</source>
        <translation>时区：%1（你当时所在的时区）</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>%1 — due %2 — %3</source>
        <translation>%1 — 期限 %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>SHA-256: %1
Added: %2</source>
        <translation>SHA-256：%1
添加于：%2</translation>
    </message>
    <message>
        <source>Edited: this is version %1. &lt;a href=&quot;#history&quot;&gt;Show the earlier versions&lt;/a&gt;</source>
        <translation>已编辑：这是第 %1 版。&lt;a href=&quot;#history&quot;&gt;查看历史版本&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>新记录：%1</translation>
    </message>
    <message>
        <source>Call in progress — started %1</source>
        <translation>通话中——开始于 %1</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone call with agent %1</source>
        <translation>与工号 %1 的通话</translation>
    </message>
    <message>
        <source>a summary is needed — what happened?</source>
        <translation>需要填写摘要——发生了什么？</translation>
    </message>
    <message>
        <source>Press when they put you on hold, and again when a person answers (Ctrl+H). The time on hold adds up.</source>
        <translation>对方让你等待时按一下，有人接听时再按一下（Ctrl+H）。等待的时间会累加。</translation>
    </message>
    <message>
        <source>Attach f&amp;iles…</source>
        <translation>附加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Delete key. Nothing is lost: restore it from View → Show trash.</source>
        <translation>快捷键 Delete。不会丢失：可以在“查看 → 查看回收站”中恢复。</translation>
    </message>
    <message>
        <source>Of the whole call, the minutes they kept you waiting on hold</source>
        <translation>整个通话中，对方让你等待的分钟数</translation>
    </message>
    <message>
        <source>Minutes it took you to get there and back</source>
        <translation>往返路上花的分钟数</translation>
    </message>
    <message>
        <source>This is their final answer on my complaint</source>
        <translation>这是对方对我投诉的最终答复</translation>
    </message>
    <message>
        <source>A final answer (or deadlock letter) is often what lets you take the complaint to an ombudsman or regulator.</source>
        <translation>有了最终答复（或“无法解决”的书面答复），通常就可以向调解机构或监管部门投诉。</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>渠道(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>O&amp;n hold:</source>
        <translation>等待时间(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Travel there and back:</source>
        <translation>往返路程(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;gent name:</source>
        <translation>客服姓名(&amp;G)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>What the&amp;y said:</source>
        <translation>对方原话(&amp;Y)：</translation>
    </message>
    <message>
        <source>Edit promise…</source>
        <translation>修改承诺…</translation>
    </message>
    <message>
        <source>Change what was promised or the deadline, e.g. when their SMS confirms it</source>
        <translation>修改承诺的内容或期限，例如对方后来发短信确认时</translation>
    </message>
    <message>
        <source>Add a promise…</source>
        <translation>添加承诺…</translation>
    </message>
    <message>
        <source>A promise made here that you did not log yet, e.g. confirmed later by SMS</source>
        <translation>这次对方做过、但你还没记下的承诺，例如后来用短信确认的</translation>
    </message>
    <message>
        <source>End call and &amp;save</source>
        <translation>结束通话并保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S, Ctrl+Return or Ctrl+Shift+E: the call&apos;s length is stored</source>
        <translation>Ctrl+S、Ctrl+Return 或 Ctrl+Shift+E：通话时长会一并保存</translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Return</source>
        <translation>Ctrl+S 或 Ctrl+Return</translation>
    </message>
    <message>
        <source>Add this promise</source>
        <translation>记下这条承诺</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>再加一条</translation>
    </message>
    <message>
        <source>Records this promise with the event</source>
        <translation>把这条承诺记到这个事件上</translation>
    </message>
    <message>
        <source>Keeps this promise for the entry and empties the box for one more</source>
        <translation>把这条承诺留给这条记录，并清空输入框以便再填一条</translation>
    </message>
    <message>
        <source>Evidence, stored when you save:</source>
        <translation>证据（保存时一并存入）：</translation>
    </message>
    <message>
        <source>Promises, stored when you save:</source>
        <translation>承诺（保存时一并存入）：</translation>
    </message>
    <message>
        <source>%1 (%2) — stored when you save</source>
        <translation>%1（%2）——保存时存入</translation>
    </message>
    <message>
        <source>%1
Double-click to take it out of this entry.</source>
        <translation>%1
双击可把它从这条记录中去掉。</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — 期限 %2</translation>
    </message>
    <message>
        <source>Double-click to change it</source>
        <translation>双击可修改</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>尚未保存：%1</translation>
    </message>
    <message>
        <source>A person answered</source>
        <translation>有人接听了</translation>
    </message>
    <message>
        <source>I&apos;m on hold</source>
        <translation>开始等待</translation>
    </message>
    <message>
        <source>%1 · on hold %2</source>
        <translation>%1 · 等待 %2</translation>
    </message>
    <message>
        <source>You are logging a call (%1 so far). It is not saved yet.</source>
        <translation>你正在记录一通电话（已进行 %1），还没有保存。</translation>
    </message>
    <message>
        <source>This new entry is not saved yet.</source>
        <translation>这条新记录还没有保存。</translation>
    </message>
    <message numerus="yes">
        <source>This new entry and its %n file(s) are not saved yet.</source>
        <translation>
            <numerusform>这条新记录和它的 %n 个文件还没有保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved yet.</source>
        <translation>你对“%1”的修改还没有保存。</translation>
    </message>
</context>
<context>
    <name>plaint::EvidenceLoader</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>A private copy could not be written (%1).</source>
        <translation>无法写入私有副本（%1）。</translation>
    </message>
    <message>
        <source>This image cannot be shown (%1). It is kept unchanged; open it with another program.</source>
        <translation>无法显示此图片（%1）。文件原样保存；请用其他程序打开。</translation>
    </message>
</context>
<context>
    <name>plaint::EvidenceViewer</name>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>添加于：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Open with the system&apos;s application</source>
        <translation>用系统默认程序打开</translation>
    </message>
    <message>
        <source>A copy for the other program could not be written (%1).</source>
        <translation>无法为其他程序写出副本（%1）。</translation>
    </message>
    <message>
        <source>Reading the PDF out of your library (%1)…</source>
        <translation>正在从资料库读取 PDF（%1）…</translation>
    </message>
    <message>
        <source>Reading the recording out of your library (%1)…</source>
        <translation>正在从资料库读取录音（%1）…</translation>
    </message>
    <message>
        <source>Reading the picture out of your library (%1)…</source>
        <translation>正在从资料库读取图片（%1）…</translation>
    </message>
    <message>
        <source>Copying it for the other program (%1)…</source>
        <translation>正在复制一份给其他程序（%1）…</translation>
    </message>
</context>
<context>
    <name>plaint::EvidenceWorker</name>
    <message>
        <source>The image could not be prepared for storing.</source>
        <translation>无法准备要保存的图片。</translation>
    </message>
    <message>
        <source>The image could not be prepared for storing (%1).</source>
        <translation>无法准备要存入的图片（%1）。</translation>
    </message>
</context>
<context>
    <name>plaint::ExhibitDescriptions</name>
    <message>
        <source>Name each exhibit as the reader should see it, and say what it proves. Left empty, the dossier uses the file&apos;s name and the event it belongs to.</source>
        <translation>为每份证据起一个读者看得懂的名称，并写明其证明目的。留空时，材料使用文件名及其所属的记录。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name in the dossier</source>
        <translation>材料中的证据名称</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>证明目的</translation>
    </message>
</context>
<context>
    <name>plaint::ExportDialog</name>
    <message>
        <source>Export dossier</source>
        <translation>导出投诉案卷</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save bundle (ZIP)…</source>
        <translation>保存证据包（ZIP）…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Who will read it</source>
        <translation>给谁看</translation>
    </message>
    <message>
        <source>Written for:</source>
        <translation>写给：</translation>
    </message>
    <message>
        <source>Which rules and which authority the dossier refers to. It starts as the case&apos;s own.</source>
        <translation>案卷引用哪里的规定、向哪个机构投诉。默认与案件相同。</translation>
    </message>
    <message>
        <source>Rules of:</source>
        <translation>适用规定：</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>案卷语言：</translation>
    </message>
    <message>
        <source>About you (printed on the cover)</source>
        <translation>你的信息（印在封面上）</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>One or more, separated by commas</source>
        <translation>一个或多个，用逗号分隔</translation>
    </message>
    <message>
        <source>Only if the authority asks for it</source>
        <translation>仅在受理机构要求时填写</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>电话号码：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Remembered on this computer for your next dossier.</source>
        <translation>会保存在这台电脑上，下次生成案卷时使用。</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>包含哪些事件</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>仅从</translation>
    </message>
    <message>
        <source>Only until</source>
        <translation>仅到</translation>
    </message>
    <message>
        <source>Leave both unticked to include the whole case.</source>
        <translation>都不勾选则包含整个案件。</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Embed the original files in the PDF</source>
        <translation>把原始文件嵌入 PDF</translation>
    </message>
    <message>
        <source>Recordings, documents and pictures go inside the PDF as attachments, exactly as you stored them. The file gets bigger.</source>
        <translation>录音、文档和图片会原样作为附件放进 PDF，文件会变大。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Hide my personal details (redact)</source>
        <translation>隐藏我的个人信息（遮盖）</translation>
    </message>
    <message>
        <source>Your phone numbers, ID number, e-mail, address and account number become black boxes. Your name stays (add it below to hide it too); the company&apos;s numbers, staff IDs and reference numbers stay readable.</source>
        <translation>你的电话号码、身份证号、邮箱、地址和账号会变成黑框。姓名会保留（如需隐藏，请在下面添加）；商家的号码、工号和受理单号仍然可见。</translation>
    </message>
    <message>
        <source>While your details are hidden, only the PDF can be saved: a bundle would carry your original files, and nothing can be hidden in them.</source>
        <translation>隐藏个人信息时只能保存 PDF：证据包会附带你的原始文件，其中的内容无法隐藏。</translation>
    </message>
    <message>
        <source>Other words to hide:</source>
        <translation>其他要隐藏的词：</translation>
    </message>
    <message>
        <source>e.g. a family member&apos;s name</source>
        <translation>例如家人的名字</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plaint cannot read the text inside pictures.&lt;/b&gt; If your name, number or address shows in a screenshot or photo below, open it and drag a box over it: the box is burnt into the picture in the dossier.</source>
        <translation>&lt;b&gt;Plaint 无法识别图片里的文字。&lt;/b&gt;如果下面的截图或照片中出现了你的姓名、号码或地址，请打开它并拖出一个框盖住：这个框会直接覆盖在案卷里的图片上，无法去除。</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Black out parts of this picture…</source>
        <translation>遮盖此图片的部分区域…</translation>
    </message>
    <message>
        <source>Embed the original files in the PDF (not while hiding your details)</source>
        <translation>把原始文件嵌入 PDF（隐藏个人信息时不可用）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n box(es)</source>
        <translation>
            <numerusform>%1 — %n 个遮盖框</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the picture: %1</source>
        <translation>无法打开图片：%1</translation>
    </message>
    <message>
        <source>Black out parts of %1</source>
        <translation>遮盖 %1 的部分区域</translation>
    </message>
    <message>
        <source>Plaint cannot show this picture, so it cannot black out parts of it.</source>
        <translation>Plaint 无法显示这张图片，因此无法遮盖其中的内容。</translation>
    </message>
    <message>
        <source>Drag a box over anything that must not be seen, then press OK. Click a box to select it, then remove it.</source>
        <translation>拖出方框盖住不能被看到的内容，然后点“确定”。点击方框可选中它，再将其移除。</translation>
    </message>
    <message>
        <source>Remove selected box</source>
        <translation>移除选中的方框</translation>
    </message>
    <message>
        <source>Remove all boxes</source>
        <translation>移除所有方框</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2): change one of them.</source>
        <translation>开始日期（%1）晚于结束日期（%2）：请修改其中一个。</translation>
    </message>
    <message>
        <source>Plaint could not make a temporary folder for the preview: %1</source>
        <translation>Plaint 无法为预览创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
    <message>
        <source>%1 was written, but checking it found problems: %2</source>
        <translation>已写入 %1，但校验时发现问题：%2</translation>
    </message>
    <message>
        <source>Saving was stopped; nothing was written.</source>
        <translation>保存已中止；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved the bundle %1 and checked it: every file matches its SHA-256 fingerprint.</source>
        <translation>已保存证据包 %1 并校验：每个文件都与其 SHA-256 指纹一致。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)) and checked it: every exhibit matches its SHA-256 fingerprint.</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）并校验：每份证据都与其 SHA-256 指纹一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview was made but cannot be shown (error %1).</source>
        <translation>预览已生成，但无法显示（错误 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s), %1. This is exactly what will be saved and printed.</source>
        <translation>
            <numerusform>预览：共 %n 页，%1。保存和打印的内容与此完全相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n 份证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth knowing before you send it:</source>
        <translation>发送前请注意：</translation>
    </message>
    <message>
        <source>A bundle carries your original files, and Plaint cannot hide anything in them. Untick &quot;Hide my personal details&quot; to save a bundle.</source>
        <translation>证据包会附带你的原始文件，Plaint 无法隐藏其中的任何内容。要保存证据包，请取消勾选“隐藏我的个人信息”。</translation>
    </message>
    <message>
        <source>The PDF, every original file byte for byte, and a list of their SHA-256 fingerprints, in one ZIP file.</source>
        <translation>PDF、逐字节一致的所有原始文件，以及它们的 SHA-256 指纹清单，打包成一个 ZIP 文件。</translation>
    </message>
    <message>
        <source>Complaint dossier</source>
        <translation>投诉案卷</translation>
    </message>
    <message>
        <source>%1 - complaint dossier</source>
        <translation>%1 - 投诉案卷</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of them before saving.</source>
        <translation>开始日期晚于结束日期：保存前请修改其中一个。</translation>
    </message>
    <message>
        <source>Save the dossier as PDF</source>
        <translation>将案卷保存为 PDF</translation>
    </message>
    <message>
        <source>Save the dossier bundle</source>
        <translation>保存案卷证据包</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>打印案卷</translation>
    </message>
    <message>
        <source>There is no preview to print yet.</source>
        <translation>还没有可打印的预览。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The printer stopped at page %1.</source>
        <translation>打印机在第 %1 页停止了。</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn for printing.</source>
        <translation>无法绘制第 %1 页用于打印。</translation>
    </message>
    <message>
        <source>Bills and other PDFs go in as pictures of their pages, with your details blacked out wherever their text has them, and no text left (the original file is not included). A scanned page or a filled-in form field has no text to search: check those pages in the preview.</source>
        <translation>账单等 PDF 文件会以页面图片的形式放入，文字中出现你的信息之处都会涂黑，页面不再保留文字（不附原始文件）。扫描页面或已填写的表单字段没有可搜索的文字：请在预览中逐页检查。</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>plaint::HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>对方原话</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Travel there and back</source>
        <translation>往返路程</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受理单号</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Their final answer</source>
        <translation>最终答复</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Every version of this event, oldest first, and under each edit what it changed. Editing never erases what was there.</source>
        <translation>此事件的所有版本，按时间先后排列；每次修改下面列出改了什么。编辑永远不会抹掉原来的内容。</translation>
    </message>
    <message>
        <source>Nothing shown here changed.</source>
        <translation>这里列出的内容都没有变化。</translation>
    </message>
</context>
<context>
    <name>plaint::ImportDialog</name>
    <message>
        <source>Import messages and calls</source>
        <translation>导入消息和通话</translation>
    </message>
    <message>
        <source>Bring in what you already have: your phone&apos;s SMS and call backups (from the Android app “SMS Backup &amp; Restore”), e-mails (.eml or a mailbox), screenshots and photos, or a chat copied as text. Into the case “%1”.</source>
        <translation>把你已有的记录导入进来：手机的短信和通话备份（来自 Android 应用“SMS Backup &amp; Restore”）、电子邮件（.eml 或邮箱文件）、截图和照片，或复制成文本的聊天记录。导入到案件“%1”。</translation>
    </message>
    <message>
        <source>SMS and MMS (SMS Backup &amp; Restore, .xml)</source>
        <translation>短信和彩信（SMS Backup &amp; Restore，.xml）</translation>
    </message>
    <message>
        <source>Calls (SMS Backup &amp; Restore, .xml)</source>
        <translation>通话记录（SMS Backup &amp; Restore，.xml）</translation>
    </message>
    <message>
        <source>E-mail (.eml, mbox)</source>
        <translation>电子邮件（.eml、mbox）</translation>
    </message>
    <message>
        <source>Screenshots and photos</source>
        <translation>截图和照片</translation>
    </message>
    <message>
        <source>A chat or SMS thread as text (pasted or a text file)</source>
        <translation>文本形式的聊天或短信记录（粘贴或文本文件）</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>A backup holds everyone&apos;s messages. Tick the company&apos;s numbers; only theirs go into the case.</source>
        <translation>备份里有所有人的消息。请勾选商家的号码，只有这些号码的消息会进入案件。</translation>
    </message>
    <message>
        <source>e.g. 10086, 10010</source>
        <translation>例如 10086, 10010</translation>
    </message>
    <message>
        <source>Other numbers:</source>
        <translation>其他号码：</translation>
    </message>
    <message>
        <source>e.g. me@example.com</source>
        <translation>例如 me@example.com</translation>
    </message>
    <message>
        <source>Your own addresses (what you sent):</source>
        <translation>你自己的邮箱地址（你发出的邮件）：</translation>
    </message>
    <message>
        <source>Paste the chat or SMS thread here (each message with its time), or choose a text file.</source>
        <translation>把聊天或短信记录粘贴到这里（每条消息都要带时间），或选择一个文本文件。</translation>
    </message>
    <message>
        <source>For “今天”, “昨天” and dates without a year.</source>
        <translation>用来推算“今天”“昨天”和没有年份的日期。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Simplified Chinese)</source>
        <translation>GB18030 / GBK（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Copied on:</source>
        <translation>复制日期：</translation>
    </message>
    <message>
        <source>Text file&apos;s encoding:</source>
        <translation>文本文件的编码：</translation>
    </message>
    <message>
        <source>Each picture becomes an event at the time it was taken: from its EXIF data, else its file name, else the file&apos;s date. The event says which.</source>
        <translation>每张图片都会成为一个事件，时间为拍摄时间：先看 EXIF 信息，其次是文件名，最后是文件日期。事件中会注明依据。</translation>
    </message>
    <message>
        <source>Add the time-bound promises found in the company&apos;s words (on the business days of the case&apos;s jurisdiction)</source>
        <translation>添加商家话里有期限的承诺（按案件所在地区的工作日计算）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops; an import stopped adds nothing.</source>
        <translation>停止；被停止的导入不会添加任何内容。</translation>
    </message>
    <message>
        <source>Choose what to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Everything Plaint imports (*.xml *.eml *.mbox *.mbx *.txt *.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Plaint 能导入的文件 (*.xml *.eml *.mbox *.mbx *.txt *.jpg *.jpeg *.png *.heic *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading the numbers in %1…</source>
        <translation>正在读取 %1 中的号码…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次通话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <source>The backup holds no messages.</source>
        <translation>备份里没有消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the backup. Tick the company&apos;s, then Preview.</source>
        <translation>
            <numerusform>备份中有 %n 个号码。勾选商家的号码，然后点“预览”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: preview again to see what will be imported.</source>
        <translation>已更改：请重新预览，看看会导入什么。</translation>
    </message>
    <message>
        <source>Choose its encoding under “Text file&apos;s encoding”, e.g. %1.</source>
        <translation>请在“文本文件的编码”中选择它的编码，例如 %1。</translation>
    </message>
    <message>
        <source>Tick the company&apos;s numbers (or type them under Other numbers): a backup holds everyone&apos;s messages, and only the company&apos;s belong in the case.</source>
        <translation>请勾选商家的号码（或在“其他号码”中输入）：备份里有所有人的消息，只有商家的才属于这个案件。</translation>
    </message>
    <message>
        <source>Paste the text, or choose a text file.</source>
        <translation>请粘贴文本，或选择一个文本文件。</translation>
    </message>
    <message>
        <source>Choose the files to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Reading everything to show what the import would do; nothing is written yet…</source>
        <translation>正在读取全部内容，预览导入的结果；还没有写入任何内容…</translation>
    </message>
    <message>
        <source>Importing… Stop adds nothing: the import lands whole or not at all.</source>
        <translation>正在导入… 点“停止”不会添加任何内容：导入要么全部完成，要么什么都不做。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) so far</source>
        <translation>
            <numerusform>目前 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… %1</source>
        <translation>正在导入… %1</translation>
    </message>
    <message>
        <source>Preparing the preview… %1</source>
        <translation>正在准备预览… %1</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added. You can import again.</source>
        <translation>导入已停止；没有添加任何内容。你可以重新导入。</translation>
    </message>
    <message>
        <source>The preview was stopped.</source>
        <translation>预览已停止。</translation>
    </message>
    <message>
        <source>Preview: %1 Import to add them.</source>
        <translation>预览：%1 点“导入”即可添加。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>已添加 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be added</source>
        <translation>
            <numerusform>将添加 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n 份证据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n 项承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n 个已在案件中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twice in what was read (taken once)</source>
        <translation>
            <numerusform>%n 个重复出现（只取一次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>已添加（%1）</translation>
    </message>
    <message>
        <source>Will be added (%1)</source>
        <translation>将添加（%1）</translation>
    </message>
    <message>
        <source>Already in the case (%1)</source>
        <translation>已在案件中（%1）</translation>
    </message>
    <message>
        <source>Twice in what was read, taken once (%1)</source>
        <translation>重复出现，只取一次（%1）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>已跳过（%1）</translation>
    </message>
    <message>
        <source>Imported with a warning (%1)</source>
        <translation>导入但有警告（%1）</translation>
    </message>
</context>
<context>
    <name>plaint::ImportWorker</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>plaint::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>plaint::MainWindow</name>
    <message>
        <source>Plaint</source>
        <translation>Plaint</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Start &amp;call</source>
        <translation>开始通话(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Log store &amp;visit</source>
        <translation>记录到店(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Log &amp;app or website problem</source>
        <translation>记录 App 或网站问题(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Log &amp;letter</source>
        <translation>记录信件(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot or files</source>
        <translation>粘贴截图或文件(&amp;P)</translation>
    </message>
    <message>
        <source>Move event to &amp;trash</source>
        <translation>将事件移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Show t&amp;rash…</source>
        <translation>查看回收站(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;demo case</source>
        <translation>打开示例案件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Plaint</source>
        <translation>关于 Plaint(&amp;A)</translation>
    </message>
    <message>
        <source>About Plaint</source>
        <translation>关于 Plaint</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Plaint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps the record of your dispute: who said what and when, every promise, and the evidence. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plaint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;为你记录纠纷的来龙去脉：谁在什么时候说了什么，每一项承诺，以及所有证据。所有数据都只保存在这台电脑上。&lt;/p&gt;&lt;p&gt;资料库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;案件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keep the record of your dispute&lt;/h2&gt;&lt;p&gt;Start a case for each company you are in a dispute with. Then log every call, visit, chat, SMS and letter: who you spoke to (ask for their agent ID), the reference number, their exact words, and every promise with its deadline.&lt;/p&gt;&lt;p&gt;Drop screenshots, photos and bills onto the timeline, or paste a screenshot with Ctrl+V.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;把纠纷的经过记下来&lt;/h2&gt;&lt;p&gt;每与一家商家发生纠纷，就新建一个案件。然后记录每一次通话、到店、在线客服、短信和信件：和谁说的（记得问工号）、受理单号、对方的原话，以及每一项承诺和期限。&lt;/p&gt;&lt;p&gt;把截图、照片和账单拖到时间线上，或按 Ctrl+V 粘贴截图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start a case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Open demo case</source>
        <translation>打开示例案件</translation>
    </message>
    <message>
        <source>A sample dispute to look around in; move it to the trash when you are done.</source>
        <translation>一个示例纠纷，可以随意看看；看完移到回收站即可。</translation>
    </message>
    <message>
        <source>Search words, agent IDs, reference numbers, file names…</source>
        <translation>搜索文字、工号、受理单号、文件名…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>With promises</source>
        <translation>有承诺的</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — against %2 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — 被投诉方：%2 · %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n 项承诺已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>所有客服</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>Agent %1 (%2)</source>
        <translation>工号 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match.</source>
        <translation>
            <numerusform>%n 个事件符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saved; the earlier version is kept.</source>
        <translation>已保存；原来的版本会保留。</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo, or restore it from View → Show trash.</source>
        <translation>已移到回收站。可以撤销，或在“查看 → 查看回收站”中恢复。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>Start a case first; then drop your evidence onto its timeline.</source>
        <translation>请先新建案件，再把证据拖到它的时间线上。</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>正在添加 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a case first; then paste your screenshot into its timeline.</source>
        <translation>请先新建案件，再把截图粘贴到它的时间线上。</translation>
    </message>
    <message>
        <source>Adding the image…</source>
        <translation>正在添加图片…</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>网页：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence added.</source>
        <translation>
            <numerusform>已添加 %n 份证据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While Plaint was closed, %n promise(s) fell due.</source>
        <translation>
            <numerusform>Plaint 关闭期间，有 %n 项承诺到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>&amp;Promises panel</source>
        <translation>承诺面板(&amp;P)</translation>
    </message>
    <message>
        <source>A promise fell due: %1</source>
        <translation>一项承诺已到期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to %1. Open that file with your calendar to be reminded.</source>
        <translation>
            <numerusform>已将 %n 个期限写入 %1。用日历打开该文件即可收到提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deadlines.ics</source>
        <translation>%1 期限.ics</translation>
    </message>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>将期限导出到日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Paste as &amp;events…</source>
        <translation>粘贴为事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Nothing to paste: copy a screenshot, files, or the text of a chat or SMS thread first.</source>
        <translation>没有可粘贴的内容：请先复制截图、文件，或聊天、短信记录的文本。</translation>
    </message>
    <message>
        <source>Start a case first; then import what you have into it.</source>
        <translation>请先新建案件，再把已有的记录导入进去。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>保存记录(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;End call and save</source>
        <translation>结束通话并保存(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>On &amp;hold</source>
        <translation>通话等待中(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Press when they put you on hold, and again when a person answers</source>
        <translation>对方让你等待时按一下，有人接听时再按一下</translation>
    </message>
    <message>
        <source>Log S&amp;MS</source>
        <translation>记录短信(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;dossier…</source>
        <translation>导出投诉案卷(&amp;D)…</translation>
    </message>
    <message>
        <source>Export deadlines to calenda&amp;r…</source>
        <translation>将期限导出到日历(&amp;R)…</translation>
    </message>
    <message>
        <source>Ed&amp;it case…</source>
        <translation>编辑案件(&amp;I)…</translation>
    </message>
    <message>
        <source>Move case to &amp;trash</source>
        <translation>将案件移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Storing your evidence</source>
        <translation>正在存入证据</translation>
    </message>
    <message>
        <source>Keep Plaint open</source>
        <translation>先不关闭 Plaint</translation>
    </message>
    <message>
        <source>Plaint stays open; the evidence is still being stored.</source>
        <translation>Plaint 保持打开；证据仍在存入中。</translation>
    </message>
    <message numerus="yes">
        <source>Plaint closes as soon as the evidence you added is stored safely (%n still to go).</source>
        <translation>
            <numerusform>你添加的证据安全存入后，Plaint 就会关闭（还剩 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>%1

Save it now, discard it, or keep editing?</source>
        <translation>%1

现在保存、放弃，还是继续编辑？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Case saved; the earlier version is kept.</source>
        <translation>案件已保存；原来的版本会保留。</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo, or restore it from View → Show trash.</source>
        <translation>“%1”已移到回收站。可以撤销，或在“查看 → 查看回收站”中恢复。</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (was it moved or deleted?). Put it back, or take it out of the entry (double-click it in the list), then save again.</source>
        <translation>无法再读取 %1（是不是被移动或删除了？）。请把它放回原处，或把它从这条记录中去掉（在列表中双击它），然后再保存。</translation>
    </message>
    <message numerus="yes">
        <source>Saving the entry and its %n file(s)…</source>
        <translation>
            <numerusform>正在保存这条记录和它的 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有任何改动。</translation>
    </message>
    <message>
        <source>Promise recorded.</source>
        <translation>承诺已记下。</translation>
    </message>
    <message>
        <source>Promise changed; the earlier wording is kept.</source>
        <translation>承诺已修改；原来的说法会保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to this entry; stored when you save it.</source>
        <translation>
            <numerusform>已把 %n 个文件加到这条记录；保存时一并存入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The image is added to this entry; stored when you save it.</source>
        <translation>图片已加到这条记录；保存时一并存入。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>The link could not be kept: Plaint&apos;s temporary folder cannot be written.</source>
        <translation>无法保留这个链接：Plaint 的临时文件夹无法写入。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added to this entry; stored when you save it.</source>
        <translation>
            <numerusform>已把 %n 个链接加到这条记录；保存时一并存入。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1”无法保存：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n piece(s) of evidence.</source>
        <translation>
            <numerusform>已保存，附 %n 项证据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;messages and calls…</source>
        <translation>导入消息和通话(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>plaint::MaskEditor</name>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
</context>
<context>
    <name>plaint::PdfViewer</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一页(&amp;N) ▶</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适应宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>整页(&amp;G)</translation>
    </message>
    <message>
        <source>Find in this PDF…</source>
        <translation>在此 PDF 中查找…</translation>
    </message>
    <message>
        <source>A private copy for viewing could not be written (%1).</source>
        <translation>无法写出用于查看的临时副本（%1）。</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so Plaint cannot show it. It is kept unchanged; open it with the system&apos;s application and type the password there.</source>
        <translation>此 PDF 受密码保护，Plaint 无法显示。文件原样保存；请用系统默认程序打开并输入密码。</translation>
    </message>
    <message>
        <source>This PDF is locked in a way Plaint cannot open. It is kept unchanged; open it with the system&apos;s application.</source>
        <translation>此 PDF 的加密方式 Plaint 无法打开。文件原样保存；请用系统默认程序打开。</translation>
    </message>
    <message>
        <source>This file is not a readable PDF (it may be damaged or incomplete). It is kept exactly as it was added; its SHA-256 above proves that.</source>
        <translation>此文件不是可读的 PDF（可能已损坏或不完整）。它与添加时完全一致，上面的 SHA-256 可以证明。</translation>
    </message>
    <message>
        <source>This PDF has no pages to show.</source>
        <translation>此 PDF 没有可显示的页面。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Page %1: …%2%3%4…</source>
        <translation>第 %1 页：…%2%3%4…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::PromiseDialog</name>
    <message>
        <source>Edit promise</source>
        <translation>修改承诺</translation>
    </message>
    <message>
        <source>What they promised and by when. The earlier wording is kept.</source>
        <translation>对方承诺了什么、期限是什么时候。原来的说法会保留。</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>期限(&amp;B)</translation>
    </message>
    <message>
        <source>They &amp;promised:</source>
        <translation>对方承诺(&amp;P)：</translation>
    </message>
    <message>
        <source>Say what they promised.</source>
        <translation>请写明对方承诺了什么。</translation>
    </message>
</context>
<context>
    <name>plaint::PromisePanel</name>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Who promised</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <source>What they promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>Double-click a promise to see the event in which it was made.</source>
        <translation>双击一项承诺，查看作出该承诺的事件。</translation>
    </message>
    <message>
        <source>%1, agent %2</source>
        <translation>%1，工号 %2</translation>
    </message>
    <message>
        <source>%1 promised “%2” by %3 (case: %4)</source>
        <translation>%1 承诺在 %3 前“%2”（案件：%4）</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n day(s): %1</source>
        <translation>
            <numerusform>已逾期 %n 天：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>due soon: %1</source>
        <translation>即将到期：%1</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>未给出期限</translation>
    </message>
    <message>
        <source>No open promises. When someone promises you something, log it with its deadline: Plaint reminds you when it falls due.</source>
        <translation>没有未了结的承诺。对方承诺了什么，就连同期限一起记下来：到期时 Plaint 会提醒你。</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n 项未了结的承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 48 hours</source>
        <translation>
            <numerusform>%n 项 48 小时内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;While Plaint was closed, %n promise(s) fell due:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Plaint 关闭期间，有 %n 项承诺到期：&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>If they were not kept, mark them broken and follow up.</source>
        <translation>如果对方没有兑现，请标记为未兑现并继续跟进。</translation>
    </message>
</context>
<context>
    <name>plaint::PromiseReminder</name>
    <message>
        <source>Plaint: reminders of promises</source>
        <translation>Plaint：承诺提醒</translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1（工号 %2）</translation>
    </message>
    <message>
        <source>A promise fell due</source>
        <translation>一项承诺已到期</translation>
    </message>
    <message>
        <source>%1 promised: %2
Case: %3</source>
        <translation>%1 承诺：%2
案件：%3</translation>
    </message>
</context>
<context>
    <name>plaint::SuggestionBox</name>
    <message>
        <source>“%1” is a promise without a date. Ask them: by when exactly? You can still log it, with no deadline.</source>
        <translation>“%1”是一个没有具体时间的承诺。问清楚对方：具体什么时候之前？也可以先记下来，不设期限。</translation>
    </message>
    <message>
        <source>They promised: “%1”, due %2.</source>
        <translation>对方承诺：“%1”，期限 %2。</translation>
    </message>
    <message>
        <source>They promised “%1”: due %2. (“%3”)</source>
        <translation>对方承诺“%1”：期限 %2。（“%3”）</translation>
    </message>
    <message>
        <source>(Holidays of %1 are not known to Plaint: only weekends were skipped.)</source>
        <translation>（Plaint 没有 %1 的节假日数据：只跳过了周末。）</translation>
    </message>
    <message>
        <source>Log it without a date</source>
        <translation>不设期限，先记下</translation>
    </message>
    <message>
        <source>Use this promise</source>
        <translation>采用这条承诺</translation>
    </message>
</context>
<context>
    <name>plaint::TimelineDelegate</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App 或网站</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>you contacted them</source>
        <translation>你联系对方</translation>
    </message>
    <message>
        <source>they contacted you</source>
        <translation>对方联系你</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>你的备注</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>承诺已逾期</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <source>Promise pending</source>
        <translation>承诺待兑现</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>单号 %1</translation>
    </message>
    <message>
        <source>%1 min, %2 on hold</source>
        <translation>%1 分钟，其中等待 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min, %3 min on hold</source>
        <translation>%1 小时 %2 分，其中等待 %3 分钟</translation>
    </message>
    <message>
        <source>%1 min travelling</source>
        <translation>路上 %1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min travelling</source>
        <translation>路上 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>Final answer</source>
        <translation>最终答复</translation>
    </message>
</context>
<context>
    <name>plaint::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>What you moved to the trash. Nothing here is ever deleted: restore what you need.</source>
        <translation>你移到回收站的内容。这里的内容永远不会被删除：需要时恢复即可。</translation>
    </message>
    <message>
        <source>&amp;Restore event</source>
        <translation>恢复事件(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;case</source>
        <translation>恢复案件(&amp;C)</translation>
    </message>
    <message>
        <source>Events of this case</source>
        <translation>本案件的事件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 — against %2</source>
        <translation>%1 — 被投诉方：%2</translation>
    </message>
</context>
</TS>
