// Errors in how the program was called: exit 2 with one line, never a stack trace.
export class UsageError extends Error {}

export const HELP = {
  zh: `bluepacket — 微信送礼物（蓝包）终端原型

用法:
  bluepacket [选项]                       打开多窗格终端界面（需要终端）
  bluepacket play FILE [--json] [--lang zh|en]
                                          无界面地运行场景文件，输出过程与结果
  bluepacket draw --seed SEED --count N ENTRANT...
                                          重跑一次抽奖：按抽取顺序输出中奖者
  bluepacket --help                       显示本帮助

界面选项:
  --db PATH         数据文件（默认 data/db.json，首次运行由内置世界创建）
  --reset           先把现有数据文件移到备份，再从内置世界重新开始
  --seed S          新会话的随机种子
  --users a,b,c     哪些用户有窗格（默认按宽度放 3–4 个）
  --group ID        窗格显示的群
  --lang zh|en      界面语言（默认 zh）

退出码: 0 正常；2 文件或参数无效；1 程序错误。
`,
  en: `bluepacket — a terminal prototype of WeChat-style social gifting (the blue 蓝包 card)

Usage:
  bluepacket [options]                    open the multi-pane terminal UI (needs a terminal)
  bluepacket play FILE [--json] [--lang zh|en]
                                          play a scenario file headless and report
  bluepacket draw --seed SEED --count N ENTRANT...
                                          re-run a lottery draw: winners in draw order
  bluepacket --help                       this help

UI options:
  --db PATH         the data file (default data/db.json, made from the bundled world on first run)
  --reset           move the existing data file to a backup first, then start afresh
  --seed S          the random seed of a new session
  --users a,b,c     who gets a pane (default: 3–4, as many as fit the width)
  --group ID        the group the panes show
  --lang zh|en      the language (default zh)

Exit codes: 0 done; 2 invalid file or arguments; 1 a bug.
`,
};
