import { ReadOnlyBanner } from '../features/shell/ReadOnlyBanner';
import { StartScreen } from '../features/shell/StartScreen';
import type { RunCommand } from '../features/shell/commandRunner';
import { Header } from './Header';
import { NoticeArea } from './NoticeArea';
import { StatusBar } from './StatusBar';
import { WorkspacePanel } from './WorkspacePanel';
import { WorkspaceTabs } from './WorkspaceTabs';
import { useDocument, useUi } from './ServicesContext';
import { isMacPlatform } from './shortcutLabel';
import './app.css';

/** Header, workspace tabs, messages, the workspace (or the start screen) and the status bar. */
export function AppFrame({ run }: { run: RunCommand }) {
  const hasDoc = useDocument((s) => s.doc !== null);
  const mac = useUi((s) => isMacPlatform(s.host?.platform));
  // While a dialog asks something, the page behind it can be neither clicked nor tabbed into.
  const blocked = useUi((s) => s.dialog !== null);
  return (
    <div className="app" inert={blocked}>
      <Header run={run} mac={mac} />
      {hasDoc ? <WorkspaceTabs mac={mac} /> : null}
      <ReadOnlyBanner />
      <NoticeArea />
      <main className="app__main">{hasDoc ? <WorkspacePanel /> : <StartScreen run={run} />}</main>
      <StatusBar />
    </div>
  );
}
