// Mouse drag and drop of cards between the columns of a lane, with SortableJS. A drop only
// reports which card went to which column; the board decides what that means.

import Sortable from 'sortablejs';
import { boardColumns, type BoardColumn } from '../../src/protocol/boardProtocol.js';

export interface LaneDragDropOptions {
  /** The lane's card list of a column, if it is built. */
  list(laneKey: string, column: BoardColumn): HTMLElement | undefined;
  /** A card was dropped in another column. */
  dropped(cardId: string, column: BoardColumn): void;
}

/**
 * Drag and drop is wired per lane on the first pointer press in it (capture phase, so the
 * new Sortable still sees this very press): 800 lists' worth of Sortables up front would
 * cost more than the first paint of the board.
 */
export class LaneDragDrop {
  /** Sortable instances per lane, created on the first press in the lane. */
  private sortables = new Map<string, Sortable[]>();

  constructor(
    root: HTMLElement,
    private readonly options: LaneDragDropOptions,
  ) {
    root.addEventListener(
      'pointerdown',
      (event) => {
        const lane = ((event.target as HTMLElement | null)?.closest?.('.lane') as HTMLElement | null)?.dataset.lane;
        if (lane) this.wire(lane);
      },
      { capture: true },
    );
  }

  /** Forgets every lane (their lists are about to be rebuilt). */
  reset(): void {
    for (const lane of this.sortables.values()) for (const sortable of lane) sortable.destroy();
    this.sortables = new Map();
  }

  private wire(laneKey: string): void {
    if (this.sortables.has(laneKey)) return;
    const sortables: Sortable[] = [];
    for (const column of boardColumns) {
      const list = this.options.list(laneKey, column);
      if (!list) continue;
      sortables.push(
        Sortable.create(list, {
          // A card belongs to its objective: with swimlanes it can only change column in its own lane.
          group: `lane-${laneKey}`,
          sort: false,
          draggable: '.card',
          // Buttons and story checkboxes stay clickable inside a draggable card.
          filter: 'button, input, label',
          preventOnFilter: false,
          forceFallback: true,
          fallbackTolerance: 4,
          animation: 120,
          ghostClass: 'card-ghost',
          chosenClass: 'card-chosen',
          dragClass: 'card-drag',
          onEnd: (event) => this.onEnd(event),
        }),
      );
    }
    this.sortables.set(laneKey, sortables);
  }

  private onEnd(event: Sortable.SortableEvent): void {
    const id = event.item.dataset.cardId;
    const to = event.to.dataset.column as BoardColumn | undefined;
    if (id && to && event.from !== event.to) this.options.dropped(id, to);
  }
}
