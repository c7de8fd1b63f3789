-- load_search.lua - wrk script for bench/load.sh: each request searches one
-- word from the file named by $LOAD_WORDS (one word per line), in turn, so
-- that the searches spread over rare and common words of the stream.
local words = {}
local n = 0

function init(args)
    local path = os.getenv("LOAD_WORDS")
    for line in io.lines(path) do
        if line ~= "" then
            words[#words + 1] = line
        end
    end
    n = math.random(#words)
end

function request()
    n = n % #words + 1
    return wrk.format("GET", "/api/search?limit=20&q=" .. words[n])
end

-- Non-2xx answers are counted by wrk itself ("Non-2xx or 3xx responses").
