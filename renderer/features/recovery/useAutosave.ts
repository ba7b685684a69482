import { useEffect } from 'react';
import { useServices } from '../../app/ServicesContext';
import { startAutosave } from './autosave';

export function useAutosave(): void {
  const services = useServices();
  useEffect(() => startAutosave(services), [services]);
}
