-- Crosscheck in Neovim 0.7 and later (Debian's `neovim`), with the built-in client's
-- vim.lsp.start_client. Put it in init.lua (or `:luafile` it); `crosscheck-ls` must be on the PATH.
-- One server for the session, rooted at the folder Neovim was started in; every text buffer joins it.
local crosscheck_client
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown', 'rst' },
  callback = function(args)
    if not crosscheck_client or vim.lsp.client_is_stopped(crosscheck_client) then
      crosscheck_client = vim.lsp.start_client({
        name = 'crosscheck',
        cmd = { 'crosscheck-ls', '--stdio' },
        root_dir = vim.fn.getcwd(),
      })
    end
    if crosscheck_client then
      vim.lsp.buf_attach_client(args.buf, crosscheck_client)
    end
  end,
})
