import FuzzSupport
import Gateways

// TapIn's payment callback body.
fuzz { data in
    _ = try? TapInCallback.parse(data)
}
