#!/usr/bin/env node
import {connect as connectSocket} from 'node:net'
import {format} from 'node:util'
import {createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, type Connection} from 'vscode-languageserver/node'

const usage = 'usage: slant-language-server --stdio | --node-ipc | --socket=<port>'
const transportArgument = /^--(stdio|node-ipc|socket=(\d+))$/
// Clients add their process id next to the transport.
const clientProcessId = /^--clientProcessId(=\d+)?$|^\d+$/

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage + '\n')
  process.exit(0)
}
const unknown = args.find((arg) => !transportArgument.test(arg) && !clientProcessId.test(arg))
const transport = args.map((arg) => transportArgument.exec(arg)).find((match) => match !== null)
if (unknown !== undefined || !transport) {
  process.stderr.write(`slant-language-server: ${unknown === undefined ? 'no transport given' : `unknown argument ${unknown}`}\n${usage}\n`)
  process.exit(2)
}

// Loaded once the arguments are known to be good: a usage error answers without loading the engine.
const [{startServer}, {validFrames}] = await Promise.all([import('./server.js'), import('./valid-frames.js')])
const connection = connect(transport[1], transport[2])
// A bug in one request must not take the editor's linting down with it: report it and carry on.
process.on('uncaughtException', (error) => connection.console.error(`slant: ${error.stack ?? error.message}`))
process.on('unhandledRejection', (reason) => connection.console.error(`slant: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`))
startServer(connection)
connection.listen()

function connect(kind: string, port: string | undefined): Connection {
  if (kind === 'node-ipc') return createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process))
  // With --socket the client listens and the server connects to it.
  const socket = port === undefined ? undefined : connectSocket(Number(port), '127.0.0.1')
  const input = validFrames((reason) => connection.console.error(reason))
  const connection: Connection = createConnection(ProposedFeatures.all, (socket ?? process.stdin).pipe(input), socket ?? process.stdout)
  // On stdio, stdout is the protocol stream: anything a library logs goes to the client's log instead.
  if (!socket) for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) console[level] = (...data) => connection.console[level](format(...data))
  return connection
}
