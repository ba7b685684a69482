import { screen, within } from '@testing-library/react';
import type { RenderedApp } from './renderApp';

/** Renames the workshop through the header's title field, as a person would. */
export async function renameWorkshop(user: RenderedApp['user'], title: string): Promise<void> {
  await user.click(within(screen.getByRole('heading', { level: 1 })).getByRole('button'));
  const field = screen.getByRole('textbox', { name: 'Workshop title' });
  await user.clear(field);
  await user.type(field, `${title}{Enter}`);
}
