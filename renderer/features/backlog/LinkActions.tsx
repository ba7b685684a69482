import { useState } from 'react';

/**
 * Opening an item's link. Only https links open, in the user's browser: Electron's window-open
 * handler (electron/main/contentGuards.ts) hands exactly those to the system and denies the
 * rest, and the browser host opens a new tab. Any link can be copied.
 */
export function LinkActions({ url }: { url: string }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const secure = /^https:\/\//i.test(url);

  const copy = () => {
    // The clipboard may be refused (Electron denies page permissions): then the person copies
    // the text from the field.
    const clipboard = 'clipboard' in navigator ? navigator.clipboard : undefined;
    if (clipboard === undefined) {
      setCopyState('manual');
      return;
    }
    clipboard
      .writeText(url)
      .then(() => setCopyState('copied'))
      .catch(() => setCopyState('manual'));
  };

  return (
    <div className="backlog-link">
      {secure ? (
        <a className="button" href={url} target="_blank" rel="noopener noreferrer">
          Open link
        </a>
      ) : null}
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      <span className="backlog-link__status" role="status">
        {copyState === 'copied'
          ? 'Link copied.'
          : copyState === 'manual'
            ? 'Copying was not allowed here: copy the link from the field.'
            : secure
              ? ''
              : 'Only https links open from here; copy this one.'}
      </span>
    </div>
  );
}
