-- wrk script: requests the paths of the file named by the first argument after `--`, in turn.
-- Each thread starts at a different place in the list, so connections do not move in step.
local paths = {}
local index = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  index = math.random(#paths)
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
