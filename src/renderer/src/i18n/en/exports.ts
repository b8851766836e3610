export default {
  button: 'Export',
  title: 'Export to Excel or CSV',
  list: 'List',
  format: 'File format',
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV (UTF-8)',
  full: 'Include full ID numbers',
  masked: 'ID numbers are exported masked (e.g. 110***********1234).',
  fullWarning:
    'Full ID numbers are sensitive personal information: this export is recorded in the audit log with its row count. Keep the file safe.',
  cancel: 'Cancel',
  run: 'Export',
  done_one: '{{count}} row exported',
  done_other: '{{count}} rows exported',
  insurer: 'Insurer’s list (name, pinyin, gender, date of birth, document)',
  operator: 'Ground operator’s rooming and needs list',
}
