-- Drives Crosscheck in a headless Neovim (run by test/unit/neovim.test.ts, after the README's
-- init snippet): diagnostics on a .txt, a hover, code actions (listed, and one run through
-- Neovim's own code_action()), and an edit that changes the diagnostics. Writes what it saw as
-- JSON to $CROSSCHECK_OUT, then quits.
local out = { steps = {} }
local function step(name, value) out.steps[#out.steps + 1] = name; out[name] = value end
local function fail(msg) error(msg, 0) end

local function messages(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do list[#list + 1] = d.message end
  return list
end
local function has(bufnr, pattern)
  for _, m in ipairs(messages(bufnr)) do if m:find(pattern) then return true end end
  return false
end
local function wait(what, ms, cond)
  if not vim.wait(ms, cond, 20) then fail('timed out waiting for ' .. what) end
end
local function client()
  for _, c in pairs(vim.lsp.buf_get_clients(0)) do if c.name == 'crosscheck' then return c end end
end
local function put_cursor_on(text)
  local pos = vim.fn.searchpos(vim.fn.escape(text, '\\/.*$^~[]'), 'cw')
  if pos[1] == 0 then fail(text .. ' not found') end
  vim.api.nvim_win_set_cursor(0, { pos[1], pos[2] - 1 })
  return pos
end

local function main()
  vim.cmd('edit ' .. os.getenv('CROSSCHECK_FILE'))
  local bufnr = vim.api.nvim_get_current_buf()
  step('filetype', vim.bo.filetype)
  wait('the crosscheck client', 10000, function() return client() ~= nil end)
  local t0 = vim.loop.hrtime()
  wait('diagnostics on the .txt', 60000, function() return has(bufnr, 'Thursday') end)
  step('first_diagnostics_ms', (vim.loop.hrtime() - t0) / 1e6)
  step('diagnostics', messages(bufnr))

  put_cursor_on('around 12,000')
  vim.api.nvim_win_set_cursor(0, { vim.api.nvim_win_get_cursor(0)[1], vim.api.nvim_win_get_cursor(0)[2] + 8 })
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  local text = ''
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then text = text .. (r.result.contents.value or vim.inspect(r.result.contents)) end
  end
  step('hover', text)

  put_cursor_on('on Thursday')
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local titles = {}
  for _, r in pairs(actions or {}) do for _, a in ipairs(r.result or {}) do titles[#titles + 1] = a.title end end
  step('code_actions', titles)

  -- Neovim's own code action flow: the choice runs the server's command (workspace/executeCommand).
  local chosen
  vim.ui.select = function(items, _, on_choice)
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      if action.title == 'Ignore this claim' then chosen = action.title; return on_choice(item, i) end
    end
    on_choice(nil)
  end
  vim.lsp.buf.code_action()
  wait('the ignored claim to leave the diagnostics', 15000, function() return not has(bufnr, 'Thursday') end)
  step('ignored_with', chosen)
  client().request_sync('workspace/executeCommand', { command = 'crosscheck.clearIgnored', arguments = {} }, 10000, bufnr)
  wait('the claim back after clearing the ignored claims', 15000, function() return has(bufnr, 'Thursday') end)

  -- An edit: "on Thursday" becomes "on Friday"; the conflict goes.
  local pos = put_cursor_on('on Thursday')
  local t1 = vim.loop.hrtime()
  vim.api.nvim_buf_set_text(bufnr, pos[1] - 1, pos[2] - 1, pos[1] - 1, pos[2] - 1 + #'on Thursday', { 'on Friday' })
  wait('the diagnostics to change after the edit', 15000, function() return not has(bufnr, 'Thursday') and #messages(bufnr) > 0 end)
  step('edit_to_diagnostics_ms', (vim.loop.hrtime() - t1) / 1e6)
  step('after_edit', messages(bufnr))
end

local ok, err = pcall(main)
out.ok = ok
out.error = err and tostring(err) or nil
local f = assert(io.open(os.getenv('CROSSCHECK_OUT'), 'w'))
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
