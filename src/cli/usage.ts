// Errors in how the program was called: exit 2 with one line, never a stack trace.
export class UsageError extends Error {}

export const HELP = {
  zh: `bluepacket — 微信送礼物（蓝包）终端原型

用法:
  bluepacket [选项]                       打开多窗格终端界面（需要终端）
  bluepacket play FILE [--json] [--lang zh|en]
                                          无界面地运行场景文件，输出过程与结果
  bluepacket play FILE --tui [--speed N] [--step] [--at MARK|N] [--users a,b] [--record F.cast] [--theme light]
                                          在窗格里播放场景：空格暂停，→/← 步进，m 标记，r 重来；
                                          任何操作即接管，接管后 r 回到接管处（--speed 0 为瞬间，
                                          --step 每步等待 →，--at 在某个标记或步骤 #N 之后暂停打开；
                                          录像里每个标记都是章节）
  bluepacket insights FILE [--json] [--lang zh|en]
                                          运行场景并画出数据洞察：关系图谱、送礼排行榜、偏好标签、
                                          送礼时间曲线、钱的去向（--json 输出数据）
  bluepacket draw --seed SEED --count N ENTRANT...
                                          重跑一次抽奖：按抽取顺序输出中奖者
  bluepacket lookbook [NAME...] [--check|--update|--list] [--size 120x35] [--lang en]
                                          把各个界面状态渲染成文本；--check 与 lookbook/ 比对
  bluepacket lookbook --scenario FILE --out DIR [--size 120x35] [--lang en]
                                          场景的连环画：每一步一帧，NNN-<标记或动作>.txt 和 .svg（保留颜色）
  bluepacket export FILE.cast --html OUT.html [--lang zh|en]
                                          把录像写成一个网页：内置播放器，离线可开，录像里的标记是章节；
                                          只覆盖本命令写过的网页
  bluepacket --help                       显示本帮助

界面选项:
  --db PATH         数据文件（默认 data/db.json，首次运行由内置世界创建）
  --reset           先把现有数据文件移到备份，再从内置世界重新开始
  --seed S          新会话的随机种子
  --users a,b,c     哪些用户有窗格（默认群里前 4 个人；终端放得下几个就显示几个，焦点所在的总在屏幕上）
  --as USER         以一个用户的身份全屏打开（手机式：聊天列表为首页，Enter 进入，Esc 返回）；
                    多个终端用同一个 --db 即同场互动：彼此的操作即时可见，时间共用
  --group ID        窗格显示的群
  --lang zh|en      界面语言（默认 zh）
  --crowd N         群里 N 个机器人成员抢礼物、参与抽奖（默认取内置世界的设置 30；0 关闭）
  --record F.cast   把会话录成 asciicast v2 文件（asciinema play 回放）；目录须已存在，已有录像会被覆盖，其他文件不会
  --theme dark|light 终端背景是深色还是浅色（默认 dark）；设置了 NO_COLOR 就完全不用颜色

退出码: 0 正常；2 文件或参数无效；1 程序错误。
`,
  en: `bluepacket — a terminal prototype of WeChat-style social gifting (the blue 蓝包 card)

Usage:
  bluepacket [options]                    open the multi-pane terminal UI (needs a terminal)
  bluepacket play FILE [--json] [--lang zh|en]
                                          play a scenario file headless and report
  bluepacket play FILE --tui [--speed N] [--step] [--at MARK|N] [--users a,b] [--record F.cast] [--theme light]
                                          play it in the panes: Space pauses, →/← step, m marks,
                                          r restarts; any action takes over, and r then goes back to
                                          where you took over (--speed 0 is instant, --step waits for →
                                          before each step, --at opens paused right after a mark or
                                          step #N; a recording gets a chapter at each mark)
  bluepacket insights FILE [--json] [--lang zh|en]
                                          play a scenario and draw its insights: who gives to whom,
                                          the leaderboard, tags, gifts over time, where the money
                                          went (--json: the data)
  bluepacket draw --seed SEED --count N ENTRANT...
                                          re-run a lottery draw: winners in draw order
  bluepacket lookbook [NAME...] [--check|--update|--list] [--size 120x35] [--lang en]
                                          render named screens as text; --check compares with lookbook/
  bluepacket lookbook --scenario FILE --out DIR [--size 120x35] [--lang en]
                                          a scenario's filmstrip: one frame per step, NNN-<mark or verb>
                                          as .txt and as .svg (colours kept)
  bluepacket export FILE.cast --html OUT.html [--lang zh|en]
                                          write a recording as one web page that plays it, offline, its
                                          markers as chapters; replaces only a page it wrote
  bluepacket --help                       this help

UI options:
  --db PATH         the data file (default data/db.json, made from the bundled world on first run)
  --reset           move the existing data file to a backup first, then start afresh
  --seed S          the random seed of a new session
  --users a,b,c     who gets a pane (default: the group's first 4 people; as many as fit are shown,
                    the focused one always among them)
  --as USER         one person's phone, full-screen (the chat list first, Enter opens, Esc goes
                    back); several terminals on one --db play together: each sees the others at
                    once and they share the clock
  --group ID        the group the panes show
  --lang zh|en      the language (default zh)
  --crowd N         N bot members race for gifts and enter lotteries (default 30, the world's; 0 = off)
  --record F.cast   record the session as an asciicast v2 file (replay: asciinema play); the folder must exist; replaces an old recording, never another file
  --theme dark|light the terminal's background (default dark); with NO_COLOR set, no colour at all

Exit codes: 0 done; 2 invalid file or arguments; 1 a bug.
`,
};
