-- Headless Neovim with editors/neovim/slant.lua, as a user would set it up: open the file,
-- wait for slant's diagnostics and write them out as JSON.
-- Neovim 0.7 started with -u and --headless leaves filetype detection off; editors have it on.
vim.cmd('filetype on')
dofile(os.getenv('SLANT_EDITOR_CONFIG'))
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('SLANT_FILE')))
local buffer = vim.api.nvim_get_current_buf()

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
local handle = io.open(os.getenv('SLANT_OUTPUT'), 'w')
handle:write(vim.fn.json_encode(found))
handle:close()
vim.cmd('qall!')
