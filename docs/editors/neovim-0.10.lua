-- Crosscheck in Neovim 0.10 and later, with vim.lsp.start (one server per root, reused).
-- `crosscheck-ls` must be on the PATH.
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown', 'rst' },
  callback = function(args)
    vim.lsp.start({
      name = 'crosscheck',
      cmd = { 'crosscheck-ls', '--stdio' },
      root_dir = vim.fs.root(args.buf, { '.git', '.crosscheck.json' }) or vim.fn.getcwd(),
    })
  end,
})
