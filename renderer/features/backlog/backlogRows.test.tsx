import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  backlogWorkshop,
  giveElementsAHeight,
  renderBacklog,
  row,
  undoCount,
} from './backlogTesting';

beforeAll(giveElementsAHeight);
afterEach(cleanup);

const failover = {
  title: 'Regional failover',
  rice: { reach: 500, impact: 2, confidence: 80, effort: 4 },
};
const emulator = { title: 'Local emulator', rice: { reach: 1200 } };

function score(title: string) {
  return within(row(title)).getByRole('note', { name: /^RICE score of/ });
}

describe('a backlog row', () => {
  it('shows the score, and "unscored" (never NaN or 0) until every field is there', async () => {
    await renderBacklog(backlogWorkshop([failover, emulator]));
    expect(score('Regional failover').textContent).toBe('200');
    expect(score('Local emulator').textContent).toBe('unscored');
    expect(score('Local emulator').getAttribute('aria-describedby')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('updates the score as a value is typed and writes it once, on Enter', async () => {
    const app = await renderBacklog(backlogWorkshop([failover]));
    const reach = within(row('Regional failover')).getByRole('textbox', {
      name: 'Reach of Regional failover',
    });
    await app.user.clear(reach);
    await app.user.type(reach, '1000');
    expect(score('Regional failover').textContent).toBe('400');
    expect(undoCount(app)).toBe(0);
    await app.user.keyboard('{Enter}');
    expect(app.services.documents.getState().doc?.items[0]?.rice.reach).toBe(1000);
    expect(undoCount(app)).toBe(1);
  });

  it.each([
    ['Reach', '-50', "Reach can't be negative"],
    ['Effort', '0', 'Effort must be more than 0 person-months'],
    ['Reach', 'lots', 'Enter a number'],
  ])(
    'refuses %s "%s" with the reason, and keeps the stored value',
    async (field, typed, reason) => {
      const app = await renderBacklog(backlogWorkshop([failover]));
      const input = within(row('Regional failover')).getByRole('textbox', {
        name: `${field} of Regional failover`,
      });
      await app.user.clear(input);
      await app.user.type(input, `${typed}{Enter}`);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByRole('alert').textContent).toBe(reason);
      expect(app.services.documents.getState().doc?.items[0]?.rice).toEqual(failover.rice);
      expect(undoCount(app)).toBe(0);
      await app.user.keyboard('{Escape}');
      expect(input.getAttribute('aria-invalid')).toBeNull();
      expect(score('Regional failover').textContent).toBe('200');
    },
  );

  it('shows the arithmetic when the score is hovered and when it is focused', async () => {
    const app = await renderBacklog(backlogWorkshop([failover]));
    await app.user.hover(score('Regional failover'));
    expect(screen.getByRole('tooltip').textContent).toBe('500 × 2 × 80% ÷ 4 = 200');
    await app.user.unhover(score('Regional failover'));
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => score('Regional failover').focus());
    expect(screen.getByRole('tooltip').textContent).toBe('500 × 2 × 80% ÷ 4 = 200');
    fireEvent.keyDown(score('Regional failover'), { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('explains what an unscored item still needs', async () => {
    const app = await renderBacklog(backlogWorkshop([emulator]));
    await app.user.hover(score('Local emulator'));
    expect(screen.getByRole('tooltip').textContent).toBe(
      'Unscored: needs impact, confidence and effort',
    );
  });

  it('picks impact and confidence from the named levels, or takes any typed value', async () => {
    const app = await renderBacklog(backlogWorkshop([failover]));
    const impact = within(row('Regional failover')).getByRole('combobox', {
      name: 'Impact of Regional failover',
    });
    await app.user.selectOptions(impact, 'Massive (3)');
    expect(score('Regional failover').textContent).toBe('300');
    await app.user.selectOptions(impact, 'Other value…');
    const typed = within(row('Regional failover')).getByRole('textbox', {
      name: 'Impact of Regional failover',
    });
    expect(document.activeElement).toBe(typed);
    await app.user.keyboard('1.5{Enter}');
    expect(app.services.documents.getState().doc?.items[0]?.rice.impact).toBe(1.5);
    expect(score('Regional failover').textContent).toBe('150');
    const confidence = within(row('Regional failover')).getByRole('combobox', {
      name: 'Confidence of Regional failover',
    });
    await app.user.selectOptions(confidence, 'Low (50%)');
    expect(score('Regional failover').textContent).toBe('93.8');
    expect(undoCount(app)).toBe(3);
  });

  it('edits the title in place; Escape puts it back', async () => {
    const app = await renderBacklog(backlogWorkshop([failover]));
    const title = within(row('Regional failover')).getByRole('textbox', { name: 'Title' });
    await app.user.clear(title);
    await app.user.type(title, 'Typo{Escape}');
    expect(title).toHaveProperty('value', 'Regional failover');
    await app.user.clear(title);
    await app.user.type(title, 'Regional failover for the control plane{Enter}');
    expect(row('Regional failover for the control plane')).toBeTruthy();
    expect(undoCount(app)).toBe(1);
  });
});
