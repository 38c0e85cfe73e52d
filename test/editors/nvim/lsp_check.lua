-- Headless Neovim (0.7+) against penlint-language-server over stdio: diagnostics, a quick-fix applied to the
-- buffer, a hover on a citation and the penlint/checklist request. Prints one JSON object on stdout.
-- Env: PENLINT_SERVER (path to dist/server.cjs), PENLINT_FILE (the draft), PENLINT_RULE (the finding to fix),
--      PENLINT_TIMEOUT_MS (default 20000).
local function out(tbl)
  io.stdout:write(vim.fn.json_encode(tbl) .. '\n')
  io.stdout:flush()
end

local function code_of(d)
  if type(d.code) == 'table' then return d.code.value end
  return d.code
end

local ok, err = pcall(function()
  local timeout = tonumber(os.getenv('PENLINT_TIMEOUT_MS') or '20000')
  local file = assert(os.getenv('PENLINT_FILE'), 'PENLINT_FILE')
  local server = assert(os.getenv('PENLINT_SERVER'), 'PENLINT_SERVER')
  local rule = os.getenv('PENLINT_RULE') or 'order-duration-exceeds-60'
  local t0 = vim.loop.hrtime()
  local ms = function() return math.floor((vim.loop.hrtime() - t0) / 1e6) end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'

  local published = {}   -- every publishDiagnostics for this buffer, in order
  local client_id = vim.lsp.start_client({
    name = 'penlint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        table.insert(published, result)
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
      ['window/logMessage'] = function() end,
    },
  })
  if not client_id then error('start_client failed') end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local result = { server = server, file = file }

  local function latest_with(pred)
    for i = #published, 1, -1 do
      if pred(published[i]) then return published[i] end
    end
  end
  local function has_rule(p)
    for _, d in ipairs(p.diagnostics) do if code_of(d) == rule then return d end end
  end

  local got = vim.wait(timeout, function() return latest_with(has_rule) ~= nil end, 20)
  result.diagnostics_ms = ms()
  if not got then
    result.error = 'no ' .. rule .. ' diagnostic'
    result.published = published
    out(result)
    vim.cmd('cquit 1')
    return
  end
  local first = latest_with(has_rule)
  local target = has_rule(first)
  result.diagnostics = vim.tbl_map(function(d)
    return { code = code_of(d), source = d.source, line = d.range.start.line, character = d.range.start.character, message = d.message,
             href = d.codeDescription and d.codeDescription.href }
  end, first.diagnostics)
  -- what Neovim itself shows
  result.vim_diagnostics = #vim.diagnostic.get(bufnr)

  -- code actions for the finding; apply the rule's own quick-fix (not "Disable ... for this line")
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = target.range,
    context = { diagnostics = { target } },
  }
  local resp = client.request_sync('textDocument/codeAction', params, timeout, bufnr)
  local actions = (resp and resp.result) or {}
  result.code_actions = vim.tbl_map(function(a) return a.title end, actions)
  local fix
  for _, a in ipairs(actions) do
    if a.kind == 'quickfix' and not vim.startswith(a.title, 'Disable ') then fix = a break end
  end
  if fix then
    result.applied = fix.title
    local line = target.range.start.line
    vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
    result.line_after_fix = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
    -- the buffer change reaches the server (didChange) and the finding goes away
    local count = #published
    result.cleared = vim.wait(timeout, function()
      return #published > count and not has_rule(published[#published])
    end, 20)
  end

  -- hover on the first "§ 3123(d)" citation
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, l in ipairs(lines) do
    local s = l:find('§ 3123%(d%)', 1, false)
    if s then
      local character = vim.str_utfindex(l, s + 2)  -- utf-16 index of the digit after "§ "
      local h = client.request_sync('textDocument/hover', {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = i - 1, character = character },
      }, timeout, bufnr)
      result.hover = h and h.result and h.result.contents and h.result.contents.value or vim.NIL
      break
    end
  end

  local cl = client.request_sync('penlint/checklist', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, timeout, bufnr)
  result.checklist = cl and cl.result or vim.NIL
  result.total_ms = ms()
  out(result)
  vim.api.nvim_buf_set_option(bufnr, 'modified', false)
  client.stop()
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then
  io.stderr:write('lsp_check error: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 2')
end
vim.cmd('qall!')
