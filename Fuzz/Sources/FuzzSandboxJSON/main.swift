import FuzzSupport
import Sandbox

// The sandbox's JSON parser: every request body the sandbox server reads.
fuzz { data in
    _ = try? JSONParser.parse(data)
}
