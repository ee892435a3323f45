// Backlog tree and status bar in a real VS Code, on a copy of examples/goals: rows as shown,
// the grouping and show-finished commands, external file writes, and open-at-line.
// Folders that appear at once are in folderArrival.test.ts (each host writes them its own way).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { systemClock } from '../../src/cli/systemClock';
import { commandIds } from '../../src/commandIds';
import { quarterOfDate } from '../../src/core/quarter';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import type { StatusBarSurface } from '../../src/statusBar/registerStatusBar';
import type { BacklogNode, GroupNode, KeyResultNode, ObjectiveNode, TaskNode } from '../../src/tree/backlogModel';
import type { TreeSurface } from '../../src/tree/registerTree';
import type { TreeRowSnapshot } from '../../src/tree/treeSnapshot';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

const webhooks = 'Own the webhook delivery service end to end';
const labels = (rows: readonly TreeRowSnapshot[]) => rows.map((row) => row.label);
const find = (rows: readonly TreeRowSnapshot[], label: string) => rows.find((row) => row.label === label);

export function register(): void {
  describe('backlog tree', function () {
    // Opening the first Markdown editor activates VS Code's own Markdown features: seconds on
    // a loaded 2-core machine. The tree's own updates are timed separately below.
    this.timeout(60_000);
    let api: GrowthBacklogApi;
    let tree: TreeSurface;
    let statusBar: StatusBarSurface;
    let root: vscode.Uri;
    const current = quarterOfDate(systemClock.today());
    const isSampleQuarter = current === '2026-Q4';

    const topLabels = async () => labels(await tree.rows(1));
    const quarterRows = async (quarter: string) => find(await tree.rows(), quarter)?.children ?? [];
    const resetSettings = async () => {
      await vscode.commands.executeCommand(commandIds.groupByQuarter);
      await vscode.commands.executeCommand(commandIds.showFinished);
    };
    // Grouping and finished items are view state: the workspace's settings (.vscode/settings.json) never change.
    const assertSettingsUntouched = () => {
      const config = vscode.workspace.getConfiguration('growthBacklog');
      for (const key of ['tree.groupBy', 'tree.showFinished']) assert.equal(config.inspect(key)?.workspaceValue, undefined, `growthBacklog.${key} was written to the workspace settings`);
    };

    before(async () => {
      api = await indexedExtension();
      tree = api.surfaces.tree as TreeSurface;
      statusBar = api.surfaces.statusBar as StatusBarSurface;
      assert.ok(tree, 'the tree exposes api.surfaces.tree');
      assert.ok(statusBar, 'the status bar exposes api.surfaces.statusBar');
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'a workspace folder is open');
      root = folder.uri;
      await resetSettings();
    });

    after(async () => {
      await resetSettings();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('lists the current quarter first, then other quarters newest first, then the backlog', async () => {
      const quarters = ['2027-Q1', '2026-Q4', '2026-Q3'];
      const expected = [...quarters.filter((quarter) => quarter === current), ...quarters.filter((quarter) => quarter !== current), 'Backlog'];
      assert.deepEqual(await topLabels(), expected);
      const rows = await tree.rows(1);
      // Three active objectives (the dropped one does not count): within the limit of 3, no warning.
      assert.match(find(rows, '2026-Q4')?.description ?? '', /^(current · )?0\.9 · 2 of 9 graded · 3 objectives$/);
      assert.match(find(rows, '2027-Q1')?.description ?? '', /^(current · )?1 objective$/);
      assert.equal(find(rows, '2026-Q3')?.description, '0.6 · 2 objectives');
      assert.equal(find(rows, 'Backlog')?.description, '3 objectives');
      assert.equal(find(rows, '2026-Q4')?.contextValue, 'quarter');
      if (isSampleQuarter) {
        assert.equal(find(rows, '2026-Q4')?.collapsed, false, 'the current quarter starts expanded');
        assert.equal(find(rows, '2026-Q3')?.collapsed, true);
        assert.equal(tree.description, '2026-Q4: 0.9 (2 of 9 graded)');
      }
    });

    it('shows the objectives of 2026-Q4 with their scores, bands and career tags', async () => {
      const objectives = await quarterRows('2026-Q4');
      assert.deepEqual(
        objectives.map((row) => [row.label, row.description, row.icon, row.iconColor]),
        [
          ['Become fluent in distributed tracing with OpenTelemetry', 'not graded · #learning', 'target', undefined],
          ['Explain my designs so the team can decide faster', '0.8 · 1 of 3 graded · #communication #visibility', 'target', 'charts.green'],
          [webhooks, '1.0 · 1 of 3 graded · #technical-ownership #planning', 'target', 'charts.green'],
          ['Help Tomás become independent on the billing pipeline', 'not graded · #mentoring #collaboration', 'circle-slash', 'disabledForeground'],
        ],
      );
      assert.ok(objectives.every((row) => row.contextValue === 'objective'));
      const tooltip = find(objectives, webhooks)?.tooltip ?? '';
      assert.match(tooltip, /Last check-in: 2026-11-19/);
      assert.match(tooltip, /2026\\-Q4 · active · committed/);
    });

    it('shows key results with status and grade, then the next steps from the body', async () => {
      const children = find(await quarterRows('2026-Q4'), webhooks)?.children ?? [];
      assert.deepEqual(
        children.filter((row) => row.contextValue === 'keyResult').map((row) => [row.description, row.icon]),
        [
          ['done · grade 1.0', 'pass-filled'],
          ['doing · 5/8 · weight 2', 'play-circle'],
          ['doing · 1/4', 'play-circle'],
        ],
      );
      const tasks = children.filter((row) => row.contextValue === 'task');
      assert.equal(tasks.length, 5);
      assert.deepEqual(
        tasks.filter((row) => row.description === 'next step').map((row) => row.label),
        ['Rewrite the README: local setup, configuration and deploy steps', 'Agree latency thresholds with the on-call rotation before adding the alerts'],
      );
    });

    it('hands commands elements shaped as GoalTarget, and opens the file at their line', async () => {
      const quarter = (await tree.nodes()).find((node): node is GroupNode => node.kind === 'group' && node.label === '2026-Q4');
      assert.ok(quarter);
      const objective = (await tree.nodes(quarter)).find((node): node is ObjectiveNode => node.kind === 'objective' && node.objective.title === webhooks);
      assert.ok(objective);
      assert.equal(typeof objective.uri, 'string');
      assert.equal(vscode.Uri.parse(objective.uri).toString(), objective.uri);
      assert.ok(!('keyResultId' in objective));
      const children: BacklogNode[] = await tree.nodes(objective);
      const alerting = children.find((node): node is KeyResultNode => node.kind === 'keyResult' && node.keyResultId === 'alerting');
      const task = children.find((node): node is TaskNode => node.kind === 'task' && !node.task.done);
      assert.ok(alerting && task);
      assert.equal(alerting.uri, objective.uri);

      const item = tree.treeItem(alerting);
      assert.equal(item.contextValue, 'keyResult');
      assert.equal(item.command?.command, commandIds.openAtLine);
      assert.equal(item.command?.arguments?.[0], alerting);

      for (const [node, text] of [
        [alerting, '- id: alerting'],
        [task, '- [ ] Rewrite the README'],
        [objective, 'objective: Own the webhook'],
      ] as const) {
        await vscode.commands.executeCommand(commandIds.openAtLine, node);
        const editor: vscode.TextEditor = await waitFor('the goal file in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === objective.uri && vscode.window.activeTextEditor);
        const line: number = editor.selection.active.line;
        assert.equal(line, node.line - 1);
        assert.ok(editor.document.lineAt(line).text.includes(text), `line ${line + 1} is "${editor.document.lineAt(line).text}", expected ${text}`);
      }
      // A bare GoalTarget (as a code lens or the board would pass) is looked up in the index.
      await vscode.commands.executeCommand(commandIds.openAtLine, { uri: objective.uri, keyResultId: 'roadmap' });
      assert.ok(vscode.window.activeTextEditor?.document.lineAt(vscode.window.activeTextEditor.selection.active.line).text.includes('- id: roadmap'));
    });

    it('regroups by status and by career area, and back by quarter', async () => {
      await vscode.commands.executeCommand(commandIds.groupByStatus);
      await waitFor('status groups', async () => (await topLabels()).join() === 'Active,Backlog,Done,Dropped');
      const active = find(await tree.rows(2), 'Active');
      assert.equal(active?.children.length, 4);
      assert.match(active?.children.find((row) => row.label === webhooks)?.description ?? '', /^1\.0 · 1 of 3 graded · 2026-Q4 · #technical-ownership/);
      assert.match(tree.description ?? '', /by status$/);

      await vscode.commands.executeCommand(commandIds.groupByCareer);
      // The sample's career-framework.md names the groups and orders them by its areas.
      await waitFor('career groups', async () => (await topLabels()).includes('Planning'));
      const careers = await tree.rows(2);
      assert.deepEqual(
        find(careers, 'Planning')?.children.map((row) => row.label),
        [webhooks, 'Lead the planning of the ledger database migration'],
      );
      assert.match(find(careers, 'Planning')?.description ?? '', /^Leadership · 2 objectives$/);
      assert.ok(!labels(careers).includes('No career area'), 'every sample objective has a career area');
      const frameworkOrder = api.careerFrameworks.all()[0]?.framework.competencies.map((competency) => competency.name) ?? [];
      const positions = labels(careers).map((label) => frameworkOrder.indexOf(label));
      assert.ok(positions.every((position, index) => position >= 0 && (index === 0 || positions[index - 1]! < position)), `career groups follow the framework: ${labels(careers).join(', ')}`);

      await vscode.commands.executeCommand(commandIds.groupByQuarter);
      await waitFor('quarter groups', async () => (await topLabels()).includes('2026-Q3'));
      assertSettingsUntouched();
    });

    it('hides and shows done and dropped items', async () => {
      await vscode.commands.executeCommand(commandIds.hideFinished);
      await waitFor('2026-Q3 (all done) to be hidden', async () => !(await topLabels()).includes('2026-Q3'));
      assertSettingsUntouched();
      const children = find(await quarterRows('2026-Q4'), webhooks)?.children ?? [];
      assert.deepEqual(children.map((row) => row.description), ['doing · 5/8 · weight 2', 'doing · 1/4', 'next step', 'next step']);

      await vscode.commands.executeCommand(commandIds.showFinished);
      await waitFor('2026-Q3 to be back', async () => (await topLabels()).includes('2026-Q3'));
      assertSettingsUntouched();
    });

    it('follows goal files written and deleted outside the editor', async () => {
      const uri = vscode.Uri.joinPath(root, '2026-Q4', 'tree-probe.md');
      const text = [
        '---',
        'objective: Probe objective written by the tree test',
        'quarter: 2026-Q4',
        'career: [testing]',
        'key_results:',
        '  - id: probe',
        '    title: Probe key result',
        '    status: doing',
        '    grade: 0.5',
        '---',
        '',
        '- [ ] Probe next step',
        '',
      ].join('\n');
      const started = Date.now();
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      // "Within a few seconds": the watcher, the index and the debounce together.
      const row = await waitFor('the new objective in the tree', async () => find(await quarterRows('2026-Q4'), 'Probe objective written by the tree test'), 5_000);
      console.log(`      tree showed the external write after ${Date.now() - started} ms`);
      assert.equal(row.description, '0.5 progress · #testing');
      assert.deepEqual(labels(row.children), ['Probe key result', 'Probe next step']);
      assert.match((await tree.rows(1)).find((quarter) => quarter.label === '2026-Q4')?.description ?? '', /0\.8 · 3 of 10 graded · 4 objectives · ⚠ more than 3/);
      if (isSampleQuarter) await waitFor('the status bar score to include it', () => statusBar.status?.text === '$(target) 2026-Q4 0.8 · 3 of 10 graded');

      await vscode.workspace.fs.delete(uri);
      await waitFor('the deleted objective to leave the tree', async () => !find(await quarterRows('2026-Q4'), 'Probe objective written by the tree test'), 5_000);
      if (isSampleQuarter) await waitFor('the status bar score to drop it', () => statusBar.status?.text === '$(target) 2026-Q4 0.9 · 2 of 9 graded');
    });

    it('lists a story under the key result its tag names, and its check box ticks exactly that box', async () => {
      const uri = vscode.Uri.joinPath(root, '2026-Q4', 'story-probe.md');
      const text = [
        '---',
        'objective: Story probe objective',
        'quarter: 2026-Q4',
        'key_results:',
        '  - id: slides',
        '    title: Slides for the demo',
        '---',
        '',
        '- [ ] Draft the outline #slides',
        '- [x] Book the room',
        '',
      ].join('\n');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      try {
        const row = await waitFor('the probe objective in the tree', async () => find(await quarterRows('2026-Q4'), 'Story probe objective'));
        assert.deepEqual(labels(row.children), ['Slides for the demo', 'Book the room']);
        assert.deepEqual(labels(row.children[0]?.children ?? []), ['Draft the outline']);
        const quarter = (await tree.nodes()).find((node): node is GroupNode => node.kind === 'group' && node.label === '2026-Q4');
        const objective = (await tree.nodes(quarter)).find((node): node is ObjectiveNode => node.kind === 'objective' && node.uri === uri.toString());
        assert.ok(objective);
        const keyResult = (await tree.nodes(objective)).find((node): node is KeyResultNode => node.kind === 'keyResult');
        const story = (await tree.nodes(keyResult)).find((node): node is TaskNode => node.kind === 'task');
        assert.ok(story);
        assert.equal(tree.treeItem(story).checkboxState && (tree.treeItem(story).checkboxState as { state: number }).state, vscode.TreeItemCheckboxState.Unchecked);

        assert.equal(await tree.tickStory(story, true), true);
        const expected = text.replace('- [ ] Draft the outline', '- [x] Draft the outline');
        await waitFor('the ticked box on disk', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) === expected);
        const ticked = await waitFor('the tree to show it done', async () => find(await quarterRows('2026-Q4'), 'Story probe objective')?.children[0]?.children[0]?.description === 'done');
        assert.ok(ticked);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(uri);
        await waitFor('the probe to leave the tree', async () => !find(await quarterRows('2026-Q4'), 'Story probe objective'));
      }
    });

    it('lists a broken goal file under Problems until it is fixed', async () => {
      const uri = vscode.Uri.joinPath(root, 'backlog', 'broken-probe.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nobjective: [never closed\nquarter: 2026-Q4\n---\n'));
      const problems = await waitFor('the Problems group', async () => find(await tree.rows(), 'Problems'));
      assert.equal((await topLabels()).at(-1), 'Problems', 'Problems come last');
      assert.deepEqual(labels(problems.children), ['broken-probe.md']);
      assert.match(problems.children[0]?.description ?? '', /YAML syntax error/);
      await vscode.workspace.fs.delete(uri);
      await waitFor('the Problems group to go', async () => !(await topLabels()).includes('Problems'));
    });

    it("shows the current quarter's score in the status bar", function () {
      if (!isSampleQuarter) this.skip();
      assert.equal(statusBar.visible, true);
      assert.equal(statusBar.status?.text, '$(target) 2026-Q4 0.9 · 2 of 9 graded');
      assert.equal(statusBar.status?.band, 'green');
      assert.match(statusBar.status?.tooltip ?? '', /\| 1\.0 \(1 of 3 graded\) \| Own the webhook delivery service end to end \|/);
    });
  });
}
