/**
 * The feedback form's own rules on top of the shared print stylesheet: larger type than other
 * printouts (many travellers are elderly: 12 pt questions, 5 mm tick boxes) and everything sized so
 * one form fills exactly one A4 page in Chinese and in English.
 */
export const feedbackPrintCss = `
.fb-sheet { font-size: 11.5pt; line-height: 1.25; }
.fb-sheet .pf-letterhead { margin-bottom: 2mm; padding-bottom: 1.5mm; }
.fb-sheet .pf-letterhead .pf-agency { font-size: 14pt; }
.fb-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 4mm; margin-bottom: 1.5mm; }
.fb-head h1 { text-align: left; margin: 0; font-size: 19pt; }
.fb-intro { font-size: 10pt; margin-top: 1mm; }
.fb-code { text-align: center; flex: 0 0 auto; }
.fb-code svg { display: block; width: 58mm; height: 11mm; }
.fb-code-text { font-family: monospace; font-size: 11pt; font-weight: 700; letter-spacing: 0.5pt; }
.fb-sheet .pf-fields { margin-bottom: 1.5mm; font-size: 10.5pt; }
.fb-sheet .pf-fields th, .fb-sheet .pf-fields td { padding: 0.6mm 1.8mm; }
.fb-sheet .pf-fields th { width: 25mm; }
.fb-table { width: 100%; border-collapse: collapse; margin-top: 1.5mm; }
.fb-table th, .fb-table td { border: 0.6pt solid #000; padding: 0.85mm 1.6mm; vertical-align: middle; }
.fb-table thead th { font-size: 10.5pt; text-align: center; background: #eee; }
.fb-table td.fb-q { font-weight: 700; }
.fb-table td.fb-box { text-align: center; white-space: nowrap; }
.fb-tick { display: inline-block; width: 5mm; height: 5mm; border: 1pt solid #000; vertical-align: middle; }
.fb-tick { position: relative; }
.fb-tick.fb-on::after { content: '✓'; position: absolute; inset: 0; text-align: center; line-height: 5mm;
  font-size: 12pt; font-weight: 700; }
.fb-yn { display: inline-flex; align-items: center; gap: 1.5mm; margin-right: 4mm; white-space: nowrap; }
.fb-nps { display: flex; justify-content: space-between; margin-top: 1mm; }
.fb-nps span { display: inline-flex; flex-direction: column; align-items: center; font-size: 10.5pt; gap: 0.5mm; }
.fb-section { font-weight: 700; font-size: 11.5pt; margin-top: 2mm; }
.fb-written { min-height: 19.5mm; border-bottom: 0.6pt solid #000; padding: 1mm 1.5mm; white-space: pre-wrap;
  overflow-wrap: anywhere; font-size: 11pt; line-height: 6.5mm; }
.fb-lines div { border-bottom: 0.6pt solid #000; height: 6.5mm; }
.fb-sign { display: flex; gap: 6mm; margin-top: 2.5mm; }
.fb-sign > div { display: flex; align-items: flex-end; gap: 1mm; flex: 1 1 auto; white-space: nowrap; }
.fb-sign .pf-line { flex: 1; min-width: 20mm; height: 6mm; border-bottom: 0.6pt solid #000; }
`
