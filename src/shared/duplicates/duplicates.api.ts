import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, versionSchema } from '../common/schemas'
import type { DuplicateGroup, MergeResult, MergeSide } from './duplicates.types'
import { mergeFields } from './duplicates.types'

/*
 * Everyone may look at the duplicates list (the desk notices them first); deciding that two files are
 * one person, or are not, is a manager's or administrator's act: a merge removes a file like a
 * deletion does, and a dismissal hides a possible duplicate for good.
 */
const deciders = ['manager', 'admin'] as const

const pair = z
  .object({ aId: idSchema, bId: idSchema })
  .strict()
  .refine((p) => p.aId !== p.bId, { message: 'errors.samePerson', path: ['bId'] })

export const duplicateCalls = {
  groups: call<{ groups: DuplicateGroup[]; total: number }>()(
    z.object({ limit: z.number().int().min(1).max(500).default(200) }).strict(),
    'any',
  ),
  /** the number of groups, for the customer list's button */
  count: call<{ groups: number }>()(z.object({}).strict(), 'any'),
  /** both files' choosable values, for the merge dialog */
  pair: call<{ a: MergeSide; b: MergeSide }>()(pair, deciders),
  dismiss: call<null>()(pair, deciders),
  merge: call<MergeResult>()(
    z
      .object({
        keepId: idSchema,
        keepVersion: versionSchema,
        mergeId: idSchema,
        mergeVersion: versionSchema,
        /** fields whose value comes from the merged-away file; every other field keeps the survivor's */
        take: z.array(z.enum(mergeFields)).max(mergeFields.length).default([]),
      })
      .strict()
      .refine((p) => p.keepId !== p.mergeId, { message: 'errors.samePerson', path: ['mergeId'] }),
    deciders,
  ),
  /** for an old link to a merged-away file: the file it now lives in, if any */
  mergedInto: call<{ id: number; name: string } | null>()(z.object({ id: idSchema }).strict(), 'any'),
}
