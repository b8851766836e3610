import type { ApiError, Envelope } from '../../../shared/api/envelope'
import type { TourDeskApi } from '../../../shared/api/client-types'

/** The only way the renderer reaches main: the typed functions the preload (or test host) exposes. */
export const api: TourDeskApi = (window as unknown as { api: TourDeskApi }).api

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.msg.key)
  }
}

/** Resolves to the value of a successful call, rejects with ApiFailure otherwise. */
export async function unwrap<T>(p: Promise<Envelope<T>>): Promise<T> {
  const r = await p
  if (!r.ok) throw new ApiFailure(r.error)
  return r.value
}
