/**
 * Side effects that need Electron (notifications, printing, dialogs, the OS browser). The shell
 * passes real ones; the test host passes recording doubles; plain services never import Electron.
 */
export interface Effects {
  notify(n: { title: string; body: string; tag?: string }): void
  openExternal(url: string): Promise<void>
}

export const nullEffects: Effects = {
  notify: () => {},
  openExternal: async () => {},
}
