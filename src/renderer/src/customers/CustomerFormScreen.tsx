import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useParams } from 'react-router'
import type { DuplicateMatch } from '../../../shared/customers/customer.types'
import { customerCreateSchema, customerUpdateSchema } from '../../../shared/customers/customer.schema'
import { zodFields } from '../../../shared/api/zod-fields'
import { api, ApiFailure, unwrap } from '../api/client'
import { ErrorSummary } from '../components/ErrorSummary'
import { DraftNotices } from '../components/DraftNotices'
import { useFormErrors } from '../components/useFormErrors'
import { readDraft, useFormDraft } from '../components/useFormDraft'
import { useSession } from '../app/session'
import { useUnsavedGuard } from '../components/useUnsavedGuard'
import { draftFromProfile, draftToInput, emptyDraft, needsForUpdate } from './form/formState'
import type { CustomerDraft } from './form/formState'
import { prefillOf } from './form/prefill'
import { BasicSection } from './form/BasicSection'
import { ContactSection } from './form/ContactSection'
import { DocumentsSection } from './form/DocumentsSection'
import { MembershipSection } from './form/MembershipSection'
import { PreferencesSection } from './form/PreferencesSection'
import { NeedsSection } from './form/NeedsSection'
import { EmergencySection } from './form/EmergencySection'
import { DuplicateDialog } from './form/DuplicateDialog'

/** Create (`/customers/new`) and edit (`/customers/:id/edit`) a customer file. */
export function CustomerFormScreen() {
  const { t } = useTranslation('customers')
  const navigate = useNavigate()
  const params = useParams()
  const editId = params.id ? Number(params.id) : null
  const errors = useFormErrors()
  const staffId = useSession().status.staff?.id
  // a new file's draft left by a closed window is its first state
  const [leftOver] = useState(() =>
    editId ? null : readDraft<{ d: CustomerDraft; version: number }>(staffId, 'customer:new'),
  )
  // a search that found nobody starts the file with what was searched for
  const location = useLocation()
  const [d, setD] = useState<CustomerDraft | null>(() =>
    editId ? null : (leftOver?.value.d ?? { ...emptyDraft(), ...prefillOf(location.state) }),
  )
  const [version, setVersion] = useState(0)
  const [consentAt, setConsentAt] = useState<string | null>(null)
  const [dupes, setDupes] = useState<DuplicateMatch[] | null>(null)
  const [busy, setBusy] = useState(false)
  // what is saved, to tell typing from the record; a draft left by a closed window is offered back
  const [saved, setSaved] = useState<CustomerDraft | null>(editId ? null : emptyDraft())
  const [restoredAt, setRestoredAt] = useState<number | null>(leftOver?.savedAt ?? null)
  const [outdated, setOutdated] = useState(false)
  const dirty = d !== null && saved !== null && JSON.stringify(d) !== JSON.stringify(saved)
  const draft = useFormDraft(editId ? `customer:${editId}` : 'customer:new', d && { d, version }, dirty)
  const guard = useUnsavedGuard(dirty, draft.clear)

  useEffect(() => {
    if (!editId) return
    void errors.capture(async () => {
      const p = await unwrap(api.customers.get({ id: editId }))
      // a draft typed against this very version comes back; one the file has moved past since (a
      // colleague saved, or this desk's save was refused as stale) would undo their change: the
      // latest file is shown instead, and the clerk is told the old typing was not restored
      const left = draft.load()
      const stored = left && left.value.version === p.version ? left : null
      if (left && !stored) {
        draft.clear()
        setOutdated(true)
      }
      setSaved(draftFromProfile(p))
      setConsentAt(p.healthConsentAt)
      setD(stored?.value.d ?? draftFromProfile(p))
      setVersion(p.version)
      setRestoredAt(stored?.savedAt ?? null)
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editId])

  if (!d) {
    return errors.form ? <Alert severity="error">{errors.form}</Alert> : <CircularProgress />
  }
  const set = (p: Partial<CustomerDraft>) => setD({ ...d, ...p })
  const props = { d, set, err: errors.fieldProps }

  const save = async (skipDuplicates = false) => {
    const input = draftToInput(d)
    const { documents: _docs, ...rest } = input
    const update = editId ? { ...rest, id: editId, version, needs: needsForUpdate(d) } : null
    // checked here with main's own schema first: the duplicate warning is for a file that can be
    // saved, so it never comes before the field messages it would otherwise hide
    const check = update ? customerUpdateSchema.safeParse(update) : customerCreateSchema.safeParse(input)
    if (!check.success) {
      errors.show(
        new ApiFailure({
          code: 'VALIDATION',
          msg: { key: 'errors.validation' },
          fields: zodFields(check.error),
        }),
      )
      return
    }
    setBusy(true)
    try {
      if (!skipDuplicates) {
        const found = await errors.capture(() =>
          unwrap(
            api.customers.duplicates({
              excludeId: editId,
              mobile: d.mobile || null,
              documents: d.documents.map((x) => x.number).filter(Boolean),
              // as the schema reads them: the name trimmed, the birth date as it will be saved
              name: check.data.name,
              birth: check.data.birth,
            }),
          ),
        )
        if (found?.length) {
          setDupes(found)
          return
        }
      }
      const id = await errors.capture(async () => {
        if (update && editId) {
          await unwrap(api.customers.update(update))
          return editId
        }
        return (await unwrap(api.customers.create(input))).id
      })
      if (id) {
        // saved: no longer "unsaved" for the guard, and no draft left behind by a late render
        setSaved(d)
        guard.release()
        draft.clear()
        navigate(`/customers/${id}`, { replace: !!editId })
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Box component="form" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2, gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {editId ? t('form.editTitle', { name: d.name }) : t('form.newTitle')}
        </Typography>
        <Button onClick={() => navigate(editId ? `/customers/${editId}` : '/customers')}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={busy} data-testid="customer-save">
          {t('common:actions.save')}
        </Button>
      </Stack>
      <DraftNotices
        restoredAt={dirty ? restoredAt : null}
        outdated={outdated}
        onDiscard={() => {
          draft.clear()
          setD(saved)
          setRestoredAt(null)
        }}
        onDismissOutdated={() => setOutdated(false)}
      />
      <ErrorSummary form={errors.form} fields={errors.fields} />
      <Stack spacing={2}>
        <BasicSection {...props} />
        <ContactSection {...props} />
        {!editId && <DocumentsSection {...props} />}
        <MembershipSection {...props} selfId={editId ?? undefined} consentAt={consentAt} />
        <NeedsSection {...props} />
        <PreferencesSection {...props} />
        <EmergencySection {...props} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end', mt: 2 }}>
        <Button onClick={() => navigate(editId ? `/customers/${editId}` : '/customers')}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={busy}>
          {t('common:actions.save')}
        </Button>
      </Stack>
      {guard.dialog}
      {dupes && (
        <DuplicateDialog
          matches={dupes}
          onCancel={() => setDupes(null)}
          onOpen={(id) => navigate(`/customers/${id}`)}
          onContinue={() => {
            setDupes(null)
            void save(true)
          }}
        />
      )}
    </Box>
  )
}
