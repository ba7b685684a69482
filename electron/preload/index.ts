import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

/** The page reaches the host only through `window.tradeoff`, the contract's API. */
export const BRIDGE_KEY = 'tradeoff';

contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer));
