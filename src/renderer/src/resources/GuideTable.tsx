import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { GuideView } from '../../../shared/trips/trip.types'
import { LicenceExpiry, ResourceRow } from './parts'

/** One row per guide; a click opens the guide's page, the pencil edits in place. */
export function GuideTable({
  rows,
  onOpen,
  onEdit,
}: {
  rows: GuideView[]
  onOpen: (id: number) => void
  onEdit: (id: number) => void
}) {
  const { t } = useTranslation('resources')
  return (
    <Table size="small" stickyHeader aria-label={t('guides.title')} data-testid="guide-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('guides.columns.name')}</TableCell>
          <TableCell>{t('guides.columns.mobile')}</TableCell>
          <TableCell>{t('guides.columns.licenceNo')}</TableCell>
          <TableCell>{t('guides.columns.level')}</TableCell>
          <TableCell>{t('guides.columns.licenceExpiry')}</TableCell>
          <TableCell>{t('guides.columns.languages')}</TableCell>
          <TableCell>{t('guides.columns.roles')}</TableCell>
          <TableCell>{t('guides.columns.status')}</TableCell>
          <TableCell align="right">{t('guides.columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((g) => (
          <ResourceRow key={g.id} prefix="guide" id={g.id} active={g.active} onOpen={onOpen} onEdit={onEdit}>
            <TableCell>
              <Typography
                variant="body2"
                sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
                data-testid="guide-name"
              >
                {g.name}
              </Typography>
            </TableCell>
            <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
              {g.mobile}
            </TableCell>
            <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{g.licenceNo}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{g.level ? t(`level.${g.level}`) : ''}</TableCell>
            <TableCell>
              <LicenceExpiry expiry={g.licenceExpiry} testId="guide-expiry" />
            </TableCell>
            {/* a list of languages breaks between names, never a character per line */}
            <TableCell sx={{ minWidth: '4.5em' }}>{g.languages.join(t('shared.listSep'))}</TableCell>
            <TableCell>
              {/* a guide with two roles shows them one above the other when the window is narrow */}
              <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                {g.roles.map((r) => (
                  <Chip
                    key={r}
                    size="small"
                    variant="outlined"
                    color={r === 'tour_leader' ? 'secondary' : 'primary'}
                    label={t(`role.${r}`)}
                    data-testid={`guide-role-chip-${r}`}
                  />
                ))}
              </Stack>
            </TableCell>
          </ResourceRow>
        ))}
      </TableBody>
    </Table>
  )
}
