-- wrk script for the stress runs (live edits, soak): searches (some with a random asOf, so the
-- output cache keeps filling and evicting), site pages, the country and compare API, a static file.
math.randomseed(197)
local searches = {
  "q=248b", "q=sex+purchase+ban", "q=reporter+immunity", "q=ontucht+minderjarige", "q=Minderj%C3%A4hrige",
  "q=%22buying+sexual+services%22", "q=trafficking+victim+services", "q=GRETA+Article+6", "q=Netherlands",
  "q=minor&country=de,at,ch", "q=prostitution&question=minor-purchase-offence", "q=lanternfish",
  "q=child+prostitution+client", "q=minor&membership=eu&value=yes", "q=offence&group=minors",
}
local paths = {
  "/", "/countries/nl/", "/countries/de/", "/compare/", "/questions/minor-purchase-offence/",
  "/search/?q=purchase", "/api/v1/countries/nl", "/api/v1/compare?countries=nl,de,se",
  "/api/v1/questions/adult-purchase-offence", "/assets/site.css",
}
local i = 0
request = function()
  i = i + 1
  local path
  if i % 2 == 0 then
    path = "/api/v1/search?" .. searches[(i / 2) % #searches + 1]
    if i % 6 == 0 then
      path = path .. string.format("&asOf=%04d-%02d-%02d", math.random(2009, 2025), math.random(1, 12), math.random(1, 28))
    end
  else
    path = paths[((i - 1) / 2) % #paths + 1]
  end
  return wrk.format("GET", path)
end

-- Name the failures: each thread keeps the first few answers with status 400 or more (status and
-- the start of the body; a problem+json body names its request), printed at the end.
local threads = {}
setup = function(thread) table.insert(threads, thread) end
bad, badCount = "", 0
response = function(status, headers, body)
  if status >= 400 and badCount < 10 then
    badCount = badCount + 1
    bad = bad .. status .. " " .. string.sub(body or "", 1, 300) .. "\n"
  end
end
done = function(summary, latency, requests)
  for _, thread in ipairs(threads) do
    local b = thread:get("bad")
    if b and #b > 0 then io.write("failed answers (first 10 per thread):\n" .. b) end
  end
end
