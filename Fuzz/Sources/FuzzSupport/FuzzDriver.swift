import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The one input libFuzzer is trying now. libFuzzer calls a C function pointer, which cannot
/// capture, so the target's body waits here; a fuzz process runs one input at a time.
nonisolated(unsafe) private var body: (Data) -> Void = { _ in }

/// Runs libFuzzer with the process's arguments, calling `test` with each input, and exits with
/// libFuzzer's status. SwiftPM names an executable's entry point after its module, so the
/// targets start libFuzzer's driver from their own `main.swift` rather than through libFuzzer's
/// `main`.
public func fuzz(_ test: @escaping (Data) -> Void) -> Never {
    body = test
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = runDriver(&argc, &argv) { bytes, count in
        body(bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    }
    exit(status)
}

/// The input as text, as a file reader would see it (invalid UTF-8 replaced).
public func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

/// Splits the input at its first newline: a header (or key) and a body.
public func split(_ data: Data) -> (head: String, body: Data) {
    guard let newline = data.firstIndex(of: 0x0A) else { return (text(data), Data()) }
    return (text(data[data.startIndex..<newline]), Data(data[(newline + 1)...]))
}
