import { useUi } from '../../app/ServicesContext';

/**
 * A file from a newer Tradeoff may hold data this version does not know, so it is never saved
 * over: Save is off, and Save as… writes a copy after saying what the copy leaves out.
 */
export function ReadOnlyBanner() {
  const readOnly = useUi((s) => s.session.readOnly);
  if (!readOnly) return null;
  return (
    <div className="banner banner--warning" role="region" aria-label="Read-only file">
      <strong className="banner__title">Read-only.</strong> {readOnly.message} The original file is
      never saved over. Save as… keeps your changes in a new file, which holds only what this
      version of Tradeoff understands.
    </div>
  );
}
