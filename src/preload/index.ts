import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { buildApi } from './build-api'

// Only the built functions cross the bridge; ipcRenderer itself stays in the isolated world.
const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (listener) => {
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (typeof name === 'string') listener(name, payload)
    }
    ipcRenderer.on('event', handler)
    return () => {
      ipcRenderer.removeListener('event', handler)
    }
  },
)

contextBridge.exposeInMainWorld('api', api)
