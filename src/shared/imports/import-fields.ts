/**
 * The columns an import can fill, per target, and the header names people give them in the
 * sheets agencies keep (Chinese and English). A header is normalised (case, spaces, punctuation,
 * a bracketed remark such as "（必填）") before it is compared, so "手机号码（必填）" and
 * "Mobile No." both find the mobile column.
 */
export const importTargets = ['customers', 'guides', 'suppliers', 'participants'] as const
export type ImportTarget = (typeof importTargets)[number]

export const customerImportFields = [
  'name',
  'pinyinName',
  'gender',
  'mobile',
  'idCard',
  'passport',
  'birth',
  'lunarBirth',
  'wechat',
  'email',
  'address',
  'occupation',
  'employer',
  'tags',
  'notes',
] as const
export type CustomerImportField = (typeof customerImportFields)[number]

const synonyms: Record<CustomerImportField, string[]> = {
  name: ['姓名', '名字', '客户姓名', '客户', '游客姓名', 'name', 'fullname', 'customername'],
  pinyinName: ['拼音', '姓名拼音', '拼音姓名', 'pinyin', 'pinyinname'],
  gender: ['性别', 'gender', 'sex'],
  mobile: [
    '手机',
    '手机号',
    '手机号码',
    '电话',
    '联系电话',
    '联系方式',
    '移动电话',
    'mobile',
    'mobileno',
    'phone',
    'cell',
    'tel',
  ],
  idCard: ['身份证', '身份证号', '身份证号码', '证件号', '证件号码', 'idcard', 'idno', 'idnumber', 'id'],
  passport: ['护照', '护照号', '护照号码', 'passport', 'passportno', 'passportnumber'],
  birth: [
    '生日',
    '出生日期',
    '出生年月',
    '出生年月日',
    '公历生日',
    'birthday',
    'birthdate',
    'dateofbirth',
    'dob',
  ],
  lunarBirth: ['农历生日', '阴历生日', '农历', 'lunarbirthday', 'lunarbirth'],
  wechat: ['微信', '微信号', 'wechat', 'weixin'],
  email: ['邮箱', '电子邮件', '电子邮箱', 'email', 'mail'],
  address: ['地址', '住址', '家庭住址', '联系地址', 'address'],
  occupation: ['职业', 'occupation', 'job'],
  employer: ['单位', '工作单位', '公司', 'employer', 'company'],
  tags: ['标签', '分类', 'tags', 'tag'],
  notes: ['备注', '说明', '备注信息', 'notes', 'note', 'remark', 'remarks', 'memo'],
}

export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/[\s*_.:\-#/]/g, '')
}

const lookup = new Map<string, CustomerImportField>()
for (const f of customerImportFields) for (const s of synonyms[f]) lookup.set(s, f)

/** column index → field, suggested from the header names; each field is given to its first column only */
export function suggestMapping(headers: string[]): Record<string, CustomerImportField> {
  const out: Record<string, CustomerImportField> = {}
  const taken = new Set<CustomerImportField>()
  headers.forEach((h, i) => {
    const f = lookup.get(normalizeHeader(h))
    if (f && !taken.has(f)) {
      out[String(i)] = f
      taken.add(f)
    }
  })
  return out
}

/**
 * What identifies "the same sheet as last time": the normalised headers in order. Empty header
 * cells count, so a moved column is a different sheet and its mapping is not reused blindly.
 */
export function headerSignature(headers: string[]): string {
  return headers.map(normalizeHeader).join('|').slice(0, 2000)
}
