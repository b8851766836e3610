import { Button, Chip, MenuItem, Stack, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { auditEntities } from '../../../shared/audit/audit.api'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { actionLabel, auditActions, entityLabel } from './auditLabels'

export interface AuditFilterState {
  entity: string | null
  entityId: number | null
  action: string | null
  staffId: number | null
  from: string | null
  to: string | null
}

type Set = (changes: Record<string, string | number | null>) => void

/** What to look at: kind of record (or one record), action, who, and a range of days. */
export function AuditFilters({ f, set }: { f: AuditFilterState; set: Set }) {
  const { t } = useTranslation('admin')
  const people = useQuery(() => api.audit.people({}), [], ['staff'])
  const select = (
    testId: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: { value: string; label: string }[],
    minWidth: number,
  ) => (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        htmlInput: { 'data-testid': testId },
        select: { displayEmpty: true },
        inputLabel: { shrink: true },
      }}
      sx={{ minWidth }}
    >
      <MenuItem value="">{t('audit.filters.all')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  )
  const day = (testId: string, label: string, value: string | null, key: 'from' | 'to') => (
    <TextField
      type="date"
      size="small"
      fullWidth={false}
      label={label}
      value={value ?? ''}
      onChange={(e) => set({ [key]: e.target.value || null })}
      slotProps={{ htmlInput: { 'data-testid': testId }, inputLabel: { shrink: true } }}
      sx={{ width: 165 }}
    />
  )
  const filtered = Boolean(f.entity || f.action || f.staffId || f.from || f.to)

  return (
    <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
      {select(
        'audit-staff',
        t('audit.filters.staff'),
        f.staffId ? String(f.staffId) : '',
        (v) => set({ staffId: v || null }),
        (people.data ?? []).map((p) => ({
          value: String(p.id),
          label: p.active ? p.name : t('audit.filters.inactive', { name: p.name }),
        })),
        140,
      )}
      {select(
        'audit-entity',
        t('audit.filters.entity'),
        f.entity ?? '',
        (v) => set({ entity: v, entityId: null }),
        auditEntities.map((en) => ({ value: en, label: entityLabel(t, en) })),
        150,
      )}
      {select(
        'audit-action',
        t('audit.filters.action'),
        f.action ?? '',
        (v) => set({ action: v }),
        auditActions.map((a) => ({ value: a, label: actionLabel(t, a) })),
        170,
      )}
      {day('audit-from', t('audit.filters.from'), f.from, 'from')}
      {day('audit-to', t('audit.filters.to'), f.to, 'to')}
      {f.entity && f.entityId && (
        <Chip
          label={t('audit.filters.onlyRecord', { entity: entityLabel(t, f.entity), id: f.entityId })}
          onDelete={() => set({ entityId: null })}
          color="primary"
          variant="outlined"
        />
      )}
      {filtered && (
        <Button
          onClick={() =>
            set({ entity: null, action: null, entityId: null, staffId: null, from: null, to: null })
          }
          data-testid="audit-clear"
        >
          {t('audit.filters.clear')}
        </Button>
      )}
    </Stack>
  )
}
