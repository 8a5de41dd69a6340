// Short messages for everyone (a toast) and for screen readers (a live region).

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'error';
}

let nextId = 1;

export const notices = $state<{ list: Notice[] }>({ list: [] });

/** Shows a message for a few seconds and announces it. */
export function notify(text: string, tone: Notice['tone'] = 'info', milliseconds = 4000): void {
  const notice = { id: nextId++, text, tone };
  notices.list = [...notices.list, notice];
  setTimeout(() => dismiss(notice.id), milliseconds);
}

export function dismiss(id: number): void {
  notices.list = notices.list.filter((notice) => notice.id !== id);
}
