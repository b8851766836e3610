import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DueItem } from '../../../shared/privacy/privacy.api'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { ConfirmDialog } from '../customers/profile/ConfirmDialog'
import { useFormat } from '../format/format'
import { Section } from '../settings/Section'
import { RetentionForm } from './RetentionForm'

/**
 * Settings → 个人信息 (managers and administrators): the retention period, the review list of what is
 * due for destruction (approved one item at a time), the restricted files and the destruction records.
 */
export function PrivacyPanel({ onDone }: { onDone: (notice: string) => void }) {
  const { t } = useTranslation('privacy')
  const f = useFormat()
  const due = useQuery(() => api.privacy.due({}), [], [])
  const restricted = useQuery(() => api.privacy.restricted({}), [], [])
  const records = useQuery(() => api.privacy.records({}), [], [])
  const [approving, setApproving] = useState<DueItem | null>(null)
  const reload = () => {
    due.reload()
    restricted.reload()
    records.reload()
  }

  return (
    <Stack spacing={2.5}>
      <Section title={t('retention.title')} text={t('retention.text')} testId="privacy-retention">
        <RetentionForm
          onDone={() => {
            onDone(t('retention.saved'))
            reload()
          }}
        />
      </Section>
      <Section title={t('due.title')} text={t('due.text')} testId="privacy-due">
        <Listing
          empty={t('due.none')}
          rows={due.data}
          head={['reference', 'kind', 'label', 'endedOn', 'destroyFrom', '']}
          row={(d) => [
            d.reference,
            t(`kind.${d.kind}`),
            d.label,
            f.date(d.endedOn),
            f.date(d.destroyFrom),
            <Button
              key="a"
              size="small"
              color="error"
              onClick={() => setApproving(d)}
              data-testid="privacy-approve"
            >
              {t('due.approve')}
            </Button>,
          ]}
          testId="privacy-due-row"
        />
      </Section>
      <Section title={t('restricted.title')} text={t('restricted.text')} testId="privacy-restricted">
        <Listing
          empty={t('restricted.none')}
          rows={restricted.data}
          head={['reference', 'name', 'endedOn', 'restrictedAt', 'by', 'destroyFrom']}
          row={(r) => [
            r.reference,
            r.name,
            f.date(r.lastTripEnd),
            f.dateTime(r.restrictedAt),
            r.restrictedBy ?? '',
            f.date(r.destroyFrom),
          ]}
          testId="privacy-restricted-row"
        />
      </Section>
      <Section title={t('records.title')} testId="privacy-records">
        <Listing
          empty={t('records.none')}
          rows={records.data}
          head={['reference', 'kind', 'destroyedAt', 'approvedBy']}
          row={(r) => [r.reference, t(`kind.${r.kind}`), f.dateTime(r.destroyedAt), r.approvedBy ?? '']}
          testId="privacy-record-row"
        />
      </Section>
      <ConfirmDialog
        open={!!approving}
        title={t('due.confirmTitle', { reference: approving?.reference ?? '' })}
        text={t('due.confirmText', { label: approving?.label ?? '' })}
        confirmLabel={t('due.approve')}
        testId="privacy-approve-confirm"
        onClose={() => setApproving(null)}
        onConfirm={async () => {
          const item = approving!
          await unwrap(api.privacy.destroy({ kind: item.kind, id: item.id }))
          onDone(t('due.done', { reference: item.reference }))
          reload()
        }}
      />
    </Stack>
  )
}

function Listing<T>({
  rows,
  head,
  row,
  empty,
  testId,
}: {
  rows: T[] | undefined
  head: string[]
  row: (r: T) => ReactNode[]
  empty: string
  testId: string
}) {
  const { t } = useTranslation('privacy')
  if (!rows) return null
  if (!rows.length) return <Typography color="text.secondary">{empty}</Typography>
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {head.map((h, i) => (
            <TableCell key={i} sx={{ whiteSpace: 'nowrap' }}>
              {h && t(`col.${h}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={i} data-testid={testId}>
            {row(r).map((c, j) => (
              <TableCell key={j} align={j === head.length - 1 && !head[j] ? 'right' : 'left'}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
