/** Valid payloads of the import calls, for api-fuzz.test.ts (it breaks one thing in each at a time). */
export function importSamples(): Record<string, Record<string, unknown>> {
  const where = { token: 'a'.repeat(32), sheet: 0, headerRow: 0 }
  return {
    // 姓名,手机\r\n
    'imports.open': { fileName: '客户.csv', data: ['5aeT5ZCNLOaJi+acug0K'] },
    // guides and suppliers share the calls: the samples cover each target with its own fields
    'imports.headers': { ...where, target: 'suppliers' },
    // a trip's sign-up sheet: the one target that names a trip (dropping tripId must be refused)
    'imports.dryRun': {
      ...where,
      target: 'participants',
      tripId: 1,
      mapping: { '0': 'name', '1': 'mobile', '2': 'idCard', '6': 'room', '8': 'priceType' },
    },
    'imports.run': {
      ...where,
      target: 'guides',
      mapping: { '0': 'name', '1': 'mobile', '2': 'licenceNo' },
      decisions: { r2: 'update', r5: 'create' },
    },
    'imports.cancel': { token: 'b'.repeat(32) },
    'imports.list': { target: 'participants', tripId: 1 },
    'imports.undo': { id: 1, version: 1 },
    'imports.reportFile': { columns: ['行', '原因'], rows: [['3', '身份证号校验位不对']] },
  }
}
