import { Avatar, Box, Button, Chip, Paper, Stack, Tooltip, Typography } from '@mui/material'
import AddIcCallOutlined from '@mui/icons-material/AddIcCallOutlined'
import BlockOutlined from '@mui/icons-material/BlockOutlined'
import CakeOutlined from '@mui/icons-material/CakeOutlined'
import CampaignOutlined from '@mui/icons-material/CampaignOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import PhoneIphoneOutlined from '@mui/icons-material/PhoneIphoneOutlined'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerProfile } from '../../../../shared/customers/customer.types'
import { TierChip } from '../TierChip'
import { useFormat } from '../../format/format'
import { daysFromToday } from './parts'

function Meta({ icon, children, testId }: { icon?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'text.secondary' }}>
      {icon}
      <Typography variant="body2" color="text.primary" data-testid={testId}>
        {children}
      </Typography>
    </Stack>
  )
}

export function ProfileHeader({
  profile: p,
  canDelete,
  onEdit,
  onLogCall,
  onDelete,
  actions,
}: {
  profile: CustomerProfile
  canDelete: boolean
  onEdit: () => void
  onLogCall: () => void
  onDelete: () => void
  /** more buttons of other features (the person's copy), before edit */
  actions?: ReactNode
}) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()

  const birthday = () => {
    if (!p.birth) return null
    let next = ''
    if (p.nextBirthday) {
      const days = daysFromToday(p.nextBirthday)
      const when = days === 0 ? t('birth.today') : t('birth.daysAway', { count: days })
      next = ` · ${t('birth.next', { date: fmt.date(p.nextBirthday) })}${when}`
    }
    // the next celebration is spelled out after the dot, so the lunar date is not followed by it twice
    return `${fmt.birth(p.birth, null, { label: true, year: true })}${next}`
  }
  const bday = birthday()
  const genderAge = [
    p.gender !== 'unknown' ? t(`gender.${p.gender}`) : null,
    p.age != null ? t('age', { age: p.age }) : null,
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <Paper sx={{ p: 3, mb: 2 }} data-testid="profile-header">
      <Stack direction="row" spacing={2.5} sx={{ alignItems: 'flex-start' }}>
        <Avatar sx={{ width: 64, height: 64, fontSize: 28, bgcolor: 'primary.main' }}>
          {Array.from(p.name)[0]}
        </Avatar>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }} data-testid="profile-name">
              {p.name}
            </Typography>
            {p.pinyinName && (
              <Typography
                variant="subtitle1"
                color="text.secondary"
                sx={{ letterSpacing: 1 }}
                data-testid="profile-pinyin"
              >
                {p.pinyinName}
              </Typography>
            )}
          </Stack>
          <Stack direction="row" sx={{ mt: 1, flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.5 }}>
            {genderAge && <Meta testId="profile-gender">{genderAge}</Meta>}
            {bday && (
              <Meta icon={<CakeOutlined fontSize="small" />} testId="profile-birthday">
                {bday}
              </Meta>
            )}
            {p.mobile && (
              <Meta icon={<PhoneIphoneOutlined fontSize="small" />} testId="profile-mobile">
                {p.mobile}
              </Meta>
            )}
          </Stack>
          <Stack direction="row" sx={{ mt: 1.5, flexWrap: 'wrap', gap: 1 }} data-testid="profile-chips">
            <TierChip tier={p.tier} testId="profile-tier" />
            {p.doNotContact ? (
              <Chip
                size="small"
                color="error"
                icon={<BlockOutlined />}
                label={t('profile.dnc')}
                data-testid="profile-dnc"
              />
            ) : (
              <Chip
                size="small"
                variant="outlined"
                color={p.marketingConsent ? 'success' : 'default'}
                icon={<CampaignOutlined />}
                label={t(p.marketingConsent ? 'profile.consentYes' : 'profile.consentNo')}
                data-testid="profile-consent"
              />
            )}
            {p.needs.map((n) => (
              <Chip
                key={n.kind}
                size="small"
                color="secondary"
                variant="outlined"
                label={t(`need.${n.kind}`)}
                data-testid="profile-need"
              />
            ))}
            {p.tags.map((tag) => (
              <Chip
                key={tag}
                size="small"
                label={tag}
                sx={{ bgcolor: '#eef1f1' }}
                data-testid="profile-tag"
              />
            ))}
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          <Tooltip title={t('profileExtra.logCallHint')}>
            <Button
              variant="contained"
              startIcon={<AddIcCallOutlined />}
              onClick={onLogCall}
              data-testid="profile-log-call"
            >
              {t('profile.logCall')}
            </Button>
          </Tooltip>
          {actions}
          <Button variant="outlined" startIcon={<EditOutlined />} onClick={onEdit} data-testid="profile-edit">
            {t('profile.edit')}
          </Button>
          {canDelete && (
            <Button
              variant="outlined"
              color="error"
              startIcon={<DeleteOutlined />}
              onClick={onDelete}
              data-testid="profile-delete"
            >
              {t('profile.delete')}
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  )
}
