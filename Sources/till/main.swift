import FrontDoor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The `till` binary: answers `till qr` itself and hands every other command to `till-main`
// (see FrontDoor for why there are two).
switch FrontDoor.route(CommandLine.arguments) {
case .qr(let arguments): exit(QRTool.run(arguments))
case .main: exit(FrontDoor.handOver(CommandLine.arguments))
}
