import { useCallback, useState } from 'react';
import { Button } from './Button';

/** Cursor paging: the cursors of the pages already seen, so Previous needs no offset. */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({
    key: resetKey,
    cursors: [undefined],
  });
  // A change of filter or sort starts again at the first page.
  const cursors = state.key === resetKey ? state.cursors : [undefined];
  const next = useCallback(
    (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }),
    [cursors, resetKey],
  );
  const previous = useCallback(
    () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
    [cursors, resetKey],
  );
  return { cursor: cursors.at(-1), page: cursors.length, next, previous };
}

interface PagerProps {
  page: number;
  nextCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  label: string;
}

export function Pager({ page, nextCursor, onNext, onPrevious, label }: PagerProps) {
  return (
    <nav className="pager" aria-label={label}>
      <Button onClick={onPrevious} disabled={page <= 1}>
        Previous
      </Button>
      <span aria-live="polite">Page {page}</span>
      <Button onClick={() => nextCursor && onNext(nextCursor)} disabled={!nextCursor}>
        Next
      </Button>
    </nav>
  );
}
