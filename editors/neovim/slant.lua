-- slant-language-server in Neovim's built-in LSP client, without plugins (Neovim 0.7 and later).
-- Copy to ~/.config/nvim/plugin/slant.lua, or `dofile` it from init.lua.
local root_markers = {'.slantrc', '.slantrc.json', '.slantrc.yml', '.slantrc.yaml', 'package.json', '.git'}
local slant_client -- Neovim 0.7 only: one client for the session

local function root_dir(buffer)
  if not vim.fs then return vim.fn.getcwd() end
  local marker = vim.fs.find(root_markers, {upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(buffer))})[1]
  return marker and vim.fs.dirname(marker) or vim.fn.getcwd()
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = {'markdown', 'mdx', 'html', 'text'},
  callback = function(args)
    local config = {
      name = 'slant',
      cmd = {'slant-language-server', '--stdio'},
      root_dir = root_dir(args.buf),
      init_options = {toneSummary = false},
    }
    if vim.lsp.start then
      -- 0.8+: starts the server once per root and attaches the buffer.
      vim.lsp.start(config)
    else
      slant_client = slant_client or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, slant_client)
    end
  end,
})
