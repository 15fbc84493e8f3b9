-- slant-language-server through nvim-lspconfig, which has no built-in entry for it yet.
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.slant then
  configs.slant = {
    default_config = {
      cmd = {'slant-language-server', '--stdio'},
      filetypes = {'markdown', 'mdx', 'html', 'text'},
      root_dir = util.root_pattern('.slantrc', '.slantrc.json', '.slantrc.yml', '.slantrc.yaml', 'package.json', '.git'),
      single_file_support = true,
      init_options = {toneSummary = false},
    },
  }
end

require('lspconfig').slant.setup({})
