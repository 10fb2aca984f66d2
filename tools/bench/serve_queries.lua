-- wrk script for serve_bench.sh: GET /api/search with queries taken in turn
-- from a list of French and Dutch queries (words, phrases, fields, facets).
local queries = {
  "q=Belgique", "q=avoirs+russes+immobilis%C3%A9s", "q=territoriale+integriteit",
  "q=%22droit+international+humanitaire%22", "q=financement+climatique&lang=fr",
  "q=Belgi%C3%AB+steunt&type=position", "q=Sahel+OR+Mali", "q=cyberveiligheid",
  "q=d%C3%A9sarmement+nucl%C3%A9aire", "q=Belgique&page=2", "q=Oekra%C3%AFne&from=2025",
  "q=adaptation+pertes+pr%C3%A9judices", "q=mensenrechten+resolutie", "q=OTAN+d%C3%A9fense&sort=newest",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?" .. queries[(n % #queries) + 1])
end
