import FuzzSupport
import Gateways

// The exact JSON reader every gateway answer goes through; what it reads must write and read back.
fuzz { data in
    guard let value = try? JSONReader.parse(data) else { return }
    let written = JSONWriter.data(value)
    guard let again = try? JSONReader.parse(written) else { fatalError("written JSON does not read back: \(text(written))") }
    if JSONWriter.data(again) != written { fatalError("JSON changes when written twice") }
}
