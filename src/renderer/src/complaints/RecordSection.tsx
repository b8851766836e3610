import { Alert } from '@mui/material'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { InfoList, Section } from '../customers/profile/parts'
import { AssigneePicker } from './AssigneePicker'

/** The fields of the case form, as `complaints.update` takes them back (to change the assignee). */
function fieldsOf(c: ComplaintDetail) {
  return {
    channel: c.channel,
    receivedAt: c.receivedAt,
    assigneeId: c.assignee?.id ?? null,
    tripId: c.trip?.id ?? null,
    contractNo: c.contractNo,
    eventAt: c.eventAt,
    eventPlace: c.eventPlace,
    whatHappened: c.whatHappened,
    request: c.request,
    cause: c.cause,
    severity: c.severity,
    complainants: c.complainants.map((p) =>
      p.customerId !== null
        ? { customerId: p.customerId }
        : {
            name: p.name,
            gender: p.gender,
            nationality: p.nationality,
            address: p.address,
            postcode: p.postcode,
            phone: p.phone,
          },
    ),
    guideIds: c.guides.map((g) => g.id),
    supplierIds: c.suppliers.map((s) => s.id),
  }
}

/** The case as recorded: group, complainants, people involved, facts, who took it and who handles it. */
export function RecordSection({ c, onChanged }: { c: ComplaintDetail; onChanged: () => void }) {
  const { t } = useTranslation('complaints')
  const errors = useFormErrors()
  const assign = async (assigneeId: number) => {
    const r = await errors.capture(() =>
      unwrap(api.complaints.update({ id: c.id, version: c.version, ...fieldsOf(c), assigneeId })),
    )
    if (r) onChanged()
  }
  const complainantText = (p: ComplaintDetail['complainants'][number]) =>
    [
      p.name ?? t('page.deleted'),
      p.customerId === null ? t('page.noFile') : null,
      p.gender !== 'unknown' ? t(`gender.${p.gender}`) : null,
      p.nationality,
      p.phone,
      p.address,
      p.postcode,
    ]
      .filter(Boolean)
      .join(' · ')

  return (
    <>
      <Section title={t('page.record')} testId="complaint-record">
        <InfoList
          rows={[
            [t('form.trip'), c.trip && <RouterLink to={`/trips/${c.trip.id}`}>{c.trip.code}</RouterLink>],
            [t('form.contractNo'), c.contractNo],
            [t('page.complainants'), c.complainants.map((p) => <div key={p.id}>{complainantText(p)}</div>)],
            [t('page.guides'), c.guides.map((g) => g.name).join(t('print.listSep')), 'complaint-guides'],
            [t('page.suppliers'), c.suppliers.map((s) => s.name).join(t('print.listSep'))],
            [t('form.eventAt'), c.eventAt ? c.eventAt.replace('T', ' ') : null],
            [t('form.eventPlace'), c.eventPlace],
            [t('form.whatHappened'), c.whatHappened, 'complaint-what'],
            [t('form.request'), c.request],
            [t('page.takenBy'), c.takenBy?.name],
            [t('page.assignee'), <AssigneePicker key="a" c={c} onAssign={(id) => void assign(id)} />],
            ...(c.rejectionReason ? [[t('page.rejection'), c.rejectionReason] as [string, string]] : []),
            ...(c.duplicateOf
              ? [
                  [
                    t('move.duplicateOf'),
                    <RouterLink key="d" to={`/complaints/${c.duplicateOf.id}`}>
                      {c.duplicateOf.caseNo}
                    </RouterLink>,
                  ] as [string, ReactNode],
                ]
              : []),
            ...(c.followUpOf
              ? [
                  [
                    t('page.followUpOf', { caseNo: '' }),
                    <RouterLink key="f" to={`/complaints/${c.followUpOf.id}`}>
                      {c.followUpOf.caseNo}
                    </RouterLink>,
                  ] as [string, ReactNode],
                ]
              : []),
          ]}
        />
      </Section>
      {errors.form && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errors.form}
        </Alert>
      )}
    </>
  )
}
