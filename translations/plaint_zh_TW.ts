<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BackupNumbers</name>
    <message>
        <source>The backup is damaged (%1).</source>
        <translation>備份檔案已損壞（%1）。</translation>
    </message>
    <message>
        <source>The file is empty or is not XML.</source>
        <translation>檔案是空的，或不是 XML。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file (it starts with &lt;%1&gt;).</source>
        <translation>這不是 SMS Backup &amp; Restore 檔案（開頭是 &lt;%1&gt;）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The backup ends too early (at line %1): it looks cut off.</source>
        <translation>備份檔案提前結束（在第 %1 行）：看起來被截斷了。</translation>
    </message>
    <message>
        <source>The backup is damaged at line %1 (%2).</source>
        <translation>備份檔案在第 %1 行損壞（%2）。</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Cannot read the holiday data for %1.</source>
        <translation>無法讀取 %1 的節假日資料。</translation>
    </message>
    <message>
        <source>The holiday data in %1 is damaged: %2</source>
        <translation>%1 中的節假日資料已損壞：%2</translation>
    </message>
    <message>
        <source>holiday &quot;%1&quot; has no valid dates</source>
        <translation>節假日「%1」沒有有效日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>「%1」不是日期</translation>
    </message>
    <message>
        <source>the provisional year %1 is not among its years</source>
        <translation>暫定年份 %1 不在其年份清單中</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>備份檔案提前結束（在 %1）：看起來被截斷了。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The backup is damaged at %1 (%2). Nothing was imported.</source>
        <translation>備份檔案在 %1 處損壞（%2）。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>檔案是空的。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file is empty or is not XML. Nothing was imported.</source>
        <translation>檔案是空的，或不是 XML。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>This is an SMS backup; import it with &quot;plaint import sms&quot;.</source>
        <translation>這是簡訊備份；請用「plaint import sms」匯入。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore call log (it starts with &lt;%1&gt;, not &lt;calls&gt;).</source>
        <translation>這不是 SMS Backup &amp; Restore 的通話記錄（開頭是 &lt;%1&gt;，而不是 &lt;calls&gt;）。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) with other numbers</source>
        <translation>
            <numerusform>與其他號碼的 %n 次通話</numerusform>
        </translation>
    </message>
    <message>
        <source>not from or to the numbers asked for</source>
        <translation>與指定號碼無關</translation>
    </message>
    <message>
        <source>call with %1 at %2</source>
        <translation>%2 與 %1 的通話</translation>
    </message>
    <message>
        <source>call with %1</source>
        <translation>與 %1 的通話</translation>
    </message>
    <message>
        <source>its time (&quot;%1&quot;) is not a time</source>
        <translation>其時間（「%1」）不是有效時間</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Incoming call from %1 (%2)</source>
        <translation>%1 來電（%2）</translation>
    </message>
    <message>
        <source>Outgoing call to %1 (%2)</source>
        <translation>撥出 %1（%2）</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>%1 的未接來電</translation>
    </message>
    <message>
        <source>Voicemail from %1 (%2)</source>
        <translation>%1 的語音留言（%2）</translation>
    </message>
    <message>
        <source>Rejected call from %1</source>
        <translation>已拒接 %1 的來電</translation>
    </message>
    <message>
        <source>Blocked call from %1</source>
        <translation>已攔截 %1 的來電</translation>
    </message>
    <message>
        <source>Call from %1 answered on another device (%2)</source>
        <translation>%1 的來電已在其他裝置上接聽（%2）</translation>
    </message>
    <message>
        <source>its kind (type %1) is not one Plaint knows</source>
        <translation>其類型（type %1）Plaint 無法識別</translation>
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
        <translation>已攔截</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>匯入已取消；沒有新增任何內容。</translation>
    </message>
</context>
<context>
    <name>CaptureTime</name>
    <message>
        <source>time from the picture&apos;s EXIF data</source>
        <translation>時間取自圖片的 EXIF 資訊</translation>
    </message>
    <message>
        <source>time from the file&apos;s name</source>
        <translation>時間取自檔名</translation>
    </message>
    <message>
        <source>time from the file&apos;s modification date; check it</source>
        <translation>時間取自檔案修改日期；請核對</translation>
    </message>
    <message>
        <source>the time it was added: the picture does not say when it was taken</source>
        <translation>時間為新增的時間：圖片裡沒有拍攝時間</translation>
    </message>
</context>
<context>
    <name>CaseTransfer</name>
    <message>
        <source>The case could not be copied (%1).</source>
        <translation>無法複製案件（%1）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；沒有做任何改動。</translation>
    </message>
    <message>
        <source>A piece of evidence (SHA-256 %1) does not match its hash: its content was changed or damaged.</source>
        <translation>一份證據（SHA-256 %1）與其雜湊值不符：內容已被改動或損壞。</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>沒有編號為 %1 的案件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>A case cannot be exported over the library it comes from.</source>
        <translation>不能把案件匯出並覆蓋它所在的資料庫。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The exported case did not verify: %1</source>
        <translation>匯出的案件未通過驗證：%1</translation>
    </message>
    <message>
        <source>This library was opened read-only.</source>
        <translation>此資料庫以唯讀方式開啟。</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>找不到案件檔案 %1。</translation>
    </message>
    <message>
        <source>A library cannot be imported into itself.</source>
        <translation>資料庫不能匯入到它自己。</translation>
    </message>
    <message>
        <source>%1 is not a Plaint case file: %2</source>
        <translation>%1 不是 Plaint 案件檔案：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: it failed its check. %2</source>
        <translation>未匯入 %1：驗證未通過。%2</translation>
    </message>
    <message>
        <source>%1 holds %2 cases; a case file holds exactly one. Nothing was imported.</source>
        <translation>%1 包含 %2 個案件；案件檔案只能包含一個。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>This case (&quot;%1&quot;) is already in the library as case %2. Nothing was imported; import it as a copy to have it twice.</source>
        <translation>此案件（「%1」）已在資料庫中，編號 %2。沒有匯入任何內容；如需保留兩份，請作為副本匯入。</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1（匯入副本 %2）</translation>
    </message>
    <message>
        <source>%1 was not imported: a promise is settled by an event outside the case.</source>
        <translation>未匯入 %1：有一項承諾的結果由案件之外的事件認定。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>找不到檔案 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>無法讀取 %1：沒有權限。</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>無法開啟 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Plaint case file or library.</source>
        <translation>%1 不是 Plaint 案件檔案，也不是 Plaint 資料庫。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 is from an earlier Plaint and needs upgrading, but no room could be made for a copy beside your library: %2</source>
        <translation>%1 由較舊版本的 Plaint 產生，需要升級，但無法在你的資料庫旁邊建立副本：%2</translation>
    </message>
    <message>
        <source>%1 is from an earlier Plaint and could not be copied to be upgraded: %2</source>
        <translation>%1 由較舊版本的 Plaint 產生，無法複製出副本進行升級：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>plaint: &quot;%1&quot; needs an action, e.g. &quot;%1 add&quot; (see plaint --help).</source>
        <translation>plaint：「%1」需要一個操作，例如「%1 add」（見 plaint --help）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Plaint command (see plaint --help).</source>
        <translation>「%1」不是 Plaint 的命令（見 plaint --help）。</translation>
    </message>
    <message>
        <source>The library file to use.</source>
        <translation>要使用的資料庫檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Show Plaint&apos;s version.</source>
        <translation>顯示 Plaint 的版本。</translation>
    </message>
    <message>
        <source>What to do; see above.</source>
        <translation>要做什麼；見上文。</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message numerus="yes">
        <source>plaint: %1 is not a case file but a Plaint library of its own, with %n case(s); nothing was imported. Use it with: plaint --library %1 case list</source>
        <translation>
            <numerusform>plaint：%1 不是案件檔案，而是一個獨立的 Plaint 資料庫，其中有 %n 個案件；未匯入任何內容。可以這樣使用它：plaint --library %1 case list</numerusform>
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
        <translation>Plaint 為你記錄與商家之間的糾紛：每一次通話、到店、訊息和信件，
誰在什麼時候說了什麼，每一項承諾及其期限，以及相關證據。

用法：plaint [--library 檔案] 命令 ...

  case add --title T --company C [--account A] [--jurisdiction CN|US|UK|EU|other]
           [--outcome 文字] [--amount N --currency CNY]        輸出新案件的編號
  case edit --id ID [同上選項] [--status open|escalated|resolved|abandoned]
  case list [--json]
  case trash --id ID | case restore --id ID
  case export --case ID -o 檔案.plaint [--json]
                                              將案件及其證據和日誌寫入一個檔案，
                                              方便交給別人
  case import 檔案.plaint [--as-copy] [--json]
                                              驗證案件檔案並新增；輸出新案件的編號
  event add --case ID --at 2021-04-18T10:15+08:00
            --channel phone|store|app|chat|sms|email|letter|social|note
            [--direction out|in|note] [--duration 分鐘] [--hold 分鐘]
            [--travel 分鐘] [--agent 工號] [--agent-name 姓名] [--ref 單號]
            --summary 文字 [--quote 文字]... [--outcome 文字] [--final-answer]
            [--attach 檔案]...                                 輸出新事件的編號
  event edit --id ID [與 add 相同的選項]
  event trash --id ID | event restore --id ID
  event history --id ID [--json]                              歷史版本
  trash --case ID [--json]                                    回收筒中的事件
  promise add --event ID --text 文字 [--due 2021-04-20T10:00+08:00]
                                                              輸出新承諾的編號
  promise set --id ID (--kept|--broken|--pending) [--settled-by 事件ID]
  attach --event ID 檔案...                   每個檔案輸出一行「sha256  檔名」
  evidence save --sha SHA256 -o 檔案          匯出一份證據，並驗證
  search --case ID 文字 [--json]
  show --case ID [--json]
  verify --library [--json]                   驗證日誌、每條記錄和每份證據
  promises --case ID [--as-of 時間] [--json]  所有承諾：待兌現、已兌現、未兌現或已逾期
  deadlines --case ID --ics 檔案              將未到期的期限匯出為 iCalendar 檔案
  analyse --case ID [--final-answer 日期] [--as-of 時間] [--json]
                                              聯絡次數、耗費時間、承諾、踢皮球，
                                              以及何時可以向誰進一步申訴
  suggest --at 時間 [--jurisdiction J] [--json] 文字
                                              找出文字中帶期限的承諾
  import sms|calls 檔案... --case ID --numbers 10086,10010
                                              從 SMS Backup &amp; Restore 的 XML 檔案中
                                              匯入與這些號碼的簡訊/多媒體簡訊或通話
  import email 檔案... --case ID [--me 電子郵件地址,...]
                                              .eml 檔案或 mbox 信箱
  import text 檔案... --case ID [--channel chat|sms] [--encoding GB18030]
         [--copied 日期]                      貼上的聊天或簡訊記錄（檔案為 - 時讀取
                                              標準輸入），按其中的時間拆分
  import photos 檔案... --case ID             螢幕截圖和照片，按 EXIF 或檔名定時間
      所有匯入：[--promises] [--dry-run] [--json]；不是全部匯入，就是完全不寫入，
      案件中已有的內容不會重複新增；按 Ctrl+C 中斷則什麼也不留下
  export --case ID --audience regulator|association|court --lang en|zh_CN|zh_TW
         [--jurisdiction CN|US|UK|EU|generic] [--complainant 姓名] [--phone 號碼]...
         [--id-number 證件號碼] [--email 電子郵件] [--address 地址] [--redact] [--redact-term 詞]...
         [--mask SHA256:X,Y,W,H]... [--from 日期 --to 日期] [--attach-originals]
         [--exhibits 名稱.json] (-o 檔案.pdf | --bundle 檔案.zip)
                                              申訴資料
  verify 檔案.pdf|檔案.zip [--library [資料庫]] [--json]
                                              驗證申訴資料中的證據和雜湊值，
                                              以及其日誌最新雜湊值是否與資料庫一致

不帶時區偏移的時間按本機時區理解。
退出碼：0 完成；1 驗證發現問題；2 輸入有誤（未寫入任何內容）。</translation>
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
        <translation>商家給出你不接受的最終答覆的日期（最終處理意見）。</translation>
    </message>
    <message>
        <source>Judge overdue and elapsed days at this time instead of now.</source>
        <translation>以此時間而非目前時間判斷逾期和已過天數。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>Case %1: %2 (%3)</source>
        <translation>案件 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Days since first contact: %1 (first contact %2).</source>
        <translation>距首次聯絡已過天數：%1（首次聯絡於 %2）。</translation>
    </message>
    <message>
        <source>Promises: %1 made, %2 kept, %3 broken, %4 pending, of which %5 OVERDUE.</source>
        <translation>承諾：共 %1 項，已兌現 %2 項，未兌現 %3 項，待兌現 %4 項，其中已逾期 %5 項。</translation>
    </message>
    <message>
        <source>Agents involved: %1</source>
        <translation>涉及的客服：%1</translation>
    </message>
    <message>
        <source>Runaround: none found (%1 referral(s)).</source>
        <translation>踢皮球：未發現（共被推諉 %1 次）。</translation>
    </message>
    <message>
        <source>Runaround: %1 referral(s) in %2 runaround(s).</source>
        <translation>踢皮球：共被推諉 %1 次（%2 輪）。</translation>
    </message>
    <message>
        <source> (back to a place already tried)</source>
        <translation>（又回到已經試過的地方）</translation>
    </message>
    <message>
        <source>event #%1 %2: %3 → %4%5 “%6”</source>
        <translation>事件 #%1 %2：%3 → %4%5 「%6」</translation>
    </message>
    <message>
        <source>Escalation: no contact with the company recorded yet, or no rule in force on that date.</source>
        <translation>進一步申訴：尚未記錄與商家的聯絡，或該日期沒有有效的規定。</translation>
    </message>
    <message>
        <source>Escalation (%1), counting from your first complaint on %2:</source>
        <translation>進一步申訴（%1），自你首次申訴之日 %2 起算：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>不確定：%1</translation>
    </message>
    <message>
        <source>Short title of the dispute.</source>
        <translation>糾紛的簡短標題。</translation>
    </message>
    <message>
        <source>The company the case is against.</source>
        <translation>被申訴的商家。</translation>
    </message>
    <message>
        <source>Your phone or account number with them.</source>
        <translation>你在該商家的手機號或帳號。</translation>
    </message>
    <message>
        <source>CN, US, UK, EU or other.</source>
        <translation>CN、US、UK、EU 或 other。</translation>
    </message>
    <message>
        <source>What you want to happen.</source>
        <translation>你希望的處理結果。</translation>
    </message>
    <message>
        <source>Amount in dispute.</source>
        <translation>爭議金額。</translation>
    </message>
    <message>
        <source>Currency of the amount, e.g. CNY.</source>
        <translation>金額的幣別，例如 CNY。</translation>
    </message>
    <message>
        <source>open, escalated, resolved or abandoned.</source>
        <translation>open、escalated、resolved 或 abandoned。</translation>
    </message>
    <message>
        <source>--jurisdiction takes one of %1, not &quot;%2&quot;.</source>
        <translation>--jurisdiction 應為 %1 之一，而不是「%2」。</translation>
    </message>
    <message>
        <source>--status takes one of %1, not &quot;%2&quot;.</source>
        <translation>--status 應為 %1 之一，而不是「%2」。</translation>
    </message>
    <message>
        <source>--currency goes with --amount.</source>
        <translation>--currency 須與 --amount 一起使用。</translation>
    </message>
    <message>
        <source>--amount needs --currency, e.g. --currency CNY.</source>
        <translation>--amount 需要 --currency，例如 --currency CNY。</translation>
    </message>
    <message>
        <source>No cases yet. Start one with: plaint case add --title T --company C</source>
        <translation>還沒有案件。新增一個：plaint case add --title T --company C</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n 項承諾已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;case %1&quot; is not a Plaint command; use case add, edit, list, trash or restore.</source>
        <translation>「case %1」不是 Plaint 的命令；請用 case add、edit、list、trash 或 restore。</translation>
    </message>
    <message>
        <source>The library file to use.</source>
        <translation>要使用的資料庫檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>%1: %2 (see plaint --help)</source>
        <translation>%1：%2（見 plaint --help）</translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1：缺少 %2。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1：多餘的引數「%2」。</translation>
    </message>
    <message>
        <source>There is no library at %1 yet; start one with: plaint case add --title T --company C</source>
        <translation>%1 還沒有資料庫；新增一個：plaint case add --title T --company C</translation>
    </message>
    <message>
        <source>%1: --%2 is required.</source>
        <translation>%1：必須提供 --%2。</translation>
    </message>
    <message>
        <source>--%1 takes a number such as 12, not &quot;%2&quot;.</source>
        <translation>--%1 應為數字，例如 12，而不是「%2」。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date and time; write it like 2021-04-18T10:15+08:00.</source>
        <translation>--%1：「%2」不是日期時間；請寫成 2021-04-18T10:15+08:00 的形式。</translation>
    </message>
    <message>
        <source>--%1 takes minutes, such as 25, 12.5 or 12:30 (minutes:seconds), not &quot;%2&quot;.</source>
        <translation>--%1 應為分鐘數，例如 25、12.5 或 12:30（分:秒），而不是「%2」。</translation>
    </message>
    <message>
        <source>The iCalendar file to write.</source>
        <translation>要寫入的 iCalendar 檔案。</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 deadline(s) to %2.</source>
        <translation>已將 %1 個期限寫入 %2。</translation>
    </message>
    <message>
        <source>The case the event belongs to.</source>
        <translation>事件所屬的案件。</translation>
    </message>
    <message>
        <source>When it happened, e.g. 2021-04-18T10:15+08:00.</source>
        <translation>發生時間，例如 2021-04-18T10:15+08:00。</translation>
    </message>
    <message>
        <source>phone, store, app, chat, sms, email, letter, social or note.</source>
        <translation>phone、store、app、chat、sms、email、letter、social 或 note。</translation>
    </message>
    <message>
        <source>out (you contacted them), in (they contacted you) or note.</source>
        <translation>out（你聯絡對方）、in（對方聯絡你）或 note。</translation>
    </message>
    <message>
        <source>How long it took, in minutes (hold time included).</source>
        <translation>持續多久，以分鐘計（含等待時間）。</translation>
    </message>
    <message>
        <source>The agent&apos;s ID, e.g. 23338.</source>
        <translation>客服工號，例如 23338。</translation>
    </message>
    <message>
        <source>The agent&apos;s name.</source>
        <translation>客服姓名。</translation>
    </message>
    <message>
        <source>Reference or ticket number.</source>
        <translation>受理單號或工單號。</translation>
    </message>
    <message>
        <source>What happened, in a sentence.</source>
        <translation>發生了什麼，一句話。</translation>
    </message>
    <message>
        <source>Their words, verbatim; repeat for several.</source>
        <translation>對方的原話，逐字記錄；可重複多次。</translation>
    </message>
    <message>
        <source>How it ended.</source>
        <translation>結果如何。</translation>
    </message>
    <message>
        <source>A file of evidence; repeat for several.</source>
        <translation>證據檔案；可重複多次。</translation>
    </message>
    <message>
        <source>--channel takes one of %1, not &quot;%2&quot;.</source>
        <translation>--channel 應為 %1 之一，而不是「%2」。</translation>
    </message>
    <message>
        <source>--direction takes one of %1, not &quot;%2&quot;.</source>
        <translation>--direction 應為 %1 之一，而不是「%2」。</translation>
    </message>
    <message>
        <source>The event.</source>
        <translation>事件。</translation>
    </message>
    <message>
        <source>Event %1 has not been edited.</source>
        <translation>事件 %1 沒有被編輯過。</translation>
    </message>
    <message>
        <source>Revision %1, replaced %2:</source>
        <translation>版本 %1，於 %2 被替換：</translation>
    </message>
    <message>
        <source>Current (revision %1):</source>
        <translation>目前（版本 %1）：</translation>
    </message>
    <message>
        <source>The trash of case %1 is empty.</source>
        <translation>案件 %1 的回收筒是空的。</translation>
    </message>
    <message>
        <source>&quot;event %1&quot; is not a Plaint command; use event add, edit, trash, restore or history.</source>
        <translation>「event %1」不是 Plaint 的命令；請用 event add、edit、trash、restore 或 history。</translation>
    </message>
    <message>
        <source>The event the evidence belongs to.</source>
        <translation>證據所屬的事件。</translation>
    </message>
    <message>
        <source>a file to attach</source>
        <translation>要附加的檔案</translation>
    </message>
    <message>
        <source>&quot;evidence %1&quot; is not a Plaint command; use evidence save.</source>
        <translation>「evidence %1」不是 Plaint 的命令；請用 evidence save。</translation>
    </message>
    <message>
        <source>The evidence&apos;s SHA-256.</source>
        <translation>證據的 SHA-256。</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>寫到哪裡。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是資料夾；請給出檔名。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>無法寫入 %1（%2）。</translation>
    </message>
    <message>
        <source>The event in which it was promised.</source>
        <translation>作出承諾的事件。</translation>
    </message>
    <message>
        <source>What was promised.</source>
        <translation>承諾的內容。</translation>
    </message>
    <message>
        <source>By when, e.g. 2021-04-20T10:00+08:00.</source>
        <translation>期限，例如 2021-04-20T10:00+08:00。</translation>
    </message>
    <message>
        <source>The promise.</source>
        <translation>承諾。</translation>
    </message>
    <message>
        <source>They did what they promised.</source>
        <translation>對方兌現了承諾。</translation>
    </message>
    <message>
        <source>They did not.</source>
        <translation>對方沒有兌現。</translation>
    </message>
    <message>
        <source>Not settled yet.</source>
        <translation>尚未有結果。</translation>
    </message>
    <message>
        <source>The event that showed it.</source>
        <translation>能說明結果的事件。</translation>
    </message>
    <message>
        <source>promise set: give exactly one of --kept, --broken or --pending.</source>
        <translation>promise set：--kept、--broken、--pending 只能且必須給出一個。</translation>
    </message>
    <message>
        <source>&quot;promise %1&quot; is not a Plaint command; use promise add or promise set.</source>
        <translation>「promise %1」不是 Plaint 的命令；請用 promise add 或 promise set。</translation>
    </message>
    <message>
        <source>Judge overdue at this time instead of now.</source>
        <translation>以此時間而非目前時間判斷逾期。</translation>
    </message>
    <message>
        <source>No promises recorded in case %1.</source>
        <translation>案件 %1 中沒有記錄任何承諾。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>#%1 [%2] due %3 — %4 (promised %5, event #%6)</source>
        <translation>#%1 [%2] 期限 %3 — %4（承諾於 %5，事件 #%6）</translation>
    </message>
    <message>
        <source>%1 promise(s), %2 overdue.</source>
        <translation>共 %1 項承諾，%2 項已逾期。</translation>
    </message>
    <message>
        <source>The case to search.</source>
        <translation>要搜尋的案件。</translation>
    </message>
    <message>
        <source>the text to search for</source>
        <translation>要搜尋的文字</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) found.</source>
        <translation>
            <numerusform>找到 %n 個事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case to show.</source>
        <translation>要顯示的案件。</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>被申訴方：%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帳號：%1</translation>
    </message>
    <message>
        <source>Jurisdiction: %1   Status: %2</source>
        <translation>管轄地：%1   狀態：%2</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>訴求：%1</translation>
    </message>
    <message>
        <source>Amount in dispute: %1</source>
        <translation>爭議金額：%1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>客服：%1</translation>
    </message>
    <message>
        <source>When the words were said, e.g. 2021-04-18T10:15+08:00.</source>
        <translation>對方說這些話的時間，例如 2021-04-18T10:15+08:00。</translation>
    </message>
    <message>
        <source>Whose business days and holidays to use: CN, US, UK, EU or other.</source>
        <translation>按哪裡的工作日和節假日計算：CN、US、UK、EU 或 other。</translation>
    </message>
    <message>
        <source>the text to read</source>
        <translation>要讀取的文字</translation>
    </message>
    <message>
        <source>No time-bound promise found.</source>
        <translation>沒有找到帶期限的承諾。</translation>
    </message>
    <message>
        <source>no date (vague: ask them by when)</source>
        <translation>無日期（說法含糊：問清對方具體期限）</translation>
    </message>
    <message>
        <source>%1  [%2, %3%]  “%4”  %5</source>
        <translation>%1  [%2，%3%]  「%4」  %5</translation>
    </message>
    <message>
        <source>No holiday data for %1: only weekends were skipped.</source>
        <translation>沒有 %1 的節假日資料：只跳過了週末。</translation>
    </message>
    <message>
        <source>verify: unexpected argument &quot;%1&quot;.</source>
        <translation>verify：多餘的引數「%1」。</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>正常：%1</translation>
    </message>
    <message numerus="yes">
        <source>Journal: %n entries, unbroken. Head: %1</source>
        <translation>
            <numerusform>日誌：共 %n 條，鏈條完整。最新雜湊值：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n file(s) re-hashed, all match.</source>
        <translation>
            <numerusform>證據：重新計算了 %n 個檔案的雜湊值，全部一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record matches its last journal entry.</source>
        <translation>每條記錄都與其最後一條日誌一致。</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>First journal entry that does not match: %1</source>
        <translation>第一條不一致的日誌：%1</translation>
    </message>
    <message>
        <source>The case to export.</source>
        <translation>要匯出的案件。</translation>
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
        <translation>你的電話號碼（可重複）。</translation>
    </message>
    <message>
        <source>Your ID-card number.</source>
        <translation>你的身分證字號。</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>你的電子郵件地址。</translation>
    </message>
    <message>
        <source>Your postal address.</source>
        <translation>你的通訊地址。</translation>
    </message>
    <message>
        <source>Hide your personal details behind black boxes.</source>
        <translation>用黑框遮蓋你的個人資訊。</translation>
    </message>
    <message>
        <source>Another word to hide (repeatable).</source>
        <translation>另一個要遮蓋的詞（可重複）。</translation>
    </message>
    <message>
        <source>Black out a region of an image exhibit: SHA256:X,Y,W,H in its pixels.</source>
        <translation>遮蓋圖片證據中的一塊區域：SHA256:X,Y,W,H，單位為畫素。</translation>
    </message>
    <message>
        <source>First day to include.</source>
        <translation>包含的第一天。</translation>
    </message>
    <message>
        <source>Last day to include.</source>
        <translation>包含的最後一天。</translation>
    </message>
    <message>
        <source>Also embed the original evidence files in the PDF.</source>
        <translation>同時把原始證據檔案嵌入 PDF。</translation>
    </message>
    <message>
        <source>The moment the dossier is made as (for overdue promises).</source>
        <translation>按哪個時間產生申訴資料（用於判斷承諾是否逾期）。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <source>Write a ZIP bundle instead.</source>
        <translation>改為寫入 ZIP 證據包。</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>以 JSON 輸出結果。</translation>
    </message>
    <message>
        <source>export: give either -o FILE.pdf or --bundle FILE.zip.</source>
        <translation>export：請給出 -o 檔案.pdf 或 --bundle 檔案.zip 其中之一。</translation>
    </message>
    <message>
        <source>export: --lang must be en, zh_CN or zh_TW.</source>
        <translation>export：--lang 必須是 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>export: --jurisdiction must be one of %1.</source>
        <translation>export：--jurisdiction 必須是 %1 之一。</translation>
    </message>
    <message>
        <source>export: --redact-term needs --redact.</source>
        <translation>export：--redact-term 需要與 --redact 一起使用。</translation>
    </message>
    <message>
        <source>export: --mask must look like SHA256:X,Y,W,H (pixels), not &quot;%1&quot;.</source>
        <translation>export：--mask 的格式應為 SHA256:X,Y,W,H（畫素），而不是「%1」。</translation>
    </message>
    <message>
        <source>export: --%1 must be a date like 2021-04-06.</source>
        <translation>export：--%1 必須是日期，例如 2021-04-06。</translation>
    </message>
    <message>
        <source>export: --from is after --to.</source>
        <translation>export：--from 晚於 --to。</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 exhibits.</source>
        <translation>已寫入 %1：%2 頁，%3 份證據。</translation>
    </message>
    <message>
        <source>Journal head: %1</source>
        <translation>日誌最新雜湊值：%1</translation>
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
        <translation>如需同時驗證日誌最新雜湊值：plaint verify %1 --library 資料庫</translation>
    </message>
    <message>
        <source>verify: say what to check, e.g. plaint verify --library, or plaint verify DOSSIER.pdf</source>
        <translation>verify：請說明要驗證什麼，例如 plaint verify --library 或 plaint verify 申訴資料.pdf</translation>
    </message>
    <message>
        <source>The case file to write (.plaint).</source>
        <translation>要寫入的案件檔案（.plaint）。</translation>
    </message>
    <message>
        <source>Journal head of the case file: %1</source>
        <translation>案件檔案的日誌最新雜湊值：%1</translation>
    </message>
    <message>
        <source>Import a case already in the library again, as a copy.</source>
        <translation>將已在資料庫中的案件作為副本再匯入一次。</translation>
    </message>
    <message>
        <source>the case file (.plaint)</source>
        <translation>案件檔案（.plaint）</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; is not a Plaint command; use import sms, calls, email, text or photos.</source>
        <translation>「import %1」不是 Plaint 的命令；請用 import sms、calls、email、text 或 photos。</translation>
    </message>
    <message>
        <source>The case the events belong to.</source>
        <translation>事件所屬的案件。</translation>
    </message>
    <message>
        <source>The company&apos;s phone numbers, e.g. 10086,10010.</source>
        <translation>商家的電話號碼，例如 10086,10010。</translation>
    </message>
    <message>
        <source>For e-mail: your own addresses, whose messages are outgoing.</source>
        <translation>用於電子郵件：你自己的電子郵件地址，從這些地址發出的郵件算作你發出的。</translation>
    </message>
    <message>
        <source>For text and photos: the channel of the events.</source>
        <translation>用於文字和照片：事件的管道。</translation>
    </message>
    <message>
        <source>For text: the file&apos;s encoding, e.g. GB18030 or Big5.</source>
        <translation>用於文字：檔案的編碼，例如 GB18030 或 Big5。</translation>
    </message>
    <message>
        <source>Attach the time-bound promises found in the company&apos;s words.</source>
        <translation>附上從商家話語中找到的帶期限的承諾。</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>只顯示將匯入的內容；不寫入任何東西。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 輸出結果。</translation>
    </message>
    <message>
        <source>a file to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>Say whose messages to import with --numbers, e.g. --numbers 10086,10010: a phone backup holds everyone&apos;s, and only the company&apos;s belong in the case.</source>
        <translation>請用 --numbers 指明匯入誰的訊息，例如 --numbers 10086,10010：手機備份裡有所有人的訊息，只有商家的才屬於這個案件。</translation>
    </message>
    <message>
        <source>--channel must be one of %1.</source>
        <translation>--channel 必須是 %1 之一。</translation>
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
            <numerusform>試執行：將新增 %n 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>已新增 %n 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Time on calls: %1 in %2 call(s); %3 without a recorded duration.</source>
        <translation>通話時間：%2 通電話共 %1；%3 通未記錄時長。</translation>
    </message>
    <message>
        <source>Time on hold (part of the call time): %1, recorded for %2 of %3 call(s).</source>
        <translation>等候時間（包含在通話時間內）：%1，%3 通電話中有 %2 通記錄了等候時間。</translation>
    </message>
    <message>
        <source>Time on hold: not recorded.</source>
        <translation>等候時間：未記錄。</translation>
    </message>
    <message>
        <source>Store visits: %1, recorded time %2, %3 without a recorded duration.</source>
        <translation>到門市 %1 次，記錄的時間共 %2，%3 次未記錄時長。</translation>
    </message>
    <message>
        <source>Time travelling: %1, recorded for %2 event(s).</source>
        <translation>路上花費的時間：%1（%2 個事件有記錄）。</translation>
    </message>
    <message>
        <source>Time travelling: not recorded (it counts only where you included it in a visit&apos;s duration).</source>
        <translation>路上花費的時間：未記錄（只有計入到門市時長的部分才算在內）。</translation>
    </message>
    <message>
        <source>request %1:</source>
        <translation>工單 %1：</translation>
    </message>
    <message>
        <source>The company&apos;s final answer: %1.</source>
        <translation>公司的最終答覆：%1。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>After %1: %2, %3 day(s) after you have taken that step; you will need: %4</source>
        <translation>在「%1」之後：%2，在你完成那一步 %3 天後；需要：%4</translation>
    </message>
    <message>
        <source>%1 (approximate: no final holiday data for %2)</source>
        <translation>%1（約略值：沒有 %2 年的最終節假日資料）</translation>
    </message>
    <message>
        <source>Asked of you, not a promise of theirs: a deadline for you to meet.</source>
        <translation>這是對你的要求，不是對方的承諾：是你需要遵守的期限。</translation>
    </message>
    <message>
        <source>Approximate: the holidays of %1 are provisional (make-up days and weekend working days not yet announced).</source>
        <translation>約略值：%1 年的節假日是暫定的（補假和調整上班日尚未公布）。</translation>
    </message>
    <message>
        <source>Of that, the minutes you were kept on hold.</source>
        <translation>其中被要求稍候（保留通話）的分鐘數。</translation>
    </message>
    <message>
        <source>Minutes spent getting there and back (a visit).</source>
        <translation>往返路上花費的分鐘數（到門市辦理時）。</translation>
    </message>
    <message>
        <source>This is the company&apos;s final answer (or deadlock letter) on your complaint.</source>
        <translation>這是業者對您申訴的最終答覆（或明確拒絕處理的書面答覆）。</translation>
    </message>
    <message>
        <source>This is not the company&apos;s final answer (undoes --final-answer).</source>
        <translation>這不是業者的最終答覆（取消 --final-answer）。</translation>
    </message>
    <message>
        <source>--final-answer and --not-final-answer cannot both be given.</source>
        <translation>--final-answer 與 --not-final-answer 不能同時使用。</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <comment>a channel and how many contacts went through it</comment>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>Contacts: %L1 (%2)</source>
        <translation>聯絡次數：%L1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 — %3  [%4]  %Ln event(s)</source>
        <translation>
            <numerusform>%1  %2 — %3  [%4]  %Ln 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (“%2”): %n event(s) written to %3</source>
        <translation>
            <numerusform>案件 %1（「%2」）：%n 個事件已寫入 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (“%2”): %n event(s) imported; every record, the journal and every piece of evidence checked.</source>
        <translation>
            <numerusform>案件 %1（「%2」）：已匯入 %n 個事件；每筆記錄、日誌和每份證據都已驗證。</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal head of the case file: %1 (it must be the one the sender gave you)</source>
        <translation>案件檔案的日誌最新雜湊值：%1（必須與傳送者告訴你的相同）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s). Journal head: %1</source>
        <translation>
            <numerusform>共 %Ln 個事件。日誌最新雜湊值：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing… %1% of the file read, %n event(s) so far</source>
        <translation>
            <numerusform>正在匯入… 已讀取檔案的 %1%，目前 %n 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>正在匯入… %1/%2</translation>
    </message>
    <message>
        <source>For text: the day it was copied, for 今天, 昨天 and dates without a year.</source>
        <translation>用於文字：複製的日期，用來推算「今天」「昨天」和沒有年份的日期。</translation>
    </message>
    <message>
        <source>--copied must be a day such as 2021-03-19, not &quot;%1&quot;.</source>
        <translation>--copied 應為日期，例如 2021-03-19，而不是「%1」。</translation>
    </message>
    <message>
        <source>Name its encoding with --encoding, e.g. --encoding %1.</source>
        <translation>請用 --encoding 指定它的編碼，例如 --encoding %1。</translation>
    </message>
    <message>
        <source>= %1 (twice in this file)</source>
        <translation>= %1（在此檔案中出現了兩次）</translation>
    </message>
    <message>
        <source>= %1 (earlier in this import)</source>
        <translation>= %1（本次匯入中前面已有）</translation>
    </message>
    <message>
        <source>! %1: %2</source>
        <translation>! %1：%2</translation>
    </message>
    <message>
        <source>%1 with %2 piece(s) of evidence; %3 already in the case; %4 skipped.</source>
        <translation>%1，含 %2 份證據；%3 個已在案件中；跳過 %4 個。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) appeared twice and were taken once.</source>
        <translation>
            <numerusform>有 %n 項出現了兩次，只匯入了一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) found in the company&apos;s words.</source>
        <translation>
            <numerusform>在商家的話中找到 %n 項承諾。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the lines marked !.</source>
        <translation>
            <numerusform>%n 則警告：見標有 ! 的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未寫入任何內容。</translation>
    </message>
    <message>
        <source>Who will read it: %1.</source>
        <translation>誰來閱讀：%1。</translation>
    </message>
    <message>
        <source>Whose rules: %1 (default: the case&apos;s).</source>
        <translation>依據哪裡的規定：%1（預設為案件本身的）。</translation>
    </message>
    <message>
        <source>A JSON file naming exhibits and what each proves: [{&quot;sha256&quot; or &quot;file&quot;: …, &quot;title&quot;: …, &quot;proves&quot;: …}].</source>
        <translation>一個 JSON 檔案，寫明各份證據的名稱及證明目的：[{&quot;sha256&quot; 或 &quot;file&quot;: …, &quot;title&quot;: …, &quot;proves&quot;: …}]。</translation>
    </message>
    <message>
        <source>export: --audience must be one of %1.</source>
        <translation>export：--audience 必須是 %1 之一。</translation>
    </message>
    <message>
        <source>export: cannot read %1: %2</source>
        <translation>export：無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>export: %1 must be a JSON list of {&quot;sha256&quot; or &quot;file&quot;, &quot;title&quot;, &quot;proves&quot;}: %2</source>
        <translation>export：%1 必須是由 {&quot;sha256&quot; 或 &quot;file&quot;, &quot;title&quot;, &quot;proves&quot;} 組成的 JSON 清單：%2</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>它不是清單</translation>
    </message>
    <message>
        <source>export: each entry of %1 needs &quot;sha256&quot; (64 hexadecimal digits) or &quot;file&quot;.</source>
        <translation>export：%1 的每一項都需要 &quot;sha256&quot;（64 位十六進位數字）或 &quot;file&quot;。</translation>
    </message>
    <message>
        <source>export: no evidence of case %1 is called &quot;%2&quot;.</source>
        <translation>export：案件 %1 中沒有名為「%2」的證據。</translation>
    </message>
    <message>
        <source>export: several files of case %1 are called &quot;%2&quot;: name them by sha256.</source>
        <translation>export：案件 %1 中有多個檔案名為「%2」：請用 sha256 指明。</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>%1 promised: %2</source>
        <translation>%1 承諾：%2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Promised on %1 (event #%2).</source>
        <translation>承諾於 %1（事件 #%2）。</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>期限 %1。</translation>
    </message>
    <message>
        <source>The due time is approximate: Plaint has no final holiday data for %1.</source>
        <translation>期限為約略值：Plaint 沒有 %1 年的最終節假日資料。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>客服：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>受理單號：%1</translation>
    </message>
    <message>
        <source>You may escalate to %1 (case: %2)</source>
        <translation>你可以轉向%1（案件：%2）</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <source>Last day to escalate to %1 (%2; case: %3)</source>
        <translation>向%1申訴的最後一天（%2；案件：%3）</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>Demo: moving from the 189 to the 129 plan</source>
        <translation>範例：從 189 元資費方案改為 129 元方案</translation>
    </message>
    <message>
        <source>Bright Mobile (example)</source>
        <translation>光明移動（範例）</translation>
    </message>
    <message>
        <source>Switch to the 129-yuan plan from May and refund the 60 yuan a month charged since April</source>
        <translation>從 5 月起改為 129 元方案，並退還 4 月以來每月多收的 60 元</translation>
    </message>
    <message>
        <source>Bright Mobile</source>
        <translation>光明移動</translation>
    </message>
    <message>
        <source>This service can only be handled at a business hall.</source>
        <translation>該業務請到門市辦理。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>The demo case&apos;s screenshot could not be made.</source>
        <translation>無法產生範例案件的螢幕截圖。</translation>
    </message>
    <message>
        <source>Tried to change the plan in the app: it says this can only be done in a shop</source>
        <translation>在 App 裡改資費方案：顯示只能到門市辦理</translation>
    </message>
    <message>
        <source>Shop on Zhongshan Road: staff say plan changes are only done online</source>
        <translation>中山路門市：工作人員說改資費方案只能在線上辦</translation>
    </message>
    <message>
        <source>Ms Li, front desk</source>
        <translation>櫃檯李小姐</translation>
    </message>
    <message>
        <source>We cannot change plans here. Please use the app or call the hotline.</source>
        <translation>我們這邊沒辦法改資費方案，請用 App 或打客服專線。</translation>
    </message>
    <message>
        <source>Nothing done; 55 minutes including the bus there and back</source>
        <translation>沒有辦成；連同來回搭公車共花了 55 分鐘</translation>
    </message>
    <message>
        <source>Hotline: told to go back to the shop; a call back promised within 48 hours</source>
        <translation>客服專線：叫我再去門市；承諾 48 小時內回電</translation>
    </message>
    <message>
        <source>Plan changes have to be done at the business hall.</source>
        <translation>改資費方案一定要到門市辦理。</translation>
    </message>
    <message>
        <source>I have logged it; a colleague will call you back within 48 hours.</source>
        <translation>我已經幫您登記了，48 小時內會有同仁回電給您。</translation>
    </message>
    <message>
        <source>Your 30-yuan voucher is extended to 31 May.</source>
        <translation>您的 30 元折抵券已經幫您延到 5 月 31 日了。</translation>
    </message>
    <message>
        <source>Complaint logged as GD20210406-0117</source>
        <translation>申訴已登記，受理單號 GD20210406-0117</translation>
    </message>
    <message>
        <source>A colleague will call back within 48 hours</source>
        <translation>48 小時內由同仁回電</translation>
    </message>
    <message>
        <source>The 30-yuan voucher is extended to 31 May</source>
        <translation>30 元折抵券延到 5 月 31 日</translation>
    </message>
    <message>
        <source>Nobody called back within the 48 hours promised</source>
        <translation>承諾的 48 小時內沒有人回電</translation>
    </message>
    <message>
        <source>SMS from 10086: complaint received, reply promised within 3 working days</source>
        <translation>10086 來簡訊：申訴已受理，承諾 3 個工作日內答覆</translation>
    </message>
    <message>
        <source>[Bright Mobile] Your complaint GD20210406-0117 has been received. We will reply within 3 working days.</source>
        <translation>【光明移動】您的申訴 GD20210406-0117 已受理，我們將在 3 個工作日內給您答覆。</translation>
    </message>
    <message>
        <source>Second hotline call: now told the change can only be made in the app</source>
        <translation>第二次打客服專線：這次又說只能在 App 裡改</translation>
    </message>
    <message>
        <source>Plan changes are self-service in the app now.</source>
        <translation>現在改資費方案都是在 App 上自助辦理喔。</translation>
    </message>
    <message>
        <source>Third answer, third channel: app → shop → hotline → app</source>
        <translation>第三種說法，第三個管道：App → 門市 → 專線 → App</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
    <message>
        <source>Cannot write the working copy of exhibit %1: %2</source>
        <translation>無法寫入證據 %1 的工作副本：%2</translation>
    </message>
    <message>
        <source>The dossier data file %1 is missing.</source>
        <translation>缺少申訴資料所需的資料檔 %1。</translation>
    </message>
    <message>
        <source>The dossier data file %1 is damaged: %2.</source>
        <translation>申訴資料所需的資料檔 %1 已損壞：%2。</translation>
    </message>
    <message>
        <source>Unknown dossier language &quot;%1&quot;: use en, zh_CN or zh_TW.</source>
        <translation>未知的申訴資料語言「%1」：請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Unknown jurisdiction &quot;%1&quot;: use %2.</source>
        <translation>未知的管轄地「%1」：請使用 %2。</translation>
    </message>
    <message>
        <source>The font %1 is not installed, and the dossier cannot be written without it (on Debian: apt install fonts-noto-cjk).</source>
        <translation>未安裝字型 %1，沒有它無法產生申訴資料（Debian 上：apt install fonts-noto-cjk）。</translation>
    </message>
    <message>
        <source>The dossier&apos;s pages could not be written: %1.</source>
        <translation>無法寫入申訴資料頁面：%1。</translation>
    </message>
    <message>
        <source>The dossier&apos;s pages do not match their layout.</source>
        <translation>申訴資料頁面與其版式不一致。</translation>
    </message>
    <message>
        <source>The dossier PDF could not be assembled: %1</source>
        <translation>無法組裝申訴資料 PDF：%1</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive, or it is damaged.</source>
        <translation>%1 不是 ZIP 壓縮檔，或已損壞。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 for the bundle.</source>
        <translation>無法讀取 %1 以放入證據包。</translation>
    </message>
    <message>
        <source>%1 changed while the bundle was written.</source>
        <translation>寫入證據包期間 %1 發生了變化。</translation>
    </message>
    <message>
        <source>%1 is neither a dossier PDF nor a dossier bundle (ZIP).</source>
        <translation>%1 既不是申訴資料 PDF，也不是申訴資料證據包（ZIP）。</translation>
    </message>
    <message>
        <source>%1 has no Plaint manifest: it is not a Plaint dossier, or it was rewritten by another program.</source>
        <translation>%1 沒有 Plaint 清單：它不是 Plaint 申訴資料，或已被其他程式改寫。</translation>
    </message>
    <message>
        <source>The manifest inside %1 is damaged.</source>
        <translation>%1 中的清單已損壞。</translation>
    </message>
    <message>
        <source>Manifest found: %1 exhibits, journal head %2.</source>
        <translation>找到清單：%1 份證據，日誌最新雜湊值 %2。</translation>
    </message>
    <message>
        <source>Exhibit %1: its image is missing from the PDF.</source>
        <translation>證據 %1：PDF 中缺少其圖片。</translation>
    </message>
    <message>
        <source>Exhibit %1: the image in the PDF is not the one the dossier was made with.</source>
        <translation>證據 %1：PDF 中的圖片不是產生申訴資料時所用的那張。</translation>
    </message>
    <message>
        <source>Exhibit %1: the JPEG in the PDF is the original file, SHA-256 %2.</source>
        <translation>證據 %1：PDF 中的 JPEG 即原始檔案，SHA-256 %2。</translation>
    </message>
    <message>
        <source>Exhibit %1: the image data matches the manifest.</source>
        <translation>證據 %1：圖片資料與清單一致。</translation>
    </message>
    <message>
        <source>Exhibit %1: the attached original does not match its SHA-256.</source>
        <translation>證據 %1：附帶的原始檔案與其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>Exhibit %1: the attached original file matches SHA-256 %2.</source>
        <translation>證據 %1：附帶的原始檔案與 SHA-256 %2 一致。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: %2</source>
        <translation>%1 無法作為 PDF 讀取：%2</translation>
    </message>
    <message>
        <source>%1 is not a Plaint bundle: it needs dossier.pdf, manifest.json and SHA256SUMS.</source>
        <translation>%1 不是 Plaint 證據包：需要包含 dossier.pdf、manifest.json 和 SHA256SUMS。</translation>
    </message>
    <message>
        <source>SHA256SUMS has a line that is not &quot;hash  file&quot;: %1</source>
        <translation>SHA256SUMS 中有一行不是「雜湊  檔案」格式：%1</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in SHA256SUMS.</source>
        <translation>%1 在證據包中，但不在 SHA256SUMS 裡。</translation>
    </message>
    <message>
        <source>%1 in the bundle is damaged.</source>
        <translation>證據包中的 %1 已損壞。</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS.</source>
        <translation>%1 與 SHA256SUMS 中的 SHA-256 不符。</translation>
    </message>
    <message>
        <source>%1 matches SHA-256 %2.</source>
        <translation>%1 與 SHA-256 %2 一致。</translation>
    </message>
    <message>
        <source>%1 is in SHA256SUMS but missing from the bundle.</source>
        <translation>%1 在 SHA256SUMS 裡，但證據包中沒有。</translation>
    </message>
    <message>
        <source>The manifest names %1, which does not match the bundle.</source>
        <translation>清單中寫的是 %1，與證據包不符。</translation>
    </message>
    <message>
        <source>Cannot make a working copy of the dossier to check it.</source>
        <translation>無法產生申訴資料的工作副本以進行驗證。</translation>
    </message>
    <message>
        <source>The dossier and the bundle&apos;s manifest name different journal heads.</source>
        <translation>申訴資料與證據包清單中的日誌最新雜湊值不同。</translation>
    </message>
    <message>
        <source>The journal head %1 is not in the library %2: the dossier was not made from it, or the library&apos;s history was changed.</source>
        <translation>日誌最新雜湊值 %1 不在資料庫 %2 中：申訴資料並非由它產生，或資料庫的歷史被改動過。</translation>
    </message>
    <message>
        <source>The journal head is entry %1 of the library&apos;s journal; %2 entries were added since.</source>
        <translation>這個雜湊值是資料庫日誌第 %1 條的雜湊值；之後又新增了 %2 條。</translation>
    </message>
    <message>
        <source>Exhibit %1 is not in the library.</source>
        <translation>證據 %1 不在資料庫中。</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>無法完成寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 characters could not be shown with the installed fonts and appear as boxes.</source>
        <translation>有 %1 個字元無法用已安裝的字型顯示，顯示為方框。</translation>
    </message>
    <message>
        <source>Exhibit %1 (%2) could not be shown; the dossier says so on its page.</source>
        <translation>證據 %1（%2）無法顯示；申訴資料會在該頁註明。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>無法在 %1 中寫入：%2</translation>
    </message>
    <message>
        <source>Cannot create a working folder: %1</source>
        <translation>無法建立工作資料夾：%1</translation>
    </message>
    <message>
        <source>A bundle carries the original evidence, which is not redacted. Export the bundle without redaction, or a redacted PDF on its own.</source>
        <translation>證據包會附帶未遮蓋的原始證據。請匯出不遮蓋的證據包，或單獨匯出遮蓋後的 PDF。</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>你的電話號碼</translation>
    </message>
    <message>
        <source>your phone number or e-mail address</source>
        <translation>你的電話號碼或電子郵件地址</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>你的電子郵件地址</translation>
    </message>
    <message>
        <source>your postal address</source>
        <translation>你的通訊地址</translation>
    </message>
    <message>
        <source>your ID-card number</source>
        <translation>你的身分證字號</translation>
    </message>
    <message>
        <source>the account or phone number the complaint is about (the case&apos;s account)</source>
        <translation>所申訴的帳戶或手機號碼（案件的帳戶）</translation>
    </message>
    <message>
        <source>a contact in which you complained to %1 first (a call, visit or message you logged)</source>
        <translation>你先向%1申訴的紀錄（已記錄的一次通話、到門市或訊息）</translation>
    </message>
    <message>
        <source>the reference or ticket number %1 gave you</source>
        <translation>%1給你的受理單號或工單號</translation>
    </message>
    <message>
        <source>the answer of %1 and when it came (an event from them, or one marked as their final answer); without one, %2 days after your first complaint</source>
        <translation>%1的答覆及答覆時間（對方發來的紀錄，或標記為最終答覆的紀錄）；如未獲答覆，需在首次申訴%2天之後</translation>
    </message>
    <message>
        <source>the answer of %1 and when it came (an event from them, or one marked as their final answer)</source>
        <translation>%1的答覆及答覆時間（對方發來的紀錄，或標記為最終答覆的紀錄）</translation>
    </message>
    <message>
        <source>what you ask for (the case&apos;s desired outcome)</source>
        <translation>你的請求（案件的期望結果）</translation>
    </message>
    <message>
        <source>the amount in dispute</source>
        <translation>爭議金額</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (a field Plaint does not know: the data file is newer than Plaint)</source>
        <translation>「%1」（Plaint 不認識的欄位：資料檔比 Plaint 新）</translation>
    </message>
    <message>
        <source>%1 needs details that are missing: %2. Add them and export again.</source>
        <translation>%1需要的以下資料尚缺：%2。請補充後再匯出。</translation>
    </message>
    <message>
        <source>Unknown audience &quot;%1&quot;: use %2.</source>
        <translation>未知的閱讀對象「%1」：請使用 %2。</translation>
    </message>
    <message>
        <source>%1 has two manifests: Plaint writes one, so the file was changed after it was made.</source>
        <translation>%1 中有兩份清單：Plaint 只寫一份，表示該檔案在產生後被改動過。</translation>
    </message>
    <message>
        <source>The journal head printed on the cover (%1) is not the one in the manifest (%2).</source>
        <translation>封面印的日誌頭（%1）與清單中的（%2）不一致。</translation>
    </message>
    <message>
        <source>The cover prints the manifest&apos;s journal head.</source>
        <translation>封面印的日誌頭與清單一致。</translation>
    </message>
    <message>
        <source>Exhibit %1: its pages in the PDF are not the ones the dossier was made with.</source>
        <translation>證據 %1：PDF 中的頁面不是產生案卷時所用的頁面。</translation>
    </message>
    <message>
        <source>Exhibit %1: its %2 pages match the manifest.</source>
        <translation>證據 %1：其 %2 頁與清單一致。</translation>
    </message>
    <message>
        <source>The PDF shows %1, which the manifest does not account for.</source>
        <translation>PDF 中顯示了 %1，但清單中沒有對應紀錄。</translation>
    </message>
    <message>
        <source>The library&apos;s journal does not check out up to the dossier&apos;s head (entry %1): its history was changed.</source>
        <translation>資料庫的日誌到案卷的日誌頭（第 %1 筆）為止驗證不通過：其歷史被改動過。</translation>
    </message>
    <message>
        <source>The library&apos;s journal chain was recomputed and is unbroken up to that entry.</source>
        <translation>已重新計算資料庫的日誌鏈，到該筆為止完整無斷。</translation>
    </message>
    <message>
        <source>The library&apos;s journal is damaged at entry %1, after this dossier was made: check it with plaint verify --library.</source>
        <translation>資料庫的日誌在第 %1 筆處損毀，發生在本案卷產生之後：請用 plaint verify --library 檢查。</translation>
    </message>
    <message>
        <source>Exhibit %1 cannot be read from the library.</source>
        <translation>無法從資料庫讀取證據 %1。</translation>
    </message>
    <message>
        <source>Exhibit %1: the library&apos;s copy does not match its SHA-256.</source>
        <translation>證據 %1：資料庫中的副本與其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>Exhibit %1: the library&apos;s PDF has %2 pages, the dossier shows %3.</source>
        <translation>證據 %1：資料庫中的 PDF 有 %2 頁，案卷中顯示 %3 頁。</translation>
    </message>
    <message>
        <source>Exhibit %1 is in the library; its %2 pages are shown as redacted pictures, which cannot be re-made without the hidden words.</source>
        <translation>證據 %1 在資料庫中；其 %2 頁以遮蓋後的圖片顯示，沒有被遮蓋的字詞無法重新產生。</translation>
    </message>
    <message>
        <source>Exhibit %1: the dossier does not show it, but the library&apos;s file can be shown.</source>
        <translation>證據 %1：案卷沒有顯示它，但資料庫中的檔案是可以顯示的。</translation>
    </message>
    <message>
        <source>Exhibit %1 is the library&apos;s evidence %2.</source>
        <translation>證據 %1 即資料庫中的證據 %2。</translation>
    </message>
    <message>
        <source>Exhibit %1: what the PDF shows is not made from the library&apos;s evidence %2.</source>
        <translation>證據 %1：PDF 中顯示的內容並非由資料庫中的證據 %2 產生。</translation>
    </message>
    <message>
        <source>Exhibit %1: what the PDF shows is made from the library&apos;s evidence %2.</source>
        <translation>證據 %1：PDF 中顯示的內容由資料庫中的證據 %2 產生。</translation>
    </message>
    <message>
        <source>%1 is not a complete JPEG file.</source>
        <translation>%1 不是完整的 JPEG 檔案。</translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <source>Evidence added: %1</source>
        <translation>已新增證據：%1</translation>
    </message>
    <message>
        <source>Evidence added: %1 (dated from %2: %3)</source>
        <translation>已新增證據：%1（時間依據 %2：%3）</translation>
    </message>
    <message>
        <source>Screenshot added (%1)</source>
        <translation>已新增螢幕截圖（%1）</translation>
    </message>
    <message>
        <source>Image from %1 (%2)</source>
        <translation>來自 %1 的圖片（%2）</translation>
    </message>
</context>
<context>
    <name>EmailImporter</name>
    <message>
        <source>The message is larger than %1 MB; Plaint does not import messages that large.</source>
        <translation>郵件超過 %1 MB；Plaint 不匯入這麼大的郵件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>Message %1 of the mailbox is larger than %2 MB; Plaint does not import messages that large.</source>
        <translation>信箱中的第 %1 封郵件超過 %2 MB；Plaint 不匯入這麼大的郵件。</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 封郵件</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主題）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>it has no readable Date header</source>
        <translation>沒有可讀的 Date 標頭</translation>
    </message>
    <message>
        <source>E-mail to %1: %2</source>
        <translation>發給 %1 的郵件：%2</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>（無收件者）</translation>
    </message>
    <message>
        <source>E-mail from %1: %2</source>
        <translation>來自 %1 的郵件：%2</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>（寄件者不明）</translation>
    </message>
    <message>
        <source>message</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Imported with problems: %1.</source>
        <translation>匯入時發現問題：%1。</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>You may escalate to %1 from %2; you will need: %3</source>
        <translation>自 %2 起，你可以轉向%1；需要準備：%3</translation>
    </message>
    <message>
        <source>Plaint has no escalation rules for the jurisdiction &quot;%1&quot; yet.</source>
        <translation>Plaint 暫時沒有管轄地「%1」的進一步申訴規則。</translation>
    </message>
    <message>
        <source>Cannot read the escalation rules for %1.</source>
        <translation>無法讀取 %1 的進一步申訴規則。</translation>
    </message>
    <message>
        <source>The escalation rules in %1 are damaged: %2</source>
        <translation>%1 中的進一步申訴規則已損壞：%2</translation>
    </message>
    <message>
        <source>The escalation rules in %1 are damaged: route &quot;%2&quot; is incomplete.</source>
        <translation>%1 中的進一步申訴規則已損壞：途徑「%2」不完整。</translation>
    </message>
    <message>
        <source>A newer rule is in force from %1; under it this step would open on %2. Check which applies to you.</source>
        <translation>自 %1 起有新規定生效；按新規定，這一步將於 %2 開始。請確認哪條規定適用於你。</translation>
    </message>
    <message>
        <source>It is open from %1 because the company gave its final answer that day.</source>
        <translation>公司在 %1 給出了最終答覆，所以這一步從當天起即可進行。</translation>
    </message>
    <message>
        <source>The waiting period&apos;s last day, %1, is not a working day. If a period that ends on a day off runs on to the next working day here, this step opens on %2 instead. %3</source>
        <translation>等待期的最後一天 %1 不是工作日。如果這裡適用「期間最後一日為休息日的，順延至下一個工作日」，這一步要到 %2 才能進行。%3</translation>
    </message>
    <message>
        <source>Time limit: act by %1 (%2).</source>
        <translation>時限：最遲在 %1 提出（%2）。</translation>
    </message>
    <message>
        <source>Those dates are counted from your first complaint; if what you complain about happened earlier, count from that day, and act earlier.</source>
        <translation>以上日期從你首次投訴之日起算；如果你投訴的事情發生得更早，應從那天起算，並更早提出。</translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation>時限：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>No evidence with SHA-256 %1 is in this library.</source>
        <translation>此資料庫中沒有 SHA-256 為 %1 的證據。</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>未能讀完該檔案。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；沒有新增任何內容。</translation>
    </message>
    <message>
        <source>The file changed size while it was being read.</source>
        <translation>讀取過程中檔案大小發生了變化。</translation>
    </message>
    <message>
        <source>The file could not be read a second time.</source>
        <translation>無法再次讀取該檔案。</translation>
    </message>
    <message>
        <source>The file could not be read to the end; nothing was added.</source>
        <translation>未能讀完該檔案；沒有新增任何內容。</translation>
    </message>
    <message>
        <source>The evidence could not be written out (%1).</source>
        <translation>無法匯出證據（%1）。</translation>
    </message>
    <message>
        <source>The stored content of %1 no longer matches its SHA-256: the library was damaged.</source>
        <translation>%1 的儲存內容與其 SHA-256 不再一致：資料庫已損壞。</translation>
    </message>
    <message>
        <source>Evidence %1 no longer matches its SHA-256: its content was changed or lost.</source>
        <translation>證據 %1 與其 SHA-256 不再一致：內容已被改動或丟失。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>ref %1</source>
        <translation>單號 %1</translation>
    </message>
    <message>
        <source>(edited, revision %1)</source>
        <translation>（已編輯，版本 %1）</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Promise #%1 [%2] %3 — due %4</source>
        <translation>承諾 #%1 [%2] %3 — 期限 %4</translation>
    </message>
    <message>
        <source>on hold %1</source>
        <translation>稍候 %1</translation>
    </message>
    <message>
        <source>travel %1</source>
        <translation>路上 %1</translation>
    </message>
    <message>
        <source>(final answer)</source>
        <translation>（最終答覆）</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>channel</comment>
        <translation>電話</translation>
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
        <translation>線上客服</translation>
    </message>
    <message>
        <source>sms</source>
        <comment>channel</comment>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>email</source>
        <comment>channel</comment>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>letter</source>
        <comment>channel</comment>
        <translation>信件</translation>
    </message>
    <message>
        <source>social</source>
        <comment>channel</comment>
        <translation>社群媒體</translation>
    </message>
    <message>
        <source>note</source>
        <comment>channel</comment>
        <translation>備註</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction: you contacted them</comment>
        <translation>你聯絡對方</translation>
    </message>
    <message>
        <source>in</source>
        <comment>direction: they contacted you</comment>
        <translation>對方聯絡你</translation>
    </message>
    <message>
        <source>note</source>
        <comment>direction: your own note</comment>
        <translation>你的備註</translation>
    </message>
    <message>
        <source>open</source>
        <comment>case status</comment>
        <translation>進行中</translation>
    </message>
    <message>
        <source>escalated</source>
        <comment>case status</comment>
        <translation>已進一步申訴</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>case status</comment>
        <translation>已解決</translation>
    </message>
    <message>
        <source>abandoned</source>
        <comment>case status</comment>
        <translation>已放棄</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>promise status</comment>
        <translation>待兌現</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>promise status</comment>
        <translation>已兌現</translation>
    </message>
    <message>
        <source>broken</source>
        <comment>promise status</comment>
        <translation>未兌現</translation>
    </message>
    <message>
        <source>CN</source>
        <comment>jurisdiction: mainland China</comment>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>US</source>
        <comment>jurisdiction: the United States</comment>
        <translation>美國</translation>
    </message>
    <message>
        <source>UK</source>
        <comment>jurisdiction: the United Kingdom</comment>
        <translation>英國</translation>
    </message>
    <message>
        <source>EU</source>
        <comment>jurisdiction: the European Union</comment>
        <translation>歐盟</translation>
    </message>
    <message>
        <source>other</source>
        <comment>jurisdiction: anywhere else</comment>
        <translation>其他地區</translation>
    </message>
    <message>
        <source>hotline</source>
        <comment>where a referral sends the user</comment>
        <translation>客服專線</translation>
    </message>
    <message>
        <source>store</source>
        <comment>where a referral sends the user</comment>
        <translation>門市</translation>
    </message>
    <message>
        <source>app</source>
        <comment>where a referral sends the user</comment>
        <translation>App 或網站</translation>
    </message>
    <message>
        <source>department</source>
        <comment>where a referral sends the user</comment>
        <translation>其他部門</translation>
    </message>
    <message>
        <source>sms</source>
        <comment>where a referral sends the user</comment>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>email</source>
        <comment>where a referral sends the user</comment>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>letter</source>
        <comment>where a referral sends the user</comment>
        <translation>信件</translation>
    </message>
    <message>
        <source>social</source>
        <comment>where a referral sends the user</comment>
        <translation>社群媒體</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words someone said, in quotation marks</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, %L3 bytes) sha256 %4</source>
        <translation>證據：%1（%2，%L3 位元組）sha256 %4</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>There is nothing to import: choose a file.</source>
        <translation>沒有可匯入的內容：請選擇檔案。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was imported.</source>
        <translation>檔案 %1 不存在；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; nothing was imported.</source>
        <translation>無法讀取檔案 %1；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>Say whose messages to import: a phone backup holds everyone&apos;s, and only the company&apos;s belong in the case.</source>
        <translation>請指定匯入誰的訊息：手機備份裡有所有人的訊息，只有商家的才屬於這個案件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); nothing was imported.</source>
        <translation>無法讀取 %1（%2）；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準輸入</translation>
    </message>
    <message>
        <source>%1 is too large for pasted text (over %2 MB); nothing was imported.</source>
        <translation>%1 作為貼上文字太大（超過 %2 MB）；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>%1 cannot be read as text: %2 Nothing was imported.</source>
        <translation>無法把 %1 讀成文字：%2 沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>匯入已取消；沒有新增任何內容。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal entry %1 is missing: the next entry is %2.</source>
        <translation>日誌第 %1 條缺失：下一條是第 %2 條。</translation>
    </message>
    <message>
        <source>Journal entry %1 does not follow entry %2: the chain is broken.</source>
        <translation>日誌第 %1 條沒有接在第 %2 條之後：鏈條已斷開。</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2) does not match its hash: it was changed after it was written.</source>
        <translation>日誌第 %1 條（%2）與其雜湊值不符：寫入後被改動過。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library could not be written (%1); nothing was added.</source>
        <translation>無法寫入資料庫（%1）；沒有新增任何內容。</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>沒有指定資料庫檔案。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Plaint library.</source>
        <translation>%1 是資料夾，不是 Plaint 資料庫。</translation>
    </message>
    <message>
        <source>The library %1 cannot be read: permission denied.</source>
        <translation>無法讀取資料庫 %1：權限不足。</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1 處沒有資料庫。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so no library can be made there.</source>
        <translation>資料夾 %1 不存在，無法在那裡建立資料庫。</translation>
    </message>
    <message>
        <source>The library %1 cannot be written: permission denied.</source>
        <translation>無法寫入資料庫 %1：權限不足。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驅動（請安裝 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.</source>
        <translation>無法開啟資料庫 %1。</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade; open it once for writing first.</source>
        <translation>資料庫 %1 需要升級；請先以可寫方式開啟一次。</translation>
    </message>
    <message>
        <source>The library %1 could not switch to write-ahead logging.</source>
        <translation>資料庫 %1 無法切換到預寫日誌模式。</translation>
    </message>
    <message>
        <source>Plaint keeps no records of the kind &quot;%1&quot;.</source>
        <translation>Plaint 不儲存「%1」這類記錄。</translation>
    </message>
    <message>
        <source>This library was opened read-only.</source>
        <translation>此資料庫以唯讀方式開啟。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>沒有編號為 %2 的%1。</translation>
    </message>
    <message>
        <source>That %1 (id %2) is already in the trash.</source>
        <translation>該%1（編號 %2）已在回收筒中。</translation>
    </message>
    <message>
        <source>That %1 (id %2) is not in the trash.</source>
        <translation>該%1（編號 %2）不在回收筒中。</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>案件需要一個標題。</translation>
    </message>
    <message>
        <source>A case needs the name of the company it is against.</source>
        <translation>案件需要填寫被申訴商家的名稱。</translation>
    </message>
    <message>
        <source>An event needs the date and time it happened.</source>
        <translation>事件需要填寫發生的日期和時間。</translation>
    </message>
    <message>
        <source>An event needs a summary of what happened.</source>
        <translation>事件需要簡述發生了什麼。</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>時長不能為負數。</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>沒有編號為 %1 的案件。</translation>
    </message>
    <message>
        <source>Case %1 is in the trash; restore it first.</source>
        <translation>案件 %1 在回收筒中；請先恢復。</translation>
    </message>
    <message>
        <source>A promise needs the words of what was promised.</source>
        <translation>承諾需要寫明承諾的內容。</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>沒有編號為 %1 的事件。</translation>
    </message>
    <message>
        <source>Event %1 is in the trash; restore it first.</source>
        <translation>事件 %1 在回收筒中；請先恢復。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was added.</source>
        <translation>檔案 %1 不存在；沒有新增任何內容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; nothing was added.</source>
        <translation>無法讀取檔案 %1；沒有新增任何內容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2); nothing was added.</source>
        <translation>無法讀取檔案 %1（%2）；沒有新增任何內容。</translation>
    </message>
    <message>
        <source>An event cannot be moved to another case.</source>
        <translation>事件不能移到另一個案件。</translation>
    </message>
    <message>
        <source>The library could not be read (%1).</source>
        <translation>無法讀取資料庫（%1）。</translation>
    </message>
    <message>
        <source>A promise cannot be moved to another event.</source>
        <translation>承諾不能移到另一個事件。</translation>
    </message>
    <message>
        <source>Promise %1 is in the trash; restore it first.</source>
        <translation>承諾 %1 在回收筒中；請先恢復。</translation>
    </message>
    <message>
        <source>Event %1 belongs to another case.</source>
        <translation>事件 %1 屬於另一個案件。</translation>
    </message>
    <message>
        <source>There is no promise with id %1.</source>
        <translation>沒有編號為 %1 的承諾。</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>No files were given to attach.</source>
        <translation>沒有指定要附加的檔案。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was attached.</source>
        <translation>檔案 %1 不存在；沒有附加任何內容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; nothing was attached.</source>
        <translation>無法讀取檔案 %1；沒有附加任何內容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2); nothing was attached.</source>
        <translation>無法讀取檔案 %1（%2）；沒有附加任何內容。</translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation>沒有編號為 %1 的附件。</translation>
    </message>
    <message>
        <source>There is no agent with id %1.</source>
        <translation>沒有編號為 %1 的客服。</translation>
    </message>
    <message>
        <source>SQLite reports damage in the library file: %1</source>
        <translation>SQLite 報告資料庫檔案已損壞：%1</translation>
    </message>
    <message>
        <source>The %1 with id %2 is not in the journal: it was added outside Plaint.</source>
        <translation>編號為 %2 的%1不在日誌中：它是在 Plaint 之外新增的。</translation>
    </message>
    <message>
        <source>The %1 with id %2 differs from what the journal last recorded: it was changed outside Plaint.</source>
        <translation>編號為 %2 的%1與日誌最後記錄的不同：它在 Plaint 之外被改動過。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the journal no longer exist: they were removed outside Plaint.</source>
        <translation>
            <numerusform>日誌中有 %n 條記錄已不存在：它們在 Plaint 之外被刪除了。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a Plaint library (it is not an SQLite database).</source>
        <translation>此檔案不是 Plaint 資料庫（不是 SQLite 資料庫）。</translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not a Plaint library; it was left untouched.</source>
        <translation>此檔案是 SQLite 資料庫，但不是 Plaint 資料庫；未做任何改動。</translation>
    </message>
    <message>
        <source>This library was written by a newer version of Plaint (schema %1; this version knows up to %2). Update Plaint to open it; the file was left untouched.</source>
        <translation>此資料庫由更新版本的 Plaint 寫入（結構版本 %1；本版本最高支援 %2）。請更新 Plaint 後再開啟；檔案未做任何改動。</translation>
    </message>
    <message>
        <source>The library could not be upgraded to schema %1: %2</source>
        <translation>無法將資料庫升級到結構版本 %1：%2</translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>請輸入要搜尋的內容。</translation>
    </message>
    <message>
        <source>The search could not run (%1).</source>
        <translation>無法執行搜尋（%1）。</translation>
    </message>
    <message>
        <source>The library could not be read or written (%1).</source>
        <translation>無法讀寫資料庫（%1）。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>沒有需要儲存的內容。</translation>
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
        <translation>承諾</translation>
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
        <translation>匯入的事件缺少來源標識；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The imported item %1 has no time or no summary; nothing was imported.</source>
        <translation>匯入項 %1 沒有時間或摘要；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2); nothing was imported.</source>
        <translation>無法讀取檔案 %1（%2）；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The time on hold cannot be longer than the whole call.</source>
        <translation>稍候時間不能比整通電話還長。</translation>
    </message>
    <message>
        <source>The earlier version %3 of the %1 with id %2 is not in the journal: it was added outside Plaint.</source>
        <translation>編號為 %2 的%1的歷史版本 %3 不在日誌中：它是在 Plaint 之外新增的。</translation>
    </message>
    <message>
        <source>The earlier version %3 of the %1 with id %2 differs from what the journal recorded of it: it was changed outside Plaint.</source>
        <translation>編號為 %2 的%1的歷史版本 %3 與日誌中對它的記錄不同：它在 Plaint 之外被改動過。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) recorded in the journal no longer exist: they were removed outside Plaint.</source>
        <translation>
            <numerusform>日誌中記錄的 %n 個歷史版本已不存在：它們在 Plaint 之外被刪除了。</numerusform>
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
        <translation>這不是電子郵件：沒有 From、Date、Subject 或 Message-ID 標頭。</translation>
    </message>
    <message>
        <source>its text: %1</source>
        <translation>內文：%1</translation>
    </message>
    <message>
        <source>its text is cut off: the message ends before the text does</source>
        <translation>內文不完整：郵件在內文結束前就斷了</translation>
    </message>
    <message>
        <source>its attachment %1 is cut off: the message ends before the attachment does</source>
        <translation>附件 %1 不完整：郵件在附件結束前就斷了</translation>
    </message>
    <message>
        <source>it is cut off: the message ends before its last part</source>
        <translation>郵件不完整：在最後一部分之前就斷了</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency code; use three letters such as CNY, USD, GBP or EUR.</source>
        <translation>「%1」不是貨幣代碼；請使用三個字母，例如 CNY、USD、GBP 或 EUR。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2; write it like 189 or 189.50.</source>
        <translation>「%1」不是有效的 %2 金額；請寫成 189 或 189.50 的形式。</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>%1 cannot be read (%2); nothing was imported.</source>
        <translation>無法讀取 %1（%2）；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>it is not a picture (%1)</source>
        <translation>不是圖片（%1）</translation>
    </message>
    <message>
        <source>Screenshot %1 (%2)</source>
        <translation>螢幕截圖 %1（%2）</translation>
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
        <translation>備份檔案提前結束（在 %1）：看起來被截斷了。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The backup is damaged at %1 (%2). Nothing was imported.</source>
        <translation>備份檔案在 %1 處損壞（%2）。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>檔案是空的。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file is empty or is not XML. Nothing was imported.</source>
        <translation>檔案是空的，或不是 XML。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>This is a call log backup; import it with &quot;plaint import calls&quot;.</source>
        <translation>這是通話記錄備份；請用「plaint import calls」匯入。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file (it starts with &lt;%1&gt;, not &lt;smses&gt;).</source>
        <translation>這不是 SMS Backup &amp; Restore 檔案（開頭是 &lt;%1&gt;，而不是 &lt;smses&gt;）。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with other numbers</source>
        <translation>
            <numerusform>與其他號碼的 %n 條訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>not from or to the numbers asked for</source>
        <translation>與指定號碼無關</translation>
    </message>
    <message>
        <source>SMS with %1 at %2</source>
        <translation>%2 與 %1 的簡訊</translation>
    </message>
    <message>
        <source>SMS with %1</source>
        <translation>與 %1 的簡訊</translation>
    </message>
    <message>
        <source>its time (&quot;%1&quot;) is not a time</source>
        <translation>其時間（「%1」）不是有效時間</translation>
    </message>
    <message>
        <source>it is a draft or was never sent (type %1)</source>
        <translation>是草稿或從未發出（type %1）</translation>
    </message>
    <message>
        <source>SMS from %1: %2</source>
        <translation>%1 發來的簡訊：%2</translation>
    </message>
    <message>
        <source>SMS to %1: %2</source>
        <translation>發給 %1 的簡訊：%2</translation>
    </message>
    <message>
        <source>Empty SMS from %1</source>
        <translation>%1 發來的空簡訊</translation>
    </message>
    <message>
        <source>Empty SMS to %1</source>
        <translation>發給 %1 的空簡訊</translation>
    </message>
    <message>
        <source>MMS with %1 at %2</source>
        <translation>%2 與 %1 的多媒體簡訊</translation>
    </message>
    <message>
        <source>MMS with %1</source>
        <translation>與 %1 的多媒體簡訊</translation>
    </message>
    <message>
        <source>it is a draft or was never sent (box %1)</source>
        <translation>是草稿或從未發出（box %1）</translation>
    </message>
    <message>
        <source>%1 in the %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>its content is not valid base64</source>
        <translation>其內容不是有效的 base64</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 張圖片</numerusform>
        </translation>
    </message>
    <message>
        <source>MMS from %1: %2</source>
        <translation>%1 發來的多媒體簡訊：%2</translation>
    </message>
    <message>
        <source>MMS to %1: %2</source>
        <translation>發給 %1 的多媒體簡訊：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>匯入已取消；沒有新增任何內容。</translation>
    </message>
    <message>
        <source>mms-part-%1%2</source>
        <translation>多媒體簡訊附件-%1%2</translation>
    </message>
    <message>
        <source>it is larger than %1 MB; carriers limit MMS to about 1 MB, so it was not imported</source>
        <translation>超過 %1 MB；電信業者的多媒體簡訊上限約為 1 MB，因此沒有匯入</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The text encoding &quot;%1&quot; is not one Plaint knows.</source>
        <translation>Plaint 不認識文字編碼「%1」。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>這段文字</translation>
    </message>
    <message>
        <source>The text does not read as %1 (%2 has characters no one types), but it reads cleanly as %3.</source>
        <translation>這段文字按 %1 讀不通（%2 出現了沒人會打的字元），按 %3 讀則正常。</translation>
    </message>
    <message>
        <source>The text is in none of the encodings Plaint reads (UTF-8, UTF-16, GB18030, Big5): %1 has bytes that are not text in any of them.</source>
        <translation>這段文字不屬於 Plaint 能讀取的任何編碼（UTF-8、UTF-16、GB18030、Big5）：%1 中有在這些編碼裡都不是文字的位元組。</translation>
    </message>
    <message>
        <source>The text is not valid %1: %2 has bytes that are not %1 text. It reads cleanly as %3.</source>
        <translation>這不是有效的 %1 文字：%2 中有不屬於 %1 的位元組。按 %3 讀則正常。</translation>
    </message>
    <message>
        <source>The text is not valid %1: %2 has bytes that are not %1 text.</source>
        <translation>這不是有效的 %1 文字：%2 中有不屬於 %1 的位元組。</translation>
    </message>
    <message>
        <source>The text is in none of the encodings Plaint reads (UTF-8, UTF-16, GB18030, Big5): line %1 has bytes that are not text in any of them.</source>
        <translation>這段文字不屬於 Plaint 能讀取的任何編碼（UTF-8、UTF-16、GB18030、Big5）：第 %1 行中有在這些編碼裡都不是文字的位元組。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in %1 (the first is line %2)</source>
        <translation>
            <numerusform>%n 行按 %1 讀取（第一行是第 %2 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The file mixes text encodings, so each line was read in its own: %1. Check those lines.</source>
        <translation>檔案混用了多種編碼，因此每行按各自的編碼讀取：%1。請核對這些行。</translation>
    </message>
    <message>
        <source>its encoding &quot;%1&quot; is not one Plaint knows; it was read as %2</source>
        <translation>其編碼「%1」Plaint 無法辨識；已按 %2 讀取</translation>
    </message>
    <message>
        <source>it was labelled %1 but is not; it was read as %2</source>
        <translation>標明為 %1，但實際不是；已按 %2 讀取</translation>
    </message>
    <message>
        <source>it has bytes that are not valid %1 text; they show as �</source>
        <translation>其中有不是有效 %1 文字的位元組，顯示為 �</translation>
    </message>
</context>
<context>
    <name>TimelineCommand</name>
    <message>
        <source>New case</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>記錄「%1」</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>編輯「%1」</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>將「%1」移到回收筒</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>恢復「%1」</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加證據</translation>
    </message>
    <message>
        <source>Mark promise kept</source>
        <translation>標記承諾已兌現</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>標記承諾未兌現</translation>
    </message>
    <message>
        <source>Edit case “%1”</source>
        <translation>編輯案件「%1」</translation>
    </message>
    <message>
        <source>Move case “%1” to the trash</source>
        <translation>將案件「%1」移到回收筒</translation>
    </message>
    <message>
        <source>Restore case “%1”</source>
        <translation>恢復案件「%1」</translation>
    </message>
    <message>
        <source>Add promise “%1”</source>
        <translation>新增承諾「%1」</translation>
    </message>
    <message>
        <source>Edit promise “%1”</source>
        <translation>修改承諾「%1」</translation>
    </message>
</context>
<context>
    <name>TranscriptImporter</name>
    <message>
        <source>No dated messages were found in the text. Each message needs its time, e.g. &quot;2021-03-18 10:15 10086: ...&quot; or a date line followed by &quot;10:15 客服: ...&quot; lines.</source>
        <translation>文字中沒有找到帶時間的訊息。每條訊息都需要時間，例如「2021-03-18 10:15 10086: ...」，或者一行日期後面跟著「10:15 客服: ...」這樣的行。</translation>
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
        <translation>寫的是沒有年份的 %1，前文和複製日期都無法確定年份</translation>
    </message>
    <message>
        <source>it says &quot;%1&quot;, but not on which day the text was copied</source>
        <translation>寫的是「%1」，但不知道這段文字是哪天複製的</translation>
    </message>
    <message>
        <source>its time %1 is on no day written before it</source>
        <translation>時間 %1 之前沒有寫明是哪一天</translation>
    </message>
    <message>
        <source>its time %1 is on no day written before it, and the day the text was copied was not given</source>
        <translation>時間 %1 之前沒有寫明是哪一天，也沒有提供複製日期</translation>
    </message>
    <message>
        <source>%1 is not a time of day</source>
        <translation>%1 不是有效的時刻</translation>
    </message>
    <message>
        <source>they come before the first dated message</source>
        <translation>這些行在第一則帶時間的訊息之前</translation>
    </message>
    <message>
        <source>no words follow this time</source>
        <translation>這個時間後面沒有內容</translation>
    </message>
    <message>
        <source>it has a date but no time</source>
        <translation>只有日期，沒有時間</translation>
    </message>
    <message>
        <source>No message in the text could be dated: line %1 (&quot;%2&quot;): %3.</source>
        <translation>文字中沒有一則訊息能確定時間：第 %1 行（「%2」）：%3。</translation>
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
        <translation>%1（「%2」）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display: Plaint&apos;s window needs a desktop session. The command line works everywhere:</source>
        <translation>沒有圖形介面：Plaint 的視窗需要桌面環境。命令列在任何地方都能用：</translation>
    </message>
    <message>
        <source>Plaint</source>
        <translation>Plaint</translation>
    </message>
    <message>
        <source>Your library could not be opened.

%1</source>
        <translation>無法開啟你的資料庫。

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
        <translation>錄音播放位置</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ 暫停(&amp;P)</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer (%1). It is kept unchanged; open it with the system&apos;s application.</source>
        <translation>這台電腦無法播放此錄音（%1）。檔案原樣儲存；請用系統預設程式開啟。</translation>
    </message>
    <message>
        <source>A private copy for playing could not be written (%1).</source>
        <translation>無法寫出用於播放的臨時副本（%1）。</translation>
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
        <translation>新增案件</translation>
    </message>
    <message>
        <source>e.g. Moving from the 189 to the 129 plan</source>
        <translation>例如：從 189 元方案改為 129 元方案</translation>
    </message>
    <message>
        <source>e.g. China Mobile</source>
        <translation>例如：中華電信</translation>
    </message>
    <message>
        <source>your phone or account number with them</source>
        <translation>你在該商家的手機號或帳號</translation>
    </message>
    <message>
        <source>China (mainland)</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英國</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>歐盟</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地區</translation>
    </message>
    <message>
        <source>what you want them to do</source>
        <translation>你希望對方怎麼處理</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>被申訴方(&amp;A)：</translation>
    </message>
    <message>
        <source>Your &amp;account:</source>
        <translation>你的帳號(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>所在地(&amp;W)：</translation>
    </message>
    <message>
        <source>You &amp;want:</source>
        <translation>你的訴求(&amp;W)：</translation>
    </message>
    <message>
        <source>Amount in &amp;dispute:</source>
        <translation>爭議金額(&amp;D)：</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation>建立案件</translation>
    </message>
    <message>
        <source>Give the case a title and say which company it is against.</source>
        <translation>請為案件填寫標題，並寫明被申訴的商家。</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>編輯案件</translation>
    </message>
    <message>
        <source>Change what the case says. The earlier version is kept.</source>
        <translation>修改案件的內容。原來的版本會保留。</translation>
    </message>
    <message>
        <source>One case per dispute with one company. You can change all of this later (Case → Edit case…).</source>
        <translation>一個案件對應與一家商家的一起糾紛。這些內容以後都可以修改（案件 → 編輯案件…）。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Escalated (to a regulator, ombudsman or court)</source>
        <translation>已升級（向主管機關、調解機構或法院申訴）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>儲存案件</translation>
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
        <translation>匯出案件(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this case, its evidence and its journal to one file to hand to someone</source>
        <translation>把此案件及其證據和日誌寫入一個檔案，方便交給別人</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>匯入案件(&amp;I)…</translation>
    </message>
    <message>
        <source>Check a case file and add its case to your library</source>
        <translation>驗證案件檔案，並把其中的案件新增到你的資料庫</translation>
    </message>
    <message>
        <source>Select the case to export first.</source>
        <translation>請先選擇要匯出的案件。</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>匯出案件</translation>
    </message>
    <message>
        <source>Plaint case files (*.plaint)</source>
        <translation>Plaint 案件檔案 (*.plaint)</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>匯入案件</translation>
    </message>
    <message>
        <source>Plaint case files (*.plaint);;All files (*)</source>
        <translation>Plaint 案件檔案 (*.plaint);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Exporting the case…</source>
        <translation>正在匯出案件…</translation>
    </message>
    <message>
        <source>Checking and importing the case…</source>
        <translation>正在驗證並匯入案件…</translation>
    </message>
    <message>
        <source>This case is already in your library. Import it again as a copy?</source>
        <translation>此案件已在你的資料庫中。要作為副本再匯入一次嗎？</translation>
    </message>
    <message>
        <source>A case is being exported or imported; wait for it to finish.</source>
        <translation>正在匯出或匯入案件；請等待完成。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The case could not be copied.</source>
        <translation>無法複製案件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a case file but a Plaint library of its own, with %n case(s). Open it instead of your library? Your own library stays as it is.</source>
        <translation>
            <numerusform>%1 不是案件檔案，而是一個獨立的 Plaint 資料庫，其中有 %n 個案件。要改為開啟它，而不是你自己的資料庫嗎？你自己的資料庫不會有任何改動。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Import the case “%1” from %2 into your library? Plaint checks every record, the journal and every piece of evidence first; if anything does not match, nothing is added.</source>
        <translation>要把 %2 中的案件「%1」匯入你的資料庫嗎？Plaint 會先驗證每筆記錄、日誌和每份證據；只要有一處不符，就不會新增任何內容。</translation>
    </message>
    <message>
        <source>“%1” exported to %2.</source>
        <translation>「%1」已匯出到 %2。</translation>
    </message>
    <message>
        <source>%1

The case file&apos;s journal ends in:
%2

Give the recipient this journal head apart from the file: when they import it, Plaint shows them the head it ends in, and the two must be the same.</source>
        <translation>%1

案件檔案日誌的最新雜湊值：
%2

請另外把這個雜湊值告訴接收者（不要和檔案一起傳送）：對方匯入時，Plaint 會顯示檔案的最新雜湊值，兩者必須相同。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” imported: %n event(s), every piece of evidence and the journal checked.</source>
        <translation>
            <numerusform>已匯入「%1」：%n 個事件，每份證據和日誌都已驗證。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

The case file&apos;s journal ends in:
%2

This must be the same as the journal head the sender gave you. If it is not, this is not the file they sent.</source>
        <translation>%1

案件檔案日誌的最新雜湊值：
%2

它必須與傳送者告訴你的雜湊值相同。如果不同，這就不是對方傳出的那個檔案。</translation>
    </message>
</context>
<context>
    <name>plaint::CaseListModel</name>
    <message numerus="yes">
        <source>%1 · %n overdue</source>
        <translation>
            <numerusform>%1 · %n 項逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n 項承諾已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n due soon</source>
        <translation>
            <numerusform>%1 · %n 項即將到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — against %2
%Ln event(s)</source>
        <translation>
            <numerusform>%1 — 被申訴方：%2
%Ln 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount in dispute: %1</source>
        <translation>爭議金額：%1</translation>
    </message>
</context>
<context>
    <name>plaint::CaseOverview</name>
    <message>
        <source>You can take this step now.</source>
        <translation>現在就可以走這一步。</translation>
    </message>
    <message numerus="yes">
        <source>That is in %n day(s).</source>
        <translation>
            <numerusform>還有 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may escalate to %1 from %2.</source>
        <translation>自 %2 起，你可以轉向%1。</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation>需要準備：%1</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>What you will need…</source>
        <translation>需要準備什麼…</translation>
    </message>
    <message numerus="yes">
        <source>This case has %n event(s); its overview is not worked out when it is opened, so that the timeline stays quick.</source>
        <translation>
            <numerusform>此案件有 %n 個事件；為了讓時間軸保持流暢，開啟時不計算概覽。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n contact(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;聯絡 %n 次&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on the phone, hold included</source>
        <comment>time on calls</comment>
        <translation>通話 %1（含等待時間）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the first contact</source>
        <translation>
            <numerusform>距首次聯絡已 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>promises: %n made</source>
        <translation>
            <numerusform>承諾：共 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n 項已兌現</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n 項未兌現</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 項待兌現</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>（%n 項已逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent elsewhere %n time(s) in a row (runaround)</source>
        <translation>
            <numerusform>連續 %n 次被推給別的部門（踢皮球）</numerusform>
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
            <numerusform>之後：%1——若這一步沒有解決問題，可在完成這一步 %n 天後進行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from your first complaint on %1 and the company&apos;s final answer on %2.</source>
        <translation>從你 %1 首次投訴及公司 %2 的最終答覆起算。</translation>
    </message>
    <message>
        <source>Counted from your first complaint on %1.</source>
        <translation>從你 %1 首次投訴起算。</translation>
    </message>
    <message>
        <source>%1 Rule: %2</source>
        <translation>%1依據：%2</translation>
    </message>
    <message>
        <source>Not certain: %1</source>
        <translation>不確定之處：%1</translation>
    </message>
    <message>
        <source>the hotline</source>
        <translation>客服專線</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>門市</translation>
    </message>
    <message>
        <source>the app or website</source>
        <translation>App 或網站</translation>
    </message>
    <message>
        <source>another department</source>
        <translation>其他部門</translation>
    </message>
    <message>
        <source>an SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>an e-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>社群媒體</translation>
    </message>
    <message numerus="yes">
        <source>Runaround: sent elsewhere %n time(s) in a row</source>
        <translation>
            <numerusform>踢皮球：連續 %n 次被推到別處</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runaround on request %1: sent elsewhere %n time(s) in a row</source>
        <translation>
            <numerusform>工單 %1 被踢皮球：連續 %n 次被推到別處</numerusform>
        </translation>
    </message>
    <message>
        <source>(and back to where you had already been)</source>
        <translation>（還被推回到已經去過的地方）</translation>
    </message>
    <message>
        <source>%1, event #%2: %3 sent you to %4: “%5”</source>
        <translation>%1，事件 #%2：%3叫你去找%4：「%5」</translation>
    </message>
    <message>
        <source>time on hold: not recorded</source>
        <translation>等候時間：未記錄</translation>
    </message>
    <message numerus="yes">
        <source>%1 of it on hold (recorded for %2 of %n call(s))</source>
        <translation>
            <numerusform>其中等候 %1（%n 通電話中有 %2 通有記錄）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of it on hold</source>
        <translation>其中等候 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 travelling (recorded for %n visit(s) or event(s))</source>
        <translation>
            <numerusform>路上 %1（%n 次有記錄）</numerusform>
        </translation>
    </message>
    <message>
        <source>travel time: not recorded</source>
        <translation>路上時間：未記錄</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <comment>an agent and how often</comment>
        <translation>
            <numerusform>%1（%n 個事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>agents: %1</source>
        <translation>涉及的客服：%1</translation>
    </message>
    <message>
        <source>“%1” by %2</source>
        <translation>「%1」，期限 %2</translation>
    </message>
    <message>
        <source>approximate due dates, counted without final holidays for %1: %2</source>
        <translation>期限為約略值（%1 年的節假日尚未最終確定）：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more referral(s), listed in the dossier and by plaint analyse.</source>
        <translation>
            <numerusform>……還有 %n 次轉介，案卷和 plaint analyse 中有完整清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What to know first (%n point(s)) and what you will need…</source>
        <translation>
            <numerusform>先要知道的 %n 點，以及需要準備的資料…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show where you were sent…</source>
        <translation>看看你被推到了哪裡…</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;未選中任何內容。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在時間軸中選擇一個事件即可在此檢視；或者記錄剛發生的事：撥打客服專線時點&lt;b&gt;開始通話&lt;/b&gt;（計時器會把等待時間一併算上），也可以把螢幕截圖、照片和帳單拖到時間軸上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>e.g. 23338 — ask for it on every call</source>
        <translation>例如 23338——每次通話都問清楚工號</translation>
    </message>
    <message>
        <source>ticket or reference number they gave you</source>
        <translation>對方給你的受理單號或工單號</translation>
    </message>
    <message>
        <source>what happened, in one sentence</source>
        <translation>一句話說明發生了什麼</translation>
    </message>
    <message>
        <source>their words, exactly as said — one quote per line</source>
        <translation>對方的原話，一字不差——每行一句</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>時長(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Agent ID:</source>
        <translation>工號(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>受理單號(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. “we will call you back within 48 hours”</source>
        <translation>例如「我們會在 48 小時內給您回電」</translation>
    </message>
    <message>
        <source>by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>They &amp;promised:</source>
        <translation>對方承諾(&amp;P)：</translation>
    </message>
    <message>
        <source>Mark &amp;kept</source>
        <translation>標記已兌現(&amp;K)</translation>
    </message>
    <message>
        <source>Mark &amp;broken</source>
        <translation>標記未兌現(&amp;B)</translation>
    </message>
    <message>
        <source>Promises:</source>
        <translation>承諾：</translation>
    </message>
    <message>
        <source>Double-click to look at a piece of evidence</source>
        <translation>雙擊檢視證據</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>證據：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>On the clock you were on: %1</source>
        <translation>時區：%1（你當時所在的時區）</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>無期限</translation>
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
新增於：%2</translation>
    </message>
    <message>
        <source>Edited: this is version %1. &lt;a href=&quot;#history&quot;&gt;Show the earlier versions&lt;/a&gt;</source>
        <translation>已編輯：這是第 %1 版。&lt;a href=&quot;#history&quot;&gt;檢視歷史版本&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>新記錄：%1</translation>
    </message>
    <message>
        <source>Call in progress — started %1</source>
        <translation>通話中——開始於 %1</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Phone call with agent %1</source>
        <translation>與工號 %1 的通話</translation>
    </message>
    <message>
        <source>a summary is needed — what happened?</source>
        <translation>需要填寫摘要——發生了什麼？</translation>
    </message>
    <message>
        <source>Press when they put you on hold, and again when a person answers (Ctrl+H). The time on hold adds up.</source>
        <translation>對方讓你等候時按一下，有人接聽時再按一下（Ctrl+H）。等候的時間會累加。</translation>
    </message>
    <message>
        <source>Attach f&amp;iles…</source>
        <translation>附加檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收筒</translation>
    </message>
    <message>
        <source>Delete key. Nothing is lost: restore it from View → Show trash.</source>
        <translation>快速鍵 Delete。不會遺失：可以在「檢視 → 檢視回收筒」中恢復。</translation>
    </message>
    <message>
        <source>Of the whole call, the minutes they kept you waiting on hold</source>
        <translation>整通電話中，對方讓你等候的分鐘數</translation>
    </message>
    <message>
        <source>Minutes it took you to get there and back</source>
        <translation>往返路上花的分鐘數</translation>
    </message>
    <message>
        <source>This is their final answer on my complaint</source>
        <translation>這是對方對我申訴的最終答覆</translation>
    </message>
    <message>
        <source>A final answer (or deadlock letter) is often what lets you take the complaint to an ombudsman or regulator.</source>
        <translation>有了最終答覆（或「無法解決」的書面答覆），通常就可以向調解機構或主管機關申訴。</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>管道(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>O&amp;n hold:</source>
        <translation>等候時間(&amp;N)：</translation>
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
        <translation>對方原話(&amp;Y)：</translation>
    </message>
    <message>
        <source>Edit promise…</source>
        <translation>修改承諾…</translation>
    </message>
    <message>
        <source>Change what was promised or the deadline, e.g. when their SMS confirms it</source>
        <translation>修改承諾的內容或期限，例如對方後來傳簡訊確認時</translation>
    </message>
    <message>
        <source>Add a promise…</source>
        <translation>新增承諾…</translation>
    </message>
    <message>
        <source>A promise made here that you did not log yet, e.g. confirmed later by SMS</source>
        <translation>這次對方做過、但你還沒記下的承諾，例如後來用簡訊確認的</translation>
    </message>
    <message>
        <source>End call and &amp;save</source>
        <translation>結束通話並儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S, Ctrl+Return or Ctrl+Shift+E: the call&apos;s length is stored</source>
        <translation>Ctrl+S、Ctrl+Return 或 Ctrl+Shift+E：通話時長會一併儲存</translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Return</source>
        <translation>Ctrl+S 或 Ctrl+Return</translation>
    </message>
    <message>
        <source>Add this promise</source>
        <translation>記下這條承諾</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>再加一條</translation>
    </message>
    <message>
        <source>Records this promise with the event</source>
        <translation>把這條承諾記到這個事件上</translation>
    </message>
    <message>
        <source>Keeps this promise for the entry and empties the box for one more</source>
        <translation>把這條承諾留給這筆記錄，並清空輸入框以便再填一條</translation>
    </message>
    <message>
        <source>Evidence, stored when you save:</source>
        <translation>證據（儲存時一併存入）：</translation>
    </message>
    <message>
        <source>Promises, stored when you save:</source>
        <translation>承諾（儲存時一併存入）：</translation>
    </message>
    <message>
        <source>%1 (%2) — stored when you save</source>
        <translation>%1（%2）——儲存時存入</translation>
    </message>
    <message>
        <source>%1
Double-click to take it out of this entry.</source>
        <translation>%1
雙擊可把它從這筆記錄中移除。</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — 期限 %2</translation>
    </message>
    <message>
        <source>Double-click to change it</source>
        <translation>雙擊可修改</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>尚未儲存：%1</translation>
    </message>
    <message>
        <source>A person answered</source>
        <translation>有人接聽了</translation>
    </message>
    <message>
        <source>I&apos;m on hold</source>
        <translation>開始等候</translation>
    </message>
    <message>
        <source>%1 · on hold %2</source>
        <translation>%1 · 等候 %2</translation>
    </message>
    <message>
        <source>You are logging a call (%1 so far). It is not saved yet.</source>
        <translation>你正在記錄一通電話（已進行 %1），還沒有儲存。</translation>
    </message>
    <message>
        <source>This new entry is not saved yet.</source>
        <translation>這筆新記錄還沒有儲存。</translation>
    </message>
    <message numerus="yes">
        <source>This new entry and its %n file(s) are not saved yet.</source>
        <translation>
            <numerusform>這筆新記錄和它的 %n 個檔案還沒有儲存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved yet.</source>
        <translation>你對「%1」的修改還沒有儲存。</translation>
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
        <translation>無法寫入私有副本（%1）。</translation>
    </message>
    <message>
        <source>This image cannot be shown (%1). It is kept unchanged; open it with another program.</source>
        <translation>無法顯示此圖片（%1）。檔案原樣儲存；請用其他程式開啟。</translation>
    </message>
</context>
<context>
    <name>plaint::EvidenceViewer</name>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>新增於：</translation>
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
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>適應視窗(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Open with the system&apos;s application</source>
        <translation>用系統預設程式開啟</translation>
    </message>
    <message>
        <source>A copy for the other program could not be written (%1).</source>
        <translation>無法為其他程式寫出副本（%1）。</translation>
    </message>
    <message>
        <source>Reading the PDF out of your library (%1)…</source>
        <translation>正在從資料庫讀取 PDF（%1）…</translation>
    </message>
    <message>
        <source>Reading the recording out of your library (%1)…</source>
        <translation>正在從資料庫讀取錄音（%1）…</translation>
    </message>
    <message>
        <source>Reading the picture out of your library (%1)…</source>
        <translation>正在從資料庫讀取圖片（%1）…</translation>
    </message>
    <message>
        <source>Copying it for the other program (%1)…</source>
        <translation>正在複製一份給其他程式（%1）…</translation>
    </message>
</context>
<context>
    <name>plaint::EvidenceWorker</name>
    <message>
        <source>The image could not be prepared for storing.</source>
        <translation>無法準備要儲存的圖片。</translation>
    </message>
    <message>
        <source>The image could not be prepared for storing (%1).</source>
        <translation>無法準備要存入的圖片（%1）。</translation>
    </message>
</context>
<context>
    <name>plaint::ExhibitDescriptions</name>
    <message>
        <source>Name each exhibit as the reader should see it, and say what it proves. Left empty, the dossier uses the file&apos;s name and the event it belongs to.</source>
        <translation>為每份證據取一個讀者看得懂的名稱，並寫明其證明目的。留空時，資料使用檔名及其所屬的紀錄。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Name in the dossier</source>
        <translation>資料中的證據名稱</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>證明目的</translation>
    </message>
</context>
<context>
    <name>plaint::ExportDialog</name>
    <message>
        <source>Export dossier</source>
        <translation>匯出申訴資料</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Save bundle (ZIP)…</source>
        <translation>儲存證據包（ZIP）…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Who will read it</source>
        <translation>給誰看</translation>
    </message>
    <message>
        <source>Written for:</source>
        <translation>寫給：</translation>
    </message>
    <message>
        <source>Which rules and which authority the dossier refers to. It starts as the case&apos;s own.</source>
        <translation>申訴資料引用哪裡的規定、向哪個機構申訴。預設與案件相同。</translation>
    </message>
    <message>
        <source>Rules of:</source>
        <translation>適用規定：</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>申訴資料語言：</translation>
    </message>
    <message>
        <source>About you (printed on the cover)</source>
        <translation>你的資訊（印在封面上）</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>One or more, separated by commas</source>
        <translation>一個或多個，用逗號分隔</translation>
    </message>
    <message>
        <source>Only if the authority asks for it</source>
        <translation>僅在受理機構要求時填寫</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>電話號碼：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身分證字號：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>電子郵件地址：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Remembered on this computer for your next dossier.</source>
        <translation>會儲存在這台電腦上，下次產生申訴資料時使用。</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>包含哪些事件</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>僅從</translation>
    </message>
    <message>
        <source>Only until</source>
        <translation>僅到</translation>
    </message>
    <message>
        <source>Leave both unticked to include the whole case.</source>
        <translation>都不勾選則包含整個案件。</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <source>Embed the original files in the PDF</source>
        <translation>把原始檔案嵌入 PDF</translation>
    </message>
    <message>
        <source>Recordings, documents and pictures go inside the PDF as attachments, exactly as you stored them. The file gets bigger.</source>
        <translation>錄音、文件和圖片會原樣作為附件放進 PDF，檔案會變大。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <source>Hide my personal details (redact)</source>
        <translation>隱藏我的個人資訊（遮蓋）</translation>
    </message>
    <message>
        <source>Your phone numbers, ID number, e-mail, address and account number become black boxes. Your name stays (add it below to hide it too); the company&apos;s numbers, staff IDs and reference numbers stay readable.</source>
        <translation>你的電話號碼、身分證字號、電子郵件、地址和帳號會變成黑框。姓名會保留（如需隱藏，請在下面新增）；商家的號碼、工號和受理單號仍然可見。</translation>
    </message>
    <message>
        <source>While your details are hidden, only the PDF can be saved: a bundle would carry your original files, and nothing can be hidden in them.</source>
        <translation>隱藏個人資訊時只能儲存 PDF：證據包會附帶你的原始檔案，其中的內容無法隱藏。</translation>
    </message>
    <message>
        <source>Other words to hide:</source>
        <translation>其他要隱藏的詞：</translation>
    </message>
    <message>
        <source>e.g. a family member&apos;s name</source>
        <translation>例如家人的名字</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plaint cannot read the text inside pictures.&lt;/b&gt; If your name, number or address shows in a screenshot or photo below, open it and drag a box over it: the box is burnt into the picture in the dossier.</source>
        <translation>&lt;b&gt;Plaint 無法識別圖片裡的文字。&lt;/b&gt;如果下面的螢幕截圖或照片中出現了你的姓名、號碼或地址，請開啟它並拖出一個框蓋住：這個框會直接覆蓋在申訴資料裡的圖片上，無法移除。</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Black out parts of this picture…</source>
        <translation>遮蓋此圖片的部分區域…</translation>
    </message>
    <message>
        <source>Embed the original files in the PDF (not while hiding your details)</source>
        <translation>把原始檔案嵌入 PDF（隱藏個人資訊時不可用）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n box(es)</source>
        <translation>
            <numerusform>%1 — %n 個遮蓋框</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the picture: %1</source>
        <translation>無法開啟圖片：%1</translation>
    </message>
    <message>
        <source>Black out parts of %1</source>
        <translation>遮蓋 %1 的部分區域</translation>
    </message>
    <message>
        <source>Plaint cannot show this picture, so it cannot black out parts of it.</source>
        <translation>Plaint 無法顯示這張圖片，因此無法遮蓋其中的內容。</translation>
    </message>
    <message>
        <source>Drag a box over anything that must not be seen, then press OK. Click a box to select it, then remove it.</source>
        <translation>拖出方框蓋住不能被看到的內容，然後按「確定」。點選方框可選取它，再將其移除。</translation>
    </message>
    <message>
        <source>Remove selected box</source>
        <translation>移除選中的方框</translation>
    </message>
    <message>
        <source>Remove all boxes</source>
        <translation>移除所有方框</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2): change one of them.</source>
        <translation>開始日期（%1）晚於結束日期（%2）：請修改其中一個。</translation>
    </message>
    <message>
        <source>Plaint could not make a temporary folder for the preview: %1</source>
        <translation>Plaint 無法為預覽建立臨時資料夾：%1</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>正在產生預覽…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>無法產生預覽：%1</translation>
    </message>
    <message>
        <source>%1 was written, but checking it found problems: %2</source>
        <translation>已寫入 %1，但驗證時發現問題：%2</translation>
    </message>
    <message>
        <source>Saving was stopped; nothing was written.</source>
        <translation>儲存已中止；沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>Saved the bundle %1 and checked it: every file matches its SHA-256 fingerprint.</source>
        <translation>已儲存證據包 %1 並驗證：每個檔案都與其 SHA-256 指紋一致。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)) and checked it: every exhibit matches its SHA-256 fingerprint.</source>
        <translation>
            <numerusform>已儲存 %1（共 %n 頁）並驗證：每份證據都與其 SHA-256 指紋一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview was made but cannot be shown (error %1).</source>
        <translation>預覽已產生，但無法顯示（錯誤 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s), %1. This is exactly what will be saved and printed.</source>
        <translation>
            <numerusform>預覽：共 %n 頁，%1。儲存和列印的內容與此完全相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n 份證據</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth knowing before you send it:</source>
        <translation>傳送前請注意：</translation>
    </message>
    <message>
        <source>A bundle carries your original files, and Plaint cannot hide anything in them. Untick &quot;Hide my personal details&quot; to save a bundle.</source>
        <translation>證據包會附帶你的原始檔案，Plaint 無法隱藏其中的任何內容。要儲存證據包，請取消勾選「隱藏我的個人資訊」。</translation>
    </message>
    <message>
        <source>The PDF, every original file byte for byte, and a list of their SHA-256 fingerprints, in one ZIP file.</source>
        <translation>PDF、逐位元組一致的所有原始檔案，以及它們的 SHA-256 指紋清單，打包成一個 ZIP 檔案。</translation>
    </message>
    <message>
        <source>Complaint dossier</source>
        <translation>申訴資料</translation>
    </message>
    <message>
        <source>%1 - complaint dossier</source>
        <translation>%1 - 申訴資料</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of them before saving.</source>
        <translation>開始日期晚於結束日期：儲存前請修改其中一個。</translation>
    </message>
    <message>
        <source>Save the dossier as PDF</source>
        <translation>將申訴資料儲存為 PDF</translation>
    </message>
    <message>
        <source>Save the dossier bundle</source>
        <translation>儲存申訴資料證據包</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP 檔案 (*.zip)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>列印申訴資料</translation>
    </message>
    <message>
        <source>There is no preview to print yet.</source>
        <translation>還沒有可列印的預覽。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <source>The printer stopped at page %1.</source>
        <translation>印表機在第 %1 頁停止了。</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn for printing.</source>
        <translation>無法繪製第 %1 頁用於列印。</translation>
    </message>
    <message>
        <source>Bills and other PDFs go in as pictures of their pages, with your details blacked out wherever their text has them, and no text left (the original file is not included). A scanned page or a filled-in form field has no text to search: check those pages in the preview.</source>
        <translation>帳單等 PDF 檔案會以頁面圖片的形式放入，文字中出現你的資料之處都會塗黑，頁面不再保留文字（不附原始檔案）。掃描頁面或已填寫的表單欄位沒有可搜尋的文字：請在預覽中逐頁檢查。</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>證據</translation>
    </message>
</context>
<context>
    <name>plaint::HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>歷史版本</translation>
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
        <translation>發生時間</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>對方原話</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>等候時間</translation>
    </message>
    <message>
        <source>Travel there and back</source>
        <translation>往返路程</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受理單號</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Their final answer</source>
        <translation>最終答覆</translation>
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
        <translation>此事件的所有版本，按時間先後排列；每次修改下面列出改了什麼。編輯永遠不會抹掉原來的內容。</translation>
    </message>
    <message>
        <source>Nothing shown here changed.</source>
        <translation>這裡列出的內容都沒有變化。</translation>
    </message>
</context>
<context>
    <name>plaint::ImportDialog</name>
    <message>
        <source>Import messages and calls</source>
        <translation>匯入訊息和通話</translation>
    </message>
    <message>
        <source>Bring in what you already have: your phone&apos;s SMS and call backups (from the Android app “SMS Backup &amp; Restore”), e-mails (.eml or a mailbox), screenshots and photos, or a chat copied as text. Into the case “%1”.</source>
        <translation>把你已有的紀錄匯入進來：手機的簡訊和通話備份（來自 Android 應用程式「SMS Backup &amp; Restore」）、電子郵件（.eml 或郵件匣檔案）、螢幕截圖和照片，或複製成文字的聊天紀錄。匯入到案件「%1」。</translation>
    </message>
    <message>
        <source>SMS and MMS (SMS Backup &amp; Restore, .xml)</source>
        <translation>簡訊和多媒體簡訊（SMS Backup &amp; Restore，.xml）</translation>
    </message>
    <message>
        <source>Calls (SMS Backup &amp; Restore, .xml)</source>
        <translation>通話紀錄（SMS Backup &amp; Restore，.xml）</translation>
    </message>
    <message>
        <source>E-mail (.eml, mbox)</source>
        <translation>電子郵件（.eml、mbox）</translation>
    </message>
    <message>
        <source>Screenshots and photos</source>
        <translation>螢幕截圖和照片</translation>
    </message>
    <message>
        <source>A chat or SMS thread as text (pasted or a text file)</source>
        <translation>文字形式的聊天或簡訊紀錄（貼上或文字檔）</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <source>A backup holds everyone&apos;s messages. Tick the company&apos;s numbers; only theirs go into the case.</source>
        <translation>備份裡有所有人的訊息。請勾選商家的號碼，只有這些號碼的訊息會進入案件。</translation>
    </message>
    <message>
        <source>e.g. 10086, 10010</source>
        <translation>例如 10086, 10010</translation>
    </message>
    <message>
        <source>Other numbers:</source>
        <translation>其他號碼：</translation>
    </message>
    <message>
        <source>e.g. me@example.com</source>
        <translation>例如 me@example.com</translation>
    </message>
    <message>
        <source>Your own addresses (what you sent):</source>
        <translation>你自己的電子郵件地址（你寄出的郵件）：</translation>
    </message>
    <message>
        <source>Paste the chat or SMS thread here (each message with its time), or choose a text file.</source>
        <translation>把聊天或簡訊紀錄貼上到這裡（每則訊息都要帶時間），或選擇一個文字檔。</translation>
    </message>
    <message>
        <source>For “今天”, “昨天” and dates without a year.</source>
        <translation>用來推算「今天」「昨天」和沒有年份的日期。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Simplified Chinese)</source>
        <translation>GB18030 / GBK（簡體中文）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁體中文）</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <source>Copied on:</source>
        <translation>複製日期：</translation>
    </message>
    <message>
        <source>Text file&apos;s encoding:</source>
        <translation>文字檔的編碼：</translation>
    </message>
    <message>
        <source>Each picture becomes an event at the time it was taken: from its EXIF data, else its file name, else the file&apos;s date. The event says which.</source>
        <translation>每張圖片都會成為一個事件，時間為拍攝時間：先看 EXIF 資訊，其次是檔名，最後是檔案日期。事件中會註明依據。</translation>
    </message>
    <message>
        <source>Add the time-bound promises found in the company&apos;s words (on the business days of the case&apos;s jurisdiction)</source>
        <translation>新增商家話裡有期限的承諾（按案件所在地區的工作日計算）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops; an import stopped adds nothing.</source>
        <translation>停止；被停止的匯入不會新增任何內容。</translation>
    </message>
    <message>
        <source>Choose what to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>Everything Plaint imports (*.xml *.eml *.mbox *.mbx *.txt *.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Plaint 能匯入的檔案 (*.xml *.eml *.mbox *.mbx *.txt *.jpg *.jpeg *.png *.heic *.webp);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading the numbers in %1…</source>
        <translation>正在讀取 %1 中的號碼…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 通通話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 則訊息</numerusform>
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
        <translation>備份裡沒有訊息。</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the backup. Tick the company&apos;s, then Preview.</source>
        <translation>
            <numerusform>備份中有 %n 個號碼。勾選商家的號碼，然後按「預覽」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: preview again to see what will be imported.</source>
        <translation>已變更：請重新預覽，看看會匯入什麼。</translation>
    </message>
    <message>
        <source>Choose its encoding under “Text file&apos;s encoding”, e.g. %1.</source>
        <translation>請在「文字檔的編碼」中選擇它的編碼，例如 %1。</translation>
    </message>
    <message>
        <source>Tick the company&apos;s numbers (or type them under Other numbers): a backup holds everyone&apos;s messages, and only the company&apos;s belong in the case.</source>
        <translation>請勾選商家的號碼（或在「其他號碼」中輸入）：備份裡有所有人的訊息，只有商家的才屬於這個案件。</translation>
    </message>
    <message>
        <source>Paste the text, or choose a text file.</source>
        <translation>請貼上文字，或選擇一個文字檔。</translation>
    </message>
    <message>
        <source>Choose the files to import.</source>
        <translation>請選擇要匯入的檔案。</translation>
    </message>
    <message>
        <source>Reading everything to show what the import would do; nothing is written yet…</source>
        <translation>正在讀取全部內容，預覽匯入的結果；還沒有寫入任何內容…</translation>
    </message>
    <message>
        <source>Importing… Stop adds nothing: the import lands whole or not at all.</source>
        <translation>正在匯入… 按「停止」不會新增任何內容：匯入要麼全部完成，要麼什麼都不做。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) so far</source>
        <translation>
            <numerusform>目前 %n 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… %1</source>
        <translation>正在匯入… %1</translation>
    </message>
    <message>
        <source>Preparing the preview… %1</source>
        <translation>正在準備預覽… %1</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added. You can import again.</source>
        <translation>匯入已停止；沒有新增任何內容。你可以重新匯入。</translation>
    </message>
    <message>
        <source>The preview was stopped.</source>
        <translation>預覽已停止。</translation>
    </message>
    <message>
        <source>Preview: %1 Import to add them.</source>
        <translation>預覽：%1 按「匯入」即可新增。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>預覽：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>已新增 %n 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be added</source>
        <translation>
            <numerusform>將新增 %n 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n 份證據</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n 項承諾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n 個已在案件中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twice in what was read (taken once)</source>
        <translation>
            <numerusform>%n 個重複出現（只取一次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳過 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 則警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 還有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>已新增（%1）</translation>
    </message>
    <message>
        <source>Will be added (%1)</source>
        <translation>將新增（%1）</translation>
    </message>
    <message>
        <source>Already in the case (%1)</source>
        <translation>已在案件中（%1）</translation>
    </message>
    <message>
        <source>Twice in what was read, taken once (%1)</source>
        <translation>重複出現，只取一次（%1）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>已跳過（%1）</translation>
    </message>
    <message>
        <source>Imported with a warning (%1)</source>
        <translation>匯入但有警告（%1）</translation>
    </message>
</context>
<context>
    <name>plaint::ImportWorker</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>無法讀取 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>plaint::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
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
        <translation>新增案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Start &amp;call</source>
        <translation>開始通話(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Log store &amp;visit</source>
        <translation>記錄到店(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Log &amp;app or website problem</source>
        <translation>記錄 App 或網站問題(&amp;A)</translation>
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
        <translation>記錄信件(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>新增備註(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot or files</source>
        <translation>貼上螢幕截圖或檔案(&amp;P)</translation>
    </message>
    <message>
        <source>Move event to &amp;trash</source>
        <translation>將事件移到回收筒(&amp;T)</translation>
    </message>
    <message>
        <source>Show t&amp;rash…</source>
        <translation>檢視回收筒(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;demo case</source>
        <translation>開啟範例案件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Plaint</source>
        <translation>關於 Plaint(&amp;A)</translation>
    </message>
    <message>
        <source>About Plaint</source>
        <translation>關於 Plaint</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Plaint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps the record of your dispute: who said what and when, every promise, and the evidence. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plaint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;為你記錄糾紛的來龍去脈：誰在什麼時候說了什麼，每一項承諾，以及所有證據。所有資料都只儲存在這台電腦上。&lt;/p&gt;&lt;p&gt;資料庫：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;案件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新增案件…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keep the record of your dispute&lt;/h2&gt;&lt;p&gt;Start a case for each company you are in a dispute with. Then log every call, visit, chat, SMS and letter: who you spoke to (ask for their agent ID), the reference number, their exact words, and every promise with its deadline.&lt;/p&gt;&lt;p&gt;Drop screenshots, photos and bills onto the timeline, or paste a screenshot with Ctrl+V.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;把糾紛的經過記下來&lt;/h2&gt;&lt;p&gt;每與一家商家發生糾紛，就新增一個案件。然後記錄每一次通話、到店、線上客服、簡訊和信件：和誰說的（記得問工號）、受理單號、對方的原話，以及每一項承諾和期限。&lt;/p&gt;&lt;p&gt;把螢幕截圖、照片和帳單拖到時間軸上，或按 Ctrl+V 貼上螢幕截圖。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start a case…</source>
        <translation>新增案件…</translation>
    </message>
    <message>
        <source>Open demo case</source>
        <translation>開啟範例案件</translation>
    </message>
    <message>
        <source>A sample dispute to look around in; move it to the trash when you are done.</source>
        <translation>一個範例糾紛，可以隨意看看；看完移到回收筒即可。</translation>
    </message>
    <message>
        <source>Search words, agent IDs, reference numbers, file names…</source>
        <translation>搜尋文字、工號、受理單號、檔名…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <source>With promises</source>
        <translation>有承諾的</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — against %2 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — 被申訴方：%2 · %n 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n 項承諾已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>所有客服</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>工號 %1</translation>
    </message>
    <message>
        <source>Agent %1 (%2)</source>
        <translation>工號 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match.</source>
        <translation>
            <numerusform>%n 個事件符合條件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Saved; the earlier version is kept.</source>
        <translation>已儲存；原來的版本會保留。</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo, or restore it from View → Show trash.</source>
        <translation>已移到回收筒。可以復原，或在「檢視 → 檢視回收筒」中恢復。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加證據</translation>
    </message>
    <message>
        <source>Start a case first; then drop your evidence onto its timeline.</source>
        <translation>請先新增案件，再把證據拖到它的時間軸上。</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>正在新增 %n 個檔案…</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a case first; then paste your screenshot into its timeline.</source>
        <translation>請先新增案件，再把螢幕截圖貼到它的時間軸上。</translation>
    </message>
    <message>
        <source>Adding the image…</source>
        <translation>正在新增圖片…</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>網頁：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence added.</source>
        <translation>
            <numerusform>已新增 %n 份證據。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While Plaint was closed, %n promise(s) fell due.</source>
        <translation>
            <numerusform>Plaint 關閉期間，有 %n 項承諾到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>&amp;Promises panel</source>
        <translation>承諾面板(&amp;P)</translation>
    </message>
    <message>
        <source>A promise fell due: %1</source>
        <translation>一項承諾已到期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to %1. Open that file with your calendar to be reminded.</source>
        <translation>
            <numerusform>已將 %n 個期限寫入 %1。用行事曆開啟該檔案即可收到提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deadlines.ics</source>
        <translation>%1 期限.ics</translation>
    </message>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>將期限匯出到行事曆</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
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
        <translation>貼上為事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Nothing to paste: copy a screenshot, files, or the text of a chat or SMS thread first.</source>
        <translation>沒有可貼上的內容：請先複製螢幕截圖、檔案，或聊天、簡訊紀錄的文字。</translation>
    </message>
    <message>
        <source>Start a case first; then import what you have into it.</source>
        <translation>請先新增案件，再把已有的紀錄匯入進去。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 個事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>儲存記錄(&amp;S)</translation>
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
        <translation>結束通話並儲存(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>On &amp;hold</source>
        <translation>通話等候中(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Press when they put you on hold, and again when a person answers</source>
        <translation>對方讓你等候時按一下，有人接聽時再按一下</translation>
    </message>
    <message>
        <source>Log S&amp;MS</source>
        <translation>記錄簡訊(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;dossier…</source>
        <translation>匯出投訴案卷(&amp;D)…</translation>
    </message>
    <message>
        <source>Export deadlines to calenda&amp;r…</source>
        <translation>將期限匯出到行事曆(&amp;R)…</translation>
    </message>
    <message>
        <source>Ed&amp;it case…</source>
        <translation>編輯案件(&amp;I)…</translation>
    </message>
    <message>
        <source>Move case to &amp;trash</source>
        <translation>將案件移到回收筒(&amp;T)</translation>
    </message>
    <message>
        <source>Storing your evidence</source>
        <translation>正在存入證據</translation>
    </message>
    <message>
        <source>Keep Plaint open</source>
        <translation>先不關閉 Plaint</translation>
    </message>
    <message>
        <source>Plaint stays open; the evidence is still being stored.</source>
        <translation>Plaint 保持開啟；證據仍在存入中。</translation>
    </message>
    <message numerus="yes">
        <source>Plaint closes as soon as the evidence you added is stored safely (%n still to go).</source>
        <translation>
            <numerusform>你新增的證據安全存入後，Plaint 就會關閉（還剩 %n 項）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source>%1

Save it now, discard it, or keep editing?</source>
        <translation>%1

現在儲存、捨棄，還是繼續編輯？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
    <message>
        <source>Case saved; the earlier version is kept.</source>
        <translation>案件已儲存；原來的版本會保留。</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo, or restore it from View → Show trash.</source>
        <translation>「%1」已移到回收筒。可以復原，或在「檢視 → 檢視回收筒」中恢復。</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (was it moved or deleted?). Put it back, or take it out of the entry (double-click it in the list), then save again.</source>
        <translation>無法再讀取 %1（是不是被移動或刪除了？）。請把它放回原處，或把它從這筆記錄中移除（在清單中雙擊它），然後再儲存。</translation>
    </message>
    <message numerus="yes">
        <source>Saving the entry and its %n file(s)…</source>
        <translation>
            <numerusform>正在儲存這筆記錄和它的 %n 個檔案…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>沒有任何變更。</translation>
    </message>
    <message>
        <source>Promise recorded.</source>
        <translation>承諾已記下。</translation>
    </message>
    <message>
        <source>Promise changed; the earlier wording is kept.</source>
        <translation>承諾已修改；原來的說法會保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to this entry; stored when you save it.</source>
        <translation>
            <numerusform>已把 %n 個檔案加到這筆記錄；儲存時一併存入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The image is added to this entry; stored when you save it.</source>
        <translation>圖片已加到這筆記錄；儲存時一併存入。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>The link could not be kept: Plaint&apos;s temporary folder cannot be written.</source>
        <translation>無法保留這個連結：Plaint 的暫存資料夾無法寫入。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added to this entry; stored when you save it.</source>
        <translation>
            <numerusform>已把 %n 個連結加到這筆記錄；儲存時一併存入。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>「%1」無法儲存：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n piece(s) of evidence.</source>
        <translation>
            <numerusform>已儲存，附 %n 項證據。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;messages and calls…</source>
        <translation>匯入訊息和通話(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>plaint::MaskEditor</name>
    <message>
        <source>This image cannot be shown.</source>
        <translation>無法顯示此圖片。</translation>
    </message>
</context>
<context>
    <name>plaint::PdfViewer</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一頁(&amp;P)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一頁(&amp;N) ▶</translation>
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
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>適應寬度(&amp;W)</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>整頁(&amp;G)</translation>
    </message>
    <message>
        <source>Find in this PDF…</source>
        <translation>在此 PDF 中尋找…</translation>
    </message>
    <message>
        <source>A private copy for viewing could not be written (%1).</source>
        <translation>無法寫出用於檢視的臨時副本（%1）。</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so Plaint cannot show it. It is kept unchanged; open it with the system&apos;s application and type the password there.</source>
        <translation>此 PDF 受密碼保護，Plaint 無法顯示。檔案原樣儲存；請用系統預設程式開啟並輸入密碼。</translation>
    </message>
    <message>
        <source>This PDF is locked in a way Plaint cannot open. It is kept unchanged; open it with the system&apos;s application.</source>
        <translation>此 PDF 的加密方式 Plaint 無法開啟。檔案原樣儲存；請用系統預設程式開啟。</translation>
    </message>
    <message>
        <source>This file is not a readable PDF (it may be damaged or incomplete). It is kept exactly as it was added; its SHA-256 above proves that.</source>
        <translation>此檔案不是可讀的 PDF（可能已損壞或不完整）。它與新增時完全一致，上面的 SHA-256 可以證明。</translation>
    </message>
    <message>
        <source>This PDF has no pages to show.</source>
        <translation>此 PDF 沒有可顯示的頁面。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Page %1: …%2%3%4…</source>
        <translation>第 %1 頁：…%2%3%4…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 處匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::PromiseDialog</name>
    <message>
        <source>Edit promise</source>
        <translation>修改承諾</translation>
    </message>
    <message>
        <source>What they promised and by when. The earlier wording is kept.</source>
        <translation>對方承諾了什麼、期限是什麼時候。原來的說法會保留。</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>期限(&amp;B)</translation>
    </message>
    <message>
        <source>They &amp;promised:</source>
        <translation>對方承諾(&amp;P)：</translation>
    </message>
    <message>
        <source>Say what they promised.</source>
        <translation>請寫明對方承諾了什麼。</translation>
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
        <translation>承諾人</translation>
    </message>
    <message>
        <source>What they promised</source>
        <translation>承諾內容</translation>
    </message>
    <message>
        <source>Double-click a promise to see the event in which it was made.</source>
        <translation>雙擊一項承諾，檢視作出該承諾的事件。</translation>
    </message>
    <message>
        <source>%1, agent %2</source>
        <translation>%1，工號 %2</translation>
    </message>
    <message>
        <source>%1 promised “%2” by %3 (case: %4)</source>
        <translation>%1 承諾在 %3 前「%2」（案件：%4）</translation>
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
        <translation>即將到期：%1</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>未給出期限</translation>
    </message>
    <message>
        <source>No open promises. When someone promises you something, log it with its deadline: Plaint reminds you when it falls due.</source>
        <translation>沒有未了結的承諾。對方承諾了什麼，就連同期限一起記下來：到期時 Plaint 會提醒你。</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n 項未了結的承諾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 項已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 48 hours</source>
        <translation>
            <numerusform>%n 項 48 小時內到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;While Plaint was closed, %n promise(s) fell due:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Plaint 關閉期間，有 %n 項承諾到期：&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>If they were not kept, mark them broken and follow up.</source>
        <translation>如果對方沒有兌現，請標記為未兌現並繼續跟進。</translation>
    </message>
</context>
<context>
    <name>plaint::PromiseReminder</name>
    <message>
        <source>Plaint: reminders of promises</source>
        <translation>Plaint：承諾提醒</translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1（工號 %2）</translation>
    </message>
    <message>
        <source>A promise fell due</source>
        <translation>一項承諾已到期</translation>
    </message>
    <message>
        <source>%1 promised: %2
Case: %3</source>
        <translation>%1 承諾：%2
案件：%3</translation>
    </message>
</context>
<context>
    <name>plaint::SuggestionBox</name>
    <message>
        <source>“%1” is a promise without a date. Ask them: by when exactly? You can still log it, with no deadline.</source>
        <translation>「%1」是一個沒有具體時間的承諾。問清楚對方：具體什麼時候之前？也可以先記下來，不設期限。</translation>
    </message>
    <message>
        <source>They promised: “%1”, due %2.</source>
        <translation>對方承諾：「%1」，期限 %2。</translation>
    </message>
    <message>
        <source>They promised “%1”: due %2. (“%3”)</source>
        <translation>對方承諾「%1」：期限 %2。（「%3」）</translation>
    </message>
    <message>
        <source>(Holidays of %1 are not known to Plaint: only weekends were skipped.)</source>
        <translation>（Plaint 沒有 %1 的節假日資料：只跳過了週末。）</translation>
    </message>
    <message>
        <source>Log it without a date</source>
        <translation>不設期限，先記下</translation>
    </message>
    <message>
        <source>Use this promise</source>
        <translation>採用這條承諾</translation>
    </message>
</context>
<context>
    <name>plaint::TimelineDelegate</name>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App 或網站</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>線上客服</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>you contacted them</source>
        <translation>你聯絡對方</translation>
    </message>
    <message>
        <source>they contacted you</source>
        <translation>對方聯絡你</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>你的備註</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>承諾已逾期</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>承諾未兌現</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>承諾已兌現</translation>
    </message>
    <message>
        <source>Promise pending</source>
        <translation>承諾待兌現</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>工號 %1</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>單號 %1</translation>
    </message>
    <message>
        <source>%1 min, %2 on hold</source>
        <translation>%1 分鐘，其中等候 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min, %3 min on hold</source>
        <translation>%1 小時 %2 分，其中等候 %3 分鐘</translation>
    </message>
    <message>
        <source>%1 min travelling</source>
        <translation>路上 %1 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min travelling</source>
        <translation>路上 %1 小時 %2 分</translation>
    </message>
    <message>
        <source>Final answer</source>
        <translation>最終答覆</translation>
    </message>
</context>
<context>
    <name>plaint::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收筒</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>What you moved to the trash. Nothing here is ever deleted: restore what you need.</source>
        <translation>你移到回收筒的內容。這裡的內容永遠不會被刪除：需要時恢復即可。</translation>
    </message>
    <message>
        <source>&amp;Restore event</source>
        <translation>恢復事件(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;case</source>
        <translation>恢復案件(&amp;C)</translation>
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
        <translation>%1 — 被投訴方：%2</translation>
    </message>
</context>
</TS>
