import { useUi } from '../../app/ServicesContext';
import { Dialog } from '../../ui/Dialog';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const host = useUi((s) => s.host);
  return (
    <Dialog
      title="About Tradeoff"
      description={
        <p>
          Offline product-planning workshops: score, rank, size and commit a roadmap, then export it
          to PDF.
        </p>
      }
      onCancel={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      {host ? (
        <dl className="about">
          <dt>Version</dt>
          <dd>{host.version}</dd>
          <dt>File format</dt>
          <dd>version {host.schemaVersion}</dd>
          <dt>Running as</dt>
          <dd>{host.host === 'electron' ? 'Desktop app' : 'Browser app on this computer'}</dd>
          <dt>Platform</dt>
          <dd>{host.platform}</dd>
        </dl>
      ) : null}
    </Dialog>
  );
}
