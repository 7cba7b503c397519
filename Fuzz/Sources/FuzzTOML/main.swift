import FuzzSupport
import TillConfig

// A configuration file: the TOML reader, then the whole decoder and `till config check`'s report.
fuzz { data in
    let text = text(data)
    _ = try? TOMLParser.parse(text, sensitiveKeys: ["secret_key", "password"])
    if let configuration = try? ConfigLoader.decode(text, file: "fuzz.toml") {
        _ = ConfigReport.render(configuration)
    }
}
