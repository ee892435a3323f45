// The per-panel table behind the board's opaque ids. The webview only ever sees `c<n>` and
// `o<n>` (and `s<n>` for stories); a message naming an id this table never handed out is refused, so a compromised
// webview cannot point the host at an arbitrary path.

export interface CardRef {
  readonly uri: string;
  readonly keyResultId: string;
}

/** A next-step story: the goal file, its line and its text when the id was handed out. */
export interface StoryRef {
  readonly uri: string;
  readonly line: number;
  readonly text: string;
}

export class BoardIds {
  private nextCard = 1;
  private nextObjective = 1;
  private nextStory = 1;
  private readonly storyIds = new Map<string, string>();
  private readonly stories = new Map<string, StoryRef>();
  private readonly cardIds = new Map<string, string>();
  private readonly cards = new Map<string, CardRef>();
  private readonly objectiveIds = new Map<string, string>();
  private readonly objectives = new Map<string, string>();

  /** The id of a key result; the same (uri, KR id) keeps its id for the panel's lifetime. */
  cardId(uri: string, keyResultId: string): string {
    // A newline cannot occur in a URI string, so the joined key is unambiguous.
    const key = `${uri}\n${keyResultId}`;
    let id = this.cardIds.get(key);
    if (id === undefined) {
      id = `c${this.nextCard++}`;
      this.cardIds.set(key, id);
      this.cards.set(id, { uri, keyResultId });
    }
    return id;
  }

  objectiveId(uri: string): string {
    let id = this.objectiveIds.get(uri);
    if (id === undefined) {
      id = `o${this.nextObjective++}`;
      this.objectiveIds.set(uri, id);
      this.objectives.set(id, uri);
    }
    return id;
  }

  /** The id already given to a file, without handing out a new one. */
  knownObjectiveId(uri: string): string | undefined {
    return this.objectiveIds.get(uri);
  }

  /**
   * The id of a story. Its line and text are part of the key: an edit then never ticks a
   * story that moved or changed since the webview saw it.
   */
  storyId(uri: string, line: number, text: string): string {
    const key = `${uri}\n${line}\n${text}`;
    let id = this.storyIds.get(key);
    if (id === undefined) {
      id = `s${this.nextStory++}`;
      this.storyIds.set(key, id);
      this.stories.set(id, { uri, line, text });
    }
    return id;
  }

  story(id: string): StoryRef | undefined {
    return this.stories.get(id);
  }

  card(id: string): CardRef | undefined {
    return this.cards.get(id);
  }

  /** The goal file behind an objective id. */
  objective(id: string): string | undefined {
    return this.objectives.get(id);
  }
}
