/** Valid payloads of the import calls, for api-fuzz.test.ts (it breaks one thing in each at a time). */
export function importSamples(): Record<string, Record<string, unknown>> {
  const where = { token: 'a'.repeat(32), sheet: 0, headerRow: 0 }
  const mapping = { '0': 'name', '1': 'mobile', '2': 'idCard' }
  return {
    // 姓名,手机\r\n
    'imports.open': { fileName: '客户.csv', data: ['5aeT5ZCNLOaJi+acug0K'] },
    'imports.headers': where,
    'imports.dryRun': { ...where, mapping },
    'imports.run': { ...where, mapping, decisions: { r2: 'update', r5: 'create' } },
    'imports.cancel': { token: 'b'.repeat(32) },
    'imports.list': {},
    'imports.undo': { id: 1, version: 1 },
    'imports.reportFile': { columns: ['行', '原因'], rows: [['3', '身份证号校验位不对']] },
  }
}
