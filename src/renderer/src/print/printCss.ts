/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(s: string): string {
  return `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`
}

export const PAGE = '[[page]]'
export const PAGES = '[[pages]]'

/**
 * "第 {{page}} 页 / 共 {{pages}} 页" with the placeholders filled with PAGE and PAGES → a CSS
 * `content` value with the page counters in their place.
 */
export function counterContent(label: string): string {
  return label
    .split(/(\[\[page\]\]|\[\[pages\]\])/)
    .filter((p) => p !== '')
    .map((p) => (p === PAGE ? 'counter(page)' : p === PAGES ? 'counter(pages)' : cssString(p)))
    .join(' ')
}

/**
 * The print stylesheet shared by every printed document. On screen: A4-wide sheets on a grey desk
 * under a toolbar. On paper: the toolbar gone, black on white, A4 with 14 mm margins, the left footer
 * (agency, print time) and page numbers in the page margin boxes, table headers repeated on each page,
 * rows never split, and each sheet after the first starting a new page. Names, pinyin, dates and
 * document numbers never break inside a word (`pf-word`, `pf-pinyin`, `pf-doc`): a guide reading
 * "ZHUANGZHUAN / G" at a check-in desk misreads it; free text (needs, notes) still wraps anywhere.
 */
export function printCss(opts: { font: string; footerLeft: string; footerRight: string }): string {
  const font = opts.font
  const box = `font-family: ${font}; font-size: 8pt; color: #000;`
  return `
.pf-root { min-height: 100vh; background: #dde2e2; }
.pf-toolbar { position: sticky; top: 0; z-index: 10; display: flex; align-items: center; gap: 12px;
  padding: 8px 16px; background: #fff; border-bottom: 1px solid #cfd6d6; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
.pf-pages { padding: 24px 0 48px; }
.pf-sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto 24px; padding: 14mm;
  background: #fff; color: #000; box-shadow: 0 2px 12px rgba(0,0,0,.18); font-family: ${font};
  font-size: 10pt; line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.pf-sheet * { box-sizing: border-box; }
.pf-letterhead { text-align: center; padding-bottom: 2.5mm; margin-bottom: 4mm; border-bottom: 2.2pt double #000; }
.pf-letterhead .pf-agency { font-size: 15pt; font-weight: 700; letter-spacing: 1pt; }
.pf-letterhead .pf-contact { font-size: 9pt; margin-top: 1mm; }
.pf-letterhead .pf-contact span + span { margin-left: 6mm; }
.pf-sheet h1 { font-size: 18pt; line-height: 1.3; margin: 0 0 1mm; text-align: center; font-weight: 700; }
.pf-doctype { text-align: center; font-size: 11pt; letter-spacing: 0.5pt; margin-bottom: 4mm; }
:lang(zh-CN) .pf-doctype.pf-spaced { letter-spacing: 4pt; }
.pf-sheet h2 { font-size: 12pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.2pt solid #000;
  break-after: avoid; page-break-after: avoid; }
.pf-sheet h3 { font-size: 10.5pt; margin: 0 0 1.5mm; break-after: avoid; page-break-after: avoid; }
.pf-fields { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }
.pf-fields th, .pf-fields td { border: 0.6pt solid #000; padding: 1.3mm 2mm; text-align: left; vertical-align: top; }
.pf-fields th { width: 24mm; font-weight: 700; white-space: nowrap; }
.pf-table { width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.4; }
.pf-table th, .pf-table td { border: 0.6pt solid #000; padding: 1.1mm 1.5mm; text-align: left; vertical-align: top; }
.pf-table th { font-weight: 700; border-bottom-width: 1.2pt; white-space: nowrap; }
.pf-table thead { display: table-header-group; }
.pf-table tr { break-inside: avoid; page-break-inside: avoid; }
.pf-table.pf-compact { font-size: 8.5pt; }
.pf-table.pf-compact th, .pf-table.pf-compact td { padding: 0.9mm 1mm; overflow-wrap: break-word; }
.pf-table.pf-compact th { white-space: normal; word-break: keep-all; overflow-wrap: normal; }
.pf-table.pf-dense { font-size: 7.5pt; }
.pf-table.pf-dense .pf-small, .pf-table.pf-dense .pf-doc { font-size: 7pt; }
.pf-doc { font-size: 8pt; letter-spacing: 0; white-space: nowrap; }
.pf-word { white-space: nowrap; }
.pf-pinyin { word-break: keep-all; overflow-wrap: normal; }
.pf-num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pf-nowrap { white-space: nowrap; }
.pf-mono { font-variant-numeric: tabular-nums; letter-spacing: 0.2pt; }
.pf-small { font-size: 8pt; }
.pf-strong { font-weight: 700; }
.pf-keep { break-inside: avoid; page-break-inside: avoid; }
.pf-block { break-inside: avoid; page-break-inside: avoid; margin-top: 4mm; }
.pf-day-head { display: flex; align-items: baseline; gap: 3mm; margin-bottom: 1.5mm; break-after: avoid; }
.pf-day-no { font-weight: 700; font-size: 11pt; border: 1pt solid #000; padding: 0 1.6mm; }
.pf-day-title { font-weight: 700; font-size: 10.5pt; }
.pf-note { font-size: 8.5pt; border: 0.6pt solid #000; padding: 1.6mm 2mm; margin: 2mm 0 3mm; }
.pf-empty { font-size: 9pt; padding: 1mm 0; }
.pf-sign { display: flex; gap: 8mm; margin-top: 12mm; break-inside: avoid; page-break-inside: avoid; }
.pf-sign > div { display: flex; align-items: flex-end; gap: 1mm; flex: 1 1 auto; white-space: nowrap; }
.pf-sign > div.pf-sign-date { flex: 0 1 auto; }
.pf-sign .pf-line { flex: 1; min-width: 26mm; height: 6mm; border-bottom: 0.6pt solid #000; }
.pf-status { padding: 40px; text-align: center; }
@media print {
  html, body, #root, .pf-root { background: #fff !important; }
  .pf-toolbar, .pf-screen-only, .MuiSnackbar-root { display: none !important; }
  .pf-pages { padding: 0; }
  .pf-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .pf-sheet + .pf-sheet { break-before: page; page-break-before: always; }
}
@page {
  size: A4;
  margin: 14mm;
  @bottom-left { content: ${cssString(opts.footerLeft)}; ${box} }
  @bottom-right { content: ${opts.footerRight}; ${box} }
}
`
}
