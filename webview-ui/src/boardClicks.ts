// What a click or double click on the board means, found from the element it hit: a
// card's grade chip or open button, an objective's header buttons, or the card itself
// (focus it; double click opens it in the editor); and a story's check box changing.

export interface BoardClickActions {
  focusCard(cardId: string): void;
  grade(cardId: string, anchor: HTMLElement): void;
  open(cardId: string): void;
  openCommits(cardId: string): void;
  addCheckIn(objectiveId: string): void;
  addKeyResult(objectiveId: string): void;
  tickStory(storyId: string, done: boolean): void;
}

export function cardIdOf(target: EventTarget | null): string | undefined {
  return ((target as HTMLElement | null)?.closest?.('.card') as HTMLElement | null)?.dataset.cardId;
}

export function routeBoardClicks(root: HTMLElement, actions: BoardClickActions): void {
  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    // A story's check box (or its label) handles its own click: see 'change' below.
    if (target.closest('label, input')) return;
    const button = target.closest('button');
    if (!button) {
      const card = cardIdOf(target);
      if (card) actions.focusCard(card);
      return;
    }
    const cardId = cardIdOf(button);
    if (cardId && button.classList.contains('grade-chip')) return actions.grade(cardId, button);
    if (cardId && button.classList.contains('card-open')) return actions.open(cardId);
    if (cardId && button.classList.contains('card-commits')) return actions.openCommits(cardId);
    const objectiveId = (button.closest('[data-objective-id]') as HTMLElement | null)?.dataset.objectiveId;
    if (!objectiveId) return;
    if (button.dataset.action === 'add-check-in') actions.addCheckIn(objectiveId);
    else if (button.dataset.action === 'add-key-result') actions.addKeyResult(objectiveId);
  });
  root.addEventListener('dblclick', (event) => {
    const card = cardIdOf(event.target);
    if (card && !(event.target as HTMLElement).closest('button, label, input')) actions.open(card);
  });
  root.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const storyId = box.dataset?.storyId;
    if (box.type === 'checkbox' && storyId) actions.tickStory(storyId, box.checked);
  });
}
