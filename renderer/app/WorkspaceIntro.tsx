import type { ReactNode } from 'react';

/** The heading and one-line purpose every workspace opens with. */
export function WorkspaceIntro({
  title,
  purpose,
  children,
}: {
  title: string;
  purpose: string;
  children?: ReactNode;
}) {
  return (
    <div className="workspace__intro">
      <h2 className="workspace__title">{title}</h2>
      <p className="workspace__purpose">{purpose}</p>
      {children}
    </div>
  );
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
