// The words of the page `bluepacket export --html` writes: its language, its chapter list, its
// key hints. The recording itself is the terminal's and is not translated.
import { translator } from './index';

export const pageWord = translator({
  htmlLang: { zh: 'zh-CN', en: 'en' },
  untitled: { zh: 'bluepacket 演示', en: 'bluepacket demo' },
  size: { zh: '{cols}×{rows} 终端 · 时长 {duration}', en: '{cols}×{rows} terminal · {duration} long' },
  chapters: { zh: '章节', en: 'Chapters' },
  keys: {
    zh: '空格 播放/暂停 · ← → 快退/快进 5 秒 · [ ] 上一章/下一章 · . 逐帧 · f 全屏 · ? 全部快捷键',
    en: 'Space play/pause · ← → back/forward 5 s · [ ] previous/next chapter · . one frame · f full screen · ? all keys',
  },
  written: { zh: '已写出 {file}（{kb} KB）：{cols}×{rows}，时长 {duration}，{chapters} 个章节', en: 'wrote {file} ({kb} KB): {cols}×{rows}, {duration} long, chapters: {chapters}' },
  noScript: { zh: '播放录像需要开启 JavaScript。', en: 'Playing the recording needs JavaScript.' },
});
