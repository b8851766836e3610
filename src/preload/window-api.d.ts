import type { TourDeskApi } from '../shared/api/client-types'

declare global {
  interface Window {
    api: TourDeskApi
  }
}

export {}
