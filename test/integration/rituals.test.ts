// Commits linked to key results and the 1:1 prep in a real VS Code, on a git repository
// made here inside the workspace. The harness starts VS Code with `git.enabled: false`; this
// suite turns Git on for its run, opens the repository through the Git extension's API and
// moves the extension's clock into the quarter of its goal files (2031-Q2), so the sample
// goals stay out of the way.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CalendarSurface } from '../../src/calendar/localCalendar';
import type { RoundCheckIn } from '../../src/commands/checkInCommand';
import { commandIds } from '../../src/commandIds';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import type { GitExtension, GitRepository } from '../../src/git/gitExtensionApi';
import type { BacklogNode, CommitNode, GroupNode, KeyResultNode, ObjectiveNode } from '../../src/tree/backlogModel';
import type { TreeSurface } from '../../src/tree/registerTree';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

const speakUp = (current: number) => `---
objective: Speak up at the sprint demos
quarter: 2031-Q2
status: active
key_results:
  - id: demos
    title: Present at 2 sprint demos
    status: doing
    target: 2
    current: ${current}
  - id: notes
    title: Write up one lesson per demo
---
- [ ] Book the June demo slot #demos

## Check-ins

### 2031-04-20
Progress: First demo planned.
Next: Record a dry run.
Confidence: 0.6
`;

const tracing = `---
objective: Trace the ledger service
quarter: 2031-Q2
status: active
key_results:
  - id: traces
    title: Traces from 2 services
    target: 2
    current: 1
---
## Check-ins

### 2031-04-22
Progress: One service done.
Confidence: 0.8
`;

export function register(): void {
  describe('commits and 1:1 notes in a git repository', function () {
    this.timeout(120_000);
    let api: GrowthBacklogApi;
    let repoFolder: string;
    let repository: GitRepository;
    let speakUpUri: vscode.Uri;

    const git = (args: string[], date?: string): void => {
      execFileSync('git', args, {
        cwd: repoFolder,
        stdio: 'ignore',
        env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: `${date}T10:00:00`, GIT_COMMITTER_DATE: `${date}T10:00:00` } : {}) },
      });
    };

    before(async () => {
      api = await indexedExtension();
      (api.surfaces.calendar as CalendarSurface).travelTo('2031-05-14');
      const root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
      repoFolder = path.join(root.fsPath, 'it-git-rituals');
      fs.mkdirSync(path.join(repoFolder, 'goals'), { recursive: true });
      git(['init', '-q']);
      git(['config', 'user.email', 'mira@example.com']);
      git(['config', 'user.name', 'Mira']);
      fs.writeFileSync(path.join(repoFolder, 'goals', 'speak-up.md'), speakUp(0));
      fs.writeFileSync(path.join(repoFolder, 'goals', 'ship-tracing.md'), tracing);
      git(['add', '.']);
      git(['commit', '-q', '-m', 'Goals for the quarter'], '2031-04-10');
      git(['commit', '--allow-empty', '-q', '-m', 'Slides for the first demo\n\nKey-Result: speak-up/demos'], '2031-04-15');
      git(['commit', '--allow-empty', '-q', '-m', 'Record the second demo\n\nKey-Result: speak-up/demos'], '2031-05-02');
      git(['commit', '--allow-empty', '-q', '-m', 'Trace the ledger\n\nKey-Result: ship-tracing/traces'], '2031-05-03');
      // Progress written after the last 1:1, not committed yet.
      speakUpUri = vscode.Uri.file(path.join(repoFolder, 'goals', 'speak-up.md'));
      fs.writeFileSync(speakUpUri.fsPath, speakUp(1));

      await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Global);
      const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
      assert.ok(extension, 'the built-in Git extension is there');
      const gitExtension = extension.isActive ? extension.exports : await extension.activate();
      const gitApi = await waitFor('the Git extension to be enabled', () => {
        try {
          return gitExtension.enabled && gitExtension.getAPI(1);
        } catch {
          return undefined;
        }
      });
      const opened = await gitApi.openRepository?.(vscode.Uri.file(repoFolder));
      assert.ok(opened, 'the Git extension opened the repository');
      repository = opened;
      await waitFor('the index to see the goal files', () => api.goals.index.get(speakUpUri.toString())?.objective?.keyResults[0]?.current === 1);
      await waitFor('the commits to be linked', () => api.commits.evidence.byKeyResult.size === 2);
    });

    after(async () => {
      (api.surfaces.calendar as CalendarSurface).travelTo(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.getConfiguration('git').update('enabled', false, vscode.ConfigurationTarget.Global);
      fs.rmSync(repoFolder, { recursive: true, force: true });
      await waitFor('the test goals to leave the index', () => !api.goals.index.get(speakUpUri.toString()));
    });

    it('counts the linked commits of the quarter in the key result lens', async () => {
      // The lens command needs a text model: without an open document it throws "Illegal argument".
      await vscode.workspace.openTextDocument(speakUpUri);
      const lenses = await waitFor('the commit lens', async () => {
        const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', speakUpUri, 100)) ?? [];
        return found.some((lens) => lens.command?.command === commandIds.openCommit) && found;
      });
      const commitLens = lenses.filter((lens) => lens.command?.command === commandIds.openCommit);
      assert.deepEqual(
        commitLens.map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.arguments]),
        [[5, '2 commits this quarter', [{ uri: speakUpUri.toString(), keyResultId: 'demos' }]]],
      );
    });

    it('lists the commits under the key result in the tree, and a row opens the commit', async () => {
      const tree = api.surfaces.tree as TreeSurface;
      const quarter = await waitFor('the 2031-Q2 group', async () => (await tree.nodes()).find((node): node is GroupNode => node.kind === 'group' && node.label === '2031-Q2'));
      const objective = (await tree.nodes(quarter)).find((node): node is ObjectiveNode => node.kind === 'objective' && node.uri === speakUpUri.toString());
      assert.ok(objective);
      const demos = (await tree.nodes(objective)).find((node): node is KeyResultNode => node.kind === 'keyResult' && node.keyResultId === 'demos');
      assert.ok(demos);
      const children: BacklogNode[] = await tree.nodes(demos);
      const commits = children.filter((node): node is CommitNode => node.kind === 'commit');
      assert.deepEqual(
        commits.map((node) => [node.commit.subject, node.commit.date]),
        [
          ['Record the second demo', '2031-05-02'],
          ['Slides for the first demo', '2031-04-15'],
        ],
      );
      assert.deepEqual(children.filter((node) => node.kind === 'task').length, 1, 'the tagged story is listed too');
      const item = tree.treeItem(commits[0]!);
      assert.equal(item.command?.command, commandIds.openCommit);
      await vscode.commands.executeCommand(commandIds.openCommit, ...(item.command?.arguments ?? []));
      await waitFor('the commit opened in an editor tab', () => vscode.window.tabGroups.activeTabGroup.activeTab?.label.includes('Record the second demo'));
    });

    it('adds the Key-Result trailer to the commit message being written', async () => {
      repository.inputBox.value = 'Write up the first lesson';
      const message = await vscode.commands.executeCommand<string>(commandIds.linkCommitToKeyResult, { uri: speakUpUri.toString(), keyResultId: 'notes' });
      assert.equal(message, 'Write up the first lesson\n\nKey-Result: speak-up/notes');
      assert.equal(repository.inputBox.value, message);
      // Linking the same key result again leaves the message alone.
      await vscode.commands.executeCommand(commandIds.linkCommitToKeyResult, { uri: speakUpUri.toString(), keyResultId: 'notes' });
      assert.equal(repository.inputBox.value, message);
      repository.inputBox.value = '';
    });

    it('prepares the 1:1 notes in an untitled Markdown document with the objectives and the commits since the last check-in', async () => {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>(commandIds.prepareOneOnOne);
      assert.equal(document.isUntitled, true);
      assert.equal(document.languageId, 'markdown');
      assert.equal(vscode.window.activeTextEditor?.document, document);
      const text = document.getText();
      assert.match(text, /^# 1:1 notes, 2031-05-14\n\n2 active objectives in 2031-Q2\./);
      assert.deepEqual([...text.matchAll(/^## (.*)$/gm)].map((match) => match[1]), ['Speak up at the sprint demos', 'Trace the ledger service']);
      assert.match(text, /- commit `[0-9a-f]{7}` 2031-05-02: Record the second demo/);
      assert.match(text, /- commit `[0-9a-f]{7}` 2031-05-03: Trace the ledger/);
      assert.ok(!text.includes('Slides for the first demo'), 'a commit from before the last check-in is not new');
      assert.ok(text.includes('- Changed in the goal file: demos: current 0 → 1 of 2'), text);
      assert.ok(text.includes('- Book the June demo slot (demos)'), text);
      assert.ok(text.includes('Confidence over the quarter: 0.6'), text);
    });

    it('takes each objective in turn for the check-ins after the 1:1, prefilled from the notes', async () => {
      const round = await vscode.commands.executeCommand<RoundCheckIn[]>(commandIds.addCheckIn, undefined, { each: true, checkIns: [{ progress: 'Second demo recorded.', confidence: 0.7 }, null] });
      assert.deepEqual(
        round.map((entry) => [path.basename(vscode.Uri.parse(entry.uri).fsPath), entry.draft, entry.written]),
        [
          ['speak-up.md', { progress: 'demos: current 0 → 1 of 2, 1 commit', next: 'Book the June demo slot (demos)', confidence: 0.6 }, true],
          ['ship-tracing.md', { progress: 'traces: 1 commit', next: '', confidence: 0.8 }, false],
        ],
      );
      const text = fs.readFileSync(speakUpUri.fsPath, 'utf8');
      assert.ok(text.endsWith('Confidence: 0.6\n\n### 2031-05-14\nProgress: Second demo recorded.\nConfidence: 0.7\n'), text);
    });
  });
}
