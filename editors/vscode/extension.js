// A thin client: VS Code starts slant-language-server for prose documents; everything else
// (diagnostics, quick fixes, hover, rc-file reloads) comes from the server.
const {workspace} = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

let client

async function activate() {
  const command = workspace.getConfiguration('slant').get('serverPath') || 'slant-language-server'
  const server = {command, transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
  client = new LanguageClient('slant', 'slant', {run: server, debug: server}, {
    documentSelector: ['markdown', 'mdx', 'html', 'plaintext'].map((language) => ({language}))
  })
  await client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = {activate, deactivate}
