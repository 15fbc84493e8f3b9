#!/usr/bin/env node
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

const usage = 'usage: slant-language-server --stdio | --node-ipc | --socket=<port>'
const transport = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/
// Clients add these next to the transport (VS Code's client passes its process id).
const extra = /^--clientProcessId(=\d+)?$|^\d+$/

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage + '\n')
  process.exit(0)
}
const unknown = args.find((arg) => !transport.test(arg) && !extra.test(arg))
if (unknown !== undefined || !args.some((arg) => transport.test(arg))) {
  process.stderr.write(`slant-language-server: ${unknown === undefined ? 'no transport given' : `unknown argument ${unknown}`}\n${usage}\n`)
  process.exit(2)
}

const connection = createConnection(ProposedFeatures.all)
// A bug in one request must not take the editor's linting down with it: report it and carry on.
process.on('uncaughtException', (error) => connection.console.error(`slant: ${error.stack ?? error.message}`))
process.on('unhandledRejection', (reason) => connection.console.error(`slant: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`))
startServer(connection)
connection.listen()
