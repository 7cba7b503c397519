import FuzzSupport
import Wire

// Till's one exact JSON reader: every gateway answer, sandbox request body and saved sandbox reply
// goes through it. What it reads must write and read back the same.
fuzz { data in
    guard let value = try? JSONReader.parse(data) else { return }
    let written = JSONWriter.data(value)
    guard let again = try? JSONReader.parse(written) else { fatalError("written JSON does not read back: \(text(written))") }
    if JSONWriter.data(again) != written { fatalError("JSON changes when written twice") }
}
