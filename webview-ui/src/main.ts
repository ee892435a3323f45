// The board webview's entry point (bundled to out/webview/board.js by scripts/build.mjs).
// Only the @vscode-elements components in use are imported, each from its own entry point,
// to keep the bundle small.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import './board.css';
import { BoardApp } from './boardApp.js';
import { HostConnection } from './hostConnection.js';

const root = document.getElementById('board-root');
if (root) new BoardApp(root, new HostConnection()).start();
