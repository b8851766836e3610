import { Grid } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { InfoList, Section } from '../customers/profile/parts'
import { DetailNotFound, ResourceDetailFrame } from './ResourceDetailFrame'
import { ComplaintsPanel } from '../complaints/ComplaintsPanel'
import { SupplierFormDialog } from './SupplierFormDialog'
import { KindChip } from './SupplierTable'
import { ScoresSection } from '../feedback/ScoresSection'

/** One supplier: its data on file and the trips it served. */
export function SupplierDetailScreen() {
  const { t } = useTranslation('resources')
  const id = Number(useParams().id)
  const supplier = useQuery(() => api.suppliers.get({ id }), [id], ['supplier', 'trip'])
  const [editing, setEditing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const s = supplier.data

  if (supplier.error && !s) return <DetailNotFound prefix="supplier" error={supplier.error} />
  if (!s) return null
  const operator = s.kind === 'ground_operator'

  return (
    <ResourceDetailFrame
      prefix="supplier"
      name={s.name}
      active={s.active}
      chips={<KindChip kind={s.kind} />}
      editLabel={t('suppliers.detail.editButton')}
      onEdit={() => setEditing(true)}
      trips={s.trips}
      dialog={
        editing && (
          <SupplierFormDialog
            row={s}
            onClose={() => setEditing(false)}
            onDone={(m) => {
              setEditing(false)
              setNotice(m)
              supplier.reload()
            }}
          />
        )
      }
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={12}>
          <Section title={t('suppliers.detail.info')}>
            <InfoList
              rows={[
                [
                  operator ? t('suppliers.form.licenceNoOperator') : t('suppliers.form.licenceNo'),
                  s.licenceNo,
                  'supplier-detail-licence',
                ],
                [t('suppliers.form.contactPerson'), s.contactPerson, 'supplier-detail-contact'],
                [t('suppliers.form.phone'), s.phone, 'supplier-detail-phone'],
                [t('suppliers.form.address'), s.address],
                [t('suppliers.form.notes'), s.notes],
              ]}
            />
          </Section>
        </Grid>
        <Grid size={12}>
          <ComplaintsPanel of="supplier" id={s.id} allLink={`/complaints?supplierId=${s.id}`} />
        </Grid>
      </Grid>
      <ScoresSection of="supplier" id={s.id} />
    </ResourceDetailFrame>
  )
}
