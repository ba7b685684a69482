import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DocumentState } from '../state/documentStore';
import { isDirty, type UiState } from '../state/uiStore';
import type { AppServices } from './services';

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesProvider> above it');
  return services;
}

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useServices().documents, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useServices().ui, selector);
}

/**
 * Selects the boolean, not the document: the app frame re-renders when the document becomes
 * dirty or clean, not on every edit (a slider tick, a drag preview).
 */
export function useDirty(): boolean {
  const session = useUi((s) => s.session);
  return useDocument((s) => isDirty(s.doc, session));
}

export function useHistoryAvailability(): { canUndo: boolean; canRedo: boolean } {
  const temporal = useServices().documents.temporal;
  const canUndo = useStore(temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}
