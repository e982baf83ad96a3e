import { useState } from 'react';
import { Button } from './Button';

/** The first `initial` items, and a button that shows the rest: long lists stay scannable. */
export function useShowMore<T>(items: readonly T[], initial: number) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, initial);
  const hidden = items.length - shown.length;
  const toggle =
    items.length > initial ? (
      <Button variant="link" onClick={() => setAll(!all)} aria-expanded={all}>
        {all ? 'Show fewer' : `Show all ${items.length}`}
      </Button>
    ) : null;
  return { shown, hidden, toggle };
}
