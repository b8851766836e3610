import { Chip } from '@mui/material'
import type { SxProps, Theme } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Tier } from '../../../shared/customers/customer.schema'

/*
 * One look per membership tier wherever it appears (list, profile): 金卡 and 白金卡 must never read as
 * the same orange chip — gold is yellow, platinum a dark slate. Text on each stays above WCAG AA's
 * 4.5:1 (the gold's brown was 4.3:1 until the accessibility check caught it).
 */
const tierSx: Record<Tier, object> = {
  none: {},
  member: { bgcolor: '#e0f2f1', color: '#00695c' },
  silver: { bgcolor: '#eceff1', color: '#455a64' },
  gold: { bgcolor: '#fff3c4', color: '#6d5200' },
  platinum: { bgcolor: '#37474f', color: '#fff' },
}

export function TierChip({ tier, sx, testId }: { tier: Tier; sx?: SxProps<Theme>; testId?: string }) {
  const { t } = useTranslation('customers')
  return (
    <Chip
      size="small"
      label={t(`tier.${tier}`)}
      variant={tier === 'none' ? 'outlined' : 'filled'}
      sx={[{ fontWeight: 600, ...tierSx[tier] }, ...(Array.isArray(sx) ? sx : [sx])]}
      data-testid={testId}
      data-tier={tier}
    />
  )
}
