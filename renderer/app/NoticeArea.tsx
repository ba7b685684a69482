import { useUi } from './ServicesContext';

/** Messages that need no answer (a damaged preferences file, an upgraded file), each dismissible. */
export function NoticeArea() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`banner banner--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span className="banner__text">{notice.text}</span>
          <button
            type="button"
            className="button banner__dismiss"
            onClick={() => dismiss(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
