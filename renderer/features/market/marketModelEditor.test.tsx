import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  archiveModel,
  chartTexts,
  modelList,
  openMarket,
  typeInto,
  undo,
  undoSteps,
  workshopWith,
} from './marketTesting';

afterEach(cleanup);

const withArchive = () => workshopWith((doc) => ({ ...doc, markets: [archiveModel()] }));

describe('market model editor', () => {
  it('starts a new model from the empty workspace, one undo step', async () => {
    const app = openMarket(workshopWith());
    expect(screen.getByText(/No market or growth models yet/)).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'New market model' }));
    expect(screen.getByRole('textbox', { name: 'Name of the market model' })).toHaveProperty(
      'value',
      'Market model 1',
    );
    expect(modelList().getByRole('button', { name: 'Market model 1' })).toBeTruthy();
    expect(undoSteps(app)).toBe(1);
  });

  it('reads 1.2B, 25 and 12%, shows them for people and draws the funnel from them', async () => {
    const app = openMarket(workshopWith());
    await app.user.click(screen.getByRole('button', { name: 'New market model' }));
    const spend = await typeInto(app, 'Total market annual spend', '1.2B');
    await typeInto(app, 'Serviceable share', '25');
    await typeInto(app, 'Obtainable share', '12%');
    expect(spend).toHaveProperty('value', '$1.2B');
    expect(screen.getByRole('textbox', { name: 'Serviceable share' })).toHaveProperty(
      'value',
      '25%',
    );
    // 1.2B × 25% = 300M; × 12% = 36M (3% of TAM).
    const texts = chartTexts('Top-down funnel').join(' | ');
    expect(texts).toContain('$1.2B');
    expect(texts).toContain('$300M · 25% of TAM');
    expect(texts).toContain('$36M · 12% of SAM · 3% of TAM');
    // Three commits, three undo steps: typing letter by letter recorded nothing more.
    expect(undoSteps(app)).toBe(4);
  });

  it('refuses what is not a number with a reason, and changes nothing', async () => {
    const app = openMarket(withArchive());
    const before = app.services.documents.getState().doc;
    const field = await typeInto(app, 'Total market annual spend', '12%');
    expect(screen.getByRole('alert').textContent).toBe(
      "'12%' is a percentage; enter an amount here",
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(app.services.documents.getState().doc).toBe(before);

    await typeInto(app, 'Serviceable share', '140');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
      "'140' is too large: the maximum is 100%",
    );
    expect(app.services.documents.getState().doc).toBe(before);

    // Escape puts the value back and clears the reason.
    field.focus();
    await app.user.keyboard('{Escape}');
    expect(field).toHaveProperty('value', '$2B');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the value the document has again after an undo', async () => {
    const app = openMarket(withArchive());
    const field = await typeInto(app, 'Total market annual spend', '5B');
    expect(field).toHaveProperty('value', '$5B');
    act(() => undo(app));
    expect(field).toHaveProperty('value', '$2B');
    expect(chartTexts('Top-down funnel')).toContain('$2B');
  });

  it('clears a value with an empty field, and the funnel says what is missing', async () => {
    const app = openMarket(withArchive());
    await app.user.clear(screen.getByRole('textbox', { name: 'Obtainable share' }));
    await app.user.keyboard('{Enter}');
    expect(app.services.documents.getState().doc?.markets[0]?.topDown.obtainablePct).toBeNull();
    expect(screen.getByText('Top-down: obtainable share')).toBeTruthy();
    expect(chartTexts('Top-down funnel')).toContain('Not set');
  });

  it('flags the TAM gap beyond the model’s factor and clears it when the factor allows it', async () => {
    const app = openMarket(withArchive());
    expect(screen.getByText(/Top-down TAM is 1,667× the bottom-up TAM/)).toBeTruthy();
    expect(screen.getByText('TAM gap:')).toBeTruthy();
    await typeInto(app, 'Flag a TAM gap above', '2000x');
    expect(screen.queryByText('TAM gap:')).toBeNull();
    expect(screen.getByText(/within the 2,000× you allow/)).toBeTruthy();
    expect(app.services.documents.getState().doc?.markets[0]?.gapFactor).toBe(2_000);
  });

  it('draws both funnels on one scale and redraws the bottom-up one as segments change', async () => {
    const app = openMarket(withArchive());
    const barWidth = (region: string) =>
      Number(
        screen
          .getByRole('region', { name: region })
          .querySelector('[data-level="tam"] rect')
          ?.getAttribute('width'),
      );
    const narrow = barWidth('Bottom-up funnel');
    expect(barWidth('Top-down funnel')).toBeGreaterThan(narrow * 100);

    // 1,000 customers × $100/month → 1.5M customers: TAM $1.8B, now 90% of the top-down one.
    await typeInto(app, 'Potential customers in SMB', '1.5M');
    expect(chartTexts('Bottom-up funnel').join(' ')).toContain('$1.8B');
    expect(barWidth('Bottom-up funnel')).toBeGreaterThan(narrow * 100);
    expect(screen.queryByText('TAM gap:')).toBeNull();
  });

  it('adds, renames and removes segments, each one undo step, and stacks them', async () => {
    const app = openMarket(withArchive());
    await app.user.click(screen.getByRole('button', { name: 'Add segment' }));
    await typeInto(app, 'Name of Segment 2', 'Enterprise');
    await typeInto(app, 'Potential customers in Enterprise', '200');
    await typeInto(app, 'Revenue per customer in Enterprise', '60k');
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Revenue period of Enterprise' }),
      'year',
    );
    await typeInto(app, 'Serviceable share of Enterprise', '40');
    await typeInto(app, 'Obtainable share of Enterprise', '5');
    // 200 × $60K = $12M TAM for Enterprise; with SMB's $1.2M the stack's TAM is $13.2M.
    expect(within(screen.getByRole('table')).getByText('$12M')).toBeTruthy();
    const legend = chartTexts('Segments at each level');
    expect(legend).toEqual(expect.arrayContaining(['SMB', 'Enterprise', '$13.2M']));
    expect(undoSteps(app)).toBe(7);

    await app.user.click(screen.getByRole('button', { name: 'Remove SMB' }));
    expect(chartTexts('Segments at each level')).not.toContain('SMB');
    act(() => undo(app));
    expect(chartTexts('Segments at each level')).toContain('SMB');
  });

  it('renames, duplicates and deletes a model, and undo brings it back', async () => {
    const app = openMarket(withArchive());
    await typeInto(app, 'Name of the market model', 'Cold archive');
    expect(modelList().getByRole('button', { name: 'Cold archive' })).toBeTruthy();

    await app.user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(screen.getByRole('textbox', { name: 'Name of the market model' })).toHaveProperty(
      'value',
      'Cold archive (copy)',
    );
    // The editor the button was in is gone: focus goes to the open model in the list.
    expect(document.activeElement).toBe(
      modelList().getByRole('button', { name: 'Cold archive (copy)' }),
    );
    await app.user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(modelList().queryByRole('button', { name: 'Cold archive (copy)' })).toBeNull();
    expect(document.activeElement).toBe(modelList().getByRole('button', { name: 'Cold archive' }));
    expect(undoSteps(app)).toBe(3);

    act(() => undo(app));
    expect(modelList().getByRole('button', { name: 'Cold archive (copy)' })).toBeTruthy();
  });

  it('formats every amount in the workshop’s currency', async () => {
    const app = openMarket(withArchive());
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Workshop currency' }),
      'EUR',
    );
    expect(screen.getByRole('textbox', { name: 'Total market annual spend' })).toHaveProperty(
      'value',
      '€2B',
    );
    expect(chartTexts('Top-down funnel').join(' ')).toContain('€200M');
    expect(app.services.documents.getState().doc?.settings.currency).toBe('EUR');
    // Typed with the new symbol, read back as an amount.
    await typeInto(app, 'Total market annual spend', '€3B');
    expect(app.services.documents.getState().doc?.markets[0]?.topDown.totalSpend).toBe(3e9);
  });
});
