import { describe, expect, it } from 'vitest';
import { createServices } from '../../app/services';
import { fakeHost, sampleWorkshop } from '../../testing/fakeHost';
import { emptySession } from '../../state/uiStore';
import { createCommandRunner } from './commandRunner';

function setup() {
  const services = createServices(fakeHost());
  const doc = sampleWorkshop('A');
  services.documents.getState().load(doc);
  services.ui.setState({ session: { ...emptySession, savedDoc: doc } });
  let clock = 0;
  const run = createCommandRunner(services, () => clock);
  return { services, run, tick: (ms: number) => (clock += ms) };
}

const title = (s: ReturnType<typeof setup>['services']) => s.documents.getState().doc?.meta.title;

describe('command runner', () => {
  it('runs undo from any source', async () => {
    const { services, run } = setup();
    services.documents.getState().setTitle('B');
    await run({ command: 'undo', source: 'host' });
    expect(title(services)).toBe('A');
  });

  it('treats the same command from the native menu and the page shortcut at once as one', async () => {
    const { services, run, tick } = setup();
    services.documents.getState().setTitle('B');
    services.documents.getState().setTitle('C');
    await run({ command: 'undo', source: 'keyboard' });
    tick(20);
    await run({ command: 'undo', source: 'host' });
    expect(title(services)).toBe('B');
  });

  it('repeats a command pressed again from the same source', async () => {
    const { services, run, tick } = setup();
    services.documents.getState().setTitle('B');
    services.documents.getState().setTitle('C');
    await run({ command: 'undo', source: 'keyboard' });
    tick(20);
    await run({ command: 'undo', source: 'keyboard' });
    expect(title(services)).toBe('A');
  });

  it('does nothing while a dialog waits for an answer', async () => {
    const { services, run } = setup();
    services.documents.getState().setTitle('B');
    services.ui.setState({ dialog: { kind: 'about', resolve: () => undefined } });
    await run({ command: 'undo', source: 'keyboard' });
    expect(title(services)).toBe('B');
  });
});
