import { Button, Chip, MenuItem, Stack, TextField } from '@mui/material'
import CakeOutlined from '@mui/icons-material/CakeOutlined'
import { useTranslation } from 'react-i18next'
import {
  canSeeHealth,
  needFilters,
  sensitiveNeeds,
  tiers,
} from '../../../../shared/customers/customer.schema'
import type { NeedKind } from '../../../../shared/customers/customer.schema'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useSession } from '../../app/session'
import type { ListState } from './listState'
import { hasFilters } from './listState'

const ANY = '__any__'

export function CustomerFilters({ s, set }: { s: ListState; set: (p: Partial<ListState>) => void }) {
  const { t } = useTranslation('customers')
  const tags = useQuery(() => api.customers.tags({}), [], ['customer'])
  // main refuses a filter by health or pregnancy from roles that may not see health data
  const seesHealth = canSeeHealth(useSession().status.staff?.role)
  const needs = needFilters.filter((x) => seesHealth || !sensitiveNeeds.includes(x as NeedKind))
  const select = (
    label: string,
    value: string | null,
    options: { value: string; label: string }[],
    onChange: (v: string | null) => void,
    testId: string,
  ) => (
    <TextField
      select
      label={label}
      value={value ?? ANY}
      fullWidth={false}
      size="small"
      sx={{ minWidth: 140 }}
      onChange={(e) => onChange(e.target.value === ANY ? null : e.target.value)}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    >
      <MenuItem value={ANY}>{t('filters.any')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  )

  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      {select(
        t('filters.tag'),
        s.tag,
        (tags.data ?? []).map((x) => ({ value: x.tag, label: `${x.tag} (${x.count})` })),
        (v) => set({ tag: v, page: 0 }),
        'filter-tag',
      )}
      {select(
        t('filters.tier'),
        s.tier,
        tiers.map((x) => ({ value: x, label: t(`tier.${x}`) })),
        (v) => set({ tier: v as ListState['tier'], page: 0 }),
        'filter-tier',
      )}
      {select(
        t('filters.need'),
        s.need,
        needs.map((x) => ({ value: x, label: t(`need.${x}`) })),
        (v) => set({ need: v as ListState['need'], page: 0 }),
        'filter-need',
      )}
      {select(
        t('filters.consent'),
        s.consent,
        [
          { value: 'marketing', label: t('filters.marketing') },
          { value: 'doNotContact', label: t('filters.doNotContact') },
        ],
        (v) => set({ consent: v as ListState['consent'], page: 0 }),
        'filter-consent',
      )}
      <Chip
        icon={<CakeOutlined />}
        label={t('filters.birthdayThisMonth')}
        color={s.birthdayThisMonth ? 'primary' : 'default'}
        variant={s.birthdayThisMonth ? 'filled' : 'outlined'}
        onClick={() => set({ birthdayThisMonth: !s.birthdayThisMonth, page: 0 })}
        data-testid="filter-birthday"
      />
      {hasFilters(s) && (
        <Button
          size="small"
          onClick={() =>
            set({ tag: null, tier: null, need: null, birthdayThisMonth: false, consent: null, page: 0 })
          }
        >
          {t('filters.clear')}
        </Button>
      )}
    </Stack>
  )
}
