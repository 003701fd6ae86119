-- wrk script: every request files a new document through the API (POST /api/v1/documents) as the participant
-- whose token is in TOKEN, with a symbol unique to the thread and the request; reports like report.lua.
dofile("bench/report.lua")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
function request()
  counter = counter + 1
  local body = string.format('{"symbol":"GID/WRITE/%d/%d","title":"Write benchmark %d-%d","kind":"NON_PAPER",'
      .. '"audience":{"kind":"ALL_PARTICIPANTS"},"circulationDate":"2026-11-20","texts":{"EN":"Text %d"}}',
      tid, counter, tid, counter, counter)
  return wrk.format("POST", "/api/v1/documents",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }, body)
end
