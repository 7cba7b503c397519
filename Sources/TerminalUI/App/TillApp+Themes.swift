import TillStrings

extension TillApp {
    /// F6: the next of the available themes (they are already fitted to this terminal), with its
    /// name on the message line so the cashier knows what they picked; the choice is kept for the
    /// next start.
    static func cycleTheme(in model: inout AppModel, effects: inout [AppEffect]) {
        guard model.themes.count > 1 else {
            model.message = .info(model.strings.text(.msgOneTheme, ["theme": model.theme.name]))
            return
        }
        let index = model.themes.firstIndex { $0.name == model.theme.name } ?? -1
        let next = model.themes[(index + 1) % model.themes.count]
        model.theme = next
        effects.append(.keepTheme(next.name))
        model.message = next.warnings.first.map { .error($0) } ?? .info(model.strings.text(.msgTheme, ["theme": next.name]))
    }
}
