-- Headless Neovim with its built-in LSP client attached to slant-language-server.
-- Neovim 0.7 (Debian bookworm) has no vim.lsp.start, so this uses start_client and buf_attach_client.
local file = os.getenv('SLANT_FILE')
local output = os.getenv('SLANT_OUTPUT')

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'slant',
  cmd = {os.getenv('SLANT_NODE'), os.getenv('SLANT_SERVER'), '--stdio'},
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(buffer, client)

vim.wait(60000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)

local found = {}
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  local line = vim.api.nvim_buf_get_lines(buffer, diagnostic.lnum, diagnostic.lnum + 1, false)[1] or ''
  table.insert(found, {
    line = diagnostic.lnum,
    severity = diagnostic.severity,
    source = diagnostic.source,
    code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code),
    message = diagnostic.message,
    -- Neovim has turned the server's UTF-16 columns into byte offsets.
    text = string.sub(line, diagnostic.col + 1, diagnostic.end_col),
  })
end
local handle = io.open(output, 'w')
handle:write(vim.fn.json_encode(found))
handle:close()
vim.cmd('qall!')
